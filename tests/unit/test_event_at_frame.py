"""An answer logged where it began: ``post_event(at_frame=F)`` with F already written.

The app detects the other party's answer a moment after it starts, and the user
clicks later still: the event must sit at the answer's start, carry the PCM hash of
exactly the frames before it, and never go before an event already logged.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from recorder.capture import Recorder
from tests.helpers.fake_source import FakeSource

RATE = 8000
BLOCK = 400


def _blocks() -> list[np.ndarray]:
    rng = np.random.default_rng(7)
    return [rng.integers(-3000, 3000, (BLOCK, 1), dtype=np.int16) for _ in range(20)]


def test_an_event_lands_at_a_past_frame_with_that_frames_hash(tmp_path: Path) -> None:
    rec = Recorder(FakeSource(_blocks(), rate=RATE, realtime=True, loop=True), tmp_path, {})
    rec.start()
    first = rec.post_event("announced")
    time.sleep(1.5)
    answer = first.frame + 3 * BLOCK + 17  # inside a block: snapped to the boundary before
    granted = rec.post_event("granted", at_frame=answer)
    rec.stop()
    rec.release()
    assert granted.frame == first.frame + 3 * BLOCK
    pcm, _ = sf.read(rec.wav_path, dtype="int16", always_2d=True)
    assert len(pcm) > granted.frame + RATE  # the click came a second later
    prefix = hashlib.sha256(pcm[: granted.frame].tobytes()).hexdigest()
    assert granted.pcm_sha256_at == prefix


def test_an_event_never_goes_before_the_last_one(tmp_path: Path) -> None:
    rec = Recorder(FakeSource(_blocks(), rate=RATE, realtime=True, loop=True), tmp_path, {})
    rec.start()
    time.sleep(0.5)
    announced = rec.post_event("announced")
    granted = rec.post_event("granted", at_frame=announced.frame - 2 * BLOCK)
    rec.stop()
    rec.release()
    assert granted.frame >= announced.frame
    frames = [e.frame for e in rec.events]
    assert frames == sorted(frames)


def test_the_loudest_sample_of_each_channel_is_measured_as_written(tmp_path: Path) -> None:
    """The end-of-call "silent track" warning reads these peaks: full scale negative
    (-32768) must not wrap, and a channel of zeros must read as silence."""
    blocks = [np.zeros((BLOCK, 2), dtype=np.int16) for _ in range(4)]
    blocks[1][7, 0] = -32768
    blocks[2][9, 1] = 3
    rec = Recorder(FakeSource(blocks), tmp_path, {})
    rec.start()
    rec.wait()
    rec.stop()
    rec.release()
    peaks = rec.channel_peaks_dbfs
    assert peaks is not None
    assert peaks[0] == 0.0
    assert -81.0 < peaks[1] < -80.0  # 3 / 32768
