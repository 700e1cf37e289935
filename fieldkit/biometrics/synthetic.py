"""Synthetic fingerprint-like ridge images (a loop pattern), for the simulated live-scan device and the tests.
Not a model of real fingers: enough ridge structure for segmentation, quality and compression to behave."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from fieldkit.biometrics.card import CARD_INCHES, LAYOUT


def ridges(width: int = 400, height: int = 500, period: float = 9.0, seed: int = 0) -> Image.Image:
    """An 8-bit greyscale finger: concentric distorted loops inside an elliptical outline, white outside."""
    cx, cy = width / 2 + (seed % 7) * 3 - 9, height * (0.42 + (seed % 5) * 0.02)
    twist = 1.0 + (seed % 3) * 0.4
    mask = Image.new("1", (width, height), 0)
    ImageDraw.Draw(mask).ellipse((width * 0.08, height * 0.04, width * 0.92, height * 0.96), fill=1)
    cosines = [int(127 + 110 * math.cos(2 * math.pi * i / 256)) for i in range(256)]
    pixels = bytearray(width * height)
    inside = mask.tobytes()
    row_bytes = (width + 7) // 8
    for y in range(height):
        dy = (y - cy) / 1.3
        for x in range(width):
            if not inside[y * row_bytes + x // 8] & (0x80 >> (x % 8)):
                pixels[y * width + x] = 255
                continue
            dx = x - cx
            radius = math.sqrt(dx * dx + dy * dy)
            phase = radius / period + twist * math.sin(2 * math.atan2(dy, dx)) / (2 * math.pi)
            pixels[y * width + x] = cosines[int(phase * 256) & 255]
    return Image.frombytes("L", (width, height), bytes(pixels))


def slap(fingers: int, seed: int, finger_size: tuple[int, int] = (300, 440)) -> Image.Image:
    """Several fingers side by side, as a plain (slap) impression shows them."""
    width, height = finger_size
    image = Image.new("L", (width * fingers + 20 * (fingers - 1), height + 60), 255)
    for n in range(fingers):
        image.paste(ridges(width, height, seed=seed * 10 + n), (n * (width + 20), 30 * (n % 2)))
    return image


def tenprint_card(
    ppi: int = 500, offset: tuple[int, int] = (60, 40)
) -> tuple[Image.Image, dict[int, tuple[Image.Image, tuple[int, int]]]]:
    """An FD-249-like card scan: printed boxes, some header rules, and a distinct synthetic print in each box.
    Returns the scan and, per finger position, the print placed there and its top-left corner in the scan."""
    scale = ppi / 500
    size = round(CARD_INCHES * ppi)
    scan = Image.new("L", (size + 2 * offset[0], size + 2 * offset[1]), 250)
    draw = ImageDraw.Draw(scan)
    ox, oy = offset
    line = max(2, round(4 * scale))

    def rule(x0: float, y0: float, x1: float, y1: float) -> None:
        draw.rectangle((ox + round(x0 * ppi), oy + round(y0 * ppi), ox + round(x1 * ppi) + line - 1,
                        oy + round(y1 * ppi) + line - 1), fill=0)  # fmt: skip

    rule(0, 1.0, CARD_INCHES, 1.0)  # header rules that are not the fingerprint block
    for y in (1.4, 1.8, 2.2, 2.6):
        rule(0.2, y, 3.6, y)
        rule(4.4, y, 7.8, y)
    for y in (3.0, 4.5, 6.0):
        rule(0, y, CARD_INCHES, y)
    rule(0, CARD_INCHES - line / ppi, CARD_INCHES, CARD_INCHES - line / ppi)
    placed: dict[int, tuple[Image.Image, tuple[int, int]]] = {}
    for fgp, x_in, y_in, w_in, h_in in LAYOUT:
        rule(x_in, y_in, x_in, y_in + h_in)
        rule(x_in + w_in - line / ppi, y_in, x_in + w_in - line / ppi, y_in + h_in)
        if fgp <= 10:
            finger = ridges(round(420 * scale), round(520 * scale), seed=fgp)
        elif fgp in (11, 12):
            finger = ridges(round(300 * scale), round(450 * scale), seed=fgp)
        else:
            finger = slap(4, fgp)
            if scale != 1:
                finger = finger.resize((round(finger.width * scale), round(finger.height * scale)))
        box_w, box_h = round(w_in * ppi), round(h_in * ppi)
        jitter = (fgp * 37) % 41 - 20
        x = ox + round(x_in * ppi) + (box_w - finger.width) // 2 + jitter
        y = oy + round(y_in * ppi) + (box_h - finger.height) // 2 - jitter
        scan.paste(finger, (x, y))
        placed[fgp] = (finger, (x, y))
    return scan, placed
