"""The CASE/UCO JSON-LD graphs a bundle carries: the custody log (data/custody.jsonld) and where each capture was
acquired (data/acquisitions.jsonld), in one @context and one naming of nodes, so a reader may load both as one graph.

Decision: CASE/UCO (caseontology.org) rather than DFXML for the acquisitions, because the custody log already is a
CASE graph: one graph language for both, whose nodes (a capture, an acquisition, a person) are the same in each, and
which a stock tool checks against the published ontology and its SHACL shapes (``case_validate``, case-utils; the
interop tests run it on real bundles). The graphs are built to validate with no result at all: every node a property
points to is declared with its class, facets and hashes are nodes of their own (UCO forbids blank nodes), and every
node's identifier ends in a UUID: the thing's own where it has one (a capture, an item, an acquisition, the
device), else a UUID derived by name (uuid5) from what identifies it (a custody entry's device and number, an
acquisition entry's acquisition and number), so the same thing gets the same node in every bundle.

fieldkit's own facts that UCO has no property for (a custody entry's chain hashes, an entry's status and reason)
are kept beside, in the ``fieldkit:`` namespace, which the ontology's shapes leave alone.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from fieldkit import media_types
from fieldkit.models import Acquisition, AcquisitionEntry, Capture, CustodyEvent
from fieldkit.store import custody

CONTEXT: dict[str, str] = {
    "kb": "urn:fieldkit:",
    "case-investigation": "https://ontology.caseontology.org/case/investigation/",
    "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
    "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
    "uco-identity": "https://ontology.unifiedcyberontology.org/uco/identity/",
    "uco-location": "https://ontology.unifiedcyberontology.org/uco/location/",
    "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
    "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "fieldkit": "urn:fieldkit:ns:",
}
# The namespace of the UUIDs derived for nodes that have none of their own (never change it: ids would change).
_NAMES = uuid.UUID("1b8f3c9e-5a4d-5f7e-9c2b-6e0d4a8f1c37")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# xsd:dateTime as the store and the file system give it; anything else is kept as plain text, never mistyped.
_DATE_TIME = re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")
# The class of the node a custody subject names, by the subject's prefix ("capture:<uuid>").
_SUBJECT_CLASSES = {
    "capture": "uco-observable:File",
    "item": "uco-core:Item",
    "case": "case-investigation:Investigation",
    "site": "uco-location:Location",
    "subject": "uco-identity:Person",
    "operator": "uco-identity:Person",
    # An InvestigativeAction in acquisitions.jsonld; only named here, so that the custody graph's actions are its
    # entries alone (readers list them by that class).
    "acquisition": "uco-core:UcoObject",
    "bundle": "uco-observable:File",
    "recipient": "uco-identity:Identity",
    "device": "uco-observable:Device",
    # A physical sample taken from an item (issue 19), and the parcel it left in: distinct articles, as an item is
    # (UCO has no class for a biological sample; CASE's ProvenanceRecord groups observations, not a thing held).
    "sample": "uco-core:Item",
    "shipment": "uco-core:Item",
}


def node_id(kind: str, key: str) -> str:
    """``kb:<kind>-<uuid>``: ``key`` itself when it is a UUID, else a UUID derived from kind and key."""
    key_uuid = key.lower() if _UUID.fullmatch(key.lower()) else str(uuid.uuid5(_NAMES, f"{kind}/{key}"))
    return f"kb:{kind}-{key_uuid}"


def device_id_of(device_id: str) -> str:
    return node_id("device", device_id)


def person_id(name: str) -> str:
    """An operator, by name (custody entries and acquisitions name who acted, not their key slot)."""
    return node_id("person", hashlib.sha256(name.encode()).hexdigest())


def capture_id_of(capture_uuid: str) -> str:
    return node_id("capture", capture_uuid)


def acquisition_id_of(acquisition_uuid: str) -> str:
    return node_id("acquisition", acquisition_uuid)


def _typed(kind: str, value: object) -> dict[str, Any]:
    return {"@type": f"xsd:{kind}", "@value": value}


def _time(value: str | None) -> dict[str, Any] | None:
    return _typed("dateTime", value) if value is not None and _DATE_TIME.fullmatch(value) else None


class _Graph:
    """Nodes by id, in the order first declared; declaring a node again adds its classes and missing properties."""

    def __init__(self) -> None:
        self._nodes: dict[str, dict[str, Any]] = {}

    def add(self, node_id: str, classes: str | Iterable[str], **properties: Any) -> str:
        wanted = [classes] if isinstance(classes, str) else list(classes)
        node = self._nodes.setdefault(node_id, {"@id": node_id, "@type": []})
        node["@type"] += [c for c in wanted if c not in node["@type"]]
        for key, value in properties.items():
            name = key.replace("__", ":")
            if value is not None and value != [] and name not in node:
                node[name] = value
        return node_id

    def document(self) -> dict[str, Any]:
        nodes = []
        for node in self._nodes.values():
            types = node["@type"]
            nodes.append({**node, "@type": types[0] if len(types) == 1 else types})
        return {"@context": dict(CONTEXT), "@graph": nodes}


def _ref(node: str) -> dict[str, str]:
    return {"@id": node}


# --- the custody log ---------------------------------------------------------------------------------------------


def subject_node(graph: _Graph, subject: str, device_id: str) -> str:
    """Declare the node a custody subject ("capture:<uuid>", "setting:bundle_folder", "device") names."""
    prefix, _, key = subject.partition(":")
    if prefix == "device":
        return graph.add(device_id_of(device_id), "uco-observable:Device")
    node_class = _SUBJECT_CLASSES.get(prefix, "uco-core:UcoObject")
    kind = prefix if re.fullmatch(r"[a-z_]+", prefix) else "subject"
    name = None if _UUID.fullmatch(key.lower()) else key  # a setting's key, a recipient, a bundle's number
    return graph.add(node_id(kind, key or prefix), node_class, **{"uco-core__name": name})


def custody_jsonld(events: list[CustodyEvent], device_id: str) -> dict[str, Any]:
    """The custody entries as CASE/UCO JSON-LD, with fieldkit's chain fields kept beside (docs/bundle-format.md)."""
    graph = _Graph()
    device = graph.add(device_id_of(device_id), "uco-observable:Device", **{"uco-core__name": device_id})
    for event in events:
        performer = graph.add(person_id(event.operator), "uco-identity:Person", **{"uco-core__name": event.operator})
        subject = subject_node(graph, event.subject, device_id)
        graph.add(
            node_id("custody", f"{device_id}/{event.seq}"), "case-investigation:InvestigativeAction",
            **{
                "uco-core__name": event.action,
                "uco-action__startTime": _typed("dateTime", event.at),
                "uco-action__performer": _ref(performer),
                "uco-action__instrument": _ref(device),
                "uco-action__object": [_ref(subject)],
                "fieldkit__sequence": event.seq,
                "fieldkit__details": custody.canonical_json(event.details),
                "fieldkit__previousHash": event.prev_hash,
                "fieldkit__entryHash": event.entry_hash,
            },
        )  # fmt: skip
    return graph.document()


