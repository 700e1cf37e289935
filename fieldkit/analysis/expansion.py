"""Expanding an archive, child side: the members of a ZIP, tar or gzip file handed back in batches (sandbox op).

Decision: members are decompressed only here, in a sandbox child, by formats.archive's ``expand`` (which refuses a
bomb by count, total size and ratio before or while reading), and come back to the parent as bytes in memory: the
parent streams them into the encrypted store, so no member is ever written to disk in plaintext. The answer to one
request is bounded by AnalysisLimits.max_result_bytes of member bytes; the parent asks again from the cursor the
answer names (a member larger than a batch comes in pieces). The child keeps no state between requests (any child
of the pool may answer the next one), so each request expands the archive again up to its cursor: a cost paid
once per ``max_result_bytes`` of members, not per member.

Each member comes with what the archive's listing (``describe``) says of it: its name as the archive gives it
(shown safely), its time, and whether it is encrypted, a link or a device entry, which are listed but not expanded.
The two walks visit members in the same order (a ZIP's central directory, a tar's headers), so the n-th expanded
file is the n-th listed regular, unencrypted file; a name that does not match leaves that member without listed
facts rather than borrowing another's. Expansion stops at the first limit passed or member that cannot be read:
the answer then carries what came before and ``stopped``, the reason.
"""

from __future__ import annotations

import io
import tarfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldkit import media_types
from fieldkit.analysis.formats import archive
from fieldkit.analysis.formats._common import clean
from fieldkit.config import AnalysisLimits
from fieldkit.errors import DamagedMediaError, FieldkitError

MEMBERS = "fieldkit.analysis.expansion:members"
# The archive types ``members`` expands (the types formats.archive lists).
EXPANDABLE = (media_types.ZIP, media_types.TAR, media_types.GZIP)
_NAME_CHARS = 1024  # not a limit: longest link target kept (a path; as formats.archive keeps names)


@dataclass
class _Listed:
    index: int  # 1-based position among the archive's entries (directories included, as the archive counts them)
    name: str  # as the archive names it, shown safely (formats.archive's listing)
    kind: str  # file, directory, link, other
    size: int
    modified: str | None
    encrypted: bool
    link_target: str | None = None


def members(data: bytes, start: int, offset: int, max_bytes: int, limits: dict[str, Any]) -> dict[str, Any]:
    """Entries of the archive from entry ``start`` (and byte ``offset`` of it) on, with at most ``max_bytes`` of
    member bytes in all.

    Answer: ``{"entries": [...], "next": [entry, offset] | None, "stopped": reason | None}``. Each entry: ``index``,
    ``path`` (safe, relative, unique), ``name`` (as the archive names it), ``type`` (file, symlink, other),
    ``modified``, ``size``, ``link_target``, ``reason`` (why it is not expanded; None for a member expanded), and for
    an expanded member ``offset``, ``data`` (its bytes from ``offset``) and ``last`` (this piece ends it)."""
    bounded = AnalysisLimits(**limits)
    media_type = media_types.sniff(data[: media_types.SNIFF_BYTES]).media_type
    listing = archive.describe(data, media_type, bounded)
    listed = [_listed(index, member) for index, member in enumerate(listing.facts.get("members", []), 1)]
    if any(entry.kind == "link" for entry in listed):
        _add_link_targets(data, listed)
    entries: list[dict[str, Any]] = []
    budget = max_bytes
    expanded = archive.expand(data, bounded)
    try:
        for entry, path, content in _paired(listed, expanded):
            if entry.index < start:
                continue
            if content is None:
                entries.append(_not_expanded(entry))
                continue
            begin = offset if entry.index == start else 0
            piece = content[begin : begin + budget]
            budget -= len(piece)
            end = begin + len(piece)
            entries.append({**_facts(entry, path), "size": len(content), "offset": begin, "data": piece,
                            "last": end >= len(content)})  # fmt: skip
            if end < len(content):  # the batch is full inside this member: the next request goes on from here
                return {"entries": entries, "next": [entry.index, end], "stopped": None}
            if budget <= 0:
                return {"entries": entries, "next": [entry.index + 1, 0], "stopped": None}
    except FieldkitError as exc:  # a limit passed (a bomb) or a member that cannot be read: stop here
        return {"entries": entries, "next": None, "stopped": exc.message}
    except (OSError, EOFError, ValueError, RuntimeError, NotImplementedError, tarfile.TarError, zlib.error) as exc:
        stopped = f"the archive cannot be read further ({type(exc).__name__})"
        return {"entries": entries, "next": None, "stopped": stopped}
    return {"entries": entries, "next": None, "stopped": None}


