"""Every call from the UI into ``recorder/`` goes through here.

One place to adapt when a core signature moves, and one place that knows the
threading rules of the core: a ``Library`` is opened per operation (in the
worker that uses it; SQLite connections stay on their thread) and in-process
writers are serialized, so the UI never trips its own single-writer lock and
another ``temoin`` process can still use the library while the app is idle.
Functions here may block: call them through ``ui.tasks.run_task``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from recorder import call as core_call
from recorder.crashlog import UI_PREFIX, write_crash_log
from recorder.errors import TemoinError
from recorder.paths import library_dir
from recorder.sidecar import Sidecar

if TYPE_CHECKING:
    from recorder.levels import LevelProbe

log = logging.getLogger(__name__)
_writer_lock = threading.Lock()


def resolve_library(setting: str) -> Path:
    """The library folder: the setting if given, else ``$TEMOIN_HOME`` / the platform default."""
    return library_dir(setting or None)


# --- library --------------------------------------------------------------------------------


@contextmanager
def open_library(root: Path, *, write: bool = False) -> Iterator[Any]:
    from recorder.library import Library

    if write:
        with _writer_lock, Library.open(root) as lib:
            yield lib
    else:
        with Library.open(root, readonly=True) as lib:
            yield lib


def list_recordings(root: Path, search: str | None = None) -> list[dict[str, Any]]:
    """The library's calls, newest first; none while it has no database yet.

    Reading a library that has no database would create it, which takes the writer's
    lock for a moment: an idle window listing an empty library must never be the
    reason another window or command is told "library in use".
    """
    from recorder.library import DB_NAME

    if not (root / DB_NAME).exists():
        return []
    with open_library(root) as lib:
        rows: list[dict[str, Any]] = lib.list(search=search or None, sort="date", reverse=True)
        return rows


def get_recording(root: Path, rec_id: str) -> dict[str, Any]:
    with open_library(root) as lib:
        info: dict[str, Any] = lib.get(rec_id)
        return info


def delete_audio(root: Path, rec_id: str) -> dict[str, Any]:
    """Delete a recording's audio for good (the user confirmed); the log stays."""
    with open_library(root, write=True) as lib:
        result: dict[str, Any] = lib.delete_audio(rec_id, "deleted by the user in the app")
        return result


def save_call(
    root: Path,
    rec_dir: Path,
    tags: dict[str, str],
    words: list[str],
    summary: str,
    *,
    indexed: bool = False,
) -> str:
    """Add the user's tags and summary note to the call (indexing it first if that did not
    happen when it stopped: the library was in use then)."""
    with open_library(root, write=True) as lib:
        rec_id = rec_dir.name if indexed else str(lib.import_recording(rec_dir))
        if tags or words:
            lib.tag(rec_id, tags, words)
        if summary.strip():
            lib.add_note(rec_id, summary.strip())
        return rec_id


def import_recording(root: Path, rec_dir: Path) -> str:
    with open_library(root, write=True) as lib:
        return str(lib.import_recording(rec_dir))


def index_call(root: Path, rec_dir: Path) -> str:
    """Put a call in the library the moment it stops, before the user types anything.

    The Library then lists it whatever happens to the window next (closed, crashed);
    the after-call page only adds to it. Raises ``LibraryInUse`` while another
    process writes: the caller says so and tries again. A call rescued outside the
    library (its folder was deleted mid-call) is not indexed where it stands.
    """
    from recorder.errors import EnvironmentProblem

    if rec_dir.parent != root / "recordings":
        raise EnvironmentProblem(
            f"The recording is in {rec_dir}, outside the library, and was not added to it."
        )
    return import_recording(root, rec_dir)


def library_busy(exc: BaseException) -> bool:
    """Whether ``exc`` only means another process is writing the library (worth a retry)."""
    from recorder.library import LibraryInUse

    return isinstance(exc, LibraryInUse)


# --- signing key ------------------------------------------------------------------------------


def key_fingerprint() -> str | None:
    """The signing key's SHA-256 fingerprint, or None before the first export creates it."""
    from recorder.verify import local_fingerprint

    fp = local_fingerprint()
    return None if fp is None else str(fp)


