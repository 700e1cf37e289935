"""Identification on the device (issue 17): a print or a subject's face photo is templated right after it is stored
and searched against the watchlist; a mated print is a hit with the right reference (the capture commands' lines and
their --json), a non-mated one is none; an expired watchlist is not searched and says so; the operator's decisions
are custody-logged; a failure keeps the capture; a subject's prints are searched together (ten-print fusion).

The watchlist is put in the store directly (importing HQ's signed file is tests/unit/test_watchlist.py's), with
templates made by the real extractor from real prints (tests/prints_kit.py)."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from fieldkit import media_types
from fieldkit.biometrics import identify, matching, prints, subjects, watchlist_file
from fieldkit.biometrics.templates import Template, extract_finger
from fieldkit.cli.main import main
from fieldkit.config import IDENTIFICATION_LIMITS
from fieldkit.errors import HitNotFoundError, InvalidValueError, ReasonRequiredError
from fieldkit.models import Item
from fieldkit.store.store import Store
from fieldkit.store.watchlist import EntryRow, WatchlistInfo
from tests import prints_kit
from tests.conftest import PASSPHRASE
from tests.hostile_prints import HOSTILE, keep_print

DETAIN = "detain; do not alert the subject"
MATE, OTHER = prints_kit.fingers()


def template(data: bytes, finger: int) -> Template:
    made = extract_finger(data, ppi=500, finger=finger, what="a watchlist print")
    assert made is not None
    return made


def entry(ref: str, templates: Sequence[Template], category: str = "wanted", instructions: str = DETAIN) -> EntryRow:
    return EntryRow(
        ref, category, instructions, "", tuple((t.modality, t.algorithm, t.finger, t.data) for t in templates)
    )


def hold_watchlist(store: Store, entries: Sequence[EntryRow], *, version: int = 3,
                   valid_for: timedelta = timedelta(days=30)) -> None:  # fmt: skip
    now = store.clock()
    at = watchlist_file.format_time
    info = WatchlistInfo(version, at(now - timedelta(days=40)), at(now + valid_for), "SHA256:hq-test",
                         store.device_id, f"{version:064x}", at(now))  # fmt: skip
    with store.write():
        store.watchlist.replace(info, entries)


def wanted_for_finger_2(store: Store, **kwargs: object) -> None:
    """WL-0007 holds the mate of MATE as right index; WL-0100 another finger."""
    hold_watchlist(store, [entry("WL-0007", [template(MATE.impressions[0], 2)]),
                           entry("WL-0100", [template(OTHER.impressions[0], 2)], "informant", "collect and report")],
                   **kwargs)  # type: ignore[arg-type]  # fmt: skip


def for_cli(store: Store, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = store.folder
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    return folder


def keep(store: Store, item: Item, data: bytes, finger: int, name: str, ppi: float | None = 500) -> int:
    """A print stored as 'fingerprint add' stores it (scored; no search: the tests call what they test)."""
    record = prints.record_print(store, item, data, finger=finger, impression=2, ppi=ppi, media_type=media_types.PNG,
                                 original_name=name, source=f"file:{name}")  # fmt: skip
    return record.capture.id


def without_resolution(data: bytes) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).save(out, "PNG")  # no pHYs: the file does not say its resolution
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> str:
    (tmp_path / name).write_bytes(data)
    return str(tmp_path / name)


def add(path: str, *extra: str) -> list[str]:
    """'fingerprint add' of a right index to subject S-1."""
    return ["fingerprint", "add", path, "--subject", "S-1", "--finger", "2", "--ppi", "500", *extra]


def test_a_mated_print_captured_is_a_hit_with_the_right_reference(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    subjects.add_subject(store, "Op Falcon", "S-1")
    wanted_for_finger_2(store)
    folder = for_cli(store, monkeypatch)
    assert main(add(write(tmp_path, "mate.png", MATE.impressions[1]))) == 0
    out = capsys.readouterr().out
    (alert,) = [line for line in out.splitlines() if "WATCHLIST HIT" in line]
    assert "WL-0007 (wanted)" in alert and DETAIN in alert and "finger 2 (right index)" in alert
    assert "WL-0100" not in out
    hit_id = int(alert.split("#", 1)[1].split(":", 1)[0])
    assert f"confirm or reject: fieldkit hits confirm {hit_id} / fieldkit hits reject {hit_id} --reason" in alert

    assert main(add(write(tmp_path, "mate2.png", MATE.impressions[2]), "--json")) == 0
    (record,) = json.loads(capsys.readouterr().out)
    (hit,) = record["watchlist_hits"]
    assert hit["ref"] == "WL-0007" and hit["finger"] == 2 and hit["score"] >= IDENTIFICATION_LIMITS.finger_threshold
    assert hit["capture"] == record["capture"] and hit["decision"] is None and hit["watchlist_version"] == 3
    assert hit["category"] == "wanted" and hit["instructions"] == DETAIN and hit["fused"] is False

    with Store.open(folder, PASSPHRASE) as reopened:
        logged = [e for e in reopened.custody_events() if e.action == "watchlist.hit"]
        assert {e.details["ref"] for e in logged} == {"WL-0007"} and len(logged) >= 2
        assert all(set(e.details) == {"hit", "ref", "score", "finger", "modality", "watchlist_version"} for e in logged)
        made = [e for e in reopened.custody_events() if e.action == "capture.templates"]
        assert made and all(e.details["status"] == "ok" and e.details["count"] == 1 for e in made)  # never bytes


def test_a_non_mated_print_is_no_hit(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    subjects.add_subject(store, "Op Falcon", "S-1")
    hold_watchlist(store, [entry("WL-0007", [template(MATE.impressions[0], 2)])])
    folder = for_cli(store, monkeypatch)
    assert main(add(write(tmp_path, "other.png", OTHER.impressions[1]), "--json")) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["watchlist_hits"] == []  # said even when empty
    assert main(add(write(tmp_path, "other2.png", OTHER.impressions[2]))) == 0
    assert "WATCHLIST HIT" not in capsys.readouterr().out
    assert main(["match", "--capture", str(record["capture"]), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["watchlist_hits"] == [] and answer["runs"][str(record["capture"])]["status"] == "ok"
    with Store.open(folder, PASSPHRASE) as reopened:
        assert reopened.identification.hits() == []
        assert len(reopened.identification.templates_of(record["capture"])) == 1


def test_without_a_watchlist_or_with_an_expired_one_nothing_is_searched(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    subjects.add_subject(store, "Op Falcon", "S-1")
    folder = for_cli(store, monkeypatch)
    assert main(add(write(tmp_path, "mate.png", MATE.impressions[1]), "--json")) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["watchlist_hits"] == []
    assert main(["match", "--capture", str(record["capture"])]) == 71
    err = capsys.readouterr().err
    assert "holds no watchlist" in err and "fieldkit watchlist import FILE" in err

    with Store.open(folder, PASSPHRASE) as reopened:
        assert reopened.identification.run_of(record["capture"])[0] == "ok"  # type: ignore[index]  # made already
        wanted_for_finger_2(reopened, valid_for=-timedelta(hours=1))
    assert main(add(write(tmp_path, "mate2.png", MATE.impressions[2]), "--json")) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)[0]["watchlist_hits"] == []
    assert "expired" in captured.err and "not searched" not in captured.out
    assert main(["match", "--capture", str(record["capture"])]) == 68  # WatchlistExpiredError
    assert "expired" in capsys.readouterr().err
    assert main(["match", "--all"]) == 68
    with Store.open(folder, PASSPHRASE) as reopened:
        assert reopened.identification.hits() == []  # a mated print, but the list was no longer valid


def test_the_operator_confirms_or_rejects_each_candidate_custody_logged(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    subjects.add_subject(store, "Op Falcon", "S-1")
    wanted_for_finger_2(store)
    folder = for_cli(store, monkeypatch)
    for name, data in (("a.png", MATE.impressions[1]), ("b.png", MATE.impressions[2])):
        assert main(add(write(tmp_path, name, data))) == 0
    capsys.readouterr()
    assert main(["hits", "--open", "--json"]) == 0
    first, second = json.loads(capsys.readouterr().out)
    assert main(["hits", "reject", str(first["id"])]) == 2  # a rejection needs its reason
    assert "--reason" in capsys.readouterr().err
    assert main(["hits", "reject", str(first["id"]), "--reason", "different scar on the finger"]) == 0
    assert "rejected by alice" in capsys.readouterr().out
    assert main(["hits", "confirm", str(second["id"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["decision"] == "confirmed"
    assert main(["hits", "confirm", "999"]) == 72
    assert main(["hits", "--open", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["hits"]) == 0
    listed = capsys.readouterr().out
    assert "rejected by alice: different scar on the finger" in listed and "confirmed by alice" in listed
    with Store.open(folder, PASSPHRASE) as reopened:
        decided = [e for e in reopened.custody_events() if e.action == "watchlist.hit_decided"]
        assert [(e.details["hit"], e.details["decision"], e.details["reason"], e.operator) for e in decided] == [
            (first["uuid"], "rejected", "different scar on the finger", "alice"),
            (second["uuid"], "confirmed", "", "alice"),
        ]
        with pytest.raises(ReasonRequiredError):
            identify.decide(reopened, first["id"], "rejected", "  ")
        with pytest.raises(HitNotFoundError):
            identify.decide(reopened, 999, "confirmed")
        # searched again, a decided candidate keeps its decision
        again = identify.search(reopened, [first["capture"]])
        assert [h.decision for h in again] == ["rejected"]


def test_a_failure_keeps_the_capture_and_is_said(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    subject = subjects.add_subject(store, "Op Falcon", "S-1")
    wanted_for_finger_2(store)
    crashing = keep_print(store, subject.item, HOSTILE["crashing"], 2, "crashing.wsq")
    unknown = keep(store, subject.item, without_resolution(MATE.impressions[1]), 2, "no-ppi.png", ppi=None)
    screening = identify.screen(store, [crashing, unknown])
    assert screening.watchlist == "searched" and screening.hits == ()
    runs = {cid: store.identification.run_of(cid) for cid in (crashing, unknown)}
    assert runs[crashing][0] == "failed" and identify.NOT_TEMPLATED in runs[crashing][1]  # type: ignore[index]
    assert runs[unknown][0] == "failed" and runs[unknown][1].startswith("resolution unknown")  # type: ignore[index]
    assert identify.pending(store) == []  # not tried again at every pass...

    def out_of_memory(self: matching.Gallery, probe: object, *, limit: int | None = None) -> object:
        raise MemoryError("the gallery could not be searched")

    monkeypatch.setattr(matching.Gallery, "search", out_of_memory)
    folder = for_cli(store, monkeypatch)
    assert main(add(write(tmp_path, "mate.png", MATE.impressions[2]))) == 0
    captured = capsys.readouterr()
    assert "#" in captured.out and "WATCHLIST HIT" not in captured.out
    assert "the watchlist search failed" in captured.err and "the capture is kept" in captured.err
    monkeypatch.undo()
    monkeypatch.setenv("FIELDKIT_STORE", str(folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    with Store.open(folder, PASSPHRASE) as reopened:
        kept = reopened.captures(item="S-1", kind="fingerprint")
        assert len(kept) == 3 and [e.action for e in reopened.custody_events()].count("watchlist.search_failed") == 1
    # ...until the resolution is set: then the print is templated and searched, and hits
    assert main(["fingerprint", "set-ppi", str(unknown), "--ppi", "500", "--json"]) == 0
    corrected = json.loads(capsys.readouterr().out)
    assert [h["ref"] for h in corrected["watchlist_hits"]] == ["WL-0007"]


def test_match_subject_searches_the_print_set_together(store: Store, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    subject = subjects.add_subject(store, "Op Falcon", "S-1")
    hold_watchlist(store, [entry("WL-0042", [template(MATE.impressions[0], 2), template(OTHER.impressions[0], 3)]),
                           entry("WL-0043", [template(OTHER.impressions[0], 2)])])  # fmt: skip
    for finger, data in ((2, MATE.impressions[1]), (3, OTHER.impressions[2])):
        keep(store, subject.item, data, finger, f"fgp{finger}.png")
    for_cli(store, monkeypatch)
    assert main(["match", "--subject", "S-1", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert [t["status"] for t in answer["templates"]] == ["ok", "ok"]  # made first: they were missing
    fused = [h for h in answer["watchlist_hits"] if h["fused"]]
    singles = [h for h in answer["watchlist_hits"] if not h["fused"]]
    assert [h["ref"] for h in fused] == ["WL-0042"] and fused[0]["finger"] == 0
    assert {(h["ref"], h["finger"]) for h in singles} == {("WL-0042", 2), ("WL-0042", 3)}
    assert fused[0]["score"] > max(h["score"] for h in singles)  # both fingers counted
    assert fused[0]["score"] >= IDENTIFICATION_LIMITS.subject_threshold
    assert "WL-0043" not in {h["ref"] for h in answer["watchlist_hits"]}  # the right position only
    assert main(["match", "--subject", "S-1"]) == 0
    assert "fingers fused (the subject's prints together)" in capsys.readouterr().out


def test_analyse_and_match_all_search_what_was_held_before(store: Store, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    subjects.add_subject(store, "Op Falcon", "S-1")
    folder = for_cli(store, monkeypatch)
    # imported without analysis, before any watchlist: not templated, not searched
    assert (
        main(
            [
                "import",
                "--case",
                "Op Falcon",
                "--item",
                "S-1",
                "--kind",
                "fingerprint",
                "--finger",
                "2",
                "--ppi",
                "500",
                "--no-analyse",
                "--json",
                write(tmp_path, "mate.png", MATE.impressions[1]),
            ]
        )
        == 0
    )
    imported = json.loads(capsys.readouterr().out)
    (capture_id,) = [o["capture_id"] for o in imported["outcomes"]]
    assert imported["watchlist_hits"] == []
    assert main(["analyse", "--json"]) == 0  # templates made; no watchlist yet
    assert [t["status"] for t in json.loads(capsys.readouterr().out)["templates"]] == ["ok"]
    with Store.open(folder, PASSPHRASE) as reopened:
        wanted_for_finger_2(reopened)
        assert identify.pending(reopened) == [] and not identify.searched_through(reopened)
    assert main(["analyse", "--json"]) == 0  # a watchlist not searched through yet: everything held is searched
    (hit,) = json.loads(capsys.readouterr().out)["watchlist_hits"]
    assert hit["ref"] == "WL-0007" and hit["capture"] == capture_id
    assert main(["analyse", "--json"]) == 0  # once
    assert json.loads(capsys.readouterr().out)["watchlist_hits"] == []
    assert main(["match", "--all"]) == 0
    assert "WATCHLIST HIT" in capsys.readouterr().out
    # an import (analysed) carries its hits in its lines and its --json
    assert (
        main(
            [
                "import",
                "--case",
                "Op Falcon",
                "--item",
                "S-1",
                "--kind",
                "fingerprint",
                "--finger",
                "2",
                "--ppi",
                "500",
                write(tmp_path, "mate2.png", MATE.impressions[2]),
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out
    assert "WATCHLIST HIT" in lines and "WL-0007 (wanted)" in lines
    with Store.open(folder, PASSPHRASE) as reopened:
        searched = [e.details for e in reopened.custody_events() if e.action == "watchlist.searched"]
        assert [(d["version"], d["hits"]) for d in searched] == [(3, 1), (3, 1)]  # analyse once, then match --all


def test_the_gallery_is_built_once_per_watchlist_version(store: Store) -> None:
    subject = subjects.add_subject(store, "Op Falcon", "S-1")
    wanted_for_finger_2(store)
    capture_id = keep(store, subject.item, MATE.impressions[1], 2, "mate.png")
    first = identify.search(store, [capture_id])
    held = identify.loaded(store)
    assert held.version == 3 and held.templates == 2 and len(held.gallery) == 2
    assert identify.search(store, [capture_id]) == first and identify.loaded(store) is held  # kept, not rebuilt
    wanted_for_finger_2(store, version=4)
    (hit,) = identify.search(store, [capture_id])
    assert identify.loaded(store) is not held and identify.loaded(store).version == 4
    assert hit.id == first[0].id and hit.watchlist_version == 3  # the same candidate: recorded once, kept
    small = replace(IDENTIFICATION_LIMITS, max_kept_gallery_bytes=1)
    identify.search(store, [capture_id], limits=small)
    assert store not in identify._GALLERIES  # too large to keep between searches


def test_watchlist_import_searches_what_the_device_already_held(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A print captured before HQ's list arrived is flagged the moment the list is imported (CLI line and --json)."""
    from fieldkit.hq import watchlist  # lazy: the HQ side of this one test
    from fieldkit.hq.trust import HQ  # lazy: as above
    from tests.watchlist_kit import provision, sources  # lazy: as above

    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    provision(hq, store)
    subject = subjects.add_subject(store, "Op Falcon", "S-1")
    held = keep(store, subject.item, MATE.impressions[1], 2, "r_index.png")
    device = store.device_id
    with hq.database() as db:
        watchlist.migrate(db)
        watchlist.add(hq, db, "WL-0007", sources(template(MATE.impressions[0], 2)), by="examiner", category="wanted",
                      instructions="detain")  # fmt: skip
        watchlist.add(hq, db, "WL-0100", sources(template(OTHER.impressions[0], 2)), by="examiner")
        watchlist.export(hq, db, tmp_path / "wl1.age", by="examiner", device=device)
        watchlist.add(hq, db, "WL-0200", sources(template(OTHER.impressions[1], 2)), by="examiner")
        watchlist.export(hq, db, tmp_path / "wl2.age", by="examiner", device=device)
        watchlist.remove(db, "WL-0007", by="examiner", reason="arrested")
        watchlist.export(hq, db, tmp_path / "wl3.age", by="examiner", device=device)
    for_cli(store, monkeypatch)
    assert main(["watchlist", "import", str(tmp_path / "wl1.age")]) == 0
    out = capsys.readouterr().out
    assert "Searched the prints and face photos already held against it: 1 new hit" in out
    assert "WATCHLIST HIT #" in out and "WL-0007" in out and f"capture #{held}" in out and "WL-0100" not in out
    assert main(["watchlist", "import", "--json", str(tmp_path / "wl2.age")]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["watchlist_hits"] == []  # still open from the first list: said then, listed by 'fieldkit hits'
    assert main(["hits", "--open", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(h["ref"], h["finger"], h["capture"], h["on_watchlist"]) for h in listed] == [("WL-0007", 2, held, True)]
    # HQ takes WL-0007 off: the open hit stays for the operator to decide, marked, and the import says so.
    assert main(["watchlist", "import", str(tmp_path / "wl3.age")]) == 0
    assert "1 open hit(s) name references this list no longer holds (WL-0007)" in capsys.readouterr().out
    assert main(["hits", "--open"]) == 0
    assert "WL-0007 (NO LONGER ON THE WATCHLIST" in capsys.readouterr().out


def test_a_person_item_without_a_subject_record_is_searched(store: Store, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """Photos and prints filed under an item of category 'person' are searched whether or not a subject record was
    made for it (the window's New item > Person); another item's photo is not a face to search."""
    from fieldkit.biometrics import faces  # lazy: dlib loads only for this test

    faces_dir = Path(__file__).parents[1] / "assets" / "faces"
    enrolled = faces.extract_faces((faces_dir / "obama-1.jpg").read_bytes(), what="a watchlist photo")
    hold_watchlist(store, [entry("WL-0007", [template(MATE.impressions[0], 2)]), entry("WL-0009", enrolled)])
    person = store.ensure_item(store.ensure_case("Op Falcon"), "EV-0003", "person")
    document = store.ensure_item(store.ensure_case("Op Falcon"), "EV-0004", "document")
    assert subjects.subject_of_item(store, person) is None and subjects.is_person(store, person)
    for item in (person, document):
        store.originals.add_original(item, (faces_dir / "obama-2.jpg").read_bytes(), original_name=f"{item.tag}.jpg",
                                     kind="photo", media_type=media_types.JPEG, source="file", metadata={})  # fmt: skip
    on_person = keep(store, person, MATE.impressions[1], 2, "mate.png")
    photo_ids = [cid for cid, _ in store.originals.of_kind("photo")]
    assert [identify.modality_of(store, store.capture(cid)) for cid in photo_ids] == ["face", None]
    assert identify.searchable(store) == sorted([photo_ids[0], on_person])
    for_cli(store, monkeypatch)
    assert main(["match", "--all", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["watchlist_hits"]
    assert {(h["ref"], h["modality"], h["capture"]) for h in found} == {("WL-0009", "face", photo_ids[0]),
                                                                        ("WL-0007", "finger", on_person)}  # fmt: skip


def test_a_person_item_gets_one_subject_record(store: Store) -> None:
    """The record a person item's prints need is made on it (custody-logged), never as a second item."""
    case = store.ensure_case("Op Falcon")
    person = store.ensure_item(case, "EV-0003", "person")
    made = subjects.ensure_subject(store, person)
    assert made.item.id == person.id and subjects.ensure_subject(store, person).uuid == made.uuid
    (logged,) = [e for e in store.custody_events() if e.action == "subject.created"]
    assert logged.details == {"item": person.uuid, "reference": "EV-0003", "implicit": True}
    other = store.ensure_item(case, "EV-0005", "person")
    named = subjects.add_subject(store, "Op Falcon", "EV-0005", claimed_name="Abu Test")
    assert named.item.id == other.id and named.claimed_name == "Abu Test"  # the person item, not a new one
    with pytest.raises(InvalidValueError, match="not a person"):
        subjects.ensure_subject(store, store.ensure_item(case, "EV-0006", "document"))
    with pytest.raises(InvalidValueError, match="already an evidence item"):
        subjects.add_subject(store, "Op Falcon", "EV-0006")
    assert [i.tag for i in store.items(case)] == ["EV-0003", "EV-0005", "EV-0006"]


def test_match_tries_a_failed_template_run_again(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """A face photo whose run failed once (a sandbox killed under load says "the decoder cannot read it") is made
    again when the operator asks for it with `match --capture`, and searched; the background pass does not retry
    such a failure by itself."""
    from fieldkit.biometrics import faces  # lazy: dlib loads only for this test

    faces_dir = Path(__file__).parents[1] / "assets" / "faces"
    enrolled = faces.extract_faces((faces_dir / "obama-1.jpg").read_bytes(), what="a watchlist photo")
    hold_watchlist(store, [entry("WL-0009", enrolled)])
    person = store.ensure_item(store.ensure_case("Op Falcon"), "EV-0003", "person")
    photo = (faces_dir / "obama-2.jpg").read_bytes()
    capture_id, _ = store.originals.add_original(person, photo, original_name="p.jpg", kind="photo",
                                                 media_type=media_types.JPEG, source="file", metadata={})  # fmt: skip
    store.identification.save_templates(capture_id, [], status="failed", reason="the decoder cannot read it",
                                        version=identify.algorithm_version())  # fmt: skip
    assert not identify.needs_run(store, capture_id) and identify.needs_run(store, capture_id, retry_failed=True)
    for_cli(store, monkeypatch)
    assert main(["match", "--capture", str(capture_id), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert [(h["ref"], h["modality"]) for h in answer["watchlist_hits"]] == [("WL-0009", "face")]
