"""The gap arithmetic of live capture, with a fake clock (the live runs are in tests/faults)."""

from __future__ import annotations

import random

from recorder.capture import GAP_CONFIRM_S, GapClock, Hole

RATE = 48000
BLOCK = 2400  # 50 ms, as LiveSource asks


def test_adc_clock_reports_a_hole_at_the_first_block_after_it() -> None:
    clock = GapClock(RATE)
    adc, holes = 100.0, []
    for i in range(100):
        if i == 40:
            adc += 1.963  # the process was stopped: the device's clock went on
        hole = clock.feed(BLOCK, adc, adc + 0.02)
        if hole is not None:
            holes.append((i, hole))
        adc += BLOCK / RATE
    assert holes == [(40, Hole(round(1.963 * RATE), 0, "device"))]


def test_adc_clock_ignores_sub_threshold_jitter() -> None:
    clock = GapClock(RATE)
    rng = random.Random(1)
    adc = 5.0
    for _ in range(2000):
        assert clock.feed(BLOCK, adc + rng.uniform(0, 0.004), adc) is None
        adc += BLOCK / RATE


def test_a_jittery_adc_clock_logs_no_false_gap_from_the_first_block_on() -> None:
    """+-30 ms timestamps (a busy PipeWire graph), 20 ms blocks: 50 calls, not one hole."""
    for seed in range(50):
        clock = GapClock(RATE)
        rng = random.Random(seed)
        adc = 7.0
        for _ in range(300):
            assert clock.feed(960, adc + rng.uniform(-0.03, 0.03), adc) is None, seed
            adc += 960 / RATE


def test_monotonic_fallback_when_the_driver_gives_no_adc_time() -> None:
    clock = GapClock(RATE)
    rng = random.Random(2)
    t, holes, frames = 10.0, [], 0
    for i in range(400):
        if i == 100:
            t += 2.0  # a hole of 2 s
        # Callbacks arrive in pairs with +-40 ms of jitter (what pipewire-alsa shows).
        hole = clock.feed(BLOCK, 0.0, t + rng.uniform(0.0, 0.08))
        if hole is not None:
            holes.append((i, frames, hole))
        frames += BLOCK
        t += BLOCK / RATE
    assert len(holes) == 1
    at, frames_then, hole = holes[0]
    # Confirmed a little later, but placed where it happened (``since`` frames back).
    assert at * BLOCK / RATE >= 100 * BLOCK / RATE + GAP_CONFIRM_S
    assert frames_then - hole.since == 100 * BLOCK
    assert abs(hole.frames / RATE - 2.0) <= 0.09


def test_monotonic_fallback_a_late_callback_that_catches_up_is_no_hole() -> None:
    clock = GapClock(RATE)
    t, release = 0.0, 0.0
    for i in range(400):
        if i % 97 == 50:
            release = t + 0.45  # held back 0.45 s, then delivered in a burst
        assert clock.feed(BLOCK, 0.0, max(t, release)) is None
        t += BLOCK / RATE


def test_monotonic_fallback_absorbs_clock_drift_over_hours() -> None:
    clock = GapClock(RATE)
    t = 0.0
    for _ in range(int(3 * 3600 / 0.05)):  # three hours, the device 100 ppm slow
        assert clock.feed(BLOCK, 0.0, t) is None
        t += BLOCK / RATE * 1.0001


def test_an_adc_clock_that_stops_advancing_falls_back_to_arrival_times() -> None:
    clock = GapClock(RATE)
    t, holes = 1.0, []
    for i in range(200):
        if i == 60:
            t += 1.0
        hole = clock.feed(BLOCK, 3.0, t)  # a constant "ADC time": not a clock
        if hole is not None:
            holes.append(hole)
        t += BLOCK / RATE
    assert len(holes) == 1
    assert abs(holes[0].frames / RATE - 1.0) < 0.01


def test_a_jittery_adc_clock_learns_its_jitter_and_still_finds_a_real_hole() -> None:
    clock = GapClock(RATE)
    rng = random.Random(3)
    adc, holes = 50.0, []
    for i in range(600):
        if i == 300:
            adc += 1.5
        hole = clock.feed(BLOCK, adc + rng.uniform(-0.03, 0.03), adc)
        if hole is not None:
            holes.append((i, hole))
        adc += BLOCK / RATE
    # No false hole from the jitter, even before an early block was seen; the real one
    # is found at its block, about its length.
    assert [i for i, _ in holes] == [300]
    assert abs(holes[-1][1].frames / RATE - 1.5) <= 0.06


def test_a_gap_shows_in_the_assessment_timeline_and_not_in_the_consent_replay() -> None:
    from recorder import profiles
    from recorder.consent import parse_events
    from recorder.legality import assess

    events = parse_events(["announced@0", "granted@6"], start=1.79e9)
    text = "94208 frames (1.963 s) missing at frame 144000 (3.000 s) of original.wav"
    gap = {"kind": "gap", "frame": 144000, "seconds": 3.0, "utc": events[0]["utc"],
           "local": events[0]["local"], "pcm_sha256_at": None, "text": text}  # fmt: skip
    data = assess(profiles.load("ch"), None, "support", [*events, gap], "en").to_json()
    rows = [(r["kind"], r["frame"], r["label"]) for r in data["timeline"]]  # type: ignore[index]
    assert rows == [
        ("announced", 0, rows[0][2]),
        ("gap", 144000, "Audio missing (gap)"),
        ("granted", 288000, rows[2][2]),
    ]
    assert data["verdict"] == assess(profiles.load("ch"), None, "support", events, "en").verdict
