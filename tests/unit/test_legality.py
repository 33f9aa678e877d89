"""The assessment's JSON shape (CONTRACTS.md section 3) and its input checks."""

from __future__ import annotations

import tomllib

import pytest

from recorder import profiles
from recorder.consent import parse_events
from recorder.errors import UsageError
from recorder.legality import assess, describe_profile, label

TOP_KEYS = [
    "assessment_version", "language", "disclaimer", "verdict", "verdict_text", "rule", "profiles",
    "purpose", "purpose_text", "reasons", "uses", "complaint_bodies", "retention",
    "uncertainties", "timeline",
]  # fmt: skip


def _run(language: str = "en", home: str = "ch", purpose: str = "support") -> dict[str, object]:
    events = parse_events(["announced@0.5", "granted@6", "marker@9=ticket"], start=1.79e9)
    return assess(profiles.load(home), None, purpose, events, language).to_json()


def test_to_json_has_exactly_the_contract_shape() -> None:
    data = _run()
    assert list(data) == TOP_KEYS
    assert set(data["rule"]) == {"id", "text", "profile"}  # type: ignore[arg-type]
    assert set(data["profiles"][0]) == {  # type: ignore[index]
        "id", "name", "version", "review_date", "content_hash", "role",
    }  # fmt: skip
    assert all(set(r) == {"text", "sources"} for r in data["reasons"])  # type: ignore[attr-defined]
    assert all(
        set(u) == {"use", "label", "status", "reason", "sources"}
        for u in data["uses"]  # type: ignore[attr-defined]
    )
    assert all(
        set(b) == {"name", "url", "conditions", "sources"}
        for b in data["complaint_bodies"]  # type: ignore[attr-defined]
    )
    assert set(data["retention"]) == {"text", "sources"}  # type: ignore[arg-type]
    assert all(
        set(e) == {"kind", "frame", "seconds", "utc", "local", "text", "label"}
        for e in data["timeline"]  # type: ignore[attr-defined]
    )


def test_italian_falls_back_to_english_texts_where_a_profile_has_no_italian() -> None:
    data = _run("it", home="fr")
    assert data["language"] == "it"
    assert data["verdict_text"] == "Registrazione con consenso"
    assert "Consent to record is not consent to publish" in str(data["reasons"])


def test_unknown_purpose_and_language_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unknown purpose 'chat'"):
        _run(purpose="chat")
    with pytest.raises(UsageError, match="unknown language 'es'"):
        _run(language="es")


def test_exit_code_is_zero_only_when_consented() -> None:
    ch = profiles.load("ch")
    assert (
        assess(ch, None, "support", parse_events(["announced@1", "granted@2"]), "en").exit_code == 0
    )
    assert assess(ch, None, "order", [], "en").exit_code == 1
    assert assess(ch, None, "support", [], "en").exit_code == 1


def test_emergency_line_is_covered_by_let_a() -> None:
    data = assess(profiles.load("ch"), None, "emergency", [], "fr").to_json()
    assert data["verdict"] == "exception_may_apply"
    assert "179quinquies al. 1 let. a" in str(data["reasons"])


def _cited_sources(node: object) -> set[str]:
    """Every source id a profile's statements refer to, read from the raw TOML."""
    if isinstance(node, dict):
        found = set(node.get("sources", [])) if isinstance(node.get("sources"), list) else set()
        return found.union(*(_cited_sources(v) for k, v in node.items() if k != "sources"))
    if isinstance(node, list):
        return set().union(*(_cited_sources(v) for v in node))
    return set()


@pytest.mark.parametrize("pid", profiles.available())
@pytest.mark.parametrize("language", profiles.UI_LANGUAGES)
def test_profile_summary_lists_every_cited_source_with_its_confidence(
    pid: str, language: str
) -> None:
    """`temoin profiles show`: exceptions' and uncertainties' sources are listed too."""
    profile = profiles.load(pid)
    raw = tomllib.loads(profile.path.read_text(encoding="utf-8"))
    text = describe_profile(profile, language)
    listed = text.split("\n\n")[-2]  # the sources block, before the disclaimer
    for sid in sorted(_cited_sources(raw)):
        src = raw["sources"][sid]
        conf = src["confidence"]
        mark = "" if conf == "high" else f" ({label('heading.confidence_' + conf, language)})"
        assert f"  - {src['cite']}{mark}" in listed, f"{pid}/{language}: {sid} missing"
