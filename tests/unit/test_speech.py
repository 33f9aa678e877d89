"""The voice activity detector on synthetic signals written as real WAV files, and the
streaming tracker the app feeds with its meter readings."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from recorder.errors import BadInputError
from recorder.speech import CLIPPED_SHARE, ActivityTracker, Span, around, speech_spans

RATE = 48000
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _rms_scaled(x: np.ndarray, dbfs: float) -> np.ndarray:
    rms = float(np.sqrt(np.mean(np.square(x))))
    return x * (10 ** (dbfs / 20) / rms)


def voice(seconds: float, dbfs: float = -20.0, f0: float = 140.0) -> np.ndarray:
    """Speech-like: a harmonic buzz shaped into syllables (4 a second, with short gaps)."""
    t = np.arange(round(seconds * RATE)) / RATE
    buzz = sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 8))
    syllables = np.sqrt(np.clip(np.sin(2 * np.pi * 4 * t), 0.0, None))
    return _rms_scaled(buzz * syllables, dbfs)


def noise(seconds: float, dbfs: float, seed: int = 1) -> np.ndarray:
    return _rms_scaled(np.random.default_rng(seed).standard_normal(round(seconds * RATE)), dbfs)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE))


def place(track: np.ndarray, at_s: float, sound: np.ndarray) -> np.ndarray:
    start = round(at_s * RATE)
    track[start : start + len(sound)] += sound
    return track


def write(path: Path, *channels: np.ndarray, subtype: str = "PCM_16") -> Path:
    data = np.column_stack(channels) if len(channels) > 1 else channels[0]
    if subtype == "FLOAT":
        sf.write(path, np.clip(data, -1.0, 1.0).astype(np.float32), RATE, subtype="FLOAT")
    else:
        sf.write(path, np.clip(data, -1.0, 32767 / 32768), RATE, subtype=subtype)
    return path


def _spans(path: Path, channel: int = 0, **kw: float) -> list[tuple[float, float]]:
    return [(round(s.start_s, 2), round(s.end_s, 2)) for s in speech_spans(path, channel, **kw)]


# --------------------------------------------------------------------------- offline


def test_speech_like_bursts_are_found_where_they_are(tmp_path: Path) -> None:
    track = place(place(silence(8), 1.0, voice(1.5)), 4.5, voice(0.8, dbfs=-30))
    spans = speech_spans(write(tmp_path / "two.wav", track), 0)
    assert len(spans) == 2
    (a, b) = spans
    assert a.start_s == pytest.approx(1.0, abs=0.05)
    assert a.end_s == pytest.approx(2.5, abs=0.15)
    assert b.start_s == pytest.approx(4.5, abs=0.05)
    assert b.end_s == pytest.approx(5.3, abs=0.15)
    assert a.clipping == b.clipping == 0.0


def test_digital_silence_has_no_speech(tmp_path: Path) -> None:
    assert speech_spans(write(tmp_path / "zero.wav", silence(5)), 0) == []


def test_clicks_and_typing_are_not_speech(tmp_path: Path) -> None:
    track = silence(6)
    for at in np.arange(0.5, 5.5, 0.45):  # a key pressed every 0.45 s: 5 ms at full scale
        place(track, float(at), np.full(round(0.005 * RATE), 0.99))
    assert speech_spans(write(tmp_path / "typing.wav", track), 0) == []


def test_a_steady_background_is_not_speech_but_a_voice_over_it_is(tmp_path: Path) -> None:
    """Line hiss at -35 dBFS (above the absolute floor) all along; a voice 20 dB above it."""
    hiss = noise(8, -35)
    assert speech_spans(write(tmp_path / "hiss.wav", hiss), 0) == []
    spans = speech_spans(write(tmp_path / "voice.wav", place(hiss.copy(), 4.0, voice(1.0))), 0)
    assert len(spans) == 1
    assert spans[0].start_s == pytest.approx(4.0, abs=0.1)
    assert spans[0].end_s == pytest.approx(5.0, abs=0.2)


def test_a_background_that_starts_mid_call_is_not_speech(tmp_path: Path) -> None:
    """A fan switched on at 2 s: as loud as a voice until the floor adopts it, but steady."""
    track = np.concatenate([silence(2), noise(6, -30)])
    assert speech_spans(write(tmp_path / "fan.wav", track), 0) == []


def test_a_voice_below_the_absolute_floor_is_not_speech(tmp_path: Path) -> None:
    track = place(silence(4), 1.0, voice(1.5, dbfs=-58))
    assert speech_spans(write(tmp_path / "faint.wav", track), 0) == []


def test_clipped_speech_is_measured_and_reported_as_clipped(tmp_path: Path) -> None:
    loud = np.clip(voice(1.5, dbfs=-3) * 4, -1.0, 1.0)  # a gain far too high
    spans = speech_spans(write(tmp_path / "clip.wav", place(silence(4), 1.0, loud)), 0)
    assert len(spans) == 1
    assert spans[0].clipping > 0.2
    evidence = around(spans, 2.0, 2.0, 2.0)
    assert evidence.shows == "clipped"
    assert evidence.clipping >= CLIPPED_SHARE
    clean = speech_spans(write(tmp_path / "clean.wav", place(silence(4), 1.0, voice(1.5))), 0)
    assert around(clean, 2.0, 2.0, 2.0).shows == "speech"


def test_each_channel_and_stretch_is_read_on_its_own(tmp_path: Path) -> None:
    you = place(silence(6), 1.0, voice(1.0))
    them = place(silence(6), 3.5, voice(1.0, f0=210))
    path = write(tmp_path / "stereo.wav", you, them)
    assert [round(s.start_s, 1) for s in speech_spans(path, 0)] == [1.0]
    assert [round(s.start_s, 1) for s in speech_spans(path, 1)] == [3.5]
    assert speech_spans(path, 0, start_s=2.5, end_s=6.0) == []
    assert [round(s.start_s, 1) for s in speech_spans(path, 1, start_s=2.5)] == [3.5]
    with pytest.raises(BadInputError, match="no channel 3"):
        speech_spans(path, 2)


@pytest.mark.parametrize("subtype", ["PCM_24", "PCM_32", "FLOAT"])
def test_other_sample_formats_give_the_same_spans(tmp_path: Path, subtype: str) -> None:
    track = place(place(silence(6), 0.8, voice(1.2)), 3.6, voice(0.6))
    reference = _spans(write(tmp_path / "ref.wav", track))
    assert _spans(write(tmp_path / f"{subtype}.wav", track, subtype=subtype)) == reference


def test_a_long_call_is_read_in_chunks_not_loaded_whole(tmp_path: Path) -> None:
    """Two minutes of stereo (23 MB): the detector holds about a second at a time."""
    path = tmp_path / "long.wav"
    with sf.SoundFile(path, "w", RATE, 2, "PCM_16") as fh:
        for minute in range(2):
            block = noise(60, -60, seed=minute)
            if minute == 1:
                place(block, 30.0, voice(1.0))
            fh.write(np.column_stack((block, block)))
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        spans = speech_spans(path, 1)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [round(s.start_s) for s in spans] == [90]
    assert peak < 3_000_000


def test_the_recorded_answer_of_a_fixture_is_found() -> None:
    """consent_fr_granted.wav: the agent's "Oui, d'accord." starts at 6.237 s."""
    spans = speech_spans(FIXTURES / "consent_fr_granted.wav", 0, start_s=5.7, end_s=9.0)
    assert spans
    assert spans[0].start_s == pytest.approx(6.237, abs=0.05)


