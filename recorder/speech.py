"""Where a track has speech: a small energy-based voice activity detector.

Why: a consent mark is pressed by the user; what proves the answer is the
other party's voice on the recording. This module only measures sound levels
(numpy, no model, nothing downloaded), so it can say "speech at 0:06",
"silence" or "clipped" near a mark, never which words were said.

One algorithm, two feeds. Each level (a 20 ms frame of a WAV, or a meter
reading every 50 ms in the app) is compared with an adaptive noise floor (it
follows quiet stretches down quickly and creeps up slowly, so a fan or a line
hiss is not speech) and with an absolute floor (-50 dBFS: near-silence is
never speech). Active levels closer than a hangover merge into one burst, and
a burst with less active time than a minimum (a click, a knock, a breath) is
dropped, as is one whose level hardly varies (a tone, a noise that just
started: a voice swings by 20 dB and more within a second).
``speech_spans`` runs it over a stretch of a WAV read in chunks (a call lasts
an hour; it is never loaded whole), ``ActivityTracker`` over the app's meter
readings, one at a time.
"""

from __future__ import annotations

import collections
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt

from recorder.errors import BadInputError
from recorder.wav import FLOAT_FORMATS, WavLayout, dbfs, pcm_floats, wav_layout

FRAME_S = 0.02  # one level per 20 ms of audio (the offline detector)
CHUNK_FRAMES = 50  # detector frames read from the file at a time (one second)
SILENT_DB = -120.0  # the level of digital silence (no log of zero)
# A sample this close to full scale (within one 16-bit step) counts as clipped.
CLIP_LEVEL = 32767 / 32768
CLIPPED_SHARE = 0.01  # speech with this share of its samples at full scale is "clipped"

Shows = Literal["speech", "silence", "clipped"]


@dataclass(frozen=True)
class VadSettings:
    """The detector's thresholds; the defaults suit telephone and VoIP speech."""

    abs_floor_dbfs: float = -50.0  # never speech at or below this level
    margin_db: float = 10.0  # speech stands this far above the noise floor
    rise_db_per_s: float = 3.0  # how fast the floor follows a louder background
    fall_tau_s: float = 0.1  # how fast it follows a quieter one
    # A level this steady (within steady_db for steady_s) is a background, not a voice:
    # speech swings 20 dB and more within a second (syllables, pauses), a fan does not.
    steady_s: float = 1.0
    steady_db: float = 6.0
    hangover_s: float = 0.3  # pauses shorter than this stay inside one burst
    min_speech_s: float = 0.15  # bursts with less active time are clicks or breaths


DEFAULT_SETTINGS = VadSettings()


@dataclass(frozen=True)
class Span:
    """A burst of speech, in seconds from the start of the file; ``clipping`` is the share
    of its samples at full scale (0.0 to 1.0)."""

    start_s: float
    end_s: float
    clipping: float = 0.0

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s

    def to_json(self) -> dict[str, float]:
        return {
            "start_s": round(self.start_s, 3),
            "end_s": round(self.end_s, 3),
            "clipping": round(self.clipping, 4),
        }


# --------------------------------------------------------------------------- the detector


class _Floor:
    """The adaptive noise floor, and whether a level stands out of it.

    It falls quickly to a quieter level and rises slowly otherwise, so speech (which
    keeps dipping between syllables) does not lift it; a background that got louder and
    stays steady (a fan switched on) is taken as the new floor after ``steady_s``."""

    def __init__(self, settings: VadSettings, initial: float | None = None) -> None:
        self.settings = settings
        self.level = initial
        self._recent: collections.deque[float] = collections.deque()

    def active(self, level: float, period_s: float) -> bool:
        s = self.settings
        recent = self._recent
        recent.append(level)
        if len(recent) * period_s > s.steady_s + 1e-9:
            recent.popleft()
        if self.level is None:
            self.level = level
            return False  # nothing to compare the first level with
        steady = len(recent) * period_s >= s.steady_s - 1e-9
        if steady and max(recent) - min(recent) <= s.steady_db:
            self.level = max(self.level, min(recent))
        speaking = level > max(s.abs_floor_dbfs, self.level + s.margin_db)
        if level < self.level:
            self.level += (level - self.level) * min(1.0, period_s / s.fall_tau_s)
        else:
            self.level = min(level, self.level + s.rise_db_per_s * period_s)
        return speaking


@dataclass
class _Burst:
    start_s: float
    last_active_s: float  # the end of its last active level
    active_s: float = 0.0
    low: float = math.inf  # the range of its levels: a voice varies, a hum does not
    high: float = -math.inf
    clipped: int = 0  # samples at full scale
    samples: int = 0
    # The same, counting the levels after the last active one too: they become part of
    # the burst only if another active level follows within the hangover.
    open_low: float = math.inf
    open_high: float = -math.inf
    open_clipped: int = 0
    open_samples: int = 0


