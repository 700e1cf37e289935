"""Headquarters: verify, and hq with one sub-command (and one function) per action (HQ_ACTIONS: init, config,
recipient, enroll, revoke, provision, ingest, status, retry, quarantine, history, matches, hits, reindex, export-nist,
worker, unwrap, serve, gateway, watchlist: add, list, remove, export; samples, sample: result, receive, export-dna:
cli/hq_samples.py)."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import logging
import os
import secrets
import signal
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from fieldkit._internal import catalogue, fsutil, logs, pgpwords
from fieldkit._internal.plurals import plural
from fieldkit.biometrics import nist
from fieldkit.biometrics.codes import SCORE_DECIMALS
from fieldkit.biometrics.watchlist_file import DEFAULT_INSTRUCTIONS, INSTRUCTIONS, instructions_words
from fieldkit.bundle import sshsig
from fieldkit.bundle.provisioning import agency_code
from fieldkit.bundle.verify import Report, Thumbnailer, check_bundle, check_stream
from fieldkit.cli import hq_samples, settings, tables
from fieldkit.cli._common import (
    CliParser,
    Handler,
    Subparsers,
    add_command,
    add_verbosity_options,
    emit_json,
    parse_size,
    printable,
)
from fieldkit.cli.progress import Progress, progress
from fieldkit.cli.progress import Task as ProgressTask
from fieldkit.cli.tables import Column
from fieldkit.config import BUNDLE_LIMITS, IDENTIFICATION_LIMITS, SERVER_LIMITS, WORKER_LIMITS
from fieldkit.errors import (
    BundleError,
    ExportError,
    ExportFolderMissingError,
    HqAlarmError,
    InputError,
    ReportLanguageError,
    UsageError,
)
from fieldkit.hq import advice, backends, gateway, identify, thumbnails, watchlist
from fieldkit.hq import report as html_report
from fieldkit.hq.access import provisioning_for, withdraw_credential
from fieldkit.hq.db import Database
from fieldkit.hq.ingest import Index, file_sha256, gap_text, stream_sha256
from fieldkit.hq.storage import Storage
from fieldkit.hq.trust import HQ, IDENTITY, RECEIPT_KEY
from fieldkit.hq.unwrap_client import CREDENTIAL, RemoteUnwrapper, load_credential
from fieldkit.hq.worker import analysis_notes, unseal


def _stored_bundle(hq: HQ, name: str) -> tuple[Storage, str] | None:
    """The object ``name`` names in HQ's bundle storage when it is no file here: its key (archive/DEVICE/...fkb,
    quarantine/...fkb) or where HQ said it is (a path in the HQ folder, s3://bucket/prefix/key); else None."""
    if Path(name).is_file():
        return None
    storage = hq.storage()
    key = storage.key_at(name)
    return (storage, key) if key is not None and storage.exists(key) else None


def _check_named(hq: HQ, name: str, *, thumbnail: Thumbnailer | None = None, biometrics: bool = False,
                 shown: Progress | None = None) -> tuple[Report, int | None]:  # fmt: skip
    """Verify the bundle ``name`` names: a file, or an object in HQ's storage streamed from it (no local copy);
    the report (a refused one named by its file's SHA-256 too) and the size of what was read. ``shown``: the
    command's progress, where the reading is followed (bytes)."""
    stored = _stored_bundle(hq, name)
    if stored is None:
        path = Path(name)
        reading = _reading(shown, path.stat().st_size if path.is_file() else None)
        report = check_bundle(path, hq.trust(), thumbnail=thumbnail, biometrics=biometrics,
                              progress=reading.update if reading else None)  # fmt: skip
        if reading:
            reading.end()
        try:  # a file that cannot be read is said by its report
            report.file_sha256 = report.file_sha256 or file_sha256(path)
            return report, path.stat().st_size
        except OSError:
            return report, None
    storage, key = stored
    reading = _reading(shown, storage.size(key))
    with storage.open(key) as stream:
        report = check_stream(stream, hq.trust(), name=storage.describe(key), thumbnail=thumbnail,
                              biometrics=biometrics, progress=reading.update if reading else None)  # fmt: skip
    if reading:
        reading.end()
    if not report.file_sha256:
        with storage.open(key) as stream:
            report.file_sha256 = stream_sha256(stream)
    return report, storage.size(key)


def _reading(shown: Progress | None, size: int | None) -> ProgressTask | None:
    """A task of ``shown`` following one bundle's verification (``size`` bytes), or None without ``shown``."""
    return shown.task("verifying", total=size, unit="bytes") if shown is not None else None


def _report_language(given: str | None) -> str:
    """The report's language: the one given (--lang, $FIELDKIT_HQ_LANGUAGE or HQ's file, resolved by
    settings.apply; ``fr_FR`` reads as ``fr``), else the system's when fieldkit has it, else English."""
    if given is None:
        return catalogue.system_language() or catalogue.ENGLISH
    language = catalogue.language_of(given)
    if language is None:
        raise ReportLanguageError(f"the report is written in {', '.join(html_report.LANGUAGES)}, not {given!r}")
    return language


def cmd_verify(args: argparse.Namespace) -> int:
    hq = HQ(Path(args.hq))
    bundle = Path(args.bundle)
    if not bundle.is_file() and _stored_bundle(hq, args.bundle) is None:
        what = "is a folder" if bundle.is_dir() else "is not a file" if bundle.exists() else "does not exist"
        raise InputError(f"{bundle} {what}: verify takes one bundle file (.fkb), or the key or location of one HQ"
                         " holds; 'fieldkit hq ingest' takes folders")  # fmt: skip
    language = _report_language(args.lang) if args.report else "en"  # a bad one is said before the verification
    with progress(args, "fieldkit verify") as shown:
        result, size = _check_named(hq, args.bundle, thumbnail=thumbnails.render if args.report else None,
                                    shown=shown)  # fmt: skip
    result = identify.refuse_bad_templates(result)  # as ingest refuses it: a template that does not decode
    labels: dict[str, str] = {}
    holds: dict[str, dict[str, Any] | None] = {}
    candidates: list[dict[str, Any]] | None = None
    if result.ok and result.amendments:  # what they amend came in earlier bundles: HQ's index names and holds it
        with Index(hq) as index:
            labels = index.labels(html_report.amendment_targets(result))
            holds = index.holdings(html_report.amendment_targets(result))
    if result.ok and result.templates:  # the candidates HQ found for its subjects (once it was ingested)
        with Index(hq) as index:
            candidates = index.identification.candidates(subjects=html_report.subjects_of(result))
    if args.report:
        about = html_report.context(result, hq.folder, size=size)  # a refused one's names its file, not its content
        # The report shows the bundle's pictures and records in plaintext: owner-only (0600), written whole.
        page = html_report.render(result, about=about, labels=labels, holds=holds, candidates=candidates,
                                  language=language)  # fmt: skip
        replaced = Path(args.report).exists()
        fsutil.write_file_durably(Path(args.report), page.encode("utf-8"))
        if replaced:  # said on stderr: --json stays the machine interface on stdout
            print(f"replaced {args.report} (the report written before it is gone)", file=sys.stderr)
    if args.json:
        emit_json(
            {**result.to_json(), "candidates": candidates or []}
            if result.ok
            else {**result.to_json(), "what_to_do": advice.advice(result.reason).what}
        )
    else:
        print(("VALID  " if result.ok else "REJECTED  ") + result.message)
        for check in result.checks:
            print(f"  {'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
        if result.ok:
            _print_analysis(result)
            for line in html_report.amendment_lines(result, labels, holds):
                print(f"  amendment {line.order}: {printable(line.text)}"
                      + (f" ({html_report.WAITING})" if line.waiting else ""))  # fmt: skip
            for text in html_report.identification_lines(result, candidates):
                print(f"  {printable(text)}")
    if not result.ok:
        error = result.error or BundleError(result.message, reason=result.reason)
        if not args.json:
            _what_to_do(result.reason)
            print(f"fieldkit: reason code: {result.reason}", file=sys.stderr)
        return error.exit_code
    return 0


def _print_analysis(report: Report, indent: str = "  ") -> None:
    """What a verified bundle says its device could not analyse or derive: one line each (its originals are in it)."""
    _print_notes(analysis_notes(report), indent)


def _print_notes(notes: list[dict[str, str]], indent: str = "  ") -> None:
    for note in notes:
        if note["what"] == "left out":
            print(f"{indent}left out: {printable(note['product'])} of capture {printable(note['capture'])}:"
                  f" {printable(note['why'])}")  # fmt: skip
        else:
            print(f"{indent}{note['what']}: capture {note['capture']} ({printable(note['name'])}):"
                  f" {printable(note['why'])}")  # fmt: skip


def hq_init(args: argparse.Namespace) -> int:
    hq = HQ.init(Path(args.dir), args.organisation or "", ori=args.ori, dai=args.dai, database=args.database,
                 storage=args.storage)  # fmt: skip
    print(f"Created an HQ folder in {hq.folder}")
    where = backends.describe(hq.folder, hq.database_url, hq.storage_url)
    print(f"Database: {where['database']}")
    print(f"Bundles:  {where['storage']}")
    print(f"Recipient (give it to devices): {hq.recipients()[0]}")
    if not (hq.ori and hq.dai):
        print("note: set the AFIS agency codes with 'fieldkit hq config --dir HQ --ori X --dai Y'", file=sys.stderr)
    return 0


def hq_config(args: argparse.Namespace) -> int:
    """Set the agency codes of AFIS transactions (ORI, DAI); with no option, show the settings."""
    hq = HQ(Path(args.dir))
    if any(value is not None for value in (args.ori, args.dai, args.database, args.storage, args.unwrap)):
        hq.configure(ori=args.ori, dai=args.dai, database=args.database, storage=args.storage, unwrap=args.unwrap)
    where = backends.describe(hq.folder, hq.database_url, hq.storage_url)
    settings = {"organisation": hq.organisation, "ori": hq.ori, "dai": hq.dai, **where, "unwrap": hq.unwrap_url}
    if args.json:
        emit_json(settings)
        return 0
    print(f"organisation: {printable(hq.organisation) or '(none)'}")
    print(f"ori:          {hq.ori or '(not set: transactions say ' + nist.UNSPECIFIED + ')'}")
    print(f"dai:          {hq.dai or '(not set: transactions say ' + nist.UNSPECIFIED + ')'}")
    print(f"database:     {where['database']}")
    print(f"storage:      {where['storage']}")
    print(f"unwrap:       {hq.unwrap_url or '(none: hq-identity.txt in the folder opens bundles)'}")
    if args.ori is not None or args.dai is not None:
        print("Devices take them with their next provisioning file ('fieldkit hq provision'); 'hq export-nist' "
              "writes them into every transaction it writes out")  # fmt: skip
    return 0


def hq_recipient(args: argparse.Namespace) -> int:
    for recipient in HQ(Path(args.dir)).recipients():
        print(recipient)
    return 0


def hq_enroll(args: argparse.Namespace) -> int:
    signer = HQ(Path(args.dir)).enroll(" ".join(args.args))
    fingerprint = sshsig.fingerprint(signer.key)
    print(f"Enrolled device {signer.principal}")
    print(f"  key fingerprint: {fingerprint}")
    # The device shows the same words (Settings, device key): read aloud over the phone, they confirm the key.
    print(f"  words to compare with the device: {' '.join(pgpwords.fingerprint_words(fingerprint))}")
    return 0


def hq_revoke(args: argparse.Namespace) -> int:
    hq = HQ(Path(args.dir))
    signer = hq.revoke(args.args[0])
    withdraw_credential(hq, signer.principal)
    print(f"Revoked device {signer.principal}: its bundles and uploads are refused from now on")
    return 0


def hq_provision(args: argparse.Namespace) -> int:
    hq = HQ(Path(args.dir))
    if bool(args.device) != bool(args.endpoint):
        raise UsageError("give both --device and --endpoint for a device's upload credential, or neither")
    document = provisioning_for(hq, args.device, args.endpoint) if args.device else hq.provisioning()
    out = Path(args.out)
    if out.exists():
        raise UsageError(f"{out} already exists: choose another name")
    fsutil.write_file_durably(out, (json.dumps(document.to_json(), indent=1) + "\n").encode())  # owner-only
    print(f"Wrote {out}: import it with 'fieldkit provision import {out}'"
          + (f" on device {args.device} only, then delete it (it holds its upload credential)" if args.device
             else " on each device"))  # fmt: skip
    # What the device prints (and its window shows) when it imports the file: compared before it is trusted.
    print(f"  organisation: {printable(document.organisation) or '(none)'}")
    for recipient in document.recipients:
        print(f"  recipient:    {recipient}")
    if document.signing_key_fingerprint:
        print(f"  HQ signing key: {document.signing_key_fingerprint}")
    return 0


def _bundles_named(names: list[str]) -> list[tuple[str, str | None]]:
    """The files a batch names, in order: (path, None) for a file; a folder stands for every *.fkb file directly in
    it (sorted by name; sub-folders are not entered); (path, why) for a path that gives no bundle file, which the
    batch says on its own line and goes on."""
    found: list[tuple[str, str | None]] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            inside = sorted(p for p in path.glob("*.fkb") if p.is_file())
            found += [(str(p), None) for p in inside] or [(name, "a folder with no .fkb file in it")]
        elif path.is_file():
            found.append((name, None))
        else:
            found.append((name, "not a file" if path.exists() or path.is_symlink() else "no such file"))
    return found


def _batch_exit(results: list[dict[str, Any]], skipped: int) -> int:
    """0: every file ingested (or already held: a replay) and no alarm; HqAlarmError's code when any file is the
    subject of an alarm (fork, chain-broken, custody-chain-broken); else BundleError's when any was refused or
    skipped. The reason of each file is on its line (and in --json): the code says only how the batch went.
    ``results``: each file's IngestResult.to_json()."""
    if any(r["outcome"] in ("fork", "chain-broken") or r["alarms"] for r in results):
        return HqAlarmError.exit_code
    if skipped or not all(r["outcome"] in ("ingested", "replay") for r in results):
        return BundleError.exit_code
    return 0


def _what_to_do(reason: str | None, indent: str = "  ", out: TextIO | None = None) -> None:
    print(f"{indent}what to do: {advice.advice(reason).what}", file=out or sys.stdout)


_PAD = " " * 13


def _show_result(name: str, said: dict[str, Any], notes: list[dict[str, str]], as_json: bool) -> dict[str, Any]:
    """One file's result (IngestResult.to_json(), and its analysis notes) as `hq ingest` says it: its lines, or
    the entry of the --json list, which is returned."""
    accepted = said["outcome"] in ("ingested", "replay")
    if not accepted or said["alarms"]:  # the advice for its reason (or its alarm), as on its line
        said["what_to_do"] = advice.advice(said["alarms"][0]["kind"] if accepted else said["reason"]).what
    if as_json:
        return said
    gaps = f"; missing from this device: {gap_text(said['gaps'])}" if said["gaps"] else ""
    print(f"{said['outcome']:<12} {name}: {printable(said['message'])}{gaps}")
    if not accepted:
        _what_to_do(said["reason"], _PAD)
    for alarm in said["alarms"]:
        if said["outcome"] != "ingested":  # an archived bundle's alarm is already on its line
            print(f"{_PAD}ALARM {alarm['kind']} at bundle {alarm['sequence']}")
        if accepted:
            _what_to_do(alarm["kind"], _PAD)
    if said["outcome"] == "ingested":
        _print_notes(notes, indent=_PAD)
    for amendment in said["amendments"]:
        state = "applied" if amendment["state"] == "applied" else "WAITING"
        print(f"{_PAD}{state}: {printable(amendment['words'])}"
              + ("" if state == "applied" else " (HQ has not received the original yet)"))  # fmt: skip
    for amendment in said["released"]:
        print(f"{_PAD}applied now (its original arrived): {printable(amendment['words'])}"
              f" (bundle {amendment['sequence']})")  # fmt: skip
    found = [c for c in said.get("candidates") or [] if "watchlist" not in c]
    if found:
        print(f"{_PAD}SAME PERSON? {plural(len(found), 'match candidate')} for an examiner: 'fieldkit hq matches'")
    for hit in (c for c in said.get("candidates") or [] if "watchlist" in c):
        entry = hit["watchlist"]
        category = f" [{printable(entry['category'])}]" if entry["category"] else ""
        whom = f"{printable(hit.get('reference') or '-')} ({hit['subject'][:8]}…)"
        print(f"{_PAD}WATCHLIST at HQ: subject {whom} of device {hit['device_id']} ~ entry"
              f" {printable(entry['ref'])}{category}, score {hit['score']:g}: 'fieldkit hq matches'")  # fmt: skip
    if said.get("identification"):
        print(f"{_PAD}note: {printable(said['identification'])}")
    return said


def _skipped(name: str, why: str, as_json: bool) -> dict[str, Any]:
    if not as_json:
        print(f"{'skipped':<12} {name}: {why}")
        _what_to_do("not-a-file", _PAD)
    return {"source": name, "outcome": "skipped", "reason": "not-a-file", "message": why,
            "what_to_do": advice.advice("not-a-file").what}  # fmt: skip


def hq_ingest(args: argparse.Namespace) -> int:
    hq = HQ(Path(args.dir))
    if hq.database_url:  # HQ past one machine: the files go to storage and the queue; workers verify them
        return _ingest_queued(hq, args)
    if args.wait:
        raise UsageError("--wait is for an HQ with a database (its workers verify); this HQ ingests right away")
    results: list[dict[str, Any]] = []
    shown: list[dict[str, Any]] = []
    skipped = 0
    named = _bundles_named(args.args)
    with Index(hq) as index, progress(args, "fieldkit hq ingest") as bars:
        files = bars.task("bundles", total=len(named), unit="files") if len(named) > 1 else None
        for name, why in named:
            if why is not None:
                skipped += 1
                shown.append(_skipped(name, why, args.json))
            else:
                reading = bars.task(f"verifying {Path(name).name}", total=Path(name).stat().st_size, unit="bytes")
                result = index.ingest(Path(name), accept_jump=args.accept_jump, progress=reading.update)
                reading.end()
                said = result.to_json()
                results.append(said)
                shown.append(_show_result(name, said, analysis_notes(result.report), args.json))
            if files is not None:
                files.advance()
        if files is not None:
            files.end()
    if args.json:
        emit_json(shown)
    return _batch_exit(results, skipped)


def _ingest_queued(hq: HQ, args: argparse.Namespace) -> int:
    """Each file into storage (incoming/, hashed as it is written) and onto the queue; with --wait, each verdict
    as the workers reach it, said as a synchronous ingest says it."""
    from fieldkit.hq import jobs  # lazy: the queue, for an HQ with a database only

    storage = hq.storage()
    queued: list[tuple[str, int | None, str | None]] = []  # (name, job id, why it was skipped)
    with hq.database() as db:
        jobs.migrate(db)
        for name, why in _bundles_named(args.args):
            if why is not None:
                queued.append((name, None, why))
                continue
            key = f"incoming/{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(4)}.fkb"
            with open(name, "rb") as reading:
                storage.put(key, reading)
            job = jobs.enqueue(db, key, source=str(Path(name).absolute()), accept_jump=args.accept_jump)
            queued.append((name, job, None))
            if not args.wait and not args.json:
                print(f"{'queued':<12} {name}: job {job}")
        if not args.wait:
            return _said_queued(args, queued)
        return _wait_for(hq, db, args, queued)


def _said_queued(args: argparse.Namespace, queued: list[tuple[str, int | None, str | None]]) -> int:
    skipped = 0
    shown: list[dict[str, Any]] = []
    for name, job, why in queued:
        if why is not None:
            skipped += 1
            shown.append(_skipped(name, why, args.json))
        else:
            shown.append({"source": name, "outcome": "queued", "job": job})
    if args.json:
        emit_json(shown)
    else:
        count = len(queued) - skipped
        print(f"{plural(count, 'bundle')} queued: HQ's workers verify them ('fieldkit hq worker --dir {args.dir}');"
              f" 'fieldkit hq status --dir {args.dir}' shows the queue")  # fmt: skip
    return BundleError.exit_code if skipped else 0


def _wait_for(hq: HQ, db: Any, args: argparse.Namespace, queued: list[tuple[str, int | None, str | None]]) -> int:
    """Each queued file's verdict in order, once its job ends."""
    from fieldkit.hq import jobs  # lazy: as above

    results: list[dict[str, Any]] = []
    shown: list[dict[str, Any]] = []
    skipped = 0
    warned = False
    started = time.monotonic()
    for name, job, why in queued:
        if job is None:
            skipped += 1
            shown.append(_skipped(name, why or "", args.json))
            continue
        while (state := jobs.job_state(db, job)) is None or state["state"] in ("queued", "running"):
            if not warned and time.monotonic() - started > WORKER_LIMITS.idle_warning_s:
                warned = True
                print(f"fieldkit: still waiting for job {job}: is a worker running? ('fieldkit hq worker --dir"
                      f" {args.dir}')", file=sys.stderr)  # fmt: skip
            time.sleep(WORKER_LIMITS.idle_poll_s)
        verdict = state["verdict"]
        if verdict is None:  # dead without a verdict: HQ's storage or database kept failing
            said: dict[str, Any] = {"source": name, "outcome": "failed", "reason": "job-dead", "job": job,
                                    "message": state["reason"] or "", "gaps": [], "alarms": [], "amendments": [],
                                    "released": []}  # fmt: skip
            results.append(said)
            shown.append(said)
            if not args.json:
                print(f"{'failed':<12} {name}: job {job} is dead: {printable(state['reason'] or '')}")
            continue
        opened = unseal(hq, verdict["sealed"])
        said = {**opened["result"], "source": name}
        results.append(said)
        shown.append(_show_result(name, said, opened["analysis"], args.json))
    if args.json:
        emit_json(shown)
    return _batch_exit(results, skipped)


def _copies(copies: list[dict[str, Any]]) -> str:
    """Where each copy of a forked number is, and whether it is there: its key in HQ's bundle storage (the folder or
    bucket the status's first line names: quarantine/NAME), or the path an index older than keys kept."""
    said = []
    for copy in copies:
        said.append(f"{copy['key']}" + ("" if copy["held"] else " (gone)"))
    return "copies: " + ", ".join(said) if said else "no copy held"


def hq_status(args: argparse.Namespace) -> int:
    hq = HQ(Path(args.dir))
    with Index(hq) as index:
        status = index.status()
    where = backends.describe(hq.folder, hq.database_url, hq.storage_url)
    queue = _queue_status(hq)
    if queue is not None:
        status["queue"] = queue
    if args.json:
        emit_json({**status, **where})
        return 0
    print(f"database: {where['database']}; bundles: {where['storage']}")
    for device, entry in status["devices"].items():
        flags = " REVOKED" if entry["revoked"] else ""
        forked = "".join(f", forked {n} ({_copies(copies)})"
                         for n, copies in entry.get("forked_copies", {}).items())  # fmt: skip
        print(f"{device}{flags}: last bundle {entry['last_sequence']}, {entry['bundles']} archived,"
              f" missing {gap_text(entry['gaps']) or 'none'}{forked},"
              f" abandoned {entry['abandoned'] or 'none'}")  # fmt: skip
        for alarm in entry["alarms"]:
            times = f" (raised {plural(alarm['raised'], 'time')})" if alarm["raised"] > 1 else ""
            said = printable(alarm["message"])
            print(f"  ALARM {alarm['kind']} at bundle {alarm['sequence']}, {alarm['at']}: {said}{times}")
    quarantined = status["quarantined"]
    if quarantined:
        held = [q for q in quarantined if not q["expired_at"]]
        resolved = [q for q in quarantined if q["resolved_at"]]
        counts: dict[str, int] = {}
        for q in quarantined:
            counts[q["reason"]] = counts.get(q["reason"], 0) + 1
        by_reason = ", ".join(f"{reason} {n}" for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        settled = f", {len(resolved)} resolved since" if resolved else ""
        print(f"{plural(len(quarantined), 'bundle')} in quarantine ({plural(len(held), 'copy', 'copies')} kept"
              f"{settled}): {by_reason}")  # fmt: skip
        for q in quarantined[::-1][:5]:
            said = (f"resolved: {q['resolution']} ({q['resolved_at']})" if q["resolved_at"]
                    else printable(q["message"]))  # fmt: skip
            print(f"  newest: {q['at']}  {q['reason']}  {printable(q['source'])}: {said}")
        print(f"  the whole list: fieldkit hq quarantine --dir {args.dir}")
    if queue is not None:
        _print_queue(queue, args.dir)
    amendments = status["amendments"]
    if amendments["applied"] or amendments["waiting"]:
        print(f"amendments: {amendments['applied']} applied, {len(amendments['waiting'])} waiting for their original")
    for waiting in amendments["waiting"]:
        print(f"  waiting amendment from bundle {waiting['sequence']} of device {waiting['device_id']}:"
              f" {printable(waiting['words'])}")  # fmt: skip
    return 0


def _queue_status(hq: HQ) -> dict[str, Any] | None:
    """The verification queue's state, when HQ has a database or ever queued a bundle; else None."""
    from fieldkit.hq import jobs  # lazy: the queue, for an HQ that has one

    with hq.database() as db:
        if hq.database_url:
            jobs.migrate(db)
        elif not jobs.has_queue(db):
            return None
        jobs.migrate(db)  # the workers' table of an older queue
        return {**jobs.queue_status(db), "workers": jobs.workers(db)}


def _print_queue(queue: dict[str, Any], folder: str) -> None:
    counts = queue["counts"]
    oldest = queue["oldest_queued_s"]
    waiting = f"; oldest waiting {oldest:.0f} s" if oldest is not None else ""
    print(f"queue: {counts['queued']} queued, {counts['running']} running, {counts['done']} done,"
          f" {counts['dead']} dead{waiting}")  # fmt: skip
    if queue["idle"]:
        last = queue["last_claim_s"]
        since = f"for {last:.0f} s" if last is not None else "ever"
        print(f"  NO WORKER has claimed a job {since}: start 'fieldkit hq worker --dir {folder}'")
    workers = queue["workers"]
    for live in workers["live"]:
        print(f"  worker {printable(live['name'])}: since {live['started']}, last seen {live['last_seen_s']:.0f} s"
              f" ago, {plural(live['jobs_done'], 'job')} done")  # fmt: skip
    if not workers["live"]:
        last = workers["last_seen_s"]
        print(f"  workers: none seen for {last:.0f} s" if last is not None else "  workers: none seen yet")
    for job in queue["running"]:
        print(f"  running: job {job['id']} on {job['worker']} (attempt {job['attempts']},"
              f" lease {job['lease_left_s']:.0f} s left)")  # fmt: skip
    unresolved = 0
    for job in queue["dead"]:
        if job["resolved_by"] is not None:
            print(f"  dead, resolved: job {job['id']} ({printable(job['source'])}): job {job['resolved_by']} took"
                  " the same file since")  # fmt: skip
            continue
        unresolved += 1
        print(f"  dead: job {job['id']} after {plural(job['attempts'], 'attempt')}, {job['finished']}:"
              f" {printable(job['reason'] or '')} ({printable(job['source'])})")  # fmt: skip
    if unresolved:
        print(f"  queue the dead jobs again once the cause is fixed: fieldkit hq retry --dir {folder} --dead")


def hq_retry(args: argparse.Namespace) -> int:
    """Queue dead jobs again, their attempts reset, once what killed them is fixed: the jobs named, or with --dead
    every dead job that ended without a verdict. A job whose object is no longer at its key (its bundle was refused
    into quarantine, or is gone) is not queued: its bundle already had its verdict."""
    from fieldkit.hq import jobs  # lazy: the queue, for an HQ that has one

    if bool(args.job) == bool(args.dead):
        raise UsageError("give the JOB numbers to queue again, or --dead for every dead job without a verdict")
    hq = HQ(Path(args.dir))
    storage = hq.storage()
    outcome: list[dict[str, Any]] = []
    with hq.database() as db:
        jobs.migrate(db)
        dead = {job["id"]: job for job in jobs.dead_jobs(db)}
        wanted = [int(n) for n in args.job] if args.job else [i for i, job in dead.items() if not job["verdict"]]
        chosen = []
        for job_id in wanted:
            job = dead.get(job_id)
            if job is None:
                outcome.append({"job": job_id, "queued": False, "why": "no dead job with this number"})
            elif not storage.exists(job["key"]):
                why = ("its bundle was refused already (see 'hq quarantine')" if job["verdict"]
                       else f"its bundle is gone from storage ({job['key']})")  # fmt: skip
                outcome.append({"job": job_id, "queued": False, "why": why})
            else:
                chosen.append(job_id)
        queued = set(jobs.retry(db, chosen))
    outcome += [{"job": job_id, "queued": job_id in queued, "why": "" if job_id in queued else "no longer dead"}
                for job_id in chosen]  # fmt: skip
    outcome.sort(key=lambda entry: entry["job"])
    if args.json:
        emit_json(outcome)
    else:
        for entry in outcome:
            print(f"job {entry['job']}: " + ("queued again" if entry["queued"] else f"not queued: {entry['why']}"))
        print(f"{plural(len(queued), 'job')} queued again: the workers take them ('fieldkit hq status --dir"
              f" {args.dir}' shows the queue)")  # fmt: skip
    return 0 if all(entry["queued"] for entry in outcome) else UsageError.exit_code


QUARANTINE_COLUMNS = (Column("AT"), Column("REASON"), Column("COPY"), Column("SHA-256"), Column("PATH"),
                      Column("FROM"))  # fmt: skip


def hq_quarantine(args: argparse.Namespace) -> int:
    """What HQ holds in quarantine (each refused bundle: reason, age, size, whether its copy is still kept); with
    --expire, the copies older than the expiry period are removed (their rows and notes stay, marked expired), and
    so are uploads abandoned that long."""
    from fieldkit.hq.server import sweep_abandoned  # lazy: the server module, only for --expire

    hq = HQ(Path(args.dir))
    days = SERVER_LIMITS.quarantine_expiry_days
    before = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with Index(hq) as index:
        expired = index.expire_quarantine(before) if args.expire else []
        rows = index.quarantine()
        # The gateway's uploads unfinished and idle as long (rows and objects), beside hq serve's (its folder).
        abandoned = gateway.sweep_abandoned(index.db, index.storage, before) if args.expire else []
    uploads = hq.folder / "uploads"
    abandoned += sweep_abandoned(uploads) if args.expire and uploads.is_dir() else []
    if args.json:
        emit_json({"expiry_days": days, "quarantine": rows, "expired": expired, "abandoned_uploads": abandoned})
        return 0
    kept = [
        f"{plural(row['size'], 'byte')} kept"
        if row["held"]
        else (f"expired {row['expired_at']}" if row["expired_at"] else "copy missing")
        for row in rows
    ]
    cells = []
    for row, copy in zip(rows, kept, strict=True):
        sender = f", uploaded by {printable(row['uploaded_by'])}" if row["uploaded_by"] else ""
        settled = f"; resolved: {printable(row['resolution'])} ({row['resolved_at']})" if row["resolved_at"] else ""
        cells.append([printable(row["at"]), printable(row["reason"]), copy, printable(row["file_sha256"][:16] or "-"),
                      printable(row["path"]), f"{printable(row['source'])}{sender}{settled}"])  # fmt: skip
    # Piped: "AT  REASON  COPY  sha256 HASH  PATH  (from SOURCE...)", the reason and copy columns as wide as their
    # longest value in cells.
    wide = max((tables.cells(row[1]) for row in cells), default=0)
    wide_kept = max((tables.cells(row[2]) for row in cells), default=0)
    tables.show(QUARANTINE_COLUMNS, cells, piped=(
        f"{at}  {tables.fit(reason, wide)}  {tables.fit(copy, wide_kept)}  sha256 {tables.fit(sha, 16)}  {path}"
        f"  (from {source})" for at, reason, copy, sha, path, source in cells
    ))  # fmt: skip
    held = [r for r in rows if r["held"]]
    size = plural(sum(r["size"] for r in held), "byte")
    print(f"{len(rows)} quarantined, {plural(len(held), 'copy', 'copies')} kept ({size}); copies older than {days}"
          " days go with --expire")  # fmt: skip
    for row in expired:
        print(f"expired {row['path']} ({row['reason']}, quarantined {row['at']}): the row and its SHA-256 stay")
    for entry in abandoned:
        print(f"removed abandoned upload {entry['id']} of {entry['device']}: {entry['received']} of "
              f"{entry['length']} bytes, last byte {entry['last_activity']}")  # fmt: skip
    return 0


def hq_history(args: argparse.Namespace) -> int:
    """What HQ holds about one capture, item, site or subject: each bundle that carried it, every amendment in the
    order HQ applies them, and (with --json) the records, values and the view they add up to."""
    with Index(HQ(Path(args.dir))) as index:
        history = index.history(index.resolve(args.args[0]))  # a whole uuid, or a unique prefix of 8+ hex digits
    if args.json:
        emit_json(history)
        return 0
    target = history["target"]
    print(f"{target['type']} {target['uuid']}" + (f" ({printable(history['label'])})" if history["label"] else ""))
    first = True
    for event in history["events"]:
        where = f"bundle {event['sequence']} of device {event['device_id']}"
        if event["event"] == "received":
            print(f"  {'original' if first else 'carried again'}: {where}, received {event['received_at'] or '-'}")
            first = False
            continue
        state = f"applied {event['applied_at']}" if event["state"] == "applied" else "WAITING for the original"
        custody = ", ".join(map(str, event["custody"])) or "-"
        print(f"  amendment {event['position']} of bundle {event['sequence']}: {printable(event['words'])}"
              f" [{state}; made {event['made_at']}; custody entries {custody}]")  # fmt: skip
    return 0


def hq_matches(args: argparse.Namespace) -> int:
    """The same person captured by different devices (or as different subjects): the candidates HQ's searches found,
    for an examiner; `hq matches decide ID --same|--different|--undecided --examiner NAME [--note TEXT]` records a
    decision (nothing is ever merged)."""
    words = list(args.what)
    chosen = [name for name in ("same", "different", "undecided") if getattr(args, name)]
    with Index(HQ(Path(args.dir))) as index:
        identification = index.identification
        if not words:
            if chosen or args.examiner or args.note is not None:
                raise UsageError("--same, --different, --undecided, --examiner and --note go with 'hq matches"
                                 " decide ID'")  # fmt: skip
            candidates = [{**c, "score": _score(c["score"])} for c in identification.candidates()]
            if args.json:
                emit_json({"candidates": candidates, "waiting": identification.waiting()})
                return 0
            _print_candidates(candidates, identification.waiting())
            return 0
        if words[0] != "decide" or len(words) != 2 or not words[1].isdigit():
            raise UsageError("hq matches takes no operand, or 'decide ID' (a candidate's number from 'hq matches')")
        if len(chosen) != 1:
            raise UsageError("hq matches decide needs one of --same, --different, --undecided")
        if not args.examiner:
            raise UsageError("hq matches decide needs --examiner NAME: who decided is recorded with the decision")
        candidate = identification.decide(int(words[1]), chosen[0], args.examiner, args.note or "")
    if args.json:
        emit_json(candidate)
    else:
        print(f"Recorded: candidate {candidate['id']} {chosen[0].upper()} by {printable(args.examiner)}"
              " (nothing is merged; the decision is kept beside the earlier ones)")  # fmt: skip
    return 0


def hq_hits(args: argparse.Namespace) -> int:
    """The watchlist hits devices found and sent in their bundles (hq_device_hits), each as its latest copy says:
    whom it concerns (the subject, the capture), the watchlist entry, the score, and the operator's decision."""
    with Index(HQ(Path(args.dir))) as index:
        found = index.identification.hits(device=args.device)
    if args.open:
        found = [hit for hit in found if hit["decision"] is None]
    found = [{**hit, "score": _score(hit["score"])} for hit in found]
    if args.json:
        emit_json({"hits": found})
        return 0
    _print_device_hits(found, args.open)
    return 0


def _score(score: float) -> float:
    """A score as HQ's outputs give it, text and --json alike (as the device's: docs/cli.md, "Scores")."""
    return round(float(score), SCORE_DECIMALS)


def _score_text(score: float) -> str:
    return f"{_score(score):.{SCORE_DECIMALS}f}".rstrip("0").rstrip(".")


DEVICE_HIT_COLUMNS = (Column("WATCHLIST ENTRY"), Column("SCORE", align="right"), Column("WHAT"), Column("DECISION"),
                      Column("SUBJECT"), Column("DEVICE"), Column("FOUND"))  # fmt: skip


def _print_device_hits(found: list[dict[str, Any]], open_only: bool) -> None:
    from fieldkit.hq.identify import finger_words  # lazy: as in _print_candidates

    if not found:
        print("No watchlist hit waits for a decision on a device." if open_only
              else "No watchlist hits: no bundle HQ holds carried one.")  # fmt: skip
    rows: list[list[str]] = []
    piped: list[str] = []  # piped: each hit over three lines, as before
    for hit in found:
        if hit["decision"] is None:
            state = "OPEN (the operator has not decided)"
        else:
            why = f": {printable(hit['reason'])}" if hit["reason"] else ""
            state = (f"{printable(str(hit['decision'])).upper()} by {printable(hit['decided_by'] or '?')}"
                     f" {printable(hit['decided_at'] or '')}{why}")  # fmt: skip
        what = "face" if hit["modality"] == "face" else (
            "fingers fused" if not hit["finger"] else f"finger {finger_words(int(hit['finger']))}")  # fmt: skip
        bundles = ", ".join(map(str, hit["bundles"]))
        ref, category = printable(hit["watchlist_ref"]), printable(hit["category"] or "no category")
        subject = (f"subject {printable(hit['reference']) or '-'} ({printable(str(hit['subject']))})"
                   if hit["subject"] else f"{printable(hit['reference']) or 'no subject'}")  # fmt: skip
        device, found_at = printable(str(hit["device_id"])), printable(str(hit["found_at"]))
        rows.append([f"{ref}\n{category}", _score_text(hit["score"]), what, state,
                     f"{subject}\ncapture {hit['capture']}", f"{device}\nbundles {bundles}",
                     f"{found_at}\nversion {hit['watchlist_version']}"])  # fmt: skip
        piped += [f"{ref} ({category})  score {_score_text(hit['score'])}, {what}  {state}",
                  f"    {subject}, capture {hit['capture']}",
                  f"    device {device}, bundle{'s' if len(hit['bundles']) != 1 else ''} {bundles};"
                  f" found {found_at} against watchlist version {hit['watchlist_version']}"]  # fmt: skip
    if rows:
        tables.show(DEVICE_HIT_COLUMNS, rows, piped=piped)


def _side_text(side: dict[str, Any]) -> str:
    if "watchlist_ref" in side:  # an entry of HQ's own watchlist
        category = f" [{printable(side['category'])}]" if side["category"] else ""
        return f"WATCHLIST entry {printable(side['watchlist_ref'])}{category} ({side['instructions']})"
    bundles = ", ".join(map(str, side["bundles"])) or "-"
    return (
        f"subject {printable(side['reference']) or '-'} ({side['subject']}) of device {side['device_id']},"
        f" bundle{'s' if len(side['bundles']) != 1 else ''} {bundles}"
    )


CANDIDATE_COLUMNS = (Column("#"), Column("SCORE", align="right"), Column("DECISION"), Column("A"), Column("B"),
                     Column("FINGERS"), Column("NOTE"))  # fmt: skip


def _print_candidates(candidates: list[dict[str, Any]], waiting: int) -> None:
    from fieldkit.hq.identify import finger_words  # lazy: only this command names fingers

    if not candidates:
        print("No match candidates: HQ found no subject that may be a person another subject is.")
    # The fused score is the sum of each finger's Bozorth3 score above the floor: say so, or 487 over 499 reads as a
    # contradiction (docs/identification.md, "Fusion").
    said = f"Bozorth3 per finger; the score is their sum above {IDENTIFICATION_LIMITS.finger_floor} each"
    rows: list[list[str]] = []
    piped: list[str] = []  # piped: each candidate over four or five lines, as before
    for candidate in candidates:
        decided = candidate["decisions"][-1] if candidate["decisions"] else None
        state = "OPEN (no decision)" if decided is None else (
            f"{printable(decided['decision']).upper()} by {printable(decided['examiner'])}"
            f" {printable(decided['at'])}")  # fmt: skip
        note = printable(decided["note"]) if decided is not None and decided["note"] else ""
        pairs = [f"A {finger_words(f['probe_finger'])} ~ B {finger_words(f['gallery_finger'])}: {f['score']}"
                 for f in candidate["fingers"]]  # fmt: skip
        a, b = _side_text(candidate["a"]), _side_text(candidate["b"])
        rows.append([f"#{candidate['id']}", _score_text(candidate["score"]), state, a, b, "\n".join(pairs) or "-",
                     note])  # fmt: skip
        fingers = "; ".join(pairs)
        piped += [f"#{candidate['id']}  score {_score_text(candidate['score'])}  {state}", f"    A: {a}",
                  f"    B: {b}", f"    fingers: {fingers or '-'}" + (f" ({said})" if fingers else ""),
                  *([f"    note: {note}"] if note else [])]  # fmt: skip
    if rows:
        tables.show(CANDIDATE_COLUMNS, rows, piped=piped)
        if tables.stdout_is_terminal() and any(candidate["fingers"] for candidate in candidates):
            print(f"fingers: {said}")
    if waiting:
        print(f"note: {plural(waiting, 'subject')} still wait for their search (the next ingest runs it)")


def hq_reindex(args: argparse.Namespace) -> int:
    """Index the captures, items and amendments of bundles archived before HQ kept them (verified again first),
    make the pre-filter vectors of templates stored before HQ kept them, and seal the watchlist templates an HQ of
    before kept in plaintext (then scrub the database's files of them)."""
    with Index(HQ(Path(args.dir))) as index:
        done = index.reindex()
        # Templates HQ held before it kept pre-filter vectors: made now rather than by the next search.
        done["vectors"] = index.identification.backfill()
        # Watchlist templates HQ held in plaintext: sealed now rather than by the next add, export or search.
        done["watchlist"] = watchlist.seal_plaintext(index.db, index.identification.key).to_json()
    if args.json:
        emit_json(done)
        return 0
    print(f"{done['checked']} archived bundle(s) not yet indexed: {done['indexed']} indexed, "
          f"{done['amendments']} amendment(s) kept, {done['applied']} waiting amendment(s) applied;"
          f" {done['vectors']} template(s) given their pre-filter vector")  # fmt: skip
    sealed = done["watchlist"]
    if sealed["sealed"]:
        print(f"{sealed['sealed']} watchlist template(s) held in plaintext sealed under HQ's template key")
    if sealed["scrubbed"]:
        print("HQ's database files scrubbed of the watchlist's old plaintext (freed pages and journal)")
    if sealed["pending"]:
        print("note: the database files could not be scrubbed of the watchlist's old plaintext now (another process"
              " held the database): run 'fieldkit hq reindex' again when HQ is quiet")  # fmt: skip
    for failed in done["failed"]:
        print(f"  NOT INDEXED bundle {failed['sequence']} of device {failed['device_id']}: {failed['reason']}:"
              f" {printable(failed['message'])}")  # fmt: skip
    return 1 if done["failed"] else 0


def hq_export_nist(args: argparse.Namespace) -> int:
    """Write the ANSI/NIST-ITL transactions carried by verified bundles, for the AFIS. A bundle that does not verify
    gives nothing; a file that exists is never overwritten."""
    hq = HQ(Path(args.dir))
    out = Path(args.out)
    # The agency codes: --ori/--dai, else HQ's settings, else as the device wrote them (checked before the folder
    # and any bundle: a mistyped code is the first thing to say).
    ori = agency_code(args.ori, "--ori") if args.ori is not None else hq.ori
    dai = agency_code(args.dai, "--dai") if args.dai is not None else hq.dai
    if not out.is_dir():
        raise ExportFolderMissingError(f"the folder {out} does not exist")
    worst = 0
    unset: list[str] = []
    for bundle in args.args:  # a file, or an archived bundle by its key or location (streamed from storage)
        with progress(args, "fieldkit hq export-nist") as shown:
            report, _ = _check_named(hq, bundle, biometrics=True, shown=shown)
        if not report.ok:
            print(f"refused      {bundle}: {report.message} ({report.reason}); nothing written", file=sys.stderr)
            worst = worst or (report.error.exit_code if report.error else BundleError.exit_code)
            continue
        if not report.biometrics:
            print(f"no prints    {bundle}")
        for name, carried in sorted(report.biometrics.items()):
            target = out / f"{report.device_id[:12]}-{report.sequence:06}-{Path(name).name}"
            try:
                data = nist.restamp(carried, ori=ori, dai=dai) if ori or dai else carried
                written_ori, written_dai = nist.agencies_of(data)
            except ExportError as exc:
                print(f"malformed    {name} in {bundle}: {exc.message}; not written", file=sys.stderr)
                worst = worst or ExportError.exit_code
                continue
            try:  # plaintext prints and faces: readable by HQ's operator only (0600), like the device's export
                with fsutil.open_new_private(target) as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            except FileExistsError:
                print(f"exists       {target}: left as it is")
                continue
            print(f"wrote        {target} ({len(data)} bytes, ORI {written_ori}, DAI {written_dai})")
            if nist.UNSPECIFIED in (written_ori, written_dai):
                unset.append(target.name)
    if unset:
        print(
            f"note: {len(unset)} transaction(s) say ORI or DAI {nist.UNSPECIFIED}: set HQ's codes with 'fieldkit "
            "hq config --dir HQ --ori X --dai Y' (or give --ori/--dai) and write them again",
            file=sys.stderr,
        )
    return worst


def hq_serve(args: argparse.Namespace) -> int:
    from fieldkit.hq.server import IngestServer  # lazy: the HTTP/TLS server stack, for this one command only

    hq = HQ(Path(args.dir))
    host, _, port_text = _listen(args).rpartition(":")
    host = host.strip("[]") or "0.0.0.0"  # noqa: S104 - HQ's server listens where the operator says
    if not port_text.isdigit():
        raise UsageError("--listen takes HOST:PORT, e.g. 0.0.0.0:8443")
    max_size = parse_size(args.max_size) if args.max_size else None
    limits = dataclasses.replace(SERVER_LIMITS, device_connections=args.max_connections)
    server = IngestServer(hq, host, int(port_text), tls=not args.no_tls, max_size=max_size, limits=limits,
                          log_addresses=bool(args.log_client_addresses))  # fmt: skip
    scheme = "http" if args.no_tls else "https"

    def _terminate(signum: int, frame: object) -> None:  # SIGTERM (a service manager) stops it like Ctrl-C
        raise KeyboardInterrupt

    # Before the announcement: a service manager may stop the server as soon as it says it listens.
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        print(f"fieldkit HQ ingest server on {scheme}://{args.listen} (tus 1.0); uploads in {hq.folder / 'uploads'}",
              flush=True)  # fmt: skip
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()  # says how many uploads are open (they resume at the next start)
    return 0


def _service_log(name: str) -> Callable[[str], None]:
    """A service's lines into the operator log (stderr as the command line set it up: words or JSON, -v/-q)."""
    logger = logging.getLogger(f"fieldkit.hq.{name}")
    return lambda line: logs.event(logger, logging.INFO, name, line)


def _log_format_option(sub: argparse.ArgumentParser) -> None:
    """--log-format of the HQ services (serve, worker, gateway, unwrap): one format for every line a service and
    the processes it starts write."""
    sub.add_argument("--log-format", choices=logs.LOG_FORMATS, help="the log on stderr: text lines (default) or one"
                     " JSON object per line for journald (time, level, event, device, upload_id, sha256, verdict,"
                     " reason)")  # fmt: skip


def _listen(args: argparse.Namespace) -> str:
    if not args.listen:
        raise UsageError(f"hq {args.action} needs --listen HOST:PORT (or $FIELDKIT_HQ_LISTEN, or 'listen' in HQ's"
                         " configuration file)")  # fmt: skip
    return str(args.listen)


def hq_worker(args: argparse.Namespace) -> int:
    from fieldkit.hq import worker  # lazy: the queue's workers, for this command only

    hq = HQ(Path(args.dir))
    if args.jobs < 1:
        raise UsageError("--jobs takes a number of worker processes, 1 or more")
    where = worker_can_work(hq)
    announce = f"{plural(args.jobs, 'worker process', 'worker processes')}; {where}; SIGTERM or Ctrl-C stops them"
    return worker.run(hq.folder, args.jobs, _service_log("worker"), announce)


def worker_can_work(hq: HQ) -> str:
    """Check, before any job is claimed, that a worker on this folder can do its work: the database answers (and
    the queue's tables are migrated, once here rather than by N processes), the storage takes a write, bundles can
    be opened (hq-identity.txt, or the unwrap service hq.json names answers this worker's credential) and receipts
    signed with HQ's own receipt key (never a new one: devices pin it). Where each is, in one line; else the error
    naming what is missing."""
    from fieldkit.hq import jobs  # lazy: as in hq_worker

    with hq.database() as db:
        jobs.migrate(db)
        database = db.url
    storage = backends.check_storage(hq.folder, hq.storage_url) if hq.storage_url else f"the HQ folder {hq.folder}"
    if hq.unwrap_url:
        RemoteUnwrapper(load_credential(hq.folder / CREDENTIAL)).check()
        opener = f"unwrap service {hq.unwrap_url}"
    elif (hq.folder / IDENTITY).is_file():
        opener = IDENTITY
    else:
        raise InputError(f"no {IDENTITY} in {hq.folder}, and hq.json names no unwrap service: a worker cannot open"
                         f" bundles. Copy {IDENTITY} from HQ's main folder (owner-only), or give this worker a"
                         " credential of the unwrap service ('fieldkit hq unwrap --issue' there, then 'fieldkit hq"
                         " config --dir HQ --unwrap FILE' here)")  # fmt: skip
    if not (hq.folder / RECEIPT_KEY).is_file():
        raise InputError(f"no {RECEIPT_KEY} in {hq.folder}: workers sign upload receipts with HQ's receipt key,"
                         f" which devices pin; copy {RECEIPT_KEY} from HQ's main folder (owner-only) rather than"
                         " make a new one")  # fmt: skip
    return f"database {database}; storage {storage}; bundles opened with {opener}"


def hq_gateway(args: argparse.Namespace) -> int:
    import shlex  # lazy: --print-config only

    hq = HQ(Path(args.dir))
    _host, _, port_text = _listen(args).rpartition(":")
    if not port_text.isdigit():
        raise UsageError("--listen takes HOST:PORT, e.g. 0.0.0.0:8443")
    max_size = parse_size(args.max_size) if args.max_size else BUNDLE_LIMITS.default_max_bundle_bytes
    # The hooks service on a fixed port when the tus server is started by someone else (--print-config, --no-node).
    fixed = args.print_config or args.no_node
    hooks = args.hooks or (f"127.0.0.1:{int(port_text) + 1}" if fixed else "127.0.0.1:0")
    if not hooks.rpartition(":")[2].isdigit():
        raise UsageError("--hooks takes HOST:PORT on loopback, e.g. 127.0.0.1:8444")
    if args.print_config:
        gateway_can_work(hq, [], storage=False)
        env = gateway.node_environment(hq, args.listen, f"http://{hooks}", max_size)
        print("# The tus server's environment (plus AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY for S3 storage); run it as")
        print(f"#   node {gateway.APP / 'server.mjs'}")
        print(f"# beside the hooks service: fieldkit hq gateway --dir {shlex.quote(str(hq.folder))} --listen "
              f"{args.listen} --hooks {hooks} --no-node")  # fmt: skip
        for key, value in env.items():
            print(f"{key}={shlex.quote(value)}")
        return 0
    gateway_can_work(hq, [hooks] if args.no_node else [args.listen] + ([hooks] if args.hooks else []))
    return gateway.run(hq, args.listen, max_size, hooks_listen=hooks, start_node=not args.no_node)


def gateway_can_work(hq: HQ, listen: list[str], *, storage: bool = True) -> None:
    """Check, before the front end starts, that it can do its work: on a folder that is not HQ's main one (no
    hq-identity.txt: a front-end machine) the files devices pin or are checked against were copied from HQ (never
    a new TLS key: devices pin HQ's certificate); the storage takes a write; each HOST:PORT in ``listen`` is free."""
    from fieldkit.hq.access import CREDENTIALS, TLS_CERT, TLS_KEY  # lazy: as hq_gateway
    from fieldkit.hq.trust import ALLOWED_SIGNERS, REVOKED_KEYS  # lazy: as above

    if not (hq.folder / IDENTITY).is_file():
        needed = [TLS_KEY, TLS_CERT, CREDENTIALS, ALLOWED_SIGNERS, REVOKED_KEYS]
        missing = [name for name in needed if not (hq.folder / name).is_file()]
        if missing:
            raise InputError(f"{hq.folder} is not HQ's main folder and has no {', '.join(missing)}: copy "
                             f"{', '.join(needed)} from HQ's main folder (owner-only) to this front end; devices pin"
                             " HQ's TLS certificate, so the front end never makes its own")  # fmt: skip
    elif not (hq.folder / CREDENTIALS).is_file():
        print("fieldkit hq gateway: note: no device has an upload credential yet ('fieldkit hq provision --device"
              " D --endpoint URL' issues one)", file=sys.stderr, flush=True)  # fmt: skip
    if storage and hq.storage_url:
        backends.check_storage(hq.folder, hq.storage_url)
    for where in listen:
        _port_free(where)


def _port_free(listen: str) -> None:
    """UsageError when another program listens on HOST:PORT (said before any server starts)."""
    import socket  # lazy: as hq_gateway

    host, _, port = listen.rpartition(":")
    host = host.strip("[]") or "0.0.0.0"  # noqa: S104 - checking the address the operator gave
    if int(port) == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, int(port)))
        except OSError as exc:
            taken = f"cannot listen on {listen}: {exc.strerror or exc}"
            raise UsageError(f"{taken} (another program, perhaps another gateway or 'hq serve', listens there): stop"
                             " it or choose another --listen") from None  # fmt: skip


def hq_unwrap(args: argparse.Namespace) -> int:
    from fieldkit.hq import unwrap  # lazy: the unwrap service, for this one command only
    from fieldkit.hq.unwrap_client import save_credential  # lazy: as above

    hq = HQ(Path(args.dir))
    chosen = [name for name in ("listen", "issue", "revoke") if getattr(args, name)]
    if len(chosen) != 1:
        raise UsageError("hq unwrap takes one of --listen HOST:PORT, --issue WORKER (with --url and --out), "
                         "--revoke WORKER")  # fmt: skip
    if args.issue:
        if not args.url or not args.out:
            raise UsageError("--issue WORKER needs --url https://HOST:PORT (where workers reach this service) and "
                             "--out FILE")  # fmt: skip
        out = Path(args.out)
        if out.exists():
            raise UsageError(f"{out} already exists: choose another --out")
        credential = unwrap.issue(hq, args.issue, args.url)
        save_credential(out, credential)
        print(f"Issued an unwrap credential for worker {credential.worker}: {out} (a secret: copy it to that worker "
              "only, install it there with 'fieldkit hq config --dir HQ --unwrap FILE', then delete it)")  # fmt: skip
        print(f"  service certificate SHA-256 {credential.tls_sha256}")
        return 0
    if args.revoke:
        unwrap.revoke(hq, args.revoke)
        print(f"Revoked worker {args.revoke}'s unwrap credential (refused from its next request)")
        return 0
    return unwrap.run(hq, args.listen, log=_service_log("unwrap"))


# --- the watchlist (issue 17; docs/watchlist-format.md) -------------------------------------------------------


def _who() -> str:
    """Who acts at HQ (recorded with an entry added, removed or exported): the login name of this process."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _watchlist_db(hq: HQ) -> Database:
    db = hq.database()
    watchlist.migrate(db)
    return db


PRINT_EXAMPLE = "e.g. --finger 2 --ppi 500 r_index.png"  # the right form, said by every refusal of a print


def _print_words(held: dict[str, Any]) -> str:
    """A print being given, as its refusal names it: its image, else its finger, else its resolution."""
    if "path" in held:
        return f"the print {held['path']}" + (f" (finger {held['finger']})" if "finger" in held else "")
    if "finger" in held:
        return f"the print of --finger {held['finger']}"
    return f"the print of --ppi {held['ppi']:g}"


def _missing(held: dict[str, Any]) -> str:
    """What a print given so far still lacks, in words: 'its --ppi P and IMAGE'."""
    lacking = [words for key, words in (("finger", "--finger N"), ("ppi", "--ppi P"), ("path", "IMAGE"))
               if key not in held]  # fmt: skip
    return "its " + " and ".join(lacking)


def print_incomplete(held: dict[str, Any]) -> str:
    """The one-line refusal of a print given without all of its finger, resolution and image."""
    return (
        f"{_print_words(held)} has no {_missing(held).removeprefix('its ')}: give each print as --finger N"
        f" --ppi P IMAGE ({PRINT_EXAMPLE})"
    )


class _PrintAction(argparse.Action):
    """``(--finger N --ppi P IMAGE)...``: each print is its finger position, its resolution and its image file. The
    IMAGE follows --ppi P (the documented form) or --finger N; the two options may come in either order
    (``--ppi 500 --finger 2 IMAGE``). A print is complete once it has all three; the next --finger or --ppi opens
    the next one. Whatever is missing, or given twice, is refused in one line naming the print and the right form."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:  # fmt: skip
        prints: list[dict[str, Any]] = list(getattr(namespace, "prints", None) or [])
        key = "finger" if option_string == "--finger" else "ppi"
        value, *images = list(values)
        if len(images) > 1:
            raise UsageError(f"{option_string} {value} is followed by {len(images)} images"
                             f" ({', '.join(images)}): one image per print, each with its own --finger N --ppi P"
                             f" ({PRINT_EXAMPLE})")  # fmt: skip
        held = prints[-1] if prints and not {"finger", "ppi", "path"} <= set(prints[-1]) else None
        if held is not None and (key in held or (images and "path" in held)):
            # the option (or an image) again before the print open is complete: the open one lacks something
            raise UsageError(print_incomplete(held))
        if held is None:
            held = {}
            prints.append(held)
        held[key] = _finger(value) if key == "finger" else _ppi(value)
        if images:
            held["path"] = Path(images[0])
        namespace.prints = prints


def _finger(text: str) -> int:
    try:
        finger = int(text)
    except ValueError:
        raise UsageError(f"--finger takes a finger position 0-10, not {text!r} ({PRINT_EXAMPLE})") from None
    if not 0 <= finger <= 10:
        raise UsageError(f"--finger takes a finger position 0-10 (1 right thumb ... 10 left little; 0 unknown), not"
                         f" {finger} ({PRINT_EXAMPLE})")  # fmt: skip
    return finger


def _ppi(text: str) -> float:
    try:
        ppi = float(text)
    except ValueError:
        raise UsageError(f"--ppi takes the print's resolution in pixels per inch, not {text!r} ({PRINT_EXAMPLE})"
                         ) from None  # fmt: skip
    if not 100 <= ppi <= 4000:  # not a limit: the range a print's stated resolution can be
        raise UsageError(f"--ppi {text} is not a print resolution: 500 or 1000 are ({PRINT_EXAMPLE})")
    return ppi


def hq_watchlist_add(args: argparse.Namespace) -> int:
    hq = HQ(Path(args.dir))
    prints = args.prints or []
    if args.stray:  # an image where no print or face expects one: given alone, or a second after a face's
        raise UsageError(f"the image {args.stray[0]} has no --finger N and --ppi P: give each print as --finger N"
                         f" --ppi P IMAGE ({PRINT_EXAMPLE}), each face photo as --face IMAGE")  # fmt: skip
    for held in prints:
        if not {"finger", "ppi", "path"} <= set(held):
            raise UsageError(print_incomplete(held))
    images = [watchlist.PrintImage(p["finger"], p["ppi"], p["path"]) for p in prints]
    faces = [Path(face) for face in args.face or []]
    watchlist.refuse_repeated_images(images, faces)  # before any image is templated: the same one twice is a slip
    sources = watchlist.templates_from_images(images, faces)
    with _watchlist_db(hq) as db:
        added = watchlist.add(hq, db, args.ref, sources, by=_who(), category=args.category,
                              instructions=args.instructions, note=args.note)  # fmt: skip
        entry = next(e for e in watchlist.entries(db) if e.ref == args.ref)
    if args.json:
        emit_json({**added.__dict__, "entry": entry.to_json()})
        return 0
    what = "Added" if added.created else "Added to"
    print(f"{what} watchlist entry {printable(args.ref)}: {plural(added.added, 'template')} now,"
          f" {plural(added.total, 'template')} in all")  # fmt: skip
    _print_entry(entry)
    print("Devices receive it with the next export ('fieldkit hq watchlist export').")
    return 0


def _entry_lines(entry: watchlist.EntrySummary) -> list[str]:
    """A watchlist entry over four or five lines (after `hq watchlist add`, and `list` piped)."""
    fingers = ", ".join(str(f) for f in entry.fingers) or "none"
    return [f"  {printable(entry.ref)}  category: {printable(entry.category) or '(none)'}",
            f"    instructions: {entry.instructions} ({instructions_words(entry.instructions)})",
            f"    templates: fingers {fingers}; {plural(entry.faces, 'face')}",
            *([f"    note: {printable(entry.note)}"] if entry.note else []),
            f"    added {entry.added_at} by {printable(entry.added_by)}; changed {entry.changed_at}"]  # fmt: skip


def _print_entry(entry: watchlist.EntrySummary) -> None:
    for line in _entry_lines(entry):
        print(line)


WATCHLIST_COLUMNS = (Column("REF"), Column("CATEGORY"), Column("INSTRUCTIONS"), Column("FINGERS"),
                     Column("FACES", align="right"), Column("NOTE"), Column("ADDED"), Column("CHANGED"))  # fmt: skip


def hq_watchlist_list(args: argparse.Namespace) -> int:
    with _watchlist_db(HQ(Path(args.dir))) as db:
        listed, done, removed = watchlist.entries(db), watchlist.exports(db), watchlist.removals(db)
    if args.json:
        emit_json({"entries": [e.to_json() for e in listed], "exports": done, "removals": removed})
        return 0
    if listed:
        rows = [[printable(e.ref), printable(e.category) or "(none)",
                 f"{e.instructions}\n{instructions_words(e.instructions)}",
                 ", ".join(str(f) for f in e.fingers) or "none", str(e.faces), printable(e.note),
                 f"{e.added_at}\nby {printable(e.added_by)}", e.changed_at] for e in listed]  # fmt: skip
        tables.show(WATCHLIST_COLUMNS, rows, piped=(line for e in listed for line in _entry_lines(e)))
    templates = sum(e.templates for e in listed)
    print(f"{plural(len(listed), 'entry', 'entries')}, {plural(templates, 'template')}")
    if done:
        last = done[-1]
        print(f"last export: version {last['version']} for {last['device'] or 'every device'}, issued"
              f" {last['issued_at']}, expires {last['expires_at']}")  # fmt: skip
    else:
        print("not exported yet: 'fieldkit hq watchlist export --dir HQ --out FILE'")
    if removed:
        print(f"{plural(len(removed), 'entry', 'entries')} removed ('--json' lists who removed which, when)")
    return 0


def hq_watchlist_remove(args: argparse.Namespace) -> int:
    with _watchlist_db(HQ(Path(args.dir))) as db:
        entry = watchlist.remove(db, args.ref, by=_who(), reason=args.reason or "")
    print(f"Removed watchlist entry {printable(entry.ref)} ({plural(entry.templates, 'template')}); recorded with"
          " who and when. Devices drop it with the next export they import.")  # fmt: skip
    return 0


def hq_watchlist_export(args: argparse.Namespace) -> int:
    hq = HQ(Path(args.dir))
    with _watchlist_db(hq) as db:
        done = watchlist.export(hq, db, Path(args.out), by=_who(), device=args.device, valid_days=args.valid_days)
    if args.json:
        emit_json(done.to_json())
        return 0
    print(f"Wrote {done.path}: watchlist version {done.version}, {plural(done.entries, 'entry', 'entries')},"
          f" {plural(done.templates, 'template')}, valid until {done.expires_at}")  # fmt: skip
    print(f"  encrypted to {'device ' + done.device if done.device else plural(len(done.recipients), 'device')}:"
          f" {', '.join(done.recipients)}")  # fmt: skip
    print(f"  SHA-256 {done.sha256}")
    print(f"  on each device: 'fieldkit watchlist import {Path(done.path).name}'")
    return 0


def _owner_only(handler: Handler, args: argparse.Namespace) -> int:
    """Every hq command (the server too) creates files for HQ's operator alone (0600, folders 0700), whatever the
    umask of the shell or service that started it: the index, the archive and quarantine hold evidence."""
    os.umask(0o077)
    return handler(args)


def _no_action(args: argparse.Namespace) -> int:
    raise UsageError("hq needs an ACTION: see 'fieldkit hq --help'")  # argparse's required=True says it first


# Every hq action, in the order `fieldkit --help` names them (tests/unit/test_hq_deploy_checks.py: all of them).
HQ_ACTIONS = ("init", "config", "recipient", "enroll", "revoke", "provision", "ingest", "status", "retry",
              "quarantine", "history", "matches", "hits", "reindex", "export-nist", "worker", "unwrap", "serve",
              "gateway", "watchlist", "samples", "sample", "export-dna")  # fmt: skip
LISTEN_HELP = ("where to listen, e.g. 0.0.0.0:8443 (else $FIELDKIT_HQ_LISTEN, else 'listen' in HQ's configuration"
               " file)")  # fmt: skip
MAX_SIZE_HELP = (f"largest upload accepted (default: {BUNDLE_LIMITS.default_max_bundle_bytes} bytes, 4 GiB less"
                 " one: FAT32 holds no larger file)")  # fmt: skip


def _hq_options(parser: argparse.ArgumentParser) -> None:
    """What every hq action takes: its folder, HQ's configuration file, -v/-q."""
    parser.add_argument("--dir", metavar="HQ", help=f"the HQ folder (else ${'FIELDKIT_HQ_DIR'}, else 'dir' in HQ's"
                        " configuration file)")  # fmt: skip
    parser.add_argument("--config", metavar="FILE", help=f"HQ's configuration file (else ${settings.HQ_FILE_ENV},"
                        f" else {settings.HQ_FILE} when it exists; docs/cli.md, 'Configuration file')")  # fmt: skip
    add_verbosity_options(parser, suppress=True)


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)

    p = command("verify", cmd_verify, "verify a bundle against an HQ folder (who signed it, nothing changed)")
    p.add_argument("bundle", metavar="BUNDLE")
    p.add_argument("--hq", required=True, metavar="HQ")
    p.add_argument("--json", action="store_true")
    p.add_argument("--report", metavar="FILE.html")
    p.add_argument("--lang", metavar="{" + ",".join(html_report.LANGUAGES) + "}",
                   help="the report's language (default: 'language' in"
                   f" HQ's configuration file, ${settings.HQ_FILE_ENV}'s, or $FIELDKIT_HQ_LANGUAGE; else the"
                   " system's when it is en, fr or ar; else en)")  # fmt: skip

    p = command(
        "hq",
        _no_action,
        "headquarters: " + ", ".join(HQ_ACTIONS),
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=CliParser)

    def action(name: str, handler: Handler, help_text: str, operand: str | None = None, many: bool = True) -> CliParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        _hq_options(sub)
        if operand:
            sub.add_argument("args", nargs="+" if many else 1, metavar=operand)
        sub.set_defaults(handler=partial(_owner_only, handler))
        return sub

    sub = action("init", hq_init, "create an HQ folder (age identity, allowed_signers, revoked_keys, index)")
    sub.add_argument("--organisation", help="the organisation's name (free text: shown, never an agency code)")
    sub.add_argument("--ori", help="originating agency code of AFIS transactions (letters and digits)")
    sub.add_argument("--dai", help="destination agency code of AFIS transactions (letters and digits)")
    database_help = ("HQ's PostgreSQL database, postgresql://USER@HOST[:PORT]/DBNAME (no password: PGPASSWORD or"
                     " ~/.pgpass); default: SQLite in the folder")  # fmt: skip
    storage_help = ("where bundles are kept, s3://BUCKET[/PREFIX]?endpoint=URL&region=REGION (credentials: AWS_*"
                    " variables); default: the folder")  # fmt: skip
    sub.add_argument("--database", metavar="URL", help=database_help)
    sub.add_argument("--storage", metavar="URL", help=storage_help)
    sub = action("config", hq_config, "show or set HQ's settings: AFIS agency codes (ORI, DAI), database, storage")
    sub.add_argument("--ori", help="originating agency code (Type-1 ORI, and SRC of every record)")
    sub.add_argument("--dai", help="destination agency code (Type-1 DAI)")
    sub.add_argument("--database", metavar="URL", help=database_help + " ('' goes back to it; nothing is moved)")
    sub.add_argument("--storage", metavar="URL", help=storage_help + " ('' goes back to it; nothing is moved)")
    sub.add_argument("--unwrap", metavar="FILE", help="open bundles through HQ's unwrap service with this "
                     "worker credential (from 'hq unwrap --issue'; checked, then kept); '' drops it")  # fmt: skip
    sub.add_argument("--json", action="store_true")
    action("recipient", hq_recipient, "print the age recipient devices encrypt to")
    action("enroll", hq_enroll, "trust a device: its line from 'fieldkit device pubkey'", "LINE")
    action("revoke", hq_revoke, "stop trusting a device's key", "DEVICE", many=False)
    sub = action("provision", hq_provision, "write the provisioning file devices import")
    sub.add_argument("--out", required=True, metavar="FILE")
    sub.add_argument("--device", metavar="DEVICE", help="issue this enrolled device's upload credential")
    sub.add_argument("--endpoint", metavar="URL", help="where devices upload, e.g. https://hq.example:8443")
    sub = action("ingest", hq_ingest, "verify bundles in quarantine, then archive them (with a database: queue them"
                 " for the workers)", "BUNDLE")  # fmt: skip
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--wait", action="store_true", help="with a database: wait for the workers' verdicts, say them")
    sub.add_argument(
        "--accept-jump",
        action="store_true",
        help="archive bundles numbered far beyond the device's last one (reviewed 'sequence-jump')",
    )
    sub = action("status", hq_status, "per device: last bundle, gaps, alarms; quarantined bundles; amendments")
    sub.add_argument("--json", action="store_true")
    sub = action("retry", hq_retry, "queue dead verification jobs again (their cause fixed): the JOB numbers, or"
                 " --dead for all that ended without a verdict")  # fmt: skip
    sub.add_argument("job", nargs="*", type=int, metavar="JOB", help="a dead job's number ('hq status' lists them)")
    sub.add_argument("--dead", action="store_true", help="every dead job whose bundle is still in storage")
    sub.add_argument("--json", action="store_true")
    sub = action("quarantine", hq_quarantine, "list quarantined bundles; --expire removes copies older than "
                 f"{SERVER_LIMITS.quarantine_expiry_days} days (rows stay) and abandoned uploads")  # fmt: skip
    sub.add_argument("--expire", action="store_true", help="remove the copies (and abandoned uploads) past the expiry")
    sub.add_argument("--json", action="store_true")
    sub = action("history", hq_history, "the original and every amendment of a capture, item, site or subject "
                 "(its uuid, or the first 8 or more hex digits of it)", "UUID", many=False)  # fmt: skip
    sub.add_argument("--json", action="store_true")
    sub = action("matches", hq_matches, "the same person captured by different devices: candidates for an examiner;"
                 " 'decide ID --same|--different' records a decision")  # fmt: skip
    sub.add_argument("what", nargs="*", metavar="decide ID", help="record a decision on candidate ID")
    decision = sub.add_mutually_exclusive_group()
    decision.add_argument("--same", action="store_true", help="the two subjects are the same person")
    decision.add_argument("--different", action="store_true", help="they are different people")
    decision.add_argument("--undecided", action="store_true", help="it cannot be told (yet)")
    sub.add_argument("--examiner", metavar="NAME", help="who decides (recorded with the decision)")
    sub.add_argument("--note", metavar="TEXT", help="why, what was compared (recorded with the decision)")
    sub.add_argument("--json", action="store_true")
    sub = action("hits", hq_hits, "the watchlist hits devices found (their bundles carry them): whom, which entry,"
                 " the score, the operator's decision")  # fmt: skip
    sub.add_argument("--device", metavar="ID", help="only this device's hits")
    sub.add_argument("--open", action="store_true", help="only the hits the operator has not decided yet")
    sub.add_argument("--json", action="store_true")
    sub = action(
        "reindex",
        hq_reindex,
        "index what bundles archived before amendments existed carry (re-verified);"
        " make the pre-filter vectors of templates stored before HQ kept them",
    )
    sub.add_argument("--json", action="store_true")
    sub = action("export-nist", hq_export_nist,
                 "write the ANSI/NIST-ITL transactions of verified bundles for the AFIS", "BUNDLE")  # fmt: skip
    sub.add_argument("--out", required=True, metavar="DIR")
    sub.add_argument("--ori", help="originating agency code for these transactions (default: 'hq config')")
    sub.add_argument("--dai", help="destination agency code for these transactions (default: 'hq config')")
    sub = action("worker", hq_worker, "run verifier workers: take bundles from the queue, verify, decide, sign"
                 " receipts (an HQ with a database)")  # fmt: skip
    sub.add_argument("--jobs", type=int, metavar="N", help="worker processes (default 1)")
    _log_format_option(sub)
    sub = action("unwrap", hq_unwrap, "run the unwrap service (where hq-identity.txt is kept): workers send age "
                 "headers, get file keys; or issue/revoke a worker's credential")  # fmt: skip
    sub.add_argument("--listen", metavar="HOST:PORT", help="serve workers here (HTTPS, the service's own certificate)")
    sub.add_argument("--issue", metavar="WORKER", help="write a new credential for this worker (replaces its old one)")
    sub.add_argument("--url", metavar="URL", help="with --issue: https://HOST:PORT where workers reach the service")
    sub.add_argument("--out", metavar="FILE", help="with --issue: the credential file to write (a secret)")
    sub.add_argument("--revoke", metavar="WORKER", help="withdraw this worker's credential")
    _log_format_option(sub)
    sub = action("serve", hq_serve, "run the ingest server: tus uploads over TLS, verify, ingest, signed receipts")
    sub.add_argument("--listen", metavar="HOST:PORT", help=LISTEN_HELP)
    sub.add_argument("--no-tls", action="store_true", help="plain HTTP, allowed on loopback only (tests)")
    sub.add_argument("--max-size", metavar="SIZE", help=MAX_SIZE_HELP)
    sub.add_argument("--max-connections", type=int, metavar="N", help="connections of authenticated devices served"
                     f" at once (default {SERVER_LIMITS.device_connections})")  # fmt: skip
    _log_format_option(sub)
    sub.add_argument("--log-client-addresses", action="store_true", default=None,
                     help="name the client's address in log lines (default: never)")  # fmt: skip
    sub = action("gateway", hq_gateway, "run the upload front end: the tus server (Node) with fieldkit's checks, "
                 "uploads to HQ's storage, one verification job each (no HQ identity needed)")  # fmt: skip
    sub.add_argument("--listen", metavar="HOST:PORT", help=LISTEN_HELP)
    sub.add_argument("--max-size", metavar="SIZE", help=MAX_SIZE_HELP)
    sub.add_argument("--hooks", metavar="HOST:PORT", help="the hooks service's loopback address (default: any free "
                     "port; with --print-config or --no-node the --listen port + 1)")  # fmt: skip
    _log_format_option(sub)
    sub.add_argument(
        "--print-config",
        action="store_true",
        help="print the tus server's environment to run it under another supervisor, and exit",
    )
    sub.add_argument("--no-node", action="store_true", help="run the hooks service only (the tus server is run "
                     "from --print-config's settings)")  # fmt: skip
    _register_watchlist(actions)
    hq_samples.register(action, actions, _hq_options, _owner_only, _who)


