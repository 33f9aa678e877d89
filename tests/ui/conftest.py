"""UI test helpers: a window on a private library, a stall meter, waiting on the flow."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.options import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_timing(name: str) -> dict[str, Any]:
    data = json.loads((FIXTURES / "fixtures.json").read_text(encoding="utf-8"))
    return next(f for f in data["fixtures"] if f["file"] == name)


class StallMeter:
    """A 5 ms timer on the UI thread; the longest gap between ticks is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.max_stall_ms = 0.0
        self.phase_max: dict[str, float] = {}
        self.phase = "idle"
        self.timer.timeout.connect(self._tick)

    def start(self, phase: str) -> None:
        self.phase = phase
        self.clock.restart()
        if not self.timer.isActive():
            self.timer.start()

    def _tick(self) -> None:
        gap = self.clock.restart() - 5.0
        if gap > self.max_stall_ms:
            self.max_stall_ms = gap
        if gap > self.phase_max.get(self.phase, 0.0):
            self.phase_max[self.phase] = gap

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """A test that switches the UI's language (the first-run dialog does, as the user
    picks one) leaves the next test in English."""
    yield
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_translations

    if QCoreApplication.instance() is not None:
        install_translations("en")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Settings(tmp_path / "ui-settings.json")
    settings.set("user_name", "Marie Test")
    settings.set("first_run_done", True)
    win = MainWindow(settings=settings)
    win.library_page.quiet = True  # no modal result box in tests
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # Also the recovery scan: it holds the library's lock while it runs.
    qtbot.waitUntil(lambda: win.ready and win.warmed and win.recovered, timeout=15000)
    yield win
    if win.session is not None and win.session.recording:
        win.session.stop()
        qtbot.waitUntil(lambda: win.session is None or not win.session.recording, timeout=10000)


def wait_audio(qtbot: QtBot, win: MainWindow, seconds: float) -> None:
    """Wait until the recorder has written ``seconds`` of the fixture."""
    qtbot.waitUntil(
        lambda: win.session is not None and win.session.recorded_seconds >= seconds,
        timeout=int(seconds * 1000) + 10000,
    )


def wait_for(qtbot: QtBot, cond: Callable[[], bool], timeout_s: float = 15.0) -> None:
    qtbot.waitUntil(cond, timeout=int(timeout_s * 1000))


def announce(qtbot: QtBot, win: MainWindow, *, key: bool = False) -> None:
    """Say "I'm reading it now" (button, or Ctrl+L) and wait until an answer can be clicked."""
    rp = win.recording_page
    # As a person would: once the window offers it (an earlier click has been applied).
    wait_for(qtbot, lambda: win.session is not None and not win.session._pending, 5)
    wait_for(qtbot, rp.announce_button.isEnabled, 5)
    if key:  # a key "clicks" after a short animation
        qtbot.keyClick(rp, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        rp.announce_button.click()
    wait_for(qtbot, rp.agreed_button.isEnabled, 5)


def now() -> float:
    return time.monotonic()