# --- recovery ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recovered:
    id: str
    duration_s: float
    note: str


@dataclass
class StartupScan:
    """What the start-up scan did: crash-interrupted recordings repaired and indexed,
    finished calls that had not reached the library yet (``added``), and what it could
    not do (``problem``: the library in use, say; ``temoin recover`` tells more)."""

    recovered: list[Recovered] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    problem: str | None = None


STARTUP_WAIT_S = 5.0  # for a library another process holds; the next start tries again


def recover_and_index(root: Path) -> StartupScan:
    """``temoin recover``'s reconciler at start-up: repair what a crash, a kill or a full
    disk left half-done, apply a consent cut a crash left owed, index what is missing."""
    from recorder.call import recover_library

    done = recover_library(root, wait_s=STARTUP_WAIT_S)
    scan = StartupScan(
        recovered=[Recovered(r.id, r.duration_s, r.note) for r in done.reports],
        problem=done.problem,
    )
    recovered = {r.id for r in scan.recovered}
    scan.added = [i for i in done.indexed if i not in recovered]
    return scan


def warm_up() -> None:
    """Import the heavy parts (numpy, PortAudio, reportlab, the bundle code) while idle.

    Run at start-up in a worker: an import holds the interpreter for tens of
    milliseconds at a time, which is harmless while the user reads the form and a
    visible stall if it happens on the first Start or Export click.
    """
    import importlib

    for name in (
        "numpy",
        "soundfile",
        "recorder.capture",
        "recorder.consent",
        "recorder.legality",
        "recorder.legality_note",
        "recorder.bundle",
        "recorder.transcode",
        "reportlab.platypus",
        "reportlab.pdfbase.ttfonts",
    ):
        with contextlib.suppress(ImportError, OSError):
            importlib.import_module(name)


# --- errors ---------------------------------------------------------------------------------


def describe_error(exc: BaseException) -> str:
    """The sentence the user reads: a TemoinError's own, plain words for the OS, else a bug.

    The core words its errors in English (with the paths and figures that matter); in a
    French, German or Italian window a translated headline comes first, so the user knows
    what happened and what to do even if the details stay in English.
    """
    import errno

    if isinstance(exc, TemoinError):
        return _with_headline(_headline(exc), exc.message)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return QCoreApplication.translate(
                "Errors",
                "The disk is full: nothing more can be written. Free some space and try again.",
            )
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            where = str(exc.filename or QCoreApplication.translate("Errors", "this folder"))
            text = QCoreApplication.translate("Errors", "Témoin may not write to %1 (%2).")
            return text.replace("%1", where).replace("%2", str(exc.strerror))
        return f"{exc.strerror or exc} ({exc.filename or ''})".strip()
    log_bug(exc)
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong inside Témoin (%1). Your recordings are safe; details were "
        "written to the log folder.",
    )
    return text.replace("%1", f"{type(exc).__name__}: {exc}")


def _headline(exc: TemoinError) -> str:
    """What kind of problem this is, in the window's language ("" for none)."""
    from recorder.errors import (
        AudioDeviceError,
        BadInputError,
        CheckFailed,
        EnvironmentProblem,
        PortAudioMissingError,
    )
    from recorder.library import LibraryDamaged, LibraryInUse

    # Most specific first: the library's errors are environment problems too.
    if isinstance(exc, PortAudioMissingError):
        return QCoreApplication.translate(
            "Errors", "The audio system (PortAudio) is missing: no microphone can be used."
        )
    if isinstance(exc, AudioDeviceError):
        return QCoreApplication.translate("Errors", "The microphone could not be used.")
    if isinstance(exc, LibraryInUse):
        return QCoreApplication.translate(
            "Errors", "The library is in use by another Témoin window or command."
        )
    if isinstance(exc, LibraryDamaged):
        return QCoreApplication.translate(
            "Errors",
            "The library's index is damaged. Your recordings are untouched; it can be rebuilt.",
        )
    if isinstance(exc, EnvironmentProblem):
        return QCoreApplication.translate(
            "Errors", "Témoin cannot read or write where it needs to."
        )
    if isinstance(exc, BadInputError):
        return QCoreApplication.translate("Errors", "This file or value cannot be used.")
    if isinstance(exc, CheckFailed):
        return QCoreApplication.translate("Errors", "The check found a problem.")
    return ""


