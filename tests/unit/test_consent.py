"""The consent state machine: legal transitions, refused ones, retention and windows."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recorder.consent import (
    STATES,
    ConsentError,
    ConsentSession,
    parse_event,
    parse_events,
)
from recorder.errors import UsageError
from recorder.events import CONSENT_KINDS

RATE = 8000


def _session(*steps: tuple[str, float]) -> ConsentSession:
    s = ConsentSession(RATE, clock=lambda: 1_790_000_000.0)
    for kind, seconds in steps:
        s.apply(kind, round(seconds * RATE))
    return s


def test_announce_then_grant_consents_and_keeps_everything() -> None:
    s = _session(("announced", 0.5), ("granted", 6.0))
    assert s.state == "consented"
    assert s.writing_allowed
    assert s.retention().action == "keep_all"
    assert [w.status for w in s.windows()] == ["unannounced", "announcing", "consented"]


def test_events_are_stamped_with_frame_seconds_and_both_clocks() -> None:
    s = ConsentSession(RATE, clock=lambda: 1_790_000_000.25)
    ev = s.apply("announced", 4000, pcm_sha256_at="ab" * 32)
    assert ev["frame"] == 4000
    assert ev["seconds"] == 0.5
    assert ev["utc"].endswith("Z")
    assert ev["utc"].startswith("2026-")
    assert ev["local"][-6] in "+-"
    assert ev["pcm_sha256_at"] == "ab" * 32
    assert set(ev) == {"kind", "frame", "seconds", "utc", "local", "text", "pcm_sha256_at"}


def test_first_agent_refusal_discards_all_audio() -> None:
    s = _session(("announced", 0.5), ("refused", 5.0))
    decision = s.retention()
    assert s.state == "refused"
    assert not s.writing_allowed
    assert decision.action == "discard_all"
    assert decision.keep_until_frame is None
    assert "no audio is kept" in decision.reason


def test_transferred_agent_refusal_keeps_audio_up_to_the_transfer() -> None:
    s = _session(
        ("announced", 0.5),
        ("granted", 6),
        ("transferred", 140),
        ("announced", 141),
        ("refused", 147),
    )
    decision = s.retention()
    assert decision.action == "keep_until_frame"
    assert decision.keep_until_frame == 140 * RATE
    assert "02:20" in decision.reason


def test_delete_all_policy_discards_even_after_a_transfer() -> None:
    s = ConsentSession(RATE, on_refusal="delete_all")
    for kind, sec in (("announced", 0), ("granted", 1), ("transferred", 5), ("announced", 6)):
        s.apply(kind, sec * RATE)
    s.apply("refused", 7 * RATE)
    assert s.retention().action == "discard_all"


def test_presumed_consent_is_a_boundary_for_a_transferred_agents_refusal() -> None:
    """R5: under presumed_on_notice the first agent's silence covers the audio before a transfer."""
    logged = parse_events(
        ["announced@0.5", "transferred@100", "announced@101", "refused@105"],
        sample_rate=RATE,
        start=1_790_000_000.0,
    )
    presumed = ConsentSession.replay(logged, RATE, rule="presumed_on_notice")
    assert presumed.boundary_frame == 100 * RATE
    assert presumed.retention().action == "keep_until_frame"
    assert presumed.retention().keep_until_frame == 100 * RATE
    # where an explicit yes is needed, nobody had agreed: nothing is kept
    assert ConsentSession.replay(logged, RATE, rule="all_parties").retention().action == (
        "discard_all"
    )


def test_withdrawal_keeps_audio_up_to_the_withdrawal() -> None:
    s = _session(("announced", 0.5), ("granted", 6), ("withdrawn", 200))
    assert s.state == "withdrawn"
    assert s.retention().action == "keep_until_frame"
    assert s.retention().keep_until_frame == 200 * RATE


def test_withdrawal_before_agreeing_counts_as_refusal() -> None:
    s = _session(("announced", 0.5), ("withdrawn", 3))
    assert s.state == "refused"
    assert s.retention().action == "discard_all"


def test_pause_stops_writing_and_resume_returns_to_the_previous_state() -> None:
    s = _session(("announced", 0.5), ("granted", 6), ("paused", 95))
    assert not s.writing_allowed
    s.apply("resumed", 95 * RATE)
    assert s.state == "consented"
    assert s.writing_allowed


def test_transfer_needs_a_new_announcement_before_consent() -> None:
    s = _session(("announced", 0.5), ("granted", 6), ("transferred", 140))
    assert s.state == "transferred"
    assert s.boundary_frame == 140 * RATE
    with pytest.raises(ConsentError, match="cannot grant consent before announcing"):
        s.apply("granted", 141 * RATE)
    windows = s.windows()
    assert windows[-1].person == 2
    assert windows[-1].status == "unannounced"


