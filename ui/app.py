"""Start the desktop app."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def run_app(args: argparse.Namespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Témoin")
    app.setApplicationDisplayName("Témoin")
    window = MainWindow()
    window.show()
    return int(app.exec())
