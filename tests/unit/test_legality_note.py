"""The legality note's HTML: escaped user text, every citation, labels in fr/de/en/it."""

from __future__ import annotations

import html
import re

import pytest

from recorder import legality_note, profiles
from recorder.consent import parse_events
from recorder.legality import assess
from recorder.legality_note import (
    build_view,
    label_languages,
    labels_for,
    render_html,
)
from recorder.resources import label_tables
from tests.helpers.sample_assessment import LANGUAGES, all_cites, sample_assessment, sample_call

HOSTILE_NAME = "<script>alert(1)</script>"
HOSTILE_NOTE = '"><img src=x onerror=alert(1)>'


def test_every_label_language_defines_every_english_key() -> None:
    english = set(labels_for("en"))
    assert set(label_languages()) >= set(profiles.UI_LANGUAGES)  # fr, de, en, it
    for language in label_languages():
        table = label_tables(legality_note.NOTE_LABELS)[language]
        assert set(table) == english, language


def test_every_label_keeps_the_english_placeholders() -> None:
    english = labels_for("en")
    for language in label_languages():
        table = label_tables(legality_note.NOTE_LABELS)[language]
        for key, text in english.items():
            assert re.findall(r"\{[^{}]*\}", table[key]) == re.findall(r"\{[^{}]*\}", text), (
                language,
                key,
            )


def _headings(page: str) -> list[str]:
    """The page's fixed headings and field names: title, h1/h2, table heads, eyebrow."""
    found = re.findall(r"<(?:title|h1|h2|th)\b[^>]*>(.*?)</(?:title|h1|h2|th)>", page, re.S)
    found += re.findall(r'<p class="(?:eyebrow|subtitle)"[^>]*>(.*?)</p>', page)
    found += re.findall(r'<span class="k">(.*?)</span>', page)
    return [html.unescape(re.sub(r"<[^>]+>", "", h)).strip().rstrip(":") for h in found]


def test_italian_note_for_a_swiss_call_has_italian_headings_only() -> None:
    events = parse_events(["announced@0.5", "granted@6", "marker@9=ticket"], start=1.79e9)
    assessment = assess(profiles.load("ch"), None, "support", events, "it").to_json()
    page = render_html(assessment, sample_call("it", counterpart="Swisscom (Svizzera) SA"))
    italian, english = labels_for("it"), labels_for("en")
    assert '<html lang="it">' in page
    headings = _headings(page)
    assert italian["title"] == "Nota sulla liceità"
    assert f"{italian['title']} — {sample_call()['recording_id']}" in headings
    for key in ("title", "section_verdict", "section_reasons", "section_uses", "section_call"):
        assert italian[key] in headings, key
    assert italian["field_pcm_sha256"] in headings
    assert italian["field_rule"] in headings
    assert not [h for h in headings if h in english.values()], "English heading left"
    text = html.unescape(page)
    assert "Registrazione con consenso" in text  # verdict, resources/i18n/assessment.toml
    assert profiles.load("ch").reasons["granted"].text.get("it") in text
    assert italian["status_allowed"] in text
    assert "Legality note" not in text


def test_a_language_without_labels_gets_english_ones_but_keeps_the_assessment_text() -> None:
    assessment = sample_assessment("en")
    assessment["language"] = "rm"  # Romansh: no labels, the assessment text comes as given
    assessment["verdict_text"] = "Registrà cun il consentiment da mintga participant"
    page = render_html(assessment, sample_call("rm"))
    assert "Legality note" in page
    assert "Registrà cun il consentiment da mintga participant" in page
    assert '<html lang="rm">' in page


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
