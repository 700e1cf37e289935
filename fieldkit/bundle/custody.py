"""The custody chain as a bundle carries it: the entry hash (one definition, shared with the device's store, which
sits above this layer) and the check HQ runs on ``data/custody.jsonld`` before it trusts the custody range that
fieldkit.json signs.

Each entry's hash is SHA-256 over the canonical JSON of ``["fieldkit-custody-v1", seq, at, operator, action,
subject, details, prev_hash]`` (docs/store.md, "Custody log"). A bundle carries the entries ``from_seq`` to
``to_seq`` as CASE/UCO InvestigativeActions (docs/bundle-format.md) with ``fieldkit:previousHash`` and
``fieldkit:entryHash`` beside; ``check_custody_log`` recomputes every hash from what the graph says (the action,
its time, the performer's name, the object's node, the details) and walks the chain from the signed
``previous_hash`` to the signed ``head_hash``. What it cannot check alone, that this chain continues the one earlier
bundles carried, HQ's index checks across bundles (hq/ingest.py, ``custody-chain-broken``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from fieldkit.bundle.manifest import CustodyRange
from fieldkit.errors import BundleFormatError

GENESIS_HASH = "0" * 64  # not a limit: the previous hash of the first entry
CHAIN_DOMAIN = "fieldkit-custody-v1"
CUSTODY_LOG = "data/custody.jsonld"
_ACTION = "case-investigation:InvestigativeAction"
_DEVICE = "uco-observable:Device"


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(seq: int, at: str, operator: str, action: str, subject: str, details: str, prev_hash: str) -> str:
    material = canonical_json([CHAIN_DOMAIN, seq, at, operator, action, subject, details, prev_hash])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _broken(message: str) -> BundleFormatError:
    return BundleFormatError(message, reason="custody-chain")


def _types(node: dict[str, Any]) -> list[Any]:
    kinds = node.get("@type")
    return kinds if isinstance(kinds, list) else [kinds]


def _text(node: dict[str, Any], key: str, what: str) -> str:
    value = node.get(key)
    if isinstance(value, dict):  # a typed literal, {"@type": "xsd:dateTime", "@value": ...}
        value = value.get("@value")
    if not isinstance(value, str):
        raise _broken(f"a custody entry has no valid {what}")
    return value


def _ref(node: dict[str, Any], key: str, nodes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    value = node.get(key)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    ident = value.get("@id") if isinstance(value, dict) else None
    if not isinstance(ident, str) or ident not in nodes:
        raise _broken(f"a custody entry's {key} names no node of the graph")
    return nodes[ident]


def _subjects(node: dict[str, Any], device_id: str) -> list[str]:
    """The subject texts the entry's object node can stand for (outgoing/caseuco.py ``subject_node``): the device
    node is both ``device`` and ``device:<id>``; any other is ``kb:<kind>-<uuid>``, the subject ``<kind>:<key>``
    with its key the node's name, or the uuid when it has none. The hash decides which one the device logged."""
    if _DEVICE in _types(node):
        return ["device", f"device:{device_id}"]
    prefix = str(node.get("@id")).removeprefix("kb:")
    kind, sep, rest = prefix.partition("-")
    if not sep or len(rest) != 36:
        return []
    name = node.get("uco-core:name")
    key = name if isinstance(name, str) else rest
    return [f"{kind}:{key}", kind] if key == "" else [f"{kind}:{key}"]


