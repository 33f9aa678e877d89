"""The one label loader: English fills what a language lacks, gaps fail at load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from recorder import resources
from recorder.errors import BadInputError


@pytest.fixture
def label_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TEMOIN_RESOURCES", str(tmp_path))
    resources.label_tables.cache_clear()
    resources.labels.cache_clear()
    yield tmp_path
    resources.label_tables.cache_clear()
    resources.labels.cache_clear()


def test_a_language_falls_back_to_english_per_key(label_dir: Path) -> None:
    doc = {"en": {"title": "Title", "left": "Left"}, "fr": {"title": "Titre", "left": ""}}
    (label_dir / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    assert resources.labels("x.json", "fr") == {"title": "Titre", "left": "Left"}
    assert resources.labels("x.json", "FR") == {"title": "Titre", "left": "Left"}
    assert resources.labels("x.json", "xx") == {"title": "Title", "left": "Left"}
    assert resources.label_languages("x.json") == ["en", "fr"]


def test_a_tree_of_keys_reads_as_the_same_tables(label_dir: Path) -> None:
    (label_dir / "k.toml").write_text(
        '[verdict.ok]\nen = "OK"\nfr = "D\'accord"\n[title]\nen = "T"\nfr = "T fr"\n',
        encoding="utf-8",
    )
    assert resources.labels("k.toml", "fr", "by_key") == {"verdict.ok": "D'accord", "title": "T fr"}


def test_a_required_language_missing_a_key_fails_at_load(label_dir: Path) -> None:
    (label_dir / "k.toml").write_text('[title]\nen = "T"\nfr = ""\n', encoding="utf-8")
    with pytest.raises(BadInputError, match="key 'title': missing fr, de"):
        resources.label_tables("k.toml", "by_key", ("fr", "de", "en"))


def test_a_file_without_english_is_refused(label_dir: Path) -> None:
    (label_dir / "x.json").write_text(json.dumps({"fr": {"title": "Titre"}}), encoding="utf-8")
    with pytest.raises(BadInputError, match="no 'en' labels"):
        resources.labels("x.json", "fr")
