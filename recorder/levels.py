"""The microphone test's level meter: a device metered, nothing recorded.

No Qt here: the meter hands (peak, rms) in dBFS to a callback (the UI's one-slot
mailbox, read by a timer on its thread). A rescan of the devices must close every
open meter first: ``open_probes`` says which are open.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from recorder.capture import LiveSource
from recorder.devices import PORTAUDIO_LOCK, resolve_device
from recorder.wav import FULL_SCALE, dbfs

LevelCallback = Callable[[float, float], None]
METER_PERIOD_S = 0.05  # one reading per 50 ms is plenty for a needle

_open_probes: set[LevelProbe] = set()


class LevelSink:
    """Meters a source's blocks without writing anything (the device test)."""

    def __init__(self, put: LevelCallback, scale: float) -> None:
        self._put = put
        self._scale = scale
        self._last = 0.0
        self._clock = time.monotonic

    def offer(self, block: Any) -> bool:
        now = self._clock()
        if now - self._last >= METER_PERIOD_S:
            a = block.astype(np.float32).reshape(-1) / self._scale
            if a.size:
                peak = float(np.max(np.abs(a)))
                rms = math.sqrt(float(np.dot(a, a)) / a.size)
                self._put(dbfs(peak), dbfs(rms))
            self._last = now
        return True

    def put(self, block: Any) -> None:
        self.offer(block)

    def status(self, overflow: bool, underflow: bool) -> None:
        pass

    def ended(self, error: str | None) -> None:
        pass

    def input_failed(self, reason: str) -> None:
        pass


def open_probes() -> list[LevelProbe]:
    """The meters whose stream is open now (a rescan closes them; their page reopens)."""
    return list(_open_probes)


class LevelProbe:
    """A live level meter on a device, for the microphone test; records nothing."""

    def __init__(
        self,
        device_index: int | None,
        put: LevelCallback,
        source: Any = None,
        device_name: str | None = None,
    ) -> None:
        """``source`` replaces the device (any AudioSource, e.g. a FileSource in tests);
        ``device_name``, the name the device had when listed (see ``resolve_device``)."""
        self._source = source
        self._device = (device_index, device_name)
        self._put = put
        self._lock = threading.Lock()
        self._starting = False
        self._closed = False
        self._idle = threading.Event()  # cleared while start() is in (see wait())
        self._idle.set()

    def start(self) -> None:
        """Open the device and meter it (a worker: opening can take a moment). A ``stop()``
        meanwhile is honoured as soon as the device is open."""
        with PORTAUDIO_LOCK:  # never while the device list is being rebuilt
            with self._lock:
                if self._closed:
                    return
                self._starting = True
                self._idle.clear()
            try:
                self._open()
            finally:
                self._idle.set()

    def _open(self) -> None:
        try:
            if self._source is None:
                self._source = LiveSource(resolve_device(*self._device))
            self._source.open()
            scale = FULL_SCALE[self._source.format.sample_format]
            self._source.start(LevelSink(self._put, scale))
        except BaseException:
            with self._lock:
                self._starting, self._closed = False, True
            if self._source is not None:
                self._source.abort()
            raise
        with self._lock:
            self._starting = False
            stopped = self._closed
            if not stopped:
                _open_probes.add(self)
        if stopped:
            self._source.abort()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until no ``start()`` of this meter is running; False if one still is after
        ``timeout``. Once ``stop()`` was called, its stream is then closed (or its close left
        on a closing thread that did not return: ``capture.closing_threads_report``).

        ``start()`` runs on a worker: whoever owns the meter waits for it before it goes
        (a window closing), or the stream would be opened, and aborted, after it is gone.
        """
        return self._idle.wait(timeout)

    @property
    def source(self) -> Any:
        """The meter's source once it is being opened (None before)."""
        return self._source

    def stop(self) -> None:
        """Close the meter's stream (once, whoever asks: the page or a rescan)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            starting = self._starting
            _open_probes.discard(self)
        if not starting and self._source is not None:  # else start() closes it once open
            self._source.abort()
