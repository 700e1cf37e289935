"""Files fieldkit has no reader for (unknown bytes, 7z and RAR archives, OLE compound files): their size and how
random their bytes look.

Decision: nothing is decoded; the entropy of the first MiB (bits per byte, 8 = indistinguishable from random) is a
cheap first hint for an examiner: near 8 is compressed or encrypted data, well below is text or structured data.
The original is kept as it is for the tools made for it.
"""

from __future__ import annotations

import math
from collections import Counter

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.config import AnalysisLimits

_SAMPLE = 1 << 20  # not a limit: bytes the entropy is measured over


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """Size and byte entropy of a file no other describer reads."""
    description = Description(media_type=media_type, facts={"size": len(data)})
    sample = data[:_SAMPLE]
    if sample:
        counts = Counter(sample)
        entropy = -sum(n / len(sample) * math.log2(n / len(sample)) for n in counts.values())
        description.facts["entropy_bits_per_byte"] = round(entropy, 3)
    if media_type in (media_types.SEVEN_ZIP, media_types.RAR):
        description.notes.append(f"fieldkit does not read inside {media_types.BY_TYPE[media_type].name}s: kept as is")
    elif media_type == media_types.OLE:
        description.notes.append("a legacy Office or Outlook file (or a password-protected one): text not extracted")
    return description
