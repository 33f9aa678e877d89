"""The library's waveform overview, read from the WAV in blocks, matches the samples."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from recorder import waveform


@pytest.mark.parametrize(("subtype", "scale"), [("PCM_16", 32768.0), ("PCM_24", 8388608.0)])
def test_the_overview_holds_each_columns_min_and_max_and_the_duration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, subtype: str, scale: float
) -> None:
    rng = np.random.default_rng(7)
    samples = rng.integers(-20000, 20000, 8000 * 3, dtype=np.int32)
    wav = tmp_path / "call.wav"
    sf.write(wav, samples.astype(np.float64) / 32768.0, 8000, subtype=subtype)
    written, _ = sf.read(wav, dtype="float64")
    monkeypatch.setattr(waveform, "READ_BLOCK", 1000)  # many reads, columns across them
    mins, maxs, duration = waveform.read_overview(wav, columns=100)
    assert duration == pytest.approx(3.0)
    assert len(mins) == len(maxs) == 100
    columns = written.reshape(100, -1)
    np.testing.assert_allclose(mins, columns.min(axis=1), atol=1 / scale)
    np.testing.assert_allclose(maxs, columns.max(axis=1), atol=1 / scale)
