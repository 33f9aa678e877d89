"""The two-track pairing logic, with the arrival clock in the test's hands.

Each track's blocks are offered by hand at chosen times: the start alignment, a clock
that drifts, a hole on one track or on both, and a source that falls silent are each
one scenario. The real sources are tested in tests/integration/test_two_tracks.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from recorder.capture import Hole
from recorder.sidecar import Party
from recorder.twotrack import TwoTrackSource
from tests.helpers.fake_source import FakeSource

RATE = 8000
BLOCK = 400  # 50 ms


def _corrections(notes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The notes after the start's alignment (which is said once, at the start)."""
    return [n for n in notes if "aligned at the start" not in n[1]]


class Sink:
    """What the recorder would receive: stereo blocks, holes, notes, the end."""

    def __init__(self) -> None:
        self.blocks: list[np.ndarray] = []
        self.holes: list[Hole] = []
        self.notes: list[tuple[str, str]] = []
        self.end: list[str | None] = []
        self.items: list[Any] = []

    def offer(self, block: np.ndarray) -> bool:
        self.blocks.append(block)
        self.items.append(block)
        return True

    def put(self, block: np.ndarray) -> None:
        self.offer(block)

    def status(self, overflow: bool, underflow: bool) -> None: ...

    def gap(self, hole: Hole) -> None:
        self.holes.append(hole)
        self.items.append(hole)

    def note(self, kind: str, text: str) -> None:
        self.notes.append((kind, text))
        self.items.append((kind, text))

    def ended(self, error: str | None) -> None:
        self.end.append(error)

    def input_failed(self, reason: str) -> None:
        self.end.append(reason)

    def pcm(self) -> np.ndarray:
        return np.concatenate(self.blocks) if self.blocks else np.zeros((0, 2), np.int16)


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def _duo() -> tuple[TwoTrackSource, Sink, Clock]:
    you = FakeSource([], label="Headset", rate=RATE)
    them = FakeSource([], label="Speaker", rate=RATE)
    duo = TwoTrackSource(you, them)
    clock = Clock()
    duo.clock = clock
    duo.open()
    sink = Sink()
    duo.start(sink)
    return duo, sink, clock


SCALE = 16  # a sample's value is its index // SCALE: 40 s at 8 kHz fit in an int16