def _listed(index: int, member: dict[str, Any]) -> _Listed:
    return _Listed(index=index, name=str(member.get("path") or ""), kind=str(member.get("kind") or "file"),
                   size=int(member.get("size") or 0), modified=_utc(member.get("modified")),
                   encrypted=bool(member.get("encrypted")))  # fmt: skip


def _utc(value: object) -> str | None:
    """A listed time as ISO 8601: UTC ones (tar, gzip) end in Z; a ZIP's DOS time has no zone and stays without."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _add_link_targets(data: bytes, listed: list[_Listed]) -> None:
    """What each tar link names (the listing says only that it is a link); as many headers as were listed."""
    links = {entry.index: entry for entry in listed if entry.kind == "link"}
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
            for index in range(1, len(listed) + 1):
                info = tar.next()
                if info is None:
                    return
                if index in links:
                    links[index].link_target = clean(info.linkname, _NAME_CHARS) or ""
    except (tarfile.TarError, OSError, EOFError, zlib.error, ValueError):
        return  # the targets of links past a damaged header stay unknown; the expansion says why it stopped


Paired = tuple[_Listed, str, bytes | None]


def _paired(listed: list[_Listed], expanded: Iterator[tuple[str, bytes]]) -> Iterator[Paired]:
    """Every listed entry but directories, in order, with its safe path and its bytes (None: not expanded)."""
    for entry in listed:
        if entry.kind == "directory":
            continue
        if entry.kind != "file" or entry.encrypted:
            yield entry, archive.safe_path(entry.name) or f"member-{entry.index}", None
            continue
        found = next(expanded, None)
        if found is None:
            raise DamagedMediaError(f"the archive lists more members than it holds (from entry {entry.index} on)")
        path, content = found
        if not _same_name(entry.name, path):
            entry = _Listed(entry.index, path, "file", len(content), None, False)  # facts of another: not used
        yield entry, path, content
    # The listing stops at max_archive_members; expanding past it raises the count limit (a tar is counted as read).
    if next(expanded, None) is not None:
        raise DamagedMediaError(f"the archive holds more members than its listing ({len(listed)})")


def _same_name(listed: str, path: str) -> bool:
    """Whether an expanded path is the listed name made safe (and unique with a '~n' suffix)."""
    safe = archive.safe_path(listed)
    return path == safe or path.startswith(safe + "~") or (not safe and path.startswith("member-"))


def _facts(entry: _Listed, path: str) -> dict[str, Any]:
    entry_type = "file" if entry.kind == "file" else "symlink" if entry.kind == "link" else "other"
    return {"index": entry.index, "path": path, "name": entry.name, "type": entry_type, "modified": entry.modified,
            "size": entry.size, "link_target": entry.link_target, "reason": None}  # fmt: skip


def _not_expanded(entry: _Listed) -> dict[str, Any]:
    path = archive.safe_path(entry.name) or f"member-{entry.index}"
    if entry.encrypted:
        reason = "encrypted in the archive: not expanded (fieldkit does not decrypt archive members)"
    elif entry.kind == "link":
        reason = "a link in the archive: recorded with its target, not followed"
    else:
        reason = "not a regular file in the archive (a device, FIFO or other special entry): recorded, nothing to store"
    return {**_facts(entry, path), "reason": reason}