def _with_headline(headline: str, detail: str) -> str:
    joined = QCoreApplication.translate("Errors", "%1 Details: %2")
    if not headline or joined == "%1 Details: %2":
        return detail  # an English window: the core's own sentence says it all
    return joined.replace("%1", headline).replace("%2", detail)


def describe_warning(warning: core_call.CallWarning) -> str:
    """A call's warning in the window's language: the core's code picks the sentence and its
    details fill it in; a code this window does not know keeps the core's English."""
    details = warning.details
    if warning.code == core_call.SILENT_OTHER_PARTY:
        # Plain words: no channel number, no decibels (the command line has those).
        if details.get("total_silence"):
            heard = QCoreApplication.translate(
                "Warnings",
                "Nothing was heard from the other party during the whole call: there was total "
                "silence on “%1”.",
            )
        else:
            heard = QCoreApplication.translate(
                "Warnings",
                "Nothing was heard from the other party during the whole call: only a very "
                "faint sound on “%1”, too quiet to be a voice.",
            )
        kind = details.get("kind") or "output"
        if kind == "input":
            check = QCoreApplication.translate(
                "Warnings",
                "Before the next call, check that this input hears the call: if it is a phone "
                "adapter, that it is connected to the phone; if it is a loopback input (such as "
                "BlackHole), that the call's sound is sent to it.",
            )
        elif kind == "file":
            check = ""  # a file's channel: nothing to plug in before the next call
        else:
            check = QCoreApplication.translate(
                "Warnings",
                "Before the next call, check that the call's sound goes to the output chosen "
                "for the other party, or put the call on loudspeaker.",
            )
        # The device's name last: whatever it holds is not read as a placeholder.
        text = heard.replace("%1", str(details.get("source") or "?"))
        return f"{text} {check}" if check else text
    return warning.text


def log_bug(exc: BaseException) -> None:
    """Write a bug's trace to the crash-log folder (never shown as a traceback)."""
    write_crash_log(exc, UI_PREFIX)


# --- profiles --------------------------------------------------------------------------------


def fallback_note(profile_name: str, shown: str | None) -> str:
    """Said, in the window's language, above a profile's text that is in another language."""
    if shown == "en":
        text = QCoreApplication.translate(
            "Profiles",
            "The %1 profile is not written in this language: its text is shown in English.",
        )
    else:
        text = QCoreApplication.translate(
            "Profiles",
            "The %1 profile is not written in this language: its text is shown in another one.",
        )
    return text.replace("%1", profile_name)


def requirements_html(
    home_id: str, counterpart_id: str | None, purpose: str, ui_language: str
) -> str:
    """What the chosen profile(s) require before recording, from the profile data.

    A profile not written in the window's language is shown in the core's fallback
    (English), under a line in the window's language that says so: as with the core's
    errors, the reader learns first, in their language, why the text that follows is not.
    """
    import html

    from recorder.announcement import load_profile, text_language

    home = load_profile(home_id)
    other = load_profile(counterpart_id) if counterpart_id else None
    parts = []
    for prof in (home, other):
        if prof is None:
            continue
        name = prof.name.get(ui_language)
        text = prof.consent.text.get(ui_language)
        practice = prof.consent.practice.get(ui_language)
        shown = text_language(prof.id, ui_language)
        if shown != ui_language:
            parts.append(f"<p><i>{html.escape(fallback_note(name, shown))}</i></p>")
        parts.append(
            f"<p><b>{html.escape(name)}</b> — {html.escape(text)}</p><p>{html.escape(practice)}</p>"
        )
    return "".join(parts)


# --- devices and capture -------------------------------------------------------------------------


# A rescan re-initialises PortAudio (recorder.devices.rescan_portaudio), which closes every
# stream of the process: the meters' probes are closed first (the lock keeps one from
# opening meanwhile), and a call's stream means no re-initialisation (the list PortAudio
# has is all there is).
_stuck: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