# --- acquisitions ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CarriedAcquisition:
    """One acquisition and the entries of it this bundle carries."""

    acquisition: Acquisition
    item_uuid: str
    entries: tuple[AcquisitionEntry, ...]
    archive: Capture | None = None  # the archive capture it expanded (source 'archive')
    stop_reason: str | None = None  # why it ended before meeting every path, from the custody log


def _status(carried: CarriedAcquisition) -> str:
    if carried.acquisition.finished_at is not None:
        return "Complete/Finish"
    return "Fail" if carried.stop_reason is not None else "Unknown"


def _facet(graph: _Graph, owner: str, facet_class: str, **properties: Any) -> dict[str, str]:
    kind = facet_class.partition(":")[2].lower()
    return _ref(graph.add(node_id(kind, owner), facet_class, **properties))


def _content_facet(graph: _Graph, owner: str, size: int | None, sha256: str | None,
                   media_type: str | None = None) -> dict[str, str] | None:  # fmt: skip
    if size is None and sha256 is None:
        return None
    hashes = None
    if sha256 is not None:
        digest = _typed("hexBinary", sha256.lower())
        hashes = [_ref(graph.add(node_id("hash", f"{owner}/sha256"), "uco-types:Hash",
                                 **{"uco-types__hashMethod": "SHA256", "uco-types__hashValue": digest}))]  # fmt: skip
    return _facet(graph, owner, "uco-observable:ContentDataFacet", **{
        "uco-observable__sizeInBytes": _typed("integer", size) if size is not None else None,
        "uco-observable__hash": hashes,
        "uco-observable__mimeType": media_type,
    })  # fmt: skip


