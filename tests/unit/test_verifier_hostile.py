"""The verifier against bundles anyone with HQ's public recipient can make (issue 15, findings 10 and 14):
nothing large is read into memory or parsed before the signature over the tag manifest holds, tag files have tight
caps, and tar entries carry only the metadata fieldkit writes (regular files, mode 0644, owner 0:0, no names)."""

from __future__ import annotations

import hashlib
import tarfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import format, sshsig
from fieldkit.bundle.verify import check_bundle
from fieldkit.config import BUNDLE_LIMITS
from fieldkit.hq.trust import HQ
from tests.bundle_kit import Draft, pack, pack_entries, sample_payload, seal

DEVICE = "d0000000-0000-4000-8000-0000000000dd"


@pytest.fixture
def enrolled(tmp_path: Path) -> tuple[HQ, Ed25519PrivateKey]:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    key = Ed25519PrivateKey.generate()
    hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    return hq, key


def _unsigned(draft: Draft, fieldkit_json: bytes, count: int) -> dict[str, bytes]:
    """Tag files an attacker without the device key makes: any fieldkit.json, an enrolled device's id, a claimed
    payload count, and a signature that cannot hold (made by another key)."""
    draft.bag_info_overrides = {"Payload-Oxum": f"1.{count}"}
    files = draft.tag_files(fieldkit_json)
    stranger = Ed25519PrivateKey.generate()
    files[format.SIGNATURE] = sshsig.sign(stranger, format.NAMESPACE, files[format.TAGMANIFEST]).encode()
    return files


def _write(tmp_path: Path, hq: HQ, plain: bytes, name: str = "b.fkb") -> Path:
    path = tmp_path / name
    path.write_bytes(seal(plain, hq.recipients()))
    return path


# --- finding 10: nothing large before the signature ---------------------------------------------------------------


def test_a_large_fieldkit_json_is_only_hashed_before_the_signature(
    enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path
) -> None:
    """12 MiB of '[{},{},...]' under an enrolled device's id, within the caps its claimed count allows: before, it was
    kept whole and parsed before the signature (reason fieldkit-json, memory several times its size); now it is
    hashed as it streams and the bundle fails on its signature, with Python's allocations far below its size."""
    hq, key = enrolled
    blob = b"[" + b"{}," * (4 << 20) + b"{}]"  # 12 MiB
    draft = Draft(DEVICE, key, payload=sample_payload())
    files = _unsigned(draft, blob, count=BUNDLE_LIMITS.max_members)
    path = _write(tmp_path, hq, pack(draft, tag_files=files))
    tracemalloc.start()
    try:
        report = check_bundle(path, hq.trust())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.reason == "wrong-signer", report.message
    assert peak < 4 << 20, f"{peak} bytes allocated while verifying"
    assert report.device_id == DEVICE  # the refusal still names the device bag-info.txt claims


def test_an_unknown_device_is_refused_before_its_manifest_is_read(tmp_path: Path) -> None:
    """The device id comes from the small bag-info.txt: a bundle naming no enrolled device is refused before its
    payload manifest and fieldkit.json, however malformed, are read."""
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    draft = Draft(DEVICE, Ed25519PrivateKey.generate(), payload=sample_payload())
    files = _unsigned(draft, b"not json at all", count=1)
    path = _write(tmp_path, hq, pack(draft, tag_files=files))
    report = check_bundle(path, hq.trust())
    assert report.reason == "unknown-signer", report.message
    assert [c.name for c in report.checks] == ["decrypt", "unknown-signer"]


def test_fieldkit_json_over_its_cap_is_refused_unread(enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path) -> None:
    """fieldkit.json may hold a base plus a bounded number of bytes per payload file bag-info.txt counts; one byte
    more is refused from its tar header, before a byte of it is decrypted into memory."""
    hq, key = enrolled
    limits = BUNDLE_LIMITS
    cap = limits.tag_file_base_bytes + 4 * limits.fieldkit_json_bytes_per_entry
    draft = Draft(DEVICE, key, payload=sample_payload())
    files = _unsigned(draft, b" " * (cap + 1), count=4)
    report = check_bundle(_write(tmp_path, hq, pack(draft, tag_files=files)), hq.trust())
    assert report.reason == "oversized-tag-file", report.message
    assert "fieldkit.json" in report.message


