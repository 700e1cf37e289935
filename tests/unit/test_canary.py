"""No plaintext evidence on disk: a unique marker put into pixels, EXIF, a document's text, a file name and an
item's description is found nowhere under the store folder or the temp folder after import, edit and delete."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

from PIL import Image

from fieldkit.config import TEST_KDF
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, ROOT, fieldkit_cmd, jpeg_bytes, pdf_bytes


def scan(folder: Path, needles: list[bytes]) -> list[str]:
    hits: list[str] = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            hits.extend(f"{path}: {needle!r}" for needle in needles if needle in data)
    return hits


def test_marker_never_reaches_the_disk_in_plaintext(tmp_path: Path) -> None:
    marker = ("CANARY" + os.urandom(6).hex()).encode()
    needles = [marker, marker.decode().encode("utf-16-le"), marker.lower()]
    src, temp, store_dir = tmp_path / "src", tmp_path / "tmp", tmp_path / "store"
    src.mkdir()
    temp.mkdir()

    pixels = Image.frombytes("L", (len(marker), 1), marker)
    bmp = io.BytesIO()
    pixels.save(bmp, "BMP")
    (src / f"IMG_{marker.decode()}.bmp").write_bytes(bmp.getvalue())
    (src / "exif.jpg").write_bytes(jpeg_bytes(exif={0x010E: marker.decode(), 0x010F: marker.decode()}))
    (src / "letter.pdf").write_bytes(pdf_bytes(text=marker.decode()))
    assert all(marker in p.read_bytes() for p in src.iterdir())  # the test can fail

    Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF).close()
    # Issue 18: the device's log file is on (its configuration file says so) and says everything it can (-vv);
    # it is scanned with the rest, as is what the commands wrote on stderr.
    (tmp_path / "config.toml").write_text("log_file = true\n")
    logs = tmp_path / "state"
    environment = {
        **os.environ,
        "FIELDKIT_STORE": str(store_dir),
        "FIELDKIT_PASSPHRASE": PASSPHRASE,
        "TMPDIR": str(temp),
        "SQLITE_TMPDIR": str(temp),
        "FIELDKIT_CONFIG": str(tmp_path / "config.toml"),
        "XDG_STATE_HOME": str(logs),
        "LOCALAPPDATA": str(logs),
    }
    stderr: list[str] = []

    def fieldkit(*args: str) -> str:
        result = subprocess.run([*fieldkit_cmd(), "-vv", *args], env=environment, cwd=ROOT, capture_output=True,
                                text=True, timeout=120)  # fmt: skip
        assert result.returncode == 0, result.stderr
        stderr.append(result.stderr)
        return result.stdout

    fieldkit("import", "--case", "Op Canary", "--item", "EV-1", str(src))
    fieldkit("import", "--case", "Op Canary", "--item", "EV-2", "--kind", "document", str(src / "letter.pdf"))
    with Store.open(store_dir, PASSPHRASE) as store:
        case = store.ensure_case("Op Canary")
        item = store.ensure_item(case, "EV-1")
        store.update_item(item, description=f"ledger mentioning {marker.decode()}", notes=marker.decode())
        store.update_item(item, description="redacted")
        for capture in store.captures(item="EV-1"):
            store.delete_capture(capture.id)
    fieldkit("import", "--case", "Op Canary", "--item", "EV-3", str(src))
    fieldkit("list")
    fieldkit("check")
    assert scan(store_dir, needles) == []
    assert scan(temp, needles) == []
    (log_file,) = [path for path in logs.rglob("*") if path.is_file()]  # the test can fail: the log was written
    assert log_file.read_text("utf-8").count("command.finished: import exited 0") == 3
    assert scan(logs, needles) == []
    for said in stderr:
        assert " exited 0 after " in said, said  # -vv logged on stderr too
        assert not any(needle in said.encode() for needle in needles), said


def test_the_watchlist_never_reaches_the_disk_in_plaintext(tmp_path: Path) -> None:
    """Issue 17: a watchlist imported on the device (its references, notes and templates) is in the encrypted store
    only: no trace under the store folder or the temp folder, raw or as the base64 of the file's JSON; at HQ its
    templates are sealed in the index (no trace of them in the HQ folder)."""
    import base64
    import json

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
    from fieldkit.sync.outbox import apply_provisioning

    marker = "CANARY" + os.urandom(6).hex()
    minutiae = tuple(Minutia(10 + i * 7, 20 + i * 5, i * 9.0, i % 2 == 0) for i in range(30))
    print_template = Template("finger", FINGER_ALGORITHM, encode_finger(FingerMinutiae(400, 500, 500, minutiae)), 2)
    face_template = Template("face", FACE_ALGORITHM, encode_face([(i % 17) / 50 - 0.17 for i in range(128)]))
    needles = [marker.encode(), marker.encode("utf-16-le")]
    for template in (print_template, face_template):
        needles += [template.data[8:40], base64.b64encode(template.data)[8:48]]
    temp, store_dir, out = tmp_path / "tmp", tmp_path / "store", tmp_path / "from-hq"
    temp.mkdir()
    out.mkdir()
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    with Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF) as store:
        hq.enroll(store.device_allowed_signers_line())
        apply_provisioning(store, Provisioning.from_bytes(json.dumps(hq.provisioning().to_json()).encode()))
    with hq.database() as db:
        watchlist.migrate(db)
        sources = [watchlist.Source(t, "x.png", "0" * 64) for t in (print_template, face_template)]
        watchlist.add(hq, db, f"WL-{marker}", sources, by="examiner", category=marker, note=f"seen with {marker}")
        watchlist.export(hq, db, out / "watchlist.age", by="examiner")
        # HQ's index holds the entry's words (its reference, category, note), never its templates: they are sealed
        # under HQ's template key (scanned with the connection open: the WAL file too).
        assert scan(hq.folder, needles[2:]) == []
    assert scan(out, needles) == []  # the file itself holds nothing in plaintext either
    assert scan(hq.folder, needles[2:]) == []
    environment = {**os.environ, "FIELDKIT_STORE": str(store_dir), "FIELDKIT_PASSPHRASE": PASSPHRASE,
                   "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp)}  # fmt: skip
    for args in (["watchlist", "import", str(out / "watchlist.age")], ["watchlist", "status"], ["check"]):
        result = subprocess.run([*fieldkit_cmd(), *args], env=environment, cwd=ROOT, capture_output=True, text=True,
                                timeout=120)  # fmt: skip
        assert result.returncode == 0, result.stderr
    with Store.open(store_dir, PASSPHRASE) as store:  # the test can fail: the store does hold them
        (entry,) = store.watchlist.entries_with_templates()
        assert marker in entry.ref and entry.templates[1][3] == face_template.data
    assert scan(store_dir, needles) == []
    assert scan(temp, needles) == []


def test_templates_and_hits_never_reach_the_disk_in_plaintext(tmp_path: Path) -> None:
    """Issue 17: the templates made from a captured print, the watchlist it is searched in and the hit it gives
    (reference, category, instructions, the operator's reason) are in the encrypted store only."""
    import base64
    from datetime import timedelta

    from fieldkit.biometrics import subjects, watchlist_file
    from fieldkit.biometrics.templates import extract_finger
    from fieldkit.store.watchlist import EntryRow, WatchlistInfo
    from tests import prints_kit

    marker = "CANARY" + os.urandom(6).hex()
    mate, _ = prints_kit.fingers()
    listed = extract_finger(mate.impressions[0], ppi=500, finger=2, what="a watchlist print")
    assert listed is not None
    src, temp, store_dir = tmp_path / "src", tmp_path / "tmp", tmp_path / "store"
    src.mkdir()
    temp.mkdir()
    (src / "print.png").write_bytes(mate.impressions[1])
    with Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF) as store:
        subjects.add_subject(store, "Op Canary", "S-1")
        now, at = store.clock(), watchlist_file.format_time
        info = WatchlistInfo(1, at(now), at(now + timedelta(days=9)), "SHA256:hq", None, "0" * 64, at(now))
        entry = EntryRow(
            f"WL-{marker}", marker, f"detain {marker}", "", (("finger", listed.algorithm, 2, listed.data),)
        )
        with store.write():
            store.watchlist.replace(info, [entry])
    environment = {**os.environ, "FIELDKIT_STORE": str(store_dir), "FIELDKIT_PASSPHRASE": PASSPHRASE,
                   "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp)}  # fmt: skip

    def fieldkit(*args: str) -> str:
        result = subprocess.run([*fieldkit_cmd(), *args], env=environment, cwd=ROOT, capture_output=True, text=True,
                                timeout=120)  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert marker in fieldkit("fingerprint", "add", str(src / "print.png"), "--subject", "S-1", "--finger", "2",
                              "--ppi", "500")  # the test can fail: a hit was made  # fmt: skip
    fieldkit("hits", "reject", "1", "--reason", f"not him {marker}")
    fieldkit("match", "--all")
    fieldkit("check")
    with Store.open(store_dir, PASSPHRASE) as store:
        (made,) = store.identification.templates_of(1)
        (hit,) = store.identification.hits()
        assert marker in hit.ref and marker in hit.reason
    needles = [marker.encode(), marker.encode("utf-16-le")]
    for data in (listed.data, made.data):
        needles += [data[8:40], data[-40:], base64.b64encode(data)[8:48]]
    assert scan(store_dir, needles) == []
    assert scan(temp, needles) == []


def test_sample_records_never_reach_the_disk_in_plaintext(tmp_path: Path) -> None:
    """Issue 19: a sample's words (where it was taken, its seal, notes, packaging, the receiver of a handover, the
    manifest) are in the encrypted store only, travel encrypted in the bundle with its shipping manifest, and are
    sealed in HQ's index (its samples, steps and shipments tables): no trace under any of the three folders."""
    from fieldkit.bundle.verify import check_bundle
    from fieldkit.core import samples
    from fieldkit.hq import samples as hq_samples
    from fieldkit.hq.ingest import Index
    from fieldkit.hq.trust import HQ
    from fieldkit.outgoing import compose, ledger

    marker = "CANARY" + os.urandom(6).hex()
    needles = [marker.encode(), marker.encode("utf-16-le"), marker.lower().encode()]
    store_dir, out = tmp_path / "store", tmp_path / "out"
    out.mkdir()
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    with Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF) as store:
        hq.enroll(store.device_allowed_signers_line())
        ledger.add_recipient(store, hq.recipients()[0])
        item = store.ensure_item(store.ensure_case("Op Canary"), "EV-1", "weapon")
        sample = samples.add(store, item, ref="DNA-1", sample_type="touch", location=f"grip {marker}",
                             notes=f"note {marker}", seal=f"SEAL-{marker}", packaging=f"bag {marker}")  # fmt: skip
        sample = samples.hand_over(store, sample, to=f"Sgt {marker}", rank="Sergeant")
        samples.ship(store, [sample], manifest=f"M-{marker}", laboratory=f"Lab {marker}")
        (made,) = compose.create_bundles(store, out)
    report = check_bundle(made.path, hq.trust())
    assert report.ok and marker in next(iter(report.samples.values())).location  # the test can fail: it travelled
    with Index(hq) as index:
        assert index.ingest(made.path).outcome == "ingested"
        (held,) = hq_samples.samples(hq, index.db)
        assert marker in held["seal"] and marker in held["steps"][-1]["details"]["manifest"]
        assert scan(hq.folder, needles) == []  # the connection open: its WAL too
    assert scan(hq.folder, needles) == []
    assert scan(store_dir, needles) == []
    assert scan(out, needles) == []
