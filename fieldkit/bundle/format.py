"""Names and fixed values of the bundle format (specified in docs/bundle-format.md)."""

from __future__ import annotations

import json
from typing import Any, Final

from fieldkit.config import BundleLimits
from fieldkit.errors import BundleFormatError

FORMAT: Final = "fieldkit-bundle"
VERSION: Final = 1
RECEIPT_NAMESPACE = "fieldkit-receipt"  # HQ signs upload receipts (docs/hq.md)
NAMESPACE = "fieldkit-bundle"
SUFFIX = ".fkb"

BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
FIELDKIT_JSON = "fieldkit.json"
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "signatures/tagmanifest-sha256.txt.sig"
# The order of the tag files at the start of the tar: everything the signature covers, then the signature.
TAG_ORDER = (BAGIT_TXT, BAG_INFO, MANIFEST, FIELDKIT_JSON, TAGMANIFEST, SIGNATURE)
SIGNED_TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST, FIELDKIT_JSON)

BAGIT_TXT_CONTENT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def tag_file_cap(name: str, files: int, limits: BundleLimits) -> int:
    """The most bytes the tag file ``name`` may have in a bag of ``files`` payload files (docs/bundle-format.md)."""
    if name == SIGNATURE:
        return limits.max_signature_bytes
    per_file = {MANIFEST: limits.manifest_bytes_per_entry, FIELDKIT_JSON: limits.fieldkit_json_bytes_per_entry}
    if name not in per_file:
        return limits.max_small_tag_file_bytes
    return min(limits.tag_file_base_bytes + files * per_file[name], limits.max_tag_file_bytes)


def bag_name(device_id: str, sequence: int) -> str:
    return f"fieldkit-{device_id[:8]}-{sequence:06d}"


def file_name(device_id: str, sequence: int) -> str:
    return bag_name(device_id, sequence) + SUFFIX


def canonical_json(value: Any) -> bytes:
    return (json.dumps(value, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BundleFormatError(f"JSON with a duplicate key {key!r}", reason="json-duplicate-key")
        result[key] = value
    return result


def strict_json(data: bytes, what: str) -> Any:
    """Parse untrusted JSON: UTF-8 only, no duplicate keys, no NaN or Infinity."""

    def no_constants(name: str) -> Any:
        raise BundleFormatError(f"{what} holds {name}", reason="json-invalid")

    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=no_constants)
    except UnicodeDecodeError:
        raise BundleFormatError(f"{what} is not UTF-8", reason="json-invalid") from None
    except (ValueError, RecursionError):
        raise BundleFormatError(f"{what} is not valid JSON", reason="json-invalid") from None