class _Bursts:
    """Active levels merged across short pauses; a burst is speech when it has enough
    active time and its levels vary like a voice (a tone or a noise that just started
    is as loud as speech for the second the floor takes to adopt it, but steady)."""

    def __init__(self, settings: VadSettings) -> None:
        self.settings = settings
        self.current: _Burst | None = None

    def feed(
        self,
        start_s: float,
        end_s: float,
        active: bool,
        level: float,
        clipped: int = 0,
        samples: int = 0,
    ) -> Span | None:
        """One level covering ``[start_s, end_s)``; returns a burst it closed, if it was speech."""
        done = None
        burst = self.current
        if burst is not None and start_s - burst.last_active_s > self.settings.hangover_s:
            done = self.close()
            burst = None
        if active:
            if burst is None:
                burst = self.current = _Burst(start_s, end_s)
            burst.active_s += end_s - start_s
            burst.last_active_s = end_s
        if burst is not None:
            burst.open_low = min(burst.open_low, level)
            burst.open_high = max(burst.open_high, level)
            burst.open_clipped += clipped
            burst.open_samples += samples
            if active:
                burst.low, burst.high = burst.open_low, burst.open_high
                burst.clipped, burst.samples = burst.open_clipped, burst.open_samples
        return done

    def close(self) -> Span | None:
        burst, self.current = self.current, None
        if burst is None or not self.confirmed(burst):
            return None
        share = burst.clipped / burst.samples if burst.samples else 0.0
        return Span(burst.start_s, burst.last_active_s, share)

    def confirmed(self, burst: _Burst) -> bool:
        # A little slack: 0.15 s of 20 ms frames must not fail on float rounding.
        long_enough = burst.active_s >= self.settings.min_speech_s - 1e-9
        return long_enough and burst.high - burst.low > self.settings.steady_db


# --------------------------------------------------------------------------- offline


def _channel_samples(raw: bytes, layout: WavLayout, channel: int) -> npt.NDArray[np.float32]:
    """One channel of interleaved PCM as float32 in [-1, 1]."""
    if layout.sample_format not in FLOAT_FORMATS:
        raise BadInputError(f"speech detection does not read {layout.sample_format} audio")
    return pcm_floats(raw, layout, channel)


def _chunks(
    wav: Path, layout: WavLayout, channel: int, first: int, last: int, frame_len: int
) -> Iterator[npt.NDArray[np.float32]]:
    """Samples of ``channel`` for frames ``first`` to ``last``, a second or so at a time."""
    step = frame_len * CHUNK_FRAMES
    with wav.open("rb") as fh:
        fh.seek(layout.data_offset + first * layout.block_align)
        pos = first
        while pos < last:
            n = min(step, last - pos)
            raw = fh.read(n * layout.block_align)
            n = len(raw) // layout.block_align
            if n == 0:
                return
            yield _channel_samples(raw[: n * layout.block_align], layout, channel)
            pos += n


def loudest_dbfs(wav: Path, channel: int) -> float:
    """The loudest sample of 0-based ``channel`` over the whole file, in dBFS (-120 for
    digital silence): a track that heard nobody all call reads far below any voice."""
    layout = wav_layout(wav)
    peak = 0.0
    chunk = round(layout.sample_rate * 10)
    for samples in _chunks(wav, layout, channel, 0, layout.frames, chunk):
        if samples.size:
            peak = max(peak, float(np.max(np.abs(samples))))
    return dbfs(peak)


def speech_spans(
    wav: Path,
    channel: int,
    *,
    start_s: float = 0.0,
    end_s: float | None = None,
    settings: VadSettings = DEFAULT_SETTINGS,
    frame_s: float = FRAME_S,
) -> list[Span]:
    """The speech bursts of 0-based ``channel`` between ``start_s`` and ``end_s`` (default:
    the end of the file), in seconds from the start of the file.

    The noise floor starts at the quiet end (10th percentile) of the first second read,
    so begin a second or two before the stretch of interest when it matters."""
    layout = wav_layout(wav)
    if not 0 <= channel < layout.channels:
        raise BadInputError(f"{wav} has no channel {channel + 1} (it has {layout.channels}).")
    rate = layout.sample_rate
    frame_len = max(1, round(rate * frame_s))
    period = frame_len / rate
    first = max(0, min(layout.frames, round(start_s * rate)))
    last = layout.frames if end_s is None else max(first, min(layout.frames, round(end_s * rate)))
    floor: _Floor | None = None
    bursts = _Bursts(settings)
    spans: list[Span] = []
    position = first  # the frame the next level starts at
    for samples in _chunks(wav, layout, channel, first, last, frame_len):
        whole = len(samples) // frame_len
        if whole == 0:
            break  # a last partial frame is too short to judge
        frames = samples[: whole * frame_len].reshape(whole, frame_len)
        power = np.mean(np.square(frames, dtype=np.float64), axis=1)
        levels = 10.0 * np.log10(np.maximum(power, 10 ** (SILENT_DB / 10)))
        clipped = np.count_nonzero(np.abs(frames) >= CLIP_LEVEL, axis=1)
        if floor is None:
            floor = _Floor(settings, float(np.percentile(levels, 10)))
        for level, clips in zip(levels.tolist(), clipped.tolist(), strict=True):
            t0 = position / rate
            active = floor.active(level, period)
            done = bursts.feed(t0, t0 + period, active, level, int(clips), frame_len)
            if done is not None:
                spans.append(done)
            position += frame_len
    done = bursts.close()
    if done is not None:
        spans.append(done)
    return spans


