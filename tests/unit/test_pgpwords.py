"""The PGP word list is the published one, and a fingerprint reads as the words HQ and the device both show."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit._internal import pgpwords
from fieldkit.bundle import sshsig
from fieldkit.errors import InvalidValueError
from fieldkit.store.device import fingerprint_of


def test_the_tables_are_the_published_ones() -> None:
    joined = "\n".join(pgpwords.EVEN) + "\n" + "\n".join(pgpwords.ODD)
    assert hashlib.sha256(joined.encode()).hexdigest() == pgpwords.LIST_SHA256
    assert len(set(pgpwords.EVEN)) == len(set(pgpwords.ODD)) == 256


def test_bytes_alternate_between_the_tables() -> None:
    # The example of the list's own description: E582 94F2 E9A2 2748.
    assert pgpwords.words(bytes.fromhex("E58294F2E9A22748")) == [
        "topmost", "Istanbul", "Pluto", "vagabond", "treadmill", "Pacific", "brackish", "dictator"]  # fmt: skip


def test_the_device_and_hq_read_the_same_words_for_a_key() -> None:
    private = Ed25519PrivateKey.generate()
    on_device = fingerprint_of(private)
    at_hq = sshsig.fingerprint(private.public_key())
    assert on_device == at_hq
    words = pgpwords.fingerprint_words(on_device)
    digest = hashlib.sha256(sshsig.public_key_blob(private.public_key())).digest()
    assert words == pgpwords.words(digest[:8]) and len(words) == pgpwords.SPOKEN_BYTES


@pytest.mark.parametrize("bad", ["", "SHA256:", "MD5:abcd", "SHA256:!!!!", "SHA256:" + "A" * 10])
def test_a_malformed_fingerprint_is_refused(bad: str) -> None:
    with pytest.raises(InvalidValueError):
        pgpwords.fingerprint_words(bad)
