"""Settings: library folder, defaults for a new call, device, listening copy, signing key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recorder.announcement import list_profiles
from ui import core_bridge
from ui.labels import language_labels
from ui.options import Settings
from ui.tasks import run_task


def ui_language_names() -> dict[str, str]:
    # Each language in its own name: found even when the UI is in another one.
    return {"fr": "Français", "de": "Deutsch", "it": "Italiano", "en": "English"}


class SettingsPage(QWidget):
    saved = Signal()
    message = Signal(str, str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)

        self.library_edit = QLineEdit(self)
        self.library_edit.setObjectName("libraryDir")
        self.library_edit.setPlaceholderText(str(core_bridge.resolve_library("")))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.library_edit, 1)
        row.addWidget(browse)
        form.addRow(self._label(self.tr("&Library folder"), self.library_edit), row)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("userName")
        self.name_edit.setPlaceholderText(self.tr("Your name, as said in the announcement"))
        form.addRow(self._label(self.tr("Your &name"), self.name_edit), self.name_edit)

        self.ui_lang_combo = QComboBox(self)
        self.ui_lang_combo.setObjectName("uiLanguage")
        for key, label in ui_language_names().items():
            self.ui_lang_combo.addItem(label, key)
        form.addRow(self._label(self.tr("App &language"), self.ui_lang_combo), self.ui_lang_combo)

        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("defaultProfile")
        form.addRow(
            self._label(self.tr("&Where you usually are"), self.profile_combo), self.profile_combo
        )

        self.call_lang_combo = QComboBox(self)
        self.call_lang_combo.setObjectName("defaultCallLanguage")
        for key, label in language_labels().items():
            self.call_lang_combo.addItem(label, key)
        form.addRow(
            self._label(self.tr("Usual call l&anguage"), self.call_lang_combo),
            self.call_lang_combo,
        )

        self.device_combo = QComboBox(self)
        self.device_combo.setObjectName("defaultDevice")
        self.device_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # PortAudio lists the microphones of when it started: one plugged in since shows
        # only after a rescan (never under a call's stream: core_bridge.list_devices).
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("refreshDevices")
        self.refresh_button.clicked.connect(self._rescan)
        self._listing = object()
        self._wanted_device = ""
        self.device_combo.activated.connect(
            lambda i: setattr(self, "_wanted_device", self.device_combo.itemData(i) or "")
        )
        device_row = QHBoxLayout()
        device_row.addWidget(self.device_combo, 1)
        device_row.addWidget(self.refresh_button)
        form.addRow(self._label(self.tr("&Microphone"), self.device_combo), device_row)

        self.call_mode_combo = QComboBox(self)
        self.call_mode_combo.setObjectName("defaultCallMode")
        for key, label in (
            ("computer", self.tr("On this computer")),
            ("loudspeaker", self.tr("Mobile phone on loudspeaker (one microphone)")),
            ("paired", self.tr("Mobile phone paired to this computer")),
            ("adapter", self.tr("A phone adapter")),
        ):
            self.call_mode_combo.addItem(label, key)
        form.addRow(
            self._label(self.tr("How you usuall&y call"), self.call_mode_combo),
            self.call_mode_combo,
        )

        self.listening_combo = QComboBox(self)
        self.listening_combo.setObjectName("listeningFormat")
        self.listening_combo.addItem(self.tr("MP3 (plays everywhere)"), "mp3")
        self.listening_combo.addItem(self.tr("Opus (smaller)"), "opus")
        self.listening_combo.addItem(self.tr("None (original WAV only)"), "none")
        form.addRow(
            self._label(self.tr("Listening &copy in bundles"), self.listening_combo),
            self.listening_combo,
        )

        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setWordWrap(False)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QLabel(self.tr("Signing key fingerprint"), self), self.fingerprint_label)

        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        note = QLabel(self.tr("A new app language applies the next time Témoin starts."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Library folder"), self.library_edit.text()
        )
        if folder:
            self.library_edit.setText(folder)

    @staticmethod
    def _pick(combo: QComboBox, value: Any) -> None:
        idx = combo.findData(value)
        if idx >= 0:
            combo.setCurrentIndex(idx)

    def load(self) -> None:
        s = self.settings
        self.library_edit.setText(s.get("library_dir"))
        self.name_edit.setText(s.get("user_name"))
        self._pick(self.ui_lang_combo, s.get("ui_language"))
        self._pick(self.call_lang_combo, s.get("call_language"))
        self._pick(self.listening_combo, s.get("listening_format"))
        self._pick(self.call_mode_combo, s.get("call_mode"))
        self.profile_combo.clear()
        try:
            for p in list_profiles(s.get("ui_language")):
                self.profile_combo.addItem(p.name, p.id)
        except Exception as exc:  # noqa: BLE001
            self.message.emit(core_bridge.describe_error(exc), "error")
        self._pick(self.profile_combo, s.get("home_profile"))
        self.fingerprint_label.setText(self.tr("…"))
        run_task(core_bridge.key_fingerprint, self._fingerprint)
        self._wanted_device = s.get("device")
        self._list_devices(rescan=False)

    def _fingerprint(self, fp: Any, error: BaseException | None) -> None:
        if error is not None:
            self.fingerprint_label.setText(core_bridge.describe_error(error))
        elif fp is None:
            self.fingerprint_label.setText(
                self.tr("No key yet: one is created at your first export.")
            )
        else:
            grouped = " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))
            self.fingerprint_label.setText(grouped)

    def _rescan(self) -> None:
        self._list_devices(rescan=True)

    def _list_devices(self, rescan: bool) -> None:
        """Only the latest listing is shown (an older one may finish after it)."""
        self.refresh_button.setEnabled(False)
        token = self._listing = object()

        def done(devices: Any, error: BaseException | None) -> None:
            if token is self._listing:
                self._devices(devices, error)

        run_task(lambda: core_bridge.list_devices(rescan=rescan), done)

    def _devices(self, devices: Any, error: BaseException | None) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(error, core_bridge.DeviceListStale):
            devices = error.devices  # the list PortAudio had, with why it is not newer
        if error is not None:
            self.message.emit(core_bridge.describe_error(error), "warning")
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("System default"), "")
        for dev in devices or []:
            self.device_combo.addItem(dev.name, dev.name)
        wanted = self._wanted_device
        if wanted and self.device_combo.findData(wanted) < 0:
            # Unplugged now: still the choice (saving must not quietly replace it).
            self.device_combo.addItem(self.tr("%1 (not connected)").replace("%1", wanted), wanted)
        # The one the user chose, even if it was gone at a refresh in between.
        self._pick(self.device_combo, self._wanted_device)

    def save(self) -> None:
        s = self.settings
        folder = self.library_edit.text().strip()
        if folder and not Path(folder).expanduser().is_absolute():
            self.message.emit(self.tr("The library folder must be a full path."), "warning")
            return
        s.set("library_dir", folder)
        s.set("user_name", self.name_edit.text().strip())
        s.set("ui_language", str(self.ui_lang_combo.currentData()))
        s.set("call_language", str(self.call_lang_combo.currentData()))
        s.set("listening_format", str(self.listening_combo.currentData()))
        s.set("call_mode", str(self.call_mode_combo.currentData()))
        if self.profile_combo.currentData():
            s.set("home_profile", str(self.profile_combo.currentData()))
        s.set("device", str(self._wanted_device or ""))  # also before the list has come
        try:
            s.save()
        except OSError as exc:
            self.message.emit(core_bridge.describe_error(exc), "error")
            return
        self.message.emit(self.tr("Settings saved."), "info")
        self.saved.emit()
