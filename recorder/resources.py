"""Where Témoin's data files (profiles, templates, translations) live.

They sit in ``resources/`` beside the packages in a source checkout, and in
the bundle folder when frozen by PyInstaller; ``$TEMOIN_RESOURCES`` overrides
both so tests and packagers can point elsewhere.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from recorder.errors import BadInputError, EnvironmentProblem

LABEL_FALLBACK = "en"  # the language that fills any language or key a label file lacks


def resources_dir() -> Path:
    """The ``resources`` folder, found the same way from a checkout, a wheel or a frozen app."""
    env = os.environ.get("TEMOIN_RESOURCES")
    candidates: list[Path] = []
    if env:
        candidates.append(Path(env).expanduser())
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise EnvironmentProblem(
        "Témoin's resources folder (profiles, templates) was not found; looked in "
        + ", ".join(str(c) for c in candidates)
        + ". Reinstall Témoin or set TEMOIN_RESOURCES to the folder."
    )


# --- fixed labels ------------------------------------------------------------------------------


def _read_label_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        return json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # TOMLDecodeError is a ValueError
        raise BadInputError(f"labels {path}: cannot be read ({exc})") from None


def _by_key(path: Path, data: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Turn a tree of ``[dotted.key] lang = text`` tables into language -> key -> text."""
    out: dict[str, dict[str, str]] = {}

    def walk(prefix: str, node: Mapping[str, Any]) -> None:
        if all(isinstance(v, str) for v in node.values()):
            for lang, text in node.items():
                out.setdefault(lang, {})[prefix] = text
            return
        for key, value in node.items():
            if not isinstance(value, dict):
                raise BadInputError(f"labels {path}: key {prefix}.{key}: must be a table")
            walk(f"{prefix}.{key}" if prefix else key, value)

    walk("", data)
    return out


Layout = Literal["by_language", "by_key"]


@functools.cache
def label_tables(
    name: str, layout: Layout = "by_language", required: tuple[str, ...] = ()
) -> Mapping[str, Mapping[str, str]]:
    """language -> key -> text of the label file ``resources/<name>`` (TOML or JSON).

    ``by_language`` files hold one table per language (``[en] title = ...``);
    ``by_key`` files one table per dotted key (``[verdict.consented] en = ...``).
    Every key must have a non-empty text in each ``required`` language (checked
    here, so a gap fails at load, not in front of a user). Read once per process:
    the files ship with Témoin and do not change under it.
    """
    path = resources_dir() / name
    data = _read_label_file(path)
    if not isinstance(data, dict):
        raise BadInputError(f"labels {path}: must be a table")
    if layout == "by_key":
        tables = _by_key(path, data)
    else:
        tables = {}
        for lang, table in data.items():
            if not isinstance(table, dict):
                raise BadInputError(f"labels {path}: language {lang!r}: must be a table")
            tables[lang] = {key: str(text) for key, text in table.items()}
    keys: set[str] = set().union(*(set(t) for t in tables.values()))
    for key in sorted(keys):
        missing = [lang for lang in required if not tables.get(lang, {}).get(key)]
        if missing:
            raise BadInputError(f"labels {path}: key {key!r}: missing {', '.join(missing)}")
    if LABEL_FALLBACK not in tables:
        raise BadInputError(f"labels {path}: no {LABEL_FALLBACK!r} labels to fall back to")
    return MappingProxyType({lang: MappingProxyType(t) for lang, t in tables.items()})


@functools.cache
def labels(
    name: str, language: str, layout: Layout = "by_language", required: tuple[str, ...] = ()
) -> Mapping[str, str]:
    """The labels of ``resources/<name>`` in ``language``; English fills any key (or
    language) it lacks, and an empty text."""
    tables = label_tables(name, layout, required)
    merged = dict(tables[LABEL_FALLBACK])
    merged.update({k: v for k, v in tables.get(language.lower(), {}).items() if v})
    return MappingProxyType(merged)


def label_languages(name: str, layout: Layout = "by_language") -> list[str]:
    """Languages that have labels of their own in ``resources/<name>``."""
    return sorted(label_tables(name, layout))