@pytest.mark.parametrize(
    ("steps", "kind", "message"),
    [
        ((), "granted", "cannot grant consent before announcing"),
        ((), "refused", "cannot refuse before announcing"),
        ((), "paused", "cannot pause before"),
        ((), "resumed", "not paused"),
        ((("announced", 1), ("granted", 2)), "refused", "record 'withdrawn'"),
        ((("announced", 1), ("granted", 2)), "announced", "record 'transferred' first"),
        ((("announced", 1), ("refused", 2)), "marker", "the person refused"),
        ((("announced", 1), ("granted", 2), ("withdrawn", 3)), "granted", "withdrawn"),
        ((("announced", 1), ("granted", 2), ("paused", 3)), "transferred", "resume first"),
        ((("announced", 1), ("granted", 2), ("paused", 3)), "paused", "already paused"),
    ],
)
def test_illegal_transitions_are_refused_with_a_clear_message(
    steps: tuple[tuple[str, float], ...], kind: str, message: str
) -> None:
    s = _session(*steps)
    before = s.events
    with pytest.raises(ConsentError, match=message):
        s.apply(kind, 10 * RATE)
    assert s.events == before  # nothing half-applied
    assert isinstance(ConsentError("x"), UsageError)


def test_events_out_of_time_order_are_refused() -> None:
    s = _session(("announced", 5))
    with pytest.raises(ConsentError, match="must be in time order"):
        s.apply("granted", 4 * RATE)


def test_replay_skips_session_events_and_keeps_logged_stamps() -> None:
    logged = [
        {"kind": "start", "frame": 0, "seconds": 0.0, "utc": "u", "local": "l"},
        {"kind": "announced", "frame": 800, "seconds": 0.1, "utc": "U1", "local": "L1"},
        {"kind": "overflow", "frame": 900, "seconds": 0.11},
        {"kind": "granted", "frame": 1600, "seconds": 0.2, "utc": "U2", "local": "L2"},
    ]
    s = ConsentSession.replay(logged, RATE)
    assert [e["kind"] for e in s.events] == ["announced", "granted"]
    assert s.events[0]["utc"] == "U1"
    assert s.events[1]["local"] == "L2"


@pytest.mark.parametrize("pause", [False, True])
def test_replayed_refusal_after_granting_counts_as_withdrawal(pause: bool) -> None:
    """R3: `refused` after the same person's `granted` is a withdrawal; the log stays as is."""
    specs = ["announced@0.5", "granted@6", *(["paused@90"] if pause else []), "refused@200"]
    logged = parse_events(specs, sample_rate=RATE, start=1_790_000_000.0)
    s = ConsentSession.replay(logged, RATE)
    assert s.state == "withdrawn"
    assert s.retention().action == "keep_until_frame"
    assert s.retention().keep_until_frame == 200 * RATE
    assert s.windows()[-1].status == "withdrawn"
    assert [(p.withdrawn_seconds, p.refused_seconds) for p in s.parties()] == [(200.0, None)]
    assert s.events == logged  # kinds, frames and stamps as recorded
    # live, the state machine still asks for 'withdrawn' (test above); a transferred
    # person who never agreed still refuses
    later = parse_events(
        ["announced@0.5", "granted@6", "transferred@100", "announced@101", "refused@105"],
        sample_rate=RATE,
    )
    assert ConsentSession.replay(later, RATE).state == "refused"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("granted", "expected KIND@SECONDS"),
        ("hello@3", "unknown kind"),
        ("granted@soon", "not a number"),
        ("granted@-1", "zero or more"),
    ],
)
def test_cli_event_syntax_errors_are_usage_errors(spec: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_event(spec)


def test_cli_event_syntax_parses_kind_time_and_text() -> None:
    ev = parse_event("marker@12.5=ticket 4578", sample_rate=8000, start=1_790_000_000.0)
    assert (ev["kind"], ev["frame"], ev["seconds"], ev["text"]) == (
        "marker",
        100_000,
        12.5,
        "ticket 4578",
    )
    events = parse_events(["granted@6", "announced@1"], sample_rate=8000)
    assert [e["kind"] for e in events] == ["announced", "granted"]  # sorted by time


KINDS = (
    "announced",
    "granted",
    "refused",
    "transferred",
    "paused",
    "resumed",
    "withdrawn",
    "marker",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 5 * RATE)), max_size=25))
def test_any_event_sequence_is_refused_or_leaves_a_consistent_log(
    steps: list[tuple[str, int]],
) -> None:
    s = ConsentSession(RATE)
    frame = 0
    for kind, delta in steps:
        frame += delta
        before = (s.state, len(s.events))
        try:
            s.apply(kind, frame)
        except ConsentError:
            assert (s.state, len(s.events)) == before
            continue
        _check_consistent(s)
    s.finish(frame + RATE)
    _check_consistent(s)


