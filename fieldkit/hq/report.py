"""The HTML verification report, for people: the verdict first, then each check, the device and its sequence
chain, the items with each capture's analysis state and thumbnails of their photos, what the device left out, and
the custody timeline. Self-contained (no network); every value from the bundle is HTML-escaped.

It renders what the verifier returned (typed fieldkit.json and records); the thumbnails are in the report when the
bundle was checked with ``thumbnail=hq.thumbnails.render``.

A bundle that failed verification gets a report of the refusal only: the verdict, the reason in plain words and what
to do, the checks that ran, the bundle file (name, size, SHA-256), when, the HQ folder and the machine. Nothing read
from inside it is reproduced (no case, tags, names, hashes, times or custody): it is unverified."""

from __future__ import annotations

import base64
import html
import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from fieldkit.biometrics.codes import FINGER_NAMES
from fieldkit.bundle.manifest import CaptureRecord, HitRecord
from fieldkit.bundle.verify import Report
from fieldkit.core import custody_text
from fieldkit.hq import advice
from fieldkit.hq import amendments as amendment_words
from fieldkit.hq.ingest import file_sha256, received_in

WAITING = "waiting: HQ has not received the original yet"
QUARANTINED = "QUARANTINED — do not use: unverified content is not reproduced here"


def plain_reason(reason: str | None) -> tuple[str, str]:
    """Why a bundle was refused and what to do, in plain English, for its reason code (fieldkit/hq/advice.py: the
    table the command line and the window say too)."""
    said = advice.advice(reason)
    return said.why, said.what


@dataclass(frozen=True)
class Context:
    """What a report says beside the verifier's findings: the bundle file as HQ read it (its own bytes, not what
    it claims), where and when the report was made, and, for a refused bundle, the words for why and what to do
    (the HQ window passes them in its language) and where quarantine keeps its copy."""

    file_name: str
    size: int | None
    file_sha256: str
    hq_folder: str
    machine: str
    made_at: str
    why: str = ""
    what: str = ""
    held: str = ""


def context(report: Report, hq_folder: Path | str, *, held: Path | None = None, why: str = "",
            what: str = "", size: int | None = None) -> Context:  # fmt: skip
    """The context of ``report`` now: the file's size and SHA-256 read (streaming) from ``held`` (a copy of it in
    quarantine) or else from the file checked; empty when it cannot be read. ``size``: what the caller read (a
    bundle verified from HQ's object storage: ``report.path`` is no file here)."""
    path = held if held is not None else Path(report.path)
    try:
        size = path.stat().st_size if size is None else size
        digest = report.file_sha256 or file_sha256(path)
    except OSError:
        digest = report.file_sha256
    return Context(Path(report.path).name, size, digest, str(hq_folder), socket.gethostname(),
                   datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"), why, what,
                   str(held) if held is not None else "")  # fmt: skip


