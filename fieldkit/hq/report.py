"""The HTML verification report, for people: the verdict first, then each check, the device and its sequence
chain, the items with each capture's analysis state and thumbnails of their photos, what the device left out, and
the custody timeline. One self-contained file (inline style, thumbnails as data: URIs, no script, nothing fetched)
made from Jinja2 templates (fieldkit/hq/templates) with autoescape on: every value from the bundle is HTML-escaped.
In English, French or Arabic (right to left), with the window's catalogues (fieldkit/hq/reportwords.py).

It renders what the verifier returned (typed fieldkit.json and records); the thumbnails are in the report when the
bundle was checked with ``thumbnail=hq.thumbnails.render``.

A bundle that failed verification gets a report of the refusal only: the verdict, the reason in plain words and what
to do, the checks that ran, the bundle file (name, size, SHA-256), when, the HQ folder and the machine. Nothing read
from inside it is reproduced (no case, tags, names, hashes, times or custody): it is unverified."""

from __future__ import annotations

import base64
import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import jinja2
from markupsafe import Markup, escape

from fieldkit.biometrics.codes import FINGER_NAMES
from fieldkit.bundle.manifest import CaptureRecord, HitRecord
from fieldkit.bundle.verify import Report
from fieldkit.core import custody_text
from fieldkit.hq import advice, reportwords
from fieldkit.hq import amendments as amendment_words
from fieldkit.hq.ingest import file_sha256, received_in
from fieldkit.models import CustodyEvent

WAITING = "waiting: HQ has not received the original yet"
QUARANTINED = "QUARANTINED — do not use: unverified content is not reproduced here"


LANGUAGES = reportwords.LANGUAGES  # what the report is written in: en, fr, ar (right to left)


def plain_reason(reason: str | None, language: str = "en") -> tuple[str, str]:
    """Why a bundle was refused and what to do, in plain words (English unless ``language``), for its reason code
    (fieldkit/hq/advice.py: the table the command line and the window say too)."""
    if language == "en":
        said = advice.advice(reason)
        return said.why, said.what
    return reportwords.Words(language).advice(reason)


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


def _label(node: dict[str, Any], names: dict[Any, Any]) -> str:
    """A node of the custody graph by its name where it has one (a setting's key, a recipient), else its id."""
    return str(names.get(node.get("@id")) or node.get("@id"))


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


# The templates ship inside the package (fieldkit/hq/templates: package data, and PyInstaller's datas), found beside
# this module in a checkout, an installed wheel and a frozen build alike.
TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every value is escaped unless it is Markup made here (reportwords: t, ltr, code; data: URIs)
    undefined=jinja2.StrictUndefined,  # a name the template misspells fails the report, never shows as nothing
    finalize=lambda value: "" if value is None else value,  # an absent value is shown as nothing, not "None"
    keep_trailing_newline=True,
)


def _page(name: str, words: reportwords.Words, **values: Any) -> str:
    template = _ENVIRONMENT.get_template(name)
    return template.render(lang=words.language, dir=words.direction, t=words.t, ltr=words.ltr, code=words.code,
                           coded=words.coded, check=words.check, category=words.category, kind=words.kind,
                           **values)  # fmt: skip


def _bold(value: object) -> Markup:
    return Markup("<b>{}</b>").format(value)


def _score(value: float) -> str:
    return f"{value:g}"


def _acquired(capture: CaptureRecord, names: dict[str, Markup], words: reportwords.Words) -> Markup:
    """Where the capture was acquired, as its record says: the path inside an archive (named by its capture in this
    bundle, else its uuid), the path relative to the imported folder or card, else its source."""
    metadata = capture.metadata
    if isinstance(metadata.get("archive"), str) and isinstance(metadata.get("path_in_archive"), str):
        archive = names.get(metadata["archive"]) or words.ltr(metadata["archive"])
        return words.t("{path} in archive {archive}", path=words.ltr(metadata["path_in_archive"]), archive=archive)
    if isinstance(metadata.get("relative_path"), str):
        return words.ltr(metadata["relative_path"])
    return escape(capture.source)


