"""New call: who you are calling, why, in which language, how, with which devices.

The summary box says in plain words what the chosen profile(s) require
before recording; its text comes from the profile data, not from the UI.

How the call is made decides what is recorded: a call on this computer (a
softphone, Teams, WhatsApp…), or a mobile phone paired to it, is your microphone
and what the computer plays, on two tracks; a phone adapter is your microphone
and a second input; a mobile phone on loudspeaker is one microphone, mono, as
before. The two tracks' devices are the sound system's list (``core_bridge.list_endpoints``:
the PulseAudio-protocol server's on Linux, WASAPI's on Windows); mono keeps PortAudio's
list. "Test the sound" listens for a few seconds and says plainly which side is not heard.
"""

from __future__ import annotations

import functools
import html
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recorder.announcement import (
    governing_profile_name,
    list_profiles,
    purpose_choices,
    script_languages,
)
from recorder.devices import portaudio_generation
from recorder.operators import operators
from ui import core_bridge
from ui.labels import language_labels
from ui.meter import LevelMeter
from ui.tasks import run_task
from ui.tracks import PREFLIGHT_S, SoundCheck, Verdict

if TYPE_CHECKING:
    from recorder.levels import LevelProbe

log = logging.getLogger(__name__)

FILE_SOURCE = -2  # device combo data for "play an audio file instead of a microphone"
# How long a closing window waits for a meter still opening its device on a worker (an
# open on a working audio server takes well under a second).
PROBE_CLOSE_WAIT_S = 10.0

# How the call is made (the ``call_mode`` option). All but the loudspeaker record two tracks.
CALL_MODES = ("computer", "loudspeaker", "paired", "adapter")
MONO_MODE = "loudspeaker"
CHECK_TICK_MS = 250
BAD_STYLE = "color:#8a2a12; font-weight:bold;"
GOOD_STYLE = "color:#1d6b35; font-weight:bold;"


@dataclass(frozen=True)
class EndpointChoice:
    """A device combo's item: one of the listed sources (``recorder.endpoints.Endpoint``)."""

    endpoint: Any

    @property
    def name(self) -> str:
        return str(self.endpoint.name)


def other_party_sources(endpoints: Any, mode: str, inputs: list[Any] | None = None) -> list[Any]:
    """Where the other party can be heard for this way of calling: what the computer plays
    (its outputs), a phone adapter's input, or for a paired phone either. A system that
    cannot record its outputs (macOS) offers its inputs instead: a loopback driver such as
    BlackHole is one."""
    ins = list(endpoints.inputs) if inputs is None else inputs
    if mode == "adapter" or not endpoints.outputs:
        return ins
    if mode == "paired":
        return [*endpoints.outputs, *ins]
    return list(endpoints.outputs)


@dataclass(frozen=True)
class CallSetup:
    home_profile: str
    counterpart_profile: str | None
    counterpart: str
    purpose: str
    language: str
    device_index: int | None
    device_name: str | None
    input_file: Path | None = None
    mode: str = MONO_MODE  # CALL_MODES
    voice: str | None = None  # two tracks: the listed input of your voice (None: the default)
    other_party: str | None = None  # two tracks: their source (None: what the output plays)

    @property
    def two_tracks(self) -> bool:
        """You and the other party each on a track (an audio file plays as one, mono)."""
        return self.mode != MONO_MODE and self.input_file is None


