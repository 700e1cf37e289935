"""The device's watchlist gallery, loaded fast (issue 17): each finger template's pre-filter vector is computed once
at import and stored with it (schema v12); the gallery is built in bulk from the stored bytes (Gallery.add_many,
gallery_load.Loader) and gives the same candidates and scores as templates added one by one; a watchlist imported by
an older fieldkit (no vectors) still loads and has its vectors written back; the gallery is kept between searches
and replaced by a new watchlist version."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from fieldkit.biometrics import identify, matching, prefilter, subjects, watchlist_file
from fieldkit.biometrics.matching import STORED_VECTOR_BYTES, STORED_VECTOR_TAG, Candidate, Gallery
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template
from fieldkit.config import IDENTIFICATION_LIMITS
from fieldkit.errors import InvalidValueError
from fieldkit.hq.trust import HQ
from fieldkit.store import db
from fieldkit.store.store import Store
from fieldkit.store.watchlist import EntryRow, WatchlistInfo
from tests.conftest import PASSPHRASE, ROOT
from tests.unit.test_identify import MATE, keep, template, wanted_for_finger_2
from tests.watchlist_kit import export, face, finger, populate, provision

ASSETS = ROOT / "tests" / "assets" / "identification"
REAL = {path.stem: path.read_bytes() for path in sorted(ASSETS.glob("*.fkm1"))}


PINNED = "55b566734effafbf"  # sha256 of the counts pair_feature gave for p1_1.fkm1 (schema v12)


def real(name: str, position: int) -> Template:
    return Template("finger", FINGER_ALGORITHM, REAL[name], position)


def real_entries() -> list[tuple[str, list[Template]]]:
    """Entries of real-print templates (the second impressions are the probes) among synthetic ones."""
    entries = [(f"SYN-{n}", [finger(100 + 10 * n + p, p) for p in (1, 2, 3)]) for n in range(8)]
    entries.insert(2, ("REAL-A", [real("p1_1", 1), real("101_1", 2), real("102_1", 3)]))
    entries.insert(6, ("REAL-B", [real("p2_1", 1), finger(7, 2)]))
    entries.append(("FACE-ONLY", [face(5)]))
    entries.append(("UNKNOWN-POSITION", [real("102_1", 0)]))
    return entries


def bulk(entries: list[tuple[str, list[Template]]], gallery: Gallery) -> None:
    """``entries`` added with add_many from stored bytes, as the device's load does."""
    fingers = [(i, t) for i, (_, templates) in enumerate(entries) for t in templates if t.modality == "finger"]
    gallery.add_many(
        [key for key, _ in entries],
        entry=np.array([i for i, _ in fingers], dtype=np.int64),
        position=np.array([t.finger for _, t in fingers]),
        data=b"".join(t.data for _, t in fingers),
        lengths=np.array([len(t.data) for _, t in fingers]),
        vectors=b"".join(Gallery.stored_vector(t) for _, t in fingers),
        faces=[(i, t) for i, (_, templates) in enumerate(entries) for t in templates if t.modality == "face"],
    )


def probes() -> list[list[Template]]:
    return [[real("p1_2", 1)], [real("101_2", 2)], [real("p1_2", 1), real("101_2", 2), real("102_2", 3)],
            [real("102_2", 0)], [finger(7, 2)]]  # fmt: skip


def searched(gallery: Gallery) -> list[list[Candidate]]:
    return [gallery.search(probe) for probe in probes()]


def test_a_stored_vector_gives_back_the_pre_filter_vector_bit_for_bit() -> None:
    for name, data in REAL.items():
        rows, _, _ = matching._finger_rows(Template("finger", FINGER_ALGORITHM, data, 1))
        stored = Gallery.stored_vector(Template("finger", FINGER_ALGORITHM, data, 1))
        assert len(stored) == STORED_VECTOR_BYTES, name
        assert stored.startswith(STORED_VECTOR_TAG)
        counts = np.frombuffer(stored[len(STORED_VECTOR_TAG) :], dtype="<u2")
        assert np.array_equal(matching._SQRT_COUNTS[counts], prefilter.pair_feature(rows)), name
        assert counts.sum() > 0, name
    with pytest.raises(InvalidValueError):
        Gallery.stored_vector(face(1))


