"""The HTML verification report in English, French and Arabic (issue 18): the page's language and direction, the
words from the window's catalogues, bundle values still inert text in every language, left-to-right values isolated
in Arabic, one self-contained file; the refusal report reproduces nothing from inside the bundle in any language;
`verify --lang` and where the default comes from; the catalogue reader falls back to English for what is not
translated and refuses a broken file."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from fieldkit._internal import catalogue
from fieldkit.bundle import format, sshsig
from fieldkit.bundle.manifest import CaptureRecord, ItemRecord
from fieldkit.bundle.verify import Check, Report, check_bundle
from fieldkit.cli import app as cli
from fieldkit.config import DEFAULT_LIMITS
from fieldkit.errors import CatalogueError, ReportLanguageError
from fieldkit.hq import report as html_report
from fieldkit.hq import reportwords
from fieldkit.hq.ingest import file_sha256
from fieldkit.hq.trust import HQ
from tests.bundle_kit import Draft, pack, sample_payload, seal

DEVICE = "d0000000-0000-4000-8000-0000000000cc"
CASE = "<script>alert(1)</script>"
ATTRIBUTE = 'x" onerror="alert(2)'
TEMPLATES = Path(html_report.__file__).parent / "templates"
# A heading of each language's report (verified, refused), as the catalogue says it.
HEADINGS = {
    "en": ("<h2>Custody timeline</h2>", "<h2>Why</h2>"),
    "fr": ("<h2>Chronologie de la traçabilité</h2>", "<h2>Pourquoi</h2>"),
    "ar": ("<h2>التسلسل الزمني للحيازة</h2>", "<h2>السبب</h2>"),
}
DIRECTION = {"en": "ltr", "fr": "ltr", "ar": "rtl"}


@pytest.fixture
def hq(tmp_path: Path) -> HQ:
    return HQ.init(tmp_path / "HQ", "Task Force North")


def draft(hq: HQ, *, enrolled: bool = True) -> Draft:
    """A bundle whose case name is a script and whose capture's name would close an attribute."""
    payload = sample_payload()
    name = next(n for n in payload if n.startswith("data/records/items/"))
    item = ItemRecord.from_json(json.loads(payload[name]))
    case = dataclasses.replace(item.case, name=CASE)
    payload[name] = format.canonical_json(dataclasses.replace(item, case=case, description=ATTRIBUTE).to_json())
    name = next(n for n in payload if n.startswith("data/records/captures/"))
    capture = CaptureRecord.from_json(json.loads(payload[name]))
    payload[name] = format.canonical_json(dataclasses.replace(capture, original_name=f"{ATTRIBUTE}.jpg",
                                                              case_name=CASE).to_json())  # fmt: skip
    key = Ed25519PrivateKey.generate()
    if enrolled:
        hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    return Draft(device_id=DEVICE, key=key, payload=payload)


def sealed(hq: HQ, bundle: Draft, path: Path, tag_files: dict[str, bytes] | None = None) -> Path:
    path.write_bytes(seal(pack(bundle, tag_files=tag_files), hq.recipients()))
    return path


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), (200, 40, 40)).save(out, "JPEG")
    return out.getvalue()


def with_custody_and_thumbnail(report: Report) -> Report:
    """The report as HQ renders it with a thumbnail, and a custody entry whose words the catalogues translate."""
    (capture,) = report.captures.values()
    report.thumbnails[capture.payload] = jpeg()
    node = {"@id": "kb:custody-1", "@type": "case-investigation:InvestigativeAction", "fieldkit:sequence": 1,
            "uco-core:name": "capture.flagged", "uco-action:startTime": {"@value": "2026-11-25T09:31:00Z"},
            "fieldkit:details": json.dumps({"reason": CASE})}  # fmt: skip
    report.records["data/custody.jsonld"] = {"@graph": [node]}
    return report


