"""A message bar at the top of the window: errors the user can act on, in plain words.

Environment problems (no device, device lost, disk full, library in use)
arrive here as the ``TemoinError`` sentence; never a traceback. A message may
carry action buttons (a lost microphone offers "continue" and "end"), so the
way out sits next to the explanation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

STYLES = {
    "info": "background:#e8f0fb; color:#0b2e59; border:1px solid #9db7dd;",
    "warning": "background:#fff4d6; color:#4d3800; border:1px solid #e0c060;",
    "error": "background:#fbe3e1; color:#5c0d06; border:1px solid #d9736a;",
}


class MessageBar(QFrame):
    """One message at a time; errors stay until dismissed, info can time out."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.level = ""
        self.action_buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setObjectName("messageBarDismiss")
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.close_button)
        self.hide()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def show_message(
        self,
        text: str,
        level: str = "error",
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
    ) -> None:
        """Show ``text``; each action is a (label, callback) button before Dismiss."""
        self.clear_actions()
        for label, callback in actions:
            button = QPushButton(label, self)
            button.setObjectName("messageBarAction")
            button.clicked.connect(lambda _=False, cb=callback: cb())
            self._layout.insertWidget(self._layout.indexOf(self.close_button), button)
            self.action_buttons.append(button)
        self.level = level
        self.label.setText(text)
        self.setStyleSheet(f"QFrame#messageBar {{{STYLES.get(level, STYLES['info'])}}}")
        self.setAccessibleDescription(text)
        self.show()

    def clear_actions(self) -> None:
        """Keep the text, drop the buttons (their action no longer applies)."""
        for button in self.action_buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.action_buttons = []

    def clear(self) -> None:
        self.clear_actions()
        self.level = ""
        self.label.clear()
        self.hide()
        self.dismissed.emit()
