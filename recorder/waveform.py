"""A waveform overview computed while the WAV streams past, for the bundle viewer.

Fed the same blocks the hasher sees, it keeps only one (min, max) pair per
column, so an hour-long call costs a few kilobytes, not its length in memory.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

from recorder.wav import WavLayout, wav_layout

READ_BLOCK = 1 << 20  # bytes read at a time: a long call's overview stays small


def _to_float(raw: bytes, layout: WavLayout) -> npt.NDArray[np.float32]:
    """Interleaved samples as float32 in [-1, 1]."""
    if layout.sample_format == "int16":
        return np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    if layout.sample_format == "int24":
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        v = np.where(v & 0x800000, v - 0x1000000, v)
        return v.astype(np.float32) / 8388608.0
    if layout.sample_format == "int32":
        return np.frombuffer(raw, dtype="<i4").astype(np.float32) / 2147483648.0
    if layout.sample_format == "float32":
        out: npt.NDArray[np.float32] = np.clip(np.frombuffer(raw, dtype="<f4"), -1.0, 1.0)
        return out.astype(np.float32)
    return np.zeros(len(raw) // max(layout.bits // 8, 1), dtype=np.float32)


class Waveform:
    """Accumulate min/max per column over a stream of PCM bytes."""

    def __init__(self, layout: WavLayout, columns: int = 1000) -> None:
        self.layout = layout
        self.columns = max(1, min(columns, max(layout.frames, 1)))
        self.frames_per_col = max(1, -(-layout.frames // self.columns))
        self._col_bytes = self.frames_per_col * layout.block_align
        self._pending = bytearray()
        self.mins: list[float] = []
        self.maxs: list[float] = []

    def feed(self, pcm: bytes | memoryview) -> None:
        self._pending += pcm
        whole = len(self._pending) // self._col_bytes
        if whole:
            cut = whole * self._col_bytes
            self._reduce(bytes(self._pending[:cut]), whole)
            del self._pending[:cut]

    def finish(self) -> list[tuple[float, float]]:
        usable = len(self._pending) - len(self._pending) % self.layout.block_align
        if usable:
            self._reduce(bytes(self._pending[:usable]), 1)
        self._pending.clear()
        return list(zip(self.mins, self.maxs, strict=True))

    def _reduce(self, raw: bytes, rows: int) -> None:
        x = _to_float(raw, self.layout).reshape(rows, -1)
        self.mins.extend(float(v) for v in x.min(axis=1))
        self.maxs.extend(float(v) for v in x.max(axis=1))


def read_overview(wav: Path, columns: int = 800) -> tuple[list[float], list[float], float]:
    """(mins, maxs, duration_s) of ``wav``, streamed in blocks (long calls stay small)."""
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
    pairs = wf.finish()
    duration = layout.frames / layout.sample_rate if layout.sample_rate else 0.0
    return [lo for lo, _ in pairs], [hi for _, hi in pairs], duration


def svg_path(columns: list[tuple[float, float]], width: int, height: int) -> str:
    """An SVG path ``d`` drawing each column as a vertical bar from min to max."""
    if not columns:
        return ""
    mid = height / 2
    step = width / len(columns)
    parts = []
    for i, (lo, hi) in enumerate(columns):
        x = (i + 0.5) * step
        y1 = mid - hi * mid
        y2 = mid - lo * mid
        if y2 - y1 < 0.5:
            y1, y2 = mid - 0.25, mid + 0.25
        parts.append(f"M{x:.1f} {y1:.1f}V{y2:.1f}")
    return "".join(parts)