def _capture_node(graph: _Graph, capture: Capture, payload: str) -> str:
    """A capture as the file the bundle carries (its payload path), with the hash taken when it was acquired."""
    node = capture_id_of(capture.uuid)
    classes = ["uco-observable:File"]
    facets = [
        _facet(graph, node, "uco-observable:FileFacet", **{
            "uco-observable__fileName": posixpath.basename(payload), "uco-observable__filePath": payload,
            "uco-observable__sizeInBytes": _typed("integer", capture.size)}),
        _content_facet(graph, node, capture.size, capture.sha256, capture.media_type),
    ]  # fmt: skip
    if capture.media_type in (media_types.ZIP, media_types.TAR, media_types.GZIP):
        classes.append("uco-observable:ArchiveFile")
        archive_type = media_types.written_suffix(capture.media_type)
        facets.append(_facet(graph, node, "uco-observable:ArchiveFileFacet",
                             **{"uco-observable__archiveType": archive_type}))  # fmt: skip
    return graph.add(node, classes, **{"uco-core__name": capture.original_name, "uco-core__hasFacet": facets,
                                      "fieldkit__capture": capture.uuid})  # fmt: skip


def _medium_node(graph: _Graph, carried: CarriedAcquisition, captures: Mapping[str, str]) -> str:
    """What the acquisition read from: the archive capture, or the medium (label, volume id, file system)."""
    acquisition = carried.acquisition
    if carried.archive is not None:
        return captures[carried.archive.uuid]
    node = node_id("medium", acquisition.uuid)
    facets = []
    if acquisition.filesystem:
        facets.append(_facet(graph, node, "uco-observable:FileSystemFacet",
                             **{"uco-observable__fileSystemType": acquisition.filesystem}))  # fmt: skip
    if acquisition.volume_id:
        facets.append(_facet(graph, node, "uco-observable:VolumeFacet",
                             **{"uco-observable__volumeID": acquisition.volume_id}))  # fmt: skip
    return graph.add(node, "uco-observable:FileSystem", **{
        "uco-core__name": acquisition.medium_label or acquisition.root or None, "uco-core__hasFacet": facets,
        "fieldkit__label": acquisition.medium_label or None, "fieldkit__root": acquisition.root or None,
    })  # fmt: skip


def _relationship(graph: _Graph, source: str, target: str, kind: str) -> None:
    graph.add(node_id("relationship", f"{source}/{kind}/{target}"), "uco-observable:ObservableRelationship", **{
        "uco-core__source": [_ref(source)], "uco-core__target": _ref(target), "uco-core__kindOfRelationship": kind,
        "uco-core__isDirectional": True,
    })  # fmt: skip