class DeviceListStale(TemoinError):
    """The device list could not be asked afresh; ``devices`` is the list PortAudio had.

    Either a call's stream is open (re-initialising would cut it), or a stream whose
    device (or audio server) went away never closed: PortAudio 19.6, Debian's, can loop
    for good inside such a stream (upstream issue #1037), and only a new process gets out.
    """

    def __init__(self, devices: list[Any], during_call: bool = False, detail: str = "") -> None:
        if during_call:
            text = QCoreApplication.translate(
                "Errors",
                "A call is being recorded: the list of microphones cannot be refreshed "
                "now (asking the audio system would cut the call's sound). The list shows "
                "the microphones as they were; press Refresh again once the call has ended.",
            )
        else:
            text = QCoreApplication.translate(
                "Errors",
                "Témoin cannot ask the audio system for the microphones there are now: one "
                "that went away is still held by the sound library. The list shows them as "
                "they were. To see the ones there are now, end the call if one is going on, "
                "then close Témoin and open it again; what was recorded is kept.",
            )
        super().__init__(text)
        self.devices = devices
        # Not for the user: which close never returned, where it is and who started it
        # (capture.closing_threads_report); logged, and shown by a failing test.
        self.detail = detail


def list_devices(rescan: bool = False, in_use: Callable[[], bool] | None = None) -> list[Any]:
    """The input devices; with ``rescan``, as they are now (PortAudio re-initialised first).

    Raises ``DeviceListStale`` (with the list PortAudio has) when it cannot: a call's
    stream is open (any live source, or ``in_use``), or a closed stream never let go.
    """
    from recorder.capture import closing_threads_report, open_live_sources
    from recorder.devices import PORTAUDIO_LOCK, list_input_devices, rescan_portaudio
    from recorder.levels import open_probes

    def stale(during_call: bool = False) -> DeviceListStale:
        detail = "" if during_call else closing_threads_report()
        return DeviceListStale(list_input_devices(), during_call=during_call, detail=detail)

    with PORTAUDIO_LOCK:
        if not rescan:
            return list_input_devices()
        if not streams_closed():  # first: a lost call's stream may be closing still
            raise stale()
        meters = {probe.source for probe in open_probes()}
        if any(s not in meters for s in open_live_sources()) or (in_use and in_use()):
            raise stale(during_call=True)  # meters go on
        for probe in open_probes():  # a meter's stream; its page restarts it
            probe.stop()
        if not streams_closed():  # a meter's close that never returned
            raise stale()
        return rescan_portaudio()


# The core closes a stream on a thread of its own, bounded in time (a hung driver): until
# such a thread (capture.CLOSING_THREAD_NAMES) is done, PortAudio is still inside that stream.
CLOSE_WAIT_S = 5.0


def streams_closed() -> bool:
    """Wait (a little) for the core's stream-closing threads; False if one is still in.

    A thread that already outlived one wait is not waited for again: it is stuck for
    good (see ``DeviceListStale``), and each Refresh would otherwise pay the wait.
    """
    from recorder.capture import CLOSING_THREAD_NAMES, closing_threads_report

    closed = True
    for thread in threading.enumerate():
        if thread.name in CLOSING_THREAD_NAMES:
            thread.join(0 if thread in _stuck else CLOSE_WAIT_S)
            if thread.is_alive():
                if thread not in _stuck:
                    log.warning("a stream's close has not returned:\n%s", closing_threads_report())
                _stuck.add(thread)
                closed = False
    return closed


def stream_open(rec: Any) -> bool:
    """Whether the recorder's device still has a PortAudio stream (a lost device is closed
    on a thread of its own: until it is, the device list must not be rebuilt)."""
    return getattr(getattr(rec, "source", None), "_stream", None) is not None


def make_call(
    setup: Any,
    source: Any,
    library_root: Path,
    on_level: Callable[[float, float], None],
    on_event: Callable[[Any], None],
    on_track_levels: Callable[[tuple[tuple[float, float], ...]], None] | None = None,
) -> core_call.Call:
    """The core's call for the form's set-up: it owns the recorder, consent and retention.
    ``on_track_levels`` gets one (peak, rms) pair per channel, on the writer thread."""
    core_setup = core_call.CallSetup(
        home_profile=setup.home_profile,
        counterpart_profile=setup.counterpart_profile,
        counterpart=setup.counterpart,
        purpose=setup.purpose,
        language=setup.language,
        recorded_with="temoin desktop app",
    )
    return core_call.Call(
        core_setup,
        source,
        library_root,
        on_level=on_level,
        on_event=on_event,
        on_track_levels=on_track_levels,
    )


