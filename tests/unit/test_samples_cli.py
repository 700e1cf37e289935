"""The sample commands as an operator types them (issue 19; docs/samples.md, "Commands"): a sample recorded with its id
read from a photographed barcode, handed over (a typed rank; an operator's own passphrase from standard input or the
environment), shipped and printed on a manifest whose barcodes the barcode reader decodes again; bad input refused
with its exit code and one line saying what to do, and nothing half-recorded."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import stat
from pathlib import Path

import pytest

from fieldkit.cli.main import main
from fieldkit.config import TEST_KDF
from fieldkit.core.tags import read_tags
from fieldkit.errors import (
    ExportError,
    HandoverUnconfirmedError,
    ManifestEmptyError,
    ReceiverPassphraseError,
    SampleNotFoundError,
    SampleStateError,
    SampleTagNotFoundError,
    ShipmentNotFoundError,
    UsageError,
)
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, jpeg_bytes
from tests.samples import barcode_photo

BOB = "bob's own passphrase"
LIST_KEYS = {"id", "uuid", "ref", "barcode_format", "case", "item", "type", "location", "collector", "collected_at",
             "packaging", "seal", "storage", "notes", "state", "holder", "manifest", "spot", "created_at",
             "updated_at", "version"}  # fmt: skip


@pytest.fixture
def env(store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store of alice with a second operator, bob; closed, ready for the CLI."""
    store = Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF)
    store.add_operator("bob", BOB, kdf=TEST_KDF)
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store_dir))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("FIELDKIT_RECEIVER_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing is prompted for
    return store_dir


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def shown(capsys: pytest.CaptureFixture[str], ident: str) -> dict[str, object]:
    code, out, err = cli(capsys, "sample", "show", ident, "--json")
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def refused(capsys: pytest.CaptureFixture[str], error: type[Exception], *args: str) -> str:
    code, _, err = cli(capsys, *args)
    assert code == getattr(error, "exit_code"), err
    assert err.startswith("fieldkit: error: ") and "\n  what to do: " in err, err
    return err


def photos(folder: Path) -> dict[str, Path]:
    made = {"tag": folder / "tag.jpg", "swab": folder / "swab.jpg", "spot": folder / "rifle.jpg",
            "blank": folder / "blank.jpg"}  # fmt: skip
    made["tag"].write_bytes(barcode_photo("DNA-2026-0042"))
    made["swab"].write_bytes(jpeg_bytes(seed=3))
    made["spot"].write_bytes(jpeg_bytes(seed=4))
    made["blank"].write_bytes(jpeg_bytes(seed=5))
    return made


def test_a_sample_read_from_its_tag_is_handed_over_shipped_and_listed(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = photos(tmp_path)
    code, out, err = cli(capsys, "sample", "add", "--case", "Op Falcon", "--item", "EV-0044", "--type", "touch",
                         "--location", "pistol grip, left side", "--seal", "S-77", "--packaging", "paper envelope",
                         "--storage", "cooled 4 °C", "--tag-photo", str(files["tag"]), "--photo", str(files["swab"]),
                         "--spot-photo", str(files["spot"]), "--spot", "0.42,0.61")  # fmt: skip
    assert code == 0, err
    assert "Read the sample id DNA-2026-0042 from the barcode (Code 128)" in out
    assert "New item EV-0044 in case Op Falcon (created, as import does)" in out
    assert "Recorded sample DNA-2026-0042 (#1): touch from Op Falcon / EV-0044, sealed, held by alice" in out
    assert out.count("stored     #") == 3 and "3 stored, 0 duplicates, 0 not stored" in out

    # The photos are ordinary captures of the item, stored bit-exact, each linked with its role.
    code, out, _ = cli(capsys, "list", "--json")
    captures = {Path(row["name"]).name: row for row in json.loads(out)}
    for name in ("tag.jpg", "swab.jpg", "rifle.jpg"):
        assert captures[name]["sha256"] == hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
        assert (captures[name]["case"], captures[name]["item"]) == ("Op Falcon", "EV-0044")
    sample = shown(capsys, "DNA-2026-0042")
    roles = {photo["role"]: photo["capture"] for photo in sample["photos"]}  # type: ignore[attr-defined]
    assert roles == {"tag": captures["tag.jpg"]["id"], "sample": captures["swab.jpg"]["id"],
                     "spot": captures["rifle.jpg"]["id"]}  # fmt: skip
    assert sample["spot"] == {"capture": captures["rifle.jpg"]["id"], "x": 0.42, "y": 0.61}
    assert sample["barcode_format"] == "Code 128"

    # A typed name and rank; then an operator of this device, by their own passphrase on standard input.
    code, out, err = cli(capsys, "sample", "handover", "DNA-2026-0042", "--to", "Sgt Karim", "--rank", "Sergeant",
                         "--note", "at the checkpoint")  # fmt: skip
    assert code == 0, err
    assert out.startswith("Handed over sample DNA-2026-0042 (#1) to Sgt Karim (Sergeant, name and rank typed)")
    monkeypatch.setattr("sys.stdin", io.StringIO(BOB + "\n"))
    code, out, err = cli(capsys, "sample", "handover", "#1", "--to", "Bob", "--receiver-passphrase-file", "-")
    assert code == 0, err
    assert "to bob (confirmed by bob's own passphrase)" in out
    monkeypatch.setenv("FIELDKIT_RECEIVER_PASSPHRASE", PASSPHRASE)  # alice takes it back: from the environment
    code, out, err = cli(capsys, "sample", "handover", "1", "--to", "alice")
    assert code == 0 and "to alice (confirmed by alice's own passphrase)" in out, err

    code, out, err = cli(capsys, "sample", "add", "--case", "Op Falcon", "--item", "EV-0044", "--type", "hair",
                         "--barcode", "DNA-2026-0043", "--seal", "S-78", "--collector", "Cpl Ahmed",
                         "--collected-at", "2026-11-25T17:30:00+03:00")  # fmt: skip
    assert code == 0, err
    code, out, err = cli(capsys, "sample", "ship", "--manifest", "M-2026-001", "DNA-2026-0042", "DNA-2026-0043",
                         "--laboratory", "Central DNA lab", "--carrier", "DHL")  # fmt: skip
    assert code == 0, err
    assert out.splitlines()[0] == "Shipped 2 sample(s) under manifest M-2026-001 to Central DNA lab by DHL:"

    code, out, _ = cli(capsys, "sample", "list", "--json", "--manifest", "M-2026-001")
    rows = json.loads(out)
    assert [set(row) for row in rows] == [LIST_KEYS, LIST_KEYS]
    second = rows[1]
    assert (second["ref"], second["state"], second["holder"], second["manifest"]) == ("DNA-2026-0043", "shipped",
                                                                                      "DHL", "M-2026-001")  # fmt: skip
    assert (second["collector"], second["collected_at"]) == ("Cpl Ahmed", "2026-11-25T14:30:00.000000Z")
    code, out, _ = cli(capsys, "sample", "list", "--state", "collected")
    assert out == "No samples.\n"
    code, out, _ = cli(capsys, "sample", "list", "--case", "Op Falcon", "--item", "EV-0044")
    lines = out.splitlines()
    assert lines[0].split() == ["#", "SAMPLE", "ID", "CASE", "ITEM", "TYPE", "STATE", "HOLDER", "SEAL", "MANIFEST"]
    assert lines[1].split()[:2] == ["1", "DNA-2026-0042"] and lines[1].split()[-2:] == ["S-77", "M-2026-001"]

    code, out, err = cli(capsys, "sample", "receive", "DNA-2026-0043", "--by", "Dr Haddad", "--lab-ref", "LAB-55",
                         "--seal-broken", "--note", "tape lifted")  # fmt: skip
    assert code == 0 and "received by Dr Haddad (seal S-78 BROKEN on arrival, laboratory reference LAB-55)" in out

    custody = shown(capsys, "DNA-2026-0042")["custody"]
    steps = [(step["action"], step["state"], step["from"], step["to"]) for step in custody]  # type: ignore[attr-defined]
    assert steps == [
        ("sample.collected", "collected", "", "alice"), ("sample.sealed", "sealed", "", "alice"),
        ("sample.photo_linked", None, "", ""), ("sample.photo_linked", None, "", ""),
        ("sample.photo_linked", None, "", ""),
        ("sample.handed_over", "handed-over", "alice", "Sgt Karim"),
        ("sample.handed_over", "handed-over", "Sgt Karim", "bob"),
        ("sample.handed_over", "handed-over", "bob", "alice"),
        ("sample.shipped", "shipped", "alice", "DHL"),
    ]  # fmt: skip
    confirmed = [step["details"]["confirmed"] for step in custody if step["action"] == "sample.handed_over"]  # type: ignore[attr-defined]
    assert confirmed == ["typed", "passphrase", "passphrase"]

    code, out, _ = cli(capsys, "sample", "show", "DNA-2026-0043")
    assert "seal           S-78" in out and "state          received by Dr Haddad" in out
    assert "Received by Dr Haddad (laboratory reference LAB-55), seal S-78 BROKEN; note: tape lifted" in out
    code, out, _ = cli(capsys, "check")
    assert code == 0 and "The store is intact." in out


def test_bad_input_is_refused_with_its_code_and_what_to_do_and_nothing_half_recorded(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = photos(tmp_path)
    add = ("sample", "add", "--case", "C", "--item", "EV-1", "--type", "swab")
    refused(capsys, UsageError, *add)  # neither an id nor a photo of the tag
    refused(capsys, UsageError, *add, "--barcode", "DNA-1", "--spot", "0.5,0.5")  # a spot without its photo
    refused(capsys, SampleNotFoundError, "sample", "show", "DNA-404")

    # A photo without a barcode: the photo is kept (preserve first), the sample is not recorded...
    err = refused(capsys, SampleTagNotFoundError, *add, "--photo", str(files["blank"]))
    assert "the photos are kept as captures #1 of the item" in err
    code, out, _ = cli(capsys, "sample", "list", "--json")
    assert json.loads(out) == []
    # ...and given again with the typed id, the same capture is linked, not stored twice.
    code, out, err = cli(capsys, *add, "--barcode", "DNA-1", "--photo", str(files["blank"]), "--json")
    assert code == 0, err
    assert json.loads(out)["photos"] == [{"capture": 1, "role": "sample"}]
    code, out, _ = cli(capsys, "list", "--json")
    assert len(json.loads(out)) == 1

    # Shipping an unsealed sample records no shipment and changes no sample.
    cli(capsys, *add, "--barcode", "DNA-2", "--seal", "S-2")
    err = refused(capsys, SampleStateError, "sample", "ship", "--manifest", "M-1", "DNA-2", "DNA-1")
    assert "sample DNA-1 is not sealed: seal it first with 'fieldkit sample seal DNA-1 --seal NUMBER'" in err
    assert cli(capsys, "sample", "manifest", "--list")[1] == "No shipments.\n"
    assert shown(capsys, "DNA-2")["state"] == "sealed"

    before = len(shown(capsys, "DNA-2")["custody"])  # type: ignore[arg-type]
    err = refused(capsys, HandoverUnconfirmedError, "sample", "handover", "DNA-2", "--to", "Sgt Karim")
    assert "'Sgt Karim' is not an operator of this device: give their rank with --rank RANK" in err
    # An operator receiver with no terminal and no passphrase given; then a wrong one.
    err = refused(capsys, HandoverUnconfirmedError, "sample", "handover", "DNA-2", "--to", "bob")
    assert "set FIELDKIT_RECEIVER_PASSPHRASE or use --receiver-passphrase-file F" in err
    monkeypatch.setenv("FIELDKIT_RECEIVER_PASSPHRASE", "not bob's passphrase")
    err = refused(capsys, ReceiverPassphraseError, "sample", "handover", "DNA-2", "--to", "bob", "--rank", "Sergeant")
    assert "not bob's passphrase" in err and "--operator" not in err
    after = shown(capsys, "DNA-2")
    assert (after["holder"], after["state"], len(after["custody"])) == ("alice", "sealed", before)  # type: ignore[arg-type]

    refused(capsys, ManifestEmptyError, "sample", "manifest", "--out", str(tmp_path / "m.html"))
    refused(capsys, ShipmentNotFoundError, "sample", "manifest", "--manifest", "M-404", "--out", str(tmp_path / "m"))
    refused(capsys, ShipmentNotFoundError, "sample", "list", "--manifest", "M-404")
    refused(capsys, UsageError, "sample", "manifest", "--out", str(tmp_path / "m.pdf"))
    assert not any(tmp_path.glob("m*"))

    assert cli(capsys, "sample", "ship", "--manifest", "M-1", "DNA-2")[0] == 0
    refused(capsys, SampleStateError, "sample", "handover", "DNA-2", "--to", "Sgt Karim", "--rank", "Sergeant")
    out_file = tmp_path / "m.html"
    out_file.write_text("keep me")
    err = refused(capsys, ExportError, "sample", "manifest", "--out", str(out_file))
    assert "--force" in err and out_file.read_text() == "keep me"
    code, out, err = cli(capsys, "sample", "manifest", "--out", str(out_file), "--force")
    assert code == 0 and "replacing the file that was there" in out, err
    assert out_file.read_bytes().startswith(b"<!DOCTYPE html>")
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600


DATA_URI = re.compile(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"')


def test_the_manifest_barcodes_read_back_as_the_sample_ids_and_the_manifest_number(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = ["DNA-2026-0042", "DNA-2026-0043", "DNA-ÄÖ-7", "X" * 60]  # a Latin-1 id and a long one: QR codes
    for number, ref in enumerate(ids):
        code, _, err = cli(capsys, "sample", "add", "--case", "Op Falcon", "--item", "EV-0044", "--type", "blood",
                           "--barcode", ref, "--seal", f"S-{number}")  # fmt: skip
        assert code == 0, err
    draft = tmp_path / "draft.html"
    code, out, err = cli(capsys, "sample", "manifest", "--draft", "--out", str(draft))
    assert code == 0 and "DRAFT manifest (not shipped) of 4 sample(s)" in out, err
    assert draft.read_text("utf-8").count("DRAFT &mdash; NOT SHIPPED") == 2

    assert cli(capsys, "sample", "ship", "--manifest", "M-2026-001", *ids, "--laboratory", "Central DNA lab")[0] == 0
    first, again = tmp_path / "m1.html", tmp_path / "m2.html"
    code, out, err = cli(capsys, "sample", "manifest", "--out", str(first))  # the latest shipment
    assert code == 0 and "manifest M-2026-001 of 4 sample(s)" in out, err
    page = first.read_text("utf-8")
    assert "DRAFT" not in page
    decoded = []
    for encoded in DATA_URI.findall(page):
        tags = read_tags(base64.b64decode(encoded))  # the sandboxed reader, as a photographed tag is read
        assert len(tags) == 1
        decoded.append((tags[0].text, tags[0].format))
    assert decoded == [("M-2026-001", "Code 128"), ("DNA-2026-0042", "Code 128"), ("DNA-2026-0043", "Code 128"),
                       ("DNA-ÄÖ-7", "QR Code"), ("X" * 60, "QR Code")]  # fmt: skip
    assert page.count("<img ") == 5

    # The laboratory's receipt comes later: the manifest stays the page that left with the parcel, byte for byte.
    assert cli(capsys, "sample", "receive", "DNA-2026-0042", "--by", "Dr Haddad")[0] == 0
    assert cli(capsys, "sample", "manifest", "--manifest", "M-2026-001", "--out", str(again))[0] == 0
    assert again.read_bytes() == first.read_bytes()


def test_the_manifest_escapes_hostile_values_and_refers_to_nothing_outside_itself(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = '<script>alert("x")</script><img src=http://evil.example/x.png>'
    code, _, err = cli(capsys, "sample", "add", "--case", "C<b>", "--item", "EV-1", "--type", "saliva", "--barcode",
                       "DNA-1", "--seal", "S-1", "--location", hostile, "--packaging", "' onload='x")  # fmt: skip
    assert code == 0, err
    assert (
        cli(capsys, "sample", "ship", "--manifest", "M-1", "DNA-1", "--carrier", "<style>@import url(//e)</style>")[0]
        == 0
    )
    target = tmp_path / "m.html"
    assert cli(capsys, "sample", "manifest", "--out", str(target))[0] == 0
    page = target.read_text("utf-8")
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=http://evil.example/x.png&gt;" in page
    assert "C&lt;b&gt;" in page and "&lt;style&gt;@import url(//e)&lt;/style&gt;" in page
    lowered = page.lower()
    assert "<script" not in lowered and "javascript:" not in lowered and "<link" not in lowered
    assert lowered.count("<style>") == 1 and "@import" not in lowered.split("</style>")[0]
    assert re.findall(r'(?:src|href)="(?!data:image/png;base64,)', page) == []
    assert "url(" not in lowered.split("</style>")[0]
    assert "@page { size: A4 portrait" in page and "@media print" in page
