"""A live source whose driver blocks on a read, run like a PortAudio callback.

libpulse-simple (``recorder/pulse.py``) and WASAPI loopback through soundcard
(``recorder/loopback.py``) both hand audio over by a blocking read. One reader
thread per stream does the reads and gives each block to the sink at once, so
the recorder sees what it sees from a PortAudio stream: blocks, holes found by
the arrival clock, and one ``ended`` when the driver gives up. Stopping waits
for the read in progress (one block) and no longer than ``JOIN_S``: a hung
server must not hang the stop; the thread then closes the stream itself when
its read returns, never concurrently with it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from recorder.capture import DEFAULT_RATE, BlockSink, GapClock, Hole, track_closed, track_open
from recorder.wav import AudioFormat

log = logging.getLogger(__name__)

BLOCK_S = 0.05  # one read: the same 50 ms blocks as a PortAudio stream
JOIN_S = 2.0  # a read returns within one block; a stalled driver gets this long


class ReadFailed(Exception):
    """The driver stopped delivering; the message says why, in a sentence."""


class ReaderSource:
    """The reader thread and its stop; a subclass opens the stream and reads a block."""

    live = True
    notice: str | None = None
    thread_name = "temoin-read"

    def __init__(self, sample_rate: int = DEFAULT_RATE) -> None:
        self.sample_rate = sample_rate
        self._format: AudioFormat | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def format(self) -> AudioFormat:
        if self._format is None:
            raise RuntimeError("open() the source first")
        return self._format

    @property
    def label(self) -> str:
        raise NotImplementedError

    @property
    def blocksize(self) -> int:
        return max(1, round(self.sample_rate * BLOCK_S))

    def _spawn(
        self, sink: BlockSink, read: Callable[[], np.ndarray], close: Callable[[], None]
    ) -> None:
        """Run ``read`` (one ``(frames, 1)`` int16 block, or ``ReadFailed``) until stopped,
        then ``close`` on the same thread."""
        self._stop.clear()
        track_open(self)
        self._thread = threading.Thread(
            target=self._run, args=(sink, read, close), name=self.thread_name, daemon=True
        )
        self._thread.start()

    def _run(
        self, sink: BlockSink, read: Callable[[], np.ndarray], close: Callable[[], None]
    ) -> None:
        report = getattr(sink, "gap", None)
        clock = GapClock(self.sample_rate)
        ended: str | None = None
        try:
            while not self._stop.is_set():
                try:
                    block = read()
                except ReadFailed as failed:
                    ended = str(failed)
                    break
                # A block read as the stop came is still captured audio: it is handed over.
                if report is not None:
                    hole: Hole | None = clock.feed(len(block), 0.0, time.monotonic())
                    if hole is not None:
                        report(hole)  # queued before the block: it lands at the hole's offset
                sink.offer(block)
        finally:
            try:
                close()
            except Exception:
                log.warning("closing the stream of %s failed", self.label, exc_info=True)
            track_closed(self)
        if ended is not None:
            sink.ended(ended)

    def stop(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(JOIN_S)
            if thread.is_alive():
                # The recorder tells the user (a lost device); this is for a developer.
                log.debug("the read of %s did not return: its driver hangs", self.label)
        self._thread = None

    def abort(self) -> None:
        self.stop()
