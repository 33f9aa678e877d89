"""Qt calls must not change ``None``'s reference count (PySide6 6.12.0 did).

With PySide6 6.12.0 on Python 3.11 every Qt call that returns nothing dropped
the reference count of ``None`` by one; the level meter alone cost ~75 a
second and the window aborted with ``Fatal Python error: none_dealloc`` after
a few minutes of a call. The lock pins a version without it; these tests fail
if a future bump brings it back. On Python 3.12+ ``None`` is immortal (its
count never moves and never reaches zero), so there is nothing to measure.

Each check stops at the first batch that moves the count, so a regression
fails cleanly here instead of aborting the test process.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import FIXTURES, announce, wait_audio, wait_for
from ui.main_window import MainWindow
from ui.meter import LevelMeter
from ui.waveform import WaveformWidget

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal on Python 3.12+: its count never moves"
)

# Python's own work (frames, dict lookups, the GC) moves None's count by a few
# hundred at most; the regression moved it by one per Qt call.
NOISE = 300


def _drift(action: Callable[[], None], rounds: int, check_every: int) -> int:
    """Run ``action`` ``rounds`` times; None's count drift, checked every few rounds."""
    start = sys.getrefcount(None)
    for i in range(rounds):
        action()
        if i % check_every == 0 and abs(sys.getrefcount(None) - start) > NOISE:
            break  # stop before a regression can bring the count to zero
    return sys.getrefcount(None) - start


def test_void_qt_calls_keep_nones_refcount_flat(qtbot: QtBot) -> None:
    label = QLabel()
    bar = QProgressBar()
    widget = QWidget()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    qtbot.addWidget(widget)
    image = QImage(64, 64, QImage.Format.Format_ARGB32)

    def widgets() -> None:
        label.setText("00:12")
        bar.setValue(3)
        widget.update()
        label.setToolTip("x")

    def painter() -> None:
        p = QPainter(image)
        p.setPen(QColor("red"))
        p.drawLine(QPointF(0, 0), QPointF(10, 10))
        p.fillRect(QRectF(0, 0, 5, 5), QColor("blue"))
        p.drawText(QRectF(0, 0, 60, 20), Qt.AlignmentFlag.AlignLeft, "REC")
        p.end()

    assert _drift(widgets, 12_500, 50) == pytest.approx(0, abs=NOISE)
    assert _drift(painter, 8_000, 20) == pytest.approx(0, abs=NOISE)


def test_meter_and_waveform_painting_keep_nones_refcount_flat(qtbot: QtBot) -> None:
    meter = LevelMeter()
    wave = WaveformWidget()
    for w in (meter, wave):
        qtbot.addWidget(w)
        w.resize(400, 60)
        w.show()
    qtbot.waitExposed(wave)
    image = QImage(400, 60, QImage.Format.Format_ARGB32)
    levels = iter(range(10**9))

    def paint() -> None:
        meter.set_level(-float(next(levels) % 60), -30.0)
        meter.render(image)
        wave.set_position(float(next(levels) % 30))
        wave.render(image)

    # Each round paints both widgets: dozens of QPainter calls.
    assert _drift(paint, 3_000, 1) == pytest.approx(0, abs=NOISE)


@pytest.mark.slow
def test_a_recording_with_the_meter_then_playback_keeps_the_count_flat(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The real window: a call from a fixture (meter, clock, title) and its playback."""
    page = window.new_call_page
    window.nav.setCurrentRow(0)
    page.counterpart_combo.setCurrentText("Swisscom")
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("support"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    page.set_input_file(FIXTURES / "consent_fr_granted.wav")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    announce(qtbot, window)
    wait_audio(qtbot, window, 1.0)
    rp = window.recording_page
    # Steady state: the meter, the clock and the title repaint many times a second.
    gc.collect()  # the garbage of what came before is not freed inside the window
    before = sys.getrefcount(None)
    qtbot.wait(5000)  # one wait: pytest-qt's polling helpers move the count themselves
    recording_drift = sys.getrefcount(None) - before
    assert window.session is not None
    assert window.session.recorded_seconds > 5.5
    qtbot.mouseClick(rp.agreed_button, Qt.MouseButton.LeftButton)
    wait_audio(qtbot, window, 9.5)
    assert rp.meter.peak_dbfs > -60  # the meter really moved
    qtbot.keyClick(rp, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    assert recording_drift == pytest.approx(0, abs=NOISE), "recording moved None's count"

    ac = window.after_call_page
    qtbot.mouseClick(ac.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.last_saved_id is not None)
    lp = window.library_page
    wait_for(qtbot, lambda: lp.current is not None and lp.current["id"] == window.last_saved_id)
    gc.collect()  # the finished call's objects (and their None fields) go now, not later
    before = sys.getrefcount(None)
    lp.toggle_play()
    assert lp._player is not None
    qtbot.wait(4000)
    playback_drift = sys.getrefcount(None) - before
    assert lp._player.position() > 2000  # it played; the waveform cursor followed it
    lp.toggle_play()
    assert playback_drift == pytest.approx(0, abs=NOISE), "playback moved None's count"
