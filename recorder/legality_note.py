"""The legality note: an assessment (CONTRACTS.md section 3) rendered as HTML and PDF.

The note goes into evidence bundles and may be read by an ombudsman, a lawyer
or a court, so both forms say the same thing, built from one view model
(:func:`build_view`): the call, the parties and their profiles, the consent
timeline, the verdict with its reasons and sources, the uses, where to
complain, retention, uncertainties and the disclaimer at top and bottom; for a
recorded call, also what the audio shows around each consent answer (whose
voices are on which track, and speech, silence or clipping near each mark).

Safety of user text: counterpart names, marker texts and device names are
typed by the user or come from the system, and end up in a page opened in a
browser. The HTML is rendered by Jinja2 with autoescaping forced on for every
template, so any such text is HTML-escaped and can never inject markup or
script; links are emitted only for http(s) URLs, so a ``javascript:`` URL in
a profile cannot become a clickable script either. The PDF side escapes the
same text for reportlab's paragraph mini-markup, for the same reason.

The PDF embeds DejaVu Sans (``resources/fonts``), so names in any script the
font covers (Latin, Greek, Cyrillic, ...) render and stay extractable as
text, and it is written with reportlab's ``invariant`` mode so the same
input gives the same bytes (a bundle's hashes stay reproducible).

Fixed labels come from ``resources/templates/note_labels.toml`` (fr, de,
en, it; any other language uses the English labels while the legal texts
keep the assessment's language). Nothing here decides anything legal.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import jinja2

from recorder import __version__, resources
from recorder.integrity import hashed_at_recovery
from recorder.resources import LABEL_FALLBACK, resources_dir
from recorder.sidecar import Sidecar
from recorder.timefmt import format_elapsed, format_local_time

STATUSES = ("allowed", "conditional", "not_allowed")
VERDICTS = ("consented", "exception_may_apply", "no_valid_consent")
HTML_TEMPLATE = "legality_note.html.j2"
FONT_REGULAR = "TemoinDejaVuSans"
FONT_BOLD = "TemoinDejaVuSans-Bold"


# --------------------------------------------------------------------------- view model


@dataclass(frozen=True)
class SourceView:
    cite: str
    url: str | None
    marker: str  # "" for high confidence, else "(medium confidence)" / "(inference)"


@dataclass(frozen=True)
class Entry:
    """A text with its sources (reason, retention, uncertainty)."""

    text: str
    sources: list[SourceView]


@dataclass(frozen=True)
class UseView:
    use: str
    label: str
    status: str
    status_word: str
    reason: str
    sources: list[SourceView]


@dataclass(frozen=True)
class ComplaintView:
    name: str
    url: str | None
    conditions: list[str]
    sources: list[SourceView]


@dataclass(frozen=True)
class ProfileView:
    id: str
    name: str
    role: str
    version: str
    review_date: str
    content_hash: str


@dataclass(frozen=True)
class TimelineRow:
    time: str
    label: str
    text: str


@dataclass(frozen=True)
class AnswerView:
    shows: str  # speech, silence, clipped, no_audio, not_examined
    text: str


@dataclass(frozen=True)
class AudioView:
    """How the voices were recorded and what the audio shows at each marked answer."""

    summary: list[str]
    answers: list[AnswerView]


@dataclass(frozen=True)
class NoteView:
    """Everything both renderers show, already localized and formatted."""

    language: str
    labels: dict[str, str]
    title: str
    disclaimer: str
    verdict: str
    verdict_text: str
    rule_text: str
    purpose_text: str
    call_rows: list[tuple[str, str, bool]]  # label, value, monospace
    profiles: list[ProfileView]
    timeline: list[TimelineRow]
    reasons: list[Entry]
    uses: list[UseView]
    complaint_bodies: list[ComplaintView]
    retention: Entry
    uncertainties: list[Entry]
    version_lines: list[str]
    generated_by: str
    counterpart: str
    recording_id: str
    audio: AudioView | None = None  # only for a recorded call (not ``temoin assess``)


NOTE_LABELS = "templates/note_labels.toml"  # one table per language


def label_languages() -> list[str]:
    """Languages that have their own fixed labels (others fall back to English)."""
    return resources.label_languages(NOTE_LABELS)


def labels_for(language: str) -> dict[str, str]:
    """Fixed labels for ``language``; English fills any language or key that is missing."""
    return dict(resources.labels(NOTE_LABELS, language))


def _text(value: Any, default: str = "—") -> str:
    if value is None or value == "":
        return default
    return str(value)


def _safe_url(value: Any) -> str | None:
    """Only web links become links: a profile cannot smuggle a script URL into the note."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if url.lower().startswith(("https://", "http://")):
        return url
    return None


