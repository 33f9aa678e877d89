"""The first start: language, where you are, your name, and a microphone test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import core_bridge
from ui.meter import LevelMeter
from ui.options import Settings
from ui.settings_page import ui_language_names
from ui.tasks import run_task

ProbeFactory = Callable[[int | None, Callable[[float, float], None]], Any]


class FirstRunDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        probe_factory: ProbeFactory | None = None,
        device_lister: Callable[[], list[Any]] | None = None,
    ) -> None:
        """``probe_factory(device_index, put)`` makes the level probe (tests feed a file);
        ``device_lister()`` lists the microphones (tests give a fixed list, whatever the
        machine has)."""
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.settings = settings
        self._probe: Any = None
        self._probe_factory: ProbeFactory = probe_factory or core_bridge.LevelProbe
        self.setWindowTitle(self.tr("Welcome to Témoin"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Témoin records your calls with support lines lawfully: it tells you what to "
                "say before recording, keeps the other party's answer on the recording, and "
                "turns the call into evidence you can check. It gives information, not legal "
                "advice."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("firstRunLanguage")
        for key, label in ui_language_names().items():
            self.lang_combo.addItem(label, key)
        self.lang_combo.setCurrentIndex(
            max(0, self.lang_combo.findData(settings.get("ui_language")))
        )
        form.addRow(self._label(self.tr("&Language"), self.lang_combo), self.lang_combo)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("firstRunProfile")
        try:
            for p in core_bridge.list_profiles(settings.get("ui_language")):
                self.profile_combo.addItem(p.name, p.id)
        except Exception as exc:  # noqa: BLE001
            form.addRow(QLabel(core_bridge.describe_error(exc), self))
        self.profile_combo.setCurrentIndex(
            max(0, self.profile_combo.findData(settings.get("home_profile")))
        )
        form.addRow(self._label(self.tr("&Where you live"), self.profile_combo), self.profile_combo)
        self.name_edit = QLineEdit(settings.get("user_name"), self)
        self.name_edit.setObjectName("firstRunName")
        self.name_edit.setPlaceholderText(self.tr("Said in the announcement"))
        form.addRow(self._label(self.tr("Your &name"), self.name_edit), self.name_edit)
        self.device_combo = QComboBox(self)
        self.device_combo.setObjectName("firstRunDevice")
        self.meter = LevelMeter(self)
        form.addRow(self._label(self.tr("&Microphone"), self.device_combo), self.device_combo)
        form.addRow(QLabel(self.tr("Speak: the bar should move"), self), self.meter)
        self.mic_status = QLabel(self)
        self.mic_status.setWordWrap(True)
        layout.addWidget(self.mic_status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.device_combo.currentIndexChanged.connect(self._restart_probe)
        run_task(device_lister or core_bridge.list_devices, self.show_devices)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def show_devices(self, devices: Any, error: BaseException | None) -> None:
        """The microphones PortAudio lists (or why it could not): fill the list, start the test."""
        self.device_combo.blockSignals(True)
        self.device_combo.clear()  # a second listing replaces the first, never appends to it
        for dev in devices or []:
            self.device_combo.addItem(dev.name, dev.index)
            if dev.is_default:
                self.device_combo.setCurrentIndex(self.device_combo.count() - 1)
        self.device_combo.blockSignals(False)
        if error is not None:
            self.mic_status.setText(core_bridge.describe_error(error))
        elif not devices:
            self.mic_status.setText(
                self.tr("No microphone found. You can plug one in later and pick it in Settings.")
            )
        self._restart_probe()

    def _restart_probe(self) -> None:
        self._stop_probe()
        index = self.device_combo.currentData()
        if index is None:
            return
        try:
            self._probe = self._probe_factory(int(index), self.meter.source.put)
            self._probe.start()
            self.mic_status.clear()
        except Exception as exc:  # noqa: BLE001
            self._probe = None
            self.mic_status.setText(core_bridge.describe_error(exc))

    def _stop_probe(self) -> None:
        if self._probe is not None:
            self._probe.stop()
            self._probe = None

    def done(self, result: int) -> None:
        self._stop_probe()
        s = self.settings
        s.set("ui_language", str(self.lang_combo.currentData()))
        if self.profile_combo.currentData():
            s.set("home_profile", str(self.profile_combo.currentData()))
        s.set("user_name", self.name_edit.text().strip())
        if self.device_combo.currentIndex() >= 0:
            s.set("device", self.device_combo.currentText())
        s.set("first_run_done", True)
        super().done(result)
