"""What the app says about a call's consent is the core's verdict, not the last answer heard."""

from __future__ import annotations

import html
import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recorder.legality import assess_recording
from tests.helpers.make_recording import make_recording
from tests.ui.conftest import FIXTURES, wait_audio, wait_for
from ui import core_bridge
from ui.library_page import LibraryModel, LibraryPage
from ui.main_window import MainWindow

FIXTURE = FIXTURES / "consent_fr_granted.wav"
CONSENT_COLUMN = LibraryModel.COLUMNS.index("consent")


def _library_with(root: Path, events: list[tuple[str, float, str | None]]) -> str:
    folder = make_recording(root, FIXTURE, events, meta={"profile": "ch"})
    return core_bridge.import_recording(root, folder)


def _shown(qtbot: QtBot, root: Path, rec_id: str) -> LibraryPage:
    page = LibraryPage(root, "en")
    qtbot.addWidget(page)
    page.refresh(select=rec_id)
    wait_for(qtbot, lambda: page.current is not None and page.current["id"] == rec_id)
    return page


def _consent_cell(page: LibraryPage) -> str:
    return str(page.proxy.index(0, CONSENT_COLUMN).data(Qt.ItemDataRole.DisplayRole))


def test_an_unanswered_transfer_is_not_shown_as_agreed(qtbot: QtBot, tmp_path: Path) -> None:
    # The first person agreed; the call was then transferred and nobody asked again.
    root = tmp_path / "lib"
    rec_id = _library_with(
        root, [("announced", 0.5, None), ("granted", 2.0, None), ("transferred", 3.0, None)]
    )
    page = _shown(qtbot, root, rec_id)
    shown = page.consent_label.text()
    assert shown.startswith("No valid consent")
    assert "transferred to another person at 00:03" in shown  # the core's reason
    assert "again" not in shown
    assert "given" not in shown
    assert "No valid consent" in page.note_browser.toPlainText()  # the same verdict as the note
    wait_for(qtbot, lambda: _consent_cell(page) == "No valid consent")


def test_a_call_with_a_recorded_yes_is_shown_as_consented(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "lib"
    rec_id = _library_with(root, [("announced", 0.5, None), ("granted", 2.0, None)])
    page = _shown(qtbot, root, rec_id)
    assert page.consent_label.text().startswith("Recorded with consent")
    wait_for(qtbot, lambda: _consent_cell(page) == "Recorded with consent")


def test_stopping_during_the_announcement_says_there_is_no_valid_consent(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.set_input_file(FIXTURE)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    wait_audio(qtbot, window, 1.0)
    qtbot.keyClick(window.recording_page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    outcome = window.outcome
    assert outcome is not None
    assert outcome.rec_dir is not None
    sidecar = json.loads((outcome.rec_dir / "recording.json").read_text(encoding="utf-8"))
    core = assess_recording(sidecar, "fr")  # the window's language in this test
    assert core["verdict"] == "no_valid_consent"  # Switzerland: no recorded "yes"
    said = window.after_call_page.kept_label.text()
    assert "Recording saved" not in said
    assert html.escape(core["verdict_text"]) in said
    keep = next(u for u in core["uses"] if u["use"] == "keep")
    assert html.escape(keep["reason"]) in said  # what the core says about keeping it
