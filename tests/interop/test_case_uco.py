"""The CASE/UCO graphs a bundle carries (data/acquisitions.jsonld, data/custody.jsonld) conform to the CASE
ontology and its SHACL shapes, as the stock validator case_validate (case-utils) checks them, with no network (it
ships the ontology; the test runs it without a network where the system allows), and say what docs/bundle-format.md
says, read back by a plain RDF reader (rdflib) rather than by fieldkit."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib.query import ResultRow

from fieldkit.analysis import runner
from fieldkit.biometrics import prints, subjects
from fieldkit.bundle import age
from fieldkit.bundle.verify import check_bundle
from fieldkit.config import TEST_KDF
from fieldkit.core import samples
from fieldkit.core.expand import expand_archive
from fieldkit.core.importer import FingerprintDetails, Importer
from fieldkit.hq import report as html_report
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from tests.case_graphs import merged
from tests.conftest import PASSPHRASE, jpeg_bytes, pdf_bytes, png_bytes

CASE_VALIDATE = Path(sys.executable).parent / "case_validate"
needs_case_validate = pytest.mark.skipif(not CASE_VALIDATE.exists(), reason="case-utils (case_validate) is needed")
UCO = "https://ontology.unifiedcyberontology.org/uco/"
PREFIXES = f"""
PREFIX core: <{UCO}core/>
PREFIX action: <{UCO}action/>
PREFIX observable: <{UCO}observable/>
PREFIX types: <{UCO}types/>
PREFIX investigation: <https://ontology.caseontology.org/case/investigation/>
PREFIX fieldkit: <urn:fieldkit:ns:>
"""
PHOTO = jpeg_bytes(seed=11)
ACTIONS = """SELECT ?name ?status ?performer WHERE {
    ?action a investigation:InvestigativeAction ; core:name ?name ; action:actionStatus ?status ;
            action:performer [ core:name ?performer ] ; action:startTime ?start ; action:endTime ?end ;
            fieldkit:source ?source . }"""
MEDIUM = """SELECT ?fs WHERE {
    ?acquisition core:name "acquire files" ; action:object ?medium .
    ?medium a observable:FileSystem ;
            core:hasFacet [ a observable:FileSystemFacet ; observable:fileSystemType ?fs ] }"""
ENTRIES = """SELECT ?path ?status ?size ?hash ?reason ?kind WHERE {
    ?acquisition action:result ?file ; core:name ?kind .
    ?file fieldkit:status ?status ; core:hasFacet ?facet .
    ?facet a observable:FileFacet ; observable:filePath ?path .
    OPTIONAL { ?facet observable:sizeInBytes ?size }
    OPTIONAL { ?file core:hasFacet [ observable:hash [ types:hashMethod "SHA256" ; types:hashValue ?hash ] ] }
    OPTIONAL { ?file fieldkit:reason ?reason } }"""
LINK_TARGETS = """SELECT ?target WHERE {
    ?link a observable:SymbolicLink ;
          core:hasFacet [ observable:targetFile [ core:hasFacet [ observable:filePath ?target ] ] ] }"""
COPIES = """SELECT ?path ?payload ?kind WHERE {
    ?relationship a observable:ObservableRelationship ; core:source ?file ; core:target ?capture ;
                  core:kindOfRelationship ?kind .
    FILTER (?kind IN ("Copied_To", "Related_To"))
    ?file core:hasFacet [ a observable:FileFacet ; observable:filePath ?path ] .
    ?capture core:hasFacet [ a observable:FileFacet ; observable:filePath ?payload ] }"""
MEMBERS_OF_ARCHIVE = """SELECT ?path WHERE {
    ?relationship core:kindOfRelationship "Contained_Within" ; core:target ?archive ;
                  core:source [ core:hasFacet [ observable:filePath ?path ] ] .
    ?archive a observable:ArchiveFile }"""


@pytest.fixture
def field(tmp_path: Path) -> Iterator[tuple[Store, HQ]]:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    store = Store.init(tmp_path / "store", "alice", PASSPHRASE, kdf=TEST_KDF)
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    (tmp_path / "out").mkdir()
    try:
        yield store, hq
    finally:
        store.close()


def seized_medium(folder: Path) -> dict[str, bytes]:
    """A folder as a seized stick holds it: nested files, a link, a FIFO, and a ZIP of more evidence."""
    files = {
        "DCIM/IMG_0001.jpg": PHOTO,
        "Documents/contract.pdf": pdf_bytes("contract"),
        "empty.txt": b"",
        "evidence.zip": zip_bytes(
            {"chats/2024/thread.txt": b"see you at the depot\n", "../escape.txt": b"x", "copy-of-photo.jpg": PHOTO}
        ),
    }
    for path, content in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(content)
    os.symlink("DCIM/IMG_0001.jpg", folder / "latest.jpg")
    os.mkfifo(folder / "pipe")
    return files


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2023, 7, 1, 12, 0, 0)), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def graphs_of(bundle: Path, hq: HQ, folder: Path) -> dict[str, Path]:
    """The bundle's JSON-LD files, written out for the validator, and its payload manifest as ``manifest``."""
    with open(bundle, "rb") as source:
        plain = age.AgeReader(source, hq.identities()).read()
    found: dict[str, Path] = {}
    folder.mkdir()
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        for member in tar.getmembers():
            name = member.name.partition("/")[2]
            if name.endswith(".jsonld") or name == "manifest-sha256.txt":
                extracted = tar.extractfile(member)
                assert extracted is not None
                path = folder / Path(name).name
                path.write_bytes(extracted.read())
                found[Path(name).stem if name.endswith(".jsonld") else "manifest"] = path
    return found


