"""The main window: New call, Library, Settings; the recording always visible.

While a call is recorded the title reads "● REC 00:12 — Témoin" and the
tray icon turns red, so the user and anyone near see that recording is on;
a lost microphone turns it to "⚠ MIC LOST 00:12 — Témoin" (orange) until the
user continues on another device or ends the call.
Errors arrive in the message bar at the top, in plain words.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from recorder.announcement import announcement
from recorder.timefmt import format_elapsed
from ui import core_bridge
from ui.call_setup import CallSetup, NewCallPage, other_party_sources
from ui.labels import event_label
from ui.message_bar import MessageBar
from ui.options import Settings
from ui.tasks import run_task
from ui.tracks import SILENCE_ALARM_S, TrackChoice

if TYPE_CHECKING:
    from ui.after_call import AfterCallPage
    from ui.library_page import LibraryPage
    from ui.recording_page import RecordingPage
    from ui.session import CallSession
    from ui.settings_page import SettingsPage

APP_TITLE = "Témoin"
NAV_CALL, NAV_LIBRARY, NAV_SETTINGS = range(3)

STYLE = """
QLabel#pageTitle { font-size: 20px; font-weight: bold; margin-bottom: 8px; }
QListWidget#navigation { font-size: 15px; border: none; background: #f0f0f3; }
QListWidget#navigation::item { padding: 10px 12px; }
QListWidget#navigation::item:selected { background: #2f6fb3; color: white; }
"""


def dot_icon(color: str) -> QIcon:
    pm = QPixmap(32, 32)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawEllipse(4, 4, 24, 24)
    p.end()
    return QIcon(pm)


def app_icon() -> QIcon:
    """Témoin's icon (resources/icons, PNG sizes so no SVG plugin is needed)."""
    from recorder.resources import resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 32, 48, 64, 128, 256):
        path = folder / f"temoin-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon if not icon.isNull() else dot_icon("#2f6fb3")