def _entry_node(graph: _Graph, acquisition_uuid: str, entry: AcquisitionEntry, captures: Mapping[int, Capture],
                capture_nodes: Mapping[str, str], container: str) -> str:  # fmt: skip
    """One path the acquisition met, as the file (or link, or other entry) it was on the medium."""
    node = node_id("file", f"{acquisition_uuid}/{entry.seq}")
    classes = {"file": "uco-observable:File", "symlink": "uco-observable:SymbolicLink"}.get(
        entry.entry_type, "uco-observable:FileSystemObject"
    )
    capture = captures.get(entry.capture_id) if entry.capture_id is not None else None
    facets = [_facet(graph, node, "uco-observable:FileFacet", **{
        "uco-observable__fileName": posixpath.basename(entry.path) or entry.path,
        "uco-observable__filePath": entry.path,
        "uco-observable__isDirectory": False,
        "uco-observable__sizeInBytes": _typed("integer", entry.size) if entry.size is not None else None,
        "uco-observable__modifiedTime": _time(entry.modified),
        "uco-observable__metadataChangeTime": _time(entry.changed),
        "uco-observable__observableCreatedTime": _time(entry.born),
    })]  # fmt: skip
    content = _content_facet(graph, node, entry.size, entry.sha256, capture.media_type if capture else None)
    if content is not None:
        facets.append(content)
    if entry.entry_type == "symlink" and entry.link_target is not None:
        target = graph.add(node_id("link-target", f"{acquisition_uuid}/{entry.seq}"), "uco-observable:FileSystemObject",
                           **{"uco-core__hasFacet": [_facet(graph, f"{node}/target", "uco-observable:FileFacet", **{
                               "uco-observable__filePath": entry.link_target})]})  # fmt: skip
        facets.append(_facet(graph, node, "uco-observable:SymbolicLinkFacet",
                             **{"uco-observable__targetFile": _ref(target)}))  # fmt: skip
    graph.add(node, classes, **{
        "uco-core__hasFacet": facets,
        "fieldkit__sequence": entry.seq,
        "fieldkit__status": entry.status,
        "fieldkit__reason": entry.reason or None,
        "fieldkit__modified": entry.modified if entry.modified is not None and _time(entry.modified) is None else None,
        "fieldkit__capture": capture.uuid if capture is not None else None,
    })  # fmt: skip
    _relationship(graph, node, container, "Contained_Within")
    if capture is not None:
        # Stored: the file was copied into the store as this capture; a duplicate: the item already held its bytes.
        _relationship(
            graph, node, capture_nodes[capture.uuid], "Copied_To" if entry.status == "stored" else "Related_To"
        )
    return node


def acquisitions_jsonld(device_id: str, carried: list[CarriedAcquisition], captures: Mapping[int, Capture],
                        payloads: Mapping[int, str]) -> dict[str, Any]:  # fmt: skip
    """The acquisitions as CASE/UCO JSON-LD: each an InvestigativeAction whose results are its entries' files.

    ``captures``: every capture an entry names or an acquisition expanded, by id; ``payloads``: their payload paths
    (``data/captures/<uuid>.<ext>``, in the bundle that carries the capture's record)."""
    graph = _Graph()
    device = graph.add(device_id_of(device_id), "uco-observable:Device", **{"uco-core__name": device_id})
    capture_nodes = {capture.uuid: _capture_node(graph, capture, payloads[capture.id]) for capture in captures.values()}
    for each in carried:
        acquisition = each.acquisition
        performer = graph.add(person_id(acquisition.operator), "uco-identity:Person",
                              **{"uco-core__name": acquisition.operator})  # fmt: skip
        item = graph.add(node_id("item", each.item_uuid), "uco-core:Item")
        medium = _medium_node(graph, each, capture_nodes)
        files = [_ref(_entry_node(graph, acquisition.uuid, entry, captures, capture_nodes, medium))
                 for entry in each.entries]  # fmt: skip
        graph.add(acquisition_id_of(acquisition.uuid), "case-investigation:InvestigativeAction", **{
            "uco-core__name": "expand archive" if each.archive is not None else "acquire files",
            "uco-action__startTime": _time(acquisition.started_at),
            "uco-action__endTime": _time(acquisition.finished_at),
            "uco-action__actionStatus": _status(each),
            "uco-action__performer": _ref(performer),
            "uco-action__instrument": _ref(device),
            "uco-action__object": [_ref(medium), _ref(item)],
            "uco-action__result": files,
            "fieldkit__source": acquisition.source,
            "fieldkit__root": acquisition.root or None,
            "fieldkit__stopReason": each.stop_reason,
            "fieldkit__entries": acquisition.entries,
        })  # fmt: skip
    return graph.document()
