"""The legality note read back by real tools: poppler (PDF) and headless Chromium (HTML)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from recorder import profiles
from recorder.consent import parse_events
from recorder.legality import assess
from recorder.legality_note import labels_for, render_html, render_pdf
from tests.helpers.sample_assessment import LANGUAGES, all_cites, sample_assessment, sample_call
from tests.helpers.tools import console_lines, need, run_chromium

NON_LATIN_NAME = "Ольга Петрова · Ελένη Παπαδοπούλου"
HOSTILE_NAME = '<script>alert(1)</script> <b>bold</b> & "quotes"'


def _flat(text: str) -> str:
    """Words joined by single spaces: table cells wrap lines wherever the width ends."""
    return " ".join(text.split())


def _pdftotext(pdf: Path) -> str:
    exe = need("pdftotext", "poppler-utils")
    out = subprocess.run([exe, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _write_pdf(tmp_path: Path, language: str, counterpart: str = "Swisscom (Schweiz) AG") -> Path:
    pdf = tmp_path / f"note-{language}.pdf"
    pdf.write_bytes(render_pdf(sample_assessment(language), sample_call(language, counterpart)))
    return pdf


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_text_has_verdict_every_citation_and_the_disclaimer(
    tmp_path: Path, language: str
) -> None:
    assessment = sample_assessment(language)
    text = _flat(_pdftotext(_write_pdf(tmp_path, language)))
    labels = labels_for(language)
    assert _flat(assessment["verdict_text"]) in text
    assert text.count(_flat(assessment["disclaimer"])) == 2  # top and bottom
    for cite in sorted(all_cites(assessment)):
        assert _flat(cite) in text, cite
    assert labels["confidence_medium"] in text
    assert labels["confidence_inference"] in text
    assert labels["section_uses"] in text
    for use in assessment["uses"]:
        assert _flat(use["label"]) in text
    assert labels["status_allowed"] in text


def test_italian_pdf_of_a_swiss_call_has_italian_headings(tmp_path: Path) -> None:
    events = parse_events(["announced@0.5", "granted@6"], start=1.79e9)
    assessment = assess(profiles.load("ch"), None, "support", events, "it").to_json()
    pdf = tmp_path / "note-it.pdf"
    pdf.write_bytes(render_pdf(assessment, sample_call("it")))
    text = _flat(_pdftotext(pdf))
    italian, english = labels_for("it"), labels_for("en")
    for key in ("title", "section_reasons", "section_uses", "section_call", "section_versions"):
        assert italian[key] in text, key
    assert f"{italian['page']} 1" in text
    assert "Registrazione con consenso" in text
    for key in ("title", "section_reasons", "section_uses", "section_call", "section_versions"):
        assert english[key] not in text, key


def test_pdf_keeps_non_latin_and_markup_like_names_as_plain_text(tmp_path: Path) -> None:
    text = _pdftotext(_write_pdf(tmp_path, "fr", counterpart=NON_LATIN_NAME))
    assert NON_LATIN_NAME in text
    text = _flat(_pdftotext(_write_pdf(tmp_path, "en", counterpart=HOSTILE_NAME)))
    assert _flat(HOSTILE_NAME) in text


def test_pdf_embeds_its_font_and_sets_metadata(tmp_path: Path) -> None:
    pdf = _write_pdf(tmp_path, "de")
    fonts = subprocess.run(
        [need("pdffonts", "poppler-utils"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    dejavu = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert len(dejavu) == 2
    assert all(" yes yes yes " in line for line in dejavu)  # embedded, subset, ToUnicode
    info = subprocess.run(
        [need("pdfinfo", "poppler-utils"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assessment = sample_assessment("de")
    assert "Hinweis zur Rechtmässigkeit" in info  # title
    assert assessment["verdict_text"] in info  # subject
    assert "A4" in info


def test_pdf_bytes_are_reproducible() -> None:
    assessment, call = sample_assessment("fr"), sample_call("fr")
    assert render_pdf(assessment, call) == render_pdf(assessment, call)


def test_pdf_first_page_renders_to_an_image(tmp_path: Path) -> None:
    pdf = _write_pdf(tmp_path, "fr", counterpart=NON_LATIN_NAME)
    subprocess.run(
        [
            need("pdftoppm", "poppler-utils"),
            "-r",
            "60",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    pages = list(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    assert pages[0].stat().st_size > 10_000


@pytest.mark.slow
def test_html_renders_in_headless_chromium_without_console_errors(tmp_path: Path) -> None:
    assessment = sample_assessment("fr")
    assessment["timeline"][2]["text"] = '"><img src=x onerror=alert(1)>'
    page = tmp_path / "legality-note.html"
    page.write_text(render_html(assessment, sample_call("fr", HOSTILE_NAME)), encoding="utf-8")
    shot = tmp_path / "legality-note.png"

    result = run_chromium(
        tmp_path, f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri()
    )
    assert shot.stat().st_size > 20_000
    console = console_lines(result.stderr)
    assert console == []

    dom = run_chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert assessment["verdict_text"] in dom
    assert "<script" not in dom.lower()  # the hostile name stayed text
    assert "<img" not in dom.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
