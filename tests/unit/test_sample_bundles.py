"""Physical samples in bundles and at HQ (issue 19): a sample recorded, handed over and shipped travels with its
custody steps and its shipment's manifest; the verifier checks the steps against the signed custody log and the
manifest against its hash; HQ keeps the latest version and lists it (`hq samples`); the laboratory's result entered at
HQ is exported as ANSI/NIST-ITL Type-18 and read back by nistitl."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nistitl
import pytest

from fieldkit.biometrics import dna
from fieldkit.bundle import age
from fieldkit.bundle.manifest import SAMPLE_STEP_ACTIONS, SampleRecord
from fieldkit.bundle.verify import check_bundle
from fieldkit.cli import app as cli
from fieldkit.config import TEST_KDF, Limits
from fieldkit.core import samples
from fieldkit.errors import StrProfileError
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store.samples import SampleRow
from fieldkit.store.store import Store
from tests.bundle_kit import Draft, pack, seal
from tests.conftest import PASSPHRASE
from tests.hq_backends import hq_ingest, new_hq

PROFILE_CSV = (
    b"locus,allele 1,allele 2\n# from the lab's report\nD3S1358,15,16\nvWA,17,18\nTHO1,9.3,9\nAmelogenin,X,Y\n"
)


class Device:
    def __init__(self, tmp_path: Path, hq: HQ) -> None:
        self.store = Store.init(tmp_path / "device", "alice", PASSPHRASE, kdf=TEST_KDF,
                                limits=Limits(import_workers=1))  # fmt: skip
        hq.enroll(self.store.device_allowed_signers_line())
        ledger.add_recipient(self.store, hq.recipients()[0])
        self.out = tmp_path / "out"
        self.out.mkdir()

    def shipped_sample(self, ref: str = "DNA-000123", manifest: str = "M-2026-001") -> SampleRow:
        """A touch sample from a rifle: collected, sealed, handed over to a sergeant, shipped under a manifest."""
        item = self.store.ensure_item(self.store.ensure_case("OP-1"), "EV-0001", "weapon")
        sample = samples.add(self.store, item, ref=ref, sample_type="touch", location="pistol grip, left side",
                             storage="cooled 4 °C")  # fmt: skip
        sample = samples.seal(self.store, sample, seal_number="S-77", packaging="paper envelope")
        sample = samples.hand_over(self.store, sample, to="Sgt Karim", rank="Sergeant")
        samples.ship(self.store, [sample], manifest=manifest, laboratory="Central DNA lab", carrier="DHL")
        return samples.find(self.store, ref)

    def bundle(self) -> Path:
        (made,) = compose.create_bundles(self.store, self.out)
        return made.path


def _device_steps(store: Store, sample: SampleRow) -> list[dict[str, Any]]:
    return [{"seq": s.seq, "at": s.at, "operator": s.operator, "action": s.action, "details": s.details}
            for s in samples.steps(store, samples.find(store, sample.ref))]  # fmt: skip


def _hq_json(capsys: pytest.CaptureFixture[str], hq: HQ, *args: str) -> Any:
    capsys.readouterr()
    assert cli.main(["hq", *args[:1], "--dir", str(hq.folder), *args[1:], "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_format_names_the_actions_the_core_logs() -> None:
    assert SAMPLE_STEP_ACTIONS == samples.SAMPLE_ACTIONS


def test_a_shipped_sample_is_bundled_verified_and_listed_at_hq_with_the_same_custody(
    tmp_path: Path, hq_backend: str, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = new_hq(tmp_path / "HQ", hq_backend)
    device = Device(tmp_path, hq)
    sample = device.shipped_sample()
    steps = _device_steps(device.store, sample)
    assert [s["action"] for s in steps] == ["sample.collected", "sample.sealed", "sample.handed_over",
                                            "sample.shipped"]  # fmt: skip
    path = device.bundle()

    report = check_bundle(path, hq.trust())
    assert report.ok, report.message
    (carried,) = report.samples.values()
    assert [s.to_json() for s in carried.steps] == steps
    assert (carried.state, carried.holder, carried.manifest, carried.seal) == ("shipped", "DHL", "M-2026-001", "S-77")
    (shipment,) = report.shipments.values()
    assert shipment.samples == (sample.uuid,) and shipment.document == f"data/manifests/{shipment.uuid}.html"
    assert any(c.name == "samples" and "4 custody step(s) match" in c.detail for c in report.checks)

    assert hq_ingest(hq, str(path)) == 0
    listed = _hq_json(capsys, hq, "samples")
    (held,) = listed["samples"]
    assert [{k: s[k] for k in ("seq", "at", "operator", "action", "details")} for s in held["steps"]] == steps
    assert (held["ref"], held["case_name"], held["item_tag"], held["state_at_hq"], held["holder_at_hq"]) == (
        "DNA-000123", "OP-1", "EV-0001", "shipped", "DHL")  # fmt: skip
    assert held["device_id"] == device.store.device_id and held["bundle"] == 1
    (held_shipment,) = listed["shipments"]
    assert held_shipment["manifest"] == "M-2026-001" and held_shipment["document_sha256"] == shipment.document_sha256
    assert _hq_json(capsys, hq, "samples", "--case", "OP-2")["samples"] == []
    assert [s["ref"] for s in _hq_json(capsys, hq, "samples", "--item", "EV-0001")["samples"]] == ["DNA-000123"]
    assert _hq_json(capsys, hq, "samples", "show", "DNA-000123")["uuid"] == sample.uuid

    # Changed after it was bundled (the laboratory's receipt reported back to the device): it travels again, whole,
    # and HQ shows the latest version with every step.
    samples.receive(device.store, samples.find(device.store, sample.ref), by="Dr Haddad", laboratory_ref="L-9")
    (made,) = compose.create_bundles(device.store, device.out)
    assert (made.capture_count, made.sample_count, made.shipment_count) == (0, 1, 0)  # said on bundle create's line
    again = check_bundle(made.path, hq.trust())
    version = samples.find(device.store, "DNA-000123").version
    assert again.ok and [s.version for s in again.samples.values()] == [version]
    assert again.shipments == {}  # the shipment did not change: it does not travel again
    assert hq_ingest(hq, again.path) == 0
    (latest,) = _hq_json(capsys, hq, "samples")["samples"]
    assert (latest["state"], latest["holder"], latest["bundle"]) == ("received", "Dr Haddad", 2)
    assert [s["action"] for s in latest["steps"]][-1] == "sample.received"
    assert [s["seq"] for s in latest["steps"]] == [s["seq"] for s in _device_steps(device.store, sample)]
    assert compose.create_bundles(device.store, device.out) == []  # nothing changed since: nothing travels
    capsys.readouterr()
    assert cli.main(["hq", "samples", "--dir", str(hq.folder)]) == 0
    said = capsys.readouterr().out
    assert "OP-1 / EV-0001" in said and "DNA-000123" in said and "received by Dr Haddad" in said
    device.store.close()


def test_a_remade_bundles_samples_travel_again(tmp_path: Path) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    device = Device(tmp_path, hq)
    device.shipped_sample()
    first = device.bundle()
    compose.remake(device.store, 1, "file damaged, no intact copy")
    first.unlink()
    report = check_bundle(device.bundle(), hq.trust())
    assert report.ok and [s.ref for s in report.samples.values()] == ["DNA-000123"] and len(report.shipments) == 1
    device.store.close()


# --- refused -----------------------------------------------------------------------------------------------------


def _resigned(device: Device, hq: HQ, path: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """The bundle at ``path`` opened, its payload edited, and signed again with the device's own key: what a
    device (or whoever holds its key) could send; only the cross-checks can tell."""
    reader = age.AgeReader(io.BytesIO(path.read_bytes()), hq.identities())
    plain = reader.read()
    reader.finish()
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = {m.name.partition("/")[2]: tar.extractfile(m).read() for m in tar if m.isfile()}  # type: ignore[union-attr]
    info = json.loads(members["fieldkit.json"])
    payload = {name: data for name, data in members.items() if name.startswith("data/")}
    edit(payload)
    draft = Draft(device_id=info["device_id"], key=device.store.device_signing_key(), sequence=info["sequence"],
                  previous=info["previous_tagmanifest_sha256"], payload=payload,
                  info_overrides={"custody": info["custody"], "counts": info["counts"],
                                  "bundle_id": info["bundle_id"]})  # fmt: skip
    target = path.with_name("resigned-" + path.name)
    target.write_bytes(seal(pack(draft), hq.recipients()))
    return target


def _edit_sample(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, bytes]], None]:
    def edit(payload: dict[str, bytes]) -> None:
        (name,) = [n for n in payload if n.startswith(SampleRecord.FOLDER)]
        record = json.loads(payload[name])
        change(record)
        payload[name] = json.dumps(record).encode()

    return edit


def _handed_to_someone_else(record: dict[str, Any]) -> None:
    step = next(s for s in record["steps"] if s["action"] == "sample.handed_over")
    step["details"]["to"] = "Pte Nobody"


def _manifest_gone(payload: dict[str, bytes]) -> None:
    del payload[next(n for n in payload if n.startswith("data/manifests/"))]


def _manifest_changed(payload: dict[str, bytes]) -> None:
    name = next(n for n in payload if n.startswith("data/manifests/"))
    payload[name] = payload[name].replace(b"S-77", b"S-78")


@pytest.mark.parametrize(("edit", "reason", "said"), [
    (_edit_sample(_handed_to_someone_else), "sample-custody", "(sample.handed_over) is not the custody entry"),
    (_edit_sample(lambda r: r["steps"][0].update(action="sample.sealed")), "sample-custody", "is not the custody"),
    (_edit_sample(lambda r: r["steps"].append({**r["steps"][-1], "seq": 10_000})), "sample-custody", "beyond the"),
    (_manifest_gone, "shipment-manifest", "is not in the bundle"),
    (_manifest_changed, "shipment-manifest", "SHA-256 differs"),
    (_edit_sample(lambda r: r.update(state="lost")), "record", "no valid state"),
])  # fmt: skip
def test_a_sample_record_that_disagrees_with_the_signed_bundle_is_refused(
    tmp_path: Path, edit: Callable[[dict[str, bytes]], None], reason: str, said: str
) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    device = Device(tmp_path, hq)
    device.shipped_sample()
    path = device.bundle()
    assert check_bundle(_resigned(device, hq, path, lambda payload: None), hq.trust()).ok  # the helper alone: fine
    report = check_bundle(_resigned(device, hq, path, edit), hq.trust())
    assert (report.ok, report.reason) == (False, reason), report.message
    assert said in report.message
    device.store.close()


# --- laboratory results at HQ and the Type-18 export --------------------------------------------------------------


def test_profiles_are_checked_against_the_standard_loci() -> None:
    calls = dna.parse_profile_csv(PROFILE_CSV)
    assert [(c.locus, c.alleles) for c in calls] == [("D3S1358", ("15", "16")), ("vWA", ("17", "18")),
                                                     ("TH01", ("9.3", "9")), ("AMEL", ("X", "Y"))]  # fmt: skip
    assert set(dna.EUROPEAN_STANDARD_SET) <= set(dna.CODIS_CORE_20) and len(dna.STANDARD_LOCI) == 21
    with pytest.raises(StrProfileError, match="not a locus fieldkit knows: give one of CSF1PO, FGA, TH01"):
        dna.parse_locus_options(["D99S1=12,13"])
    with pytest.raises(StrProfileError, match=r"line 2: '9\.7' is not an allele of TH01"):
        dna.parse_profile_csv(b"D3S1358,15\nTH01,9.7\n")
    for bad in (["vWA=X,Y"], ["AMEL=12"], ["D3S1358=15", "d3s1358=16"], ["FGA=1,2,3,4"], ["FGA"]):
        with pytest.raises(StrProfileError):
            dna.parse_locus_options(bad)


def test_a_result_entered_at_hq_is_exported_as_type18_and_read_back_by_nistitl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    device = Device(tmp_path, hq)
    sample = device.shipped_sample()
    assert hq_ingest(hq, str(device.bundle())) == 0
    folder = str(hq.folder)
    (tmp_path / "profile.csv").write_bytes(PROFILE_CSV)
    capsys.readouterr()
    assert cli.main(["hq", "sample", "result", "--dir", folder, "DNA-000123", "--lab-ref", "LAB-2026-77",
                     "--locus", "D99S1=1,2"]) == 97  # fmt: skip
    assert "CSF1PO, FGA, TH01, TPOX, vWA" in capsys.readouterr().err
    assert cli.main(["hq", "export-dna", "--dir", folder, "DNA-000123", "--out", str(tmp_path / "x.an2")]) == 98
    assert cli.main(["hq", "sample", "receive", "--dir", folder, sample.uuid[:8], "--by", "Dr Haddad"]) == 0
    assert cli.main(["hq", "sample", "result", "--dir", folder, "DNA-000123", "--lab-ref", "LAB-2026-77",
                     "--profile", str(tmp_path / "profile.csv")]) == 0  # fmt: skip
    shown = _hq_json(capsys, hq, "samples", "show", "DNA-000123")
    assert (shown["state_at_hq"], shown["holder_at_hq"]) == ("received", "Dr Haddad")
    assert [e["kind"] for e in shown["lab"]] == ["receipt", "result"] and shown["lab"][0]["entered_by"]
    assert shown["result"]["lab_ref"] == "LAB-2026-77" and len(shown["result"]["profile"]) == 4

    out = tmp_path / "DNA-000123.an2"
    assert cli.main(["hq", "export-dna", "--dir", folder, "DNA-000123", "--out", str(out), "--ori", "TFN00001",
                     "--dai", "LAB01"]) == 0  # fmt: skip
    assert out.stat().st_mode & 0o777 == 0o600
    message = nistitl.Message()
    message.parse(out.read_bytes())
    records = list(message)
    assert [r.type for r in records] == [1, 2, 18]
    header, type2, type18 = ({f.tag: f.value for f in r._fields} for r in records)
    assert (header[4], header[7], header[8], header[11]) == ("DNA", "LAB01", "TFN00001", "00.00")
    assert header[3] == [["1", "2"], ["2", "0"], ["18", "1"]] and 13 not in header  # no INT-I domain claimed
    assert str(type2[2]) == "0" and str(type18[2]) == "1" and str(type18[992]) == "0"  # T2C: the item's Type-2
    assert type18[4] == "TFN00001" and type18[13] == shown["collected_at"][:10].replace("-", "")
    assert type18[3][0][3] == "Central DNA lab"  # DLS's NOO: the laboratory it was shipped to
    assert type18[15][0][2] == "LAB-2026-77"  # DPD's PRF: the lab's reference
    assert type18[16] == [["0", "D3S1358", "15", "16"], ["0", "vWA", "17", "18"], ["0", "TH01", "9.3", "9"],
                          ["0", "AMEL", "X", "Y"]]  # fmt: skip
    assert type18[6] == [["3", "M"]] and str(type18[10]) == "9"  # donor unknown, male by amelogenin; touch: other
    assert "DNA-000123" in type18[22] and "item EV-0001" in type18[22]
    assert hashlib.sha256(out.read_bytes()).hexdigest()  # written whole
    assert cli.main(["hq", "export-dna", "--dir", folder, "DNA-000123", "--out", str(out)]) == 26  # never overwritten
    device.store.close()


def test_the_html_report_has_a_samples_section(tmp_path: Path) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    device = Device(tmp_path, hq)
    device.shipped_sample(ref="DNA-<b>1</b>")
    path = device.bundle()
    page = tmp_path / "report.html"
    assert cli.main(["verify", "--hq", str(hq.folder), str(path), "--report", str(page)]) == 0
    text = page.read_text("utf-8")
    assert "<h2>Samples</h2>" in text and "DNA-&lt;b&gt;1&lt;/b&gt;" in text and "<b>1</b>" not in text
    assert "<td>shipped</td><td>DHL</td>" in text and "M-2026-001" in text
    assert "handed over from" in text and "shipped under manifest M-2026-001" in text  # the custody words
    french = tmp_path / "rapport.html"
    assert cli.main(["verify", "--hq", str(hq.folder), str(path), "--report", str(french), "--lang", "fr"]) == 0
    text = french.read_text("utf-8")
    assert "<h2>Échantillons</h2>" in text and "expédié sous le bordereau M-2026-001" in text
    assert "journal de garde <code>custody</code>" in text  # the checks named in French, with their codes
    assert "DNA-&lt;b&gt;1&lt;/b&gt;" in text and "<b>1</b>" not in text
    device.store.close()
