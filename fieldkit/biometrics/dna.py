"""DNA at HQ (issue 19, docs/samples.md): STR profiles as a laboratory reports them, checked against the standard
loci, and ANSI/NIST-ITL Type-18 (DNA) records for the transaction HQ exports (``fieldkit hq export-dna``).

**Profiles.** A profile is a list of locus calls: a locus by its standard name and one to
DnaLimits.max_alleles_per_locus allele values. The loci are the CODIS core 20, the European Standard Set (all of
which are among the CODIS 20) and amelogenin; names are matched without regard to case, with the spellings labs
use (``TH01``/``THO1``, ``vWA``/``VWA``, ``AMEL``/``Amelogenin``). An allele is a repeat number (``12``), a
microvariant (``9.3``: nine repeats and three bases) or, at amelogenin only, ``X`` or ``Y``. Anything else is
refused with StrProfileError naming the value (an unknown locus: with the list of known names). ``parse_profile_csv``
reads the CSV format docs/samples.md documents: one line per locus, ``locus,allele[,allele[,allele]]``, an
optional header line whose first cell is ``locus``, blank lines and lines starting with ``#`` ignored.

**Type-18.** Written by hand with nist.py's record encoder and Type-1 header, read back in the tests by PyPI nistitl.
fieldkit's authors had the field list of ANSI/NIST-ITL 1-2011 Update:2013 Type-18 (tags and mnemonics) but not the
standard's code tables at hand when this was written: every coded value below is marked as certain or not, and
docs/samples.md ("ANSI/NIST-ITL Type-18") says the same field by field. Where a code could not be confirmed the
value written is the one that fails safe: the STR field names each locus by its name in the DLR item, never by a
number fieldkit would have had to guess (a receiver expecting the standard's locus numbers refuses the record
rather than misreading a locus), and the laboratory's setting codes are left empty.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from fieldkit.biometrics import nist
from fieldkit.config import DNA_LIMITS, DnaLimits
from fieldkit.errors import StrProfileError

# CODIS core 20 (FBI, since 2017): the original 13 and the 7 added.
CODIS_CORE_20 = ("CSF1PO", "FGA", "TH01", "TPOX", "vWA", "D3S1358", "D5S818", "D7S820", "D8S1179", "D13S317",
                 "D16S539", "D18S51", "D21S11", "D1S1656", "D2S441", "D2S1338", "D10S1248", "D12S391", "D19S433",
                 "D22S1045")  # fmt: skip
# The European Standard Set (ENFSI, 2009: 7 + 5 loci): every one is also a CODIS core locus.
EUROPEAN_STANDARD_SET = ("D3S1358", "vWA", "D8S1179", "D21S11", "D18S51", "TH01", "FGA", "D1S1656", "D2S441",
                         "D10S1248", "D12S391", "D22S1045")  # fmt: skip
AMELOGENIN = "AMEL"
STANDARD_LOCI = (*CODIS_CORE_20, AMELOGENIN)
# Other spellings labs and kits use, by their folded form.
_ALIASES = {"THO1": "TH01", "AMELOGENIN": AMELOGENIN, "AMELX": AMELOGENIN}
_BY_FOLDED = {name.upper(): name for name in STANDARD_LOCI} | _ALIASES
_ALLELE = re.compile(r"[1-9][0-9]?(\.[1-3])?")  # 1..99, and a microvariant .1 .2 .3
_SEX_ALLELES = ("X", "Y")


@dataclass(frozen=True)
class LocusCall:
    locus: str  # its standard name (STANDARD_LOCI)
    alleles: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"locus": self.locus, "alleles": list(self.alleles)}


def locus_name(text: str) -> str:
    """The standard name of the locus ``text`` names (any case, a known alias); StrProfileError with the list."""
    found = _BY_FOLDED.get(text.strip().upper().replace(" ", ""))
    if found is None:
        raise StrProfileError(f"'{text.strip()[:40]}' is not a locus fieldkit knows: give one of "
                              f"{', '.join(STANDARD_LOCI)}")  # fmt: skip
    return found


def allele(locus: str, text: str) -> str:
    value = text.strip().upper() if locus == AMELOGENIN else text.strip()
    if (locus == AMELOGENIN and value in _SEX_ALLELES) or (locus != AMELOGENIN and _ALLELE.fullmatch(value)):
        return value
    expected = "X or Y" if locus == AMELOGENIN else "a repeat number such as 12, or a microvariant such as 9.3"
    raise StrProfileError(f"'{text.strip()[:20]}' is not an allele of {locus}: give {expected}")


def profile(calls: Iterable[tuple[str, Sequence[str]]], limits: DnaLimits = DNA_LIMITS) -> tuple[LocusCall, ...]:
    """The checked profile of (locus, alleles) pairs: each locus once, in the order given."""
    checked: dict[str, LocusCall] = {}
    for name, values in calls:
        locus = locus_name(name)
        if locus in checked:
            raise StrProfileError(f"the locus {locus} is given twice")
        alleles = tuple(allele(locus, value) for value in values if value.strip())
        if not 1 <= len(alleles) <= limits.max_alleles_per_locus:
            raise StrProfileError(f"give 1 to {limits.max_alleles_per_locus} alleles for {locus} (not {len(alleles)})")
        checked[locus] = LocusCall(locus, alleles)
        if len(checked) > limits.max_loci:
            raise StrProfileError(f"a profile has at most {limits.max_loci} loci")
    if not checked:
        raise StrProfileError("the profile names no locus")
    return tuple(checked.values())


def parse_locus_options(values: Iterable[str]) -> tuple[LocusCall, ...]:
    """``--locus NAME=ALLELE,ALLELE`` values."""
    pairs = []
    for value in values:
        name, sep, alleles = value.partition("=")
        if not sep:
            raise StrProfileError(f"'{value[:40]}' is not NAME=ALLELE,ALLELE (e.g. D3S1358=15,16)")
        pairs.append((name, alleles.split(",")))
    return profile(pairs)


def parse_profile_csv(data: bytes, limits: DnaLimits = DNA_LIMITS) -> tuple[LocusCall, ...]:
    """A profile CSV (see the module docstring); StrProfileError names the line of anything wrong."""
    if len(data) > limits.max_profile_csv_bytes:
        raise StrProfileError(f"the profile file is larger than {limits.max_profile_csv_bytes} bytes: not a profile")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StrProfileError("the profile file is not UTF-8 text") from None
    pairs: list[tuple[str, list[str]]] = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), 1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#") or (not pairs and cells[0].lower() == "locus"):
            continue
        try:
            pairs.append((cells[0], cells[1:]))
            profile(pairs[-1:], limits)
        except StrProfileError as exc:
            raise StrProfileError(f"line {number}: {exc.message}") from None
    return profile(pairs, limits)


# --- ANSI/NIST-ITL Type-18 ------------------------------------------------------------------------------------------

# 18.010 STY, cellular type (CST): fieldkit's sample types mapped to the standard's code table AS WE READ IT. NOT
# CERTAIN: the code numbers below are from memory of the 2013 update's table (0 blood, 1 buccal/oral, 2 hair, 5
# tissue, 9 other/unknown), not checked against the published text. A swab or touch sample from an object's surface
# is no cellular type the table names: "other".
CELLULAR_TYPES = {"blood": "0", "saliva": "1", "hair": "2", "tissue": "5", "swab": "9", "touch": "9", "other": "9"}
DST_AUTOSOMAL = "0"  # 18.016 DST, DNA type: 0 autosomal STR (certain enough: 1 X-STR, 2 Y-STR follow it)
DONOR_UNKNOWN = "3"  # 18.006 SDI, donor status DSD: an evidence sample's donor is unknown. NOT CERTAIN of the code.
ONE_ANALYSIS = "0"  # 18.005 NAL, number of analyses flag: one analysis. NOT CERTAIN of the code.
TOT_DNA = "DNA"  # no Type-of-transaction fieldkit knows for a DNA-only submission: the receiver's profile sets it
NO_IMAGES = "00.00"  # 1.011 NSR / 1.012 NTR of a transaction without images


@dataclass(frozen=True)
class DnaSample:
    """One sample with the laboratory's profile, as the export writes it."""

    ref: str  # the id on its tag
    sample_type: str  # fieldkit's (models.SAMPLE_TYPES)
    collected_at: str  # UTC time
    location: str  # where on the item it was taken
    lab_ref: str  # the laboratory's reference: the profile's id
    laboratory: str
    calls: tuple[LocusCall, ...]
    case_name: str
    item_tag: str  # the item it was taken from: a subject's reference when the item is a person
    subject: bool  # whether the item stands for a person (its reference is then the subject's)