def check_custody_log(unverified: object, custody: CustodyRange, device_id: str) -> int:
    """Check the custody entries of ``data/custody.jsonld`` against the signed range; returns how many it carries.
    Raises BundleFormatError (reason ``custody-chain``) when an entry's hash does not recompute, the entries are
    not ``from_seq`` to ``to_seq`` each once, or the chain does not run from ``previous_hash`` to ``head_hash``."""
    graph = unverified.get("@graph") if isinstance(unverified, dict) else None
    if not isinstance(graph, list):
        raise _broken("data/custody.jsonld is not a JSON-LD graph")
    nodes: dict[str, dict[str, Any]] = {}
    for node in graph:
        if isinstance(node, dict) and isinstance(node.get("@id"), str):
            nodes.setdefault(node["@id"], node)
    entries = [n for n in graph if isinstance(n, dict) and _ACTION in _types(n) and "fieldkit:sequence" in n]
    expected = custody.to_seq - custody.from_seq + 1
    if len(entries) != expected:
        raise _broken(f"data/custody.jsonld holds {len(entries)} custody entries, fieldkit.json says {expected}")
    if not entries:
        if custody.previous_hash is not None or custody.head_hash is not None:
            raise _broken("fieldkit.json names custody hashes but the bundle carries no custody entry")
        return 0
    if custody.from_seq == 1 and custody.previous_hash != GENESIS_HASH:
        raise _broken("the first custody entry of the device does not start the chain")
    running = custody.previous_hash
    for offset, node in enumerate(sorted(entries, key=lambda n: _sequence(n))):
        seq = _sequence(node)
        if seq != custody.from_seq + offset:
            raise _broken(f"custody entry {custody.from_seq + offset} is missing or carried twice")
        previous, stated = _text(node, "fieldkit:previousHash", "previousHash"), _text(node, "fieldkit:entryHash",
                                                                                         "entryHash")  # fmt: skip
        if previous != running:
            raise _broken(f"custody entry {seq} does not follow the entry before it")
        at = _text(node, "uco-action:startTime", "time")
        operator = _text(_ref(node, "uco-action:performer", nodes), "uco-core:name", "performer")
        action, details = _text(node, "uco-core:name", "action"), _text(node, "fieldkit:details", "details")
        subjects = _subjects(_ref(node, "uco-action:object", nodes), device_id)
        if not any(entry_hash(seq, at, operator, action, s, details, previous) == stated for s in subjects):
            raise _broken(f"custody entry {seq} does not match its hash: it was altered after it was written")
        running = stated
    if running != custody.head_hash:
        raise _broken("the custody entries do not end at the head hash fieldkit.json signs")
    return len(entries)


def _sequence(node: dict[str, Any]) -> int:
    value = node.get("fieldkit:sequence")
    if not isinstance(value, int) or isinstance(value, bool):
        raise _broken("a custody entry has no valid sequence")
    return value


@dataclass(frozen=True)
class CarriedEntry:
    """One custody entry as data/custody.jsonld says it (read after ``check_custody_log`` passed): what records
    that name entries by number (a sample's steps) are checked against."""

    seq: int
    at: str
    operator: str
    action: str
    subjects: tuple[str, ...]  # the subject texts its object node stands for (see ``_subjects``)
    details: str  # canonical JSON


def carried_entries(unverified: object, device_id: str) -> dict[int, CarriedEntry]:
    """The custody entries of a log ``check_custody_log`` accepted, by number."""
    graph = unverified.get("@graph") if isinstance(unverified, dict) else None
    if not isinstance(graph, list):
        return {}
    nodes: dict[str, dict[str, Any]] = {}
    for node in graph:
        if isinstance(node, dict) and isinstance(node.get("@id"), str):
            nodes.setdefault(node["@id"], node)
    found: dict[int, CarriedEntry] = {}
    for node in graph:
        if isinstance(node, dict) and _ACTION in _types(node) and "fieldkit:sequence" in node:
            seq = _sequence(node)
            found[seq] = CarriedEntry(
                seq=seq, at=_text(node, "uco-action:startTime", "time"),
                operator=_text(_ref(node, "uco-action:performer", nodes), "uco-core:name", "performer"),
                action=_text(node, "uco-core:name", "action"),
                subjects=tuple(_subjects(_ref(node, "uco-action:object", nodes), device_id)),
                details=_text(node, "fieldkit:details", "details"),
            )  # fmt: skip
    return found
