"""The HQ window's identification (issue 17, docs/hq.md "Identification"): the Verify page's Identification tab lists
the watchlist hits a bundle carries (an open "detain" hit in red) and, after ingest, the match candidates HQ found for
its subjects, decided there as `fieldkit hq matches decide` decides; the HQ status page is not green while hits are
open or candidates undecided.

The prints: the one real print of the ``wsq`` package (tests/unit/test_hq_identify.py), made into a template by the
real extractor; the bundle's two subjects carry it, so HQ's search finds them as one person."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template, extract_finger
from fieldkit.bundle import format
from fieldkit.bundle.manifest import CarriedTemplate, HitRecord, TemplatesRecord
from fieldkit.gui.hqidentify import CANDIDATE_ROLE
from fieldkit.gui.hqwindow import HqWindow
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour
from fieldkit.hq.identify import Identification
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from tests.bundle_kit import pack
from tests.gui.test_hq_window import DEVICE, draft_with_photo, enrolled_key, plain, status_of, verify, write

WSQ_PRINT = Path(str(__import__("wsq").__file__)).parent / "tests" / "test.wsq"
RIGHT_INDEX = 2
SUBJECT_A = "55555555-5555-4555-8555-55555555555a"
SUBJECT_B = "55555555-5555-4555-8555-55555555555b"


# The window remembers its folder in a file of each test (tests/gui/conftest.py), never the user's settings.
pytestmark = pytest.mark.usefixtures("hq_private_settings")


@pytest.fixture
def window(qtbot: QtBot, hq: HQ) -> Iterator[HqWindow]:
    executor = StoreExecutor()
    made = HqWindow(executor, hq.folder)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(made.status_page.refreshed, timeout=30_000):
        assert made.start() is None
    yield made
    executor.shutdown()


@pytest.fixture(scope="module")
def print_template() -> Template:
    image = Image.open(io.BytesIO(WSQ_PRINT.read_bytes()))
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(500, 500))
    made = extract_finger(out.getvalue(), ppi=500, finger=RIGHT_INDEX, what="wsq print")
    assert made is not None
    return made


def _templates(subject: str, reference: str, template: Template) -> TemplatesRecord:
    carried = CarriedTemplate(modality="finger", algorithm=FINGER_ALGORITHM, finger=RIGHT_INDEX, seq=0,
                              data=template.data)  # fmt: skip
    return TemplatesRecord(uuid=str(uuid.uuid4()), capture=str(uuid.uuid4()), item=str(uuid.uuid4()),
                           subject=subject, reference=reference, algorithm_version="test",
                           templates=(carried,))  # fmt: skip


def _hit(decision: str | None = None) -> HitRecord:
    return HitRecord(uuid=str(uuid.uuid4()), capture="11111111-1111-4111-8111-111111111111",
                     item="22222222-2222-4222-8222-222222222222", subject=SUBJECT_A, reference="P-1",
                     watchlist_ref="WL-0042", category="wanted", instructions="detain", modality="finger",
                     finger=RIGHT_INDEX, score=87.0, watchlist_version=3, found_at="2026-11-25T09:31:00.000000Z",
                     decision=decision, decided_by="alice" if decision else None,  # type: ignore[arg-type]
                     decided_at="2026-11-25T09:40:00.000000Z" if decision else None,
                     reason="same scar" if decision else "")  # fmt: skip


def identification_bundle(hq: HQ, path: Path, template: Template) -> Path:
    """A bundle with a photo, an open "wanted — detain" hit on subject P-1, and the same print for P-1 and P-2."""
    draft = draft_with_photo(enrolled_key(hq))
    for record in (_templates(SUBJECT_A, "P-1", template), _templates(SUBJECT_B, "P-2", template), _hit()):
        draft.payload[record.path] = format.canonical_json(record.to_json())
    return write(path, pack(draft), hq)


def test_the_identification_tab_lists_hits_and_candidates_and_an_examiner_decides(
    qtbot: QtBot, window: HqWindow, hq: HQ, tmp_path: Path, print_template: Template
) -> None:
    page = window.verify_page
    tab = page.identification
    bundle = identification_bundle(hq, tmp_path / "ident.fkb", print_template)
    with qtbot.waitSignal(page.identification_shown, timeout=30_000):
        report = verify(qtbot, page, bundle)
    assert report.ok and len(report.hits) == 1
    # The tab is there, counts what is open, and opens on itself: the open hit says "detain".
    assert page.details.isTabVisible(page.identification_tab)
    assert page.details.currentIndex() == page.identification_tab
    assert page.details.tabText(page.identification_tab) == "Identification (1 open)"
    texts = [plain(tab.list.item(n).text()) for n in range(tab.list.count())]
    (hit_line,) = [t for t in texts if "WL-0042" in t]
    assert "WL-0042 [wanted] — Detain the subject" in hit_line and "subject P-1" in hit_line
    assert "score 87" in hit_line and "OPEN: the operator has not decided" in hit_line
    hit_item = tab.list.item(texts.index(hit_line))
    assert hit_item.foreground().color() == QColor(colour("error"))  # open and calling for action: red
    assert any("HQ searches this bundle's subjects when it is ingested" in t for t in texts)
    assert "An open hit calls for action" in tab.summary.text()
    assert not tab.decide_button.isEnabled()

    # Before ingest the status page is green (nothing held); after it, amber with a line saying what waits.
    shown = qtbot.waitSignal(page.identification_shown, timeout=60_000)
    with shown, qtbot.waitSignal(page.ingested, timeout=60_000) as ingested:
        page.ingest_button.click()
    assert ingested.args[0].outcome == "ingested"
    (candidate_row,) = [n for n in range(tab.list.count()) if tab.list.item(n).data(CANDIDATE_ROLE) is not None]
    said = plain(tab.list.item(candidate_row).text())
    assert "subject P-1" in said and "subject P-2" in said and DEVICE in said and "bundle(s) 1" in said
    assert "A right index ~ B right index" in said and "OPEN: no examiner has decided" in said
    assert "sum of each finger's Bozorth3 score above 12" in said
    assert page.details.tabText(page.identification_tab) == "Identification (2 open)"

    status_of(qtbot, window)
    status = window.status_page
    assert status.headline_tone == "warning" and "identification waits for a decision" in status.headline.text()
    line = status.identification.text()
    assert not status.identification.isHidden()
    assert "1 watchlist hit still open" in line and "1 match candidate waiting for an examiner" in line
    assert "What to do:" in line and "Decide…" in line

    # Decide…: the dialog records only with a decision, a name and a note.
    tab.list.setCurrentRow(candidate_row)
    assert tab.decide_button.isEnabled()
    tab.decide_button.click()
    dialog = tab.dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.same.setChecked(True)
    dialog.examiner.setText("E. Examiner")
    assert not ok.isEnabled() and "a note" in dialog.missing.text()
    dialog.note.setPlainText("12 points, same core")
    assert ok.isEnabled()
    reread = qtbot.waitSignal(window.status_page.refreshed, timeout=30_000)
    with reread, qtbot.waitSignal(page.decided, timeout=30_000) as decided:
        ok.click()
    assert decided.args[0]["decision"] == "same"
    with Index(hq) as index:  # the same core as `hq matches decide`
        (held,) = index.identification.candidates()
        assert isinstance(index.identification, Identification)
    assert [(d["decision"], d["examiner"], d["note"]) for d in held["decisions"]] == [
        ("same", "E. Examiner", "12 points, same core")]  # fmt: skip
    qtbot.waitUntil(lambda: any("SAME by E. Examiner" in plain(tab.list.item(n).text())
                                for n in range(tab.list.count())), timeout=30_000)  # fmt: skip
    line = window.status_page.identification.text()
    assert "match candidate" not in line and "1 watchlist hit still open" in line


def test_a_decided_hit_is_not_red_and_a_bundle_without_identification_has_no_tab(
    qtbot: QtBot, window: HqWindow, hq: HQ, tmp_path: Path
) -> None:
    page = window.verify_page
    key = enrolled_key(hq)
    bare = write(tmp_path / "plain.fkb", pack(draft_with_photo(key)), hq)
    verify(qtbot, page, bare)
    assert not page.details.isTabVisible(page.identification_tab)

    draft = draft_with_photo(key)
    decided = _hit("confirmed")
    draft.payload[decided.path] = format.canonical_json(decided.to_json())
    verify(qtbot, page, write(tmp_path / "decided.fkb", pack(draft), hq))
    tab = page.identification
    assert page.details.isTabVisible(page.identification_tab)
    assert page.details.tabText(page.identification_tab) == "Identification"
    (line,) = [tab.list.item(n) for n in range(tab.list.count()) if "WL-0042" in tab.list.item(n).text()]
    assert "CONFIRMED by alice on 2026-11-25 09:40:00 UTC: same scar" in plain(line.text())
    assert line.foreground().color() != QColor(colour("error"))
