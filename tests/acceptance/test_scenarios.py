"""The acceptance scenarios of seeds/SCENARIOS.md (S01–S20), through the library and the CLI.

Each scenario asserts the verdict, where the rule comes from, the status of
every use, the complaint bodies and the citations the reasons must carry.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from recorder import profiles
from recorder.consent import parse_events
from recorder.legality import assess

TEMOIN = Path(sys.executable).parent / "temoin"

UC = dict(
    keep="allowed", ombudsman="allowed", lawyer="allowed", court="allowed", publish="conditional"
)
UF = UC
UN = dict(
    keep="not_allowed",
    ombudsman="not_allowed",
    lawyer="not_allowed",
    court="not_allowed",
    publish="not_allowed",
)
UE = dict(
    keep="conditional",
    ombudsman="conditional",
    lawyer="conditional",
    court="conditional",
    publish="not_allowed",
)
US = UE
UD = UN

CH_BODIES = ("ombudscom", "FDPIC")
FR_BODIES = ("Médiateur des communications électroniques", "CNIL")


@dataclass(frozen=True)
class Scenario:
    id: str
    profile: str
    counterpart: str | None
    purpose: str
    events: tuple[str, ...]
    verdict: str
    rule: str
    rule_profile: str
    uses: dict[str, str]
    must_cite: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    uncertainty_cites: tuple[str, ...] = ()
    reason_contains: tuple[str, ...] = ()
    first_reason_contains: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


SCENARIOS = [
    Scenario("S01", "ch", None, "support", ("announced@0.5", "granted@6.2"),
             "consented", "all_parties", "ch", UC, ("179ter al. 1", "PFPDT"), CH_BODIES),
    Scenario("S02", "fr", None, "support",
             ("announced@0.5", "granted@6.2", "marker@48=appointment confirmed Tue 8-11",
              "marker@95=reference 4578"),
             "consented", "presumed_on_notice", "fr", UF, ("226-1",), FR_BODIES),
    Scenario("S03", "fr", None, "support", ("announced@0.5",),
             "consented", "presumed_on_notice", "fr", UF, ("226-1",),
             reason_contains=("presumed",)),
    Scenario("S04", "ch", None, "support", ("announced@0.5",),
             "no_valid_consent", "all_parties", "ch", UN, ("179ter al. 1", "PFPDT"),
             uncertainty_cites=("consentement tacite",)),
    Scenario("S05", "ch", None, "support", (),
             "no_valid_consent", "all_parties", "ch", UN,
             ("179ter al. 1", "179ter al. 2", "179quinquies al. 1 let. a", "97.462"),
             reason_contains=("not commercial helplines",)),
    Scenario("S06", "ch", None, "support", ("announced@95", "granted@99"),
             "no_valid_consent", "all_parties", "ch", UN, ("PFPDT", "179ter al. 1"),
             uncertainty_cites=("15 premières secondes",), first_reason_contains="01:35"),
    Scenario("S07", "ch", None, "complaint", (),
             "no_valid_consent", "all_parties", "ch", UN, ("179quinquies al. 1 let. b",),
             uncertainty_cites=("réclamation",)),
    Scenario("S08", "ch", None, "order", (),
             "exception_may_apply", "all_parties", "ch", UE,
             ("179quinquies al. 1 let. b", "179quinquies al. 2"),
             uncertainty_cites=("179quinquies al. 2", "transactions de masse")),
    Scenario("S09", "ch", None, "support", ("announced@0.5", "refused@5.0"),
             "no_valid_consent", "all_parties", "ch", UD, ("179ter al. 1",)),
    Scenario("S10", "fr", None, "support", ("announced@0.5", "refused@4.0"),
             "no_valid_consent", "presumed_on_notice", "fr", UD, ("226-1",)),
    Scenario("S11", "ch", None, "support",
             ("announced@0.5", "granted@6.2", "transferred@140", "announced@141.5", "granted@147"),
             "consented", "all_parties", "ch", UC, ("179ter al. 1",)),
    Scenario("S12", "ch", None, "support", ("announced@0.5", "granted@6.2", "transferred@140"),
             "no_valid_consent", "all_parties", "ch", UN, ("179ter al. 1",),
             first_reason_contains="02:20"),
    Scenario("S13", "ch", None, "order",
             ("announced@0.5", "granted@6.2", "paused@95", "resumed@130"),
             "consented", "all_parties", "ch", UC, ("179ter al. 1",)),
    Scenario("S14", "fr", None, "support", ("announced@0.5", "granted@6.2", "withdrawn@200"),
             "consented", "presumed_on_notice", "fr", UF, ("226-1",),
             uncertainty_cites=("226-2",), reason_contains=("03:20",)),
    Scenario("S15", "ch", "fr", "support", ("announced@0.5",),
             "no_valid_consent", "all_parties", "ch", UN, ("179ter al. 1",),
             CH_BODIES + FR_BODIES, uncertainty_cites=("pays du fournisseur", "Kearney")),
    Scenario("S16", "fr", "ch", "support", ("announced@0.5",),
             "no_valid_consent", "all_parties", "ch", UN, ("179ter al. 1",)),
    Scenario("S17", "fr", "ch", "support", ("announced@0.5", "granted@6.2"),
             "consented", "all_parties", "ch", UC, ("179ter al. 1", "226-1"),
             FR_BODIES + CH_BODIES),
    Scenario("S18", "fr", None, "support", (),
             "no_valid_consent", "presumed_on_notice", "fr", US,
             ("226-1", "05-84.384", "20-20.648"), uncertainty_cites=("05-84.384",)),
    Scenario("S19", "ch", None, "complaint",
             ("announced@0.8", "granted@7.5", "marker@312=agent refuses to replace the router"),
             "consented", "all_parties", "ch", UC, ("179ter al. 1", "CC art. 28"), CH_BODIES),
    Scenario("S20", "fr", None, "support", ("announced@0.5", "transferred@180"),
             "no_valid_consent", "presumed_on_notice", "fr", US, ("226-1",),
             first_reason_contains="03:00"),
    Scenario("S21", "fr", None, "support",
             ("announced@0.5", "transferred@100", "announced@101", "refused@105"),
             "consented", "presumed_on_notice", "fr", UF, ("226-1",),
             reason_contains=("01:40",)),
    Scenario("S22", "ch", None, "support", ("announced@0.5", "granted@6.2", "refused@200"),
             "consented", "all_parties", "ch", UC, ("179ter al. 1",),
             uncertainty_cites=("179ter vise",), reason_contains=("03:20",)),
    Scenario("S23", "ch", "fr", "order", (),
             "no_valid_consent", "all_parties", "ch", UN, ("179ter al. 1",),
             CH_BODIES + FR_BODIES, uncertainty_cites=("179quinquies al. 1 let. b", "Kearney")),
    Scenario("S24", "ch", "fr", "order", ("announced@0.5",),
             "no_valid_consent", "all_parties", "ch", UN, ("179ter al. 1",),
             CH_BODIES + FR_BODIES, uncertainty_cites=("179quinquies al. 1 let. b", "Kearney")),
]  # fmt: skip


def _assess(s: Scenario, language: str = "en") -> dict[str, Any]:
    home = profiles.load(s.profile)
    counterpart = profiles.load(s.counterpart) if s.counterpart else None
    events = parse_events(s.events, start=1_790_000_000.0)
    return assess(home, counterpart, s.purpose, events, language).to_json()


def _cites(items: list[dict[str, Any]]) -> str:
    return " | ".join(src["cite"] for item in items for src in item["sources"])


@pytest.mark.parametrize("s", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario_verdict_uses_and_citations(s: Scenario) -> None:
    data = _assess(s)
    assert data["verdict"] == s.verdict
    assert data["rule"]["id"] == s.rule
    assert data["rule"]["profile"] == s.rule_profile
    assert {u["use"]: u["status"] for u in data["uses"]} == s.uses
    assert [u["use"] for u in data["uses"]] == ["keep", "ombudsman", "lawyer", "court", "publish"]
    reason_cites = _cites(data["reasons"])
    for cite in s.must_cite:
        assert cite in reason_cites, f"{s.id}: {cite!r} not cited in reasons: {reason_cites}"
    names = " | ".join(b["name"] for b in data["complaint_bodies"])
    for body in s.bodies:
        assert body in names
    if s.bodies:
        assert len(data["complaint_bodies"]) == len(s.bodies)
    uncertainty_cites = _cites(data["uncertainties"])
    for cite in s.uncertainty_cites:
        assert cite in uncertainty_cites, f"{s.id}: {cite!r} not in {uncertainty_cites}"
    reason_text = " ".join(r["text"] for r in data["reasons"])
    for fragment in s.reason_contains:
        assert fragment in reason_text
    if s.first_reason_contains:
        assert s.first_reason_contains in data["reasons"][0]["text"]
    # publication is never simply allowed (consent to record is not consent to publish)
    assert data["uses"][-1]["status"] != "allowed"


@pytest.mark.parametrize("s", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario_common_expectations(s: Scenario) -> None:
    data = _assess(s, "fr")
    assert data["assessment_version"] == 1
    assert data["language"] == "fr"
    assert "pas un conseil juridique" in data["disclaimer"]
    roles = [(p["id"], p["role"]) for p in data["profiles"]]
    expected = [(s.profile, "home")] + ([(s.counterpart, "counterpart")] if s.counterpart else [])
    assert roles == expected
    for p in data["profiles"]:
        assert p["content_hash"].startswith("sha256:")
        assert len(p["content_hash"]) == 71
        assert p["version"]
        assert p["review_date"]
    every_source = [
        src
        for group in ("reasons", "uses", "complaint_bodies", "uncertainties")
        for item in data[group]
        for src in item["sources"]
    ] + data["retention"]["sources"]
    assert every_source
    assert {src["confidence"] for src in every_source} <= {"high", "medium", "inference"}
    assert all(item["sources"] for item in data["reasons"] + data["uses"])
    assert data["retention"]["text"]
    assert len(data["timeline"]) == len(s.events)
    assert all(e["label"] for e in data["timeline"])


NO_CONSENT = [s for s in SCENARIOS if s.verdict == "no_valid_consent"]


@pytest.mark.parametrize("s", NO_CONSENT, ids=[s.id for s in NO_CONSENT])
def test_without_valid_consent_no_statement_assumes_consent_or_an_exception(s: Scenario) -> None:
    """S23: a milder profile's reading (exception, consent) must not contradict the verdict."""
    involved = [profiles.load(s.profile)] + (
        [profiles.load(s.counterpart)] if s.counterpart else []
    )
    for language in ("en", "fr"):
        data = _assess(s, language)
        reasons = " ".join(r["text"] for r in data["reasons"])
        uncertainties = [u["text"] for u in data["uncertainties"]]
        for p in involved:
            assert p.reasons["not_consent_to_publish"].text.get(language) not in reasons
            for exc in p.exceptions.values():
                assert exc.applies.text.get(language) not in reasons
            for u in p.uncertainties:
                if u.verdicts and "no_valid_consent" not in u.verdicts:
                    assert u.statement.text.get(language) not in uncertainties