def _check_consistent(s: ConsentSession) -> None:
    events = s.events
    frames = [e["frame"] for e in events]
    assert frames == sorted(frames)
    assert s.state in STATES
    assert s.writing_allowed == (s.state not in ("paused", "refused", "withdrawn"))
    # retention agrees with the final state
    decision = s.retention()
    if s.state == "refused":
        assert decision.action in ("discard_all", "keep_until_frame")
        if decision.action == "keep_until_frame":
            assert decision.keep_until_frame == s.boundary_frame > 0
            transfers = [e["frame"] for e in events if e["kind"] == "transferred"]
            assert decision.keep_until_frame in transfers
    elif s.state == "withdrawn":
        assert decision.action == "keep_until_frame"
        assert decision.keep_until_frame == events[-1]["frame"]
    else:
        assert decision.action == "keep_all"
    # windows tile the recording from frame 0 without gaps or overlaps
    windows = s.windows()
    assert windows
    assert windows[0].start_frame == 0
    for a, b in itertools.pairwise(windows):
        assert a.end_frame == b.start_frame
        assert a.start_frame < (a.end_frame or 0)
    persons = [w.person for w in windows]
    assert persons == sorted(persons)
    assert s.person == 1 + sum(e["kind"] == "transferred" for e in events)
    # parties: one per person, at most one ending per person
    parties = s.parties()
    assert [p.person for p in parties] == list(range(1, s.person + 1))
    for p in parties:
        assert not (p.refused_seconds is not None and p.withdrawn_seconds is not None)
        if p.granted:
            assert p.announced


def _reachable(depth: int) -> list[list[str]]:
    """Every sequence of up to ``depth`` consent events the rules accept, from the start."""
    kinds = (*CONSENT_KINDS, "marker")
    out: list[list[str]] = [[]]
    frontier: list[list[str]] = [[]]
    for _ in range(depth):
        nxt = []
        for seq in frontier:
            for kind in kinds:
                s = ConsentSession(8000)
                try:
                    for i, k in enumerate([*seq, kind]):
                        s.apply(k, i * 8000)
                except ConsentError:
                    continue
                nxt.append([*seq, kind])
        out += nxt
        frontier = nxt
    return out


@pytest.mark.parametrize("rule", ["all_parties", "presumed_on_notice"])
def test_allowed_is_exactly_what_apply_accepts_in_every_reachable_state(rule: str) -> None:
    """The buttons a face enables come from ``allowed()``: it must never offer an event the
    session would refuse, nor hide one it would take (checked after every accepted
    sequence of up to five events, e.g. paused after a transfer, withdrawn while paused)."""
    sequences = _reachable(5)
    assert len(sequences) > 100
    for seq in sequences:
        s = ConsentSession(8000, rule=rule)
        for i, kind in enumerate(seq):
            s.apply(kind, i * 8000)
        before = (s.state, s.person, s.boundary_frame, len(s.events))
        offered = s.allowed()
        assert (s.state, s.person, s.boundary_frame, len(s.events)) == before  # asked, not done
        for kind in (*CONSENT_KINDS, "marker"):
            trial = ConsentSession(8000, rule=rule)
            for i, k in enumerate(seq):
                trial.apply(k, i * 8000)
            try:
                trial.apply(kind, len(seq) * 8000)
                took = True
            except ConsentError:
                took = False
            assert (kind in offered) == took, (seq, kind, sorted(offered))


def test_allowed_at_the_key_moments_of_a_call() -> None:
    s = ConsentSession(8000)
    assert "granted" not in s.allowed()
    assert "announced" in s.allowed()
    s.apply("announced", 0)
    assert {"granted", "refused", "paused", "marker"} <= s.allowed()
    s.apply("granted", 8000)
    assert "granted" not in s.allowed()
    assert {"transferred", "withdrawn"} <= s.allowed()
    s.apply("withdrawn", 16000)
    assert s.allowed() == frozenset()  # the recording has ended: nothing more to press


def test_agreed_tells_a_withdrawal_from_a_refusal_while_paused() -> None:
    """Paused before or after agreeing, the same events are allowed; ``agreed`` is what
    lets a face offer "they withdrew" only to someone who agreed."""
    before = ConsentSession(8000)
    before.apply("announced", 0)
    before.apply("paused", 8000)
    after = ConsentSession(8000)
    after.apply("announced", 0)
    after.apply("granted", 4000)
    after.apply("paused", 8000)
    assert before.allowed() == after.allowed()
    assert not before.agreed
    assert after.agreed
    before.apply("withdrawn", 16000)
    after.apply("withdrawn", 16000)
    assert (before.state, after.state) == ("refused", "withdrawn")
