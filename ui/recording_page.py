"""The screen during a call: what to say, what is being recorded, one click per answer.

It only shows state and turns clicks into requests (signals); the
``CallSession`` decides (consent state machine + recorder) and calls back.
When the microphone is lost, a banner replaces the consent buttons: what is
saved, a list of the microphones there are now, continue or end.

A call with two tracks shows a meter for each ("You", "The other party"), a
warning that stays on screen while the other party's track is silent and
yours is not, and, after the announcement, when the other party began to
speak: "They agreed" is placed there. A lost device on such a call offers
both sides' devices.
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
from ui.tracks import TrackChoice

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
    # A device index, or None for the system default; a TrackChoice on a two-track call.
    switch_requested = Signal(object)
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

        meters = QHBoxLayout()  # side by side: the text to read keeps its height
        self.you_label = QLabel(self.tr("You"), self)
        self.you_label.setObjectName("youLabel")
        self.meter = LevelMeter(self)  # your voice, or on a mono call the one microphone
        self.meter.setAccessibleName(self.tr("Your voice"))
        self.other_label = QLabel(self.tr("The other party"), self)
        self.other_label.setObjectName("otherLabel")
        self.other_meter = LevelMeter(self)
        self.other_meter.setObjectName("otherLevelMeter")
        self.other_meter.setAccessibleName(self.tr("The other party"))
        meters.addWidget(self.you_label)
        meters.addWidget(self.meter, 1)
        meters.addSpacing(12)
        meters.addWidget(self.other_label)
        meters.addWidget(self.other_meter, 1)
        layout.addLayout(meters)

        self.silence_alarm = QLabel(
            self.tr("⚠  We hear nothing from the other party: check the output."), self
        )
        self.silence_alarm.setObjectName("silenceAlarm")
        self.silence_alarm.setWordWrap(True)
        self.silence_alarm.setStyleSheet(
            "background:#fff1e0; border:2px solid #e67e22; border-radius:6px; padding:3px 6px;"
            " font-size:14px; font-weight:bold; color:#7a3a00;"
        )
        self.silence_alarm.hide()
        layout.addWidget(self.silence_alarm)

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
        self.answer_label = QLabel(self.script_frame)
        self.answer_label.setObjectName("answerHeard")
        self.answer_label.setWordWrap(True)
        self.answer_label.setStyleSheet("font-size: 15px; font-weight: bold; color:#1d6b35;")
        self.answer_label.hide()
        sf.addWidget(self.answer_label)

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
        self.two_tracks = False
        self.set_tracks(1)
        self.set_phase("announcing")

    def _build_lost_banner(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("lostFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(
            "QFrame#lostFrame { background:#fff1e0; border:2px solid #e67e22; border-radius:6px; }"
        )
        box = QVBoxLayout(frame)
        self.lost_heading = QLabel(frame)
        self.lost_heading.setStyleSheet("font-size:16px; font-weight:bold;")
        self.lost_heading.setWordWrap(True)
        box.addWidget(self.lost_heading)
        self.lost_label = QLabel(frame)
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
        other_row = QHBoxLayout()
        self.other_device_combo = QComboBox(frame)
        self.other_device_combo.setObjectName("lostOtherDevice")
        self.other_device_combo.setAccessibleName(self.tr("The other party's sound"))
        self.other_device_combo.setMinimumContentsLength(24)
        self.other_device_label = self._label(self.tr("The other part&y:"), self.other_device_combo)
        other_row.addWidget(self.other_device_label)
        other_row.addWidget(self.other_device_combo, 1)
        box.addLayout(other_row)
        actions = QHBoxLayout()
        self.continue_button = QPushButton(frame)
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
        self.continue_button.setEnabled(False)
        if self.two_tracks:
            other = self.other_device_combo.currentData()
            self.set_lost_status(self.tr("Opening the devices…"))
            self.switch_requested.emit(
                TrackChoice(
                    None if data in (None, DEFAULT_DEVICE) else str(data),
                    None if other in (None, DEFAULT_DEVICE) else str(other),
                )
            )
            return
        self.set_lost_status(self.tr("Opening the microphone…"))
        self.switch_requested.emit(None if data in (None, DEFAULT_DEVICE) else int(data))

    def set_endpoints(
        self,
        endpoints: Any,
        theirs: list[Any],
        adapter: bool = False,
        current: TrackChoice | None = None,
        error: str | None = None,
    ) -> None:
        """A two-track call's devices there are now (the sound server's): your microphone
        and ``theirs``, where the other party can be heard (outputs, or for a phone
        ``adapter`` inputs). ``current``: what the call recorded from, chosen again when
        it is still there."""
        self.refresh_devices_button.setEnabled(True)
        inputs = list(getattr(endpoints, "inputs", ()) or ())
        for combo, items, default_text, wanted in (
            (
                self.device_combo,
                inputs,
                self.tr("The system's default microphone"),
                None if current is None else current.voice,
            ),
            (
                self.other_device_combo,
                theirs,
                None if adapter else self.tr("What the computer plays (the default output)"),
                None if current is None else current.other_party,
            ),
        ):
            combo.clear()
            pick = -1
            for e in items:
                combo.addItem(str(e.description), str(e.name))
                if e.name == wanted or (pick < 0 and e.is_default and wanted is None):
                    pick = combo.count() - 1
            if default_text is not None:
                combo.addItem(default_text, DEFAULT_DEVICE)
            combo.setCurrentIndex(max(0, pick))
        if error:
            self.set_lost_status(error)

    def set_tracks(self, tracks: int) -> None:
        """1: one microphone (mono), one meter; 2: your voice and the other party's."""
        self.two_tracks = tracks == 2
        self.you_label.setText(self.tr("You") if self.two_tracks else self.tr("Microphone"))
        self.other_label.setVisible(self.two_tracks)
        self.other_meter.setVisible(self.two_tracks)
        self.other_device_label.setVisible(self.two_tracks)
        self.other_device_combo.setVisible(self.two_tracks)
        if self.two_tracks:
            self.lost_heading.setText(self.tr("The sound was lost: nothing is being recorded now."))
            self.lost_label.setText(
                self.tr(
                    "Everything recorded until then is saved. Plug the device back in or choose "
                    "others, then continue: both voices go on in the same recording."
                )
            )
            self.continue_button.setText(self.tr("&Continue on these devices"))
        else:
            self.lost_heading.setText(
                self.tr("The microphone was lost: nothing is being recorded now.")
            )
            self.lost_label.setText(
                self.tr(
                    "Everything recorded until then is saved. Plug the microphone back in or "
                    "choose another one, then continue: the audio goes on in the same recording."
                )
            )
            self.continue_button.setText(self.tr("&Continue on this microphone"))
        if not self.two_tracks:
            self.set_silence_alarm(False)

    def set_silence_alarm(self, on: bool) -> None:
        """The other party's track silent while yours is not (non-modal: it stays until
        they are heard again)."""
        self.silence_alarm.setVisible(on)

    def set_answer_heard(self, seconds: float | None) -> None:
        """When the other party began to speak after the announcement (None: not yet)."""
        if seconds is None:
            self.answer_label.hide()
            self.answer_label.clear()
            return
        self.answer_label.setText(
            self.tr("The other party spoke at %1.").replace("%1", format_elapsed(seconds))
        )
        self.answer_label.setVisible(self.phase == "announcing")

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
        self.other_meter.reset()
        self.set_silence_alarm(False)
        self.set_answer_heard(None)
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
        self.answer_label.setVisible(announcing and bool(self.answer_label.text()))
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
            self.state_label.setText(
                self.tr("⚠  SOUND LOST — NOT RECORDING")
                if self.two_tracks
                else self.tr("⚠  MICROPHONE LOST — NOT RECORDING")
            )
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