def test_refusal_leaves_nothing_to_retain() -> None:
    for sid in ("S09", "S10"):
        s = next(x for x in SCENARIOS if x.id == sid)
        data = _assess(s)
        assert "nothing to use" in data["retention"]["text"]
        assert all("only the consent log" in u["reason"] for u in data["uses"])


def test_markers_carry_their_text_and_time_in_the_timeline() -> None:
    data = _assess(SCENARIOS[1])
    markers = [e for e in data["timeline"] if e["kind"] == "marker"]
    assert [(e["seconds"], e["text"]) for e in markers] == [
        (48.0, "appointment confirmed Tue 8-11"),
        (95.0, "reference 4578"),
    ]
    assert all(e["label"] == "Marker" for e in markers)


def test_same_events_opposite_verdicts_in_ch_and_fr() -> None:
    """S03 and S04: an announcement without an answer is presumed consent only in France."""
    s03, s04 = SCENARIOS[2], SCENARIOS[3]
    assert s03.events == s04.events
    assert _assess(s03)["verdict"] == "consented"
    assert _assess(s04)["verdict"] == "no_valid_consent"


@pytest.mark.parametrize("purpose", ["support", "order"])
def test_cross_border_is_symmetric_for_verdict_and_uses(purpose: str) -> None:
    for events in ((), ("announced@0.5",), ("announced@0.5", "granted@6.2")):
        a = _assess(Scenario("x", "ch", "fr", purpose, events, "", "", "", {}))
        b = _assess(Scenario("x", "fr", "ch", purpose, events, "", "", "", {}))
        assert a["verdict"] == b["verdict"]
        assert a["rule"] == b["rule"]
        assert [u["status"] for u in a["uses"]] == [u["status"] for u in b["uses"]]


