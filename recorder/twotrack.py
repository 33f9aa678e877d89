"""Both voices of a call: two mono sources written as one sample-aligned stereo stream.

Channel 1 is your microphone, channel 2 the other party (what an output plays,
or a second input). Each source delivers its blocks on its own thread; the
blocks wait here until both tracks have them, then leave as one stereo block,
so everything downstream (the WAV journal, the running hash, checkpoints,
events, recovery) is the one-source path unchanged.

Alignment. Each block's arrival gives an estimate of when the track's first
sample was captured: ``arrival - frames_so_far / rate``; scheduling
makes it late, never early, so the least estimate over the last seconds is the
best one. At the start the earlier track's leading frames are dropped so both
tracks start at the same instant; then the same estimate follows the two
clocks: when they have drifted apart by more than ``DRIFT_STEP_S`` (two sound
cards, or a Windows loopback next to a USB microphone), frames of the track
that runs ahead are dropped, at the next pause in that track (``QUIET_PEAK``)
unless they are ``FORCE_STEP_S`` apart already, and a ``clock_correction``
event says how many and where. Two virtual devices of one PipeWire or
PulseAudio server share its clock and need none; two sound cards on one server
(a USB headset's output, the laptop's microphone) each keep their own.

Holes. A track that missed audio (its source stalled) is filled with silence
for that span, so the other track stays aligned, and a ``gap`` event says so;
a hole in both tracks at once (this process stalled) is a hole in the file,
logged as before and not padded.

Loss. Either source lost ends the stream with a reason that names the track:
the recording follows the one-source rules (``device_lost``, the file kept,
continue on other devices).
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from recorder.capture import AudioSource, BlockSink, Hole
from recorder.errors import AudioDeviceError
from recorder.sidecar import Party, Track, TrackKind
from recorder.wav import AudioFormat

ALIGN_WINDOW_S = 10.0  # the least arrival estimate over this long is the track's clock
DRIFT_STEP_S = 0.002  # the tracks are re-aligned once their clocks are this far apart
# A re-alignment drops frames of one track: it waits for a pause in it (those frames all
# below QUIET_PEAK, wherever they wait), so no word is clipped, unless the tracks are this
# far apart already.
FORCE_STEP_S = 0.008
QUIET_PEAK = 328  # -40 dBFS of int16: a pause, not speech (a phone line's hiss is lower)
LOST_S = 1.0  # one track silent this long while the other delivers: its source is gone
PAIR_HOLES_S = 0.6  # a hole both tracks report this close together is one stall of both
STEADY_S = 0.3  # a pause between blocks longer than this restarts "delivering steadily"
START_BLOCKS = 5  # blocks of each track seen before the start is aligned (a better estimate)
_HELD_S = 2.0  # a track may hold this much more than the other before it must be lost

PARTY_NAMES = {Party.YOU: "your voice", Party.OTHER: "the other party"}


@dataclass
class _Run:
    """A stretch of a track waiting to be paired: captured samples, or silence to fill."""

    audio: np.ndarray | None  # (n,) int16; None = n frames of silence (a hole of this track)
    frames: int
    # A correction cut at this run's start: logged when the run is paired, where it was.
    note: tuple[str, str] | None = None


class _Track:
    """One source's side: its waiting frames, its clock estimate, its liveness."""

    def __init__(self, duo: TwoTrackSource, index: int, party: Party, source: AudioSource) -> None:
        self.duo = duo
        self.index = index
        self.party = party
        self.source = source
        self.reset()

    def reset(self) -> None:
        self.runs: collections.deque[_Run] = collections.deque()
        self.waiting = 0  # frames in ``runs``
        self.delivered = 0  # frames received since start (silence fills included)
        self.removed = 0  # frames dropped for alignment (start and clock corrections)
        self.estimates: collections.deque[tuple[float, float]] = collections.deque()
        # The window's minima, increasing (a monotonic queue): the least in O(1) per block.
        self.lows: collections.deque[tuple[float, float]] = collections.deque()
        self.last_arrival: float | None = None
        self.steady_since: float | None = None
        self.finished = False  # a file source read to its end
        # A hole this track reported, not yet known to be its own or both tracks':
        # (frames, where in this track's delivered stream it began, when it was reported).
        self.pending_hole: tuple[int, int, float] | None = None

    @property
    def name(self) -> str:
        return PARTY_NAMES[self.party]

    # BlockSink, called on the source's own thread.
    def offer(self, block: np.ndarray) -> bool:
        return self.duo._take(self, block)

    def put(self, block: np.ndarray) -> None:
        self.duo._take(self, block, blocking=True)

    def status(self, overflow: bool, underflow: bool) -> None:
        self.duo._sink_status(overflow, underflow)

    def gap(self, hole: Hole) -> None:
        self.duo._hole(self, hole)

    def ended(self, error: str | None) -> None:
        self.duo._ended(self, error)

    def input_failed(self, reason: str) -> None:
        self.duo._input_failed(self, reason)

    def estimate(self) -> float | None:
        """When this track's sample 0 was captured (monotonic), by the best block seen."""
        return self.lows[0][1] if self.lows else None