def _items(report: Report, words: reportwords.Words) -> list[dict[str, Any]]:
    """Each item with its captures (and where each was acquired) and the thumbnails of its photos."""
    names = {c.uuid: words.t("{name} (capture {id})", name=c.original_name, id=words.ltr(c.id))
             for c in report.captures.values()}  # fmt: skip
    items = []
    for item in report.items.values():
        captures = [c for c in report.captures.values() if c.item == item.uuid]
        thumbnails = []
        for capture in captures:
            small = report.thumbnails.get(capture.payload)
            if small:  # base64 of bytes HQ's thumbnailer encoded: the one thing the report marks safe itself
                uri = Markup("data:image/jpeg;base64," + base64.b64encode(small).decode("ascii"))  # noqa: S704
                thumbnails.append((capture.original_name, uri))
        items.append({"item": item, "captures": [(c, _acquired(c, names, words)) for c in captures],
                      "thumbnails": thumbnails})  # fmt: skip
    return items


def _hit_words(hit: HitRecord, words: reportwords.Words) -> Markup:
    """The operator's decision on a hit when the bundle was made, in the report's language."""
    if hit.decision is None:
        return words.t("OPEN: no decision on the device yet")
    said = words.t("CONFIRMED by {operator} {time}" if hit.decision == "confirmed" else "REJECTED by {operator} {time}",
                   operator=hit.decided_by or "-", time=words.ltr(hit.decided_at or ""))  # fmt: skip
    return words.t("{decision}: {reason}", decision=said, reason=hit.reason) if hit.reason else said


def _side(side: dict[str, Any], words: reportwords.Words) -> Markup:
    """A side of a candidate: a subject (its reference, device, bundles), or an entry of HQ's watchlist."""
    if "watchlist_ref" in side:
        if side["category"]:
            return words.t("HQ watchlist entry {reference} [{category}] ({instructions})",
                           reference=side["watchlist_ref"], category=side["category"],
                           instructions=side["instructions"])  # fmt: skip
        return words.t("HQ watchlist entry {reference} ({instructions})", reference=side["watchlist_ref"],
                       instructions=side["instructions"])  # fmt: skip
    bundles = words.ltr(", ".join(map(str, side["bundles"])))
    return words.t("{reference} (device {device}, bundles {bundles})", reference=side["reference"],
                   device=words.ltr(side["device_id"]), bundles=bundles)  # fmt: skip


def _candidates(candidates: list[dict[str, Any]], words: reportwords.Words) -> list[tuple[Any, ...]]:
    rows = []
    for candidate in candidates:
        fingers = ", ".join(f"{words.finger(f['probe_finger'])}~{words.finger(f['gallery_finger'])}: {f['score']}"
                            for f in candidate["fingers"])  # fmt: skip
        rows.append((candidate, _side(candidate["a"], words), _side(candidate["b"], words), fingers))
    return rows


def _custody(report: Report, words: reportwords.Words) -> list[tuple[Any, ...]] | None:
    """The custody timeline's rows (None: the bundle has no custody graph)."""
    document = report.records.get("data/custody.jsonld")
    if not isinstance(document, dict) or not isinstance(document.get("@graph"), list):
        return None
    names = {n.get("@id"): n.get("uco-core:name") for n in document["@graph"] if isinstance(n, dict)}
    rows = []
    for node in document["@graph"]:
        if not isinstance(node, dict) or node.get("@type") != "case-investigation:InvestigativeAction":
            continue
        when = node.get("uco-action:startTime", {})
        performer = node.get("uco-action:performer", {})
        objects = node.get("uco-action:object", [])
        rows.append((
            node.get("fieldkit:sequence"),
            when.get("@value") if isinstance(when, dict) else when,
            words.custody(custody_text.from_node(node)),
            node.get("uco-core:name"),
            names.get(performer.get("@id")) if isinstance(performer, dict) else "",
            ", ".join(_label(o, names) for o in objects if isinstance(o, dict)),
        ))  # fmt: skip
    return rows


