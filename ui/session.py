"""One call being recorded, as the UI sees it: an explicit state machine over the core.

The core's ``Recorder`` calls ``on_level``/``on_event`` on its writer thread:
levels go into a one-slot ``LevelQueue`` read by a UI timer, events are
re-emitted through a queued Qt signal. Every call into the recorder (start,
post_event, stop, truncate/discard) runs in order on one background thread
(``serial``), so a slow disk never freezes the window and events never
overtake each other. The consent state machine is the core's; the session
only forwards the user's clicks to it and shows what it decided: which consent
buttons may be pressed (``allowed``) is asked of the core's ``Call.consent_now()``
after every event it applied, and the phase follows the core's consent state, so the
window never offers an answer the rules would refuse. While a consent click is on its
way to the core no other consent click is taken (no double answers).

Phases: idle → starting → announcing ⇄ consented, either ⇄ paused → stopping → done
(or failed when the start itself failed). In ``announcing`` the script is on
screen; the ``announced`` event is posted only when the user says they are
reading it (``announce()``), and an answer is taken only after that: the log
says when the other person was actually told, not when recording began.
A lost microphone is a phase of its own, ``device_lost``: the core has saved
everything written so far and nothing is recorded; the user either continues
on another device (the same recording goes on as a new segment, back in the
phase it was lost in) or ends the call.

Two tracks (you and the other party): the recorder's per-track levels come on
the writer thread with the recording time they end at, and go two ways: one
one-slot mailbox per meter, and a ``TrackFeed`` that a UI timer drains into a
``CallListener`` (``ui.tracks``). It says when the other party's track has been
silent too long while yours was not (``silence_alarm``) and where their answer
began after the announcement (``answer_heard``); "They agreed" is logged there.
A mono call gets the same answer from its one track.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from recorder.announcement import announcement
from recorder.call import Retention
from recorder.devices import PORTAUDIO_LOCK, resolve_device
from recorder.events import Event, StopCause
from recorder.sidecar import Outcome
from recorder.timefmt import format_elapsed
from ui import core_bridge
from ui.call_setup import CallSetup
from ui.meter import LevelQueue, TrackFeed
from ui.tasks import PoolRunner
from ui.tracks import SILENCE_ALARM_S, CallListener, TrackChoice

log = logging.getLogger(__name__)

# A second click on the same consent button this soon is a double click, not a new event.
REPEAT_GUARD_S = 1.0
# The phases in which the other party's consent is being asked, given or paused.
CONSENT_PHASES = ("announcing", "consented", "paused")
# The core's consent state -> the phase the window shows (refused/withdrawn end the call).
PHASE_OF_STATE = {
    "preparing": "announcing",
    "announcing": "announcing",
    "transferred": "announcing",
    "consented": "consented",
    "paused": "paused",
}


class CallSession(QObject):
    phase_changed = Signal(str)
    event_applied = Signal(object)  # dict (Event.to_json()), on the main thread
    finished = Signal(object)  # core_bridge.CallOutcome
    failed = Signal(str)  # the start failed: plain sentence
    problem = Signal(str)  # during the call: disk full, write error…
    device_lost = Signal(str)  # the microphone stopped: plain sentence (what is saved)
    switched = Signal(str)  # recording again, from this device (its name)
    switch_failed = Signal(str)  # the other device could not be used: the core's sentence
    allowed_changed = Signal(object)  # frozenset[str]: the consent events the core accepts now
    tracks_known = Signal(int)  # 1 (one microphone) or 2 (you, the other party), once started
    silence_alarm = Signal(bool)  # the other party silent too long while you speak / heard again
    answer_heard = Signal(object)  # seconds where their answer began, or None (none looked for)
    _event_from_writer = Signal(object)

    def __init__(
        self,
        setup: CallSetup,
        library_root: Path,
        user_name: str,
        parent: QObject | None = None,
        source: Any = None,
        source_factory: Callable[[int | None, int, int], Any] | None = None,
        ui_language: str = "en",
        silence_alarm_s: float = SILENCE_ALARM_S,
    ) -> None:
        """``source_factory(device_index, sample_rate, channels)`` makes the device a lost
        call continues on (default: a live device; tests pass fakes). ``ui_language`` is
        the language of the core's assessment shown after the call. ``silence_alarm_s``:
        how long the other party may be silent while you speak before the window says so."""
        super().__init__(parent)
        self.setup = setup
        self.ui_language = ui_language
        self.library_root = library_root
        self.user_name = user_name
        self.levels = LevelQueue()  # the one microphone's (mono), or both tracks mixed
        self.track_levels = (LevelQueue(), LevelQueue())  # your voice, the other party
        self.track_feed = TrackFeed()
        self.tracks = 1
        self.silence_alarm_s = silence_alarm_s
        self.listener: CallListener | None = None
        self.alarm_on = False
        self.answer_s: float | None = None  # where their answer began (shown), if heard
        self.unheard_agreement = False  # "They agreed" with nothing heard from them since
        self._metered: Any = None  # the recorder, for the writer thread's level callbacks
        self.phase = "idle"
        self.events: list[dict[str, Any]] = []
        self._serial = PoolRunner(max_threads=1)  # one thread: recorder calls keep their order
        self._source = source
        self.source_factory = source_factory or core_bridge.make_live_source
        self._before_lost = "consented"
        self._switching = False
        self._recorder: Any = None
        self._call: Any = None  # the core's Call once started
        self._t0 = 0.0
        self._paused_since: float | None = None
        self._stop_reason: str | None = None
        self.allowed: frozenset[str] = frozenset()  # see allowed_changed
        self.has_agreed = False  # the person on the line agreed (the core's word), paused or not
        self._pending = 0  # consent events posted and not yet applied
        self._last_click = ("", 0.0)  # the last consent event posted, and when (monotonic)
        self._event_from_writer.connect(self._on_event_main)
        self._watch = QTimer(self)
        self._watch.setInterval(200)
        self._watch.timeout.connect(self._check_recorder)
        self._listen = QTimer(self)
        self._listen.setInterval(100)
        self._listen.timeout.connect(self._follow_tracks)

    # --- helpers ---------------------------------------------------------------------------

    def _set_phase(self, phase: str) -> None:
        self._refresh_allowed(phase)

    def _refresh_allowed(self, phase: str | None = None) -> None:
        """Ask the core what may be pressed now, and move the phase to the core's state.

        ``phase``: the one the session moves to (stopping, device_lost, …); the core's
        consent state refines it within the consent phases. Both are updated before
        either signal goes out, so a slot sees them agree. While a click is on its way
        the buttons stay as they are (disabling them would throw the keyboard focus onto
        the next button, "Stop"): ``_may`` refuses every other consent click meanwhile."""
        call = self._call
        target = self.phase if phase is None else phase
        allowed = self.allowed
        if call is None or target not in CONSENT_PHASES:
            allowed = frozenset()
        elif not self._pending:
            now = call.consent_now()
            allowed = now.allowed - {"marker"}
            self.has_agreed = now.agreed
            target = PHASE_OF_STATE.get(now.state, target)
        moved, changed = target != self.phase, allowed != self.allowed
        self.phase, self.allowed = target, allowed
        if moved:
            self.phase_changed.emit(target)
        if changed:
            self.allowed_changed.emit(allowed)

    @property
    def announced(self) -> bool:
        """Whether the person on the line now has been told (the core takes an answer)."""
        return "granted" in self.allowed

    @property
    def elapsed(self) -> float:
        return 0.0 if not self._t0 else time.monotonic() - self._t0

    @property
    def recorder(self) -> Any:
        """The core's recorder once started (None before): read-only use from the window."""
        return self._recorder

    @property
    def recorded_seconds(self) -> float:
        """Audio written so far (pauses excluded), from the recorder's own count."""
        rec = self._recorder
        if rec is None:
            return 0.0
        return float(rec.frames_captured) / float(rec.source.format.sample_rate)

    @property
    def recording(self) -> bool:
        return self.phase in (
            "starting",
            "announcing",
            "consented",
            "paused",
            "device_lost",
            "stopping",
        )

    def script(self, transfer: bool = False) -> str:
        return announcement(
            self.setup.home_profile,
            self.setup.counterpart_profile,
            self.setup.language,
            self.user_name,
            transfer=transfer,
        )

    # --- start -------------------------------------------------------------------------------

    def start(self) -> None:
        self._set_phase("starting")
        source = self._source
        emit = self._event_from_writer.emit  # writer thread -> Qt (the core feeds consent)

        def work() -> Any:
            # No device-list rescan (it renumbers the devices) between finding the chosen
            # microphone's number and opening it.
            with PORTAUDIO_LOCK:
                src = source if source is not None else core_bridge.make_source(self.setup)
                self.tracks = 2 if core_bridge.is_two_track(src) else 1
                call = core_bridge.make_call(
                    self.setup,
                    src,
                    self.library_root,
                    self._writer_level,
                    emit,
                    on_track_levels=self._writer_track_levels,
                )
                self._metered = call.recorder
                call.start()
            return call

        self._serial.run_task(work, self._started)

    # Called on the recorder's writer thread: no Qt here, only the mailboxes.

    def _recorded_now(self) -> float:
        rec = self._metered
        if rec is None:
            return 0.0
        return float(rec.frames_captured) / float(rec.source.format.sample_rate)

    def _writer_level(self, peak_dbfs: float, rms_dbfs: float) -> None:
        self.levels.put(peak_dbfs, rms_dbfs)
        if self.tracks == 1:
            self.track_levels[0].put(peak_dbfs, rms_dbfs)
            self.track_feed.put(self._recorded_now(), ((peak_dbfs, rms_dbfs),))

    def _writer_track_levels(self, levels: tuple[tuple[float, float], ...]) -> None:
        if self.tracks != 2 or len(levels) < 2:
            return
        for mailbox, (peak, rms) in zip(self.track_levels, levels, strict=False):
            mailbox.put(peak, rms)
        self.track_feed.put(self._recorded_now(), levels)

    def _started(self, call: Any, error: BaseException | None) -> None:
        if error is not None:
            self._set_phase("failed")
            self.failed.emit(core_bridge.describe_error(error))
            return
        self._call = call
        self._recorder = call.recorder
        self._t0 = time.monotonic()
        self.listener = CallListener(self.tracks, self.silence_alarm_s)
        self.tracks_known.emit(self.tracks)
        self._watch.start()
        self._listen.start()
        self._set_phase("announcing")

    # --- what is heard on each track ---------------------------------------------------------

    def _follow_tracks(self) -> None:
        listener = self.listener
        if listener is None:
            return
        for seconds, levels in self.track_feed.drain():
            listener.feed(seconds, levels)
        alarm = listener.alarm and self.phase in ("announcing", "consented")
        if alarm != self.alarm_on:
            self.alarm_on = alarm
            self.silence_alarm.emit(alarm)
        if listener.answer_s != self.answer_s:
            self.answer_s = listener.answer_s
            self.answer_heard.emit(self.answer_s)

    def _answer_frame(self) -> int | None:
        """Where their answer began, as an offset into the recording (None: not heard)."""
        rec = self._recorder
        if self.answer_s is None or rec is None:
            return None
        return max(0, round(self.answer_s * int(rec.source.format.sample_rate)))

    # --- events ------------------------------------------------------------------------------

    def _post(self, kind: str, text: str | None = None, at_frame: int | None = None) -> None:
        call = self._call
        if call is None:
            return
        if kind == "marker":
            self._serial.run_task(lambda: call.post(kind, text), self._posted)
            return
        self._pending += 1
        self._last_click = (kind, time.monotonic())
        self._serial.run_task(
            lambda: core_bridge.post_event(call, kind, text, at_frame), self._consent_posted
        )

    def _may(self, kind: str) -> bool:
        """Whether the core's rules take ``kind`` now, no other answer is on its way, and it
        is not the second half of a double click (two transfers 0.2 s apart would log a
        person nobody told; the core rightly takes two real ones in a row)."""
        if self._pending or kind not in self.allowed:
            return False
        last_kind, at = self._last_click
        return not (kind == last_kind and time.monotonic() - at < REPEAT_GUARD_S)

    def _consent_posted(self, event: Any, error: BaseException | None) -> None:
        self._pending -= 1
        self._posted(event, error)

    def _posted(self, _event: Any, error: BaseException | None) -> None:
        if error is not None and self.phase not in ("stopping", "done"):
            self.problem.emit(core_bridge.describe_error(error))
        self._refresh_allowed()

    @Slot(object)
    def _on_event_main(self, event: Any) -> None:
        data = event.to_json() if hasattr(event, "to_json") else dict(event)
        self.events.append(data)
        self._follow_consent(data)
        self.event_applied.emit(data)
        self._refresh_allowed()
        if data.get("kind") == "device_lost":
            rec = self._recorder
            # A late event after the user already switched devices is history, not news.
            if rec is None or getattr(rec.state, "value", "") == "device_lost":
                self._enter_lost(str(data.get("text") or ""))
        elif data.get("kind") in ("disk_full", "write_error"):
            cause = event.cause if isinstance(event, Event) else None
            if cause in (StopCause.FOLDER_GONE, StopCause.FOLDER_READ_ONLY):
                text = self.tr(
                    "The recording folder was deleted, moved or made read-only: the recording "
                    "stopped. The audio captured is copied to another folder, named when the "
                    "call has ended."
                )
            elif cause is StopCause.WAV_LIMIT:
                text = self.tr(
                    "The recording reached the 4 GiB a WAV file can hold and stopped. "
                    "Everything written until then is saved; start a new call to go on."
                )
            else:
                text = self.tr(
                    "The disk is full or cannot be written: the recording stopped. Everything "
                    "written until then is saved; free some space before the next call."
                )
            self.problem.emit(text)
            self._stop_reason = str(data.get("kind"))
            self.stop()

    def _follow_consent(self, data: dict[str, Any]) -> None:
        """An answer is looked for from the announcement on, until it is given."""
        listener = self.listener
        if listener is None:
            return
        kind = data.get("kind")
        if kind == "announced":
            self._follow_tracks()  # what was heard before it is not the answer
            listener.announced(float(data.get("seconds") or 0.0))
        elif kind in ("granted", "refused", "transferred"):
            listener.answered()
        else:
            return
        if self.answer_s is not None:
            self.answer_s = None
            self.answer_heard.emit(None)

    def _check_recorder(self) -> None:
        rec = self._recorder
        if rec is None or self.phase in ("stopping", "done", "device_lost"):
            return
        if rec.wait(0):  # the input ended, or the device was lost / the disk filled
            state = getattr(getattr(rec, "state", None), "value", "")
            if state == "device_lost":
                self._enter_lost(core_bridge.last_device_loss(rec))
                return
            if state == "finished":
                self._stop_reason = "input_ended"
            self.stop()

    # --- a lost microphone ---------------------------------------------------------------------

    def _enter_lost(self, reason: str) -> None:
        """Nothing is recorded now; what was written is saved. Wait for the user's choice."""
        if self.phase not in ("announcing", "consented", "paused"):
            return
        self._before_lost = self.phase
        self._stop_reason = "device_lost"
        self._set_phase("device_lost")
        if self.alarm_on:  # nothing is recorded now: the banner says so
            self.alarm_on = False
            self.silence_alarm.emit(False)
        if self.tracks == 2:
            text = self.tr(
                "The sound stopped (%1). Everything recorded until then (%2) is saved; nothing "
                "is being recorded now. Continue on other devices to go on in the same "
                "recording, or end the call."
            )
        else:
            text = self.tr(
                "The microphone stopped delivering sound (%1). Everything recorded until then "
                "(%2) is saved; nothing is being recorded now. Continue on another microphone "
                "to go on in the same recording, or end the call."
            )
        self.device_lost.emit(
            text.replace("%1", reason or self.tr("no sound")).replace(
                "%2", format_elapsed(self.recorded_seconds)
            )
        )

    def switch_to(self, device: int | TrackChoice | None, device_name: str | None = None) -> None:
        """Continue the same recording on another device, as a new segment (core's checks).
        ``device_name``: the name it was listed with (the number may have changed since).
        A two-track call continues on a ``TrackChoice``: a new pair of sources."""
        rec = self._recorder
        if rec is None or self.phase != "device_lost" or self._switching:
            return
        self._switching = True
        factory = self.source_factory

        def work() -> str:
            rate, channels = core_bridge.recording_format(rec)
            if isinstance(device, TrackChoice):
                source = core_bridge.call_source(device.voice, device.other_party, rate)
                return core_bridge.switch_source(rec, source)
            with PORTAUDIO_LOCK:
                index = resolve_device(device, device_name)
                return core_bridge.switch_source(rec, factory(index, rate, channels))

        self._serial.run_task(work, self._switched)

    def _switched(self, label: Any, error: BaseException | None) -> None:
        self._switching = False
        if self.phase != "device_lost":  # ended meanwhile
            return
        if error is not None:
            self.switch_failed.emit(core_bridge.describe_error(error))
            return
        self._stop_reason = None
        self._set_phase(self._before_lost)  # then the core's state, should it differ
        self.switched.emit(str(label))

    # --- consent -------------------------------------------------------------------------------
    # Each guard is the core's rule (``allowed``), so a click the window should not have
    # offered (a key pressed twice, a stale button) is ignored, never logged out of order.

    def announce(self) -> bool:
        """The user is reading the script aloud now: note it (once per person on the line)."""
        if not self._may("announced") or self.announced:
            return False
        self._post("announced")
        return True

    def agreed(self) -> None:
        """They agreed: logged where their answer began when it was heard (the core
        permitting), else now; ``unheard_agreement`` says when nothing was heard."""
        if self._may("granted"):
            self._follow_tracks()
            self.unheard_agreement = (
                self.listener is not None
                and self.listener.other is not None
                and self.answer_s is None
            )
            self._post("granted", at_frame=self._answer_frame())

    def transferred(self) -> bool:
        """Someone new is on the line: they must be told and answer before the call goes on
        under their consent."""
        if not self._may("transferred"):
            return False
        self._post("transferred")
        return True

    def set_paused(self, paused: bool) -> bool:
        """Pause or resume; False when the core's rules do not take it now."""
        kind = "paused" if paused else "resumed"
        if not self._may(kind):
            return False
        self._post(kind)
        return True

    def marker(self, text: str) -> None:
        if self.recording and self.phase not in ("starting", "stopping"):
            self._post("marker", text or None)

    def refused(self) -> None:
        if not self._may("refused"):
            return
        self._post("refused")
        self._stop_reason = "refused"
        self.stop()

    def withdrawn(self) -> None:
        """They agreed, then changed their mind: the core keeps only what came before."""
        if not self.has_agreed or not self._may("withdrawn"):
            return
        self._post("withdrawn")
        self._stop_reason = "withdrawn"
        self.stop()

    # --- stop ----------------------------------------------------------------------------------

    def stop(self) -> None:
        call = self._call
        if call is None or self.phase in ("stopping", "done"):
            return
        self._set_phase("stopping")
        self._watch.stop()
        self._listen.stop()
        if self.alarm_on:
            self.alarm_on = False
            self.silence_alarm.emit(False)
        reason = self._stop_reason
        setup = self.setup
        language = self.ui_language

        def work() -> core_bridge.CallOutcome:
            return core_bridge.finish_call(call, setup, reason, language)

        self._serial.run_task(work, self._stopped)

    def _stopped(self, outcome: Any, error: BaseException | None) -> None:
        self._set_phase("done")
        if error is not None:
            self.problem.emit(core_bridge.describe_error(error))
            rec = self._recorder
            outcome = core_bridge.CallOutcome(
                rec_dir=getattr(rec, "dir", None),
                rec_id=getattr(rec, "id", None),
                outcome=Outcome.WRITE_ERROR,
                duration_s=0.0,
                action=Retention.FAILED,
                problem=core_bridge.describe_error(error),
            )
        self.finished.emit(outcome)
