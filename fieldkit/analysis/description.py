"""What analysis learns from one original: the answer a sandboxed describer sends back to the main process.

Decision: one plain record for every format family, JSON plus bytes, because it crosses a process boundary (the
sandbox protocol carries JSON and byte blobs) and is stored as it is in the encrypted store. Facts use the keys the
store and bundles already used for metadata (width, height, mode, file_ppi, exif, page_count), so a capture's
facts read the same whether they came from an old import-time probe or from analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Description:
    """One original, described from its bytes.

    media_type: what the content is (may refine the acquisition's magic-number guess, e.g. HEIC vs AVIF).
    facts: JSON-able facts, by family: width, height, mode, file_ppi, exif {...}, page_count, duration_s,
        video {codec, width, height, frame_rate}, audio {codec, sample_rate, channels}, created_at, gps
        {latitude, longitude[, altitude_m]}, members [{path, size, compressed_size, modified}], records [...],
        encoding, ... Only values a stranger could display safely: text is sanitised and bounded.
    captured_at: when the content says it was made (EXIF DateTimeOriginal, a container's creation time), ISO 8601.
    text: text for search (office files, PDF text layers, plain text, e-mail), bounded by AnalysisLimits.
    thumbnail: PNG bytes, longest side at most AnalysisLimits.thumbnail_side; None if nothing can be shown.
    damaged: how the file is damaged ("the JPEG is truncated: ..."), None if it is whole as far as we can tell.
        A damaged file is still described as far as it goes: that is an analysis that succeeded.
    notes: what was done differently and why, for people ("full image too large to decode: embedded thumbnail
        shown").
    """

    media_type: str
    facts: dict[str, Any] = field(default_factory=dict)
    captured_at: str | None = None
    text: str | None = None
    thumbnail: bytes | None = None
    damaged: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_wire(self) -> dict[str, Any]:
        return {
            "media_type": self.media_type,
            "facts": self.facts,
            "captured_at": self.captured_at,
            "text": self.text,
            "thumbnail": self.thumbnail,
            "damaged": self.damaged,
            "notes": list(self.notes),
        }

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Description:
        thumbnail = data.get("thumbnail")
        text = data.get("text")
        return cls(
            media_type=str(data["media_type"]),
            facts=dict(data.get("facts") or {}),
            captured_at=data.get("captured_at") if isinstance(data.get("captured_at"), str) else None,
            text=text if isinstance(text, str) else None,
            thumbnail=thumbnail if isinstance(thumbnail, bytes) else None,
            damaged=data.get("damaged") if isinstance(data.get("damaged"), str) else None,
            notes=[str(n) for n in data.get("notes") or []],
        )