def _register_watchlist(actions: Subparsers) -> None:
    """hq watchlist add|list|remove|export, each with --dir."""
    help_text = "the watchlist devices alert on: add, list, remove entries; export the signed, encrypted file"
    p = actions.add_parser("watchlist", help=help_text, description=help_text)
    p.set_defaults(handler=_no_watchlist_action)
    subs = p.add_subparsers(dest="watchlist_action", metavar="ACTION", required=True, parser_class=CliParser)

    def sub(name: str, handler: Handler, text: str, **kwargs: Any) -> CliParser:
        parser = subs.add_parser(name, help=text, description=text, **kwargs)
        _hq_options(parser)
        parser.set_defaults(handler=partial(_owner_only, handler))
        return parser

    add_usage = (
        "fieldkit hq watchlist add --dir HQ --ref REF [--category C] [--note TEXT] [--instructions WHAT]"
        " (--finger N --ppi P IMAGE)... [--face IMAGE]... [--json]"
    )
    q = sub("add", hq_watchlist_add, "add an entry (or templates to one): prints and face photos become templates;"
            " the images are not kept", usage=add_usage)  # fmt: skip
    q.add_argument("--ref", required=True, metavar="REF", help="the entry's reference (unique), e.g. WL-2025-0042")
    q.add_argument("--category", metavar="C", help="e.g. 'wanted', 'missing person' (free text, one line)")
    q.add_argument("--note", metavar="TEXT", help="shown to the operator with a hit")
    words = "; ".join(f"{code}: {text}" for code, text in INSTRUCTIONS.items())
    q.add_argument("--instructions", choices=list(INSTRUCTIONS), metavar="WHAT",
                   help=f"what the operator is told on a hit (default {DEFAULT_INSTRUCTIONS}): {words}")  # fmt: skip
    q.add_argument("--finger", action=_PrintAction, nargs="+", metavar=("N", "IMAGE"), help="a print's finger"
                   " position (1 right thumb ... 10 left little; 0 unknown), with its --ppi P IMAGE; repeat for each"
                   f" print ({PRINT_EXAMPLE}; '--ppi 500 --finger 2 r_index.png' too)")  # fmt: skip
    q.add_argument("--ppi", action=_PrintAction, nargs="+", metavar=("P", "IMAGE"),
                   help="the print's resolution in pixels per inch, then its image file")  # fmt: skip
    q.add_argument("--face", action="append", metavar="IMAGE", help="a photo of the person's face (repeatable)")
    q.add_argument("stray", nargs="*", help=argparse.SUPPRESS)  # an image without its option: refused by name
    q.set_defaults(prints=None)
    q.add_argument("--json", action="store_true")
    q = sub("list", hq_watchlist_list, "the entries, the last export and the removals")
    q.add_argument("--json", action="store_true")
    q = sub("remove", hq_watchlist_remove, "take an entry out (recorded: who, when, why)")
    q.add_argument("--ref", required=True, metavar="REF")
    q.add_argument("--reason", metavar="TEXT", help="why (kept with the removal)")
    q = sub("export", hq_watchlist_export, "write the watchlist file: signed with hq-receipt.key, encrypted to one"
            " device or to every enrolled device, with the next version")  # fmt: skip
    q.add_argument("--out", required=True, metavar="FILE")
    q.add_argument("--device", metavar="ID", help="the one device it is for (default: every enrolled device)")
    q.add_argument("--valid-days", type=int, metavar="N", help="days until it expires (default"
                   f" {IDENTIFICATION_LIMITS.watchlist_valid_days}, at most"
                   f" {IDENTIFICATION_LIMITS.max_watchlist_valid_days})")  # fmt: skip
    q.add_argument("--json", action="store_true")


def _no_watchlist_action(args: argparse.Namespace) -> int:
    raise UsageError("hq watchlist needs an ACTION: add, list, remove or export")
