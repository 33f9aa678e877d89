"""The library's waveform overview, read from the WAV in blocks, matches the samples."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from recorder import waveform
from recorder.sidecar import Party, Track, TrackKind


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
    overview = waveform.read_overview(wav, columns=100)
    assert overview.duration_s == pytest.approx(3.0)
    (lane,) = overview.lanes  # mono: one lane, one microphone hearing both sides
    assert (lane.channel, lane.party) == (1, Party.BOTH)
    assert not overview.two_sided
    assert len(lane.mins) == len(lane.maxs) == 100
    columns = written.reshape(100, -1)
    np.testing.assert_allclose(lane.mins, columns.min(axis=1), atol=1 / scale)
    np.testing.assert_allclose(lane.maxs, columns.max(axis=1), atol=1 / scale)


TWO_TRACKS = (
    Track(1, Party.YOU, TrackKind.INPUT, "Headset"),
    Track(2, Party.OTHER, TrackKind.OUTPUT, "Speaker"),
)


def test_a_two_track_call_gives_one_lane_per_channel_each_with_its_party(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each lane is its own channel's envelope: a loud left and a quiet right stay apart
    (they would be one lane of the loud one if the channels were mixed)."""
    rng = np.random.default_rng(3)
    frames = 8000 * 2 + 37  # a last, partial column
    left = rng.integers(-30000, 30000, frames).astype(np.int16)
    right = (rng.integers(-300, 300, frames)).astype(np.int16)
    wav = tmp_path / "call.wav"
    sf.write(wav, np.column_stack((left, right)), 8000, subtype="PCM_16")
    monkeypatch.setattr(waveform, "READ_BLOCK", 4002)  # blocks that split frames' columns
    overview = waveform.read_overview(wav, columns=50, tracks=TWO_TRACKS)
    assert overview.two_sided
    assert [(lane.channel, lane.party) for lane in overview.lanes] == [
        (1, Party.YOU),
        (2, Party.OTHER),
    ]
    per_col = -(-frames // 50)
    for lane, pcm in zip(overview.lanes, (left, right), strict=True):
        expect = [pcm[i : i + per_col] for i in range(0, frames, per_col)]
        assert len(lane.mins) == len(expect)
        np.testing.assert_allclose(lane.mins, [c.min() / 32768.0 for c in expect])
        np.testing.assert_allclose(lane.maxs, [c.max() / 32768.0 for c in expect])
    assert max(overview.lanes[0].maxs) > 0.8
    assert max(overview.lanes[1].maxs) < 0.01


def test_a_stereo_file_nobody_named_gets_two_lanes_of_both_sides(tmp_path: Path) -> None:
    wav = tmp_path / "imported.wav"
    sf.write(wav, np.zeros((800, 2), dtype=np.int16), 8000, subtype="PCM_16")
    overview = waveform.read_overview(wav, columns=10)
    assert [(lane.channel, lane.party) for lane in overview.lanes] == [
        (1, Party.BOTH),
        (2, Party.BOTH),
    ]
    assert not overview.two_sided


def test_a_lanes_svg_path_stays_in_its_band() -> None:
    d = waveform.svg_path([(-1.0, 1.0), (0.0, 0.0)], width=100, height=100, top=100)
    ys = [float(part.split()[1].split("V")[0]) for part in d.split("M")[1:]]
    ys += [float(part.split("V")[1]) for part in d.split("M")[1:]]
    assert min(ys) >= 100
    assert max(ys) <= 200
