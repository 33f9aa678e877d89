"""The legality note's HTML: escaped user text, every citation, labels in fr/de/en."""

from __future__ import annotations

import html
import re

import pytest

from recorder import legality_note
from recorder.legality_note import (
    build_view,
    format_clock,
    format_local_time,
    label_languages,
    labels_for,
    render_html,
)
from tests.helpers.sample_assessment import LANGUAGES, all_cites, sample_assessment, sample_call

HOSTILE_NAME = "<script>alert(1)</script>"
HOSTILE_NOTE = '"><img src=x onerror=alert(1)>'


def test_every_label_language_defines_every_english_key() -> None:
    english = set(labels_for("en"))
    assert set(label_languages()) >= {"fr", "de", "en"}
    for language in label_languages():
        table = legality_note._all_labels()[language]
        assert set(table) == english, language


def test_italian_note_uses_english_labels_but_keeps_the_assessment_text() -> None:
    assessment = sample_assessment("en")
    assessment["language"] = "it"
    assessment["verdict_text"] = "Registrato con il consenso di ogni partecipante"
    page = render_html(assessment, sample_call("it"))
    assert "Legality note" in page
    assert "Registrato con il consenso di ogni partecipante" in page
    assert '<html lang="it">' in page


def test_hostile_counterpart_and_marker_text_are_escaped() -> None:
    assessment = sample_assessment("en")
    assessment["timeline"][2]["text"] = HOSTILE_NOTE
    page = render_html(assessment, sample_call("en", counterpart=HOSTILE_NAME))
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    # The text still reads as the user typed it once unescaped.
    assert HOSTILE_NAME in html.unescape(page)


def test_non_web_urls_are_never_links() -> None:
    assessment = sample_assessment("en")
    assessment["reasons"][0]["sources"][0] = {
        "cite": "CP art. 179ter al. 1",
        "url": "javascript:alert(1)",
        "confidence": "high",
    }
    assessment["complaint_bodies"][0]["url"] = "data:text/html,boom"
    page = render_html(assessment, sample_call("en"))
    assert "javascript:" not in page
    assert "data:text/html" not in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_shows_verdict_citations_uses_and_disclaimer_twice(language: str) -> None:
    assessment = sample_assessment(language)
    page = render_html(assessment, sample_call(language))
    text = html.unescape(page)
    labels = labels_for(language)
    assert assessment["verdict_text"] in text
    assert text.count(assessment["disclaimer"]) == 2  # top and bottom
    for cite in all_cites(assessment):
        assert cite in text, cite
    for use in assessment["uses"]:
        assert use["label"] in text
        assert use["reason"] in text
    assert labels["status_allowed"] in text
    assert labels["status_conditional"] in text
    assert labels["section_uses"] in text
    assert labels["section_timeline"] in text
    for body in assessment["complaint_bodies"]:
        assert body["name"] in text
        for condition in body["conditions"]:
            assert condition in text
    assert assessment["retention"]["text"] in text
    for unc in assessment["uncertainties"]:
        assert unc["text"] in text
    assert sample_call()["pcm_sha256"] in text
    assert "content_hash" not in text  # labels, not keys
    assert assessment["profiles"][0]["content_hash"] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_confidence_below_high_is_marked_next_to_the_citation(language: str) -> None:
    page = html.unescape(render_html(sample_assessment(language), sample_call(language)))
    labels = labels_for(language)
    assert f"CC art. 28 {labels['confidence_medium']}" in re.sub(r"<[^>]+>", "", page)
    assert labels["confidence_inference"] in page


def test_page_is_self_contained_without_scripts_or_external_resources() -> None:
    page = render_html(sample_assessment("fr"), sample_call("fr"))
    lowered = page.lower()
    assert "<script" not in lowered
    assert "<link" not in lowered
    assert " src=" not in lowered
    assert "@import" not in lowered
    assert "url(" not in lowered
    assert "<style>" in lowered


def test_timeline_shows_minutes_seconds_labels_and_marker_text() -> None:
    view = build_view(sample_assessment("fr"), sample_call("fr"))
    assert [(r.time, r.label, r.text) for r in view.timeline] == [
        ("00:00", "Annonce faite", view.timeline[0].text),
        ("00:06", "Consentement donné", ""),
        ("00:48", "Repère", "ticket 4578"),
    ]


def test_empty_sections_say_so_instead_of_disappearing() -> None:
    assessment = sample_assessment("de")
    assessment["timeline"] = []
    assessment["uncertainties"] = []
    page = render_html(assessment, sample_call("de"))
    assert labels_for("de")["no_events"] in page
    assert labels_for("de")["none"] in page


def test_unknown_verdict_or_status_is_refused() -> None:
    assessment = sample_assessment("en")
    assessment["verdict"] = "probably_fine"
    with pytest.raises(ValueError, match="verdict"):
        render_html(assessment, sample_call())
    assessment = sample_assessment("en")
    assessment["uses"][0]["status"] = "maybe"
    with pytest.raises(ValueError, match="status"):
        render_html(assessment, sample_call())


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(0.0, "00:00"), (6.9, "00:06"), (754.3, "12:34"), (3600.0, "1:00:00"), (-1.0, "00:00")],
)
def test_clock_format(seconds: float, expected: str) -> None:
    assert format_clock(seconds) == expected


def test_local_time_shows_the_offset_and_leaves_odd_values_alone() -> None:
    assert format_local_time("2026-11-23T19:59:01.123+01:00") == "2026-11-23 19:59:01 (UTC+01:00)"
    assert format_local_time("not a date") == "not a date"
