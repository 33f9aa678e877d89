"""The evidence bundle's index page labels: every window language, every key, same placeholders."""

from __future__ import annotations

import json
import re

from recorder import bundle, profiles
from recorder.resources import resources_dir

LABELS = resources_dir() / "templates" / "bundle_index.labels.json"
PLACEHOLDER = re.compile(r"%\w|\{[^{}]*\}")


def test_every_window_language_defines_every_english_key_with_its_placeholders() -> None:
    data: dict[str, dict[str, str]] = json.loads(LABELS.read_text("utf-8"))
    assert set(data) >= set(profiles.UI_LANGUAGES)  # fr, de, en, it
    english = data["en"]
    for language, table in data.items():
        assert set(table) == set(english), language
        for key, text in english.items():
            assert PLACEHOLDER.findall(table[key]) == PLACEHOLDER.findall(text), (language, key)


def test_italian_is_used_as_is_and_an_unknown_language_gets_english() -> None:
    assert bundle._labels("it")["title"] == "Pacchetto di prova"
    assert bundle._labels("rm") == bundle._labels("en")
