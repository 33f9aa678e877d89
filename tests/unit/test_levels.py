"""The microphone test's meter reads dBFS the way the recorder's meter does."""

from __future__ import annotations

import math

import numpy as np
import pytest

from recorder.levels import LevelSink
from recorder.wav import FULL_SCALE, dbfs


def test_the_meter_gives_peak_and_rms_in_dbfs_for_a_full_scale_sine() -> None:
    seen: list[tuple[float, float]] = []
    sink = LevelSink(lambda peak, rms: seen.append((peak, rms)), FULL_SCALE["int16"])
    t = np.arange(8000) / 8000
    block = (np.sin(2 * np.pi * 440 * t) * 16384).astype(np.int16).reshape(-1, 1)
    assert sink.offer(block)
    ((peak, rms),) = seen
    assert peak == pytest.approx(20 * math.log10(0.5), abs=0.01)
    assert rms == pytest.approx(20 * math.log10(0.5 / math.sqrt(2)), abs=0.01)


def test_silence_reads_the_floor_not_minus_infinity() -> None:
    seen: list[tuple[float, float]] = []
    LevelSink(lambda peak, rms: seen.append((peak, rms)), 1.0).offer(np.zeros((160, 1)))
    assert seen == [(-120.0, -120.0)]
    assert dbfs(0.0) == dbfs(1e-7) == -120.0
    assert dbfs(1.0) == 0.0


def test_readings_come_at_most_every_50_ms() -> None:
    seen: list[tuple[float, float]] = []
    sink = LevelSink(lambda peak, rms: seen.append((peak, rms)), 1.0)
    block = np.full((160, 1), 0.5, dtype=np.float32)
    for _ in range(5):
        sink.offer(block)  # microseconds apart
    assert len(seen) == 1
