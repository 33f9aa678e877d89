"""The New call form: what it offers comes from the jurisdiction profiles, in their words."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from recorder import profiles
from ui.call_setup import NewCallPage


def _page(qtbot: QtBot, ui_language: str, home: str = "ch") -> NewCallPage:
    page = NewCallPage(ui_language)
    qtbot.addWidget(page)
    page.load(home, "fr", "", list_devices=False)
    return page


def _items(combo: object) -> dict[str, str]:
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}  # type: ignore[attr-defined]


@pytest.mark.parametrize("ui_language", ["fr", "de", "en"])
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
    ],
)
def test_order_purpose_is_no_wider_than_swiss_let_b(
    qtbot: QtBot, ui_language: str, expected: str
) -> None:
    # CP art. 179quinquies let. b is read narrowly: orders, mandates, reservations;
    # "contract" or "booking" in general would promise more than the exception covers.
    page = _page(qtbot, ui_language)
    assert _items(page.purpose_combo)["order"] == expected


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