def test_later_refusal_truncates_and_keeps_the_consented_part() -> None:
    """Not in SCENARIOS.md: a transferred agent refuses; the audio before the transfer stays."""
    s = Scenario(
        "x",
        "ch",
        None,
        "support",
        ("announced@0.5", "granted@6.2", "transferred@140", "announced@141.5", "refused@147"),
        "",
        "",
        "",
        {},
    )
    data = _assess(s)
    assert data["verdict"] == "consented"
    assert any("02:20" in r["text"] for r in data["reasons"])


@pytest.mark.parametrize("pid", ["ch", "fr"])
def test_refusal_after_granting_is_a_withdrawal_and_the_log_stays_as_recorded(pid: str) -> None:
    """S22 (R3, R7) under both rules; the same as S14's explicit `withdrawn`."""

    def run(last: str) -> dict[str, Any]:
        events = ("announced@0.5", "granted@6.2", f"{last}@200")
        return _assess(Scenario("x", pid, None, "support", events, "", "", "", {}))

    refused, withdrawn = run("refused"), run("withdrawn")
    for key in ("verdict", "reasons", "uses", "retention", "uncertainties"):
        assert refused[key] == withdrawn[key], key
    assert [e["kind"] for e in refused["timeline"]] == ["announced", "granted", "refused"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TEMOIN), *args], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize("sid", ["S01", "S05", "S08", "S15", "S18", "S21", "S22", "S23"])
