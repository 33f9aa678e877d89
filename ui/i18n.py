"""Loading the UI's translations (Qt Linguist catalogs).

Sources are ``resources/i18n/temoin_<lang>.ts`` (made with
``pyside6-lupdate``, see ``ui/translations.py``); the compiled ``.qm`` files
sit beside them after ``make translations``. A missing ``.qm`` is compiled on
the fly into the cache folder when ``pyside6-lrelease`` is available, else the
UI stays in English: never a crash over a catalog. Legal wording is not here:
it comes from the profiles, per language.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recorder.errors import EnvironmentProblem
from recorder.resources import resources_dir

log = logging.getLogger(__name__)

UI_LANGUAGES = ("fr", "de", "it", "en")
_installed: list[QTranslator] = []


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The user's language as the POSIX locale variables say (``LC_ALL``, then
    ``LC_MESSAGES``, then ``LANG``; the first one set wins): "fr", "de", "it", "en", or
    "en" for any other language and for ``C``/``POSIX``."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(name) or "").strip()
        if value:
            lang = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            return lang if lang in ("fr", "de", "it", "en") else "en"
    return "en"


def system_ui_language(env: Mapping[str, str] | None = None) -> str:
    """The window's language for a first start: the system's if Témoin has a catalog for it
    (French, German, Italian), else English."""
    lang = system_language(env)
    return lang if lang in UI_LANGUAGES else "en"


def i18n_dir() -> Path:
    try:
        return resources_dir() / "i18n"
    except EnvironmentProblem:
        return Path(__file__).resolve().parent.parent / "resources" / "i18n"


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def compiled_catalog(lang: str) -> Path | None:
    """The .qm for ``lang``: shipped beside the .ts, else compiled into the cache."""
    src = i18n_dir() / f"temoin_{lang}.ts"
    shipped = src.with_suffix(".qm")
    if shipped.exists() and (not src.exists() or shipped.stat().st_mtime >= src.stat().st_mtime):
        return shipped
    if not src.exists():
        return None
    cache = Path(platformdirs.user_cache_dir("temoin", appauthor=False)) / "i18n"
    cached = cache / shipped.name
    if cached.exists() and cached.stat().st_mtime >= src.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return shipped if shipped.exists() else None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tool, "-silent", str(src), "-qm", str(cached)],
            check=True,
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", src, exc)
        return shipped if shipped.exists() else None
    return cached


def install_translations(lang: str) -> bool:
    """Install Témoin's catalog (and Qt's own) for ``lang``; English needs none."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang not in UI_LANGUAGES or lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return lang == "en"
    QLocale.setDefault(QLocale(lang))
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    qm = compiled_catalog(lang)
    if qm is None:
        return False
    ours = QTranslator(app)
    if not ours.load(str(qm)):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
