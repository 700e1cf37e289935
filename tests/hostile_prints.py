"""Print images that must not hurt fieldkit, made by the tests from a real WSQ (NBIS encoder of the `wsq` package):
truncated, with bytes flipped in its Huffman-coded data, the 17-byte fake WSQ of issue 12, and a one-byte mutation
that makes the WSQ decoder (wsq 0.9) die of SIGSEGV every time, found by mutation fuzzing."""

from __future__ import annotations

from fieldkit import media_types
from fieldkit.biometrics import images, synthetic
from fieldkit.models import Item
from fieldkit.store.store import Store

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
    """The last byte of a block of coded data in good_wsq(2) changed: the decoder reads out of bounds (SIGSEGV in
    20 tries of 20). Other one-byte mutations crash it only sometimes, depending on the state of its heap."""
    data = bytearray(good_wsq(2))
    assert data[12618:12620] == b"\xff\xa3"  # the next block's marker: the encoder still writes what was fuzzed
    data[12617] = 58
    return bytes(data)


HOSTILE = {"fake": FAKE_WSQ, "truncated": truncated_wsq(), "flipped": flipped_wsq(), "crashing": crashing_wsq()}


def keep_print(store: Store, item: Item, data: bytes, finger: int, name: str) -> int:
    """A print stored as 'fieldkit import --kind fingerprint' stores it: bit-exact, nothing decoded, not scored."""
    capture_id, _ = store.originals.add_original(
        item, data, original_name=name, kind="fingerprint", media_type=media_types.WSQ, source="file",
        metadata={"fingerprint": {"finger_position": finger, "impression_type": 2, "ppi": 500}},
    )  # fmt: skip
    return capture_id
