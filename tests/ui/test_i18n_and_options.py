"""Catalogs are complete and load; options keep their types; the library table sorts and filters."""

from __future__ import annotations

import errno
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recorder.errors import AudioDeviceError, UsageError
from recorder.library import LibraryInUse
from ui.after_call import parse_tags
from ui.core_bridge import describe_error
from ui.i18n import i18n_dir, install_translations
from ui.library_page import ID_ROLE, LibraryPage
from ui.main_window import MainWindow
from ui.options import Settings
from ui.settings_page import SettingsPage


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_catalog_has_a_translation_for_every_string(lang: str) -> None:
    root = ET.parse(i18n_dir() / f"temoin_{lang}.ts").getroot()  # noqa: S314 - our own file
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (m.find("translation") is not None and m.find("translation").get("type"))  # type: ignore[union-attr]
    ]
    assert not unfinished
    assert len(list(root.iter("message"))) > 150


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_translations("en")


@pytest.mark.usefixtures("english_after")
def test_german_catalog_translates_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    assert install_translations("de")
    settings = Settings(tmp_path / "s.json")
    settings.set("ui_language", "de")
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.nav.item(0).text() == "Neuer Anruf"
    assert win.new_call_page.start_button.text() == "Aufnahme &starten"
    assert win.windowTitle() == "Témoin"


@pytest.mark.usefixtures("english_after")
def test_italian_catalog_translates_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    assert install_translations("it")
    settings = Settings(tmp_path / "s.json")
    settings.set("ui_language", "it")
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert [win.nav.item(i).text() for i in range(3)] == [
        "Nuova chiamata",
        "Biblioteca",
        "Impostazioni",
    ]
    assert win.new_call_page.start_button.text() == "&Avvia la registrazione"
    busy = AudioDeviceError("Could not start recording from 'USB headset': device busy")
    assert describe_error(busy) == (
        f"Non è stato possibile usare il microfono. Dettagli: {busy.message}"
    )


@pytest.mark.usefixtures("english_after")
def test_core_errors_get_a_headline_in_the_windows_language(qapp: QApplication) -> None:
    busy = AudioDeviceError("Could not start recording from 'USB headset': device busy")
    in_use = LibraryInUse("The library /x is in use by another Témoin process (pid 12).")
    assert describe_error(busy) == busy.message  # English: the core's sentence alone
    assert install_translations("fr")
    assert describe_error(busy) == f"Le micro n'a pas pu être utilisé. Détails : {busy.message}"
    assert describe_error(in_use).startswith("La bibliothèque est utilisée par une autre")
    assert describe_error(UsageError("--rate must be 8000 to 96000")) == (
        "--rate must be 8000 to 96000"  # no headline to add: the detail is the message
    )
    assert describe_error(OSError(errno.ENOSPC, "No space left on device")).startswith(
        "Le disque est plein"
    )
    assert install_translations("de")
    assert describe_error(busy).startswith("Das Mikrofon konnte nicht verwendet werden. ")


def test_options_fall_back_to_typed_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"schema": 1, "ui_language": "xx", "first_run_done": "yes"}', "utf-8")
    s = Settings(path)
    assert s.get("ui_language") == "fr"
    assert s.get("first_run_done") is False
    with pytest.raises(TypeError):
        s.set("first_run_done", "yes")
    s.set("user_name", "Ana")
    s.save()
    assert Settings(path).get("user_name") == "Ana"
    assert path.stat().st_mode & 0o077 == 0


def test_settings_offer_italian_and_keep_it(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    page = SettingsPage(Settings(path))
    qtbot.addWidget(page)
    combo = page.ui_lang_combo
    assert {combo.itemData(i): combo.itemText(i) for i in range(combo.count())} == {
        "fr": "Français",
        "de": "Deutsch",
        "it": "Italiano",
        "en": "English",
    }
    combo.setCurrentIndex(combo.findData("it"))
    page.save()
    assert Settings(path).get("ui_language") == "it"


def test_tags_are_split_into_pairs_and_words() -> None:
    assert parse_tags("invoice, contract=12 ; refund,,") == (
        {"contract": "12"},
        ["invoice", "refund"],
    )


def test_library_table_sorts_and_filters(qtbot: QtBot, tmp_path: Path) -> None:
    page = LibraryPage(tmp_path, "en")
    qtbot.addWidget(page)
    rows = [
        {
            "id": "a",
            "started_utc": "2026-01-02",
            "started_local": "2026-01-02T10:00",
            "duration_s": 30.0,
            "counterpart": "Swisscom",
            "purpose": "support",
            "consent": "granted",
            "tags": {"ticket": "1"},
            "free_tags": [],
        },
        {
            "id": "b",
            "started_utc": "2026-03-01",
            "started_local": "2026-03-01T10:00",
            "duration_s": 5.0,
            "counterpart": "Orange",
            "purpose": "complaint",
            "consent": "refused",
            "tags": {},
            "free_tags": ["refund"],
        },
    ]
    page.model.set_rows(rows)
    page.proxy.sort(3, Qt.SortOrder.AscendingOrder)  # duration
    assert page.proxy.data(page.proxy.index(0, 0), ID_ROLE) == "b"
    page.search_edit.setText("swiss")
    assert page.proxy.rowCount() == 1
    assert page.proxy.data(page.proxy.index(0, 0), ID_ROLE) == "a"
    page.search_edit.setText("refund")
    assert page.proxy.data(page.proxy.index(0, 0), ID_ROLE) == "b"