class NewCallPage(QWidget):
    """The form before a call; emits ``start_requested`` with a ``CallSetup``."""

    start_requested = Signal(object)
    message = Signal(str, str)
    name_requested = Signal()  # the user wants to enter their name (in Settings)

    def __init__(self, ui_language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCallPage")
        self.ui_language = ui_language
        self.user_name = ""  # said in the announcement: no call without it (set_user_name)
        self._input_file: Path | None = None
        self._file_chosen = False
        self._devices: list[Any] = []
        self._endpoints: Any = None  # the sound system's sources (two tracks), once listed
        self._server_problem = ""  # why they could not be listed: the core's sentence
        self._listing_endpoints = False
        self._may_list = False  # devices are listed once the window asks (load or Refresh)
        self._wanted_device = ""
        self._wanted_voice = ""  # the listed input chosen for your voice ("" = the default)
        self._wanted_other = ""  # the other party's source ("" = what the output plays)
        self._probes: list[LevelProbe] = []  # the meters shown now (one, or one per track)
        self._opening: set[LevelProbe] = set()  # handed to a worker, its start() not reported
        self._listed_generation: int | None = None  # portaudio_generation() then
        self.preflight_s = PREFLIGHT_S
        self._check: SoundCheck | None = None
        self._check_left = 0.0
        self._check_timer = QTimer(self)
        self._check_timer.setInterval(CHECK_TICK_MS)
        self._check_timer.timeout.connect(self._check_tick)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)

        title = QLabel(self.tr("New call"), body)
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)

        self.home_combo = QComboBox(body)
        self.home_combo.setObjectName("homeProfile")
        form.addRow(self._buddy(self.tr("&Where you are"), self.home_combo), self.home_combo)

        self.abroad_check = QCheckBox(self.tr("The other party is in another &country"), body)
        self.abroad_check.setObjectName("abroad")
        self.counterpart_profile_combo = QComboBox(body)
        self.counterpart_profile_combo.setObjectName("counterpartProfile")
        self.counterpart_profile_combo.setEnabled(False)
        self.abroad_check.toggled.connect(self.counterpart_profile_combo.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.abroad_check)
        row.addWidget(self.counterpart_profile_combo, 1)
        form.addRow(QLabel(self.tr("Other party's country"), body), row)

        self.counterpart_combo = QComboBox(body)
        self.counterpart_combo.setObjectName("counterpart")
        self.counterpart_combo.setEditable(True)
        self.counterpart_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for operator in operators():
            self.counterpart_combo.addItem(operator.name)
        self.counterpart_combo.setCurrentIndex(-1)
        line = self.counterpart_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Company or person you are calling"))
        form.addRow(
            self._buddy(self.tr("&Calling"), self.counterpart_combo), self.counterpart_combo
        )

        self.purpose_combo = QComboBox(body)
        self.purpose_combo.setObjectName("purpose")  # filled from the profile(s): _sync_choices
        form.addRow(self._buddy(self.tr("&Purpose"), self.purpose_combo), self.purpose_combo)

        self.language_combo = QComboBox(body)
        self.language_combo.setObjectName("callLanguage")  # the script's languages: _sync_choices
        for combo in (self.purpose_combo, self.language_combo):  # refilled after the first show
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, label in language_labels().items():
            self.language_combo.addItem(label, key)
        form.addRow(
            self._buddy(self.tr("Call &language"), self.language_combo), self.language_combo
        )

        form.addRow(self._build_mode_box(body))

        self.device_combo = QComboBox(body)
        self.device_combo.setObjectName("device")
        self.device_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device_combo.setMinimumContentsLength(20)
        self.refresh_button = QPushButton(self.tr("&Refresh"), body)
        self.refresh_button.clicked.connect(lambda: self.refresh_devices(rescan=True))
        self.meter = LevelMeter(body)
        self.meter.setAccessibleName(self.tr("Your voice"))
        dev_row = QHBoxLayout()
        dev_row.addWidget(self.device_combo, 1)
        dev_row.addWidget(self.refresh_button)
        dev_box = QVBoxLayout()
        dev_box.addLayout(dev_row)
        dev_box.addWidget(self.meter)
        form.addRow(self._buddy(self.tr("&Microphone"), self.device_combo), dev_box)

        self.other_combo = QComboBox(body)
        self.other_combo.setObjectName("otherParty")
        self.other_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.other_combo.setMinimumContentsLength(20)
        self.other_meter = LevelMeter(body)
        self.other_meter.setObjectName("otherLevelMeter")
        self.other_meter.setAccessibleName(self.tr("The other party"))
        other_box = QVBoxLayout()
        other_box.addWidget(self.other_combo)
        other_box.addWidget(self.other_meter)
        self.other_label = self._buddy(self.tr("The other part&y"), self.other_combo)
        form.addRow(self.other_label, other_box)
        self._other_row = (self.other_label, self.other_combo, self.other_meter)

        self.test_button = QPushButton(self.tr("&Test the sound"), body)
        self.test_button.setObjectName("testSound")
        self.test_button.setToolTip(
            self.tr("Listen for a few seconds and say whether both sides of the call are heard")
        )
        self.test_button.clicked.connect(self.test_sound)
        self.check_label = QLabel(body)
        self.check_label.setObjectName("soundCheck")
        self.check_label.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.check_label, 1)
        form.addRow(test_row)
        self.meter.level_changed.connect(lambda _p, rms: self._heard(0, rms))
        self.other_meter.level_changed.connect(lambda _p, rms: self._heard(1, rms))

        self.summary_box = QGroupBox(self.tr("Before you record"), body)
        sl = QVBoxLayout(self.summary_box)
        self.summary_label = QLabel(self.summary_box)
        self.summary_label.setObjectName("requirements")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sl.addWidget(self.summary_label)
        layout.addWidget(self.summary_box)

        self.name_notice = QLabel(
            self.tr(
                "Your name is not set. The announcement must say who is recording: enter "
                "your name before the first call."
            ),
            body,
        )
        self.name_notice.setObjectName("nameMissing")
        self.name_notice.setWordWrap(True)
        self.name_notice.setStyleSheet(
            "background:#fff1e0; border:1px solid #e67e22; border-radius:4px; padding:6px;"
        )
        self.name_button = QPushButton(self.tr("Enter your &name…"), body)
        self.name_button.setObjectName("enterName")
        self.name_button.clicked.connect(self.name_requested)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_notice, 1)
        name_row.addWidget(self.name_button)
        layout.addLayout(name_row)

        self.start_button = QPushButton(self.tr("&Start recording"), body)
        self.start_button.setObjectName("startRecording")
        self.start_button.setShortcut(QKeySequence("Ctrl+R"))
        self.start_button.setMinimumHeight(44)
        self.start_button.clicked.connect(self._start)
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        self.set_user_name("")

        for combo in (
            self.home_combo,
            self.counterpart_profile_combo,
            self.purpose_combo,
            self.language_combo,
        ):
            combo.currentIndexChanged.connect(self.update_summary)
        self.abroad_check.toggled.connect(self.update_summary)
        self.device_combo.activated.connect(self._device_chosen)
        self.device_combo.currentIndexChanged.connect(self._devices_changed)
        self.other_combo.activated.connect(self._other_chosen)
        self.other_combo.currentIndexChanged.connect(self._devices_changed)
        self.set_mode("computer")

    def _build_mode_box(self, body: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("How are you making the call?"), body)
        box.setObjectName("callMode")
        grid = QGridLayout(box)
        self.mode_group = QButtonGroup(self)
        texts = {
            "computer": self.tr("On this comp&uter"),
            "loudspeaker": self.tr("Mobile phone on l&oudspeaker"),
            "paired": self.tr("Mobile phone pa&ired to this computer"),
            "adapter": self.tr("A phone a&dapter"),
        }
        self.mode_buttons: dict[str, QRadioButton] = {}
        for i, mode in enumerate(CALL_MODES):
            button = QRadioButton(texts[mode], box)
            button.setObjectName(f"mode_{mode}")
            button.toggled.connect(functools.partial(self._mode_toggled, mode))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            grid.addWidget(button, i // 2, i % 2)
        self.mode_hint = QLabel(box)
        self.mode_hint.setObjectName("modeHint")
        self.mode_hint.setWordWrap(True)
        grid.addWidget(self.mode_hint, 2, 0, 1, 2)
        self.server_note = QLabel(box)
        self.server_note.setObjectName("soundSystemNote")
        self.server_note.setWordWrap(True)
        self.server_note.setStyleSheet(BAD_STYLE)
        self.server_note.hide()
        grid.addWidget(self.server_note, 3, 0, 1, 2)
        return box

    # --- how the call is made ------------------------------------------------------------

    def mode(self) -> str:
        return next((m for m, b in self.mode_buttons.items() if b.isChecked()), MONO_MODE)

    @property
    def two_tracks(self) -> bool:
        """The chosen way of calling records you and the other party on two tracks."""
        return self.mode() != MONO_MODE

    def set_mode(self, mode: str) -> None:
        """Choose how the call is made (as the user's click would)."""
        button = self.mode_buttons.get(mode if mode in CALL_MODES else "computer")
        if button is not None and not button.isChecked():
            button.setChecked(True)  # _mode_picked follows
        else:
            self._mode_picked(self.mode())

    def _mode_toggled(self, mode: str, on: bool) -> None:
        if on:
            self._mode_picked(mode)

    def _mode_picked(self, mode: str) -> None:
        hints = {
            "computer": self.tr(
                "A softphone, Teams, WhatsApp or another app on this computer: your "
                "microphone and what the computer plays are recorded, each on its own track."
            ),
            "loudspeaker": self.tr(
                "Put the phone on loudspeaker, right next to this computer's microphone: one "
                "microphone records both voices, on one track. Without the loudspeaker, the "
                "other party is not recorded."
            ),
            "paired": self.tr(
                "The phone is connected to this computer (Bluetooth hands-free) and the call "
                "is heard through the computer: your microphone and what the computer plays "
                "are recorded, each on its own track."
            ),
            "adapter": self.tr(
                "A phone adapter brings the other party's voice into this computer as a "
                "second input: choose it below. Your microphone and that input are recorded, "
                "each on its own track."
            ),
        }
        self.mode_hint.setText(hints[mode])
        two = mode != MONO_MODE
        for widget in self._other_row:
            widget.setVisible(two)
        self.other_label.setText(
            self.tr("Phone &adapter") if mode == "adapter" else self.tr("The other part&y")
        )
        self._show_check("")
        self._fill_microphones()
        self._show_server_note()
        if two and self._may_list:
            self._list_endpoints()  # as they are now: a mode chosen is a fresh look
        self._restart_probe()

    def set_user_name(self, name: str) -> None:
        """The name the announcement says; without one the start button explains and waits."""
        self.user_name = name.strip()
        named = bool(self.user_name)
        self.name_notice.setVisible(not named)
        self.name_button.setVisible(not named)
        self.start_button.setEnabled(named)
        self.start_button.setToolTip(
            self.tr("Start recording (Ctrl+R)")
            if named
            else self.tr(
                "Enter your name first: the announcement says who is recording, and a call "
                "cannot start without it."
            )
        )

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # --- data ----------------------------------------------------------------------------

    def load(
        self,
        home_profile: str,
        call_language: str,
        device_name: str,
        list_devices: bool = True,
        *,
        call_mode: str | None = None,
        voice: str = "",
        other_party: str = "",
    ) -> None:
        """Fill the lists (profiles now, devices in the background) with these defaults:
        ``device_name`` is the mono microphone (PortAudio's name), ``voice`` and
        ``other_party`` the two tracks' sources (the sound system's names)."""
        self._wanted_device = device_name
        self._wanted_voice = voice
        self._wanted_other = other_party
        self._set_profiles(home_profile)
        idx = self.language_combo.findData(call_language)
        if idx >= 0:
            self.language_combo.setCurrentIndex(idx)
        if call_mode is not None:
            self.set_mode(call_mode)
        if list_devices:
            self.refresh_devices()
        self.update_summary()

    def _set_profiles(self, home_profile: str) -> None:
        try:
            profiles = list_profiles(self.ui_language)
        except Exception as exc:  # noqa: BLE001 - shown, not raised: the form stays usable
            self.message.emit(core_bridge.describe_error(exc), "error")
            profiles = []
        for combo in (self.home_combo, self.counterpart_profile_combo):
            combo.blockSignals(True)
            combo.clear()
            for p in profiles:
                combo.addItem(p.name, p.id)
            combo.blockSignals(False)
        idx = self.home_combo.findData(home_profile)
        self.home_combo.setCurrentIndex(max(0, idx))
        other = next((i for i in range(len(profiles)) if profiles[i].id != home_profile), 0)
        self.counterpart_profile_combo.setCurrentIndex(other)

    def refresh_devices(self, rescan: bool = False) -> None:
        """List the microphones; ``rescan`` (the Refresh button) asks PortAudio afresh, so
        one plugged in since start-up shows. The meter's probe is closed first: a rescan
        is skipped while any stream is open. ``_devices_listed`` restarts it."""
        self.refresh_button.setEnabled(False)
        self._may_list = True
        if rescan:
            self.stop_probe()
        run_task(lambda: core_bridge.list_devices(rescan=rescan), self._devices_listed)
        if self.two_tracks:
            self._list_endpoints()

    def _list_endpoints(self) -> None:
        """The sound system's inputs and outputs (two tracks), in the background."""
        if self._listing_endpoints:
            return
        self._listing_endpoints = True
        run_task(core_bridge.list_endpoints, self._endpoints_listed)

    def _endpoints_listed(self, endpoints: Any, error: BaseException | None) -> None:
        self._listing_endpoints = False
        self._remember_choices()
        self._endpoints = endpoints if error is None else None
        self._server_problem = "" if error is None else core_bridge.describe_error(error)
        self._show_server_note()
        if self.two_tracks:
            self._fill_microphones()
            self._restart_probe()

    def _show_server_note(self) -> None:
        """On a two-track call, why its devices are missing (in the page, not the message
        bar: the mono microphones' messages stay as they are)."""
        text = ""
        if self.two_tracks:
            if self._server_problem:
                text = self.tr(
                    "%1 Choose “Mobile phone on loudspeaker” to record with one microphone."
                ).replace("%1", self._server_problem)
            elif self._endpoints is not None and not self._endpoints.inputs:
                text = self.tr("The sound system lists no microphone. Plug one in, then Refresh.")
            elif (
                self._endpoints is not None
                and not self._endpoints.outputs
                and self.mode() != "adapter"
            ):
                text = self.tr(
                    "The sound system offers no output whose sound can be recorded. On a Mac, "
                    "install a loopback driver (such as BlackHole), send the call's sound to "
                    "it, and choose it as the other party."
                )
        self.server_note.setText(text)
        self.server_note.setVisible(bool(text))

    def _devices_listed(self, devices: Any, error: BaseException | None) -> None:
        self.refresh_button.setEnabled(True)
        self._listed_generation = portaudio_generation()
        stale = isinstance(error, core_bridge.DeviceListStale)
        if isinstance(error, core_bridge.DeviceListStale):  # (repeated for mypy's narrowing)
            devices = error.devices  # the list PortAudio had, with why it is not newer
        self._remember_choices()
        self._devices = list(devices or [])
        if not self.two_tracks:
            self._fill_microphones()
        if error is not None:
            self.message.emit(core_bridge.describe_error(error), "warning" if stale else "error")
        elif not self._devices:
            self.message.emit(
                self.tr(
                    "No microphone was found. Plug one in and press Refresh, or play an audio "
                    "file to try the app."
                ),
                "warning",
            )
        self._restart_probe()

    def _remember_choices(self) -> None:
        """The devices chosen now survive a re-list (by name: numbers change)."""
        data = self.device_combo.currentData()
        if isinstance(data, EndpointChoice):
            self._wanted_voice = data.name
        elif isinstance(data, int) and data >= 0:
            dev = next((d for d in self._devices if d.index == data), None)
            if dev is not None:
                self._wanted_device = dev.name
        other = self.other_combo.currentData()
        if isinstance(other, EndpointChoice):
            self._wanted_other = other.name

    def _fill_microphones(self) -> None:
        """The microphones of the chosen way of calling (PortAudio's for mono, the sound
        system's list for two tracks), then the demo file; and the other party's sources."""
        self._remember_choices()
        combo = self.device_combo
        combo.blockSignals(True)
        combo.clear()
        pick: int | None = None
        if self.two_tracks:
            inputs = list(self._endpoints.inputs) if self._endpoints is not None else []
            for e in inputs:
                label = e.description + (self.tr(" (default)") if e.is_default else "")
                combo.addItem(label, EndpointChoice(e))
            pick = next((i for i, e in enumerate(inputs) if e.name == self._wanted_voice), None)
            if pick is None:
                pick = next((i for i, e in enumerate(inputs) if e.is_default), 0)
            have = bool(inputs)
        else:
            for dev in self._devices:
                label = dev.name + (self.tr(" (default)") if dev.is_default else "")
                combo.addItem(label, dev.index)
            wanted = self._wanted_device
            pick = next((i for i, d in enumerate(self._devices) if d.name == wanted), None)
            if pick is None:
                pick = next((i for i, d in enumerate(self._devices) if d.is_default), 0)
            have = bool(self._devices)
        combo.addItem(self.tr("Play an audio file instead (demo)…"), FILE_SOURCE)
        if self._input_file is not None:
            combo.addItem(self._input_file.name, str(self._input_file))
        if self._input_file is not None and (self._file_chosen or not have):
            pick = combo.count() - 1  # keep the file the user chose
        combo.setCurrentIndex(pick or 0)
        combo.blockSignals(False)
        self._fill_other()

    def _fill_other(self) -> None:
        """What the computer plays (its outputs) or, for an adapter, the other inputs; a
        paired phone may be either (the phone's Bluetooth input, on some systems)."""
        combo = self.other_combo
        combo.blockSignals(True)
        combo.clear()
        mode = self.mode()
        found = self._endpoints
        voice = self.selected_voice()
        if found is not None and mode != MONO_MODE:
            inputs = [e for e in found.inputs if voice is None or e.name != voice.name]
            items = other_party_sources(found, mode, inputs)
            # No output to record (macOS): the inputs stand in, and only the user knows which
            # one hears the call (a loopback driver). A guess would record another microphone
            # as the other party: your voice twice, and no warning that they were not heard.
            first = 0
            if self._wants_loopback():
                combo.addItem(self.tr("Choose the loopback input (e.g. BlackHole)…"), None)
                first = 1
            for e in items:
                if e.is_output:
                    label = e.description + (self.tr(" (default)") if e.is_default else "")
                elif mode != "adapter":
                    label = e.description + self.tr(" (input)")
                else:
                    label = e.description
                combo.addItem(label, EndpointChoice(e))
            pick = next((i for i, e in enumerate(items) if e.name == self._wanted_other), None)
            if pick is None and mode != "adapter" and not first:
                pick = next((i for i, e in enumerate(items) if e.is_default), 0)
            combo.setCurrentIndex(0 if pick is None else pick + first)
        combo.blockSignals(False)

    def _wants_loopback(self) -> bool:
        """A call on this computer whose sound system records no output (macOS): the other
        party is a loopback input the user picks, never one the page guesses."""
        found = self._endpoints
        return self.mode() == "computer" and found is not None and not found.outputs

    def set_input_file(self, path: Path) -> None:
        """Use a WAV file as the input (demo, tests): it plays as if it were the call."""
        self._input_file = path
        self._file_chosen = True
        idx = self.device_combo.findData(str(path))
        if idx < 0:
            self.device_combo.addItem(path.name, str(path))
            idx = self.device_combo.count() - 1
        self.device_combo.setCurrentIndex(idx)

    def _device_chosen(self, index: int) -> None:
        data = self.device_combo.itemData(index)
        self._file_chosen = isinstance(data, str)
        if data == FILE_SOURCE:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Audio file to play as the call"), "", self.tr("WAV audio (*.wav)")
            )
            if name:
                self.set_input_file(Path(name))
            else:
                self.device_combo.setCurrentIndex(0)
        self._remember_choices()
        if self.mode() == "adapter":
            self._fill_other()  # the adapter is another input than your microphone

    def _other_chosen(self, _index: int) -> None:
        self._remember_choices()

    def _devices_changed(self) -> None:
        self._show_check("")
        # An audio file plays only once the call starts: there is nothing to test before.
        self.test_button.setEnabled(self._check is None and self.selected_device()[2] is None)
        self._restart_probe()

    def selected_device(self) -> tuple[int | None, str | None, Path | None]:
        data = self.device_combo.currentData()
        if isinstance(data, str):
            return None, None, Path(data)
        if isinstance(data, int) and data >= 0:
            dev = next((d for d in self._devices if d.index == data), None)
            return data, dev.name if dev else None, None
        return None, None, None

    def selected_voice(self) -> Any:
        """The listed input chosen for your voice (two tracks), or None."""
        data = self.device_combo.currentData()
        return data.endpoint if isinstance(data, EndpointChoice) else None

    def selected_other(self) -> Any:
        """The other party's source (an output's monitor, or an adapter's input), or None."""
        data = self.other_combo.currentData()
        return data.endpoint if isinstance(data, EndpointChoice) else None

    # --- meter preview -----------------------------------------------------------------------

    def _restart_probe(self) -> None:
        self.stop_probe()
        if not self.isVisible():
            return
        for probe in self._new_probes():
            self._probes.append(probe)
            self._opening.add(probe)
            # Opening a device can take a moment (PortAudio, the audio server): not here.
            run_task(probe.start, functools.partial(self._probe_done, probe))

    def _new_probes(self) -> list[LevelProbe]:
        """A meter on each device chosen: your microphone and, on two tracks, the other party."""
        if self.selected_device()[2] is not None:
            return []  # an audio file: nothing to meter before it plays
        if self.two_tracks:
            probes = []
            for endpoint, meter in (
                (self.selected_voice(), self.meter),
                (self.selected_other(), self.other_meter),
            ):
                if endpoint is not None:
                    probes.append(core_bridge.endpoint_probe(endpoint, meter.source.put))
            return probes
        index, name, _path = self.selected_device()
        if index is None:
            return []
        return [core_bridge.level_probe(index, self.meter.source.put, device_name=name)]

    def _probe_done(self, probe: LevelProbe, _result: Any, error: BaseException | None) -> None:
        self._probe_started(probe, error)

    def _probe_started(self, probe: LevelProbe, error: BaseException | None) -> None:
        self._opening.discard(probe)
        if error is not None and probe in self._probes:
            self._probes.remove(probe)
            self.message.emit(core_bridge.describe_error(error), "warning")
        elif probe not in self._probes:
            probe.stop()  # the user moved on while it was opening

    def stop_probe(self) -> None:
        probes, self._probes = self._probes, []
        for probe in probes:
            probe.stop()
        self.meter.reset()
        self.other_meter.reset()

    # --- the sound test --------------------------------------------------------------------

    def test_sound(self) -> None:
        """Listen for ``preflight_s`` seconds on the meters, then say what was not heard."""
        if self._check is not None:
            return
        if not self._probes:
            self._restart_probe()
        self._check = SoundCheck.start(2 if self.two_tracks else 1)
        self._check_left = self.preflight_s
        self.test_button.setEnabled(False)
        self._check_timer.start()
        self._check_progress()

    def _heard(self, track: int, rms_dbfs: float) -> None:
        if self._check is not None:
            self._check.feed(track, rms_dbfs)

    def _check_progress(self) -> None:
        left = str(max(1, round(self._check_left)))
        if self.two_tracks:
            text = self.tr("Listening (%1 s): say something, and let the other party speak.")
        else:
            text = self.tr("Listening (%1 s): say something.")
        self._show_check(text.replace("%1", left))

    def _check_tick(self) -> None:
        self._check_left -= CHECK_TICK_MS / 1000.0
        if self._check_left > 1e-6:
            self._check_progress()
            return
        check, self._check = self._check, None
        self._check_timer.stop()
        self.test_button.setEnabled(True)
        if check is not None:
            self.show_verdict(check.verdict())

    def _other_is_input(self) -> bool:
        """The other party is heard on an input (a phone adapter, a loopback input), not
        on an output: there is no output to check."""
        data = self.other_combo.currentData()
        return isinstance(data, EndpointChoice) and not data.endpoint.is_output

    def show_verdict(self, verdict: Verdict) -> None:
        other_silent = (
            self.tr(
                "We hear nothing from the other party: start the call, and check that the "
                "input chosen for them is connected to the phone or receives the call's sound."
            )
            if self._other_is_input()
            else self.tr(
                "We hear nothing from the other party: start the call or check the output."
            )
        )
        texts = {
            Verdict.BOTH_HEARD: self.tr("Both sides are heard: you and the other party."),
            Verdict.OTHER_SILENT: other_silent,
            Verdict.YOU_SILENT: self.tr(
                "We hear nothing from your microphone: check that it is plugged in and not muted."
            ),
            Verdict.HEARD: self.tr(
                "The microphone hears you. Keep the phone on loudspeaker next to it, so that "
                "it hears the other party too."
            ),
        }
        if verdict is Verdict.NOTHING:
            text = (
                self.tr(
                    "We hear neither you nor the other party: check the microphone, and start "
                    "the call or check the output."
                )
                if self.two_tracks
                else texts[Verdict.YOU_SILENT]
            )
        else:
            text = texts[verdict]
        good = verdict in (Verdict.BOTH_HEARD, Verdict.HEARD)
        self._show_check(text, GOOD_STYLE if good else BAD_STYLE)

    def _show_check(self, text: str, style: str = "") -> None:
        if not text and self._check is not None:
            return  # a test is under way: it says how it went
        self.check_label.setText(text)
        self.check_label.setStyleSheet(style)

    def close_probe(self, timeout: float = PROBE_CLOSE_WAIT_S) -> bool:
        """Stop the meter and wait until no probe of this page is still opening its device
        on a worker (each then closes its stream itself, as soon as it is open). For a
        window that goes: nothing of it may open, or abort, a stream after it is gone.
        False (logged) if one was still opening after ``timeout``."""
        self.stop_probe()
        deadline = time.monotonic() + timeout
        for probe in list(self._opening):
            probe.stop()  # already stopped when it was replaced; once is enough
            if not probe.wait(max(0.0, deadline - time.monotonic())):
                log.warning("a microphone meter was still opening its device after %g s", timeout)
                return False
            self._opening.discard(probe)
        return True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._listed_generation not in (None, portaudio_generation()):
            self.refresh_devices()  # rescanned elsewhere: these numbers are old; restarts the meter
        else:
            if self.two_tracks and self._listed_generation is not None:
                self._list_endpoints()  # a headset plugged in meanwhile; restarts the meters
            self._restart_probe()

    def hideEvent(self, event: Any) -> None:
        self.stop_probe()
        super().hideEvent(event)

    # --- summary and start ----------------------------------------------------------------------

    def setup(self) -> CallSetup:
        index, name, path = self.selected_device()
        cp = self.counterpart_profile_combo.currentData() if self.abroad_check.isChecked() else None
        voice, other = self.selected_voice(), self.selected_other()
        return CallSetup(
            home_profile=str(self.home_combo.currentData()),
            counterpart_profile=str(cp) if cp else None,
            counterpart=self.counterpart_combo.currentText().strip(),
            purpose=str(self.purpose_combo.currentData()),
            language=str(self.language_combo.currentData()),
            device_index=index,
            device_name=name,
            input_file=path,
            mode=self.mode(),
            voice=None if voice is None else str(voice.name),
            other_party=None if other is None else str(other.name),
        )

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Offer ``items`` (data, text), keeping the current choice when it is still there."""
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == items:
            return
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def _sync_choices(self) -> None:
        """The purposes the chosen profile(s) define, in the governing profile's words, and
        the call languages its script is written in (never a script in another language)."""
        s = self.setup()
        try:
            purposes = purpose_choices(s.home_profile, s.counterpart_profile, self.ui_language)
            languages = script_languages(s.home_profile, s.counterpart_profile)
        except Exception:  # noqa: BLE001 - update_summary says what is wrong with the profile
            return
        self._refill(self.purpose_combo, purposes)
        names = language_labels()
        self._refill(self.language_combo, [(lang, names.get(lang, lang)) for lang in languages])

    def update_summary(self) -> None:
        if self.home_combo.currentData() is None:
            self.summary_label.setText(self.tr("No jurisdiction profile is available."))
            return
        self._sync_choices()
        s = self.setup()
        try:
            text = core_bridge.requirements_html(
                s.home_profile, s.counterpart_profile, s.purpose, self.ui_language
            )
            if s.counterpart_profile and s.counterpart_profile != s.home_profile:
                name = governing_profile_name(
                    s.home_profile, s.counterpart_profile, self.ui_language
                )
                rule = self.tr(
                    "You are in different countries: the stricter rule applies (%1)."
                ).replace("%1", html.escape(name))
                text = f"<p><b>{rule}</b></p>" + text
        except Exception as exc:  # noqa: BLE001
            text = core_bridge.describe_error(exc)
        self.summary_label.setText(text)

    def _start(self) -> None:
        if not self.user_name:
            self.message.emit(self.start_button.toolTip(), "warning")
            self.name_button.setFocus()
            return
        s = self.setup()
        if not s.counterpart:
            self.message.emit(self.tr("Say whom you are calling (a company or a name)."), "warning")
            self.counterpart_combo.setFocus()
            return
        if s.two_tracks and self._server_problem:
            self.message.emit(self.server_note.text(), "warning")
            self.mode_buttons[MONO_MODE].setFocus()
            return
        if (s.voice is None if s.two_tracks else s.device_index is None) and s.input_file is None:
            self.message.emit(
                self.tr("Choose a microphone first (or an audio file to play)."), "warning"
            )
            self.device_combo.setFocus()
            return
        if s.two_tracks and s.other_party is None:
            if s.mode == "adapter":
                text = self.tr("Choose the input the phone adapter is plugged into.")
            elif self._wants_loopback():
                text = self.tr(
                    "Choose the loopback input the call's sound is sent to (such as BlackHole) "
                    "as the other party: without it, the other party is not recorded."
                )
            else:
                text = self.tr("Choose the output the call is heard on.")
            self.message.emit(text, "warning")
            self.other_combo.setFocus()
            return
        self.stop_probe()
        self.start_requested.emit(s)