def test_the_stored_vectors_definition_is_pinned() -> None:
    """pair_feature's output on a real template, pinned: when this fails, pair_feature changed, and
    STORED_VECTOR_TAG must change with it (or every device would rank with vectors of the old definition)."""
    stored = Gallery.stored_vector(real("p1_1", 1))
    assert (STORED_VECTOR_TAG, hashlib.sha256(stored[len(STORED_VECTOR_TAG) :]).hexdigest()[:16]) == (
        b"PF1:", PINNED)  # fmt: skip


@pytest.mark.parametrize("shortlist", [False, True])
def test_the_bulk_gallery_finds_what_adding_one_by_one_finds(shortlist: bool) -> None:
    """Same candidates, scores and finger pairs, whether all entries are compared or only the pre-filter's best."""
    limits = dataclasses.replace(IDENTIFICATION_LIMITS, rerank_comparisons=3, min_shortlist=2) if shortlist else (
        IDENTIFICATION_LIMITS)  # fmt: skip
    entries = real_entries()
    one_by_one, in_bulk = Gallery(limits), Gallery(limits)
    for key, templates in entries:
        one_by_one.add(key, templates)
    bulk(entries, in_bulk)
    assert (len(in_bulk), in_bulk.finger_templates) == (len(one_by_one), one_by_one.finger_templates) == (12, 30)
    expected = searched(one_by_one)
    assert searched(in_bulk) == expected
    assert expected[2][0].key == "REAL-A" and len(expected[2][0].fingers) == 3  # the real mates are found
    assert expected[0][0].key == "REAL-A" and expected[3][0].key in ("REAL-A", "UNKNOWN-POSITION")
    for position, block in one_by_one._blocks.items():  # the very same arrays
        other = in_bulk._blocks[position]
        assert np.array_equal(block.raw, other.raw) and np.array_equal(block.templates, other.templates)
    assert np.array_equal(one_by_one._minutiae, in_bulk._minutiae) and one_by_one._entry_start == in_bulk._entry_start
    assert in_bulk.memory_bytes() == one_by_one.memory_bytes()


def test_bulk_and_single_adds_mix_in_order() -> None:
    entries = real_entries()
    mixed, reference = Gallery(), Gallery()
    for key, templates in entries:
        reference.add(key, templates)
    for key, templates in entries[:3]:
        mixed.add(key, templates)
    bulk(entries[3:7], mixed)
    mixed.search(probes()[0])  # folded, then more added
    for key, templates in entries[7:9]:
        mixed.add(key, templates)
    bulk(entries[9:], mixed)
    assert mixed._keys == reference._keys and mixed._entry_start == reference._entry_start
    assert searched(mixed) == searched(reference)


def test_bulk_add_refuses_malformed_templates_and_adds_nothing() -> None:
    good = real("p1_1", 1)
    bad_minutia = bytearray(good.data)
    bad_minutia[12:14] = (60000).to_bytes(2, "big")  # x outside the image
    cases = {
        "truncated": good.data[:-3],
        "magic": b"FKM2" + good.data[4:],
        "outside": bytes(bad_minutia),
        "count": good.data[:10] + (300).to_bytes(2, "big") + good.data[12:],
    }
    for name, data in cases.items():
        gallery = Gallery()
        with pytest.raises(InvalidValueError):
            gallery.add_many(["A", "B"], entry=np.array([0, 1]), position=np.array([1, 1]), data=good.data + data,
                             lengths=np.array([len(good.data), len(data)]),
                             vectors=Gallery.stored_vector(good) * 2)  # fmt: skip
        assert (len(gallery), gallery.finger_templates) == (0, 0), name
    gallery = Gallery()
    with pytest.raises(InvalidValueError):  # a vector missing
        gallery.add_many(["A"], entry=np.array([0]), position=np.array([1]), data=good.data,
                         lengths=np.array([len(good.data)]), vectors=b"")  # fmt: skip
    with pytest.raises(InvalidValueError):  # not in entry order
        gallery.add_many(["A", "B"], entry=np.array([1, 0]), position=np.array([1, 1]), data=good.data * 2,
                         lengths=np.array([len(good.data)] * 2), vectors=Gallery.stored_vector(good) * 2)  # fmt: skip
    with pytest.raises(InvalidValueError):  # not a finger position
        gallery.add_many(["A"], entry=np.array([0]), position=np.array([20]), data=good.data,
                         lengths=np.array([len(good.data)]), vectors=Gallery.stored_vector(good))  # fmt: skip
    assert len(gallery) == 0