_STYLE = """
body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#111}
.verdict{font-size:1.6em;padding:.8em 1em;border-radius:.4em;color:#fff}
.ok{background:#1b7f3b}.bad{background:#b3261e}
table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;
vertical-align:top}th{background:#f2f2f2}.item{border:1px solid #ccc;border-radius:.4em;padding:.6em;margin:.8em 0}
.thumbs img{margin:.3em;border:1px solid #999;max-width:240px}code{font-size:.9em;word-break:break-all}
.failed{color:#b3261e;font-weight:bold}.damaged{color:#8a5300}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _analysis(capture: CaptureRecord) -> str:
    """The analysis cell: ok, ok but damaged (how), failed (why), pending, or not recorded (an older bundle)."""
    analysis = capture.analysis
    if analysis is None:
        return "not recorded"
    if analysis.status == "failed":
        code = f" ({_e(analysis.code)})" if analysis.code else ""
        return f"<span class='failed'>failed{code}</span>: {_e(analysis.reason)}"
    if analysis.status == "ok" and analysis.damaged:
        return f"ok, <span class='damaged'>damaged</span>: {_e(analysis.damaged)}"
    return _e(analysis.status) + (f": {_e(analysis.reason)}" if analysis.reason else "")


def _acquired(capture: CaptureRecord, names: dict[str, str]) -> str:
    """Where the capture was acquired, as its record says: the path inside an archive (named by its capture in this
    bundle, else its uuid), the path relative to the imported folder or card, else its source."""
    metadata = capture.metadata
    if isinstance(metadata.get("archive"), str) and isinstance(metadata.get("path_in_archive"), str):
        archive = names.get(metadata["archive"]) or metadata["archive"]
        return f"{_e(metadata['path_in_archive'])} in archive {_e(archive)}"
    if isinstance(metadata.get("relative_path"), str):
        return _e(metadata["relative_path"])
    return _e(capture.source)


def _label(node: dict[str, Any], names: dict[Any, Any]) -> str:
    """A node of the custody graph by its name where it has one (a setting's key, a recipient), else its id."""
    return str(names.get(node.get("@id")) or node.get("@id"))


def _checks(report: Report, extra_checks: list[tuple[str, bool, str]]) -> list[str]:
    parts = ["<h2>Checks</h2><table><tr><th>check</th><th>result</th><th>detail</th></tr>"]
    for check in report.checks:
        parts.append(
            f"<tr><td>{_e(check.name)}</td><td>{'pass' if check.ok else 'FAIL'}</td><td>{_e(check.detail)}</td></tr>"
        )
    for name, flag, detail in extra_checks:
        parts.append(f"<tr><td>{_e(name)}</td><td>{'pass' if flag else 'FAIL'}</td><td>{_e(detail)}</td></tr>")
    parts.append("</table>")
    return parts


def amendment_targets(report: Report) -> list[tuple[str, str]]:
    """(kind, uuid) of what a bundle's amendments amend: ask HQ's index for their names (Index.labels)."""
    return [(a.target.type, a.target.uuid) for a in report.amendments.values()]


class AmendmentLine(NamedTuple):
    """An amendment for people: its order in the bundle, its words, the custody entries that record it, and whether
    it waits for its original (True: HQ has not received what it amends; None: HQ's holdings were not asked)."""

    order: int
    text: str
    custody: list[int]
    waiting: bool | None


def amendment_lines(report: Report, labels: dict[str, str] | None = None,
                    holds: dict[str, dict[str, Any] | None] | None = None) -> list[AmendmentLine]:  # fmt: skip
    """Each amendment of a verified bundle in its order; a target is named by this bundle's own records, else by
    ``labels`` (uuid -> "photo.jpg, EV-0043", from HQ's index: Index.labels). ``holds`` (Index.holdings: uuid -> what
    HQ holds of it now) says which targets HQ has, and what each amendment changes from; the reason the operator
    gave comes from the custody entries of this bundle that the amendment lists."""
    if not report.ok:
        return []
    names = dict(labels or {})
    names.update({c.uuid: amendment_words.label("capture", c.to_json()) for c in report.captures.values()})
    names.update({i.uuid: amendment_words.label("item", i.to_json()) for i in report.items.values()})
    brought = {uuid: record for (_, uuid), record in received_in(report).items()}  # applied before its amendments
    views: dict[str, dict[str, Any] | None] = {**(holds or {}), **brought}
    custody = report.records.get("data/custody.jsonld")
    lines = []
    for a in sorted(report.amendments.values(), key=lambda a: a.order):
        uuid = a.target.uuid
        held = uuid in views
        previous = views.get(uuid)
        why = amendment_words.reason(custody, a.custody)
        name = names.get(uuid) or amendment_words.label(a.target.type, previous)
        text = amendment_words.words(a.target.type, uuid, a.change, a.value, name, previous if held else None, why)
        if held:
            views[uuid] = amendment_words.apply(previous, a.change, a.value)
        lines.append(AmendmentLine(a.order, text, list(a.custody), None if holds is None else not held))
    return lines


def subjects_of(report: Report) -> list[tuple[str, str]]:
    """(device, subject uuid) of every subject whose templates the bundle carries: ask HQ for their candidates
    (Index.identification.candidates)."""
    return sorted({(report.device_id, record.subject) for record in report.templates.values() if record.subject})


def _finger(code: int) -> str:
    name = FINGER_NAMES.get(code)
    return f"{code} ({name})" if name else str(code)


def _hit_state(hit: HitRecord) -> str:
    if hit.decision is None:
        return "OPEN: no decision on the device yet"
    said = f"{hit.decision.upper()} by {hit.decided_by or '-'} {hit.decided_at or ''}".rstrip()
    return said + (f": {hit.reason}" if hit.reason else "")


def _hit_line(hit: HitRecord) -> str:
    where = f"finger {_finger(hit.finger)}" if hit.modality == "finger" else "face"
    return (
        f"watchlist hit: {hit.reference} ({where}, capture {hit.capture}) ~ {hit.watchlist_ref}"
        f"{f' [{hit.category}]' if hit.category else ''}, score {hit.score:g}: {_hit_state(hit)}"
    )


def _side_b(side: dict[str, Any]) -> str:
    """Side b of a candidate: another subject (its reference, device, bundles), or an entry of HQ's watchlist."""
    if "watchlist_ref" in side:
        category = f" [{side['category']}]" if side["category"] else ""
        return f"HQ watchlist entry {side['watchlist_ref']}{category} ({side['instructions']})"
    return f"{side['reference']} (device {side['device_id']}, bundles {', '.join(map(str, side['bundles']))})"


def _candidate_line(candidate: dict[str, Any]) -> str:
    a, b = candidate["a"], candidate["b"]
    fingers = ", ".join(f"{_finger(f['probe_finger'])}~{_finger(f['gallery_finger'])} {f['score']}"
                        for f in candidate["fingers"])  # fmt: skip
    if "watchlist_ref" in b:
        return (f"HQ watchlist candidate {candidate['id']}: {a['reference']} of device {a['device_id']} ~"
                f" {_side_b(b)}, score {candidate['score']:g} ({fingers}): {candidate['decision']}")  # fmt: skip
    return (
        f"HQ match candidate {candidate['id']}: {a['reference']} of device {a['device_id']} ~ {b['reference']}"
        f" of device {b['device_id']}, score {candidate['score']:g} ({fingers}): {candidate['decision']}"
    )


def identification_lines(report: Report, candidates: list[dict[str, Any]] | None) -> list[str]:
    """One line per watchlist hit the bundle carries (with the operator's decision) and per candidate HQ found for
    its subjects (None: HQ was not asked)."""
    lines = [_hit_line(hit) for hit in sorted(report.hits.values(), key=lambda h: (h.found_at, h.uuid))]
    if report.templates:
        lines.append(f"templates of {len(report.templates)} capture(s) for HQ's search of the same person")
    lines += [_candidate_line(candidate) for candidate in candidates or []]
    return lines


def _identification_html(report: Report, candidates: list[dict[str, Any]] | None) -> list[str]:
    parts: list[str] = []
    if report.hits:
        parts.append("<h2>Watchlist hits</h2><p>Found on the device against its watchlist, with the operator's"
                     " decision when the bundle was made (a later decision travels in a later bundle).</p><table>"
                     "<tr><th>subject / item</th><th>capture</th><th>finger</th><th>watchlist entry</th>"
                     "<th>category</th><th>score</th><th>found</th><th>decision</th></tr>")  # fmt: skip
        for hit in sorted(report.hits.values(), key=lambda h: (h.found_at, h.uuid)):
            where = _finger(hit.finger) if hit.modality == "finger" else "face"
            parts.append(f"<tr><td>{_e(hit.reference)}</td><td><code>{_e(hit.capture)}</code></td><td>{_e(where)}"
                         f"</td><td>{_e(hit.watchlist_ref)}</td><td>{_e(hit.category)}</td><td>{_e(f'{hit.score:g}')}"
                         f"</td><td>{_e(hit.found_at)}</td><td>{_e(_hit_state(hit))}</td></tr>")  # fmt: skip
        parts.append("</table>")
    if candidates is not None and report.templates:
        parts.append("<h2>Same person at HQ</h2><p>Subjects of other devices (or other subjects), and entries of"
                     " HQ's watchlist, whose fingerprints match this bundle's subjects: candidates for an examiner"
                     " ('fieldkit hq matches'); nothing is merged.</p>")  # fmt: skip
        if not candidates:
            parts.append("<p>None found (or the bundle is not ingested yet).</p>")
        else:
            parts.append("<table><tr><th>#</th><th>subject A</th><th>subject B</th><th>fingers</th><th>score</th>"
                         "<th>examiner</th></tr>")  # fmt: skip
            for candidate in candidates:
                a, b = candidate["a"], candidate["b"]
                fingers = ", ".join(f"{_finger(f['probe_finger'])}~{_finger(f['gallery_finger'])}: {f['score']}"
                                    for f in candidate["fingers"])  # fmt: skip
                score = f"{candidate['score']:g}"
                side_a = f"{a['reference']} (device {a['device_id']}, bundles {', '.join(map(str, a['bundles']))})"
                side_b = _side_b(b)
                cells = (candidate["id"], side_a, side_b, fingers, score, candidate["decision"])
                parts.append("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in cells) + "</tr>")
            parts.append("</table>")
    return parts


def sample_rows(report: Report) -> list[dict[str, str]]:
    """The Samples section's data (issue 19): one row per sample the bundle carries, by case, item and id, with its
    custody state and holder when the bundle was made, its seal, its shipment's manifest and its custody steps."""
    rows = []
    for sample in sorted(report.samples.values(), key=lambda s: (s.case_name, s.item_tag, s.ref)):
        steps = "; ".join(f"#{step.seq} {step.action.removeprefix('sample.')} {step.at[:16]} by {step.operator}"
                          for step in sample.steps)  # fmt: skip
        state = f"{sample.state}, held by {sample.holder}"
        rows.append({"item": f"{sample.case_name} / {sample.item_tag}", "sample": sample.ref,
                     "type": sample.sample_type, "state": state, "seal": sample.seal or "-",
                     "manifest": sample.manifest or "-", "steps": steps})  # fmt: skip
    return rows


def _samples_html(report: Report) -> list[str]:
    rows = sample_rows(report)
    if not rows:
        return []
    keys = ("item", "sample", "type", "state", "seal", "manifest", "steps")
    head = "".join(f"<th>{key}</th>" for key in keys)
    return ["<h2>Samples</h2><p>Physical samples (DNA) taken from items, as they stood when the bundle was made; each"
            " custody step in this bundle's range matches the signed custody log.</p>", f"<table><tr>{head}</tr>",
            *("<tr>" + "".join(f"<td>{_e(row[key])}</td>" for key in keys) + "</tr>" for row in rows),
            "</table>"]  # fmt: skip


def render(report: Report, extra_checks: list[tuple[str, bool, str]] | None = None,
           about: Context | None = None, labels: dict[str, str] | None = None,
           holds: dict[str, dict[str, Any] | None] | None = None,
           candidates: list[dict[str, Any]] | None = None) -> str:  # fmt: skip
    """The report of a verified bundle (``about``: its file's SHA-256 where the verifier had none), or the refusal
    report of one that failed (``about``: the file, when, where; made from ``report.path`` when not given).
    ``labels`` names what its amendments amend (HQ's index knows the earlier bundles: Index.labels), ``holds`` is what
    HQ holds of them (Index.holdings: an amendment to something HQ has not received is marked waiting).
    ``candidates``: HQ's match candidates for the bundle's subjects (Index.identification.candidates; None: not
    asked); its watchlist hits are listed with the operator's decisions."""
    ok = report.ok and all(flag for _, flag, _ in extra_checks or [])
    if not ok:
        return _render_refused(report, extra_checks or [], about or context(report, ""))
    verdict = "VALID: authentic, complete and unaltered"
    digest = report.file_sha256 or (about.file_sha256 if about is not None else "")
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>fieldkit verification report</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<div class='verdict ok'>{_e(verdict)}</div>",
        f"<p>Bundle: <code>{_e(report.path)}</code><br>File SHA-256: <code>{_e(digest or '-')}</code>",
        f"<br>Reason code: <code>{_e(report.reason or 'none')}</code></p>",
        *_checks(report, extra_checks or []),
    ]
    info = report.info
    if info is not None:
        parts += [
            "<h2>Device and sequence</h2><table>",
            f"<tr><th>device</th><td>{_e(report.signer or info.device_id)}</td></tr>",
            f"<tr><th>organisation</th><td>{_e(info.organisation)}</td></tr>",
            f"<tr><th>bundle</th><td>{_e(info.bundle_id)}, number {_e(info.sequence)}</td></tr>",
            f"<tr><th>previous bundle's tag manifest</th><td><code>{_e(info.previous_tagmanifest_sha256)}"
            "</code></td></tr>",
            f"<tr><th>this bundle's tag manifest</th><td><code>{_e(report.tagmanifest_sha256)}</code></td></tr>",
            f"<tr><th>numbers abandoned before</th><td>{_e(list(info.abandoned_sequences) or 'none')}</td></tr>",
            f"<tr><th>custody entries</th><td>{_e(info.custody.from_seq)} to {_e(info.custody.to_seq)}</td></tr>",
            f"<tr><th>created</th><td>{_e(info.created_at)}</td></tr></table>",
        ]
    if report.items:
        parts.append("<h2>Items</h2>")
    for item in report.items.values():
        parts.append(
            f"<div class='item'><b>{_e(item.tag)}</b> ({_e(item.category)}), case "
            f"{_e(item.case.name)}<br>{_e(item.description)}<table>"
            "<tr><th>capture</th><th>kind</th><th>media type</th><th>original name</th><th>SHA-256</th><th>size</th>"
            "<th>captured</th><th>acquired from</th><th>analysis</th></tr>"
        )
        capture_names = {c.uuid: f"{c.original_name} (capture {c.id})" for c in report.captures.values()}
        thumbs = []
        for capture in (c for c in report.captures.values() if c.item == item.uuid):
            parts.append(
                f"<tr><td>{_e(capture.id)}</td><td>{_e(capture.kind)}</td><td>{_e(capture.media_type)}</td>"
                f"<td>{_e(capture.original_name)}</td><td><code>{_e(capture.sha256)}</code></td>"
                f"<td>{_e(capture.size)}</td><td>{_e(capture.captured_at)}</td>"
                f"<td>{_acquired(capture, capture_names)}</td><td>{_analysis(capture)}</td></tr>"
            )
            small = report.thumbnails.get(capture.payload)
            if small:
                alt = _e(capture.original_name)
                thumbs.append(f"<img alt='{alt}' src='data:image/jpeg;base64,{base64.b64encode(small).decode()}'>")
        parts.append("</table>")
        if thumbs:
            parts.append("<div class='thumbs'>" + "".join(thumbs) + "</div>")
        parts.append("</div>")
    if report.left_out:
        original_names = {c.uuid: c.original_name for c in report.captures.values()}
        parts.append("<h2>Left out</h2><p>Products the device could not derive from these captures; the originals"
                     " travel all the same.</p><table><tr><th>capture</th><th>original name</th><th>product</th>"
                     "<th>reason</th></tr>")  # fmt: skip
        for entry in report.left_out:
            name = original_names.get(entry.capture, "")
            parts.append(f"<tr><td><code>{_e(entry.capture)}</code></td><td>{_e(name)}</td>"
                         f"<td>{_e(entry.product)}</td><td>{_e(entry.reason)}</td></tr>")  # fmt: skip
        parts.append("</table>")
    amended = amendment_lines(report, labels, holds)
    if amended:
        parts.append("<h2>Amendments</h2><p>Changes made on the device after earlier bundles carried these captures,"
                     " items, subjects or sites; HQ keeps the originals and applies these in order.</p>"
                     "<table><tr><th>#</th><th>change</th><th>custody entries</th><th>at HQ</th></tr>")  # fmt: skip
        for line in amended:
            state = {True: WAITING, False: "applies to what HQ holds", None: "-"}[line.waiting]
            custody = ", ".join(map(str, line.custody)) or "-"
            parts.append(f"<tr><td>{_e(line.order)}</td><td>{_e(line.text)}</td><td>{_e(custody)}</td>"
                         f"<td>{_e(state)}</td></tr>")  # fmt: skip
        parts.append("</table>")
    parts += _identification_html(report, candidates)
    parts += _samples_html(report)
    custody_doc = report.records.get("data/custody.jsonld")
    if isinstance(custody_doc, dict) and isinstance(custody_doc.get("@graph"), list):
        parts.append("<h2>Custody timeline</h2><table><tr><th>#</th><th>time (UTC)</th><th>what happened</th>"
                     "<th>action</th><th>performer</th><th>object</th></tr>")  # fmt: skip
        names = {n.get("@id"): n.get("uco-core:name") for n in custody_doc["@graph"] if isinstance(n, dict)}
        for node in custody_doc["@graph"]:
            if not isinstance(node, dict) or node.get("@type") != "case-investigation:InvestigativeAction":
                continue
            when = node.get("uco-action:startTime", {})
            performer = node.get("uco-action:performer", {})
            objects = node.get("uco-action:object", [])
            parts.append(
                f"<tr><td>{_e(node.get('fieldkit:sequence'))}</td>"
                f"<td>{_e(when.get('@value') if isinstance(when, dict) else when)}</td>"
                f"<td>{_e(custody_text.describe(custody_text.from_node(node)))}</td>"
                f"<td><code>{_e(node.get('uco-core:name'))}</code></td>"
                f"<td>{_e(names.get(performer.get('@id')) if isinstance(performer, dict) else '')}</td>"
                f"<td>{_e(', '.join(_label(o, names) for o in objects if isinstance(o, dict)))}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def _render_refused(report: Report, extra_checks: list[tuple[str, bool, str]], about: Context) -> str:
    """A refused bundle's report: the verdict, why and what to do, the checks that ran, the file and the context.
    Of the bundle's inside only what the checks say (which check failed, and on what)."""
    why, what = plain_reason(report.reason)
    size = "-" if about.size is None else f"{about.size:,} bytes".replace(",", "\u202f")
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>fieldkit verification report: QUARANTINED</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<div class='verdict bad'><b>{_e(QUARANTINED)}</b></div>",
        f"<h2>Why</h2><p>{_e(about.why or why)}</p>",
        f"<h2>What to do</h2><p>{_e(about.what or what)}</p>",
        f"<p>What the check found: {_e(report.message or '-')} (reason code <code>{_e(report.reason or '-')}</code>)"
        "</p>",
        *_checks(report, extra_checks),
        "<h2>The bundle file</h2><table>",
        f"<tr><th>name</th><td><code>{_e(about.file_name)}</code></td></tr>",
        f"<tr><th>size</th><td>{_e(size)}</td></tr>",
        f"<tr><th>SHA-256 (of the file as HQ read it)</th><td><code>{_e(about.file_sha256 or '-')}</code></td></tr>",
    ]
    if about.held:
        parts.append(f"<tr><th>copy kept in quarantine</th><td><code>{_e(about.held)}</code></td></tr>")
    parts += [
        "</table><h2>This report</h2><table>",
        f"<tr><th>made</th><td>{_e(about.made_at)}</td></tr>",
        f"<tr><th>HQ folder</th><td><code>{_e(about.hq_folder or '-')}</code></td></tr>",
        f"<tr><th>machine</th><td>{_e(about.machine)}</td></tr>",
        "</table></body></html>\n",
    ]
    return "".join(parts)


def flags(report: Report) -> dict[str, str]:
    """The captures a verified bundle's custody log leaves flagged for review (the device's ``capture.flagged``
    not followed by ``capture.unflagged``): capture uuid -> the reason given. Empty for a refused bundle."""
    graph = report.records.get("data/custody.jsonld") if report.ok else None
    nodes = graph.get("@graph") if isinstance(graph, dict) else None
    events = []
    for node in nodes if isinstance(nodes, list) else []:
        if isinstance(node, dict) and node.get("uco-core:name") in ("capture.flagged", "capture.unflagged"):
            sequence = node.get("fieldkit:sequence")
            events.append((sequence if isinstance(sequence, int) else 0, node))
    flagged: dict[str, str] = {}
    for _, node in sorted(events, key=lambda pair: pair[0]):
        objects = node.get("uco-action:object")
        for target in objects if isinstance(objects, list) else []:
            ident = target.get("@id") if isinstance(target, dict) else None
            if not isinstance(ident, str) or not ident.startswith("kb:capture-"):
                continue
            uuid = ident.removeprefix("kb:capture-")
            if node.get("uco-core:name") == "capture.unflagged":
                flagged.pop(uuid, None)
                continue
            try:
                details = json.loads(node.get("fieldkit:details") or "{}")
            except (TypeError, ValueError):
                details = {}
            reason = details.get("reason") if isinstance(details, dict) else None
            flagged[uuid] = reason if isinstance(reason, str) else ""
    return flagged