def _gender(calls: tuple[LocusCall, ...]) -> str:
    """18.006's gender item from amelogenin: X only F, X and Y M, else U (unknown)."""
    amel = next((set(c.alleles) for c in calls if c.locus == AMELOGENIN), set())
    return "M" if amel == {"X", "Y"} else "F" if amel == {"X"} else "U"


def type18(sample: DnaSample, *, idc: int, type2_idc: int, ori: str) -> nist.Record:
    """The Type-18 record of one sample and its profile (see the module docstring for what is certain)."""
    date = sample.collected_at[:10].replace("-", "") if re.match(r"\d{4}-\d\d-\d\d", sample.collected_at) else ""
    whose = f"subject {sample.item_tag}" if sample.subject else f"item {sample.item_tag}"
    strs = [[DST_AUTOSOMAL, call.locus, *call.alleles] for call in sample.calls]
    fields: dict[int, nist.Value] = {
        2: str(idc),
        # DLS: UTY, LTY, ACC (setting codes: left empty, not certain of their tables), NOO (the laboratory), POC.
        3: [["", "", "", sample.laboratory or "unknown laboratory", ""]],
        4: ori,  # SRC
        5: ONE_ANALYSIS,  # NAL
        6: [[DONOR_UNKNOWN, _gender(sample.calls)]],  # SDI: DSD, GID
        10: [[CELLULAR_TYPES.get(sample.sample_type, CELLULAR_TYPES["other"])]],  # STY: CST
        12: f"{sample.sample_type} sample taken from {whose}: {sample.location}".strip().rstrip(":"),  # SCM
        # DPD: PTP (profile type), RES (result), PRF (profile id: the laboratory's reference). PTP/RES: not certain.
        15: [["", "", sample.lab_ref]],
        16: strs,  # STR: DST, DLR (the locus by NAME, see above), up to three allele calls
        22: f"sample {sample.ref}; case {sample.case_name}; {whose}",  # COM
        992: str(type2_idc),  # T2C
    }
    if date:
        fields[13] = date  # SCD
    return nist.Record(18, fields)


def transaction(samples: Sequence[DnaSample], *, ori: str, dai: str, tcn: str, when: datetime,
                tot: str = TOT_DNA) -> bytes:  # fmt: skip
    """Type-1, one Type-2 per item the samples were taken from (IDC 0, 1, ...), then one Type-18 per sample (IDCs
    after the Type-2s'), each cross-referenced to its item's Type-2 by T2C."""
    items: dict[tuple[str, str], int] = {}
    for sample in samples:
        items.setdefault((sample.case_name, sample.item_tag), len(items))
    records = [nist.Record(2, {2: str(idc)}) for idc in items.values()]
    for offset, sample in enumerate(samples):
        records.append(type18(sample, idc=len(items) + offset, type2_idc=items[(sample.case_name, sample.item_tag)],
                              ori=ori))  # fmt: skip
    return nist.encode_transaction(records, tot=tot, ori=ori, dai=dai, tcn=tcn, when=when, domain=None,
                                   resolution=NO_IMAGES)  # fmt: skip
