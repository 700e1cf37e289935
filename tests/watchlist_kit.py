"""A watchlist at HQ and a provisioned device, for the watchlist tests (unit and interop)."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from fieldkit.biometrics.templates import (
    FACE_ALGORITHM,
    FINGER_ALGORITHM,
    FingerMinutiae,
    Minutia,
    Template,
    encode_face,
    encode_finger,
)
from fieldkit.bundle.provisioning import Provisioning
from fieldkit.hq import watchlist
from fieldkit.hq.trust import HQ
from fieldkit.store.store import Store
from fieldkit.sync.outbox import apply_provisioning


def finger(seed: int, position: int) -> Template:
    rng = random.Random(seed)
    minutiae = tuple(Minutia(rng.randrange(400), rng.randrange(500), rng.randrange(36000) / 100, rng.random() < 0.5)
                     for _ in range(40))  # fmt: skip
    return Template("finger", FINGER_ALGORITHM, encode_finger(FingerMinutiae(400, 500, 500, minutiae)), position)


def face(seed: int) -> Template:
    rng = random.Random(seed)
    return Template("face", FACE_ALGORITHM, encode_face([rng.uniform(-0.3, 0.3) for _ in range(128)]))


def sources(*templates: Template) -> list[watchlist.Source]:
    """Each template as if made from its own image (the SHA-256 of its bytes stands for the image's)."""
    return [watchlist.Source(t, f"image{i}.png", hashlib.sha256(t.data).hexdigest()) for i, t in enumerate(templates)]


def provision(hq: HQ, store: Store) -> None:
    """Enroll the device at HQ and import HQ's provisioning file on it (as the file travels: JSON bytes)."""
    hq.enroll(store.device_allowed_signers_line())
    apply_provisioning(store, Provisioning.from_bytes(json.dumps(hq.provisioning().to_json()).encode()))


def populate(hq: HQ) -> None:
    with hq.database() as db:
        watchlist.migrate(db)
        watchlist.add(hq, db, "WL-0001", sources(finger(1, 2), finger(2, 7), face(3)), by="examiner",
                      category="wanted", instructions="detain", note="armed\nsecond line")  # fmt: skip
        watchlist.add(hq, db, "WL-0002", sources(finger(4, 1)), by="examiner")


def export(hq: HQ, out: Path, device: str | None = None, **kwargs: object) -> watchlist.Exported:
    with hq.database() as db:
        watchlist.migrate(db)
        return watchlist.export(hq, db, out, by="examiner", device=device, **kwargs)  # type: ignore[arg-type]
