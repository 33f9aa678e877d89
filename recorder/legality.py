"""The assessment: given both parties' profiles, the purpose and the consent log, what holds.

It answers three questions for the user after a call: was the recording
lawful (``consented``, ``exception_may_apply`` or ``no_valid_consent``), why
(reasons with their sources), and what may be done with it (keep, give to
the ombudsman, a lawyer, a court, publish). All wording comes from the
profiles (legal texts) and ``resources/i18n/assessment.toml`` (labels); this
module only decides which statement applies, following the rules in
``seeds/SCENARIOS.md``: the strictest profile's rule governs, each profile
judges every use and the stricter status wins, a refusal before anyone agreed
leaves nothing to use, publication is never simply allowed.

For a recorded call it also words what the audio shows around each consent
answer (``recorder/consent_audio.py``), and makes a mark with no speech near it
an uncertainty: observations about sound, never statements of law.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recorder.consent import ConsentSession, PartyConsent
from recorder.consent_audio import (
    AFTER_S,
    LOOKBACK_S,
    MONO_LOOKBACK_S,
    AnswerAudio,
    CallAudio,
    examine,
)
from recorder.errors import BadInputError, TemoinError, UsageError
from recorder.profiles import (
    STATUSES,
    UI_LANGUAGES,
    USES,
    VERDICTS,
    Profile,
    Source,
    Statement,
    changes_since,
    combine,
)
from recorder.resources import labels
from recorder.sidecar import Sidecar
from recorder.timefmt import format_elapsed, format_mmss

ASSESSMENT_VERSION = 1
DEFAULT_SAMPLE_RATE = 48_000
# Audio the recording misses is part of the story of the call: where a consent was
# said matters, and a hole there must be visible in the note's timeline.
TIMELINE_AUDIO_KINDS = ("gap",)
_SEVERITY = {v: i for i, v in enumerate(VERDICTS)}  # consented < exception < no_valid
_STRICTNESS = {s: i for i, s in enumerate(STATUSES)}  # allowed < conditional < not_allowed


# --------------------------------------------------------------------------- labels


ASSESSMENT_LABELS = "i18n/assessment.toml"  # one table per key, every key in every UI language


def label(key: str, language: str) -> str:
    """A fixed label (``verdict.consented``); an unknown key shows its last part."""
    table = labels(ASSESSMENT_LABELS, language, "by_key", UI_LANGUAGES)
    return table.get(key) or key.rsplit(".", 1)[-1]


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class Assessment:
    """An assessment; :meth:`to_json` is the contract other parts read (CONTRACTS.md §3)."""

    verdict: str
    language: str
    data: Mapping[str, Any]

    def to_json(self) -> dict[str, Any]:
        return copy.deepcopy(dict(self.data))

    @property
    def exit_code(self) -> int:
        """0 when consented, 1 otherwise (``temoin assess``: 1 = check failed)."""
        return 0 if self.verdict == "consented" else 1


@dataclass
class _Finding:
    """One profile's reading of the call."""

    profile: Profile
    verdict: str
    reasons: list[tuple[str, str | None]]  # (reason key, time) or ("exc:<id>:applies", None)
    facts: set[str]
    nothing_kept: bool


def _infer_rate(events: Sequence[Mapping[str, Any]]) -> int:
    for e in events:
        frame, seconds = e.get("frame"), e.get("seconds")
        if isinstance(frame, int) and isinstance(seconds, int | float) and seconds > 0 < frame:
            return max(1, round(frame / seconds))
    return DEFAULT_SAMPLE_RATE


