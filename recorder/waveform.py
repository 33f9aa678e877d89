"""A waveform overview computed while the WAV streams past, for the viewer and the app.

Fed the same blocks the hasher sees, it keeps only one (min, max) pair per
column and channel, so an hour-long call costs a few kilobytes, not its length
in memory. A two-track call (channel 1 you, channel 2 the other party) gives
one lane per channel, each naming whose voice it holds; a mono recording gives
the one lane it always had.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from recorder.sidecar import Party, Track
from recorder.wav import FLOAT_FORMATS, WavLayout, pcm_floats, wav_layout

READ_BLOCK = 1 << 20  # bytes read at a time: a long call's overview stays small


def _to_float(raw: bytes, layout: WavLayout) -> npt.NDArray[np.float32]:
    """Interleaved samples as float32 in [-1, 1]; a format nobody decodes draws flat."""
    if layout.sample_format in FLOAT_FORMATS:
        return pcm_floats(raw, layout)
    return np.zeros(len(raw) // max(layout.bits // 8, 1), dtype=np.float32)


@dataclass(frozen=True)
class Lane:
    """One channel's overview: its min and max per column, and whose voice it holds."""

    channel: int  # 1-based, as in recording.json's tracks
    party: Party
    mins: list[float]
    maxs: list[float]

    @property
    def columns(self) -> list[tuple[float, float]]:
        return list(zip(self.mins, self.maxs, strict=True))


@dataclass(frozen=True)
class Overview:
    """What a waveform view draws: one lane per channel, and the call's length."""

    lanes: tuple[Lane, ...]
    duration_s: float

    @property
    def two_sided(self) -> bool:
        """Your voice and the other party's are in lanes of their own."""
        parties = {lane.party for lane in self.lanes}
        return Party.YOU in parties and Party.OTHER in parties


EMPTY = Overview((), 0.0)


def lanes_of(
    columns: Sequence[list[tuple[float, float]]], tracks: Sequence[Track]
) -> tuple[Lane, ...]:
    """One lane per channel's columns, each with the party its track names (else "both":
    one microphone, or a file whose channels nobody named)."""
    party = {t.channel: t.party for t in tracks}
    return tuple(
        Lane(
            i + 1,
            party.get(i + 1, Party.BOTH),
            [lo for lo, _ in cols],
            [hi for _, hi in cols],
        )
        for i, cols in enumerate(columns)
    )


class Waveform:
    """Accumulate min/max per column and channel over a stream of PCM bytes."""

    def __init__(self, layout: WavLayout, columns: int = 1000) -> None:
        self.layout = layout
        self.channels = max(1, layout.channels)
        self.columns = max(1, min(columns, max(layout.frames, 1)))
        self.frames_per_col = max(1, -(-layout.frames // self.columns))
        self._col_bytes = self.frames_per_col * layout.block_align
        self._pending = bytearray()
        self._mins: list[list[float]] = [[] for _ in range(self.channels)]
        self._maxs: list[list[float]] = [[] for _ in range(self.channels)]

    def feed(self, pcm: bytes | memoryview) -> None:
        self._pending += pcm
        whole = len(self._pending) // self._col_bytes
        if whole:
            cut = whole * self._col_bytes
            self._reduce(bytes(self._pending[:cut]), whole)
            del self._pending[:cut]

    def finish(self) -> list[list[tuple[float, float]]]:
        """The columns of each channel: ``finish()[c][i]`` is (min, max) of channel c."""
        usable = len(self._pending) - len(self._pending) % self.layout.block_align
        if usable:
            self._reduce(bytes(self._pending[:usable]), 1)
        self._pending.clear()
        return [
            list(zip(lo, hi, strict=True)) for lo, hi in zip(self._mins, self._maxs, strict=True)
        ]

    def _reduce(self, raw: bytes, rows: int) -> None:
        # Interleaved frames: (column, frame in the column, channel).
        x = _to_float(raw, self.layout).reshape(rows, -1, self.channels)
        lows, highs = x.min(axis=1), x.max(axis=1)
        for c in range(self.channels):
            self._mins[c].extend(float(v) for v in lows[:, c])
            self._maxs[c].extend(float(v) for v in highs[:, c])


def read_overview(wav: Path, columns: int = 800, tracks: Sequence[Track] = ()) -> Overview:
    """The lanes of ``wav`` (one per channel, parties from ``tracks``) and its duration,
    streamed in blocks so long calls stay small."""
    layout = wav_layout(wav)
    wf = Waveform(layout, columns)
    remaining = layout.data_bytes
    with wav.open("rb") as fh:
        fh.seek(layout.data_offset)
        while remaining > 0:
            chunk = fh.read(min(remaining, READ_BLOCK))
            if not chunk:
                break
            wf.feed(chunk)
            remaining -= len(chunk)
    duration = layout.frames / layout.sample_rate if layout.sample_rate else 0.0
    return Overview(lanes_of(wf.finish(), tracks), duration)


def svg_path(columns: list[tuple[float, float]], width: int, height: int, top: float = 0.0) -> str:
    """An SVG path ``d`` drawing each column as a vertical bar from min to max, in the band
    ``top`` to ``top + height`` (a lane of the viewer)."""
    if not columns:
        return ""
    mid = top + height / 2
    half = height / 2
    step = width / len(columns)
    parts = []
    for i, (lo, hi) in enumerate(columns):
        x = (i + 0.5) * step
        y1 = mid - hi * half
        y2 = mid - lo * half
        if y2 - y1 < 0.5:
            y1, y2 = mid - 0.25, mid + 0.25
        parts.append(f"M{x:.1f} {y1:.1f}V{y2:.1f}")
    return "".join(parts)
