"""The names of the sandbox operations of fieldkit.biometrics.ops, as fieldkit's own process calls them
(fieldkit.biometrics.confined, templates): "module:function" strings the sandbox child resolves.

Kept apart from ops so that calling an operation never imports what runs it: ops loads Pillow, numpy and the NBIS
library, which only the child needs (a command's start-up stays without them)."""

from __future__ import annotations

EXAMINE = "fieldkit.biometrics.ops:examine"
THUMBNAIL = "fieldkit.biometrics.ops:thumbnail"
PREVIEW = "fieldkit.biometrics.ops:preview"
CUT_CARD = "fieldkit.biometrics.ops:cut_card"
RECUT_CARD = "fieldkit.biometrics.ops:recut_card"
CALIBRATE_LATENT = "fieldkit.biometrics.ops:calibrate_latent"
TENPRINT_RECORD = "fieldkit.biometrics.ops:tenprint_record"
LATENT_RECORD = "fieldkit.biometrics.ops:latent_record"
SOURCE_RECORD = "fieldkit.biometrics.ops:source_record"
FACE_RECORD = "fieldkit.biometrics.ops:face_record"
EXTRACT_FINGER = "fieldkit.biometrics.ops:extract_finger"
