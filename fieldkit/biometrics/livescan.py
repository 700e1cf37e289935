"""Live-scan fingerprint devices. Vendor scanners plug in through the `fieldkit.livescan` entry-point group (a
package names a class with the LiveScanDevice shape below), which fieldkit.sources.registry reads like every other
capture source: it is the one place devices are found. fieldkit ships a simulated device for tests and training
(fieldkit.sources.simulated_livescan lists it only when FIELDKIT_SIMULATED_LIVESCAN=1, so it never passes for real
hardware)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PIL import Image, ImageChops, ImageFilter

from fieldkit.biometrics import codes, synthetic
from fieldkit.errors import InvalidValueError


@dataclass(frozen=True)
class LiveScanImage:
    image: Image.Image  # 8-bit greyscale
    ppi: int
    make: str
    model: str
    serial: str


class LiveScanDevice(Protocol):
    id: str
    description: str

    def capture(self, finger: int, impression: int) -> LiveScanImage: ...


class SimulatedScanner:
    """A fake 500 ppi scanner: a synthetic print per finger; 'simulated:blurred' and 'simulated:noisy' give poor
    prints so the recapture path can be exercised."""

    def __init__(self, mode: str = "good") -> None:
        if mode not in ("good", "blurred", "noisy"):
            raise InvalidValueError("the simulated scanner's modes are good, blurred and noisy")
        self.mode = mode
        self.id = "simulated" if mode == "good" else f"simulated:{mode}"
        self.description = f"Simulated 500 ppi scanner ({mode})"
        self.captures = 0

    def capture(self, finger: int, impression: int) -> LiveScanImage:
        self.captures += 1
        if finger in (13, 14):
            image = synthetic.slap(4, finger)
        else:
            image = synthetic.ridges(400, 500, seed=finger * 7 + self.captures)
        if self.mode == "blurred":  # a finger moved and pressed too lightly: NFIQ 2 falls below the threshold
            image = image.filter(ImageFilter.GaussianBlur(6)).point(lambda v: round(200 + (v - 200) * 0.25))
        elif self.mode == "noisy":  # a dirty platen: Gaussian noise of sigma 90 added
            image = ImageChops.add(image, Image.effect_noise(image.size, 90), offset=-128)
        return LiveScanImage(image, codes.TENPRINT_PPI, "fieldkit", "simulated", f"SIM-{self.mode}")