def _ramp(start: int, n: int = BLOCK) -> np.ndarray:
    """Sample values that say which sample of the source they are."""
    return ((np.arange(start, start + n) // SCALE).astype(np.int16)).reshape(-1, 1)


def _feed(
    duo: TwoTrackSource,
    clock: Clock,
    seconds: float,
    *,
    lag_b: float = 0.0,
    rate_b: float = 1.0,
    start_b: int = 0,
    skip_b: set[int] | None = None,
    quiet_b: set[int] | None = None,
) -> None:
    """Both tracks deliver a block every 50 ms for ``seconds``; track b's blocks arrive
    ``lag_b`` later and its clock runs ``rate_b`` times as fast."""
    a_track, b_track = duo._tracks
    t0 = clock.t
    sent_a = sent_b = 0
    events: list[tuple[float, int]] = []
    for k in range(int(seconds / 0.05)):
        events.append((t0 + (k + 1) * 0.05, 0))
    nb = int(seconds / 0.05 * rate_b)
    for k in range(nb):
        events.append((t0 + lag_b + (k + 1) * 0.05 / rate_b, 1))
    for when, which in sorted(events):
        clock.t = when
        if which == 0:
            a_track.offer(_ramp(sent_a))
            sent_a += BLOCK
        else:
            index = sent_b // BLOCK
            if quiet_b is not None and index in quiet_b:
                b_track.offer(np.zeros((BLOCK, 1), np.int16))  # a pause in their speech
            elif skip_b is None or index not in skip_b:
                b_track.offer(_ramp(start_b + sent_b))
            sent_b += BLOCK


def test_the_later_track_sets_the_start_and_the_pairs_are_aligned() -> None:
    duo, sink, clock = _duo()
    # Track b started 30 ms later: its first sample was captured 240 frames after a's.
    _feed(duo, clock, 2.0, lag_b=0.030)
    pcm = sink.pcm()
    assert duo.start_trim == (Party.YOU, 240)
    # Sample k of a was captured with sample k of b: a's values are b's + 240.
    diff = pcm[:, 0].astype(int) - pcm[:, 1].astype(int)
    assert np.all(diff[:1000] == 240 // SCALE)
    (start,) = sink.notes
    assert start[0] == "clock_correction"
    assert "the first 240 frames (30.0 ms) of your voice's track" in start[1]


def test_a_drifting_clock_is_corrected_and_logged() -> None:
    duo, sink, clock = _duo()
    # b's device delivers 0.1 % more samples than a's (1000 ppm: two USB devices).
    _feed(duo, clock, 40.0, rate_b=1.001)
    assert duo.corrections, "the tracks drifted 40 ms apart and nothing was done"
    assert {party for party, _ in duo.corrections} == {Party.OTHER}
    assert all(kind == "clock_correction" for kind, _ in sink.notes)
    assert "the other party's track dropped" in _corrections(sink.notes)[0][1]
    # The pairs stay within a few correction steps (2 ms = 16 frames) all along.
    pcm = sink.pcm().astype(float) * SCALE
    skew = pcm[:, 1] - pcm[:, 0] * 1.001
    assert np.max(np.abs(skew[RATE:])) < 4 * 16 + 2 * SCALE


def test_a_correction_waits_for_a_pause_in_the_track_it_cuts() -> None:
    """Frames dropped inside a word would clip it: with a pause every second, each
    correction falls in one."""
    duo, sink, clock = _duo()
    pauses = {k for k in range(1000) if k % 20 == 19}
    _feed(duo, clock, 40.0, rate_b=1.001, quiet_b=pauses)
    notes = _corrections(sink.notes)
    assert len(notes) > 5
    # The first is judged once a whole window is seen: 1000 ppm is 9 ms apart by then.
    assert all(" in a pause " in text for _, text in notes[1:]), notes
    pcm = sink.pcm()
    # Each correction took only silence: b's loud samples still run on without a jump
    # other than the ones a drop in a pause explains (b's values count its samples).
    b = pcm[:, 1].astype(int)
    loud = b > 0
    jumps = np.flatnonzero(np.diff(b[loud]) > 1)
    delivered_pauses = sum(1 for k in pauses if k < 40.0 / 0.05 * 1.001)
    assert len(jumps) <= delivered_pauses + 1  # + the first, forced


def test_without_a_pause_a_correction_is_forced_and_said() -> None:
    duo, sink, clock = _duo()
    _feed(duo, clock, 40.0, rate_b=1.001)  # b's ramp is loud throughout
    notes = _corrections(sink.notes)
    assert notes
    assert all("within sound (no pause came in time)" in text for _, text in notes)
    assert all(frames >= 0.008 * RATE - 1 for _, frames in duo.corrections)


def test_steady_clocks_are_never_corrected() -> None:
    duo, sink, clock = _duo()
    _feed(duo, clock, 30.0, lag_b=0.011)
    assert duo.corrections == []
    assert _corrections(sink.notes) == []


def test_a_hole_in_one_track_is_filled_with_silence_and_said() -> None:
    duo, sink, clock = _duo()
    _a_track, b_track = duo._tracks
    _feed(duo, clock, 1.0)
    b_track.gap(Hole(BLOCK, 0))  # b's source missed one block (its stall)
    _feed(duo, clock, 1.0)
    pcm = sink.pcm()
    silent = np.flatnonzero(pcm[:, 1] == 0)
    assert len(pcm) >= 2 * RATE
    assert "gap" in sink.notes[0][0]
    assert "filled with silence" in sink.notes[0][1]
    assert len(silent) >= BLOCK
    assert sink.holes == []


def test_a_hole_in_both_tracks_is_a_hole_in_the_file() -> None:
    duo, sink, clock = _duo()
    a_track, b_track = duo._tracks
    _feed(duo, clock, 1.0)
    a_track.gap(Hole(BLOCK, 0))
    b_track.gap(Hole(BLOCK, 0))
    _feed(duo, clock, 1.0)
    assert [h.frames for h in sink.holes] == [BLOCK]
    assert sink.notes == []


def test_a_stall_of_both_sources_is_one_hole_and_the_tracks_stay_paired() -> None:
    """The sound server stalls 0.8 s: neither track captures anything meanwhile. Each
    source notices its own hole half a second later, at its own moment and with its own
    estimate of the size: that is one hole in the file, logged once, nothing filled, and
    every pair still holds samples captured at the same instant."""
    duo, sink, clock = _duo()
    a_track, b_track = duo._tracks
    t0 = clock.t

    def both(frames_from: int, blocks: int) -> int:
        for k in range(blocks):
            index = frames_from + k * BLOCK  # the sample clock: captured at index / RATE
            clock.t = t0 + (index + BLOCK) / RATE
            a_track.offer(_ramp(index))
            b_track.offer(_ramp(index))  # the same server hands both over at once
        return frames_from + blocks * BLOCK

    at = both(0, 20)  # 1 s
    stall = round(0.8 * RATE)
    at = both(at + stall, 10)  # the server is back: 0.5 s more, 0.8 s of samples missing
    a_track.gap(Hole(stall + 3, 10 * BLOCK))  # each source's own estimate
    at = both(at, 2)
    b_track.gap(Hole(stall - 2, 12 * BLOCK))
    both(at, 20)
    assert [h.frames for h in sink.holes] == [stall - 2]
    assert 9 * BLOCK <= sink.holes[0].since <= 13 * BLOCK
    assert [n for n in _corrections(sink.notes) if n[0] == "gap"] == []
    pcm = sink.pcm()
    assert np.array_equal(pcm[:, 0], pcm[:, 1])


def test_a_silent_source_ends_the_stream_naming_its_track() -> None:
    duo, sink, clock = _duo()
    a_track, _ = duo._tracks
    _feed(duo, clock, 1.0)
    for k in range(40):  # two seconds of a alone
        clock.t += 0.05
        a_track.offer(_ramp(k * BLOCK))
    assert len(sink.end) == 1
    assert "no audio from the other party (“Speaker”)" in str(sink.end[0])


def test_an_error_of_either_source_names_its_track() -> None:
    duo, sink, _clock = _duo()
    _, b_track = duo._tracks
    b_track.ended("the sound server stopped the recording")
    assert sink.end == ["the other party (“Speaker”): the sound server stopped the recording"]


def test_sources_of_different_rates_are_refused() -> None:
    from recorder.errors import AudioDeviceError

    duo = TwoTrackSource(
        FakeSource([], label="Headset", rate=8000), FakeSource([], label="Speaker", rate=16000)
    )
    with pytest.raises(AudioDeviceError, match="both sides must be recorded at one rate"):
        duo.open()


def test_each_track_is_metered_on_its_own(tmp_path: Path) -> None:
    """A loud voice on channel 1 and silence on channel 2 read as such, not as one level."""
    from recorder.capture import Recorder

    t = np.arange(RATE) / RATE
    loud = (np.sin(2 * np.pi * 440 * t) * 16000).astype(np.int16)
    block = np.column_stack((loud, np.zeros_like(loud)))
    seen: list[tuple[tuple[float, float], ...]] = []
    rec = Recorder(
        FakeSource([block[i : i + BLOCK] for i in range(0, RATE, BLOCK)], rate=RATE),
        tmp_path,
        {},
        on_track_levels=seen.append,
        stop_after_frames=RATE,
    )
    rec.start()
    assert rec.wait(10)
    rec.stop()
    rec.release()
    assert seen
    (mine_peak, mine_rms), (their_peak, their_rms) = seen[-1]
    assert -7 < mine_peak < -5  # 16000 of 32768
    assert -10 < mine_rms < -8  # a sine's RMS is 3 dB below its peak
    assert their_peak == their_rms == -120.0


def test_two_files_are_paired_sample_for_sample(tmp_path: Path) -> None:
    """Files have no clock: fed as fast as the writer takes them, frame k of one is
    frame k of the other, and each channel says it came from a file."""
    import soundfile as sf

    from recorder.capture import FileSource, Recorder

    n = 3 * RATE
    mine = tmp_path / "mine.wav"
    theirs = tmp_path / "theirs.wav"
    sf.write(mine, (np.arange(n) % 1000).astype(np.int16), RATE, subtype="PCM_16")
    sf.write(theirs, (np.arange(n) % 700).astype(np.int16), RATE, subtype="PCM_16")
    duo = TwoTrackSource(FileSource(mine), FileSource(theirs))
    rec = Recorder(duo, tmp_path / "lib", {})
    rec.start()
    assert rec.wait(20)
    result = rec.stop()
    rec.release()
    pcm, _ = sf.read(result.wav, dtype="int16", always_2d=True)
    assert len(pcm) == n
    assert np.array_equal(pcm[:, 0], np.arange(n) % 1000)
    assert np.array_equal(pcm[:, 1], np.arange(n) % 700)
    assert [t["kind"] for t in result.sidecar["tracks"]] == ["file", "file"]


def test_the_shorter_file_is_filled_to_the_longer_ones_end(tmp_path: Path) -> None:
    import soundfile as sf

    from recorder.capture import FileSource, Recorder

    mine, theirs = tmp_path / "mine.wav", tmp_path / "theirs.wav"
    sf.write(mine, np.full(2 * RATE, 100, np.int16), RATE, subtype="PCM_16")
    sf.write(theirs, np.full(3 * RATE, 200, np.int16), RATE, subtype="PCM_16")
    rec = Recorder(TwoTrackSource(FileSource(mine), FileSource(theirs)), tmp_path / "lib", {})
    rec.start()
    assert rec.wait(20)
    result = rec.stop()
    rec.release()
    pcm, _ = sf.read(result.wav, dtype="int16", always_2d=True)
    assert len(pcm) == 3 * RATE
    assert np.all(pcm[: 2 * RATE, 0] == 100)
    assert np.all(pcm[2 * RATE :, 0] == 0)
    assert np.all(pcm[:, 1] == 200)
    gaps = [e for e in rec.events if e.kind == "gap"]
    assert len(gaps) == 1
    assert "its file ended first" in (gaps[0].text or "")


def _coded(k: int, quiet: bool) -> np.ndarray:
    """Block ``k`` of b, its samples saying their index: loud (>= 400), or a pause."""
    index = np.arange(k * BLOCK, (k + 1) * BLOCK)
    return np.where(quiet, index % 300, 400 + index % 30000).astype(np.int16).reshape(-1, 1)


def _value(i: int, quiet_every: int) -> int:
    return i % 300 if (i // BLOCK) % quiet_every == quiet_every - 1 else 400 + i % 30000


def test_a_correction_is_logged_where_its_frames_were_dropped() -> None:
    """A pause found further on is cut there, and the event is logged there: with your
    voice's blocks arriving in bursts, the other party's waiting frames span seconds."""
    duo, sink, clock = _duo()
    a_track, b_track = duo._tracks
    t0, quiet_every, burst = clock.t, 20, 8
    arrivals: list[tuple[float, int, int]] = []
    for k in range(800):  # a: 8 blocks at once, one burst in ten on time
        on_time = (k // burst) % 10 == 0
        late = t0 + ((k // burst) + 1) * burst * 0.05 + 0.001 * (k % burst)
        arrivals.append((t0 + (k + 1) * 0.05 if on_time else late, 0, k))
    for k in range(int(800 * 1.001)):  # b: 1000 ppm fast, a pause one block in 20
        arrivals.append((t0 + (k + 1) * 0.05 / 1.001, 1, k))
    for when, which, k in sorted(arrivals):
        clock.t = when
        if which == 0:
            a_track.offer(np.full((BLOCK, 1), 1000, np.int16))
        else:
            b_track.offer(_coded(k, k % quiet_every == quiet_every - 1))
    logged, pos = [], 0
    for item in sink.items:
        if isinstance(item, np.ndarray):
            pos += len(item)
        elif isinstance(item, tuple) and "aligned at the start" not in item[1]:
            logged.append(pos)
    b = sink.pcm()[:, 1].astype(int)
    i = next(j for j in range(20000) if all(_value(j + m, quiet_every) == b[m] for m in range(50)))
    cut_at = []
    for pos, v in enumerate(b[:-1]):
        if _value(i, quiet_every) != v:
            skip = next(
                d
                for d in range(1, 2000)
                if _value(i + d, quiet_every) == v and _value(i + d + 1, quiet_every) == b[pos + 1]
            )
            cut_at.append(pos)
            i += skip
        i += 1
    assert len(logged) > 5
    assert logged == cut_at