def select(graph: rdflib.Graph, query: str) -> list[dict[str, Any]]:
    """The rows of a SPARQL query, each as {variable: Python value} (a string, an int, bytes for hexBinary)."""
    rows = []
    for row in graph.query(PREFIXES + query):
        assert isinstance(row, ResultRow)
        rows.append(
            {str(k): v.toPython() if isinstance(v, rdflib.Literal) else str(v) for k, v in row.asdict().items()}
        )
    return rows


def case_validate(*graphs: Path) -> subprocess.CompletedProcess[str]:
    """case_validate on the graphs, in a namespace without a network when unshare allows one (so any attempt to
    fetch the ontology would fail the test rather than quietly succeed)."""
    command = [str(CASE_VALIDATE), *map(str, graphs)]
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        command = [unshare, "-rn", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


@needs_case_validate
def test_acquisitions_and_custody_of_a_bundle_validate_with_case_validate(field: tuple[Store, HQ],
                                                                         tmp_path: Path) -> None:  # fmt: skip
    store, hq = field
    medium = tmp_path / "stick"
    medium.mkdir()
    files = seized_medium(medium)
    imported = Importer(store).run("Op Falcon", "EV-7", [medium])
    (archive,) = [o for o in imported.outcomes if o.relative_path == "evidence.zip"]
    expansion = expand_archive(store, archive.capture_id or 0)
    assert (expansion.stored, expansion.duplicates) == (2, 1)  # the photo in the ZIP is the one on the stick

    (made,) = compose.create_bundles(store, tmp_path / "out")
    report = check_bundle(made.path, hq.trust())
    assert report.ok, report.message
    graphs = graphs_of(made.path, hq, tmp_path / "graphs")
    page = html_report.render(report)  # HQ's report says where each capture came from
    assert f"chats/2024/thread.txt in archive evidence.zip (capture {archive.capture_id})" in page
    assert "<td>Documents/contract.pdf</td>" in page

    result = case_validate(graphs["acquisitions"], graphs["custody"])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Conforms: True" in result.stdout

    # The custody graph's actions are its entries alone (the window and the HQ report list them by that class).
    custody_nodes = json.loads(graphs["custody"].read_text("utf-8"))["@graph"]
    entries_listed = [n for n in custody_nodes if n["@type"] == "case-investigation:InvestigativeAction"]
    assert entries_listed and all("fieldkit:sequence" in node for node in entries_listed)

    # What the graph says, read by rdflib alone.
    graph = rdflib.Graph()
    for name in ("acquisitions", "custody"):
        graph.parse(data=graphs[name].read_text("utf-8"), format="json-ld")
    actions = {row["name"]: row for row in select(graph, ACTIONS)}
    assert set(actions) == {"acquire files", "expand archive"}
    assert all(row["performer"] == "alice" and row["status"] == "Complete/Finish" for row in actions.values())
    filesystem = store.acquisitions.get(imported.acquisition_id or 0).filesystem  # as the OS said, if it did
    assert [row["fs"] for row in select(graph, MEDIUM)] == ([filesystem] if filesystem else [])

    entries = {(row["path"], row["status"]): row for row in select(graph, ENTRIES)}
    expected = {
        ("DCIM/IMG_0001.jpg", "stored"), ("Documents/contract.pdf", "stored"), ("empty.txt", "stored"),
        ("evidence.zip", "stored"), ("latest.jpg", "not-stored"), ("pipe", "not-stored"),
        ("chats/2024/thread.txt", "stored"), ("__/escape.txt", "stored"), ("copy-of-photo.jpg", "duplicate"),
    }  # fmt: skip
    assert set(entries) == expected
    for path, content in files.items():
        row = entries[(path, "stored")]
        assert row["size"] == len(content) and row["hash"] == hashlib.sha256(content).digest()
    assert "FIFO" in entries[("pipe", "not-stored")]["reason"]
    assert entries[("chats/2024/thread.txt", "stored")]["kind"] == "expand archive"
    assert "'../escape.txt'" in entries[("__/escape.txt", "stored")]["reason"]
    assert [row["target"] for row in select(graph, LINK_TARGETS)] == ["DCIM/IMG_0001.jpg"]

    # Each stored file is linked to its capture, the file this bundle carries (a payload of its signed manifest).
    lines = graphs["manifest"].read_text().splitlines()
    manifest = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in lines}
    linked = {(row["path"], row["kind"]): row["payload"] for row in select(graph, COPIES)}
    assert len(linked) == 7  # every entry but the link and the FIFO
    for (path, _kind), payload in linked.items():
        assert payload in manifest and payload.startswith("data/captures/"), (path, payload)
    photo_payload = linked[("DCIM/IMG_0001.jpg", "Copied_To")]
    assert linked[("copy-of-photo.jpg", "Related_To")] == photo_payload
    assert manifest[photo_payload] == hashlib.sha256(PHOTO).hexdigest()
    # The members are contained in the archive's capture, itself a file of the bundle.
    contained = {row["path"] for row in select(graph, MEMBERS_OF_ARCHIVE)}
    assert contained == {"chats/2024/thread.txt", "__/escape.txt", "copy-of-photo.jpg"}


