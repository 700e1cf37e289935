"""Regenerate the must-fail bundle corpus: `.venv/bin/python tests/assets/bundles/make_corpus.py`.

Writes hq/ (a test-only HQ folder: its identity is not secret), one .fkb per case, and expected.json mapping each
file to the reason code fieldkit must give. Sequences for ingest cases (replay, gap, fork, chain) are listed under
"ingest" in expected.json.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import shutil
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from fieldkit.bundle import age, format, sshsig  # noqa: E402
from fieldkit.config import BUNDLE_LIMITS  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from fieldkit.models import CustodyEvent  # noqa: E402
from tests.bundle_kit import (  # noqa: E402
    Draft,
    Entries,
    custody_events,
    custody_log,
    member,
    pack,
    pack_entries,
    sample_payload,
    seal,
)

DEVICE = "d0000000-0000-4000-8000-000000000001"
UNKNOWN = "d0000000-0000-4000-8000-000000000002"
REVOKED = "d0000000-0000-4000-8000-000000000003"


def main() -> None:
    for old in HERE.glob("*.fkb"):
        old.unlink()
    shutil.rmtree(HERE / "hq", ignore_errors=True)
    hq = HQ.init(HERE / "hq", "Corpus HQ")
    for name in ("archive", "quarantine"):
        (hq.folder / name / ".keep").write_text("")
    recipient = hq.recipients()[0]
    other_recipient = age.recipient_of(age.parse_identity(age.generate_identity()))
    key, unknown_key, revoked_key, stranger = (Ed25519PrivateKey.generate() for _ in range(4))
    hq.enroll(f'{DEVICE} namespaces="fieldkit-bundle" {sshsig.public_key_line(key.public_key())}')
    hq.enroll(f'{REVOKED} namespaces="fieldkit-bundle" {sshsig.public_key_line(revoked_key.public_key())}')
    hq.revoke(REVOKED)

    expected: dict[str, str] = {}

    def write(name: str, data: bytes, reason: str) -> None:
        (HERE / f"{name}.fkb").write_bytes(data)
        expected[f"{name}.fkb"] = reason

    def draft(**kwargs: object) -> Draft:
        d = Draft(DEVICE, key, payload=sample_payload())
        for k, v in kwargs.items():
            setattr(d, k, v)
        return d

    good = seal(pack(draft()), [recipient])
    (HERE / "valid.fkb").write_bytes(good)
    header_end = good.index(b"\n---") + 1

    def flipped(data: bytes, position: int) -> bytes:
        out = bytearray(data)
        out[position] ^= 0x01
        return bytes(out)

    # --- the encrypted layer ----------------------------------------------------------------------------------
    write("age-version-line-flipped", flipped(good, 3), "not-age")
    stanza = bytearray(good)
    position = good.index(b"\n", good.index(b"-> X25519")) + 5  # inside the wrapped file key
    stanza[position] = ord("A") if stanza[position] != ord("A") else ord("B")
    write("age-stanza-altered", bytes(stanza), "no-identity")
    stanza[position] = ord("!")
    write("age-stanza-not-base64", bytes(stanza), "age-header")
    mac = bytearray(good)
    mac[header_end + 8] = ord("A") if mac[header_end + 8] != ord("A") else ord("B")
    write("age-mac-altered", bytes(mac), "age-header-mac")
    write("age-payload-first-chunk-flipped", flipped(good, header_end + 80), "payload-auth")
    write("age-payload-last-byte-flipped", flipped(good, len(good) - 1), "payload-auth")
    write("age-truncated-half", good[: len(good) // 2], "payload-auth")
    write("age-truncated-header", good[: header_end - 20], "age-header")
    write("age-trailing-data", good + b"\x00extra", "payload-auth")
    write("age-wrong-recipient", seal(pack(draft()), [other_recipient]), "no-identity")
    # A low-order X25519 share (here the all-zero point) needs nothing but HQ's public recipient: it wraps nothing,
    # so it matches no identity (before, the key exchange raised and verify and ingest died with a traceback).
    start = good.index(b"-> X25519 ") + len(b"-> X25519 ")
    zero_share = base64.b64encode(bytes(32)).rstrip(b"=")
    write("age-low-order-share", good[:start] + zero_share + good[good.index(b"\n", start) :], "no-identity")
    write("empty-file", b"", "age-header")
    write("not-an-age-file", b"PK\x03\x04 this is a zip, not a bundle\n" * 10, "not-age")

    # --- the tar inside ------------------------------------------------------------------------------------------
    write("tar-data-after-end", seal(pack(draft(), tail=bytes(1024) + b"x" * 512), [recipient]), "tar-trailing")
    write("tar-truncated", seal(pack(draft())[:-3000], [recipient]), "tar-truncated")

    def corrupt_checksum(entries: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        raw = bytearray(member(*entries[-1]))
        raw[10] ^= 0x20  # change the name, not the checksum
        return [*entries[:-1], ("\0raw", bytes(raw))]

    write("tar-bad-checksum", seal(pack(draft(), edit=corrupt_checksum), [recipient]), "tar-header")
    d = draft()

    def add(raw: bytes) -> Callable[[Entries], Entries]:
        return lambda entries: [*entries, ("\0raw", raw)]

    specials = {
        "tar-symlink": (member(f"{d.bag}/data/evil", b"", tarfile.SYMTYPE, "/etc/passwd"), "link-entry"),
        "tar-hardlink": (member(f"{d.bag}/data/evil", b"", tarfile.LNKTYPE, f"{d.bag}/bagit.txt"), "link-entry"),
        "tar-device": (member(f"{d.bag}/data/dev", b"", tarfile.CHRTYPE), "special-entry"),
        "tar-fifo": (member(f"{d.bag}/data/fifo", b"", tarfile.FIFOTYPE), "special-entry"),
        "tar-dotdot": (member(f"{d.bag}/../../etc/cron.d/x", b"x"), "unsafe-name"),
        "tar-absolute": (member("/etc/cron.d/x", b"x"), "unsafe-name"),
        "tar-non-ascii-name": (member(f"{d.bag}/data/\u0645\u0644\u0641", b"x"), "unsafe-name"),
        "tar-non-utf8-name": (member(f"{d.bag}/data/\udcff\udcfe", b"x"), "unsafe-name"),
        "tar-pax-header": (member(f"{d.bag}/data/pax", b"20 path=/etc/passwd\n", tarfile.XHDTYPE), "special-entry"),
        "tar-enormous-size": (member(f"{d.bag}/data/big", b"", size=1 << 40), "tar-header"),
        "tar-huge-unlisted-entry": (member(f"{d.bag}/data/big", b"", size=(8 << 30) - 1), "extra-entry"),
    }
    for name, (raw, reason) in specials.items():
        write(name, seal(pack(d, edit=add(raw)), [recipient]), reason)

    payload_name = next(iter(d.payload))
    photo_entry = next(e for e in pack_entries(d) if e[0].endswith(".jpg"))
    write("payload-duplicate-name", seal(pack(d, edit=lambda e: [*e, photo_entry]), [recipient]), "duplicate-name")
    write("tag-files-out-of-order", seal(pack(d, edit=lambda e: [e[1], e[0], *e[2:]]), [recipient]), "tag-order")
    write("signature-missing", seal(pack(d, edit=lambda e: [*e[:5], *e[6:]]), [recipient]), "tag-order")

    # --- signature and trust -------------------------------------------------------------------------------------
    write("unknown-signer", seal(pack(Draft(UNKNOWN, unknown_key, payload=sample_payload())), [recipient]),
          "unknown-signer")  # fmt: skip
    write("revoked-signer", seal(pack(Draft(REVOKED, revoked_key, payload=sample_payload())), [recipient]),
          "revoked-signer")  # fmt: skip
    write("wrong-namespace", seal(pack(draft(namespace="file")), [recipient]), "signature-namespace")
    other = draft(sequence=2, payload=sample_payload(1))
    files = d.tag_files()
    files[format.SIGNATURE] = other.tag_files()[format.SIGNATURE]
    write("signature-from-another-bundle", seal(pack(d, tag_files=files), [recipient]), "signature-invalid")
    files = d.tag_files()
    files[format.MANIFEST] = files[format.MANIFEST].replace(b"0", b"1", 1)
    write("manifest-edited-not-resigned", seal(pack(d, tag_files=files), [recipient]), "tag-hash")
    files = d.tag_files()
    files[format.TAGMANIFEST] = files[format.TAGMANIFEST] + b"0" * 64 + b"  extra.txt\n"
    write("tagmanifest-edited-not-resigned", seal(pack(d, tag_files=files), [recipient]), "signature-invalid")
    write("signed-by-a-stranger", seal(pack(Draft(DEVICE, stranger, payload=sample_payload())), [recipient]),
          "wrong-signer")  # fmt: skip
    mismatch = draft(info_overrides={"device_key": sshsig.public_key_line(stranger.public_key())})
    write("device-key-mismatch", seal(pack(mismatch), [recipient]), "fieldkit-json")

    # --- content ---------------------------------------------------------------------------------------------------
    def change_payload(change: Callable[[Entries], Entries]) -> bytes:
        return seal(pack(d, edit=change), [recipient])

    def flip_photo(entries: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        return [(n, bytes([data[0] ^ 1]) + data[1:]) if n.endswith(".jpg") else (n, data) for n, data in entries]

    write("payload-byte-flipped", change_payload(flip_photo), "payload-hash")
    write("payload-file-removed", change_payload(lambda e: [x for x in e if not x[0].endswith(".jpg")]),
          "missing-entry")  # fmt: skip
    write("payload-file-added", change_payload(lambda e: [*e, (f"{d.bag}/data/extra.txt", b"added")]), "extra-entry")
    write("payload-file-renamed", change_payload(
        lambda e: [(n.replace(".jpg", ".png"), x) for n, x in e]), "extra-entry")  # fmt: skip
    write("payload-bigger-than-declared", change_payload(
        lambda e: [(n, x + b"more" if n.endswith(".jpg") else x) for n, x in e]), "size-mismatch")  # fmt: skip
    huge = draft()
    huge.info_overrides = {"payload": {**{n: len(x) for n, x in huge.payload.items()}, payload_name: 10**15}}
    write("enormous-declared-size", seal(pack(huge), [recipient]), "oversized-entry")
    info_bytes = format.canonical_json(d.info()).replace(b'"format"', b'"sequence": 9,\n "format"', 1)
    write("json-duplicate-key", seal(pack(d, tag_files=d.tag_files(info_bytes)), [recipient]), "json-duplicate-key")
    info_bytes = format.canonical_json(d.info()).replace(b'"organisation": "Test"', b'"organisation": NaN', 1)
    write("json-nan", seal(pack(d, tag_files=d.tag_files(info_bytes)), [recipient]), "json-invalid")
    write("json-not-utf8", seal(pack(d, tag_files=d.tag_files(b'{"format": "\xff"}')), [recipient]), "json-invalid")
    write("unsupported-version", seal(pack(draft(info_overrides={"version": 2})), [recipient]), "version")
    write("bag-info-wrong-oxum", seal(pack(draft(bag_info_overrides={"Payload-Oxum": "1.1"})), [recipient]),
          "bag-info")  # fmt: skip
    files = d.tag_files()
    files[format.BAGIT_TXT] = b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n"
    resigned = _resign(d, files)
    write("bagit-txt-altered", seal(pack(d, tag_files=resigned), [recipient]), "bagit-txt")
    write("bag-name-mismatch", seal(pack(d, edit=lambda e: [(n.replace("-000001/", "-000009/"), x) for n, x in e]),
                                     [recipient]), "bag-name")  # fmt: skip
    dup_record = draft()
    record_name = next(n for n in dup_record.payload if n.startswith("data/records/"))
    dup_record.payload[record_name] = b'{"uuid": "a", "uuid": "b"}'
    write("record-json-duplicate-key", seal(pack(dup_record), [recipient]), "json-duplicate-key")
    # The typed formats (fieldkit/bundle/manifest.py): signed, but not what the format allows.
    write("fieldkit-json-unknown-key", seal(pack(draft(info_overrides={"colour": "red"})), [recipient]),
          "fieldkit-json")  # fmt: skip
    write("fieldkit-json-abandoned-after-itself", seal(pack(draft(abandoned=[1])), [recipient]), "fieldkit-json")
    bad_record = draft()
    capture_name = next(n for n in bad_record.payload if n.startswith("data/records/captures/"))
    record = json.loads(bad_record.payload[capture_name])
    bad_record.payload[capture_name] = format.canonical_json({**record, "colour": "red"})
    write("record-unknown-key", seal(pack(bad_record), [recipient]), "record")
    bad_record.payload[capture_name] = format.canonical_json({**record, "size": -1})
    write("record-negative-size", seal(pack(bad_record), [recipient]), "record")
    bad_record.payload[capture_name] = format.canonical_json({**record, "uuid": "44444444-4444-4444-8444-444444444444"})
    write("record-named-for-another-uuid", seal(pack(bad_record), [recipient]), "record")
    files = d.tag_files()
    files[format.MANIFEST] += hashlib.sha256(b"x").hexdigest().encode() + b"  data/ghost.bin\n"
    write("manifest-lists-unknown-file", seal(pack(d, tag_files=_resign(d, files)), [recipient]), "manifest")

    # --- issue 15: tag files over their caps, tar metadata fieldkit never writes ----------------------------------
    limits = BUNDLE_LIMITS
    cap = format.tag_file_cap(format.FIELDKIT_JSON, len(d.payload), limits)  # 256 KiB + 4 KiB per file: 272 KiB
    oversized = b"[" + b"{}," * ((cap - 1) // 3) + b"{}]"
    assert cap < len(oversized) < 2 << 20
    write("fieldkit-json-over-cap", seal(pack(d, tag_files=d.tag_files(oversized)), [recipient]), "oversized-tag-file")
    files = d.tag_files()
    files[format.BAG_INFO] += b"X-Padding: " + b"x" * limits.max_small_tag_file_bytes + b"\n"
    write("bag-info-over-cap", seal(pack(d, tag_files=_resign(d, files)), [recipient]), "oversized-tag-file")
    photo_name = next(n for n in d.payload if n.endswith(".jpg"))

    def with_metadata(**fields: Any) -> Callable[[Entries], Entries]:
        return lambda entries: [("\0raw", member(n, x, **fields)) if n.endswith(".jpg") else (n, x) for n, x in entries]

    write("tar-setuid-root-payload", seal(pack(d, edit=with_metadata(mode=0o6755, uname="root")), [recipient]),
          "tar-mode")  # fmt: skip
    write("tar-executable-payload", seal(pack(d, edit=with_metadata(mode=0o755)), [recipient]), "tar-mode")
    write("tar-nonzero-uid", seal(pack(d, edit=with_metadata(uid=1000, gid=1000)), [recipient]), "tar-owner")
    write("tar-owner-name", seal(pack(d, edit=with_metadata(uname="www-data")), [recipient]), "tar-owner")

    def directory(name: str) -> bytes:
        return member(name, b"", tarfile.DIRTYPE, mode=0o755)

    write("tar-directory-outside-bag", seal(pack(d, edit=lambda e: [("\0raw", directory("evil/")), *e]), [recipient]),
          "directory-entry")  # fmt: skip
    write("tar-directory-colliding-with-payload",
          seal(pack(d, edit=lambda e: [("\0raw", directory(f"{d.bag}/{photo_name}")), *e]), [recipient]),
          "directory-entry")  # fmt: skip
    write("tar-directory-of-the-bag", seal(pack(d, edit=lambda e: [("\0raw", directory(f"{d.bag}/")), *e]),
                                           [recipient]), "directory-entry")  # fmt: skip

    # --- ingest: sequences ------------------------------------------------------------------------------------------
    first_plain = pack(draft())
    first = seal(first_plain, [recipient])
    first_tagmanifest = hashlib.sha256(draft().tag_files()[format.TAGMANIFEST]).hexdigest()
    (HERE / "seq1.fkb").write_bytes(first)
    (HERE / "seq2.fkb").write_bytes(seal(pack(draft(sequence=2, previous=first_tagmanifest,
                                                     payload=sample_payload(2))), [recipient]))  # fmt: skip
    (HERE / "seq2-fork.fkb").write_bytes(seal(pack(draft(sequence=2, previous=first_tagmanifest,
                                                          payload=sample_payload(3))), [recipient]))  # fmt: skip
    (HERE / "seq2-wrong-chain.fkb").write_bytes(seal(pack(draft(sequence=2, previous="ab" * 32,
                                                                 payload=sample_payload(4))), [recipient]))  # fmt: skip
    (HERE / "seq4.fkb").write_bytes(seal(pack(draft(sequence=4, payload=sample_payload(5))), [recipient]))
    ingest = {
        "replay": {"files": ["seq1.fkb", "seq1.fkb"], "outcomes": ["ingested", "replay"]},
        "gap": {"files": ["seq1.fkb", "seq4.fkb"], "outcomes": ["ingested", "ingested"], "gaps": [[2, 3]]},
        "fork": {"files": ["seq1.fkb", "seq2.fkb", "seq2-fork.fkb"], "outcomes": ["ingested", "ingested", "fork"]},
        "chain": {"files": ["seq1.fkb", "seq2-wrong-chain.fkb"], "outcomes": ["ingested", "chain-broken"]},
    }

    # --- issue 15: sequence bounds, the custody chain inside a bundle and across bundles, reviewed jumps ------------
    write("sequence-huge", seal(pack(draft(sequence=10**12)), [recipient]), "sequence-range")
    write("sequence-abandoned-huge", seal(pack(draft(sequence=2, abandoned=[2**64])), [recipient]), "fieldkit-json")

    def with_custody(sequence: int, events: list[CustodyEvent], first: int = 1, **kwargs: object) -> Draft:
        d = draft(sequence=sequence, payload=sample_payload(10 + sequence), **kwargs)
        d.payload["data/custody.jsonld"], d.custody = custody_log(DEVICE, events, first)
        return d

    log = custody_events(DEVICE, 1, 9)
    altered = [*log[:4], dataclasses.replace(log[4], details={"original_name": "innocuous.jpg"}), *log[5:]]
    write("custody-entry-altered", seal(pack(with_custody(1, altered)), [recipient]), "custody-chain")
    cut = with_custody(1, log)
    assert cut.custody is not None
    cut.custody = dataclasses.replace(cut.custody, head_hash=log[-2].entry_hash)  # the last entry cut off
    write("custody-head-mismatch", seal(pack(cut), [recipient]), "custody-chain")
    # The insider's rewrite: entry 2, already at HQ in bundle 1, rewritten and the chain recomputed on the device;
    # bundle 2 verifies alone, and HQ's index sees it does not continue bundle 1's head.
    one = with_custody(1, log[:3])
    rewritten = custody_events(DEVICE, 1, 3, edit=lambda seq, d: {**d, "original_name": "x.jpg"} if seq == 2 else d)
    one_tagmanifest = hashlib.sha256(one.tag_files()[format.TAGMANIFEST]).hexdigest()
    two = with_custody(2, custody_events(DEVICE, 4, 2, previous=rewritten[-1].entry_hash), first=4,
                       previous=one_tagmanifest)  # fmt: skip
    (HERE / "seq1-custody.fkb").write_bytes(seal(pack(one), [recipient]))
    (HERE / "seq2-custody-rewritten.fkb").write_bytes(seal(pack(two), [recipient]))
    jump = BUNDLE_LIMITS.max_sequence_jump
    (HERE / "seq-jump.fkb").write_bytes(seal(pack(draft(sequence=2 + jump, payload=sample_payload(6))), [recipient]))
    ingest.update({
        "custody-chain": {"files": ["seq1-custody.fkb", "seq2-custody-rewritten.fkb"],
                          "outcomes": ["ingested", "ingested"], "alarms": ["custody-chain-broken"]},
        "custody-chain-late": {"files": ["seq2-custody-rewritten.fkb", "seq1-custody.fkb"],
                               "outcomes": ["ingested", "ingested"], "alarms": ["custody-chain-broken"]},
        "sequence-jump": {"files": ["seq1.fkb", "seq-jump.fkb"], "outcomes": ["ingested", "quarantined"],
                          "reasons": [None, "sequence-jump"], "gaps": []},
    })  # fmt: skip

    (HERE / "expected.json").write_text(json.dumps({"reject": expected, "ingest": ingest}, indent=1) + "\n")
    print(f"{len(expected)} must-fail bundles, {len(ingest)} ingest sequences")


def _resign(d: Draft, files: dict[str, bytes]) -> dict[str, bytes]:
    files = dict(files)
    files[format.TAGMANIFEST] = "".join(
        f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in format.SIGNED_TAG_FILES
    ).encode()
    files[format.SIGNATURE] = sshsig.sign(d.key, d.namespace, files[format.TAGMANIFEST]).encode()
    return files


if __name__ == "__main__":
    main()