# --------------------------------------------------------------------------- around


SPANS = [Span(1.0, 2.0), Span(6.2, 7.1), Span(7.7, 9.0, clipping=0.3)]


def test_around_a_time_says_speech_and_where_it_starts() -> None:
    evidence = around(SPANS, 6.0, 5.0, 1.0)
    assert evidence.shows == "speech"
    assert evidence.speech_s == 6.2  # the first speech after 6.0
    assert evidence.spans == (SPANS[0], SPANS[1])
    assert (evidence.start_s, evidence.end_s) == (1.0, 7.0)


def test_around_counts_a_burst_under_way_and_falls_back_to_the_last_before() -> None:
    assert around(SPANS, 6.5, 0.0, 0.2).speech_s == 6.2  # under way at 6.5
    assert around(SPANS, 7.3, 1.0, 0.2).speech_s == 6.2  # all of it before 7.3


def test_around_silence_and_clipping() -> None:
    quiet = around(SPANS, 4.0, 1.5, 1.5)
    assert quiet.shows == "silence"
    assert quiet.speech_s is None
    assert quiet.spans == ()
    loud = around(SPANS, 8.0, 0.1, 0.5)
    assert loud.shows == "clipped"
    assert loud.clipping == pytest.approx(0.3)
    assert around(SPANS, -5.0, 10.0, 1.0).start_s == 0.0  # never before the start


