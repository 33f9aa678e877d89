from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def test_main_window_is_titled_temoin(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Témoin"
    assert not window.windowIcon().isNull()
    assert window.windowIcon().availableSizes()  # the packaged PNGs, not the fallback dot
