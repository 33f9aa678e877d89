"""The screen during a call: what to say, what is being recorded, one click per answer.

It only shows state and turns clicks into requests (signals); the
``CallSession`` decides (consent state machine + recorder) and calls back.
When the microphone is lost, a banner replaces the consent buttons: what is
saved, a list of the microphones there are now, continue or end.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recorder.timefmt import format_elapsed
from ui.meter import LevelMeter

DEFAULT_DEVICE = -1  # combo data for "the system's default microphone"


class KeyButton(QPushButton):
    """A button with a fixed key (Ctrl+P…) that survives a change of text.

    ``QAbstractButton.setText`` turns a "&" mnemonic into the button's shortcut,
    replacing the key the tooltip and the README promise; this one puts the key
    (and the tooltip naming it) back after every new text.
    """

    def __init__(self, text: str, key: str, parent: QWidget | None = None) -> None:
        self._key = key
        super().__init__(text, parent)
        self._apply_key()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._apply_key()

    def _apply_key(self) -> None:
        self.setShortcut(QKeySequence(self._key))
        self.setToolTip(f"{self.text().replace('&', '')} ({self._key})")


class RecordingPage(QWidget):
    announce_requested = Signal()
    agreed = Signal()
    refused = Signal()
    transfer = Signal()
    pause_toggled = Signal(bool)
    marker_requested = Signal(str)
    stop_requested = Signal()
    withdrawn = Signal()
    switch_requested = Signal(object)  # device index, or None for the system default
    refresh_devices_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)

        top = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("recState")
        self.state_label.setMinimumHeight(40)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top.addWidget(self.state_label, 1)
        self.elapsed_label = QLabel("00:00", self)
        self.elapsed_label.setObjectName("elapsed")
        big = QFont(self.font())
        big.setPointSize(34)
        big.setBold(True)
        self.elapsed_label.setFont(big)
        self.elapsed_label.setAccessibleName(self.tr("Elapsed time"))
        top.addWidget(self.elapsed_label)
        layout.addLayout(top)

        self.meter = LevelMeter(self)
        layout.addWidget(self.meter)

        self.script_frame = QFrame(self)
        self.script_frame.setObjectName("scriptFrame")
        self.script_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.script_frame.setStyleSheet(
            "QFrame#scriptFrame { background:#fffbe8; border:2px solid #e0c060;"
            " border-radius:6px; }"
        )
        sf = QVBoxLayout(self.script_frame)
        self.script_heading = QLabel(self.tr("Read this aloud now:"), self.script_frame)
        sf.addWidget(self.script_heading)
        self.script_label = QLabel(self.script_frame)
        self.script_label.setObjectName("script")
        self.script_label.setWordWrap(True)
        self.script_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sfont = QFont(self.font())
        sfont.setPointSize(17)
        self.script_label.setFont(sfont)
        sf.addWidget(self.script_label)
        layout.addWidget(self.script_frame)

        self.lost_frame = self._build_lost_banner()
        layout.addWidget(self.lost_frame)

        self.consent_label = QLabel(self)
        self.consent_label.setObjectName("consentStatus")
        self.consent_label.setWordWrap(True)
        self.consent_label.setStyleSheet("font-size: 14px; padding: 4px 0;")
        layout.addWidget(self.consent_label)

        self.announce_button = self._button(self.tr("I'm &reading it now"), "Ctrl+L", "announce")
        self.announce_button.setMinimumHeight(48)
        self.announce_button.setStyleSheet(
            "QPushButton { background:#fff3c4; font-weight:bold; }"
            " QPushButton:disabled { background:#eeeeee; }"
        )
        self.announce_button.clicked.connect(self.announce_requested)
        sf.addWidget(self.announce_button)

        buttons = QGridLayout()
        self.agreed_button = self._button(self.tr("They &agreed"), "Ctrl+Y", "agreed")
        self.agreed_button.setStyleSheet("QPushButton { background:#d8f0df; font-weight:bold; }")
        self.refused_button = self._button(self.tr("They r&efused"), "Ctrl+N", "refused")
        self.refused_button.setStyleSheet("QPushButton { background:#f7dcd8; font-weight:bold; }")
        self.transfer_button = self._button(
            self.tr("Someone &new on the line"), "Ctrl+T", "transfer"
        )
        self.pause_button = self._button(self.tr("&Pause (sensitive data)"), "Ctrl+P", "pause")
        self.pause_button.setCheckable(True)
        self.stop_button = self._button(self.tr("S&top recording"), "Ctrl+E", "stop")
        for w in (self.agreed_button, self.refused_button):
            w.setMinimumHeight(48)
        buttons.addWidget(self.agreed_button, 0, 0)
        buttons.addWidget(self.refused_button, 0, 1)
        buttons.addWidget(self.transfer_button, 1, 0)
        buttons.addWidget(self.pause_button, 1, 1)
        self.withdraw_button = QPushButton(self.tr("They &withdrew consent"), self)
        self.withdraw_button.setObjectName("withdrawn")
        self.withdraw_button.setToolTip(
            self.tr("They agreed earlier and now want the recording stopped (Alt+W)")
        )
        self.withdraw_button.setStyleSheet("QPushButton { background:#f7dcd8; }")
        buttons.addWidget(self.withdraw_button, 2, 0, 1, 2)
        layout.addLayout(buttons)
        self.withdraw_button.clicked.connect(self.withdrawn)

        self.agreed_button.clicked.connect(self.agreed)
        self.refused_button.clicked.connect(self.refused)
        self.transfer_button.clicked.connect(self.transfer)
        self.pause_button.toggled.connect(self.pause_toggled)
        self.stop_button.clicked.connect(self.stop_requested)

        lower = QHBoxLayout()
        left = QFormLayout()
        self.marker_edit = QLineEdit(self)
        self.marker_edit.setObjectName("markerNote")
        self.marker_edit.setPlaceholderText(self.tr("What just happened (optional)"))
        self.marker_button = QPushButton(self.tr("Add &marker"), self)
        self.marker_button.setObjectName("marker")
        self.marker_button.setToolTip(self.tr("Mark this moment (Ctrl+M)"))
        self.marker_button.clicked.connect(self._marker)
        self.marker_edit.returnPressed.connect(self._marker)
        mrow = QHBoxLayout()
        mrow.addWidget(self.marker_edit, 1)
        mrow.addWidget(self.marker_button)
        left.addRow(self._label(self.tr("Marker note"), self.marker_edit), mrow)
        self.ticket_edit = QLineEdit(self)
        self.ticket_edit.setObjectName("ticket")
        left.addRow(self._label(self.tr("T&icket number"), self.ticket_edit), self.ticket_edit)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        left.addRow(self._label(self.tr("N&otes"), self.notes_edit), self.notes_edit)
        lower.addLayout(left, 3)
        self.markers_list = QListWidget(self)
        self.markers_list.setObjectName("markers")
        self.markers_list.setAccessibleName(self.tr("Events so far"))
        self.markers_list.setMaximumHeight(150)
        lower.addWidget(self.markers_list, 2)
        layout.addLayout(lower)
        self.stop_button.setMinimumHeight(40)
        layout.addWidget(self.stop_button)
        layout.addStretch(1)

        QShortcut(QKeySequence("Ctrl+M"), self, self._marker)
        self.allowed: frozenset[str] = frozenset()
        self.set_phase("announcing")

    def _build_lost_banner(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("lostFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(
            "QFrame#lostFrame { background:#fff1e0; border:2px solid #e67e22; border-radius:6px; }"
        )
        box = QVBoxLayout(frame)
        heading = QLabel(self.tr("The microphone was lost: nothing is being recorded now."), frame)
        heading.setStyleSheet("font-size:16px; font-weight:bold;")
        heading.setWordWrap(True)
        box.addWidget(heading)
        self.lost_label = QLabel(
            self.tr(
                "Everything recorded until then is saved. Plug the microphone back in or choose "
                "another one, then continue: the audio goes on in the same recording."
            ),
            frame,
        )
        self.lost_label.setObjectName("lostExplanation")
        self.lost_label.setWordWrap(True)
        box.addWidget(self.lost_label)
        row = QHBoxLayout()
        self.device_combo = QComboBox(frame)
        self._device_names: dict[int, str] = {}
        self.device_combo.setObjectName("lostDevice")
        self.device_combo.setAccessibleName(self.tr("Microphone to continue on"))
        self.device_combo.setMinimumContentsLength(24)
        row.addWidget(self._label(self.tr("&Use microphone:"), self.device_combo))
        row.addWidget(self.device_combo, 1)
        self.refresh_devices_button = QPushButton(self.tr("Refre&sh list"), frame)
        self.refresh_devices_button.setObjectName("lostRefresh")
        self.refresh_devices_button.clicked.connect(self.refresh_devices_requested)
        row.addWidget(self.refresh_devices_button)
        box.addLayout(row)
        actions = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("&Continue on this microphone"), frame)
        self.continue_button.setObjectName("continueRecording")
        self.continue_button.setMinimumHeight(40)
        self.continue_button.setStyleSheet("QPushButton { background:#d8f0df; font-weight:bold; }")
        self.continue_button.clicked.connect(self._continue)
        self.end_button = QPushButton(self.tr("En&d the call"), frame)
        self.end_button.setObjectName("endAfterLoss")
        self.end_button.setMinimumHeight(40)
        self.end_button.clicked.connect(self.stop_requested)
        actions.addWidget(self.continue_button, 1)
        actions.addWidget(self.end_button, 1)
        box.addLayout(actions)
        self.lost_status = QLabel(frame)
        self.lost_status.setObjectName("lostStatus")
        self.lost_status.setWordWrap(True)
        self.lost_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lost_status.setStyleSheet("color:#5c0d06;")
        box.addWidget(self.lost_status)
        self.lost_status.hide()
        frame.hide()
        return frame

    def _continue(self) -> None:
        data = self.device_combo.currentData()
        self.set_lost_status(self.tr("Opening the microphone…"))
        self.continue_button.setEnabled(False)
        self.switch_requested.emit(None if data in (None, DEFAULT_DEVICE) else int(data))

    def set_devices(self, devices: list[Any], error: str | None = None) -> None:
        """The microphones there are now (the default one chosen), plus the system default."""
        self.refresh_devices_button.setEnabled(True)
        self.device_combo.clear()
        self._device_names = {dev.index: dev.name for dev in devices}
        pick = 0
        for dev in devices:
            self.device_combo.addItem(f"{dev.name} ({dev.host_api})", dev.index)
            if dev.is_default:
                pick = self.device_combo.count() - 1
        self.device_combo.addItem(self.tr("The system's default microphone"), DEFAULT_DEVICE)
        self.device_combo.setCurrentIndex(pick)
        if error:
            self.set_lost_status(error)

    def device_name(self, index: int | None) -> str | None:
        """The name the device at ``index`` had in the list shown (None: the default)."""
        return None if index is None else self._device_names.get(index)

    def set_lost_status(self, text: str) -> None:
        """A line under the lost banner's buttons: progress or the core's refusal."""
        self.lost_status.setText(text)
        self.lost_status.setVisible(bool(text))

    def set_switch_failed(self, text: str) -> None:
        self.set_lost_status(text)
        self.continue_button.setEnabled(True)
        self.device_combo.setFocus()

    def _button(self, text: str, key: str, name: str) -> KeyButton:
        b = KeyButton(text, key, self)
        b.setObjectName(name)
        return b

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _marker(self) -> None:
        text = self.marker_edit.text().strip()
        self.marker_edit.clear()
        self.marker_requested.emit(text)

    # --- state shown -----------------------------------------------------------------------

    def reset(self, script: str) -> None:
        self.script_label.setText(script)
        self.markers_list.clear()
        self.ticket_edit.clear()
        self.notes_edit.clear()
        self.marker_edit.clear()
        self.show_paused(False)
        self.elapsed_label.setText("00:00")
        self.meter.reset()
        self.set_allowed(frozenset())
        self.set_phase("announcing")

    def show_paused(self, paused: bool) -> None:
        """Press or release the pause button without asking for a pause or a resume."""
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(paused)
        self.pause_button.blockSignals(False)

    def set_allowed(self, allowed: frozenset[str], agreed: bool = False) -> None:
        """Enable exactly the consent buttons the core's rules take now (the session asks
        ``Call.allowed_actions()``): the page holds no consent rule of its own. ``agreed``:
        the person on the line agreed, so "they withdrew" is offered (before agreeing, the
        answer is "they refused")."""
        could_announce = self.announce_button.isEnabled()
        self.allowed = frozenset(allowed)
        told = "granted" in self.allowed  # the core takes an answer once they were told
        self.announce_button.setEnabled("announced" in self.allowed and not told)
        self.agreed_button.setEnabled(told)
        self.refused_button.setEnabled("refused" in self.allowed)
        self.transfer_button.setEnabled("transferred" in self.allowed)
        self.pause_button.setEnabled(bool({"paused", "resumed"} & self.allowed))
        if self.allowed:  # pressed exactly when the core is paused (a failed pause unpresses)
            self.show_paused("resumed" in self.allowed)
        self.withdraw_button.setVisible(agreed and "withdrawn" in self.allowed)
        newly = self.announce_button.isEnabled() and not could_announce
        if newly and self.script_frame.isVisible():  # a new person: tell them first
            self.announce_button.setFocus()

    def set_phase(self, phase: str) -> None:
        """announcing | consented | refused | paused | device_lost | stopping."""
        was_lost = getattr(self, "phase", "") == "device_lost"
        self.phase = phase
        announcing = phase == "announcing"
        lost = phase == "device_lost"
        self.lost_frame.setVisible(lost)
        self.consent_label.setVisible(not lost)  # "recorded with consent" is not true right now
        if lost and not was_lost:
            self.set_lost_status("")
            self.continue_button.setEnabled(True)
            self.continue_button.setFocus()
        self.script_frame.setVisible(announcing)
        self.agreed_button.setVisible(announcing)
        self.refused_button.setVisible(announcing)
        self.marker_button.setEnabled(phase not in ("stopping",))
        self.stop_button.setEnabled(phase != "stopping")
        if phase == "paused":
            self.state_label.setText(self.tr("‖  PAUSED — NOT RECORDING"))
            self.state_label.setStyleSheet(
                "background:#555; color:#fff; font-size:18px; font-weight:bold; border-radius:4px;"
            )
            self.pause_button.setText(self.tr("&Resume recording"))
        elif lost:
            self.state_label.setText(self.tr("⚠  MICROPHONE LOST — NOT RECORDING"))
            self.state_label.setStyleSheet(
                "background:#e67e22; color:#fff; font-size:18px; font-weight:bold;"
                " border-radius:4px;"
            )
        else:
            self.pause_button.setText(self.tr("&Pause (sensitive data)"))
            if phase == "announcing":
                text = self.tr("●  RECORDING — waiting for consent")
            elif phase == "stopping":
                text = self.tr("Stopping…")
            else:
                text = self.tr("●  RECORDING")
            self.state_label.setText(text)
            self.state_label.setStyleSheet(
                "background:#c0392b; color:#fff; font-size:18px; font-weight:bold;"
                " border-radius:4px;"
            )

    def set_consent_text(self, text: str) -> None:
        self.consent_label.setText(text)

    def set_elapsed(self, seconds: float) -> None:
        self.elapsed_label.setText(format_elapsed(seconds))

    def add_event_line(self, text: str) -> None:
        self.markers_list.addItem(text)
        self.markers_list.scrollToBottom()
