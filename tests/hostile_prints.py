"""Print images that must not hurt fieldkit, made by the tests from a real WSQ (NBIS encoder of the `wsq` package):
truncated, with bytes flipped in its Huffman-coded data, the 17-byte fake WSQ of issue 12, and a mutation that
made the WSQ decoder SIGSEGV in about one try of ten (memory corruption: whether it crashes depends on the heap)."""

from __future__ import annotations

from fieldkit.biometrics import images, synthetic

# A WSQ start-of-image and comment marker, then nothing a decoder can use: passed the old import, then made every
# 'bundle create' fail (issue 12).
FAKE_WSQ = b"\xff\xa0\xff\xa8" + b"\x00" * 13


def good_wsq(seed: int = 2) -> bytes:
    return images.encode_wsq(synthetic.ridges(seed=seed))


def truncated_wsq(seed: int = 2) -> bytes:
    whole = good_wsq(seed)
    return whole[: len(whole) // 2]


def flipped_wsq(seed: int = 2) -> bytes:
    """Bytes flipped inside the first block of coded data, where the decoder reads Huffman codes."""
    data = bytearray(good_wsq(seed))
    start = data.index(b"\xff\xa3") + 8
    for offset in range(0, 400, 7):
        data[start + offset] ^= 0xA5
    return bytes(data)


def crashing_wsq() -> bytes:
    """One byte changed in the coded data of good_wsq(2): found by mutation fuzzing to SIGSEGV the decoder."""
    data = bytearray(good_wsq(2))
    data[2541] = 111
    return bytes(data)


HOSTILE = {"fake": FAKE_WSQ, "truncated": truncated_wsq(), "flipped": flipped_wsq(), "crashing": crashing_wsq()}
