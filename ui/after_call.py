"""After the call: what was kept, then tags, outcome and a summary for the library.

The call is already in the library when this page shows (the window indexes it the
moment it stops); saving here only adds the user's details to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

OUTCOMES = ("resolved", "unresolved", "follow_up", "escalated")


def parse_tags(text: str) -> tuple[dict[str, str], list[str]]:
    """``key=value, word`` → ({key: value}, [word]); blanks ignored."""
    kv: dict[str, str] = {}
    words: list[str] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        if sep and key.strip():
            kv[key.strip()] = value.strip()
        else:
            words.append(part)
    return kv, words


class AfterCallPage(QWidget):
    save_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("afterCallPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("After the call"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.kept_label = QLabel(self)
        self.kept_label.setObjectName("keptSummary")
        self.kept_label.setWordWrap(True)
        self.kept_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.kept_label)
        # What to check before the next call (a silent track): plain, and hard to miss.
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("callWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label.setStyleSheet(
            "background:#fff4d6; color:#4d3800; border:1px solid #e0c060; padding:6px;"
        )
        self.warnings_label.hide()
        layout.addWidget(self.warnings_label)
        self.library_status = QLabel(self)
        self.library_status.setObjectName("libraryStatus")
        self.library_status.setWordWrap(True)
        self.library_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.library_status)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("outcome")
        labels = {
            "resolved": self.tr("Resolved"),
            "unresolved": self.tr("Not resolved"),
            "follow_up": self.tr("They will call back / follow-up needed"),
            "escalated": self.tr("Escalated (complaint, ombudsman)"),
        }
        for key in OUTCOMES:
            self.outcome_combo.addItem(labels[key], key)
        form.addRow(self._label(self.tr("&Outcome"), self.outcome_combo), self.outcome_combo)
        self.ticket_edit = QLineEdit(self)
        self.ticket_edit.setObjectName("afterTicket")
        form.addRow(self._label(self.tr("T&icket number"), self.ticket_edit), self.ticket_edit)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("tags")
        self.tags_edit.setPlaceholderText(self.tr("e.g. invoice, contract=12345"))
        form.addRow(self._label(self.tr("&Tags"), self.tags_edit), self.tags_edit)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("summary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("What was said and promised, in a few lines"))
        form.addRow(self._label(self.tr("&Summary"), self.summary_edit), self.summary_edit)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save these &details with the call"), self)
        self.save_button.setObjectName("saveCall")
        self.save_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save_requested)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def reset(self, kept_html: str, ticket: str, notes: str, warnings: Sequence[str] = ()) -> None:
        """A new call's page: what was kept, its warnings (none: no box), blank details."""
        self.kept_label.setText(kept_html)
        self.warnings_label.setText("\n\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.ticket_edit.setText(ticket)
        self.tags_edit.clear()
        self.summary_edit.setPlainText(notes)
        self.outcome_combo.setCurrentIndex(0)
        self.save_button.setEnabled(True)
        self.set_library_status("")

    def set_library_status(self, text: str, problem: bool = False) -> None:
        """Where the call stands in the library: being added, in it, or why not yet."""
        self.library_status.setText(text)
        self.library_status.setStyleSheet("color:#5c0d06;" if problem else "")

    def values(self) -> tuple[dict[str, str], list[str], str]:
        kv, words = parse_tags(self.tags_edit.text())
        kv["outcome"] = str(self.outcome_combo.currentData())
        ticket = self.ticket_edit.text().strip()
        if ticket:
            kv["ticket"] = ticket
        return kv, words, self.summary_edit.toPlainText()