def self_contained(page: str) -> None:
    assert "<script" not in page.lower() and "http://" not in page and "https://" not in page
    assert "<link" not in page and "@import" not in page and "url(" not in page
    tags = "".join(re.findall(r"<[^>]*>", page))  # a bundle's "<img src=x>" is text: &lt;img...
    sources = re.findall(r"""\b(?:src|href)\s*=\s*["']?([^"'\s>]*)""", tags)
    assert all(source.startswith("data:image/jpeg;base64,") for source in sources), sources


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_verified_report_in_each_language(hq: HQ, tmp_path: Path, language: str) -> None:
    bundle = sealed(hq, draft(hq), tmp_path / "good.fkb")
    report = with_custody_and_thumbnail(check_bundle(bundle, hq.trust()))
    assert report.ok

    page = html_report.render(report, language=language)

    assert f'<html lang="{language}" dir="{DIRECTION[language]}">' in page
    words = reportwords.Words(language)
    assert HEADINGS[language][0] in page and str(words.t("VALID: authentic, complete and unaltered")) in page
    assert words.catalogue.text("Custody", "Flagged for review") in page  # the window's custody words
    # What the bundle says is text, never markup, in every language.
    assert CASE not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert ATTRIBUTE not in page and "x&#34; onerror=&#34;alert(2)" in page
    self_contained(page)
    assert page.count('src="data:image/jpeg;base64,') == 1
    digest, (capture,) = file_sha256(bundle), report.captures.values()
    if language == "ar":  # hashes, times, ids isolated left to right
        assert f'<bdi dir="ltr"><code>{digest}</code></bdi>' in page
        assert f'<bdi dir="ltr"><code>{capture.sha256}</code></bdi>' in page
        assert '<bdi dir="ltr">2026-11-25T09:31:00Z</bdi>' in page
        assert f'<bdi dir="ltr">{DEVICE} (SHA256:' in page  # the signer and its key's fingerprint
    else:
        assert "<bdi" not in page and f"<code>{digest}</code>" in page
    if language != "en":  # the window's words for a category and a kind, not the codes
        assert "Custody timeline" not in page and "Checks" not in page
        assert words.catalogue.text("Kind", "Photo") in page and "<td>photo</td>" not in page
        assert f"({words.catalogue.text('Category', 'Other')})" in page and "(other)" not in page
    else:
        assert "<td>photo</td>" in page and "<b>EV-1</b> (other), case" in page


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_refused_report_in_each_language_reproduces_nothing_of_the_bundle(hq: HQ, tmp_path: Path,
                                                                            language: str) -> None:  # fmt: skip
    bundle_draft = draft(hq)
    signed = bundle_draft.tag_files()
    bundle_draft.payload["data/custody.jsonld"] = bundle_draft.payload["data/custody.jsonld"].replace(
        b"graph", b"GRAPH"
    )
    bundle = sealed(hq, bundle_draft, tmp_path / "<img src=x onerror=alert(3)>.fkb", tag_files=signed)
    report = check_bundle(bundle, hq.trust())
    assert not report.ok and report.reason == "payload-hash" and report.items and report.captures
    report.checks.append(Check(CASE, False, CASE))

    page = html_report.render(report, about=html_report.context(report, hq.folder), language=language)

    words = reportwords.Words(language)
    assert f'<html lang="{language}" dir="{DIRECTION[language]}">' in page and HEADINGS[language][1] in page
    why, what = words.advice("payload-hash")
    assert str(words.t("QUARANTINED — do not use: unverified content is not reproduced here")) in page
    assert str(words.t("Why")) in page and why.replace("'", "&#39;") in page and what.split(" ")[0] in page
    assert "<script" not in page and "<img" not in page and "&lt;img src=x onerror=alert(3)&gt;.fkb" in page
    self_contained(page)
    for unverified in ("EV-", "Op Test", "IMG_0001", "alice", "2026-11-25", "22222222-2222", "11111111-1111",
                       "onerror=&#34;", str(words.t("Items")), str(words.t("Custody timeline"))):  # fmt: skip
        assert unverified not in page, unverified
    if language == "ar":
        assert f'<bdi dir="ltr"><code>{file_sha256(bundle)}</code></bdi>' in page
    if language != "en":
        assert why != html_report.plain_reason("payload-hash")[0]  # translated, not English
        assert html_report.plain_reason("payload-hash", language) == (why, what)


