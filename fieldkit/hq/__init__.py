"""Headquarters: trust store (standard age and OpenSSH files), bundle verification, ingest index, upload server.

Public (docs/api.md): ``HQ`` (an HQ folder; ``HQ(folder).trust()`` is what ``fieldkit.bundle.check_bundle``
needs), ``render_report`` (the HTML verification report) and ``render_thumbnail`` (photo previews for it). The
ingest index, access control and server modules are internal."""

from fieldkit.hq.report import render as render_report
from fieldkit.hq.thumbnails import render as render_thumbnail
from fieldkit.hq.trust import HQ

__all__ = ["HQ", "render_report", "render_thumbnail"]