def _evaluate(
    profile: Profile,
    parties: Sequence[PartyConsent],
    nothing_kept: bool,
    kept_parties: Sequence[PartyConsent],
    refusal: tuple[str, str | None] | None,
    withdrawal: str | None,
    paused: bool,
    purpose: str,
    cross_border: bool,
) -> _Finding:
    rule = profile.consent.rule
    reasons: list[tuple[str, str | None]] = []
    facts: set[str] = set()
    if paused:
        facts.add("paused")
    if nothing_kept:
        facts.add("refused")
        return _Finding(profile, "no_valid_consent", [("refused_first", None)], facts, True)
    ok = True
    front: list[tuple[str, str | None]] = []
    for party in kept_parties:
        if party.person == 1:
            if party.announced_seconds is None:
                reasons.append(("not_announced", None))
                facts.add("not_announced")
                ok = False
            elif party.announced_seconds > profile.consent.announce_within_s:
                reasons.append(("announced_late", format_mmss(party.announced_seconds)))
                facts.add("announced_late")
                ok = False
            elif party.granted:
                reasons.append(("granted", None))
            else:
                reasons.append(("announced_without_answer", None))
                facts.add("announced_without_answer")
                if rule == "all_parties":
                    ok = False
        else:
            when = format_mmss(party.joined_seconds)
            if party.announced_seconds is None:
                front.append(("transfer_uncovered", when))
                facts.add("transfer_uncovered")
                ok = False
            elif party.granted:
                reasons.append(("granted", None))
            else:
                reasons.append(("announced_without_answer", None))
                facts.add("announced_without_answer")
                if rule == "all_parties":
                    front.append(("transfer_uncovered", when))
                    facts.add("transfer_uncovered")
                    ok = False
    if rule == "one_party":
        ok = True
    if refusal is not None:
        facts.add("refused")
        reasons.append(refusal)
    if withdrawal is not None:
        facts.add("withdrawn")
        reasons.append(("withdrawn", withdrawal))
    if paused:
        reasons.append(("paused", None))
    reasons = _dedupe(front + reasons)

    if ok:
        verdict = "consented"
    else:
        verdict = "no_valid_consent"
        spec = profile.purposes.get(purpose)
        exc_id = spec.exception if spec else None
        # R9: the order exception only when every profile involved is the same (ch)
        relied_on = not (cross_border and purpose == "order")
        if exc_id is not None and refusal is None and withdrawal is None and relied_on:
            verdict = "exception_may_apply"
            reasons.append((f"exc:{exc_id}:applies", None))
        for exc in profile.exceptions.values():
            if purpose in exc.not_covered_for:
                reasons.append((f"exc:{exc.id}:not_covered", None))
    if verdict != "no_valid_consent":
        reasons.append(("not_consent_to_publish", None))
    return _Finding(profile, verdict, reasons, facts, False)


