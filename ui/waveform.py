"""A waveform with the call's consent events and markers drawn on it.

Clicking places the playhead (``seek_requested`` in seconds); events are
coloured by meaning: consent given (green), refused/withdrawn (red),
announcements and transfers (blue), pauses (grey), markers (amber). A
two-track call is drawn as two lanes, "You" over "Other party", with the
events and the playhead across both; a mono call as the one lane it always was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from recorder.sidecar import Party

if TYPE_CHECKING:
    from recorder.waveform import Lane, Overview  # numpy: the module is imported lazily

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
LANE_COLORS = {Party.YOU: "#4a6fa5", Party.OTHER: "#8a4f7d", Party.BOTH: "#4a6fa5"}
LANE_HEIGHT = 92  # per lane: one lane keeps the height it always had
TOP = 14  # room for the event flags above the lanes


class WaveformWidget(QWidget):
    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(90)
        self.setAccessibleName(self.tr("Waveform with consent events and markers"))
        self._lanes: tuple[Lane, ...] = ()
        self._duration = 0.0
        self._events: list[dict[str, Any]] = []
        self._position = 0.0

    def sizeHint(self) -> QSize:
        return QSize(600, TOP + 4 + LANE_HEIGHT * max(1, len(self._lanes)))

    def set_data(self, overview: Overview | None, events: Sequence[dict[str, Any]]) -> None:
        """Show ``overview`` (from ``recorder.waveform.read_overview``) with ``events``."""
        lanes = overview.lanes if overview is not None else ()
        resized = len(lanes) != len(self._lanes)
        self._lanes = lanes
        self._duration = max(0.0, overview.duration_s) if overview is not None else 0.0
        self._events = [e for e in events if e.get("kind") in EVENT_COLORS]
        self._position = 0.0
        if resized:
            self.updateGeometry()  # two lanes are taller than one
        self.setAccessibleDescription(" / ".join(label for label in self.lane_labels() if label))
        self.update()

    def clear(self) -> None:
        self.set_data(None, ())

    def lane_labels(self) -> list[str]:
        """What each lane is labelled, top to bottom ("" for a mono call's one lane)."""
        if len(self._lanes) < 2:
            return [""] * len(self._lanes)
        return [self._party_label(lane) for lane in self._lanes]

    def _party_label(self, lane: Lane) -> str:
        if lane.party is Party.YOU:
            return self.tr("You")
        if lane.party is Party.OTHER:
            return self.tr("Other party")
        return self.tr("Channel %1").replace("%1", str(lane.channel))

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
        wave = rect.adjusted(0, TOP, 0, -4)
        if any(lane.maxs for lane in self._lanes):
            labels = self.lane_labels()
            lane_h = wave.height() / len(self._lanes)
            for i, lane in enumerate(self._lanes):
                band = QRectF(wave.left(), wave.top() + i * lane_h, wave.width(), lane_h)
                if i:
                    p.setPen(QColor("#d6d6d6"))
                    p.drawLine(band.topLeft(), band.topRight())
                self._paint_lane(p, lane, band)
                if labels[i]:
                    self._paint_label(p, labels[i], band)
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

    @staticmethod
    def _paint_lane(p: QPainter, lane: Lane, band: QRectF) -> None:
        n = len(lane.maxs)
        if not n:
            return
        mid = band.center().y()
        half = band.height() / 2
        step = band.width() / max(1, n - 1)
        top = [QPointF(band.left() + step * i, mid - lane.maxs[i] * half) for i in range(n)]
        bottom = [QPointF(band.left() + step * i, mid - lane.mins[i] * half) for i in range(n)]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(LANE_COLORS[lane.party]))
        p.drawPolygon(QPolygonF([*top, *reversed(bottom)]))

    def _paint_label(self, p: QPainter, text: str, band: QRectF) -> None:
        metrics = p.fontMetrics()
        box = QRectF(band.left() + 4, band.top() + 3, metrics.horizontalAdvance(text) + 8, 0)
        box.setHeight(metrics.height() + 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 200))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(QColor("#333333"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
