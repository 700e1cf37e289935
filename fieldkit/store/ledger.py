"""What the device knows of its bundles and where they go: the ``bundles`` and ``recipients`` tables.

Design: a bundle's number is reserved (state 'writing') before a byte of it is written, and only a finished file
turns it 'complete'; a failure before the file is complete releases it; a number left 'writing' by a crash is
abandoned, never reused, so headquarters can tell a number that was never delivered from a lost bundle.
outgoing/ledger.py and outgoing/compose.py hold the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.store.db import one_row
from fieldkit.store.session import Session


@dataclass(frozen=True)
class BundleRecord:
    sequence: int
    uuid: str
    state: str
    created_at: str
    file_name: str
    size: int
    tagmanifest_sha256: str
    previous_tagmanifest_sha256: str
    capture_count: int
    payload_bytes: int
    custody_to: int


class Ledger:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- recipients -----------------------------------------------------------------------------------------

    def recipients(self) -> list[str]:
        rows = self._session.conn.execute("SELECT recipient FROM recipients ORDER BY added_at, recipient")
        return [str(row[0]) for row in rows]

    def add_recipient(self, recipient: str, label: str) -> None:
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO recipients (recipient, label, added_at) VALUES (?, ?, ?)",
                (recipient, label, self._session.now()),
            )
            self._session.log("recipient.added", f"recipient:{recipient}", {"label": label})

    # --- bundles --------------------------------------------------------------------------------------------

    def bundles(self) -> list[BundleRecord]:
        rows = self._session.conn.execute(
            "SELECT seq, uuid, state, created_at, file_name, size, tagmanifest_sha256, previous_tagmanifest_sha256,"
            " capture_count, payload_bytes, custody_to FROM bundles ORDER BY seq"
        )
        return [BundleRecord(*row) for row in rows]

    def abandon_unfinished(self) -> list[int]:
        """Mark every bundle left 'writing' (by a crash or a cancel) abandoned, custody-logged; returns them."""
        with self._session.write() as conn:
            sequences = [int(row[0]) for row in conn.execute("SELECT seq FROM bundles WHERE state = 'writing'")]
            for seq in sequences:
                conn.execute("UPDATE bundles SET state = 'abandoned' WHERE seq = ?", (seq,))
                self._session.log("bundle.abandoned", f"bundle:{seq}", {"sequence": seq})
        return sequences

    def abandon(self, sequence: int) -> None:
        """Mark a complete bundle abandoned (no intact copy is left; the caller checked HQ never had it and logs it
        in the same ``write()``); its number is never reused and the next bundle declares it."""
        with self._session.write() as conn:
            conn.execute("UPDATE bundles SET state = 'abandoned' WHERE seq = ? AND state = 'complete'", (sequence,))

    def next_sequence(self) -> int:
        return int(one_row(self._session.conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM bundles"))[0])

    def abandoned_after(self, sequence: int) -> list[int]:
        rows = self._session.conn.execute(
            "SELECT seq FROM bundles WHERE state = 'abandoned' AND seq > ? ORDER BY seq", (sequence,)
        )
        return [int(row[0]) for row in rows]

    def reserve(self, sequence: int, bundle_uuid: str, created_at: str) -> None:
        """Claim a bundle number (state 'writing') before any byte of the bundle is written."""
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO bundles (seq, uuid, state, created_at) VALUES (?, ?, 'writing', ?)",
                (sequence, bundle_uuid, created_at),
            )

    def release(self, sequence: int) -> None:
        """Give back a number reserved for a bundle that failed before its file was complete (no file ever had it),
        so the next bundle takes it and the device's sequence has no hole."""
        with self._session.write() as conn:
            conn.execute("DELETE FROM bundles WHERE seq = ? AND state = 'writing'", (sequence,))

    def complete(self, record: BundleRecord) -> None:
        """A reserved bundle was written whole; the caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            conn.execute(
                "UPDATE bundles SET state = 'complete', file_name = ?, size = ?, tagmanifest_sha256 = ?,"
                " previous_tagmanifest_sha256 = ?, capture_count = ?, payload_bytes = ?, custody_to = ? WHERE seq = ?",
                (record.file_name, record.size, record.tagmanifest_sha256, record.previous_tagmanifest_sha256,
                 record.capture_count, record.payload_bytes, record.custody_to, record.sequence),
            )  # fmt: skip