def test_each_entry_travels_once_and_an_acquisition_that_stored_nothing_still_travels(
    field: tuple[Store, HQ], tmp_path: Path
) -> None:
    store, hq = field
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.jpg").write_bytes(PHOTO)
    Importer(store).run("Op Falcon", "EV-1", [first])
    (one,) = compose.create_bundles(store, tmp_path / "out")
    assert compose.create_bundles(store, tmp_path / "out") == []  # nothing waits

    again = tmp_path / "again"
    again.mkdir()
    (again / "same.jpg").write_bytes(PHOTO)  # a duplicate: no new capture
    os.mkfifo(again / "pipe")
    Importer(store).run("Op Falcon", "EV-1", [again])
    (two,) = compose.create_bundles(store, tmp_path / "out")  # the acquisition alone makes a bundle
    assert two.capture_count == 0

    def documented(bundle: Path, folder: str) -> list[tuple[str, str]]:
        graph = json.loads(graphs_of(bundle, hq, tmp_path / folder)["acquisitions"].read_text("utf-8"))
        paths = {}
        for node in graph["@graph"]:
            if node["@type"] == "uco-observable:FileFacet":
                paths[node["@id"]] = node["uco-observable:filePath"]
        entries = [node for node in graph["@graph"] if "fieldkit:status" in node]
        return sorted((paths[facet["@id"]], node["fieldkit:status"]) for node in entries
                      for facet in node["uco-core:hasFacet"] if facet["@id"] in paths)  # fmt: skip

    assert documented(one.path, "one") == [("a.jpg", "stored")]
    assert documented(two.path, "two") == [("pipe", "not-stored"), ("same.jpg", "duplicate")]
    assert check_bundle(two.path, hq.trust()).ok