def sample_rows(report: Report, words: reportwords.Words | None = None) -> list[dict[str, Any]]:
    """The Samples section's data (issue 19): one row per sample the bundle carries, by case, item and id, with its
    type and custody state (in the report's language), holder, seal and manifest when the bundle was made, and its
    custody steps in words."""
    words = words or reportwords.Words()
    rows = []
    for sample in sorted(report.samples.values(), key=lambda s: (s.case_name, s.item_tag, s.ref)):
        steps = []
        for step in sample.steps:
            event = CustodyEvent(step.seq, step.at, step.operator, step.action, f"sample:{sample.uuid}",
                                 dict(step.details), "", "")  # fmt: skip
            steps.append((step.seq, words.t("{what} ({operator}, {time})", what=words.custody(event),
                                            operator=step.operator, time=words.ltr(step.at[:16]))))  # fmt: skip
        rows.append({"item": f"{sample.case_name} / {sample.item_tag}", "sample": sample.ref,
                     "type": words.sample_type(sample.sample_type), "state": words.sample_state(sample.state),
                     "holder": sample.holder, "seal": sample.seal or "-", "manifest": sample.manifest or "-",
                     "steps": steps})  # fmt: skip
    return rows


def render(report: Report, extra_checks: list[tuple[str, bool, str]] | None = None,
           about: Context | None = None, labels: dict[str, str] | None = None,
           holds: dict[str, dict[str, Any] | None] | None = None,
           candidates: list[dict[str, Any]] | None = None, *, language: str = "en") -> str:  # fmt: skip
    """The report of a verified bundle (``about``: its file's SHA-256 where the verifier had none), or the refusal
    report of one that failed (``about``: the file, when, where; made from ``report.path`` when not given).
    ``labels`` names what its amendments amend (HQ's index knows the earlier bundles: Index.labels), ``holds`` is what
    HQ holds of them (Index.holdings: an amendment to something HQ has not received is marked waiting).
    ``candidates``: HQ's match candidates for the bundle's subjects (Index.identification.candidates; None: not
    asked); its watchlist hits are listed with the operator's decisions. ``language``: en, fr or ar (LANGUAGES;
    ReportLanguageError for another), the words from the window's catalogues (fieldkit/hq/reportwords.py)."""
    words = reportwords.Words(language)
    ok = report.ok and all(flag for _, flag, _ in extra_checks or [])
    checks = [(c.name, c.ok, c.detail) for c in report.checks] + list(extra_checks or [])
    if not ok:
        return _render_refused(report, checks, about or context(report, ""), words)
    hits = [(hit, words.finger(hit.finger) if hit.modality == "finger" else words.t("face"), _hit_words(hit, words))
            for hit in sorted(report.hits.values(), key=lambda h: (h.found_at, h.uuid))]  # fmt: skip
    original_names = {c.uuid: c.original_name for c in report.captures.values()}
    return _page(
        "report.html.j2",
        words,
        report=report,
        digest=report.file_sha256 or (about.file_sha256 if about is not None else ""),
        check_rows=checks,
        items=_items(report, words),
        left_out=[(entry, original_names.get(entry.capture, "")) for entry in report.left_out],
        amendments=amendment_lines(report, labels, holds),
        hits=hits,
        candidates=_candidates(candidates, words) if candidates is not None and report.templates else None,
        custody=_custody(report, words),
        samples=sample_rows(report, words),
        bold=_bold,
        score=_score,
    )


def _render_refused(report: Report, checks: list[tuple[str, bool, str]], about: Context,
                    words: reportwords.Words) -> str:  # fmt: skip
    """A refused bundle's report: the verdict, why and what to do, the checks that ran, the file and the context.
    Of the bundle's inside only what the checks say (which check failed, and on what). ``about.why``/``what``, when
    given, are the caller's words (the HQ window's, in its language); else advice.py's in the report's language."""
    why, what = words.advice(report.reason)
    size = "" if about.size is None else f"{about.size:,}".replace(",", "\u202f")
    return _page("refused.html.j2", words, report=report, about=about, check_rows=checks, size=size,
                 why=about.why or why, what=about.what or what)  # fmt: skip


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
