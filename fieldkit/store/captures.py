"""Captures: the originals kept in the store (the ``captures`` table and the encrypted media files it names).

Design: a capture is an encrypted media file plus its row, and only this part makes, reads, exports or deletes
either, so the guarantees hold in one place: a row exists only once its file is complete and fsynced, an original
is read back only through its acquisition SHA-256, and a deletion leaves nothing recoverable. Everything that
makes an original — file import, scanner, camera, fingerprint devices — ends in ``record`` or ``add_original``.
Case names, item tags and operator names come from their own parts, not from joins here.

Flags ("check the tag", "blurred, retake") are custody only, no column: ``capture.flagged`` (with its reason) and
``capture.unflagged`` (with what resolved it) on the capture's subject; a capture's flag is its latest such event.
A flag on a capture already in a bundle is allowed: it amends nothing, the next bundle carries the events to HQ.
Deleting a capture already in a bundle needs a reason and becomes an amendment (store/amendments.py); moving it is
refused (HQ files it under the item the bundle named).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import secrets
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from fieldkit._internal import fsutil
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.errors import (
    CaptureBundledError,
    ExportError,
    InvalidValueError,
    MediaCorruptError,
    NotFoundError,
    ReasonRequiredError,
)
from fieldkit.models import CAPTURE_KINDS, Capture, CaptureKind, Flag, Item, capture_clock
from fieldkit.store import custody
from fieldkit.store.db import Row, one_row
from fieldkit.store.media import MediaStore, StagedMedia
from fieldkit.store.operators import Operators
from fieldkit.store.records import Records
from fieldkit.store.session import Session, clean_text

_SELECT = (
    "SELECT id, uuid, item_id, kind, media_type, original_name, sha256, size, captured_at, imported_at,"
    " operator_id, source, metadata FROM captures"
)

FLAG_ACTIONS = ("capture.flagged", "capture.unflagged")


def with_clock(metadata: dict[str, Any], captured_at: str | None) -> dict[str, Any]:
    """``metadata`` with ``captured_at_clock`` saying which clock ``captured_at`` is in (models.capture_clock), so a
    reader of the record need not guess from the time's form; the same metadata when there is no time."""
    clock = capture_clock(captured_at)
    return metadata if clock is None else {**metadata, "captured_at_clock": clock}