class TwoTrackSource:
    """``you`` and ``other`` (two mono sources at one rate) as one two-channel source."""

    def __init__(self, you: AudioSource, other: AudioSource) -> None:
        self.you = you
        self.other = other
        self._tracks = (_Track(self, 0, Party.YOU, you), _Track(self, 1, Party.OTHER, other))
        self._lock = threading.Lock()
        self._sink: BlockSink | None = None
        self._format: AudioFormat | None = None
        self._aligned = False
        self._closed = False
        self._t0 = 0.0
        self._emitted = 0  # paired frames handed to the sink (holes in the file excluded)
        self.corrections: list[tuple[Party, int]] = []  # (the track cut, frames), for tests
        self.start_trim: tuple[Party, int] | None = None  # the track cut at the start
        self.clock: Callable[[], float] = time.monotonic  # a test drives arrivals with its own

    @property
    def live(self) -> bool:
        return bool(self.you.live or self.other.live)

    @property
    def format(self) -> AudioFormat:
        if self._format is None:
            raise RuntimeError("open() the source first")
        return self._format

    @property
    def label(self) -> str:
        return f"{self.you.label} + {self.other.label}"

    @property
    def notice(self) -> str | None:
        notes = [n for n in (self.you.notice, self.other.notice) if n]
        return "; ".join(notes) or None

    def open(self) -> None:
        self.you.open()
        self.other.open()
        mine, theirs = self.you.format, self.other.format
        for side, fmt in ((self.you, mine), (self.other, theirs)):
            if fmt.channels != 1 or fmt.sample_format != "int16":
                raise AudioDeviceError(
                    f"“{side.label}” records {fmt.channels} channel(s) of {fmt.sample_format}; "
                    "each side of a call is one int16 channel."
                )
        if mine.sample_rate != theirs.sample_rate:
            raise AudioDeviceError(
                f"“{self.you.label}” records at {mine.sample_rate} Hz and “{self.other.label}” "
                f"at {theirs.sample_rate} Hz: both sides must be recorded at one rate."
            )
        self._format = AudioFormat(mine.sample_rate, 2, "int16")

    def tracks(self) -> list[Track]:
        return [
            Track(1, Party.YOU, _kind_of(self.you), self.you.label),
            Track(2, Party.OTHER, _kind_of(self.other), self.other.label),
        ]

    def describe(self) -> dict[str, Any]:
        you, other = self.you.describe(), self.other.describe()
        return {
            "kind": "device",
            "device": {"name": self.label, "host_api": (you.get("device") or {}).get("host_api")},
            "input": None,
            "tracks": [t.to_json() for t in self.tracks()],
            "sources": [you, other],
        }

    def start(self, sink: BlockSink) -> None:
        with self._lock:
            self._sink = sink
            self._aligned = False
            self._closed = False
            self._t0 = self.clock()
            for track in self._tracks:
                track.reset()
        self.you.start(self._tracks[0])
        try:
            self.other.start(self._tracks[1])
        except BaseException:
            self.you.abort()
            raise

    def stop(self) -> None:
        # The sources first: the blocks they hand over as they stop are still paired.
        self.you.stop()
        self.other.stop()
        with self._lock:
            self._closed = True

    def abort(self) -> None:
        with self._lock:
            self._closed = True
        self.you.abort()
        self.other.abort()

    # --- the tracks' threads -------------------------------------------------------------

    def _take(self, track: _Track, block: np.ndarray, *, blocking: bool = False) -> bool:
        now = self.clock()
        sink = self._sink
        if sink is None:
            return False
        with self._lock:
            if self._closed:
                return True
            n = len(block)
            mono = np.ascontiguousarray(block.reshape(n, -1)[:, 0])
            track.runs.append(_Run(mono, n))
            track.waiting += n
            track.delivered += n
            self._clock(track, now)
            self._settle_holes(now)
            # Files are paired by their sample count: no clock, no silence to judge.
            lost = self._lost(track, self._tracks[1 - track.index], now) if self.live else None
            if lost is None:
                # Sent under the lock: blocks paired on two threads must leave in order.
                out = self._pair()
                self._emitted += sum(len(x) for x in out if isinstance(x, np.ndarray))
                return self._send(sink, out, blocking)
        self._end_with(lost)
        return True

    @staticmethod
    def _send(sink: BlockSink, out: list[Any], blocking: bool) -> bool:
        ok = True
        for item in out:
            if isinstance(item, np.ndarray):
                if blocking:
                    sink.put(item)
                else:
                    ok = sink.offer(item) and ok
            elif isinstance(item, Hole):
                gap = getattr(sink, "gap", None)
                if gap is not None:
                    gap(item)
            else:
                note = getattr(sink, "note", None)
                if note is not None:
                    note(*item)
        return ok

    def _clock(self, track: _Track, now: float) -> None:
        rate = self.format.sample_rate
        # Blocks of both tracks are handed over alike (same block size, same server or
        # driver path): their arrival is each track's clock, up to a late thread's jitter.
        sample0 = now - track.delivered / rate
        track.estimates.append((now, sample0))
        while track.lows and track.lows[-1][1] >= sample0:
            track.lows.pop()
        track.lows.append((now, sample0))
        oldest = now - ALIGN_WINDOW_S
        while track.estimates and track.estimates[0][0] < oldest:
            track.estimates.popleft()
        while track.lows and track.lows[0][0] < oldest:
            track.lows.popleft()
        if track.last_arrival is None or now - track.last_arrival > STEADY_S:
            track.steady_since = now
        track.last_arrival = now

    def _lost(self, track: _Track, other: _Track, now: float) -> str | None:
        """The other track delivers nothing while this one does: its source is gone."""
        if other.last_arrival is None:
            silent_for = now - self._t0
            limit = LOST_S + 2.0  # a device's first block may take a moment
        else:
            silent_for = now - other.last_arrival
            limit = LOST_S
        steady = track.steady_since is not None and now - track.steady_since >= limit
        held = track.waiting > _HELD_S * self.format.sample_rate
        if silent_for >= limit and (steady or held):
            return (
                f"no audio from {other.name} (“{other.source.label}”) for {silent_for:.1f} s "
                f"while {track.name} was recorded: that device or output went away"
            )
        return None

    def _pair(self) -> list[Any]:
        """Blocks (and holes, notes) ready to leave, under the lock."""
        a, b = self._tracks
        out: list[Any] = []
        if not self._aligned and not self.live:
            self._aligned = True  # two files: sample k of one is sample k of the other
        elif not self._aligned:
            ea, eb = a.estimate(), b.estimate()
            if ea is None or eb is None or min(len(a.estimates), len(b.estimates)) < START_BLOCKS:
                return out
            self._aligned = True
            self._realign(out, ea, eb, start=True)
        elif self.live:
            ea, eb = a.estimate(), b.estimate()
            if ea is not None and eb is not None:
                self._realign(out, ea, eb, start=False)
        n = min(a.waiting, b.waiting)
        if n <= 0:
            return out
        left = np.zeros(n, dtype=np.int16)
        right = np.zeros(n, dtype=np.int16)
        filled: list[_Track] = []
        pos = 0
        start_block = 0
        while pos < n:
            ra, rb = a.runs[0], b.runs[0]
            for run in (ra, rb):
                if run.note is not None:  # a correction cut where this run begins
                    if pos > start_block:
                        out.append(np.column_stack((left[start_block:pos], right[start_block:pos])))
                        start_block = pos
                    out.append(run.note)
                    run.note = None
            take = min(ra.frames, rb.frames, n - pos)
            if ra.audio is None and rb.audio is None:
                # Both missed it: this process stalled. A hole in the file, as with one source.
                if pos > start_block:
                    out.append(np.column_stack((left[start_block:pos], right[start_block:pos])))
                out.append(Hole(take, 0))
                start_block = pos + take
            else:
                for run, dest in ((ra, left), (rb, right)):
                    if run.audio is not None:
                        dest[pos : pos + take] = run.audio[:take]
                for run, track in ((ra, a), (rb, b)):
                    if run.audio is None and track not in filled:
                        filled.append(track)
                        if pos > start_block:
                            out.append(
                                np.column_stack((left[start_block:pos], right[start_block:pos]))
                            )
                            start_block = pos
                        rate = self.format.sample_rate
                        out.append(
                            (
                                "gap",
                                f"{run.frames} frames ({run.frames / rate:.3f} s) of "
                                f"{track.name}'s track (“{track.source.label}”) were not "
                                "delivered (a stall, or its file ended first): filled with "
                                "silence to keep the two tracks aligned",
                            )
                        )
            for run, track in ((ra, a), (rb, b)):
                self._consume(track, run, take)
            pos += take
        if pos > start_block:
            out.append(np.column_stack((left[start_block:pos], right[start_block:pos])))
        return [item for item in out if not (isinstance(item, np.ndarray) and len(item) == 0)]

    @staticmethod
    def _consume(track: _Track, run: _Run, take: int) -> None:
        track.waiting -= take
        if take >= run.frames:
            track.runs.popleft()
        else:
            run.frames -= take
            if run.audio is not None:
                run.audio = run.audio[take:]

    @staticmethod
    def _pause_in(track: _Track, frames: int) -> _Run | None:
        """A waiting run of ``track`` that begins with ``frames`` frames of pause (below
        ``QUIET_PEAK``): where dropping them clips no word. (A filled-in hole is never
        one: after a hole no correction is judged until the clocks span a window again.)"""
        for run in track.runs:
            if run.audio is None or run.frames <= frames:
                continue
            head = run.audio[:frames]
            if max(int(head.max()), -int(head.min())) < QUIET_PEAK:
                return run
        return None

    def _cut(self, track: _Track, run: _Run, frames: int) -> int:
        """Drop the first ``frames`` of ``run``, wherever it waits (alignment)."""
        if run is track.runs[0]:
            return self._drop(track, frames)
        run.frames -= frames
        if run.audio is not None:
            run.audio = run.audio[frames:]
        track.waiting -= frames
        track.removed += frames
        return frames

    def _drop(self, track: _Track, frames: int) -> int:
        """Drop up to ``frames`` waiting frames of ``track`` (alignment); how many went."""
        dropped = 0
        while dropped < frames and track.runs:
            run = track.runs[0]
            take = min(run.frames, frames - dropped)
            self._consume(track, run, take)
            dropped += take
        track.removed += dropped
        return dropped

    def _realign(self, out: list[Any], ea: float, eb: float, *, start: bool) -> None:
        """Cut the track whose sample k is older than the other's sample k."""
        a, b = self._tracks
        rate = self.format.sample_rate
        # When each track's next paired sample was captured, by its clock estimate.
        ta = ea + a.removed / rate
        tb = eb + b.removed / rate
        skew = ta - tb  # > 0: b's samples are older: b must skip ahead
        if not start and (abs(skew) < DRIFT_STEP_S or not self._settled()):
            return
        if any(t.pending_hole is not None for t in self._tracks):
            return  # a track's count is short by a hole not yet placed: not a drift
        behind = b if skew > 0 else a
        want = round(abs(skew) * rate)
        pause = None if start else self._pause_in(behind, want)
        quiet = pause is not None
        if not start and not quiet and abs(skew) < FORCE_STEP_S:
            return  # at the next pause in that track
        later = pause is not None and pause is not behind.runs[0]
        got = self._cut(behind, pause, want) if pause is not None else self._drop(behind, want)
        if got and not start:
            self.corrections.append((behind.party, got))
            ahead = a if behind is b else b
            where = "in a pause" if quiet else "within sound (no pause came in time)"
            note = (
                "clock_correction",
                f"{got} frames ({got / rate * 1000:.1f} ms) of {behind.name}'s track "
                f"dropped {where} to keep it aligned with {ahead.name}'s: the tracks were "
                f"{abs(skew) * 1000:.1f} ms apart (the two devices' clocks run at slightly "
                "different speeds, or the start's alignment, judged on its first blocks, "
                "was off)",
            )
            if later and pause is not None:
                pause.note = note  # cut further on: logged where that run is paired
            else:
                out.append(note)
        elif got and start:
            self.start_trim = (behind.party, got)
            ahead = a if behind is b else b
            out.append(
                (
                    "clock_correction",
                    f"the two tracks were aligned at the start: the first {got} frames "
                    f"({got / rate * 1000:.1f} ms) of {behind.name}'s track, captured before "
                    f"{ahead.name}'s began, were left out",
                )
            )

    def _settled(self) -> bool:
        """Both clock estimates span a whole window: a skew now is drift, not jitter."""
        return all(
            t.estimates and t.estimates[-1][0] - t.estimates[0][0] >= ALIGN_WINDOW_S * 0.9
            for t in self._tracks
        )

    def _hole(self, track: _Track, hole: Hole) -> None:
        """A track missed audio. When the other track misses the same stretch (the sound
        server or this process stalled), both lost the same time and stay paired: it is a
        hole in the file, logged where it was. When only this one did, it is filled with
        silence so the other stays aligned. Which one is known once the other track has
        reported its own hole, or has not within ``PAIR_HOLES_S``."""
        if hole.frames <= 0:
            return
        now = self.clock()
        with self._lock:
            if self._closed or self._sink is None:
                return
            where = max(0, track.delivered - hole.since)
            other = self._tracks[1 - track.index]
            if other.pending_hole is not None and now - other.pending_hole[2] <= PAIR_HOLES_S:
                frames = min(hole.frames, other.pending_hole[0])
                other.pending_hole = None
                # How far back, among the frames already handed to the sink, it began.
                since = max(0, track.delivered - track.waiting - where)
                self._send(self._sink, [Hole(frames, min(since, self._emitted))], False)
                self._restart_clocks()
            else:
                track.pending_hole = (hole.frames, where, now)

    def _settle_holes(self, now: float) -> None:
        """A hole only one track reported within ``PAIR_HOLES_S``: that track alone missed
        it; silence goes where it began if its frames are still waiting, else now."""
        for track in self._tracks:
            pending = track.pending_hole
            if pending is None or now - pending[2] <= PAIR_HOLES_S:
                continue
            track.pending_hole = None
            frames, where, _ = pending
            fill = _Run(None, frames)
            keep_after = min(max(0, track.delivered - where), track.waiting)
            if keep_after == 0:
                track.runs.append(fill)
            else:
                self._insert(track, fill, keep_after)
            track.waiting += frames
            track.delivered += frames
            self._restart_clocks()

    def _restart_clocks(self) -> None:
        """After a hole the arrivals before it say nothing of the clocks after it (a
        stalled server hands its backlog over in a burst): both estimates start again,
        and no drift is judged until each spans a window anew."""
        for track in self._tracks:
            track.estimates.clear()
            track.lows.clear()

    @staticmethod
    def _insert(track: _Track, fill: _Run, frames_after: int) -> None:
        """Put ``fill`` before the last ``frames_after`` waiting frames."""
        runs = track.runs
        tail: list[_Run] = []
        left = frames_after
        while left > 0 and runs:
            run = runs.pop()
            if run.frames <= left:
                tail.append(run)
                left -= run.frames
            else:
                keep = run.frames - left
                head = _Run(None if run.audio is None else run.audio[:keep], keep)
                rest = _Run(None if run.audio is None else run.audio[keep:], left)
                runs.append(head)
                tail.append(rest)
                left = 0
        runs.append(fill)
        runs.extend(reversed(tail))

    def _sink_status(self, overflow: bool, underflow: bool) -> None:
        if self._sink is not None:
            self._sink.status(overflow, underflow)

    def _end_with(self, reason: str) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        if self._sink is not None:
            self._sink.ended(reason)

    def _ended(self, track: _Track, error: str | None) -> None:
        if error is None:  # a file at its end
            self._file_done(track)
            return
        self._end_with(f"{track.name} (“{track.source.label}”): {error}")

    def _file_done(self, track: _Track) -> None:
        """Both files read to their end: the shorter one is filled with silence to the
        longer one's length (said in a ``gap`` note), so nothing either holds is lost."""
        with self._lock:
            track.finished = True
            if self._closed or not all(t.finished for t in self._tracks):
                return
            self._closed = True
            sink = self._sink
            if sink is None:
                return
            a, b = self._tracks
            if a.waiting != b.waiting:
                short = a if a.waiting < b.waiting else b
                missing = abs(a.waiting - b.waiting)
                short.runs.append(_Run(None, missing))
                short.waiting += missing
            self._send(sink, self._pair(), blocking=True)
        sink.ended(None)

    def _input_failed(self, track: _Track, reason: str) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        if self._sink is not None:
            self._sink.input_failed(reason)