def test_verify_lang_and_where_the_default_comes_from(hq: HQ, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    stranger = sealed(hq, draft(hq, enrolled=False), tmp_path / "stranger.fkb")
    out = tmp_path / "report.html"

    def made(*options: str) -> str:
        assert cli.main(["verify", str(stranger), "--hq", str(hq.folder), "--report", str(out), *options]) != 0
        found = re.search(r'<html lang="(\w+)" dir="(\w+)">', out.read_text("utf-8"))
        assert found is not None
        return f"{found[1]} {found[2]}"

    monkeypatch.delenv("FIELDKIT_HQ_LANGUAGE")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert made() == "en ltr"  # no language anywhere, and a locale fieldkit has no catalogue for
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert made() == "fr ltr"  # the system's
    config = tmp_path / "hq.toml"
    config.write_text('language = "ar"\n', encoding="utf-8")
    monkeypatch.setenv("FIELDKIT_HQ_CONFIG", str(config))
    assert made() == "ar rtl"  # HQ's file before the system's
    assert "signed by a device this HQ has not enrolled" not in out.read_text("utf-8")
    monkeypatch.setenv("FIELDKIT_HQ_LANGUAGE", "fr_CA")
    assert made() == "fr ltr"  # the environment before the file
    assert made("--lang", "en") == "en ltr"  # the option before all
    assert "signed by a device this HQ has not enrolled" in out.read_text("utf-8")

    monkeypatch.setenv("FIELDKIT_HQ_LANGUAGE", "de")
    out.unlink()
    assert cli.main(["verify", str(stranger), "--hq", str(hq.folder), "--report", str(out)]) == 86
    assert not out.exists()
    monkeypatch.delenv("FIELDKIT_HQ_LANGUAGE")
    assert cli.main(["verify", str(stranger), "--hq", str(hq.folder), "--report", str(out), "--lang", "de"]) == 86
    assert not out.exists()  # the option is refused as the variable is, with the languages there are
    with pytest.raises(ReportLanguageError):
        html_report.render(check_bundle(stranger, hq.trust()), language="de")


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Report</name>
    <message><source>Checks</source><translation>Contrôles</translation></message>
    <message><source>Why</source><translation type="unfinished">Pourquoi</translation></message>
    <message><source>Items</source><translation type="vanished">Pièces</translation></message>
    <message><source>{size} bytes</source><translation>{taille} octets</translation></message>
    <message><source>machine</source><translation></translation></message>
    <message numerus="yes"><source>%n item(s)</source><translation><numerusform>%n pièce</numerusform></translation>
    </message>
</context>
<context>
    <name></name>
    <message><source>Why</source><translation>Pour quelle raison</translation></message>
</context>
</TS>
"""


def test_the_catalogue_falls_back_to_english_for_what_is_not_translated() -> None:
    found = catalogue.parse(TS.encode(), "test.ts", "fr")

    assert found.text("Report", "Checks") == "Contrôles"
    assert found.text("Report", "Why") == "Why"  # unfinished
    assert found.text("Report", "Items") == "Items"  # vanished
    assert found.text("Report", "{size} bytes") == "{size} bytes"  # a placeholder lost: English, never a KeyError
    assert found.text("Report", "machine") == "machine"  # empty
    assert found.text("Report", "%n item(s)") == "%n item(s)"  # plural forms are the window's
    assert found.text("Report", "not in the file") == "not in the file"
    assert found.text("", "Why") == "Pour quelle raison"  # found by context and source
    assert not found.right_to_left and catalogue.parse(TS.encode(), "test.ts", "ar").right_to_left


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"<TS><context><name>Report</name><message>", "not well-formed XML"),
        (b'<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><TS>&b;</TS>', "entities"),
        (b"<html><body/></html>", "root element is <html>"),
        (b"<TS><context><message><source>x</source></message></context></TS>", "has no <name>"),
        (b"<TS><context><name>R</name><message><translation>y</translation></message></context></TS>", "no <source>"),
        (
            b"<TS><context><name>R</name><message><source>x</source><translation type='odd'>y</translation>"
            b"</message></context></TS>",
            "unknown type",
        ),
    ],
)
def test_a_broken_catalogue_is_a_clear_error(data: bytes, said: str) -> None:
    with pytest.raises(CatalogueError, match=re.escape(said)) as raised:
        catalogue.parse(data, "fieldkit_fr.ts", "fr")
    assert "fieldkit_fr.ts" in str(raised.value) and raised.value.exit_code == 85


def test_a_catalogue_that_cannot_be_read_or_is_too_large_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="cannot read the translation catalogue"):
        catalogue.load("fr", limit=1 << 20, folder=tmp_path)
    (tmp_path / "fieldkit_ar.ts").write_text(TS, encoding="utf-8")
    with pytest.raises(CatalogueError, match="larger than"):
        catalogue.read(tmp_path / "fieldkit_ar.ts", "ar", limit=100)
    assert catalogue.load("ar", limit=1 << 20, folder=tmp_path).text("Report", "Checks") == "Contrôles"
    assert catalogue.load("en", limit=0, folder=tmp_path).entries == {}  # English reads no file


def test_the_shipped_catalogues_translate_every_word_of_the_report() -> None:
    for language in ("fr", "ar"):
        shipped = catalogue.read(catalogue.FOLDER / f"fieldkit_{language}.ts", language,
                                 limit=DEFAULT_LIMITS.max_catalogue_bytes)  # fmt: skip
        missing = [text for text in reportwords.TEXTS if (reportwords.CONTEXT, text) not in shipped.entries]
        assert not missing, f"{language}: run scripts/translations and translate {missing}"


def test_every_word_the_templates_say_is_marked_for_lupdate() -> None:
    templates = "".join(template.read_text("utf-8") for template in sorted(TEMPLATES.glob("*.j2")))
    said = set(re.findall(r'\bt\(\s*"([^"]*)"', templates))
    assert said and said <= reportwords.TEXTS, said - reportwords.TEXTS
    # And nothing marked is left unused (a translator's time): each is said by a template or by report.py.
    sources = templates + Path(html_report.__file__).read_text("utf-8")
    named = reportwords.CODED | set(reportwords.CHECK_WORDS.values())  # said through a table of their own
    assert [text for text in reportwords.TEXTS if f'"{text}"' not in sources and text not in named] == []
    with pytest.raises(KeyError, match=r"not in fieldkit\.hq\.reportwords\.TEXTS"):
        reportwords.Words("fr").t("A text nobody marked")


def test_the_reports_category_and_kind_words_are_the_windows() -> None:
    """The report finds the window's translations of a category or kind by their English: the same English."""
    labels = pytest.importorskip("fieldkit.gui.labels")  # without a translator installed, the English itself
    assert {code: labels.category_label(code) for code in reportwords.CATEGORY_WORDS} == reportwords.CATEGORY_WORDS
    assert {code: labels.kind_label(code) for code in reportwords.KIND_WORDS} == reportwords.KIND_WORDS


def test_the_reports_sample_words_are_the_windows() -> None:
    """The report finds the window's translations of a sample's type and state by their English: the same English."""
    dialogs = pytest.importorskip("fieldkit.gui.sampledialogs")  # without a translator installed, the English itself
    assert {code: dialogs.type_label(code) for code in reportwords.SAMPLE_TYPE_WORDS} == reportwords.SAMPLE_TYPE_WORDS
    sealed = {
        code: dialogs.state_label(SimpleNamespace(state=code, seal="S-1")) for code in reportwords.SAMPLE_STATE_WORDS
    }
    assert sealed == reportwords.SAMPLE_STATE_WORDS