class Captures:
    def __init__(self, session: Session, media: MediaStore, records: Records, operators: Operators) -> None:
        self._session = session
        self.media = media
        self._records = records
        self._operators = operators

    # --- reading the list ---------------------------------------------------------------------------------

    def _build(self, rows: Sequence[Row]) -> list[Capture]:
        labels = self._records.item_labels(int(row[2]) for row in rows)
        names = self._operators.names() if rows else {}
        found = []
        for cid, cuuid, item_id, kind, media_type, name, sha, size, captured, imported, operator, source, meta in rows:
            case_name, tag = labels[int(item_id)]
            found.append(Capture(cid, cuuid, item_id, case_name, tag, kind, media_type, name, sha, size, captured,
                                 imported, names.get(operator, ""), source, json.loads(meta)))  # fmt: skip
        return found

    def find(self, case: str | None = None, item: str | None = None, kind: str | None = None) -> list[Capture]:
        clauses: list[str] = []
        params: list[Any] = []
        if case is not None or item is not None:
            item_ids = self._records.item_ids(case, item)
            if not item_ids:
                return []
            clauses.append("item_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(item_ids))
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._build(self._session.conn.execute(_SELECT + where + " ORDER BY id", params).fetchall())

    def get(self, capture_id: int) -> Capture:
        rows = self._session.conn.execute(_SELECT + " WHERE id = ?", (capture_id,)).fetchall()
        if not rows:
            raise NotFoundError(f"there is no capture with id {capture_id}")
        return self._build(rows)[0]

    def by_uuid(self, uuid: str) -> Capture | None:
        """The capture with this UUID (the name bundles and HQ give it), or None."""
        rows = self._session.conn.execute(_SELECT + " WHERE uuid = ?", (uuid,)).fetchall()
        return self._build(rows)[0] if rows else None

    def by_ids(self, capture_ids: Iterable[int]) -> dict[int, Capture]:
        """The captures that exist among ``capture_ids``, by id."""
        rows = self._session.conn.execute(
            _SELECT + " WHERE id IN (SELECT value FROM json_each(?))",  # noqa: S608 - constant SQL
            (json.dumps(sorted(set(capture_ids))),),
        ).fetchall()
        return {capture.id: capture for capture in self._build(rows)}

    def by_sha256(self, sha256: str) -> list[Capture]:
        rows = self._session.conn.execute(_SELECT + " WHERE sha256 = ? ORDER BY id", (sha256.lower(),)).fetchall()
        return self._build(rows)

    def ids(self) -> list[int]:
        return [int(row[0]) for row in self._session.conn.execute("SELECT id FROM captures ORDER BY id")]

    def count(self) -> int:
        return int(one_row(self._session.conn.execute("SELECT count(*) FROM captures"))[0])

    def of_kind(self, kind: CaptureKind) -> list[tuple[int, str]]:
        """(id, media type) of every capture of a kind, in capture order (for background work to pick from)."""
        rows = self._session.conn.execute("SELECT id, media_type FROM captures WHERE kind = ? ORDER BY id", (kind,))
        return [(int(capture_id), str(media_type)) for capture_id, media_type in rows]

    def duplicate_of(self, item: Item, sha256: str) -> int | None:
        row = self._session.conn.execute(
            "SELECT id FROM captures WHERE item_id = ? AND sha256 = ?", (item.id, sha256)
        ).fetchone()
        return int(row[0]) if row else None

    # --- adding ---------------------------------------------------------------------------------------------

    def record(
        self,
        item: Item,
        staged: StagedMedia,
        *,
        kind: str,
        media_type: str,
        original_name: str,
        captured_at: str | None,
        source: str,
        metadata: dict[str, Any],
    ) -> int:
        """Make a published media file a capture: one transaction with its custody event."""
        if kind not in CAPTURE_KINDS:
            raise InvalidValueError(f"the kind must be one of: {', '.join(CAPTURE_KINDS)}")
        capture_uuid = str(uuid.uuid4())
        now = self._session.now()
        metadata = with_clock(metadata, captured_at)
        with self._session.write() as conn:
            cursor = conn.execute(
                "INSERT INTO captures (uuid, item_id, kind, media_type, original_name, sha256, size, captured_at,"
                " imported_at, operator_id, source, metadata, media_id, media_salt, encrypted_size)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    capture_uuid, item.id, kind, media_type, original_name, staged.sha256, staged.size,
                    captured_at, now, self._session.operator.id, source, custody.canonical_json(metadata),
                    staged.media_id, staged.salt, staged.encrypted_size,
                ),
            )  # fmt: skip
            self._session.log(
                "capture.imported",
                f"capture:{capture_uuid}",
                {"item": item.uuid, "kind": kind, "sha256": staged.sha256, "size": staged.size,
                 "original_name": original_name, "source": source},
                at=now,
            )  # fmt: skip
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def add_original(
        self,
        item: Item,
        data: bytes,
        *,
        original_name: str,
        kind: CaptureKind,
        media_type: str,
        source: str,
        metadata: dict[str, Any],
        captured_at: str | None = None,
    ) -> tuple[int, bool]:
        """Store an original made in memory (a scan, a camera frame) as a capture; same guarantees as an import.

        Returns (capture id, True) or, when the item already holds these exact bytes, (existing id, False)."""
        staged = self.media.stage(io.BytesIO(data))
        try:
            self.media.publish(staged, sync=False)
            existing = self.duplicate_of(item, staged.sha256)
            if existing is not None:
                self.media.discard(staged)
                return existing, False
            capture_id = self.record(
                item, staged, kind=kind, media_type=media_type, original_name=original_name,
                captured_at=captured_at, source=source, metadata=metadata,
            )  # fmt: skip
        except BaseException:
            # An interrupt may land after the record committed: then the file it names stays.
            if not self._names_media(staged.media_id):
                self.media.discard(staged)
            raise
        return capture_id, True

    def _names_media(self, media_id: str) -> bool:
        try:
            row = self._session.conn.execute("SELECT 1 FROM captures WHERE media_id = ?", (media_id,)).fetchone()
        except Exception:  # the database cannot answer: keep the file (an open sweeps what no record names)
            return True
        return row is not None

    def apply_analysis(self, capture_id: int, facts: dict[str, Any], captured_at: str | None) -> bool:
        """Merge what analysis found into a capture not yet bundled: facts join its metadata (what the operator or a
        device gave wins), and the content's own time fills ``captured_at`` when nothing else did. A capture already
        in a bundle keeps the record HQ has; its analysis stays in the analyses part. The caller logs the change.
        Returns whether the capture's record changed."""
        row = self._session.conn.execute(
            "SELECT metadata, captured_at, kind, bundle_seq FROM captures WHERE id = ?", (capture_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no capture with id {capture_id}")
        if row[3] is not None:
            return False
        metadata: dict[str, Any] = json.loads(row[0])
        merged = {**facts, **metadata}
        details = merged.get("fingerprint")
        file_ppi = facts.get("file_ppi")
        low, high = FINGERPRINT_LIMITS.print_ppi_range
        plausible = isinstance(file_ppi, int | float) and low <= file_ppi <= high  # 1, 72, 96: not a print's
        if row[2] == "fingerprint" and isinstance(details, dict) and details.get("ppi") is None and plausible:
            merged["fingerprint"] = {**details, "ppi": file_ppi, "ppi_source": "file"}
        when = row[1] or captured_at
        merged = with_clock(merged, when)
        if merged == metadata and when == row[1]:
            return False
        with self._session.write() as conn:
            conn.execute(
                "UPDATE captures SET metadata = ?, captured_at = ? WHERE id = ?",
                (custody.canonical_json(merged), when, capture_id),
            )
        return True

    # --- reading, exporting and deleting originals ----------------------------------------------------------

    def set_fingerprint(self, capture_id: int, details: dict[str, Any]) -> Capture:
        """Replace a fingerprint capture's ``fingerprint`` metadata (its resolution, finger or impression corrected,
        biometrics/prints.py). The caller logs the change in the same transaction. A capture already in a bundle
        changes too: its custody entry is what makes the amendment that tells HQ."""
        capture = self.get(capture_id)
        if capture.kind != "fingerprint":
            raise InvalidValueError(f"capture {capture_id} is a {capture.kind}, not a fingerprint")
        metadata = {**capture.metadata, "fingerprint": details}
        with self._session.write() as conn:
            conn.execute(
                "UPDATE captures SET metadata = ? WHERE id = ?", (custody.canonical_json(metadata), capture_id)
            )
        return self.get(capture_id)

    def _media_ref(self, capture_id: int) -> tuple[str, bytes, str, int]:
        row = self._session.conn.execute(
            "SELECT media_id, media_salt, sha256, size FROM captures WHERE id = ?", (capture_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no capture with id {capture_id}")
        return str(row[0]), bytes(row[1]), str(row[2]), int(row[3])

    def read(self, capture_id: int) -> Iterator[bytes]:
        """Yield the original's bytes; raise MediaCorruptError at the end if they do not match the recorded hash.

        Anything consumed before the generator finishes is unverified.
        """
        media_id, salt, expected_sha, expected_size = self._media_ref(capture_id)
        digest = hashlib.sha256()
        size = 0
        for chunk in self.media.read(media_id, salt):
            digest.update(chunk)
            size += len(chunk)
            if size > expected_size:
                raise MediaCorruptError(f"capture {capture_id} is longer than recorded")
            yield chunk
        if size != expected_size or digest.hexdigest() != expected_sha:
            raise MediaCorruptError(f"capture {capture_id} does not match its acquisition SHA-256")

    def read_authenticated(self, capture_id: int) -> Iterator[bytes]:
        """Yield the original's bytes without hashing them again, for the bundle writer.

        The media file's AES-GCM tags authenticate every byte against what was hashed at import, so a bundle's
        manifest hash holds without a second SHA-256 pass (headquarters hashes it anyway when it verifies).
        """
        media_id, salt, _sha, _size = self._media_ref(capture_id)
        yield from self.media.read(media_id, salt)

    def export(self, capture_id: int, out: Path) -> Path:
        """Write the original bit-exact to ``out`` (or into it, if a folder); refuses when the hash differs.

        The bytes go to a hidden temporary name beside the target and are renamed only once verified, so a
        failed export never leaves a file that looks complete.
        """
        capture = self.get(capture_id)
        target = out.expanduser()
        if target.is_dir():
            target = target / _safe_file_name(capture.original_name, capture.id)
        if target.exists() or target.is_symlink():
            raise ExportError(f"{target} already exists: fieldkit never overwrites a file on export")
        partial = target.with_name(f".{target.name}.fieldkit-partial-{secrets.token_hex(4)}")
        try:
            with fsutil.open_new_private(partial) as sink:
                for chunk in self.read(capture_id):
                    sink.write(chunk)
                os.fsync(sink.fileno())
            os.link(partial, target)  # fails rather than replaces if the target appeared meanwhile
        except FileExistsError:
            raise ExportError(f"{target} already exists: fieldkit never overwrites a file on export") from None
        except (FileNotFoundError, NotADirectoryError):
            raise ExportError(f"the folder {target.parent} does not exist") from None
        except PermissionError:
            raise ExportError(f"fieldkit may not write into {target.parent}") from None
        except OSError as exc:
            raise fsutil.storage_error(exc, "exporting an original") from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        with contextlib.suppress(OSError):
            fsutil.fsync_dir(target.parent)
        with self._session.write():
            self._session.log("capture.exported", f"capture:{capture.uuid}",
                              {"sha256": capture.sha256, "to": str(target)})  # fmt: skip
        return target

    def bundle_of(self, capture_id: int) -> int | None:
        """The sequence of the bundle that holds the capture; None: not bundled yet."""
        row = self._session.conn.execute("SELECT bundle_seq FROM captures WHERE id = ?", (capture_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no capture with id {capture_id}")
        return None if row[0] is None else int(row[0])

    def move(self, capture_id: int, item_id: int, reason: str) -> Capture:
        """Put a capture under another item (a photo filed under the wrong tag), custody-logged as
        ``capture.moved`` with both items and the operator's reason. Only a capture no bundle holds yet moves: HQ
        files what it received under the item the bundle named (amending that is not done here)."""
        reason = reason.strip()
        if not reason:
            raise ReasonRequiredError("a move needs a reason (what was wrong with where it was)")
        capture = self.get(capture_id)
        sequence = self.bundle_of(capture_id)
        if sequence is not None:
            raise CaptureBundledError(f"capture {capture_id} ({capture.original_name}) was sent in bundle {sequence}: "
                                      "it stays in item " + capture.item_tag)  # fmt: skip
        source, target = self._records.item_by_id(capture.item_id), self._records.item_by_id(item_id)
        if target.id == source.id:
            raise InvalidValueError(f"capture {capture_id} is already in item {target.case_name} / {target.tag}")
        existing = self.duplicate_of(target, capture.sha256)
        if existing is not None:
            raise InvalidValueError(f"item {target.case_name} / {target.tag} already holds the same file (capture "
                                    f"{existing}): delete one of the two instead")  # fmt: skip
        with self._session.write() as conn:
            conn.execute("UPDATE captures SET item_id = ? WHERE id = ? AND bundle_seq IS NULL", (target.id, capture_id))
            self._session.log(
                "capture.moved",
                f"capture:{capture.uuid}",
                {"from_item": source.uuid, "from_tag": source.tag, "from_case": source.case_name,
                 "item": target.uuid, "to_tag": target.tag, "to_case": target.case_name, "sha256": capture.sha256,
                 "reason": reason},
            )  # fmt: skip
        return self.get(capture_id)

    def delete(self, capture_id: int, reason: str = "", *, refuse_bundled: bool = False) -> Capture:
        """Delete a capture so nothing of it can be recovered from the store; custody keeps that it existed.

        A capture a bundle holds is deleted only with a reason: HQ keeps its copy, and the next bundle carries the
        deletion and its reason as an amendment (store/amendments.py). ``refuse_bundled``: refuse it instead
        (CaptureBundledError)."""
        capture = self.get(capture_id)
        if (sequence := self.bundle_of(capture_id)) is not None:
            if refuse_bundled:
                raise CaptureBundledError(f"capture {capture_id} ({capture.original_name}) was sent in bundle "
                                          f"{sequence}: it is kept")  # fmt: skip
            if not reason.strip():
                raise ReasonRequiredError(f"capture {capture_id} ({capture.original_name}) was sent in bundle "
                                          f"{sequence}: give the reason for deleting it (--reason TEXT); HQ keeps its "
                                          "copy and the next bundle tells it of the deletion")  # fmt: skip
        media_id, _salt, _sha, _size = self._media_ref(capture_id)
        with self._session.write() as conn:
            conn.execute("DELETE FROM captures WHERE id = ?", (capture_id,))
            self._session.log(
                "capture.deleted",
                f"capture:{capture.uuid}",
                {"sha256": capture.sha256, "size": capture.size, "original_name": capture.original_name,
                 "item": capture.item_tag, "reason": reason},
            )  # fmt: skip
        # The row (with the file's key salt) is gone; push it out of the WAL too, then remove the file.
        self._session.checkpoint()
        self.media.delete(media_id)
        return capture

    # --- flags for review (custody events, no column) -------------------------------------------------------

    def flag(self, capture_id: int, reason: str) -> Capture:
        """Mark a capture for review with the reason, custody-logged as ``capture.flagged`` (flagging a flagged
        capture again replaces its reason)."""
        reason = clean_text(reason, "flag's reason", self._session.limits).strip()
        if not reason:
            raise ReasonRequiredError("a flag needs a reason (what to check or redo, e.g. 'blurred, retake')")
        capture = self.get(capture_id)
        with self._session.write():
            self._session.log("capture.flagged", f"capture:{capture.uuid}",
                              {"reason": reason, "item": capture.item_tag,
                               "original_name": capture.original_name})  # fmt: skip
        return capture

    def unflag(self, capture_id: int, resolution: str = "") -> Capture:
        """Clear a capture's flag, custody-logged as ``capture.unflagged`` with what resolved it (may be empty)."""
        resolution = clean_text(resolution, "resolution", self._session.limits).strip()
        capture = self.get(capture_id)
        if self.flag_of(capture_id) is None:
            raise InvalidValueError(f"capture {capture_id} ({capture.original_name}) is not flagged")
        with self._session.write():
            self._session.log("capture.unflagged", f"capture:{capture.uuid}",
                              {"reason": resolution, "item": capture.item_tag,
                               "original_name": capture.original_name})  # fmt: skip
        return capture

    def flag_of(self, capture_id: int) -> Flag | None:
        """The capture's flag now, None when it has none."""
        capture = self.get(capture_id)
        found = None
        for event in custody.events(self._session.conn, f"capture:{capture.uuid}"):
            if event.action == "capture.flagged":
                found = Flag(str(event.details.get("reason", "")), event.at, event.operator)
            elif event.action == "capture.unflagged":
                found = None
        return found

    def flags(self) -> dict[int, Flag]:
        """Every capture flagged now, by capture id: one pass over the custody log's flag events (captures deleted
        since are left out)."""
        current: dict[str, Flag | None] = {}
        for event in custody.events_of_actions(self._session.conn, FLAG_ACTIONS):
            uuid_ = event.subject.removeprefix("capture:")
            flagged = event.action == "capture.flagged"
            current[uuid_] = Flag(str(event.details.get("reason", "")), event.at, event.operator) if flagged else None
        flagged_uuids = sorted(u for u, flag in current.items() if flag is not None)
        if not flagged_uuids:
            return {}
        rows = self._session.conn.execute(
            "SELECT id, uuid FROM captures WHERE uuid IN (SELECT value FROM json_each(?))", (json.dumps(flagged_uuids),)
        )
        found = {int(cid): current[str(cuuid)] for cid, cuuid in rows}
        return {cid: flag for cid, flag in sorted(found.items()) if flag is not None}

    def media_ids(self) -> list[str]:
        """The media file of every capture (the rest of media/ is debris of an interrupted write)."""
        return [str(row[0]) for row in self._session.conn.execute("SELECT media_id FROM captures")]

    def media_files(self) -> list[tuple[int, str]]:
        """(capture id, media id) of every capture, in capture order, for the store check."""
        rows = self._session.conn.execute("SELECT id, media_id FROM captures ORDER BY id").fetchall()
        return [(int(capture_id), str(media_id)) for capture_id, media_id in rows]

    # --- bundling -------------------------------------------------------------------------------------------

    def pending_for_bundle(self) -> list[Capture]:
        """The captures no bundle holds yet, in capture order."""
        rows = self._session.conn.execute(_SELECT + " WHERE bundle_seq IS NULL ORDER BY id").fetchall()
        return self._build(rows)

    def unbundled_count(self) -> int:
        return int(one_row(self._session.conn.execute("SELECT count(*) FROM captures WHERE bundle_seq IS NULL"))[0])

    def mark_bundled(self, sequence: int, capture_ids: Iterable[int]) -> None:
        """Record that bundle ``sequence`` holds these captures; call inside the ``write()`` that completes it."""
        with self._session.write() as conn:
            conn.executemany(
                "UPDATE captures SET bundle_seq = ? WHERE id = ?", [(sequence, cid) for cid in capture_ids]
            )

    def unbundle(self, sequence: int) -> list[str]:
        """Bundle ``sequence`` is abandoned (no intact copy left, HQ never had it): its captures wait for the next
        bundle again. Returns their UUIDs; call inside the ``write()`` that abandons it."""
        with self._session.write() as conn:
            rows = conn.execute("SELECT uuid FROM captures WHERE bundle_seq = ? ORDER BY id", (sequence,)).fetchall()
            conn.execute("UPDATE captures SET bundle_seq = NULL WHERE bundle_seq = ?", (sequence,))
        return [str(row[0]) for row in rows]

    def bundled_in(self, sequences: Iterable[int]) -> list[tuple[int, int, int]]:
        """(capture id, size, bundle sequence) of the captures that the given bundles hold, in capture order."""
        rows = self._session.conn.execute(
            "SELECT id, size, bundle_seq FROM captures WHERE bundle_seq IN (SELECT value FROM json_each(?))"
            " ORDER BY id",
            (json.dumps(sorted(set(sequences))),),
        )
        return [(int(cid), int(size), int(seq)) for cid, size, seq in rows]


# Names Windows gives to devices, whatever the extension ("NUL.txt" is the null device there).
_WINDOWS_DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]]
)
_MAX_EXPORT_NAME_BYTES = 200  # not a limit: 255 bytes per name on every file system, less the partial-file prefix


def _safe_file_name(name: str, capture_id: int) -> str:
    """The file name an export into a folder uses for a capture: the original's base name without what Linux,
    macOS or Windows refuse or misread (separators, reserved characters, controls, trailing dots and spaces, device
    names such as CON or NUL.txt), cut to fit any file system; ``capture-ID`` when nothing is left."""
    base = Path(name.replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '/\\:*?"<>|').strip(" .")
    if base.split(".")[0].strip(" ").upper() in _WINDOWS_DEVICE_NAMES:
        base = f"_{base}"
    if len(base.encode()) > _MAX_EXPORT_NAME_BYTES:
        stem, dot, suffix = base.rpartition(".")
        suffix = f"{dot}{suffix}" if dot and len(suffix.encode()) <= 16 else ""
        stem = base[: len(base) - len(suffix)] if suffix else base
        while len((stem + suffix).encode()) > _MAX_EXPORT_NAME_BYTES:
            stem = stem[:-1]
        base = stem.rstrip(" .") + suffix
    return base or f"capture-{capture_id}"