def _kind_of(source: AudioSource) -> TrackKind:
    described = source.describe()
    if described.get("kind") == "file":
        return TrackKind.FILE
    device = described.get("device") or {}
    return TrackKind.OUTPUT if device.get("monitor_of") else TrackKind.INPUT


def your_voice(device: str | None, sample_rate: int) -> AudioSource:
    """Your microphone for a two-track call.

    ``default`` or a name is taken from the sound system's list (``recorder.endpoints``:
    the PulseAudio-protocol server on Linux; soundcard's on Windows and macOS); a
    number is a PortAudio device (``temoin devices``), for a system whose list does not
    answer or a device only PortAudio reaches.
    """
    from recorder.capture import LiveSource
    from recorder.endpoints import find_input, listed, open_source

    spec = (device or "default").strip()
    found = None if spec.isdigit() else listed()
    if found is None:
        return LiveSource(None if spec == "default" else spec, sample_rate=sample_rate)
    return open_source(find_input(spec, found), sample_rate)


def their_voice(other_party: str, sample_rate: int) -> AudioSource:
    """The other party: an output's sound or a second input, from the sound system's list
    (an output's monitor on Linux, its WASAPI loopback on Windows); a number is a PortAudio
    input (a loopback driver such as BlackHole on macOS shows as one)."""
    from recorder.capture import LiveSource
    from recorder.endpoints import PULSE, backend, find_other_party, listed, open_source

    spec = other_party.strip()
    if spec.isdigit():
        return LiveSource(int(spec), sample_rate=sample_rate)
    found = listed()
    if found is None and backend() == PULSE:
        raise AudioDeviceError(
            "No sound server answers (PipeWire or PulseAudio), so what the computer plays "
            "cannot be recorded by name. Give the other party as a device number from "
            "`temoin devices` (a loopback input), or record on loudspeaker (mono)."
        )
    # Another backend that does not answer says why itself (list_endpoints raises).
    return open_source(find_other_party(spec, found), sample_rate)


def call_sources(device: str | None, other_party: str, sample_rate: int) -> TwoTrackSource:
    """``--device`` and ``--other-party`` as one two-track source (not yet opened)."""
    if not other_party.strip():
        from recorder.errors import UsageError

        raise UsageError("--other-party needs a value: default-output, a number or a name")
    from recorder.endpoints import backend

    backend()  # a bad TEMOIN_AUDIO_BACKEND is said first, whatever the devices given
    you = your_voice(device, sample_rate)
    them = their_voice(other_party, sample_rate)
    if _same_device(you, them):
        raise AudioDeviceError(
            f"“{you.label}” was chosen for both sides: the other party's track would repeat "
            "your microphone. Choose what the computer plays (default-output) or another input."
        )
    return TwoTrackSource(you, them)


def _same_device(you: AudioSource, them: AudioSource) -> bool:
    mine, theirs = you.describe().get("device") or {}, them.describe().get("device") or {}
    for key in ("pulse_name", "soundcard_id", "index"):
        if mine.get(key) is not None and mine.get(key) == theirs.get(key):
            return True
    return False