# --- on the device --------------------------------------------------------------------------------------------


def stored(store: Store) -> list[tuple[str, int, bytes, bytes | None]]:
    return [(r[2], r[4], r[5], r[6]) for rows in store.watchlist.gallery_batches(7) for r in rows]


def test_an_imported_watchlist_stores_each_finger_templates_vector(tmp_path: Path, store: Store) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    provision(hq, store)
    populate(hq)
    export(hq, tmp_path / "wl.age", store.device_id)
    watchlist_file.import_file(store, tmp_path / "wl.age")
    rows = stored(store)
    expected = [finger(1, 2), finger(2, 7), face(3), finger(4, 1)]
    assert [(m, f, d) for m, f, d, _ in rows] == [(t.modality, t.finger, t.data) for t in expected]
    assert [p for *_, p in rows] == [Gallery.stored_vector(t) if t.modality == "finger" else None for t in expected]
    assert store.watchlist.missing_prefilters(STORED_VECTOR_TAG) == 0
    held = identify.loaded(store)
    assert (held.templates, held.skipped, held.gallery.finger_templates, len(held.gallery)) == (4, 0, 3, 2)
    assert sorted(ref for ref, _, _ in held.entries.values()) == ["WL-0001", "WL-0002"]


def hold(store: Store, entries: list[tuple[str, list[Template]]], *, vectors: bool, version: int = 3) -> None:
    """The entries held as a watchlist, with their vectors (as an import now stores them) or without (as a
    fieldkit before schema v12 did)."""
    now = store.clock()
    at = watchlist_file.format_time
    info = WatchlistInfo(version, at(now - timedelta(days=1)), at(now + timedelta(days=30)), "SHA256:hq-test",
                         store.device_id, f"{version:064x}", at(now))  # fmt: skip
    rows = [EntryRow(key, "wanted", "detain", "", tuple((t.modality, t.algorithm, t.finger, t.data) for t in ts),
                     tuple(watchlist_file.stored_vector(t) for t in ts) if vectors else ())
            for key, ts in entries]  # fmt: skip
    with store.write():
        store.watchlist.replace(info, rows)


def test_the_loaded_gallery_matches_the_one_added_one_by_one(store: Store) -> None:
    entries = real_entries()
    hold(store, entries, vectors=True)
    held = identify.loaded(store, limits=dataclasses.replace(IDENTIFICATION_LIMITS, gallery_load_batch=4))
    reference = Gallery()
    for number, (_, templates) in enumerate(entries):
        reference.add(str(number), templates)
    assert held.templates == sum(len(ts) for _, ts in entries) and held.skipped == 0
    assert held.entries["2"] == ("REAL-A", "wanted", "detain")
    assert searched(held.gallery) == searched(reference)


def test_a_watchlist_imported_without_vectors_loads_and_gets_them_written_back(store: Store, store_dir: Path) -> None:
    """As a watchlist imported by the fieldkit before schema v12: the store is migrated (the column appears, empty),
    the first load computes the vectors, finds what the bulk path finds, and stores them for the next load."""
    entries = real_entries()
    hold(store, entries, vectors=False)
    store._conn.executescript(
        "DROP TABLE sample_captures; DROP TABLE samples; DROP TABLE shipments;"
        " ALTER TABLE watchlist_templates DROP COLUMN prefilter; PRAGMA user_version = 11;"
    )  # as version 11 left it
    store.close()
    with Store.open(store_dir, PASSPHRASE) as again:
        assert db.one_row(again._conn.execute("PRAGMA user_version"))[0] == db.SCHEMA_VERSION
        assert again.watchlist.missing_prefilters(STORED_VECTOR_TAG) == 30
        old = identify.loaded(again)
        assert again.watchlist.missing_prefilters(STORED_VECTOR_TAG) == 0
        assert [p for m, _, _, p in stored(again) if m == "finger"] == [
            Gallery.stored_vector(t) for _, ts in entries for t in ts if t.modality == "finger"]  # fmt: skip
        identify.release(again)
        new = identify.loaded(again)  # now from the stored vectors
        assert new is not old and searched(new.gallery) == searched(old.gallery)
        assert (new.templates, new.entries) == (old.templates, old.entries)