@needs_case_validate
def test_every_kind_of_content_and_custody_action_validates_graph_by_graph(field: tuple[Store, HQ],
                                                                           tmp_path: Path) -> None:  # fmt: skip
    """Captures of every kind, an analysis failure, an expanded archive, a subject with a print, a site, flags, a
    move, an export, deletions before and after bundling, and custody actions of the amendments era: each graph of
    each bundle validates on its own (its nodes are kept apart from the other graphs', so no graph borrows a
    declaration from another)."""
    store, hq = field
    card = tmp_path / "card"
    card.mkdir()
    (card / "photo.jpg").write_bytes(jpeg_bytes((32, 24), sub={0x9003: "2024:05:01 14:03:07", 0x9011: "+03:00"}))
    (card / "scan.pdf").write_bytes(pdf_bytes("scan"))
    (card / "notes.txt").write_bytes(b"meet at the depot\n")
    (card / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a JPEG after all")
    (card / "spare.jpg").write_bytes(jpeg_bytes((16, 16), seed=3))
    (card / "more.zip").write_bytes(zip_bytes({"inside.txt": b"x\n"}))
    imported = Importer(store).run("Op Falcon", "EV-7", [card])
    by_name = {o.relative_path: o.capture_id or 0 for o in imported.outcomes}
    expand_archive(store, by_name["more.zip"])
    subject = subjects.add_subject(store, "Op Falcon", "P-1", claimed_name="A. Person")
    subjects.update_subject(store, subject, nationality="FRA")
    print_file = tmp_path / "thumb.png"
    print_file.write_bytes(png_bytes((300, 300)))
    fingerprints = Importer(store, fingerprint=FingerprintDetails(1, 1, 500)).run("Op Falcon", "P-1", [print_file])
    case = store.ensure_case("Op Falcon")
    person = store.ensure_item(case, "P-1")
    prints.set_condition(store, person, 2, "bandaged")
    site = store.add_site(case, "Depot", 34.5, -118.25, description="north gate")
    item = store.ensure_item(case, "EV-7")
    store.update_item(item, site_id=site.id, description="a camera card")
    store.flag_capture(by_name["photo.jpg"], "looks edited")
    store.unflag_capture(by_name["photo.jpg"], "checked")
    store.move_capture(by_name["spare.jpg"], store.ensure_item(case, "EV-8"), "belongs to the other card")
    store.export_original(by_name["scan.pdf"], tmp_path / "exported.pdf")
    store.delete_capture(by_name["notes.txt"], "imported by mistake")
    runner.analyse_pending(store)  # the broken JPEG fails: analysis custody entries, a failed record
    print_uuid = store.capture(fingerprints.outcomes[0].capture_id or 0).uuid
    # A DNA sample from the camera card's item: collected with its spot photo, sealed, handed over, shipped (issue 19).
    sample = samples.add(store, item, ref="DNA-1", sample_type="swab", location="strap")
    samples.link_capture(store, sample, by_name["photo.jpg"], "spot", spot=(0.25, 0.5))
    sample = samples.seal(store, samples.find(store, "DNA-1"), seal_number="S-1")
    sample = samples.hand_over(store, sample, to="Sgt K", rank="Sergeant")
    samples.ship(store, [sample], manifest="M-1", laboratory="Lab")
    with store.write():  # amendments-era actions, as their owners log them
        store.log("fingerprint.ppi_set", f"capture:{print_uuid}", {"ppi": 1000, "previous": 500, "reason": "sensor"})
        store.log("site.edited", f"site:{site.uuid}", {"changed": ["description"]})
    (first,) = compose.create_bundles(store, tmp_path / "out")

    store.delete_capture(by_name["photo.jpg"], "duplicate of the card's copy")  # after it was bundled
    later = tmp_path / "later"
    later.mkdir()
    (later / "late.jpg").write_bytes(jpeg_bytes((16, 16), seed=5))
    Importer(store).run("Op Falcon", "EV-9", [later])
    (second,) = compose.create_bundles(store, tmp_path / "out")

    files = []
    for number, made in enumerate((first, second)):
        assert check_bundle(made.path, hq.trust()).ok
        graphs = graphs_of(made.path, hq, tmp_path / f"graphs{number}")
        files += [graphs["acquisitions"], graphs["custody"]]
    custody = json.loads(files[1].read_text("utf-8"))["@graph"]
    actions = {node["uco-core:name"] for node in custody if "fieldkit:sequence" in node}
    assert {"capture.flagged", "capture.moved", "capture.deleted", "fingerprint.ppi_set", "site.edited",
            "subject.edited", "fingerprint.condition"} <= actions, actions  # fmt: skip
    assert set(samples.SAMPLE_ACTIONS) - {samples.RECEIVED} <= actions and samples.SHIPMENT_MADE in actions
    sample_node = next(node for node in custody if node["@id"] == f"kb:sample-{sample.uuid}")
    assert sample_node["@type"] == "uco-core:Item"
    document, kept = merged(files, every=True)
    assert kept == 4
    (tmp_path / "all.json").write_text(json.dumps(document), "utf-8")
    result = subprocess.run(
        [str(CASE_VALIDATE), str(tmp_path / "all.json")], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0 and "Conforms: True" in result.stdout, result.stdout[-4000:] + result.stderr[-2000:]