def clipping(spans: Sequence[Span]) -> float:
    """The share of samples at full scale over ``spans``, weighted by their length."""
    total = sum(s.duration_s for s in spans)
    if total <= 0:
        return 0.0
    return sum(s.clipping * s.duration_s for s in spans) / total


# --------------------------------------------------------------------------- near a time


@dataclass(frozen=True)
class AudioEvidence:
    """What one track shows between ``start_s`` and ``end_s``: ``speech``, ``silence`` or
    ``clipped`` (speech with at least ``CLIPPED_SHARE`` of its samples at full scale).

    ``speech_s`` is where the first speech at or after the time asked about starts (a
    burst already under way then counts from its own start); when all the speech in the
    window came before that time, where the last burst before it started; None in silence.
    """

    shows: Shows
    start_s: float
    end_s: float
    speech_s: float | None
    spans: tuple[Span, ...]
    clipping: float

    def to_json(self) -> dict[str, object]:
        return {
            "shows": self.shows,
            "start_s": round(self.start_s, 3),
            "end_s": round(self.end_s, 3),
            "speech_s": None if self.speech_s is None else round(self.speech_s, 3),
            "speech": [s.to_json() for s in self.spans],
            "clipping": round(self.clipping, 4),
        }


def around(spans: Sequence[Span], t_s: float, before_s: float, after_s: float) -> AudioEvidence:
    """Summarise ``spans`` from ``before_s`` before ``t_s`` to ``after_s`` after it."""
    start, end = max(0.0, t_s - before_s), t_s + after_s
    inside = tuple(s for s in spans if s.end_s > start and s.start_s < end)
    later = [s for s in inside if s.end_s > t_s]
    first = later[0] if later else (inside[-1] if inside else None)
    share = clipping(inside)
    shows: Shows = "silence"
    if inside:
        shows = "clipped" if share >= CLIPPED_SHARE else "speech"
    return AudioEvidence(
        shows=shows,
        start_s=start,
        end_s=end,
        speech_s=None if first is None else first.start_s,
        spans=inside,
        clipping=share,
    )


# --------------------------------------------------------------------------- streaming


class ActivityTracker:
    """Whether a track is speaking now, from one level reading at a time (the app's meters
    give (peak, rms) in dBFS per channel every 50 ms). Pure and deterministic: the same
    readings give the same answers, whichever thread or clock feeds them.

    ``rate_hz`` is how many readings come per second: each stands for ``1 / rate_hz`` s of
    audio (its share of the minimum speech time, and of the floor's movement). ``now_s``
    is when the reading was taken, on any clock that only goes forward (a call position or
    ``time.monotonic()``); the times reported are on that clock.
    """

    def __init__(self, rate_hz: float = 20.0) -> None:
        if not rate_hz > 0:
            raise ValueError(f"rate_hz must be positive, not {rate_hz!r}")
        self.settings = DEFAULT_SETTINGS
        self._period = 1.0 / rate_hz
        self._floor = _Floor(self.settings)
        self._bursts = _Bursts(self.settings)
        self._last_speech: float | None = None
        self._started: float | None = None
        self._speaking = False

    def feed(self, rms_dbfs: float, now_s: float) -> bool:
        """Take one RMS reading (dBFS; -inf or NaN count as silence); True while speaking."""
        level = rms_dbfs if math.isfinite(rms_dbfs) else SILENT_DB
        level = max(SILENT_DB, level)
        active = self._floor.active(level, self._period)
        # The reading covers the audio since the previous one: it "ends" at now_s.
        self._bursts.feed(now_s - self._period, now_s, active, level)
        burst = self._bursts.current
        self._speaking = False
        if burst is not None and self._bursts.confirmed(burst):
            self._started = burst.start_s + self._period  # the first active reading's time
            self._last_speech = burst.last_active_s
            self._speaking = now_s - burst.last_active_s <= self.settings.hangover_s
        return self._speaking

    @property
    def speaking(self) -> bool:
        """What the last ``feed`` returned."""
        return self._speaking

    @property
    def last_speech_s(self) -> float | None:
        """When speech was last heard (the last loud reading of a confirmed burst)."""
        return self._last_speech

    @property
    def speech_started_s(self) -> float | None:
        """When the current (or the last) speech burst began: its first loud reading."""
        return self._started
