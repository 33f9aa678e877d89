"""One stand-in for a live audio device (recorder.capture.AudioSource), for every test.

Tests need devices that real hardware gives only by accident: one that falls silent
mid-call (a yanked USB headset: the watchdog's case), one that cannot start (busy),
one with a bug, one whose stop would hang. Each is this class with an option, so the
fakes cannot drift apart from one another or from the protocol.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from recorder.capture import BlockSink
from recorder.wav import AudioFormat


class FakeSource:
    """A live device that delivers ``blocks`` and then nothing more, without a word.

    By default all blocks are offered at once, on the caller's thread, from ``start``
    (deterministic: they are queued before ``start`` returns). With ``realtime`` they
    come from a thread at the pace of the sample clock, like a real device; with
    ``loop`` they go on until stopped. ``start_error`` is raised by ``start`` after
    the blocks (a device that fails to start, or a source with a bug); ``stop_error``
    by ``stop`` (a stalled driver's stop would hang: the test says abort was used).
    """

    live = True
    notice = None

    def __init__(
        self,
        blocks: Sequence[np.ndarray],
        *,
        label: str = "USB headset (fake)",
        rate: int = 8000,
        realtime: bool = False,
        loop: bool = False,
        start_error: Exception | None = None,
        stop_error: Exception | None = None,
    ) -> None:
        self.blocks = list(blocks)
        self.label = label
        channels = int(self.blocks[0].shape[1]) if self.blocks else 1
        self.format = AudioFormat(rate, channels, "int16")
        self.realtime = realtime
        self.loop = loop
        self.start_error = start_error
        self.stop_error = stop_error
        self.opened = False
        self.aborted = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def playing(
        cls, data: np.ndarray, *, rate: int, seconds: float | None = None, **options: Any
    ) -> FakeSource:
        """``data`` (frames × channels) in 20 ms blocks, in real time: a microphone."""
        if seconds is not None:
            data = data[: int(seconds * rate)]
        step = rate // 50
        blocks = [np.ascontiguousarray(data[i : i + step]) for i in range(0, len(data), step)]
        return cls(blocks, rate=rate, realtime=True, **options)

    @classmethod
    def from_wav(cls, wav: Path, *, seconds: float | None = None, **options: Any) -> FakeSource:
        """The first channel of ``wav`` (its first ``seconds``), played as a microphone."""
        data, rate = sf.read(str(wav), dtype="int16", always_2d=True)
        return cls.playing(data[:, :1], rate=int(rate), seconds=seconds, **options)

    def open(self) -> None:
        self.opened = True

    def describe(self) -> dict[str, Any]:
        device = {"name": self.label, "index": 9, "host_api": "fake"}
        return {"kind": "device", "device": device, "input": None}

    def start(self, sink: BlockSink) -> None:
        self._stop.clear()
        if self.realtime:
            self._thread = threading.Thread(target=self._play, args=(sink,), daemon=True)
            self._thread.start()
        else:
            for block in self.blocks:
                sink.offer(block)
        if self.start_error is not None:
            raise self.start_error

    def _play(self, sink: BlockSink) -> None:
        t0, sent = time.monotonic(), 0
        while not self._stop.is_set():
            for block in self.blocks:
                if self._stop.is_set():
                    return
                sink.offer(block)
                sent += len(block)
                self._stop.wait(max(0.0, t0 + sent / self.format.sample_rate - time.monotonic()))
            if not self.loop or not self.blocks:
                return  # ...and then the device stops calling back

    def stop(self) -> None:
        if self.stop_error is not None:
            raise self.stop_error
        self._halt()

    def abort(self) -> None:
        self.aborted = True
        self._halt()

    def _halt(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