def _dedupe(items: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _assumes_lawful(key: str) -> bool:
    """A reason that only holds for a lawful recording (consent or an exception)."""
    return key == "not_consent_to_publish" or (key.startswith("exc:") and key.endswith(":applies"))


def _statement(profile: Profile, key: str) -> Statement:
    if key.startswith("exc:"):
        _, exc_id, which = key.split(":")
        exc = profile.exceptions[exc_id]
        return exc.applies if which == "applies" else exc.not_covered
    return profile.reasons[key]


def _sources(sources: Sequence[Source]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for s in sources:
        if s.cite not in seen:
            seen.add(s.cite)
            out.append(s.to_json())
    return out


def assess(
    home: Profile,
    counterpart: Profile | None,
    purpose: str,
    events: Sequence[Mapping[str, Any]],
    language: str,
) -> Assessment:
    """Judge a call from its consent log; raises UsageError for an impossible log or input."""
    if language not in UI_LANGUAGES:
        raise UsageError(f"unknown language {language!r}; use one of {', '.join(UI_LANGUAGES)}")
    involved = [home] if counterpart is None else [home, counterpart]
    for p in involved:
        if purpose not in p.purposes:
            raise UsageError(
                f"unknown purpose {purpose!r} for profile {p.id!r}; "
                f"use one of {', '.join(p.purposes)}"
            )
    governing = combine(home, counterpart)
    cross_border = counterpart is not None and counterpart.id != home.id
    on_refusal = (
        "delete_all"
        if any(p.consent.on_refusal == "delete_all" for p in involved)
        else "delete_since_boundary"
    )
    rate = _infer_rate(events)
    session = ConsentSession.replay(events, rate, on_refusal, rule=governing.consent.rule)
    parties = session.parties()
    decision = session.retention()
    nothing_kept = decision.action == "discard_all"

    kept = list(parties)
    refusal: tuple[str, str | None] | None = None
    withdrawal: str | None = None
    refusing = next((p for p in parties if p.refused_seconds is not None), None)
    if refusing is not None and not nothing_kept:
        kept = [p for p in parties if p.person < refusing.person]
        refusal = ("refused_later", format_mmss(refusing.joined_seconds))
    withdrawing = next((p for p in parties if p.withdrawn_seconds is not None), None)
    if withdrawing is not None and withdrawing.withdrawn_seconds is not None:
        kept = [p for p in parties if p.person <= withdrawing.person]
        withdrawal = format_mmss(withdrawing.withdrawn_seconds)
    paused = any(e.get("kind") == "paused" for e in session.events)

    ordered = [governing] + [p for p in involved if p is not governing]
    findings = [
        _evaluate(
            p, parties, nothing_kept, kept, refusal, withdrawal, paused, purpose, cross_border
        )
        for p in ordered
    ]
    verdict = max((f.verdict for f in findings), key=_SEVERITY.__getitem__)
    facts: set[str] = set().union(*(f.facts for f in findings))
    if cross_border:
        facts.add("cross_border")
    frozen_facts = frozenset(facts)

    # reasons: governing profile first; prefixed with the country when two are involved.
    # Without valid consent, a milder profile's statements that assume the recording is
    # lawful (an exception applies; consented but not to publication) would contradict it.
    reasons: list[dict[str, Any]] = []
    for f in findings:
        prefix = f"{f.profile.name.get(language)} : " if cross_border else ""
        if cross_border and language != "fr":
            prefix = prefix.replace(" : ", ": ")
        for key, when in f.reasons:
            if verdict == "no_valid_consent" and _assumes_lawful(key):
                continue
            st = _statement(f.profile, key)
            text = st.text.format(language, time=when or "")
            reasons.append({"text": prefix + text, "sources": _sources(st.sources)})

    # uses: each profile judges each use; the stricter status wins, tied sources merge
    uses: list[dict[str, Any]] = []
    for use in USES:
        candidates: list[tuple[str, str, list[Source]]] = []
        for f in findings:
            p = f.profile
            if nothing_kept:
                st = p.reasons["nothing_kept"]
                candidates.append(("not_allowed", st.text.get(language), list(st.sources)))
                continue
            rule = p.uses[use].get(verdict) or p.uses[use][f.verdict]
            candidates.append((rule.status, rule.reason.get(language), list(rule.sources)))
        status = max((c[0] for c in candidates), key=_STRICTNESS.__getitem__)
        tied = [c for c in candidates if c[0] == status]
        merged: list[Source] = [s for c in tied for s in c[2]]
        uses.append(
            {
                "use": use,
                "label": label(f"use.{use}", language),
                "status": status,
                "reason": tied[0][1],
                "sources": _sources(merged),
            }
        )

    uncertainties: list[dict[str, Any]] = []
    seen_texts: dict[str, dict[str, Any]] = {}
    for f in findings:
        for u in f.profile.uncertainties:
            if not u.applies(verdict, purpose, frozen_facts):
                continue  # e.g. doubts about an exception the combined verdict does not rely on
            text = u.statement.text.get(language)
            if text in seen_texts:
                entry = seen_texts[text]
                known = {s["cite"] for s in entry["sources"]}
                entry["sources"].extend(
                    s for s in _sources(u.statement.sources) if s["cite"] not in known
                )
                continue
            entry = {"text": text, "sources": _sources(u.statement.sources)}
            seen_texts[text] = entry
            uncertainties.append(entry)

    bodies = [
        {
            "name": b.name.get(language),
            "url": b.url,
            "conditions": [c.get(language) for c in b.conditions],
            "sources": _sources(b.sources),
        }
        for p in involved
        for b in p.complaint_bodies
    ]

    if nothing_kept:
        st = governing.reasons["nothing_kept"]
        retention = {"text": st.text.get(language), "sources": _sources(st.sources)}
    else:
        texts = [p.retention.text.get(language) for p in involved]
        retention = {
            "text": " ".join(dict.fromkeys(texts)),
            "sources": _sources([s for p in involved for s in p.retention.sources]),
        }

    timeline = [
        {
            "kind": e["kind"],
            "frame": e["frame"],
            "seconds": e["seconds"],
            "utc": e["utc"],
            "local": e["local"],
            "text": e.get("text"),
            "label": label(f"event.{e['kind']}", language),
        }
        for e in session.events
    ]
    holes = [
        {
            "kind": e["kind"],
            "frame": e["frame"],
            "seconds": e["seconds"],
            "utc": e.get("utc"),
            "local": e.get("local"),
            "text": e.get("text"),
            "label": label(f"event.{e['kind']}", language),
        }
        for e in events
        if e.get("kind") in TIMELINE_AUDIO_KINDS
    ]
    if holes:
        timeline = sorted([*timeline, *holes], key=lambda row: row["frame"])

    rule_text = (
        governing.consent.text.get(language) + " " + governing.consent.practice.get(language)
    )
    data: dict[str, Any] = {
        "assessment_version": ASSESSMENT_VERSION,
        "language": language,
        "disclaimer": label("disclaimer", language),
        "verdict": verdict,
        "verdict_text": label(f"verdict.{verdict}", language),
        "rule": {"id": governing.consent.rule, "text": rule_text, "profile": governing.id},
        "profiles": [
            _profile_json(p, "home" if i == 0 else "counterpart", language)
            for i, p in enumerate(involved)
        ],
        "purpose": purpose,
        "purpose_text": governing.purposes[purpose].label.get(language),
        "reasons": reasons,
        "uses": uses,
        "complaint_bodies": bodies,
        "retention": retention,
        "uncertainties": uncertainties,
        "timeline": timeline,
    }
    return Assessment(verdict=verdict, language=language, data=data)


def _profile_json(p: Profile, role: str, language: str) -> dict[str, Any]:
    out = p.summary_json(role)
    out["name"] = p.name.get(language)
    return out


# --------------------------------------------------------------------------- text form


def format_text(data: Mapping[str, Any]) -> str:
    """A plain-text rendering of ``Assessment.to_json()`` for the terminal."""
    lang = str(data["language"])

    def head(key: str) -> str:
        return label(f"heading.{key}", lang)

    def cites(sources: Sequence[Mapping[str, Any]]) -> str:
        parts = []
        for s in sources:
            mark = ""
            if s["confidence"] != "high":
                mark = f" ({label('heading.confidence_' + str(s['confidence']), lang)})"
            parts.append(f"{s['cite']}{mark}")
        return "; ".join(parts)

    lines = [
        f"{head('verdict')}: {data['verdict_text']} [{data['verdict']}]",
        f"{head('purpose')}: {data['purpose_text']}",
        f"{head('rule')} ({data['rule']['profile']}): {data['rule']['text']}",
        "",
        f"{head('reasons')}:",
    ]
    for r in data["reasons"]:
        lines.append(f"  - {r['text']}")
        lines.append(f"    [{cites(r['sources'])}]")
    lines += ["", f"{head('uses')}:"]
    for u in data["uses"]:
        lines.append(f"  - {u['label']}: {label('status.' + u['status'], lang)}")
        lines.append(f"    {u['reason']}")
        lines.append(f"    [{cites(u['sources'])}]")
    lines += ["", f"{head('complaint_bodies')}:"]
    for b in data["complaint_bodies"]:
        lines.append(f"  - {b['name']}" + (f" <{b['url']}>" if b["url"] else ""))
        lines.extend(f"      · {c}" for c in b["conditions"])
    lines += ["", f"{head('retention')}: {data['retention']['text']}"]
    if data["uncertainties"]:
        lines += ["", f"{head('uncertainties')}:"]
        for u in data["uncertainties"]:
            lines.append(f"  - {u['text']} [{cites(u['sources'])}]")
    if data["timeline"]:
        lines += ["", f"{head('timeline')}:"]
        for e in data["timeline"]:
            extra = f" — {e['text']}" if e.get("text") else ""
            lines.append(f"  {format_mmss(float(e['seconds']))}  {e['label']}{extra}")
    profiles = ", ".join(
        f"{p['id']} {p['version']} ({p['review_date']}, {p['content_hash'][:19]}…)"
        for p in data["profiles"]
    )
    lines += ["", f"{head('profiles')}: {profiles}", "", str(data["disclaimer"])]
    return "\n".join(lines)


def describe_profile(profile: Profile, language: str) -> str:
    """``temoin profiles show``: the rule, the scripts, exceptions, complaint bodies, sources."""
    lang = language

    def head(key: str) -> str:
        return label(f"heading.{key}", lang)

    lines = [
        f"{profile.name.get(lang)} ({profile.id})",
        f"{head('version')}: {profile.version} · {head('review_date')}: "
        f"{profile.review_date.isoformat()} · {profile.content_hash}",
        "",
        f"{head('rule')} [{profile.consent.rule}]:",
        f"  {profile.consent.text.get(lang)}",
        f"  {profile.consent.practice.get(lang)}",
        "",
        f"{head('scripts')}:",
    ]
    name = "<" + label("heading.name_placeholder", lang) + ">"
    for kind in ("opening", "transfer", "on_refusal"):
        lines.append(f"  {head('script_' + kind)}:")
        lines.append(f"    “{profile.scripts.render(kind, lang, name)}”")
    if profile.exceptions:
        lines += ["", f"{head('exceptions')}:"]
        for exc in profile.exceptions.values():
            lines.append(f"  - {exc.title.get(lang)}")
            lines.append(f"    {exc.applies.text.get(lang)}")
            lines.append(f"    {exc.not_covered.text.get(lang)}")
    lines += ["", f"{head('complaint_bodies')}:"]
    for b in profile.complaint_bodies:
        lines.append(f"  - {b.name.get(lang)}" + (f" <{b.url}>" if b.url else ""))
        lines.extend(f"      · {c.get(lang)}" for c in b.conditions)
    lines += ["", f"{head('retention')}: {profile.retention.text.get(lang)}"]
    lines += ["", f"{head('sources')}:"]
    seen: set[str] = set()
    all_sources = [
        *profile.consent.sources,
        *profile.scripts.sources,
        *(
            s
            for e in profile.exceptions.values()
            for st in (e.applies, e.not_covered)
            for s in st.sources
        ),
        *(s for st in profile.reasons.values() for s in st.sources),
        *(s for per in profile.uses.values() for r in per.values() for s in r.sources),
        *(s for u in profile.uncertainties for s in u.statement.sources),
        *(s for b in profile.complaint_bodies for s in b.sources),
        *profile.retention.sources,
    ]
    for s in all_sources:
        if s.cite in seen:
            continue
        seen.add(s.cite)
        conf = (
            ""
            if s.confidence == "high"
            else f" ({label('heading.confidence_' + s.confidence, lang)})"
        )
        lines.append(f"  - {s.cite}{conf}" + (f" <{s.url}>" if s.url else ""))
    lines += ["", label("disclaimer", lang)]
    return "\n".join(lines)


def profile_json(profile: Profile, language: str) -> dict[str, Any]:
    """``temoin profiles show --json``: the profile's texts in one language, with sources."""

    def st(s: Statement) -> dict[str, Any]:
        return {"text": s.text.get(language), "sources": _sources(s.sources)}

    return {
        **_profile_json(profile, "home", language),
        "language": language,
        "languages": list(profile.languages),
        "script_languages": list(profile.script_languages),
        "rule": {
            "id": profile.consent.rule,
            "strictness": profile.consent.strictness,
            "explicit_yes": profile.consent.explicit_yes,
            "on_refusal": profile.consent.on_refusal,
            "text": profile.consent.text.get(language),
            "practice": profile.consent.practice.get(language),
            "sources": _sources(profile.consent.sources),
        },
        "scripts": {
            kind: getattr(profile.scripts, kind).get(language)
            for kind in ("opening", "transfer", "on_refusal")
        },
        "purposes": {
            pid: {"label": p.label.get(language), "exception": p.exception}
            for pid, p in profile.purposes.items()
        },
        "exceptions": [
            {
                "id": e.id,
                "title": e.title.get(language),
                "applies": st(e.applies),
                "not_covered": st(e.not_covered),
                "not_covered_for": list(e.not_covered_for),
            }
            for e in profile.exceptions.values()
        ],
        "uses": {
            use: {
                verdict: {
                    "status": r.status,
                    "reason": r.reason.get(language),
                    "sources": _sources(r.sources),
                }
                for verdict, r in per.items()
            }
            for use, per in profile.uses.items()
        },
        "complaint_bodies": [
            {
                "id": b.id,
                "name": b.name.get(language),
                "url": b.url,
                "conditions": [c.get(language) for c in b.conditions],
                "sources": _sources(b.sources),
            }
            for b in profile.complaint_bodies
        ],
        "retention": st(profile.retention),
    }


def _silent_track_text(heard: Any, language: str) -> str:
    """The other party's silent track: -120 dBFS is the floor of the scale (not one sample
    moved), said as digital silence rather than as a level measured."""
    if heard.their_loudest_dbfs <= -120.0:
        return label("audio.their_track_digital_silence", language).format(
            channel=heard.their_channel
        )
    return label("audio.their_track_silent", language).format(
        channel=heard.their_channel, dbfs=f"{heard.their_loudest_dbfs:.0f}"
    )


def assess_recording(
    sidecar: Sidecar | Mapping[str, Any], language: str, *, audio: Path | None = None
) -> dict[str, Any]:
    """The assessment of a recorded call, from the profiles and events its sidecar names.

    A mapping is a library entry's ``recording`` (the JSON as stored): it is read as a
    ``Sidecar`` here, so a damaged one is a ``BadInputError`` like a damaged file.
    ``audio`` is the recording's ``original.wav``: the other party's track is examined
    around each consent answer (``data["audio"]``), and an answer with no speech near it
    is an uncertainty. Without it the answers are listed as not examined."""
    from recorder.profiles import load

    if not isinstance(sidecar, Sidecar):
        sidecar = Sidecar.from_json(sidecar)
    meta = sidecar.call
    if not meta.profile:
        raise BadInputError(
            f"Recording {sidecar.id} was made without a jurisdiction profile "
            "(temoin record --profile), so Témoin cannot say what the law allows for it."
        )
    home = load(meta.profile)
    other = load(meta.counterpart_profile) if meta.counterpart_profile else None
    result = assess(
        home,
        other,
        meta.purpose or "other",
        [e.to_json() for e in sidecar.events],
        language,
    )
    data: dict[str, Any] = result.to_json()
    used = {p.id: p for p in (home, other) if p}
    changed = [
        {
            "id": c.id,
            "recorded_version": c.recorded_version,
            "recorded_hash": c.recorded_hash,
            "current_version": c.current.version,
            "current_hash": c.current.content_hash,
        }
        for c in changes_since(meta.profiles, used)
        if c.proven and c.current is not None
    ]
    heard = examine(sidecar, audio)
    data["audio"] = audio_json(heard, language)
    # A mark with no voice near it: the recording itself may not hold the answer. Said
    # before the profiles' general doubts, since it is about this very recording.
    doubts = [
        {"text": _answer_text("audio.no_speech", a, heard, language), "sources": []}
        for a in heard.silent_answers
    ]
    if heard.their_track_silent:
        doubts.insert(0, {"text": _silent_track_text(heard, language), "sources": []})
    if changed:
        # Judged by today's profile, not the one recorded: say so, first among the doubts.
        data["profiles_changed"] = changed
        doubts = [
            {
                "text": label("notice.profile_changed", language).format(
                    id=c["id"], recorded=c["recorded_version"], current=c["current_version"]
                ),
                "sources": [],
            }
            for c in changed
        ] + doubts
    if doubts:
        data["uncertainties"] = doubts + list(data.get("uncertainties") or [])
    return data


def assess_entry(entry: Mapping[str, Any], language: str | None = None) -> dict[str, Any]:
    """The assessment of a library entry (``Library.get``), its audio examined.

    ``language`` defaults to the call's, then the environment's (as an export does)."""
    from recorder.profiles import language_from_env

    sidecar = Sidecar.from_json(entry["recording"], f"recording {entry.get('id')}")
    language = language or sidecar.call.language or language_from_env()
    wav = Path(str(entry["dir"])) / (sidecar.audio.file or "original.wav")
    return assess_recording(sidecar, language, audio=wav)


# --------------------------------------------------------------------------- audio


# How each language writes "1.5 %" (decimal comma and a space before % but in English).
_PERCENT = {"en": "{}%", "fr": "{}\u202f%", "de": "{}\u00a0%", "it": "{}%"}


def _percent(share: float, language: str) -> str:
    number = f"{share * 100:.1f}"
    if language != "en":
        number = number.replace(".", ",")
    return _PERCENT.get(language, _PERCENT["en"]).format(number)


def _on_track(heard: CallAudio, channel: int, language: str) -> str:
    if heard.layout == "two_tracks" and channel == heard.their_channel:
        return label("audio.on_track.other", language).format(channel=channel)
    if heard.layout == "one_microphone":
        return label("audio.on_track.one", language)
    return label("audio.on_track.channel", language).format(channel=channel)


def _answer_text(key: str, answer: AnswerAudio, heard: CallAudio, language: str) -> str:
    """``key``'s sentence about one answer, its placeholders filled."""
    ev = answer.evidence
    speech = ev.speech_s if ev is not None else None
    return label(key, language).format(
        event=label(f"event.{answer.kind}", language),
        time=format_elapsed(answer.seconds),
        on_track=_on_track(heard, answer.channel, language),
        speech=format_elapsed(speech) if speech is not None else "",
        start=format_elapsed(ev.start_s) if ev is not None else "",
        end=format_elapsed(ev.end_s) if ev is not None else "",
        share=_percent(ev.clipping, language) if ev is not None else "",
    )


def audio_json(heard: CallAudio, language: str) -> dict[str, Any]:
    """The assessment's ``audio``: how the voices were recorded and what the audio shows
    around each marked answer, as data and as sentences (``summary``, each answer's
    ``text``). Observations about sound, worded as such: nothing here is law."""
    out = heard.to_json()
    lookback = LOOKBACK_S if heard.layout == "two_tracks" else MONO_LOOKBACK_S
    method = "audio.method" if heard.layout == "two_tracks" else "audio.method_one_track"
    out["summary"] = [
        label(f"audio.layout.{heard.layout}", language).format(
            you=heard.you_channel or "", them=heard.their_channel, channels=heard.channels
        ),
        *([_silent_track_text(heard, language)] if heard.their_track_silent else []),
        label("audio.marked_by_user", language),
        label(method, language).format(lookback=f"{lookback:g}", after=f"{AFTER_S:g}"),
    ]
    for row, answer in zip(out["answers"], heard.answers, strict=True):
        row["label"] = label(f"event.{answer.kind}", language)
        row["text"] = _answer_text(f"audio.answer.{answer.shows}", answer, heard, language)
    return out


def verdict_text(sidecar: Sidecar | Mapping[str, Any], language: str) -> str | None:
    """The verdict on a recording's consent ("Valid consent", "No valid consent"…) that
    the library shows, in the app and in ``temoin list`` alike; None when no profile
    (or no readable one) lets Témoin judge it. A damaged sidecar says so: it is not the
    same as a recording made without a profile."""
    if not isinstance(sidecar, Sidecar):
        try:
            sidecar = Sidecar.from_json(sidecar)
        except BadInputError:
            return label("verdict.unreadable", language)
    try:
        return str(assess_recording(sidecar, language)["verdict_text"])
    except TemoinError:
        return None
