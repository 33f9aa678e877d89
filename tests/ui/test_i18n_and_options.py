"""Catalogs are complete and load; options keep their types; the library table sorts and filters."""

from __future__ import annotations

import errno
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui
from recorder.errors import AudioDeviceError, UsageError
from recorder.library import LibraryInUse
from tests.ui.conftest import FIXTURES
from ui.after_call import parse_tags
from ui.core_bridge import describe_error
from ui.i18n import UI_LANGUAGES, compiled_catalog, i18n_dir, install_translations
from ui.library_page import ID_ROLE, LibraryPage
from ui.main_window import MainWindow
from ui.options import Settings
from ui.settings_page import SettingsPage
from ui.translations import CATALOG_LANGUAGES

CATALOGS = sorted(p.stem.removeprefix("temoin_") for p in i18n_dir().glob("temoin_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
ACCELERATOR = re.compile(r"&(\w)")  # "&&" (a literal ampersand) is not used in our texts


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type: "unfinished", "vanished"… or None when done
    forms: tuple[str, ...]  # the translation, or its plural forms


def _messages(lang: str) -> list[Message]:
    root = ET.parse(i18n_dir() / f"temoin_{lang}.ts").getroot()  # noqa: S314 - our own file
    out = []
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            out.append(
                Message(
                    ctx.findtext("name") or "",
                    m.findtext("source") or "",
                    numerus,
                    tr.get("type"),
                    tuple(forms),
                )
            )
    return out


def test_every_window_language_but_english_has_a_catalog() -> None:
    assert sorted(CATALOG_LANGUAGES) == CATALOGS
    assert sorted(set(UI_LANGUAGES) - {"en"}) == CATALOGS
    assert "it" in CATALOGS


@pytest.mark.parametrize("lang", CATALOGS)
def test_catalog_has_a_translation_for_every_string(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 150
    assert not [m.source for m in messages if m.kind], "unfinished or obsolete entries"
    for m in messages:
        assert all(f.strip() for f in m.forms), f"{m.context}: empty translation of {m.source!r}"
        for form in m.forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == sorted(
                set(PLACEHOLDER.findall(m.source))
            ), f"{m.context}: placeholders of {m.source!r} not kept in {form!r}"
            assert len(ACCELERATOR.findall(form)) == len(ACCELERATOR.findall(m.source)), (
                f"{m.context}: {form!r} must have as many & accelerators as {m.source!r}"
            )
            assert re.findall(r"<[^>]+>", form) == re.findall(r"<[^>]+>", m.source), form
            assert form[:1].isspace() == m.source[:1].isspace(), form  # " (default)"


@pytest.mark.parametrize("lang", CATALOGS)
def test_the_withdraw_tooltip_names_the_buttons_own_accelerator(lang: str) -> None:
    texts = {(m.context, m.source): m.forms[0] for m in _messages(lang)}
    button = texts[("RecordingPage", "They &withdrew consent")]
    tooltip = texts[
        ("RecordingPage", "They agreed earlier and now want the recording stopped (Alt+W)")
    ]
    assert f"(Alt+{ACCELERATOR.findall(button)[0].upper()})" in tooltip


def _accelerator_clashes(lang: str) -> dict[str, int]:
    """Per page (context), how many accelerators repeat a letter already taken there."""
    letters: dict[str, list[str]] = {}
    for m in _messages(lang):
        for form in m.forms:
            letters.setdefault(m.context, []).extend(a.lower() for a in ACCELERATOR.findall(form))
    return {ctx: len(found) - len(set(found)) for ctx, found in letters.items()}


def test_italian_accelerators_clash_no_more_than_the_french_ones() -> None:
    # Italian's one repeat: "&Pausa" / "Ri&prendi" is one button whose label toggles.
    french, italian = _accelerator_clashes("fr"), _accelerator_clashes("it")
    assert {ctx: n for ctx, n in italian.items() if n > french.get(ctx, 0)} == {}


def test_catalogs_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """lupdate over ui/*.py finds no text the catalogs lack (else it shows in English)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for p in (Path(ui.__file__).parent).glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    root = ET.parse(fresh).getroot()  # noqa: S314 - written by lupdate just now
    in_code = {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }
    for lang in CATALOGS:
        assert in_code <= {(m.context, m.source) for m in _messages(lang)}, lang


@pytest.mark.parametrize("lang", CATALOGS)
def test_the_compiled_catalog_is_the_ts_as_it_is_now(qapp: QApplication, lang: str) -> None:
    """The .qm the app loads (shipped if not older than the .ts, else compiled from it into
    the cache) gives back every translation the .ts holds today."""
    qm = compiled_catalog(lang)
    assert qm is not None, f"no .qm for {lang} and pyside6-lrelease could not make one"
    ts = i18n_dir() / f"temoin_{lang}.ts"
    assert qm.stat().st_mtime >= ts.stat().st_mtime
    translator = QTranslator()
    assert translator.load(str(qm))
    for m in _messages(lang):
        if m.numerus:
            assert translator.translate(m.context, m.source, None, 1) == m.forms[0]
            assert translator.translate(m.context, m.source, None, 5) == m.forms[-1]
        else:
            assert translator.translate(m.context, m.source) == m.forms[0], m.source


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


def test_an_italian_window_gets_the_cores_texts_in_italian_or_else_in_english(
    tmp_path: Path,
) -> None:
    """The window asks the core in "it". The Swiss profile, the assessment labels and the
    note's and bundle's fixed labels have Italian; the French profile does not, and its
    texts come in English, the core's fallback: never a crash, a raw key or a text made
    up here."""
    from recorder import legality_note, profiles
    from recorder.announcement import text_language
    from recorder.library import Library
    from tests.helpers.make_recording import consent_events, fixture_info, make_recording
    from ui import core_bridge

    root = tmp_path / "lib"
    events = consent_events(fixture_info(FIXTURES, "consent_fr_granted.wav"))
    ids = {}
    with Library.open(root) as lib:
        for home in ("ch", "fr"):
            wav = FIXTURES / "consent_fr_granted.wav"
            rec = make_recording(root, wav, events, {"profile": home})
            ids[home] = lib.import_recording(rec)
    assert text_language("ch", "it") == "it"
    assert text_language("fr", "it") == "en"
    assert text_language("fr", "de") == "de"
    italian_labels = legality_note.labels_for("it")
    assert italian_labels["title"] == "Nota sulla liceità"  # note_labels.toml
    for home, shown in (("ch", "it"), ("fr", "en")):
        info = core_bridge.get_recording(root, ids[home])
        assessment = core_bridge.assessment_for(info, "it")
        assert assessment["language"] == "it"
        assert assessment["verdict_text"] == "Registrazione con consenso"  # assessment.toml
        granted = profiles.load(home).reasons["granted"].text
        assert assessment["reasons"][0]["text"] == granted.get(shown)
        note = core_bridge.legality_html(info, "it", assessment)
        assert "Registrazione con consenso" in note
        assert italian_labels["title"] in note
        assert legality_note.labels_for("en")["title"] not in note
    assert core_bridge.consent_verdicts(root, list(ids.values()), "it") == {
        i: "Registrazione con consenso" for i in ids.values()
    }
    out = core_bridge.export_bundle(
        root, ids["fr"], tmp_path / "it.zip", "it", "none", lambda _f, _t: None
    )
    with zipfile.ZipFile(out) as bundle:
        index = next(n for n in bundle.namelist() if n.endswith("index.html"))
        page = bundle.read(index).decode("utf-8")
    assert '<html lang="it">' in page
    assert "<h1>Pacchetto di prova</h1>" in page  # bundle_index.labels.json
    assert "<h2>Catena di custodia</h2>" in page
    assert "Evidence bundle" not in page
    assert "Chain of custody" not in page
    assert "Registrazione con consenso" in page  # the verdict, from the assessment


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
