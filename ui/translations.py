"""Maintain the UI catalogs with Qt's own tools: ``python -m ui.translations update|compile``.

``update`` runs ``pyside6-lupdate`` over ``ui/*.py`` into
``resources/i18n/temoin_<lang>.ts`` (translators edit those, e.g. with
``pyside6-linguist``); ``compile`` runs ``pyside6-lrelease`` into the ``.qm``
files the app loads (``make translations`` does both). The app also compiles
a missing ``.qm`` on the fly into its cache (``ui/i18n.py``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui.i18n import i18n_dir

CATALOG_LANGUAGES = ("fr", "de", "it")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def update() -> None:
    sources = sorted(str(p) for p in (Path(__file__).resolve().parent).glob("*.py"))
    for lang in CATALOG_LANGUAGES:
        ts = i18n_dir() / f"temoin_{lang}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True
        )


def compile_catalogs() -> None:
    for lang in CATALOG_LANGUAGES:
        ts = i18n_dir() / f"temoin_{lang}.ts"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "compile"
    if what in ("update", "all"):
        update()
    if what in ("compile", "all"):
        compile_catalogs()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
