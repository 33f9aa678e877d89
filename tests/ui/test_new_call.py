"""The New call form: what it offers comes from the jurisdiction profiles, in their words."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recorder import profiles
from recorder.announcement import announcement
from recorder.errors import UsageError
from tests.ui.conftest import FIXTURES
from ui import core_bridge
from ui.call_setup import NewCallPage
from ui.i18n import install_translations
from ui.main_window import MainWindow


def _page(qtbot: QtBot, ui_language: str, home: str = "ch") -> NewCallPage:
    page = NewCallPage(ui_language)
    qtbot.addWidget(page)
    page.load(home, "fr", "", list_devices=False)
    return page


def _items(combo: object) -> dict[str, str]:
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}  # type: ignore[attr-defined]


@pytest.mark.parametrize("ui_language", ["fr", "de", "it", "en"])
@pytest.mark.parametrize("home", profiles.available())
def test_purposes_are_worded_as_the_profile_words_them(
    qtbot: QtBot, home: str, ui_language: str
) -> None:
    page = _page(qtbot, ui_language, home)
    shown = _items(page.purpose_combo)
    assert shown
    prof = profiles.load(home)
    for key, text in shown.items():
        words = prof.purposes[key].label.get(ui_language)
        assert text == words[:1].upper() + words[1:], key


@pytest.mark.parametrize(
    ("ui_language", "expected"),
    [
        ("en", "Order, mandate or reservation"),
        ("fr", "Commande, mandat ou réservation"),
        ("de", "Bestellung, Auftrag oder Reservation"),
        ("it", "Ordinazione, mandato o prenotazione"),
    ],
)
def test_order_purpose_is_no_wider_than_swiss_let_b(
    qtbot: QtBot, ui_language: str, expected: str
) -> None:
    # CP art. 179quinquies let. b is read narrowly: orders, mandates, reservations;
    # "contract" or "booking" in general would promise more than the exception covers.
    page = _page(qtbot, ui_language)
    assert _items(page.purpose_combo)["order"] == expected


def test_a_profile_without_the_windows_language_is_shown_in_english_and_says_so(
    qtbot: QtBot,
) -> None:
    # The French profile has no Italian: its legal words come in English (the core's
    # fallback), never a translation the UI would make up, under a line saying so.
    french = profiles.load("fr")
    assert "it" not in french.languages
    assert install_translations("it")
    page = _page(qtbot, "it", home="fr")
    words = french.purposes["order"].label.get("en")
    assert _items(page.purpose_combo)["order"] == words[:1].upper() + words[1:]
    summary = page.summary_label.text()
    note = (
        "Il profilo France non è redatto in questa lingua: "
        "il testo del profilo è mostrato in inglese."
    )
    assert f"<p><i>{note}</i></p>" in summary
    assert html.escape(french.consent.text.get("en")) in summary
    swiss = _page(qtbot, "it", home="ch")
    assert "non è redatto" not in swiss.summary_label.text()
    assert html.escape(profiles.load("ch").consent.text.get("it")) in swiss.summary_label.text()
    for lang in ("fr", "de", "en"):  # both profiles are written in these: no such line
        assert "<i>" not in core_bridge.requirements_html("fr", "ch", "support", lang)


def test_purpose_follows_the_governing_profile_and_keeps_the_choice(qtbot: QtBot) -> None:
    page = _page(qtbot, "en", home="fr")
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("order"))
    assert page.purpose_combo.currentText() == "Order or reservation"
    page.abroad_check.setChecked(True)
    page.counterpart_profile_combo.setCurrentIndex(page.counterpart_profile_combo.findData("ch"))
    # Switzerland's all-parties rule governs a France–Switzerland call: its wording shows.
    assert page.purpose_combo.currentData() == "order"
    assert page.purpose_combo.currentText() == "Order, mandate or reservation"
    page.abroad_check.setChecked(False)
    assert page.purpose_combo.currentText() == "Order or reservation"


def test_without_a_name_the_start_button_explains_and_nothing_starts(qtbot: QtBot) -> None:
    page = _page(qtbot, "en")
    page.counterpart_combo.setCurrentText("Swisscom")
    page.set_input_file(FIXTURES / "consent_fr_granted.wav")
    started: list[object] = []
    page.start_requested.connect(started.append)
    page.set_user_name("  ")
    assert not page.start_button.isEnabled()
    assert "your name" in page.start_button.toolTip()
    assert page.name_notice.isVisibleTo(page)
    assert "who is recording" in page.name_notice.text()
    page._start()  # the Ctrl+R path, should it get through
    assert not started
    page.set_user_name("Marie Test")
    assert page.start_button.isEnabled()
    assert not page.name_notice.isVisibleTo(page)
    assert page.start_button.toolTip() == "Start recording (Ctrl+R)"
    page._start()
    assert len(started) == 1


def test_the_window_asks_for_a_name_before_any_call(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.set("user_name", "")
    window.settings_page.saved.emit()  # as after saving the settings
    page = window.new_call_page
    assert not page.start_button.isEnabled()
    page.counterpart_combo.setCurrentText("Swisscom")
    page.set_input_file(FIXTURES / "consent_fr_granted.wav")
    window.start_call(page.setup())
    assert window.session is None
    assert "your name" in window.message_bar.text
    qtbot.mouseClick(page.name_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.settings_page
    with pytest.raises(UsageError):
        announcement("ch", None, "fr", "")


@pytest.mark.parametrize(
    ("home", "counterpart", "expected"),
    [
        ("fr", None, ["fr", "en"]),
        ("ch", None, ["fr", "de", "it", "en"]),
        ("fr", "ch", ["fr", "de", "it", "en"]),  # Switzerland's scripts govern
    ],
)
def test_call_languages_are_those_the_governing_script_is_written_in(
    qtbot: QtBot, home: str, counterpart: str | None, expected: list[str]
) -> None:
    page = _page(qtbot, "en", home)
    if counterpart:
        page.abroad_check.setChecked(True)
        page.counterpart_profile_combo.setCurrentIndex(
            page.counterpart_profile_combo.findData(counterpart)
        )
    offered = list(_items(page.language_combo))
    assert offered == expected
    governing = profiles.load(counterpart or home)  # ch governs fr–ch
    for lang in offered:  # the script read is the one written in that language, no fallback
        said = announcement(home, counterpart, lang, "Marie")
        assert said == governing.scripts.opening.values[lang].replace("{name}", "Marie")


def test_a_call_language_without_a_script_is_not_kept(qtbot: QtBot) -> None:
    page = _page(qtbot, "en", home="ch")
    page.language_combo.setCurrentIndex(page.language_combo.findData("de"))
    page.home_combo.setCurrentIndex(page.home_combo.findData("fr"))  # no German script
    assert page.language_combo.currentData() in ("fr", "en")
    assert page.setup().language == page.language_combo.currentData()


def test_choices_filled_after_the_window_is_shown_are_not_cut(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The window shows first; the profiles fill the purposes and languages after the first
    # paint: the combos must then grow to their longest label.
    page = window.new_call_page
    for combo in (page.purpose_combo, page.language_combo):
        longest = max((combo.itemText(i) for i in range(combo.count())), key=len)
        qtbot.waitUntil(lambda c=combo, t=longest: c.width() > c.fontMetrics().horizontalAdvance(t))
