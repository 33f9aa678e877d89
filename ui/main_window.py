"""The main window (empty for now; the call flow lands with the desktop-app issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QWidget


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Témoin")
        self.resize(960, 640)
        placeholder = QLabel(self.tr("Témoin"), self)
        placeholder.setObjectName("placeholder")
        self.setCentralWidget(placeholder)