def make_source(setup: Any) -> Any:
    """A live device (or, for a call on or through this computer, your microphone and the
    other party as two tracks), or a WAV file played in real time as if it were the call."""
    from recorder.capture import FileSource, LiveSource
    from recorder.devices import resolve_device

    if setup.input_file is not None:
        return FileSource(Path(setup.input_file), realtime=True)
    if setup.two_tracks:
        return call_source(setup.voice, setup.other_party)
    return LiveSource(resolve_device(setup.device_index, setup.device_name))


# --- two tracks: your voice and the other party, from the sound system's list ------------------


def list_endpoints() -> Any:
    """The sound system's inputs and the outputs whose sound can be recorded (``Endpoints``:
    the PulseAudio-protocol server's on Linux, WASAPI's through soundcard on Windows, as
    ``recorder.endpoints`` chooses); raises the core's ``AudioDeviceError`` (a plain
    sentence) when it does not answer."""
    from recorder.endpoints import list_endpoints as listing

    return listing()


def call_source(voice: str | None, other_party: str | None, sample_rate: int | None = None) -> Any:
    """Your voice (a listed input's name; None: the default input) and the other party (an
    output's or an input's name; None: what the default output plays) as one two-track
    source, not yet opened."""
    from recorder.capture import DEFAULT_RATE
    from recorder.twotrack import call_sources

    return call_sources(
        voice or "default", other_party or "default-output", sample_rate or DEFAULT_RATE
    )


def is_two_track(source: Any) -> bool:
    """Whether ``source`` records two parties (channel 1 you, channel 2 them)."""
    from recorder.twotrack import TwoTrackSource

    return isinstance(source, TwoTrackSource)


def endpoint_probe(endpoint: Any, put: Callable[[float, float], None]) -> LevelProbe:
    """A meter on one of the listed sources (a microphone, or what an output plays),
    through the backend that listed it, for the New call page's meters and its sound
    test; records nothing."""
    from recorder.endpoints import open_source
    from recorder.levels import LevelProbe

    return LevelProbe(None, put, source=open_source(endpoint))


def make_live_source(device_index: int | None, sample_rate: int, channels: int) -> Any:
    """A device to continue a recording on: asked for the recording's own format."""
    from recorder.capture import LiveSource

    return LiveSource(device_index, sample_rate=sample_rate, channels=channels)


def recording_format(rec: Any) -> tuple[int, int]:
    """(sample_rate, channels) of a running recording: what a new device must deliver."""
    fmt = rec.source.format
    return int(fmt.sample_rate), int(fmt.channels)


def switch_source(rec: Any, source: Any) -> str:
    """Continue ``rec`` on ``source`` as a new segment (the core checks the format)."""
    rec.switch_source(source)
    return str(source.label)


def last_device_loss(rec: Any) -> str:
    """Why the core says the device was lost (the last ``device_lost`` event's text)."""
    for event in reversed(list(rec.events)):
        if event.kind == "device_lost":
            return str(event.text or "")
    return ""


def level_probe(
    device_index: int | None,
    put: Callable[[float, float], None],
    device_name: str | None = None,
) -> LevelProbe:
    """The microphone test's meter (``recorder.levels``), imported only when a page opens
    one: numpy and the capture code stay off the window's start-up path (see ``warm_up``)."""
    from recorder.levels import LevelProbe

    return LevelProbe(device_index, put, device_name=device_name)


# --- consent -----------------------------------------------------------------------------------


def post_event(call: Any, kind: str, text: str | None = None, at_frame: int | None = None) -> Any:
    """Log ``kind`` now, or (an answer) at ``at_frame``, the offset in the recording where
    the other party began to answer."""
    return call.post(kind, text, at_frame=at_frame)


@dataclass
class CallOutcome(core_call.CallOutcome):
    """The core's outcome plus what the after-call screen shows about how the call ended."""

    reason: str | None = None  # refused | device_lost | disk_full | input_ended | None
    problem: str | None = None
    refusal_script: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    # The core's legality assessment of what was kept (verdict, reasons, uses), or None.
    assessment: dict[str, Any] | None = None