def _sources(raw: Any, labels: Mapping[str, str]) -> list[SourceView]:
    result = []
    for src in raw or []:
        confidence = str(src.get("confidence", "high"))
        marker = ""
        if confidence == "medium":
            marker = labels["confidence_medium"]
        elif confidence != "high":
            marker = labels["confidence_inference"]
        result.append(SourceView(_text(src.get("cite")), _safe_url(src.get("url")), marker))
    return result


def _entry(raw: Mapping[str, Any], labels: Mapping[str, str]) -> Entry:
    return Entry(_text(raw.get("text"), ""), _sources(raw.get("sources"), labels))


def build_view(assessment: Mapping[str, Any], call: Mapping[str, Any]) -> NoteView:
    """Turn the contract's dicts into what the page shows; raises ValueError on a bad verdict."""
    language = str(assessment.get("language") or call.get("language") or LABEL_FALLBACK)
    labels = labels_for(language)
    verdict = str(assessment["verdict"])
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict {verdict!r} in the assessment")

    duration = call.get("duration_s")
    rate = call.get("sample_rate")
    call_rows = [
        (labels["field_counterpart"], _text(call.get("counterpart")), False),
        (labels["field_date"], format_local_time(_text(call.get("started_local"))), False),
        (
            labels["field_duration"],
            format_elapsed(float(duration)) if duration is not None else "—",
            False,
        ),
        (labels["field_recording_id"], _text(call.get("recording_id")), True),
        (labels["field_device"], _text(call.get("device")), False),
        (labels["field_sample_rate"], f"{int(rate)} Hz" if rate else "—", False),
        (
            labels[
                "field_pcm_sha256_recovered"
                if call.get("hashed_at_recovery")
                else "field_pcm_sha256"
            ],
            _text(call.get("pcm_sha256")),
            True,
        ),
        (labels["field_app_version"], _text(call.get("app_version")), False),
    ]

    profiles = []
    version_lines = []
    for prof in assessment.get("profiles", []):
        role = str(prof.get("role", "home"))
        profiles.append(
            ProfileView(
                id=_text(prof.get("id")),
                name=_text(prof.get("name")),
                role=labels.get(f"role_{role}", role),
                version=_text(prof.get("version")),
                review_date=_text(prof.get("review_date")),
                content_hash=_text(prof.get("content_hash")),
            )
        )
        version_lines.append(
            labels["version_line"].format(
                id=_text(prof.get("id")),
                version=_text(prof.get("version")),
                review_date=_text(prof.get("review_date")),
            )
        )

    timeline = [
        TimelineRow(
            time=format_elapsed(float(ev.get("seconds") or 0.0)),
            label=_text(ev.get("label") or ev.get("kind")),
            text=_text(ev.get("text"), ""),
        )
        for ev in assessment.get("timeline", [])
    ]

    uses = []
    for use in assessment.get("uses", []):
        status = str(use["status"])
        if status not in STATUSES:
            raise ValueError(f"unknown use status {status!r} in the assessment")
        uses.append(
            UseView(
                use=str(use.get("use", "")),
                label=_text(use.get("label") or use.get("use")),
                status=status,
                status_word=labels[f"status_{status}"],
                reason=_text(use.get("reason"), ""),
                sources=_sources(use.get("sources"), labels),
            )
        )

    bodies = [
        ComplaintView(
            name=_text(body.get("name")),
            url=_safe_url(body.get("url")),
            conditions=[str(c) for c in body.get("conditions") or []],
            sources=_sources(body.get("sources"), labels),
        )
        for body in assessment.get("complaint_bodies", [])
    ]

    raw_audio = assessment.get("audio")
    audio = None
    if isinstance(raw_audio, Mapping):
        audio = AudioView(
            summary=[str(line) for line in raw_audio.get("summary") or []],
            answers=[
                AnswerView(str(a.get("shows", "")), _text(a.get("text"), ""))
                for a in raw_audio.get("answers") or []
            ],
        )

    rule = assessment.get("rule") or {}
    return NoteView(
        language=language,
        labels=labels,
        title=labels["title"],
        disclaimer=_text(assessment.get("disclaimer"), ""),
        verdict=verdict,
        verdict_text=_text(assessment.get("verdict_text"), verdict),
        rule_text=_text(rule.get("text"), ""),
        purpose_text=_text(assessment.get("purpose_text") or assessment.get("purpose"), ""),
        call_rows=call_rows,
        profiles=profiles,
        timeline=timeline,
        reasons=[_entry(r, labels) for r in assessment.get("reasons", [])],
        uses=uses,
        complaint_bodies=bodies,
        retention=_entry(assessment.get("retention") or {}, labels),
        uncertainties=[_entry(u, labels) for u in assessment.get("uncertainties", [])],
        version_lines=version_lines,
        generated_by=labels["generated_by"].format(version=_text(call.get("app_version"))),
        counterpart=_text(call.get("counterpart")),
        recording_id=_text(call.get("recording_id")),
        audio=audio,
    )