def test_scenario_through_the_cli(sid: str) -> None:
    s = next(x for x in SCENARIOS if x.id == sid)
    args = ["assess", "--profile", s.profile, "--purpose", s.purpose, "--json"]
    if s.counterpart:
        args += ["--counterpart-profile", s.counterpart]
    for e in s.events:
        args += ["--event", e]
    proc = _cli(*args, "--language", "de")
    assert proc.returncode == (0 if s.verdict == "consented" else 1), proc.stderr
    data = json.loads(proc.stdout)
    assert data["verdict"] == s.verdict
    assert data["language"] == "de"
    assert {u["use"]: u["status"] for u in data["uses"]} == s.uses


def test_cli_human_text_names_verdict_and_citations() -> None:
    proc = _cli("assess", "--profile", "ch", "--purpose", "support", "--language", "fr")
    assert proc.returncode == 1
    assert "Pas de consentement valable" in proc.stdout
    assert "179ter al. 2" in proc.stdout
    assert "pas un conseil juridique" in proc.stdout


def test_cli_rejects_an_impossible_event_sequence_with_usage_exit() -> None:
    proc = _cli("assess", "--profile", "ch", "--purpose", "support", "--event", "granted@3")
    assert proc.returncode == 2
    assert "cannot grant consent before announcing" in proc.stderr
    assert "Traceback" not in proc.stderr