def test_vectors_of_another_definition_are_computed_again_and_written_back(store: Store) -> None:
    entries = real_entries()
    hold(store, entries, vectors=True)
    with store.write():  # as a fieldkit with another pre-filter definition stored them
        store._conn.execute("UPDATE watchlist_templates SET prefilter ="
                            " CAST(X'50463021' || substr(prefilter, 5) AS BLOB) WHERE modality = 'finger'")  # fmt: skip
    assert store.watchlist.missing_prefilters(STORED_VECTOR_TAG) == 30
    gallery = Gallery()
    with pytest.raises(InvalidValueError):  # add_many itself refuses them
        stale = [r for rows in store.watchlist.gallery_batches(100) for r in rows if r[2] == "finger"][:1]
        gallery.add_many(["A"], entry=np.array([0]), position=np.array([1]), data=stale[0][5],
                         lengths=np.array([len(stale[0][5])]), vectors=stale[0][6] or b"")  # fmt: skip
    held = identify.loaded(store)
    assert store.watchlist.missing_prefilters(STORED_VECTOR_TAG) == 0 and held.skipped == 0
    reference = Gallery()
    for number, (_, templates) in enumerate(entries):
        reference.add(str(number), templates)
    assert searched(held.gallery) == searched(reference)


def test_a_template_the_bulk_checks_refuse_is_skipped_alone(store: Store) -> None:
    """A stored finger template the bulk checks refuse (as if it had got past the import) sends its batch down the
    one-by-one path: that template is skipped, its entry's other template and the other entries still load; a
    template of an algorithm this fieldkit does not know is skipped as before."""
    entries = real_entries()
    rows = [EntryRow(key, "", "detain", "", tuple((t.modality, t.algorithm, t.finger, t.data) for t in ts))
            for key, ts in entries]  # fmt: skip
    rows[6] = EntryRow("REAL-B", "", "detain", "", (("finger", FINGER_ALGORITHM, 1, b"FKM2" + REAL["p2_1"][4:]),
                                                    ("finger", FINGER_ALGORITHM, 2, finger(7, 2).data)))  # fmt: skip
    rows.append(EntryRow("UNKNOWN-ALGO", "", "detain", "", (("finger", "other-algo 2", 1, b"x"),)))
    now, at = store.clock(), watchlist_file.format_time
    info = WatchlistInfo(4, at(now - timedelta(days=1)), at(now + timedelta(days=3)), "SHA256:hq-test",
                         store.device_id, "4" * 64, at(now))  # fmt: skip
    with store.write():
        store.watchlist.replace(info, rows)
    held = identify.loaded(store)
    assert held.skipped == 2  # the malformed finger template and the unknown algorithm
    assert [ref for ref, _, _ in held.entries.values()] == [key for key, _ in entries]
    (best, *_) = held.gallery.search([finger(7, 2)])
    assert held.entries[best.key][0] == "REAL-B"
    assert held.templates == sum(len(ts) for _, ts in entries) - 1


def test_the_gallery_is_kept_between_searches_and_replaced_by_a_new_version(store: Store) -> None:
    subject = subjects.add_subject(store, "Op Falcon", "S-1")
    wanted_for_finger_2(store)
    capture_id = keep(store, subject.item, MATE.impressions[1], 2, "mate.png")
    first = identify.search(store, [capture_id])
    held = identify.loaded(store)
    assert held.gallery.memory_bytes() < IDENTIFICATION_LIMITS.max_kept_gallery_bytes
    assert identify._GALLERIES[store] is held
    assert identify.search(store, [capture_id]) == first and identify._GALLERIES[store] is held
    hold(store, [("WL-0007", [template(MATE.impressions[0], 2)])], vectors=True, version=9)
    identify.search(store, [capture_id])
    assert identify._GALLERIES[store] is not held and identify._GALLERIES[store].version == 9
    identify.release(store)  # the window's idle memory
    assert store not in identify._GALLERIES