class MainWindow(QMainWindow):
    def __init__(
        self,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        library_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.library_root = library_root or core_bridge.resolve_library(
            self.settings.get("library_dir")
        )
        self.session: CallSession | None = None
        self.outcome: core_bridge.CallOutcome | None = None
        self.last_saved_id: str | None = None
        # Calls that stopped but are not in the library yet (it was in use): retried.
        self.unindexed: list[core_bridge.CallOutcome] = []
        self.index_retry_ms = 2000  # first retry; doubles up to a minute
        # Makes the device a lost call continues on (device_index, rate, channels);
        # None = a live device. Tests put fakes here, at the edge.
        self.source_factory: Callable[[int | None, int, int], Any] | None = None
        # Lists the microphones a lost call may continue on; tests fix the list.
        self.device_lister: Callable[[], list[Any]] = core_bridge.list_devices
        # How long the other party may be silent while you speak before the window says so.
        self.silence_alarm_s = SILENCE_ALARM_S
        self._lost_text = ""
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(app_icon())
        self.setStyleSheet(STYLE)
        self.setAcceptDrops(True)
        self.resize(1100, 700)
        self.setMinimumSize(QSize(800, 560))
        lang = self.settings.get("ui_language")

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.message_bar = MessageBar(central)
        outer.addWidget(self.message_bar)
        body = QHBoxLayout()
        body.setSpacing(0)
        outer.addLayout(body, 1)

        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(190)
        for text in (self.tr("New call"), self.tr("Library"), self.tr("Settings")):
            QListWidgetItem(text, self.nav)
        body.addWidget(self.nav)

        self.stack = QStackedWidget(central)
        body.addWidget(self.stack, 1)
        # Only the first screen is built now; the others on first use (start-up time).
        self.call_stack = QStackedWidget(self.stack)
        self.new_call_page = NewCallPage(lang, self.call_stack)
        self.call_stack.addWidget(self.new_call_page)
        self._recording_page: RecordingPage | None = None
        self._after_call_page: AfterCallPage | None = None
        self._library_page: LibraryPage | None = None
        self._settings_page: SettingsPage | None = None
        self.stack.addWidget(self.call_stack)
        self.stack.addWidget(QWidget(self.stack))  # Library, built on first use
        self.stack.addWidget(QWidget(self.stack))  # Settings, built on first use
        self.setCentralWidget(central)

        self.nav.currentRowChanged.connect(self._nav_changed)
        self.new_call_page.message.connect(self.show_message)
        self.new_call_page.start_requested.connect(self.start_call)
        self.new_call_page.name_requested.connect(self._ask_name)
        self.new_call_page.set_user_name(self.settings.get("user_name"))

        for i, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3")):
            act = QAction(self)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(lambda _=False, i=i: self.nav.setCurrentRow(i))
            self.addAction(act)
        verify = QAction(self.tr("Verify a bundle…"), self)
        verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify.triggered.connect(lambda: self.library_page.choose_bundle())
        self.addAction(verify)

        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(dot_icon("#7f7f7f"), self)
            self.tray.setToolTip(self.tr("Témoin — not recording"))
            self.tray.activated.connect(self._tray_activated)
            self.tray.show()

        self._clock = QTimer(self)
        self._clock.setInterval(250)
        self._clock.timeout.connect(self._tick)

        self.nav.setCurrentRow(NAV_CALL)
        self._background_started = False
        self.warmed = False
        self.recovered = False  # the start-up recovery scan ran (it writes to the library)

    # --- pages built on first use ---------------------------------------------------------

    def _place(self, index: int, page: QWidget) -> None:
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    @property
    def recording_page(self) -> RecordingPage:
        if self._recording_page is None:
            from ui.recording_page import RecordingPage

            rp = RecordingPage(self.call_stack)
            self.call_stack.addWidget(rp)
            rp.announce_requested.connect(self._announce)
            rp.agreed.connect(self._agreed)
            rp.refused.connect(self._refused)
            rp.transfer.connect(self._transfer)
            rp.pause_toggled.connect(self._pause_toggled)
            rp.marker_requested.connect(self._marker)
            rp.stop_requested.connect(self.stop_call)
            rp.withdrawn.connect(self._withdrawn)
            rp.switch_requested.connect(self._switch_requested)
            rp.refresh_devices_requested.connect(lambda: self._list_devices_for_switch(True))
            self._recording_page = rp
        return self._recording_page

    @property
    def after_call_page(self) -> AfterCallPage:
        if self._after_call_page is None:
            from ui.after_call import AfterCallPage

            page = AfterCallPage(self.call_stack)
            self.call_stack.addWidget(page)
            page.save_requested.connect(self.save_call)
            self._after_call_page = page
        return self._after_call_page

    @property
    def library_page(self) -> LibraryPage:
        if self._library_page is None:
            from ui.library_page import LibraryPage

            page = LibraryPage(self.library_root, self.settings.get("ui_language"), self.stack)
            page.listening_format = self.settings.get("listening_format")
            page.message.connect(self.show_message)
            self._place(NAV_LIBRARY, page)
            self._library_page = page
        return self._library_page

    @property
    def settings_page(self) -> SettingsPage:
        if self._settings_page is None:
            from ui.settings_page import SettingsPage

            page = SettingsPage(self.settings, self.stack)
            page.message.connect(self.show_message)
            page.saved.connect(self._settings_saved)
            self._place(NAV_SETTINGS, page)
            self._settings_page = page
        return self._settings_page

    def _tray_activated(self, _reason: Any) -> None:
        self.showNormal()
        self.activateWindow()

    # --- start-up --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._background_started:  # the window is on screen: now the slower parts
            self._background_started = True
            QTimer.singleShot(0, self, self.start_background)

    @property
    def ready(self) -> bool:
        """The background start-up ran (profiles and devices are being filled in)."""
        return self._background_started and self.new_call_page.home_combo.count() > 0

    def start_background(self) -> None:
        """After the first paint: list devices, recover interrupted recordings, list the library.

        PortAudio and numpy take longer to load than the whole window: the user sees
        the window first and the device list a moment later.
        """
        self.new_call_page.load(
            self.settings.get("home_profile"),
            self.settings.get("call_language"),
            self.settings.get("device"),
            call_mode=self.settings.get("call_mode"),
            voice=self.settings.get("voice_input"),
            other_party=self.settings.get("other_party"),
        )
        # Build the other screens while the user reads this one, one per event-loop turn,
        # so no first click pays for them.
        for i, name in enumerate(("recording_page", "after_call_page", "library_page")):
            QTimer.singleShot(100 + 50 * i, self, lambda name=name: getattr(self, name))
        run_task(core_bridge.warm_up, self._warmed)
        root = self.library_root
        run_task(lambda: core_bridge.recover_and_index(root), self._recovered)

    def _warmed(self, _result: Any, _error: BaseException | None) -> None:
        self.warmed = True

    def _recovered(self, scan: Any, error: BaseException | None) -> None:
        self.recovered = True
        found = list(getattr(scan, "recovered", []) or [])
        added = list(getattr(scan, "added", []) or [])
        problem = getattr(scan, "problem", None)
        if error is not None:
            self.show_message(core_bridge.describe_error(error), "error")
        elif problem:
            self.show_message(problem, "warning")
        elif found:
            names = ", ".join(f"{r.id} ({format_elapsed(r.duration_s)})" for r in found)
            self.show_message(
                self.tr(
                    "%n recording(s) interrupted by a crash or power cut were recovered and are "
                    "in the library: %1",
                    "",
                    len(found),
                ).replace("%1", names),
                "warning",
            )
        elif added:
            self.show_message(
                self.tr(
                    "%n call(s) recorded earlier had not reached the library (it was in use "
                    "when they ended) and are in it now: %1",
                    "",
                    len(added),
                ).replace("%1", ", ".join(added)),
                "info",
            )
        if self._library_page is not None:
            self._library_page.refresh()

    # --- messages, navigation, title ----------------------------------------------------------

    def show_message(
        self,
        text: str,
        level: str = "error",
        actions: list[tuple[str, Callable[[], None]]] | None = None,
    ) -> None:
        self.message_bar.show_message(text, level, actions or ())

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        if row == NAV_LIBRARY:
            self.library_page.refresh()
        elif row == NAV_SETTINGS:
            self.settings_page.load()
        self.stack.setCurrentIndex(row)

    def _ask_name(self) -> None:
        self.nav.setCurrentRow(NAV_SETTINGS)
        self.settings_page.name_edit.setFocus()

    def _settings_saved(self) -> None:
        self.new_call_page.set_user_name(self.settings.get("user_name"))
        if not self.is_recording:
            self.new_call_page.set_mode(self.settings.get("call_mode"))
        root = core_bridge.resolve_library(self.settings.get("library_dir"))
        if root != self.library_root and not self.is_recording:
            self.library_root = root
            if self._library_page is not None:
                self._library_page.root = root
        if self._library_page is not None:
            self._library_page.listening_format = self.settings.get("listening_format")

    @property
    def is_recording(self) -> bool:
        return self.session is not None and self.session.recording

    def _tick(self) -> None:
        s = self.session
        if s is None or not s.recording:
            self._clock.stop()
            self._update_indicators()
            return
        self.recording_page.set_elapsed(s.elapsed)
        self._update_indicators()

    def _update_indicators(self) -> None:
        s = self.session
        if s is None or not s.recording:
            title, tip, color = APP_TITLE, self.tr("Témoin — not recording"), "#7f7f7f"
        elif s.phase == "paused":
            title = self.tr("‖ PAUSED %1 — Témoin").replace("%1", format_elapsed(s.elapsed))
            tip, color = self.tr("Témoin — paused, not recording"), "#e0a030"
        elif s.phase == "device_lost" and s.tracks == 2:
            title = self.tr("⚠ SOUND LOST %1 — Témoin").replace("%1", format_elapsed(s.elapsed))
            tip, color = self.tr("Témoin — sound lost, not recording"), "#e67e22"
        elif s.phase == "device_lost":
            title = self.tr("⚠ MIC LOST %1 — Témoin").replace("%1", format_elapsed(s.elapsed))
            tip, color = self.tr("Témoin — microphone lost, not recording"), "#e67e22"
        else:
            title = self.tr("● REC %1 — Témoin").replace("%1", format_elapsed(s.elapsed))
            tip, color = self.tr("Témoin — RECORDING"), "#d9412b"
        if self.windowTitle() != title:
            self.setWindowTitle(title)
        if self.tray is not None and self.tray.toolTip() != tip:
            self.tray.setToolTip(tip)
            self.tray.setIcon(dot_icon(color))

    # --- the call ---------------------------------------------------------------------------------

    def start_call(self, setup: CallSetup, source: Any = None) -> None:
        """Start recording; ``source`` overrides the device (tests use fakes at the edge)."""
        if self.is_recording:
            return
        self.message_bar.clear()
        if not self.settings.get("user_name").strip():
            self.new_call_page.set_user_name("")
            self.show_message(self.new_call_page.start_button.toolTip(), "warning")
            return
        self.settings.set("home_profile", setup.home_profile)
        self._remember_how(setup)
        try:
            script = announcement(
                setup.home_profile,
                setup.counterpart_profile,
                setup.language,
                self.settings.get("user_name"),
            )
        except Exception as exc:  # noqa: BLE001
            self.show_message(core_bridge.describe_error(exc), "error")
            return
        from ui.session import CallSession

        session = CallSession(
            setup,
            self.library_root,
            self.settings.get("user_name"),
            self,
            source,
            self.source_factory,
            ui_language=self.settings.get("ui_language"),
            silence_alarm_s=self.silence_alarm_s,
        )
        self.session = session
        rp = self.recording_page
        rp.meter.source = session.track_levels[0]
        rp.other_meter.source = session.track_levels[1]
        rp.set_tracks(2 if setup.two_tracks and source is None else 1)
        rp.reset(script)
        self._show_asking(told=False)
        session.tracks_known.connect(rp.set_tracks)
        session.silence_alarm.connect(rp.set_silence_alarm)
        session.answer_heard.connect(rp.set_answer_heard)
        session.phase_changed.connect(self._phase_changed)
        session.allowed_changed.connect(self._allowed_changed)
        session.event_applied.connect(self._event_applied)
        session.failed.connect(self._start_failed)
        session.problem.connect(lambda text: self.show_message(text, "error"))
        session.finished.connect(self._call_finished)
        session.device_lost.connect(self._device_lost)
        session.switched.connect(self._switched)
        session.switch_failed.connect(self._switch_failed)
        self.call_stack.setCurrentWidget(self.recording_page)
        self.nav.setCurrentRow(NAV_CALL)
        session.start()
        self._clock.start()
        self._update_indicators()

    def _remember_how(self, setup: CallSetup) -> None:
        """How this call is made, and its devices, are the next call's defaults."""
        self.settings.set("call_mode", setup.mode)
        if setup.two_tracks:
            self.settings.set("voice_input", setup.voice or "")
            self.settings.set("other_party", setup.other_party or "")
        elif setup.input_file is None and setup.device_name is not None:
            self.settings.set("device", setup.device_name)
        try:
            self.settings.save()
        except OSError as exc:  # the call goes on; the choice is kept for this session
            self.show_message(core_bridge.describe_error(exc), "warning")

    def _announce(self) -> None:
        s = self.session
        if s is not None and s.announce():
            self._show_asking(told=True)

    def _show_asking(self, told: bool) -> None:
        """What to do next while their consent is asked: read the text, or click the answer."""
        if told:
            text = self.tr(
                "Noted: you are reading the text. When they have answered, click their answer."
            )
        else:
            text = self.tr(
                "Press “I'm reading it now” (Ctrl+L) as you start reading the text above "
                "aloud, then click the other party's answer."
            )
        self.recording_page.set_consent_text(text)

    def _agreed(self) -> None:
        if self.session is not None:
            self.session.agreed()

    def _refused(self) -> None:
        if self.session is not None:
            self.session.refused()

    def _withdrawn(self) -> None:
        if self.session is not None:
            self.session.withdrawn()

    # --- a lost microphone -------------------------------------------------------------------

    def _lost_actions(self) -> list[tuple[str, Callable[[], None]]]:
        two = self.session is not None and self.session.tracks == 2
        return [
            (
                self.tr("Continue on other devices…")
                if two
                else self.tr("Continue on another microphone…"),
                self._choose_microphone,
            ),
            (self.tr("End the call"), self.stop_call),
        ]

    def _device_lost(self, text: str) -> None:
        self._lost_text = text
        self.show_message(text, "error", self._lost_actions())
        self.call_stack.setCurrentWidget(self.recording_page)
        self._list_devices_for_switch()

    def _list_devices_for_switch(self, rescan: bool = False) -> None:
        """The microphones a lost call may continue on; ``rescan`` ("Refresh list") asks
        PortAudio afresh, so the headset plugged back in shows up."""
        rp = self.recording_page
        rp.refresh_devices_button.setEnabled(False)  # one listing at a time
        session = self.session
        if session is not None and session.tracks == 2:
            self._list_endpoints_for_switch(session)
            return
        rec = None if session is None else session.recorder
        lister = self.device_lister

        def work() -> list[Any]:
            if lister is not core_bridge.list_devices:
                return list(lister())  # a fixed list (tests), nothing to rescan
            return core_bridge.list_devices(
                rescan=rescan, in_use=lambda: rec is not None and core_bridge.stream_open(rec)
            )

        def listed(devices: Any, error: BaseException | None) -> None:
            if isinstance(error, core_bridge.DeviceListStale):
                devices = error.devices  # the list PortAudio had, with why it is not newer
            rp.set_devices(
                list(devices or []), None if error is None else core_bridge.describe_error(error)
            )

        run_task(work, listed)

    def _list_endpoints_for_switch(self, session: CallSession) -> None:
        """A two-track call's devices there are now: the sound server's, asked afresh."""
        rp = self.recording_page
        setup = session.setup
        current = TrackChoice(setup.voice, setup.other_party)

        def listed(endpoints: Any, error: BaseException | None) -> None:
            rp.set_endpoints(
                endpoints,
                [] if endpoints is None else other_party_sources(endpoints, setup.mode),
                adapter=setup.mode == "adapter",
                current=current,
                error=None if error is None else core_bridge.describe_error(error),
            )

        run_task(core_bridge.list_endpoints, listed)

    def _choose_microphone(self) -> None:
        """From the message bar: go to the list of microphones on the recording page."""
        self.nav.setCurrentRow(NAV_CALL)
        self.call_stack.setCurrentWidget(self.recording_page)
        self.recording_page.device_combo.setFocus()

    def _switch_requested(self, device_index: Any) -> None:
        if self.session is not None and isinstance(device_index, TrackChoice):
            self.session.switch_to(device_index)
        elif self.session is not None:
            # The name it was listed with, when the list is PortAudio's (tests give fakes).
            real = self.device_lister is core_bridge.list_devices
            name = self.recording_page.device_name(device_index) if real else None
            self.session.switch_to(device_index, name)

    def _switched(self, label: str) -> None:
        self.recording_page.set_lost_status("")
        self.show_message(
            self.tr(
                "Recording again, from %1. The audio continues in the same recording; the "
                "log notes where the microphone changed."
            ).replace("%1", label),
            "info",
        )

    def _switch_failed(self, text: str) -> None:
        self.recording_page.set_switch_failed(text)
        self.show_message(f"{text}\n\n{self._lost_text}".strip(), "error", self._lost_actions())

    def _pause_toggled(self, on: bool) -> None:
        if self.session is not None and not self.session.set_paused(on):
            self.recording_page.show_paused(not on)  # not taken: show the core's state again

    def _marker(self, text: str) -> None:
        if self.session is not None:
            self.session.marker(text)

    def _transfer(self) -> None:
        s = self.session
        if s is None or not s.transferred():
            return  # not taken now (see CallSession._may): the screen stays as it is
        try:
            self.recording_page.script_label.setText(s.script(transfer=True))
        except Exception as exc:  # noqa: BLE001
            self.show_message(core_bridge.describe_error(exc), "error")
        self.recording_page.set_consent_text(
            self.tr(
                "Someone new is on the line: press “I'm reading it now” (Ctrl+L) as you read "
                "the text to them, then click their answer."
            )
        )

    def stop_call(self) -> None:
        if self.session is not None:
            self.session.stop()

    def _start_failed(self, text: str) -> None:
        self.show_message(text, "error")
        self.session = None
        self.call_stack.setCurrentWidget(self.new_call_page)
        self._update_indicators()

    def _allowed_changed(self, allowed: frozenset[str]) -> None:
        s = self.session
        self.recording_page.set_allowed(allowed, agreed=s is not None and s.has_agreed)

    def _phase_changed(self, phase: str) -> None:
        rp = self.recording_page
        back_from_loss = rp.phase == "device_lost"
        back_from_pause = rp.phase == "paused"
        if phase in ("announcing", "consented", "paused", "device_lost", "stopping"):
            rp.set_phase(phase)
        if phase == "stopping":
            self.message_bar.clear_actions()  # "continue" / "end" no longer apply
        if back_from_loss or phase in ("device_lost", "stopping"):
            pass  # the consent text still says where the call stands
        elif phase == "consented" and self.session is not None and self.session.unheard_agreement:
            rp.set_consent_text(
                self.tr(
                    "They agreed. Nothing was heard from the other party since the "
                    "announcement, though: check that their answer is on the recording."
                )
            )
        elif phase == "consented":
            rp.set_consent_text(self.tr("They agreed. The call is recorded with their consent."))
        elif phase == "announcing" and back_from_pause and self.session is not None:
            # Paused while waiting for their answer: back to where the asking stood.
            self._show_asking(told=self.session.announced)
        elif phase == "paused":
            rp.set_consent_text(
                self.tr("Nothing is recorded now. Resume when the sensitive part is over.")
            )
        self._update_indicators()

    def _event_applied(self, ev: dict[str, Any]) -> None:
        shown = (
            "start",
            "announced",
            "granted",
            "refused",
            "transferred",
            "paused",
            "resumed",
            "marker",
            "device_lost",
            "segment_start",
            "withdrawn",
            "disk_full",
            "input_error",
        )
        kind = str(ev.get("kind"))
        if kind not in shown:
            return
        line = f"{format_elapsed(float(ev.get('seconds') or 0))}  {event_label(kind)}"
        if ev.get("text") and kind == "marker":
            line += f" — {ev['text']}"
        self.recording_page.add_event_line(line)

    def _call_finished(self, outcome: core_bridge.CallOutcome) -> None:
        self.outcome = outcome
        self._clock.stop()
        self._update_indicators()
        verdict = (outcome.assessment or {}).get("verdict")
        parts = []
        if outcome.reason == "refused":
            if outcome.refusal_script:
                parts.append(
                    "<p style='font-size:16px; background:#fffbe8; padding:6px'><b>"
                    + self.tr("Say now:")
                    + "</b> «"
                    + html.escape(outcome.refusal_script)
                    + "»</p>"
                )
            if outcome.action == "discarded":
                parts.append(
                    self.tr(
                        "They refused, so the recording stopped and its audio (%1) was deleted, "
                        "as the rule where you and they are requires. Only the log of what "
                        "happened (times, the refusal) is kept."
                    ).replace("%1", format_elapsed(outcome.removed_s))
                )
            elif outcome.action == "truncated":
                parts.append(
                    self.tr(
                        "They refused, so the recording stopped. The part recorded with consent "
                        "(%1) is kept; the %2 since the new person came on the line was deleted."
                    )
                    .replace("%1", format_elapsed(outcome.kept_s))
                    .replace("%2", format_elapsed(outcome.removed_s))
                )
            else:
                parts.append(self.tr("They refused; the recording stopped."))
        elif outcome.reason == "withdrawn":
            if outcome.refusal_script:
                parts.append(
                    "<p style='font-size:16px; background:#fffbe8; padding:6px'><b>"
                    + self.tr("Say now:")
                    + "</b> «"
                    + html.escape(outcome.refusal_script)
                    + "»</p>"
                )
            parts.append(
                self.tr(
                    "They withdrew their consent, so the recording stopped. The part recorded "
                    "while they agreed (%1) is kept; nothing after the withdrawal is."
                ).replace("%1", format_elapsed(outcome.kept_s))
            )
        elif outcome.reason == "device_lost":
            parts.append(
                self.tr(
                    "The microphone was lost. Everything recorded until then (%1) is kept."
                ).replace("%1", format_elapsed(outcome.kept_s))
            )
        elif outcome.action == "failed" or outcome.outcome in (
            "disk_full",
            "write_error",
            "input_error",
        ):
            parts.append(
                self.tr(
                    "The recording ended early (%1). What was written until then is kept."
                ).replace("%1", outcome.problem or outcome.outcome)
            )
        elif verdict in (None, "consented"):
            parts.append(
                self.tr(
                    "Recording saved: %1 of audio, sealed with a fingerprint (SHA-256)."
                ).replace("%1", format_elapsed(outcome.kept_s))
            )
        if outcome.assessment is not None and outcome.action != "discarded":
            said = self._verdict_paragraphs(outcome.assessment, outcome.kept_s)
            if verdict == "consented":
                parts.extend(said)  # what was saved, then on what consent
            else:  # it leads: after "Say now:", before the rest
                first = 1 if outcome.refusal_script else 0
                parts[first:first] = said
        segments = 1 + sum(1 for e in outcome.events if e.get("kind") == "segment_start")
        if segments > 1 and outcome.action != "discarded":
            parts.append(
                self.tr(
                    "The microphone was lost during the call and the recording went on from "
                    "another one: the file holds %1 parts, one after the other, and the log says "
                    "when each began."
                ).replace("%1", str(segments))
            )
        if outcome.problem and outcome.reason != "device_lost":
            self.show_message(outcome.problem, "error")
        kept = "".join(p if p.startswith("<p") else f"<p>{html.escape(p)}</p>" for p in parts)
        self.after_call_page.reset(
            kept,
            self.recording_page.ticket_edit.text().strip(),
            self.recording_page.notes_edit.toPlainText(),
            [core_bridge.describe_warning(w) for w in outcome.warnings],
        )
        self.call_stack.setCurrentWidget(self.after_call_page)
        self.after_call_page.summary_edit.setFocus()
        if outcome.rec_dir is not None:
            self.unindexed.append(outcome)
            self._index(outcome, self.index_retry_ms)

    def _verdict_paragraphs(self, assessment: dict[str, Any], kept_s: float) -> list[str]:
        """The core's verdict on the call and its first reason; without valid consent, also
        what the core says about keeping the audio (all wording from the profiles)."""
        reasons = assessment.get("reasons") or []
        head = "<b>" + html.escape(str(assessment.get("verdict_text") or "")) + "</b>"
        if reasons:
            head = (
                self.tr("%1: %2")
                .replace("%1", head)
                .replace("%2", html.escape(str(reasons[0].get("text") or "")))
            )
        out = [f"<p>{head}</p>"]
        keep = next((u for u in assessment.get("uses") or [] if u.get("use") == "keep"), None)
        if assessment.get("verdict") != "consented" and keep is not None:
            out.append(
                self.tr("The audio (%1) is still on this computer. %2")
                .replace("%1", format_elapsed(kept_s))
                .replace("%2", str(keep.get("reason") or ""))
            )
        return out

    # --- the call in the library -------------------------------------------------------------

    def _pending(self, outcome: core_bridge.CallOutcome) -> bool:
        """Whether this very call (not an equal-looking one) still waits for the library."""
        return any(o is outcome for o in self.unindexed)

    def _drop(self, outcome: core_bridge.CallOutcome) -> None:
        self.unindexed = [o for o in self.unindexed if o is not outcome]

    def _index(self, outcome: core_bridge.CallOutcome, retry_ms: int) -> None:
        """Put the call that just stopped in the library, in the background; retried while
        the library is in use. The user's details are added later, to the indexed call."""
        if not self._pending(outcome) or outcome.rec_dir is None:
            return  # indexed meanwhile (by a retry or by "Save")
        if outcome is self.outcome:
            self.after_call_page.set_library_status(self.tr("Adding the call to the library…"))
        root, rec_dir = self.library_root, outcome.rec_dir

        def done(rec_id: Any, error: BaseException | None) -> None:
            self._indexed(outcome, rec_id, error, retry_ms)

        run_task(lambda: core_bridge.index_call(root, rec_dir), done)

    def _indexed(
        self,
        outcome: core_bridge.CallOutcome,
        rec_id: Any,
        error: BaseException | None,
        retry_ms: int,
    ) -> None:
        if error is None:
            self._now_in_library(outcome)
            return
        if not self._pending(outcome):
            return  # "Save" indexed it while this attempt failed
        first = outcome.index_problem is None
        outcome.index_problem = core_bridge.describe_error(error)
        busy = core_bridge.library_busy(error)
        if busy:  # another window or command is writing: it will be done soon
            text = self.tr(
                "The call is safe on this computer but not in the library yet: %1 Témoin tries "
                "again by itself. If you close Témoin now, the call is added the next time it "
                "starts."
            )
        else:  # retrying would not help; the start-up scan and `temoin recover` say more
            self._drop(outcome)
            text = self.tr(
                "The call is safe on this computer but could not be added to the library: %1"
            )
        text = text.replace("%1", outcome.index_problem)
        if outcome is self.outcome:
            self.after_call_page.set_library_status(text, problem=True)
        if first or not busy:
            self.show_message(text, "error")
        if busy:
            QTimer.singleShot(
                retry_ms, self, lambda: self._index(outcome, min(2 * retry_ms, 60_000))
            )

    def _now_in_library(self, outcome: core_bridge.CallOutcome) -> None:
        if not self._pending(outcome):
            return
        self._drop(outcome)
        outcome.indexed = True
        late = outcome.index_problem is not None
        outcome.index_problem = None
        if outcome is self.outcome:
            self.after_call_page.set_library_status(
                self.tr("The call is in your library. Details added here are saved with it.")
            )
        if late:
            self.show_message(self.tr("The call is now in your library."), "info")
        if self._library_page is not None:
            self._library_page.refresh()

    def save_call(self) -> None:
        outcome = self.outcome
        if outcome is None or outcome.rec_dir is None:
            self.call_stack.setCurrentWidget(self.new_call_page)
            return
        tags, words, summary = self.after_call_page.values()
        root, rec_dir, indexed = self.library_root, outcome.rec_dir, outcome.indexed
        self.after_call_page.save_button.setEnabled(False)

        def saved(rec_id: Any, error: BaseException | None) -> None:
            self._saved(outcome, rec_id, error)

        run_task(
            lambda: core_bridge.save_call(root, rec_dir, tags, words, summary, indexed=indexed),
            saved,
        )

    def _saved(
        self, outcome: core_bridge.CallOutcome, rec_id: Any, error: BaseException | None
    ) -> None:
        self.after_call_page.save_button.setEnabled(True)
        if error is not None:
            self.show_message(core_bridge.describe_error(error), "error")
            return
        if self._pending(outcome):  # indexed by this save: no retry needed
            self._drop(outcome)
            outcome.indexed, outcome.index_problem = True, None
        self.last_saved_id = str(rec_id)
        if self.outcome is outcome:
            self.session = None
            self.outcome = None
        self.show_message(self.tr("The call is in your library."), "info")
        self.call_stack.setCurrentWidget(self.new_call_page)
        self.nav.setCurrentRow(NAV_LIBRARY)
        self.library_page.refresh(select=str(rec_id))

    # --- window events ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and u.toLocalFile().lower().endswith(".zip") for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.nav.setCurrentRow(NAV_LIBRARY)
            self.library_page.verify(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_recording:
            self.show_message(
                self.tr("A call is being recorded: stop it first (Ctrl+E), then close Témoin."),
                "warning",
            )
            event.ignore()
            return
        # Joined, not only stopped: a meter still opening on a worker would open, and abort,
        # its stream after the window is gone (and the test suite's check of open streams).
        self.new_call_page.close_probe()
        self._index_before_closing()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)

    def _index_before_closing(self) -> None:
        """One last try, here and now, for a call not in the library yet: the window is
        going. If the library is still in use the call stays on disk, complete, and the
        next start-up scan adds it (``core_bridge.recover_and_index``)."""
        for outcome in list(self.unindexed):
            if outcome.rec_dir is None:
                continue
            try:
                core_bridge.index_call(self.library_root, outcome.rec_dir)
            except Exception:  # noqa: BLE001, S112 - the start-up scan adds it later
                continue
            self._drop(outcome)
            outcome.indexed = True