def finish_call(
    call: core_call.Call, setup: Any, reason: str | None, language: str = "en"
) -> CallOutcome:
    """Stop the core's call (it keeps the audio the consent rules allow, then lets go of
    the folder), and say what, with the core's assessment of the call in ``language``. The
    library indexes it afterwards, retried while in use (see MainWindow._index)."""
    kept = call.stop(index=False)
    result = call.result
    problem = result.problem.message if result is not None and result.problem else None
    outcome = CallOutcome(
        # Field by field, not asdict(): that would turn the warnings into plain dicts.
        **{f.name: getattr(kept, f.name) for f in dataclasses.fields(kept)},
        reason=reason,
        problem=problem,
        events=[e.to_json() for e in call.recorder.events],
    )
    if kept.action is not core_call.Retention.KEPT:
        from recorder.announcement import refusal_script

        outcome.refusal_script = refusal_script(
            setup.home_profile, setup.counterpart_profile, setup.language
        )
    outcome.assessment = _assess_folder(kept.rec_dir, language)
    return outcome


def _assess_folder(rec_dir: Path | None, language: str) -> dict[str, Any] | None:
    """The assessment of a finished recording from its sidecar on disk (what the library
    will show), or None when there is none to read or the core cannot judge it."""
    from recorder.legality import assess_recording

    if rec_dir is None:
        return None
    try:
        sidecar = Sidecar.read(Path(rec_dir))
        wav = Path(rec_dir) / sidecar.audio.file if sidecar.audio.file else None
        # The audio is examined around each answer (is their "yes" on the recording?).
        return assess_recording(sidecar, language, audio=wav)
    except (TemoinError, OSError, ValueError):
        return None


# --- legality note, export, verify -------------------------------------------------------------


def assessment_for(entry: Mapping[str, Any], language: str) -> dict[str, Any]:
    """The legality assessment of a library entry, from the profiles named in its meta,
    with its audio examined around each answer (as the exported note has it)."""
    from recorder.legality import assess_entry

    return assess_entry(entry, language)


def legality_html(
    info: dict[str, Any], language: str, assessment: dict[str, Any] | None = None
) -> str:
    """The legality note for a library entry (same assessment and renderer as the bundle)."""
    from recorder import legality_note

    sidecar = Sidecar.from_json(info["recording"], f"recording {info['id']}")
    call = legality_note.call_info(sidecar, language)
    if assessment is None:
        assessment = assessment_for(info, language)
    return str(legality_note.render_html(assessment, call))


_verdicts: dict[tuple[str, str, str], str | None] = {}


def consent_verdicts(root: Path, rec_ids: list[str], language: str) -> dict[str, str | None]:
    """The core's verdict label for each recording ("No valid consent"…), None when it
    cannot judge one (no profile). A recording's consent log does not change once it is in
    the library, so each answer is computed once per language."""
    out: dict[str, str | None] = {}
    todo = []
    for rec_id in rec_ids:
        key = (str(root), rec_id, language)
        if key in _verdicts:
            out[rec_id] = _verdicts[key]
        else:
            todo.append(rec_id)
    if todo:
        from recorder.legality import verdict_text

        with open_library(root) as lib:
            for rec_id in todo:
                text = verdict_text(lib.get(rec_id)["recording"], language)
                _verdicts[(str(root), rec_id, language)] = out[rec_id] = text
    return out


def export_bundle(
    root: Path,
    rec_id: str,
    out: Path,
    language: str,
    listening: str,
    report: Callable[[float, float], None],
) -> Path:
    from recorder.exporting import export_bundle as export

    with open_library(root) as lib:
        assessment = assessment_for(lib.get(rec_id), language)
    # Read-only while the bundle is built: a call ending meanwhile is still indexed.
    return export(
        root,
        rec_id,
        out,
        writer=lambda: open_library(root, write=True),
        language=language,
        listening=listening,
        progress=lambda frac, _stage: report(frac, 1.0),
        assessment=assessment,
    )


def verify_bundle(path: Path) -> Any:
    from recorder.verify import verify

    return verify(path)