# --------------------------------------------------------------------------- streaming


def _feed(tracker: ActivityTracker, levels: list[float], t0: float) -> list[bool]:
    return [tracker.feed(level, t0 + i * 0.05) for i, level in enumerate(levels)]


def _syllables(seconds: float, loud: float = -20.0, dip: float = -60.0) -> list[float]:
    """Meter readings of speech: loud, loud, a dip, and so on."""
    return [dip if i % 3 == 2 else loud for i in range(round(seconds * 20))]


def test_tracker_says_speaking_after_a_moment_of_speech_and_stops_after_the_hangover() -> None:
    tracker = ActivityTracker()
    assert not any(_feed(tracker, [-90.0] * 40, 0.0))  # 2 s of quiet
    assert tracker.last_speech_s is None
    assert tracker.speech_started_s is None
    said = _feed(tracker, _syllables(1.5), 2.0)
    assert not said[0]  # one loud reading is not yet speech
    assert all(said[3:])
    assert tracker.speech_started_s == pytest.approx(2.0)
    after = _feed(tracker, [-90.0] * 20, 3.5)
    assert after[0]  # the hangover bridges a pause
    assert not any(after[8:])
    assert tracker.last_speech_s == pytest.approx(3.4)  # the last loud reading
    assert tracker.speech_started_s == pytest.approx(2.0)  # kept for the last burst


def test_tracker_ignores_a_click_and_a_steady_background() -> None:
    tracker = ActivityTracker()
    _feed(tracker, [-90.0] * 20, 0.0)
    assert not any(_feed(tracker, [-6.0, -90.0, -90.0, -90.0, -90.0, -90.0], 1.0))
    assert not any(_feed(tracker, [-30.0] * 100, 2.0))  # a fan switched on, 5 s
    assert tracker.last_speech_s is None
    assert tracker.speaking is False


def test_tracker_hears_speech_over_a_background_and_below_the_floor_never() -> None:
    tracker = ActivityTracker()
    _feed(tracker, [-40.0] * 40, 0.0)
    assert any(_feed(tracker, _syllables(1.0, loud=-18.0, dip=-38.0), 2.0))
    quiet = ActivityTracker()
    _feed(quiet, [-100.0] * 20, 0.0)
    assert not any(_feed(quiet, _syllables(2.0, loud=-55.0, dip=-80.0), 1.0))


def test_tracker_is_deterministic_and_takes_silence_as_minus_infinity() -> None:
    readings = [-90.0] * 10 + _syllables(1.0) + [float("-inf"), float("nan")] * 10
    runs = [_feed(ActivityTracker(), readings, 10.0) for _ in range(2)]
    assert runs[0] == runs[1]
    assert any(runs[0])
    assert not any(runs[0][-10:])
    with pytest.raises(ValueError, match="rate_hz"):
        ActivityTracker(0)


def test_tracker_at_another_rate_counts_time_not_readings() -> None:
    """At 10 readings a second two loud readings are 0.2 s of speech: enough."""
    tracker = ActivityTracker(rate_hz=10.0)
    for i in range(10):
        tracker.feed(-90.0, i * 0.1)
    assert [tracker.feed(level, 1.0 + i * 0.1) for i, level in enumerate([-20.0, -30.0])] == [
        False,
        True,
    ]
