"""The first start: language, where you are, your name, and a microphone test.

The first start speaks the system's language (``LC_ALL``/``LC_MESSAGES``/``LANG``), not
a built-in default, and the dialog re-translates itself as soon as another language is
picked in it: whoever reads it is choosing the language they can read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent
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

from recorder.announcement import list_profiles
from ui import core_bridge
from ui.i18n import install_translations, system_language, system_ui_language
from ui.meter import LevelMeter
from ui.options import Settings
from ui.settings_page import ui_language_names
from ui.tasks import run_task

ProbeFactory = Callable[[int | None, Callable[[float, float], None]], Any]


def apply_system_language(settings: Settings, env: Mapping[str, str] | None = None) -> str:
    """Before the first-run dialog: the window's language and the calls' language from the
    system locale (English when Témoin has no catalog for it). Returns the window's."""
    ui_lang = system_ui_language(env)
    settings.set("ui_language", ui_lang)
    settings.set("call_language", system_language(env))
    return ui_lang


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
        self._probe_factory: ProbeFactory = probe_factory or core_bridge.level_probe
        self._no_microphone = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
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
        self.lang_label = self._label(self.lang_combo)
        form.addRow(self.lang_label, self.lang_combo)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("firstRunProfile")
        self.profile_error = QLabel(self)
        self.profile_error.setWordWrap(True)
        self.profile_error.hide()
        self._fill_profiles(settings.get("ui_language"), settings.get("home_profile"))
        self.profile_label = self._label(self.profile_combo)
        form.addRow(self.profile_label, self.profile_combo)
        form.addRow(self.profile_error)
        self.name_edit = QLineEdit(settings.get("user_name"), self)
        self.name_edit.setObjectName("firstRunName")
        self.name_label = self._label(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        self.device_combo = QComboBox(self)
        self.device_combo.setObjectName("firstRunDevice")
        self.meter = LevelMeter(self)
        self.device_label = self._label(self.device_combo)
        form.addRow(self.device_label, self.device_combo)
        self.meter_label = QLabel(self)
        form.addRow(self.meter_label, self.meter)
        self.mic_status = QLabel(self)
        self.mic_status.setWordWrap(True)
        layout.addWidget(self.mic_status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.device_combo.currentIndexChanged.connect(self._restart_probe)
        self.lang_combo.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        run_task(device_lister or core_bridge.list_devices, self.show_devices)

    def _label(self, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(buddy)
        return label

    def _fill_profiles(self, language: str, selected: str) -> None:
        """The home profiles, named in ``language`` (their own data, not the catalogs)."""
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        try:
            for p in list_profiles(language):
                self.profile_combo.addItem(p.name, p.id)
            self.profile_error.hide()
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, which stays usable
            self.profile_error.setText(core_bridge.describe_error(exc))
            self.profile_error.show()
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(selected)))
        self.profile_combo.blockSignals(False)

    def _language_chosen(self, _index: int) -> None:
        """Another language picked: the whole dialog (and the app) switches to it now."""
        lang = str(self.lang_combo.currentData())
        install_translations(lang)
        self._fill_profiles(lang, str(self.profile_combo.currentData() or ""))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the dialog, in the language installed now."""
        self.setWindowTitle(self.tr("Welcome to Témoin"))
        self.intro.setText(
            self.tr(
                "Témoin records your calls with support lines lawfully: it tells you what to "
                "say before recording, keeps the other party's answer on the recording, and "
                "turns the call into evidence you can check. It gives information, not legal "
                "advice."
            )
        )
        self.lang_label.setText(self.tr("&Language"))
        self.profile_label.setText(self.tr("&Where you live"))
        self.name_label.setText(self.tr("Your &name"))
        self.name_edit.setPlaceholderText(self.tr("Said in the announcement"))
        self.device_label.setText(self.tr("&Microphone"))
        self.meter_label.setText(self.tr("Speak: the bar should move"))
        if self._no_microphone:
            self.mic_status.setText(self._no_microphone_text())

    def _no_microphone_text(self) -> str:
        return self.tr("No microphone found. You can plug one in later and pick it in Settings.")

    def show_devices(self, devices: Any, error: BaseException | None) -> None:
        """The microphones PortAudio lists (or why it could not): fill the list, start the test."""
        self.device_combo.blockSignals(True)
        self.device_combo.clear()  # a second listing replaces the first, never appends to it
        self._no_microphone = False
        for dev in devices or []:
            self.device_combo.addItem(dev.name, dev.index)
            if dev.is_default:
                self.device_combo.setCurrentIndex(self.device_combo.count() - 1)
        self.device_combo.blockSignals(False)
        if error is not None:
            self.mic_status.setText(core_bridge.describe_error(error))
        elif not devices:
            self._no_microphone = True
            self.mic_status.setText(self._no_microphone_text())
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
