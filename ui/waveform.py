"""A waveform with the call's consent events and markers drawn on it.

Clicking places the playhead (``seek_requested`` in seconds); events are
coloured by meaning: consent given (green), refused/withdrawn (red),
announcements and transfers (blue), pauses (grey), markers (amber).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

EVENT_COLORS = {
    "granted": "#2e8b57",
    "refused": "#c0392b",
    "withdrawn": "#c0392b",
    "announced": "#2f6fb3",
    "transferred": "#2f6fb3",
    "paused": "#7f7f7f",
    "resumed": "#7f7f7f",
    "marker": "#d4890f",
    "device_lost": "#c0392b",
    "gap": "#c0392b",
    "truncated": "#c0392b",
}


class WaveformWidget(QWidget):
    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(90)
        self.setAccessibleName(self.tr("Waveform with consent events and markers"))
        self._mins: Sequence[float] = ()
        self._maxs: Sequence[float] = ()
        self._duration = 0.0
        self._events: list[dict[str, Any]] = []
        self._position = 0.0

    def sizeHint(self) -> QSize:
        return QSize(600, 110)

    def set_data(
        self,
        mins: Sequence[float],
        maxs: Sequence[float],
        duration_s: float,
        events: Sequence[dict[str, Any]],
    ) -> None:
        self._mins, self._maxs = mins, maxs
        self._duration = max(0.0, duration_s)
        self._events = [e for e in events if e.get("kind") in EVENT_COLORS]
        self._position = 0.0
        self.update()

    def clear(self) -> None:
        self.set_data((), (), 0.0, ())

    def set_position(self, seconds: float) -> None:
        self._position = seconds
        self.update()

    def _x(self, seconds: float, rect: QRectF) -> float:
        if self._duration <= 0:
            return rect.left()
        return rect.left() + rect.width() * min(1.0, max(0.0, seconds / self._duration))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._duration > 0 and event.button() == Qt.MouseButton.LeftButton:
            rect = QRectF(self.rect())
            frac = (event.position().x() - rect.left()) / max(1.0, rect.width())
            self.seek_requested.emit(max(0.0, min(1.0, frac)) * self._duration)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        p.fillRect(rect, QColor("#fafafa"))
        p.setPen(QColor("#cccccc"))
        p.drawRect(rect.adjusted(0, 0, -1, -1))
        wave = rect.adjusted(0, 14, 0, -4)
        mid = wave.center().y()
        half = wave.height() / 2
        n = len(self._maxs)
        if n:
            top = [
                QPointF(wave.left() + wave.width() * i / max(1, n - 1), mid - self._maxs[i] * half)
                for i in range(n)
            ]
            bottom = [
                QPointF(wave.left() + wave.width() * i / max(1, n - 1), mid - self._mins[i] * half)
                for i in range(n)
            ]
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#4a6fa5"))
            p.drawPolygon(QPolygonF([*top, *reversed(bottom)]))
        else:
            p.setPen(QColor("#888888"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No audio"))
        for ev in self._events:
            x = self._x(float(ev.get("seconds", 0.0)), rect)
            color = QColor(EVENT_COLORS[str(ev["kind"])])
            p.setPen(QPen(color, 2))
            p.drawLine(QPointF(x, rect.top() + 12), QPointF(x, rect.bottom()))
            p.setBrush(color)
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x - 5, rect.top()),
                        QPointF(x + 5, rect.top()),
                        QPointF(x, rect.top() + 10),
                    ]
                )
            )
        if self._duration > 0:
            x = self._x(self._position, rect)
            p.setPen(QPen(QColor("#111111"), 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        p.end()
