"""New call: who you are calling, why, in which language, with which microphone.

The summary box says in plain words what the chosen profile(s) require
before recording; its text comes from the profile data, not from the UI.
"""

from __future__ import annotations

import html
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
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

if TYPE_CHECKING:
    from recorder.levels import LevelProbe

log = logging.getLogger(__name__)

FILE_SOURCE = -2  # device combo data for "play an audio file instead of a microphone"
# How long a closing window waits for a meter still opening its device on a worker (an
# open on a working audio server takes well under a second).
PROBE_CLOSE_WAIT_S = 10.0


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
        self._probe: LevelProbe | None = None
        self._opening: set[LevelProbe] = set()  # handed to a worker, its start() not reported
        self._listed_generation: int | None = None  # portaudio_generation() then

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

        self.device_combo = QComboBox(body)
        self.device_combo.setObjectName("device")
        self.device_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device_combo.setMinimumContentsLength(20)
        self.refresh_button = QPushButton(self.tr("&Refresh"), body)
        self.refresh_button.clicked.connect(lambda: self.refresh_devices(rescan=True))
        self.meter = LevelMeter(body)
        dev_row = QHBoxLayout()
        dev_row.addWidget(self.device_combo, 1)
        dev_row.addWidget(self.refresh_button)
        dev_box = QVBoxLayout()
        dev_box.addLayout(dev_row)
        dev_box.addWidget(self.meter)
        form.addRow(self._buddy(self.tr("&Microphone"), self.device_combo), dev_box)

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
        self.device_combo.currentIndexChanged.connect(self._restart_probe)

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
        self, home_profile: str, call_language: str, device_name: str, list_devices: bool = True
    ) -> None:
        """Fill the lists (profiles now, devices in the background) with these defaults."""
        self._wanted_device = device_name
        self._set_profiles(home_profile)
        idx = self.language_combo.findData(call_language)
        if idx >= 0:
            self.language_combo.setCurrentIndex(idx)
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
        if rescan:
            self.stop_probe()
        run_task(lambda: core_bridge.list_devices(rescan=rescan), self._devices_listed)

    def _devices_listed(self, devices: Any, error: BaseException | None) -> None:
        self.refresh_button.setEnabled(True)
        self._listed_generation = portaudio_generation()
        stale = isinstance(error, core_bridge.DeviceListStale)
        if isinstance(error, core_bridge.DeviceListStale):  # (repeated for mypy's narrowing)
            devices = error.devices  # the list PortAudio had, with why it is not newer
        chosen = self.selected_device()[1]  # the user's pick survives a re-list
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        self._devices = list(devices or [])
        for dev in self._devices:
            label = dev.name + (self.tr(" (default)") if dev.is_default else "")
            self.device_combo.addItem(label, dev.index)
        self.device_combo.addItem(self.tr("Play an audio file instead (demo)…"), FILE_SOURCE)
        if self._input_file is not None:
            self.device_combo.addItem(self._input_file.name, str(self._input_file))
        wanted = chosen or getattr(self, "_wanted_device", "")
        pick = next((i for i, d in enumerate(self._devices) if d.name == wanted), None)
        if pick is None:
            pick = next((i for i, d in enumerate(self._devices) if d.is_default), 0)
        if self._input_file is not None and (self._file_chosen or not self._devices):
            pick = self.device_combo.count() - 1  # keep the file the user chose
        self.device_combo.setCurrentIndex(pick)
        self.device_combo.blockSignals(False)
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

    def selected_device(self) -> tuple[int | None, str | None, Path | None]:
        data = self.device_combo.currentData()
        if isinstance(data, str):
            return None, None, Path(data)
        if isinstance(data, int) and data >= 0:
            dev = next((d for d in self._devices if d.index == data), None)
            return data, dev.name if dev else None, None
        return None, None, None

    # --- meter preview -----------------------------------------------------------------------

    def _restart_probe(self) -> None:
        self.stop_probe()
        if not self.isVisible():
            return
        index, name, path = self.selected_device()
        if index is None or path is not None:
            return
        probe = core_bridge.level_probe(index, self.meter.source.put, device_name=name)
        self._probe = probe
        self._opening.add(probe)
        # Opening a device can take a moment (PortAudio, the audio server): not on this thread.
        run_task(probe.start, lambda _r, e: self._probe_started(probe, e))

    def _probe_started(self, probe: LevelProbe, error: BaseException | None) -> None:
        self._opening.discard(probe)
        if error is not None and probe is self._probe:
            self._probe = None
            self.message.emit(core_bridge.describe_error(error), "warning")
        elif probe is not self._probe:
            probe.stop()  # the user moved on while it was opening

    def stop_probe(self) -> None:
        if self._probe is not None:
            self._probe.stop()
            self._probe = None
        self.meter.reset()

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
            self._restart_probe()

    def hideEvent(self, event: Any) -> None:
        self.stop_probe()
        super().hideEvent(event)

    # --- summary and start ----------------------------------------------------------------------

    def setup(self) -> CallSetup:
        index, name, path = self.selected_device()
        cp = self.counterpart_profile_combo.currentData() if self.abroad_check.isChecked() else None
        return CallSetup(
            home_profile=str(self.home_combo.currentData()),
            counterpart_profile=str(cp) if cp else None,
            counterpart=self.counterpart_combo.currentText().strip(),
            purpose=str(self.purpose_combo.currentData()),
            language=str(self.language_combo.currentData()),
            device_index=index,
            device_name=name,
            input_file=path,
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
        if s.device_index is None and s.input_file is None:
            self.message.emit(
                self.tr("Choose a microphone first (or an audio file to play)."), "warning"
            )
            self.device_combo.setFocus()
            return
        self.stop_probe()
        self.start_requested.emit(s)
