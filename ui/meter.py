"""The level meter: a one-slot queue written by the audio side, read by a UI timer.

The writer thread calls ``LevelQueue.put`` (never blocks: a full slot is
replaced), and a ``QTimer`` on the UI thread drains it into ``LevelMeter``.
The UI never waits on audio and audio never waits on the UI.
"""

from __future__ import annotations

import collections
import contextlib
import queue
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0


class LevelQueue:
    """A one-slot mailbox for (peak_dbfs, rms_dbfs): newest wins."""

    def __init__(self) -> None:
        self._q: queue.Queue[tuple[float, float]] = queue.Queue(maxsize=1)

    def put(self, peak_dbfs: float, rms_dbfs: float) -> None:
        """Safe from any thread, never blocks."""
        with contextlib.suppress(queue.Empty):
            self._q.get_nowait()
        with contextlib.suppress(queue.Full):
            self._q.put_nowait((float(peak_dbfs), float(rms_dbfs)))

    def take(self) -> tuple[float, float] | None:
        try:
            return self._q.get_nowait()
        except queue.Empty:
            return None


class TrackFeed:
    """Every per-track reading, with the recording time it ends at: ``(seconds, levels)``.

    The speech detector must see each reading in order, so unlike the meters' one-slot
    mailbox nothing is replaced; ``maxlen`` (20 s of readings) bounds it should the UI
    stall. ``deque.append`` and ``popleft`` are atomic: the writer thread never waits.
    """

    def __init__(self, maxlen: int = 400) -> None:
        self._q: collections.deque[tuple[float, Any]] = collections.deque(maxlen=maxlen)

    def put(self, seconds: float, levels: Any) -> None:
        """Safe from any thread, never blocks."""
        self._q.append((seconds, levels))

    def drain(self) -> list[tuple[float, Any]]:
        out = []
        while True:
            try:
                out.append(self._q.popleft())
            except IndexError:
                return out


def _fraction(db: float) -> float:
    if db != db or db <= FLOOR_DB:  # NaN or silence
        return 0.0
    return min(1.0, (db - FLOOR_DB) / -FLOOR_DB)


class LevelMeter(QWidget):
    """A horizontal bar: RMS filled, peak as a tick; green, amber near clipping, red at 0 dBFS.

    ``level_changed(peak, rms)`` follows every reading shown (the sound test listens)."""

    level_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None, source: LevelQueue | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Input level"))
        self._peak = FLOOR_DB
        self._rms = FLOOR_DB
        self._held_peak = FLOOR_DB
        self.source = source or LevelQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._idle_ticks = 0

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 14)

    @property
    def peak_dbfs(self) -> float:
        return self._peak

    @property
    def rms_dbfs(self) -> float:
        return self._rms

    def set_level(self, peak_dbfs: float, rms_dbfs: float) -> None:
        self._peak = peak_dbfs
        self._rms = rms_dbfs
        self._held_peak = max(peak_dbfs, self._held_peak - 1.5)
        self._idle_ticks = 0
        self.setToolTip(self.tr("Peak %1 dBFS").replace("%1", f"{peak_dbfs:.0f}"))
        self.update()
        self.level_changed.emit(peak_dbfs, rms_dbfs)

    def reset(self) -> None:
        self._peak = self._rms = self._held_peak = FLOOR_DB
        self.update()

    def _poll(self) -> None:
        level = self.source.take()
        if level is not None:
            self.set_level(*level)
            return
        self._idle_ticks += 1
        if self._idle_ticks == 10:  # half a second without data: fall to silence
            self.reset()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QColor("#888"))
        p.setBrush(QColor("#1e1e1e"))
        p.drawRoundedRect(rect, 3, 3)
        inner = rect.adjusted(2, 2, -2, -2)
        frac = _fraction(self._rms)
        if frac > 0:
            color = QColor("#3cb371")
            if self._peak > -3:
                color = QColor("#d9412b")
            elif self._peak > -9:
                color = QColor("#e0a030")
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRect(QRectF(inner.left(), inner.top(), inner.width() * frac, inner.height()))
        peak = _fraction(self._held_peak)
        if peak > 0:
            x = inner.left() + inner.width() * peak
            p.setPen(QColor("#f0f0f0"))
            p.drawLine(int(x), int(inner.top()), int(x), int(inner.bottom()))
        p.end()