@pytest.mark.parametrize("name", [format.BAGIT_TXT, format.BAG_INFO, format.TAGMANIFEST, format.SIGNATURE])
def test_each_small_tag_file_has_a_small_cap(enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path,
                                              name: str) -> None:  # fmt: skip
    hq, key = enrolled
    draft = Draft(DEVICE, key, payload=sample_payload())
    files = draft.tag_files()
    files[name] += b"\n" * (BUNDLE_LIMITS.max_small_tag_file_bytes + 1)
    report = check_bundle(_write(tmp_path, hq, pack(draft, tag_files=files)), hq.trust())
    assert report.reason == "oversized-tag-file", report.message


def test_a_manifest_over_its_cap_is_refused(enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path) -> None:
    hq, key = enrolled
    limits = BUNDLE_LIMITS
    draft = Draft(DEVICE, key, payload=sample_payload())
    files = draft.tag_files()
    count = len(draft.payload)
    files[format.MANIFEST] += b"\n" * (limits.tag_file_base_bytes + count * limits.manifest_bytes_per_entry)
    report = check_bundle(_write(tmp_path, hq, pack(draft, tag_files=files)), hq.trust())
    assert report.reason == "oversized-tag-file", report.message


def test_a_signed_bundle_with_large_tag_files_verifies(enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path) -> None:
    """Tag files larger than what is kept before the signature are read a second time once it holds: the bundle
    verifies, and its file hash covers the whole file once."""
    hq, key = enrolled
    payload = sample_payload()
    photo = next(n for n in payload if n.endswith(".jpg"))
    for i in range(BUNDLE_LIMITS.max_presignature_kept_bytes // 120 + 10):
        payload[f"data/captures/{i:08d}-{'x' * 40}.bin"] = b""
    assert photo in payload
    draft = Draft(DEVICE, key, payload=payload)
    assert len(draft.tag_files()[format.MANIFEST]) > BUNDLE_LIMITS.max_presignature_kept_bytes
    path = _write(tmp_path, hq, pack(draft))
    report = check_bundle(path, hq.trust())
    assert report.ok, report.message
    assert report.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert len(report.info.payload if report.info else {}) == len(payload)


# --- finding 14: tar metadata ---------------------------------------------------------------------------------------


def _tweaked(draft: Draft, tweak: Callable[[tarfile.TarInfo], None], which: str = ".jpg",
             extra: list[bytes] | None = None) -> bytes:  # fmt: skip
    raw = []
    for name, data in pack_entries(draft):
        info = tarfile.TarInfo(name)
        info.size, info.mtime = len(data), 1_700_000_000
        if name.endswith(which):
            tweak(info)
        raw.append(info.tobuf(format=tarfile.USTAR_FORMAT) + data + bytes(-len(data) % 512))
    return b"".join([*(extra or []), *raw]) + bytes(1024)


def _directory(name: str, mode: int = 0o755) -> bytes:
    info = tarfile.TarInfo(name)
    info.type, info.mode = tarfile.DIRTYPE, mode
    return info.tobuf(format=tarfile.USTAR_FORMAT)


def _set(**fields: object) -> Callable[[tarfile.TarInfo], None]:
    def tweak(info: tarfile.TarInfo) -> None:
        for name, value in fields.items():
            setattr(info, name, value)

    return tweak


@pytest.mark.parametrize(
    ("label", "tweak", "reason"),
    [
        ("setuid root", _set(mode=0o6755, uid=0, gid=0, uname="root", gname="root"), "tar-mode"),
        ("setuid", _set(mode=0o4644), "tar-mode"),
        ("sticky", _set(mode=0o1644), "tar-mode"),
        ("executable", _set(mode=0o755), "tar-mode"),
        ("world-writable", _set(mode=0o666), "tar-mode"),
        ("owner-only", _set(mode=0o600), "tar-mode"),
        ("uid 1000", _set(uid=1000), "tar-owner"),
        ("gid 27", _set(gid=27), "tar-owner"),
        ("user name", _set(uname="root"), "tar-owner"),
        ("group name", _set(gname="shadow"), "tar-owner"),
    ],
)
def test_payload_metadata_other_than_fieldkits_is_refused(enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path,
                                                          label: str, tweak: Callable[[tarfile.TarInfo], None],
                                                          reason: str) -> None:  # fmt: skip
    """Before, a decrypted bag re-wrapped with a set-uid-root payload verified as authentic, and `age -d | tar -x`
    as root then made a set-uid file."""
    hq, key = enrolled
    draft = Draft(DEVICE, key, payload=sample_payload())
    report = check_bundle(_write(tmp_path, hq, _tweaked(draft, tweak)), hq.trust())
    assert report.reason == reason, (label, report.message)


def test_a_tag_file_with_another_mode_is_refused(enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path) -> None:
    hq, key = enrolled
    draft = Draft(DEVICE, key, payload=sample_payload())
    plain = _tweaked(draft, _set(mode=0o4755), which=format.BAGIT_TXT)
    assert check_bundle(_write(tmp_path, hq, plain), hq.trust()).reason == "tar-mode"


@pytest.mark.parametrize(
    "where",
    ["outside the bag", "colliding with a payload file", "the bag itself", "inside the bag", "after the payload"],
)
def test_directory_entries_are_refused(enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path, where: str) -> None:
    """fieldkit never wrote a directory entry (git log of writer.py): any is refused, wherever it is."""
    hq, key = enrolled
    draft = Draft(DEVICE, key, payload=sample_payload())
    photo = next(n for n in draft.payload if n.endswith(".jpg"))
    if where == "after the payload":
        plain = pack(draft, edit=lambda e: [*e, ("\0raw", _directory(f"{draft.bag}/data/late/"))])
    else:
        name = {"outside the bag": "evil/", "colliding with a payload file": f"{draft.bag}/{photo}",
                "the bag itself": f"{draft.bag}/", "inside the bag": f"{draft.bag}/data/"}[where]  # fmt: skip
        plain = _tweaked(draft, lambda info: None, extra=[_directory(name)])
    report = check_bundle(_write(tmp_path, hq, plain), hq.trust())
    assert report.reason == "directory-entry", report.message


def test_a_link_name_on_a_regular_file_is_refused(enrolled: tuple[HQ, Ed25519PrivateKey], tmp_path: Path) -> None:
    hq, key = enrolled
    draft = Draft(DEVICE, key, payload=sample_payload())
    plain = _tweaked(draft, _set(linkname="/etc/shadow"))
    assert check_bundle(_write(tmp_path, hq, plain), hq.trust()).reason == "tar-header"


def test_the_writer_emits_only_what_the_verifier_accepts(enrolled: tuple[HQ, Ed25519PrivateKey]) -> None:
    """Every header fieldkit writes: a regular file, mode 0644, owner 0:0 with no names, no link name."""
    from fieldkit.bundle import tarstream

    header = tarstream.member_header("fieldkit-d0000000-000001/data/a.jpg", 5, 1_700_000_000)
    info = tarfile.TarInfo.frombuf(header, "ascii", "strict")
    assert (info.type, info.mode, info.uid, info.gid, info.uname, info.gname, info.linkname) == (
        tarfile.REGTYPE, 0o644, 0, 0, "", "", "",
    )  # fmt: skip


def test_the_writer_refuses_tag_files_a_verifier_would_refuse(tmp_path: Path) -> None:
    """The caps bind the device too: a bundle whose fieldkit.json would exceed them is refused before a byte is
    written (here with caps made small; with the real ones, the limit is far beyond max_members' worth)."""
    import dataclasses
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from fieldkit.bundle import age
    from fieldkit.bundle.manifest import CustodyRange
    from fieldkit.bundle.writer import BundleContents, Entry, write_bundle
    from fieldkit.errors import InvalidValueError

    limits = dataclasses.replace(BUNDLE_LIMITS, tag_file_base_bytes=512, fieldkit_json_bytes_per_entry=64)
    contents = BundleContents(
        bundle_id="b0000000-0000-4000-8000-000000000001", device_id=DEVICE, sequence=1,
        created=datetime(2026, 11, 25, tzinfo=UTC), organisation="Task Force North", previous_tagmanifest_sha256=None,
        abandoned_sequences=(), custody=CustodyRange(from_seq=1, to_seq=0, previous_hash=None, head_hash=None),
        entries=(Entry.of_bytes("data/a.txt", b"a"),),
    )  # fmt: skip
    recipient = age.recipient_of(X25519PrivateKey.generate())
    with pytest.raises(InvalidValueError, match=r"fieldkit\.json"):
        write_bundle(tmp_path, contents, Ed25519PrivateKey.generate(), [recipient], limits=limits)
    assert list(tmp_path.iterdir()) == []
