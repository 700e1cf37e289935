"""Signed, encrypted bundles: age v1 around a tar of a BagIt bag with an SSHSIG signature (docs/bundle-format.md).

The public surface is what headquarters and tools need to check a bundle (``check_bundle`` returns a Report,
``check_stream`` the same from a stream, ``verify_bundle`` raises) and the wire formats both sides share, as typed
dataclasses. The encoder (``writer.write_bundle``) is imported from its module; what a device puts in a bundle is
fieldkit/outgoing's business. Nothing here imports the store or anything above it.
"""

from fieldkit.bundle.manifest import (
    BundleInfo,
    CaptureRecord,
    CaseRef,
    Counts,
    CustodyRange,
    ItemRecord,
    OcrPage,
    SiteRef,
)
from fieldkit.bundle.provisioning import Provisioning, UploadSettings
from fieldkit.bundle.receipt import Receipt
from fieldkit.bundle.trust import Trust
from fieldkit.bundle.verify import Check, Report, check_bundle, check_stream, verify_bundle

__all__ = [
    "BundleInfo",
    "CaptureRecord",
    "CaseRef",
    "Check",
    "Counts",
    "CustodyRange",
    "ItemRecord",
    "OcrPage",
    "Provisioning",
    "Receipt",
    "Report",
    "SiteRef",
    "Trust",
    "UploadSettings",
    "check_bundle",
    "check_stream",
    "verify_bundle",
]