# --------------------------------------------------------------------------- HTML


@functools.cache
def _environment() -> jinja2.Environment:
    # autoescape=True (not select_autoescape): every template here is HTML,
    # whatever its file name, so nothing can be rendered unescaped by accident.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources_dir() / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(assessment: Mapping[str, Any], call: Mapping[str, Any]) -> str:
    """One self-contained, printable HTML page (inline CSS, no scripts, no external resources)."""
    view = build_view(assessment, call)
    return _environment().get_template(HTML_TEMPLATE).render(v=view, L=view.labels)


# --------------------------------------------------------------------------- PDF


def _fonts_dir() -> Path:
    return resources_dir() / "fonts"


@functools.cache
def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = _fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT_REGULAR, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    # <b> inside paragraphs must map to the embedded bold face, not to Helvetica.
    for bold, italic, name in (
        (0, 0, FONT_REGULAR),
        (1, 0, FONT_BOLD),
        (0, 1, FONT_REGULAR),
        (1, 1, FONT_BOLD),
    ):
        addMapping(FONT_REGULAR, bold, italic, name)


def _esc(text: str) -> str:
    """User text as literal characters in reportlab's paragraph markup."""
    return xml_escape(text, {'"': "&quot;"})


_VERDICT_COLOURS = {
    "consented": ("#e8f3ec", "#2f6b45"),
    "exception_may_apply": ("#fbf3e0", "#8a6212"),
    "no_valid_consent": ("#f8e9e7", "#8f3329"),
}
_STATUS_COLOURS = {
    "allowed": ("#e8f3ec", "#2f6b45"),
    "conditional": ("#fbf3e0", "#8a6212"),
    "not_allowed": ("#f8e9e7", "#8f3329"),
}


def render_pdf(assessment: Mapping[str, Any], call: Mapping[str, Any]) -> bytes:
    """The same note as an A4 PDF with embedded fonts, extractable text and fixed bytes."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _register_fonts()
    view = build_view(assessment, call)
    L = view.labels

    ink = colors.HexColor("#1f2328")
    muted = colors.HexColor("#59636e")
    rule_grey = colors.HexColor("#d0d7de")
    base = ParagraphStyle(
        "base", fontName=FONT_REGULAR, fontSize=9.5, leading=13, textColor=ink, alignment=TA_LEFT
    )
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=muted)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
    cell_bold = ParagraphStyle("cellb", parent=cell, fontName=FONT_BOLD)
    h1 = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22)
    h2 = ParagraphStyle(
        "h2",
        parent=base,
        fontName=FONT_BOLD,
        fontSize=12,
        leading=15,
        spaceBefore=10,
        spaceAfter=4,
    )
    disclaimer_style = ParagraphStyle(
        "disc",
        parent=base,
        fontName=FONT_BOLD,
        fontSize=9.5,
        leading=13,
        backColor=colors.HexColor("#f3f4f6"),
        borderPadding=(5, 6, 5, 6),
        textColor=ink,
    )
    bg, fg = _VERDICT_COLOURS[view.verdict]
    verdict_style = ParagraphStyle(
        "verdict",
        parent=base,
        fontName=FONT_BOLD,
        fontSize=14,
        leading=18,
        textColor=colors.HexColor(fg),
    )

    def sources_markup(sources: Sequence[SourceView]) -> str:
        parts = []
        for src in sources:
            cite = _esc(src.cite)
            if src.url:
                cite = f'<a href="{_esc(src.url)}" color="#0b5cad">{cite}</a>'
            if src.marker:
                cite += f" <i>{_esc(src.marker)}</i>"
            parts.append(cite)
        return "; ".join(parts)

    def entry_flowables(entry: Entry) -> list[Any]:
        out: list[Any] = [Paragraph(_esc(entry.text), base)]
        if entry.sources:
            out.append(Paragraph(f"{_esc(L['sources'])}: {sources_markup(entry.sources)}", small))
        out.append(Spacer(1, 4))
        return out

    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT_REGULAR, 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, rule_grey),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    header_grid = TableStyle(
        [*grid.getCommands(), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3f4f6"))]
    )

    width = A4[0] - 36 * mm
    story: list[Any] = [
        Paragraph(_esc(view.title), h1),
        Paragraph(_esc(L["subtitle"]), small),
        Spacer(1, 8),
        Paragraph(_esc(view.disclaimer), disclaimer_style),
        Spacer(1, 10),
    ]

    # Verdict first: the reader's question is "may I use this?"
    verdict_box = Table(
        [
            [Paragraph(_esc(L["section_verdict"].upper()), small)],
            [Paragraph(_esc(view.verdict_text), verdict_style)],
            [Paragraph(f"<b>{_esc(L['field_rule'])}:</b> {_esc(view.rule_text)}", base)],
            [Paragraph(f"<b>{_esc(L['field_purpose'])}:</b> {_esc(view.purpose_text)}", base)],
        ],
        colWidths=[width],
    )
    verdict_box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(fg)),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story += [verdict_box, Paragraph(_esc(L["section_reasons"]), h2)]
    for reason in view.reasons:
        story += entry_flowables(reason)

    story.append(Paragraph(_esc(L["section_uses"]), h2))
    use_rows: list[list[Any]] = [
        [Paragraph(_esc(L[k]), cell_bold) for k in ("col_use", "col_status", "col_reason")]
        + [Paragraph(_esc(L["col_sources"]), cell_bold)]
    ]
    use_style = TableStyle(header_grid.getCommands())
    for row, use in enumerate(view.uses, start=1):
        sbg, sfg = _STATUS_COLOURS[use.status]
        use_rows.append(
            [
                Paragraph(_esc(use.label), cell_bold),
                Paragraph(f'<font color="{sfg}"><b>{_esc(use.status_word)}</b></font>', cell),
                Paragraph(_esc(use.reason), cell),
                Paragraph(sources_markup(use.sources), cell),
            ]
        )
        use_style.add("BACKGROUND", (1, row), (1, row), colors.HexColor(sbg))
    uses_table = Table(
        use_rows,
        colWidths=[0.19 * width, 0.14 * width, 0.37 * width, 0.30 * width],
        repeatRows=1,
    )
    uses_table.setStyle(use_style)
    story.append(uses_table)

    story.append(Paragraph(_esc(L["section_call"]), h2))
    call_table = Table(
        [
            [Paragraph(_esc(k), cell_bold), Paragraph(_esc(v), cell)]
            for k, v, _mono in view.call_rows
        ],
        colWidths=[0.3 * width, 0.7 * width],
    )
    call_table.setStyle(grid)
    story.append(call_table)

    prof_rows: list[list[Any]] = [
        [
            Paragraph(_esc(L[k]), cell_bold)
            for k in ("col_id", "col_name", "col_role", "col_version", "col_review_date")
        ]
        + [Paragraph(_esc(L["col_content_hash"]), cell_bold)]
    ]
    for prof in view.profiles:
        prof_rows.append(
            [
                Paragraph(_esc(v), cell)
                for v in (
                    prof.id,
                    prof.name,
                    prof.role,
                    prof.version,
                    prof.review_date,
                    prof.content_hash,
                )
            ]
        )
    prof_table = Table(
        prof_rows,
        colWidths=[w * width for w in (0.09, 0.2, 0.13, 0.1, 0.13, 0.35)],
        repeatRows=1,
    )
    prof_table.setStyle(header_grid)
    story.append(KeepTogether([Paragraph(_esc(L["section_parties"]), h2), prof_table]))

    story.append(Paragraph(_esc(L["section_timeline"]), h2))
    if view.timeline:
        tl_rows: list[list[Any]] = [
            [Paragraph(_esc(L[k]), cell_bold) for k in ("col_time", "col_event", "col_text")]
        ]
        tl_rows += [
            [
                Paragraph(_esc(r.time), cell),
                Paragraph(_esc(r.label), cell),
                Paragraph(_esc(r.text), cell),
            ]
            for r in view.timeline
        ]
        tl_table = Table(tl_rows, colWidths=[0.12 * width, 0.33 * width, 0.55 * width])
        tl_table.setStyle(header_grid)
        story.append(tl_table)
    else:
        story.append(Paragraph(_esc(L["no_events"]), base))

    if view.audio is not None:
        story.append(Paragraph(_esc(L["section_audio"]), h2))
        story += [Paragraph(_esc(line), base) for line in view.audio.summary]
        story += [Paragraph(_esc(a.text), base, bulletText="•") for a in view.audio.answers]

    complaint_block: list[Any] = [Paragraph(_esc(L["section_complaints"]), h2)]
    if not view.complaint_bodies:
        complaint_block.append(Paragraph(_esc(L["none"]), base))
    for body in view.complaint_bodies:
        name = _esc(body.name)
        if body.url:
            name = f'{name} — <a href="{_esc(body.url)}" color="#0b5cad">{_esc(body.url)}</a>'
        complaint_block.append(Paragraph(f"<b>{name}</b>", base))
        if body.conditions:
            complaint_block.append(Paragraph(f"{_esc(L['conditions'])}:", small))
            complaint_block += [Paragraph(_esc(c), base, bulletText="•") for c in body.conditions]
        if body.sources:
            complaint_block.append(
                Paragraph(f"{_esc(L['sources'])}: {sources_markup(body.sources)}", small)
            )
        complaint_block.append(Spacer(1, 4))
    story += complaint_block

    story.append(
        KeepTogether(
            [Paragraph(_esc(L["section_retention"]), h2), *entry_flowables(view.retention)]
        )
    )

    story.append(Paragraph(_esc(L["section_uncertainties"]), h2))
    if not view.uncertainties:
        story.append(Paragraph(_esc(L["none"]), base))
    for unc in view.uncertainties:
        story += entry_flowables(unc)

    story.append(Paragraph(_esc(L["section_versions"]), h2))
    story += [Paragraph(_esc(line), base) for line in view.version_lines]
    story += [
        Spacer(1, 10),
        Paragraph(_esc(view.disclaimer), disclaimer_style),
        Spacer(1, 4),
        Paragraph(_esc(view.generated_by), small),
    ]

    footer_text = f"{view.title} · {view.recording_id}"

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT_REGULAR, 7.5)
        canvas.setFillColor(muted)
        canvas.drawString(18 * mm, 10 * mm, footer_text)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{L['page']} {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{view.title} — {view.recording_id}",
        subject=f"{view.verdict_text} — {view.counterpart}",
        author="Témoin",
        creator=f"Témoin {_text(call.get('app_version'))}",
        lang=view.language,
        initialFontName=FONT_REGULAR,
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def call_info(sidecar: Sidecar, language: str) -> dict[str, Any]:
    """The ``call`` part of a note, taken from a recording's sidecar (recording.json)."""
    source = sidecar.source
    if source.device:
        device_label = source.device.get("name")
    elif source.input:
        device_label = f"file: {Path(source.input).name}"
    else:
        device_label = None
    return {
        "recording_id": sidecar.id,
        "counterpart": sidecar.call.counterpart,
        "started_local": sidecar.started_local,
        "duration_s": sidecar.audio.duration_s,
        "sample_rate": sidecar.audio.sample_rate,
        "device": device_label,
        "pcm_sha256": sidecar.audio.pcm_sha256,
        # After a crash mid-call the hash was taken at recovery: the note must not say
        # "computed while recording" (bundle.py's metadata says which part still is).
        "hashed_at_recovery": hashed_at_recovery(sidecar.recovered),
        "app_version": __version__,
        "language": language,
    }
