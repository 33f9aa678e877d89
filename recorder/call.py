"""One call from set-up to the library: profiles, consent, capture, retention, index.

``temoin record``, ``temoin demo`` and the desktop app all go through this
module, so a refusal deletes the same audio and a recording carries the same
profile hashes whichever of them drove the call.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recorder import profiles
from recorder.announcement import governing_profile
from recorder.consent import ConsentError, ConsentSession
from recorder.errors import CheckFailed, TemoinError
from recorder.events import CONSENT_KINDS, Event, EventSpec
from recorder.sidecar import Outcome, Sidecar

if TYPE_CHECKING:
    from recorder.capture import AudioSource, Recorder, RecordingResult

TRACKED_KINDS = frozenset(CONSENT_KINDS) | {"marker"}
# Without a profile (a test rig recording a fixture) a refusal still deletes what it must.
DEFAULT_ON_REFUSAL = "delete_since_boundary"


def call_meta(
    home_id: str,
    counterpart_id: str | None,
    counterpart: str | None,
    purpose: str,
    language: str | None,
    tags: dict[str, str] | None = None,
    recorded_with: str = "temoin command line",
) -> dict[str, Any]:
    """The recording's ``meta``: the call as set up and the exact profiles (with hashes) used."""
    home = profiles.load(home_id)
    used = [home.summary_json("home")]
    if counterpart_id:
        used.append(profiles.load(counterpart_id).summary_json("counterpart"))
    return {
        "profile": home_id,
        "counterpart_profile": counterpart_id,
        "counterpart": counterpart,
        "purpose": purpose,
        "language": language,
        "tags": dict(tags or {}),
        "profiles": used,
        "recorded_with": recorded_with,
    }


def check_plan(
    specs: Sequence[EventSpec], sample_rate: int, on_refusal: str, rule: str = "all_parties"
) -> None:
    """Refuse an impossible ``--event`` sequence before any audio is captured."""
    session = ConsentSession(sample_rate, on_refusal, rule=rule)
    for spec in sorted(specs, key=lambda s: s.seconds):
        if spec.kind in TRACKED_KINDS:
            session.apply_logged(spec.kind, round(spec.seconds * sample_rate), spec.text)


class ConsentTracker:
    """The consent state machine of one call, fed the events the recorder applied.

    ``record`` runs on the recorder's writer thread (its ``on_event``); the
    state is complete once ``Recorder.stop()`` has returned.
    """

    def __init__(self, on_refusal: str = DEFAULT_ON_REFUSAL, rule: str = "all_parties") -> None:
        self.on_refusal = on_refusal
        self.rule = rule  # presumed_on_notice: an unopposed announcement protects earlier audio
        self.session: ConsentSession | None = None
        self.errors: list[str] = []
        self.lock = threading.Lock()

    def record(self, event: Event, sample_rate: int) -> None:
        if event.kind not in TRACKED_KINDS:
            return
        with self.lock:
            if self.session is None:
                self.session = ConsentSession(sample_rate, self.on_refusal, rule=self.rule)
            try:
                self.session.apply_logged(event.kind, event.frame, event.text, event.pcm_sha256_at)
            except ConsentError as exc:
                self.errors.append(exc.message)

    @classmethod
    def for_call(cls, home_id: str | None, counterpart_id: str | None) -> ConsentTracker:
        """Refusals handled as the governing profile says (the default without a profile)."""
        if not home_id:
            return cls()
        consent = governing_profile(home_id, counterpart_id).consent
        return cls(str(consent.on_refusal), str(consent.rule))

    @property
    def state(self) -> str:
        return "preparing" if self.session is None else str(self.session.state)


class Retention(StrEnum):
    """What the consent rules had done to the audio once the call stopped."""

    KEPT = "kept"
    TRUNCATED = "truncated"  # cut at the last consent boundary
    DISCARDED = "discarded"  # all of it deleted
    FAILED = "failed"  # the app could not stop the call: nothing is known of what was kept


@dataclass(frozen=True)
class CallWarning:
    """Something to check before the next call. The ``code`` is stable and ``details`` hold
    its figures, so the app says it in its own language; ``text`` is the English the
    command line prints."""

    code: str
    text: str
    details: Mapping[str, Any] = field(default_factory=dict)


# The other party's track heard nothing all call (details: channel, source, kind, dbfs,
# total_silence). ``kind`` is the track's (sidecar ``TrackKind``): an output's sound, a
# second input (a phone adapter) or a file's channel, each checked its own way.
SILENT_OTHER_PARTY = "silent_other_party"


def silent_tracks(recorder: Recorder) -> list[CallWarning]:
    """The other party's track, when it heard nothing all call: the failure this product
    exists to prevent (a softphone playing to another output, an adapter not plugged in),
    said once, plainly, with the check that fits where that track came from."""
    # The note's threshold, so the end of the call and the note agree (imported here:
    # it brings the speech detector, and numpy, which the app's start-up does without).
    from recorder.consent_audio import SILENT_DBFS
    from recorder.speech import SILENT_DB

    peaks = recorder.channel_peaks_dbfs
    tracks = recorder.source.describe().get("tracks") or []
    if peaks is None or len(peaks) < 2 or len(tracks) != len(peaks):
        return []
    out = []
    for track, peak in zip(tracks, peaks, strict=True):
        if track.get("party") == "other" and peak < SILENT_DBFS:
            kind = str(track.get("kind") or "output")
            # -120 is the floor a level is clamped to, not a measure: not one sample moved.
            total = peak <= SILENT_DB
            details = {
                "channel": track["channel"],
                "source": track.get("source"),
                "kind": kind,
                "dbfs": peak,
                "total_silence": total,
            }
            out.append(CallWarning(SILENT_OTHER_PARTY, _silent_text(details), details))
    return out


def _silent_text(details: Mapping[str, Any]) -> str:
    """The command line's sentence: the level as measured, and the check for this kind."""
    heard = (
        "total silence, not a sound"
        if details["total_silence"]
        else f"its loudest sound was {details['dbfs']:.0f} dBFS"
    )
    kind = details["kind"]
    if kind == "input":
        what = "an input"
        check = (
            "Check that this input hears the call: a phone adapter connected to the phone, or "
            "a loopback input (such as BlackHole) the call's sound is sent to."
        )
    elif kind == "file":
        what = "a file"
        check = "Check that the file holds the other party's voice on this channel."
    else:
        what = "an output"
        check = (
            "Check that the call's sound goes to the output recorded (`temoin devices`), or "
            "record on loudspeaker."
        )
    return (
        f"Nothing was heard from the other party on channel {details['channel']} "
        f"(“{details['source']}”, {what}) during the whole call: {heard}. {check}"
    )


@dataclass
class CallOutcome:
    """What happened to the audio after the call, in words a user can act on."""

    rec_dir: Path | None
    rec_id: str | None
    outcome: Outcome
    duration_s: float
    action: Retention
    kept_s: float = 0.0
    removed_s: float = 0.0
    retention_reason: str | None = None
    indexed: bool = False
    index_problem: str | None = None
    consent_errors: list[str] = field(default_factory=list)
    retention_problem: str | None = None  # the cut/discard is owed: `temoin recover` does it
    warnings: list[CallWarning] = field(default_factory=list)  # to check before the next call

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.rec_id,
            "dir": str(self.rec_dir) if self.rec_dir else None,
            "outcome": str(self.outcome),
            "duration_s": self.duration_s,
            "action": str(self.action),
            "kept_s": round(self.kept_s, 3),
            "removed_s": round(self.removed_s, 3),
            "retention_reason": self.retention_reason,
            "indexed": self.indexed,
            "index_problem": self.index_problem,
            "consent_errors": self.consent_errors,
            "retention_problem": self.retention_problem,
            "warnings": [w.text for w in self.warnings],
        }


def apply_retention(rec: Any, result: Any, tracker: ConsentTracker) -> CallOutcome:
    """After ``stop()``: keep only the audio the consent rules allow, and say what was done.

    The recorder still holds its folder (``Recorder.release`` comes after this and the
    indexing), so a ``temoin recover`` meanwhile does not settle the same call as well.
    """
    from recorder import commit

    commit.fault_point("retention.start")
    rate = int(result.sidecar["audio"]["sample_rate"]) or 1
    outcome = CallOutcome(
        rec_dir=result.dir,
        rec_id=result.id,
        outcome=Outcome(result.outcome),
        duration_s=result.duration_s,
        action=Retention.KEPT,
        kept_s=result.duration_s,
        consent_errors=list(tracker.errors),
    )
    session = tracker.session
    if session is None:
        _retention_done(result.dir, outcome.action)
        return outcome
    session.finish(max(session.last_frame, int(result.frames)))
    decision = session.retention()
    outcome.retention_reason = decision.reason
    try:
        if decision.action == "discard_all":
            rec.discard(decision.reason)
            outcome.action = Retention.DISCARDED
            outcome.kept_s, outcome.removed_s = 0.0, result.duration_s
        elif decision.action == "keep_until_frame":
            frame = int(decision.keep_until_frame or 0)
            rec.truncate(frame, decision.reason)
            outcome.action = Retention.TRUNCATED
            outcome.kept_s = frame / rate
            outcome.removed_s = max(0.0, result.duration_s - frame / rate)
    except TemoinError as exc:
        # A full disk or a lost recording.json: the decision stands in the journal's consent
        # events, and `temoin recover` (also run by the app at start) carries it out.
        outcome.retention_problem = (
            f"The audio the consent rules say must be deleted ({decision.reason}) could not be "
            f"deleted yet: {exc.message} `temoin recover` deletes it once the disk has room."
        )
        return outcome
    _retention_done(result.dir, outcome.action)
    return outcome


def _retention_done(rec_dir: Path | None, action: Retention) -> None:
    """Journal that the consent decision was carried out, so ``recover`` never redoes it."""
    from recorder import commit

    if rec_dir is not None:
        with contextlib.suppress(OSError):
            commit.done(rec_dir, "retention", action=str(action))


def _retention_was_done(rec_dir: Path) -> bool:
    from recorder.wavjournal import JOURNAL_NAME, read_journal

    try:
        lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    except OSError:
        return False
    return any(line.get("type") == "done" and line.get("step") == "retention" for line in lines)


INDEX_WAIT_S = 30.0  # how long a stopping call waits for another process's library lock


def index_recording(
    library_root: Path, outcome: CallOutcome, *, wait_s: float = INDEX_WAIT_S
) -> CallOutcome:
    """Add the recording to the library, waiting up to ``wait_s`` for a busy library.

    If that still fails the files stay, and ``temoin recover`` (also run by the app at
    start) indexes them later: the journal says the library has not seen them yet.
    """
    from recorder import commit
    from recorder.library import Library

    if outcome.rec_dir is None:
        return outcome
    if outcome.rec_dir.parent != Path(library_root) / "recordings":
        outcome.index_problem = (
            f"The recording is in {outcome.rec_dir}, outside the library; it was not indexed."
        )
        return outcome
    with contextlib.suppress(OSError):
        commit.intent(outcome.rec_dir, "index")
    commit.fault_point("index.intent")
    try:
        with Library.open(library_root, wait_s=wait_s) as lib:
            lib.import_recording(outcome.rec_dir)
        outcome.indexed = True
    except TemoinError as exc:
        outcome.index_problem = (
            f"{exc.message} The recording is safe in {outcome.rec_dir}; "
            "`temoin recover` adds it to the library later."
        )
    except OSError as exc:
        outcome.index_problem = (
            f"The library could not be written ({exc.strerror or exc}). The recording is safe "
            f"in {outcome.rec_dir}; `temoin recover` adds it to the library later."
        )
    return outcome


@functools.lru_cache(maxsize=32)
def _rules(home_id: str | None, counterpart_id: str | None) -> tuple[str, str]:
    """What a refusal deletes and the consent rule, per pair of profiles (loaded once)."""
    tracker = ConsentTracker.for_call(home_id, counterpart_id)
    return tracker.on_refusal, tracker.rule


def settle_retention(rec_dir: Path) -> str | None:
    """Apply the consent decision a crash kept the call from applying; ``None`` if owed none.

    The decision is the one ``apply_retention`` takes at stop, from the consent events
    journaled while recording and the profiles named in the recording: a cut already
    done (or a discard) leaves nothing to do, so this is safe to run again.
    """
    from recorder.sidecar import SIDECAR_NAME
    from recorder.wavjournal import (
        WAV_NAME,
        discard_recording,
        truncate_recording,
    )

    if not (rec_dir / WAV_NAME).is_file() or not (rec_dir / SIDECAR_NAME).is_file():
        return None
    if _retention_was_done(rec_dir):
        return None
    sidecar = Sidecar.read(rec_dir)
    events = [e for e in sidecar.events if e.kind in TRACKED_KINDS]
    if not any(e.kind in CONSENT_KINDS for e in events):
        return None
    meta = sidecar.call
    changed = [c.id for c in profiles.changes_since(meta.profiles)]
    if changed:
        # Never delete audio under rules other than those the call was judged by.
        return (
            f"WARNING: the consent decision was not applied: profile(s) {', '.join(changed)} "
            "changed since the call; nothing was deleted"
        )
    tracker = ConsentTracker(*_rules(meta.profile, meta.counterpart_profile))
    rate = sidecar.audio.sample_rate or 1
    frames = sidecar.audio.frames
    for event in events:
        tracker.record(event, rate)
    session = tracker.session
    if session is None:
        return None
    session.finish(max(session.last_frame, frames))
    decision = session.retention()
    if decision.action == "discard_all":
        discard_recording(rec_dir, decision.reason)
        _retention_done(rec_dir, Retention.DISCARDED)
        return f"its audio was deleted as the consent rules require ({decision.reason})"
    if decision.action == "keep_until_frame" and int(decision.keep_until_frame or 0) < frames:
        frame = int(decision.keep_until_frame or 0)
        truncate_recording(rec_dir, frame, decision.reason)
        _retention_done(rec_dir, Retention.TRUNCATED)
        return f"cut to {frame / rate:.3f} s as the consent rules require ({decision.reason})"
    kept = Retention.KEPT if decision.action != "keep_until_frame" else Retention.TRUNCATED
    _retention_done(rec_dir, kept)
    return None


@dataclass
class LibraryRecovery:
    """What ``recover_library`` did: repairs, consent decisions applied, folders indexed."""

    reports: list[Any] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    indexed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)  # failed a hash check: exit 1, not 5
    in_use: list[str] = field(default_factory=list)  # a recording process holds it: left alone
    problem: str | None = None

    def busy(self, rec_dir: Path) -> bool:
        """``rec_dir`` is held by the process recording it (now, or earlier in this run)."""
        from recorder.wavjournal import is_locked

        if rec_dir.name in self.in_use:
            return True
        if is_locked(rec_dir):
            self.in_use.append(rec_dir.name)
            return True
        return False


def recover_library(root: Path, *, wait_s: float = INDEX_WAIT_S) -> LibraryRecovery:
    """The one reconciler (``temoin recover``, and the app at start): folders, consent, index.

    Repairs every folder a crash, a kill or a full disk left half-done, applies the
    consent decision where a crash came before it, then indexes every finished folder
    the library lacks or holds in an older state. Nothing is deleted but what a cut or
    discard the consent rules decided requires. A folder its recording process still
    holds (capturing, or cutting and indexing after the call) is left alone, and listed
    in ``in_use``: that process settles it, or the next run does if it dies.
    """
    from recorder.library import Library, iter_recording_dirs
    from recorder.wavjournal import recover

    done = LibraryRecovery(reports=recover(root))
    done.failed = [r.id for r in done.reports if r.problem]
    done.mismatched = [r.id for r in done.reports if r.check_failed]
    if not (root / "recordings").is_dir():
        return done
    for rec_dir in iter_recording_dirs(root):
        # Every folder: a crash may have come after the index but before the cut.
        if rec_dir.name in done.failed or done.busy(rec_dir):
            continue
        try:
            settled = settle_retention(rec_dir)
        except TemoinError as exc:
            done.failed.append(rec_dir.name)
            if isinstance(exc, CheckFailed):
                done.mismatched.append(rec_dir.name)
            done.notes.append(f"{rec_dir.name}: {exc.message}")
            continue
        except OSError as exc:
            done.failed.append(rec_dir.name)
            done.notes.append(
                f"{rec_dir.name}: could not apply the consent decision ({exc.strerror})"
            )
            continue
        if settled:
            done.notes.append(f"{rec_dir.name}: {settled}")
    try:
        with Library.open(root, wait_s=wait_s) as lib:
            for rec_dir in iter_recording_dirs(root):
                if rec_dir.name in done.failed or done.busy(rec_dir):
                    continue  # a busy one is indexed by its own process once settled
                if lib.is_current(rec_dir):
                    # Indexed, but a crash (or a full disk) kept the journal from saying so.
                    lib.mark_indexed(rec_dir)
                    continue
                try:
                    done.indexed.append(lib.import_recording(rec_dir))
                except TemoinError as exc:
                    done.notes.append(f"{rec_dir.name}: not indexed: {exc.message}")
    except TemoinError as exc:
        done.problem = exc.message
    except OSError as exc:
        done.problem = f"The library could not be written ({exc.strerror or exc})."
    return done


@dataclass(frozen=True)
class ConsentNow:
    """The consent session's state, the events it takes next (``marker`` included) and
    whether the person on the line agreed (paused or not), all from one moment."""

    state: str
    allowed: frozenset[str]
    agreed: bool


@dataclass(frozen=True)
class CallSetup:
    """A call as the user set it up, before any audio: whose law, with whom, why, which
    language. Without ``home_profile`` (a test rig recording a fixture) consent is not
    judged against any law, and the recording cannot be exported with a legality note."""

    home_profile: str | None = None
    counterpart_profile: str | None = None
    counterpart: str | None = None
    purpose: str | None = None
    language: str | None = None
    tags: Mapping[str, str] = field(default_factory=dict)
    recorded_with: str = "temoin command line"

    def meta(self) -> dict[str, Any]:
        """The recording's ``meta`` (see ``call_meta``); the profiles are loaded, so a bad
        profile stops the call before a device is opened."""
        if self.home_profile:
            return call_meta(
                self.home_profile,
                self.counterpart_profile,
                self.counterpart,
                self.purpose or "other",
                self.language,
                dict(self.tags),
                self.recorded_with,
            )
        return {
            "profile": None,
            "counterpart_profile": None,
            "counterpart": self.counterpart,
            "purpose": self.purpose,
            "language": self.language,
            "tags": dict(self.tags),
        }


class Call:
    """One call from ``start`` to ``stop``: the recorder, the consent session, what a
    refusal deletes, and the library entry.

    The command line, the demo and the desktop app are faces over this class: the rules
    of a call (which consent event may come now, what is kept after a refusal, when the
    folder is let go) are decided here once. ``post`` and ``stop`` may block on the disk;
    the app calls them from a worker thread, in order.
    """

    def __init__(
        self,
        setup: CallSetup,
        source: AudioSource,
        library_root: Path,
        *,
        plan: Sequence[EventSpec] = (),
        on_level: Callable[[float, float], None] | None = None,
        on_event: Callable[[Event], None] | None = None,
        stop_after_frames: int | None = None,
        on_track_levels: Callable[[tuple[tuple[float, float], ...]], None] | None = None,
    ) -> None:
        """``plan``: events at set times (``--event granted@6.5``, the demo's script),
        checked against the consent rules before any audio is captured; needs an opened
        ``source``. ``on_event`` is called on the recorder's writer thread."""
        from recorder.capture import Recorder

        self.setup = setup
        self.library_root = Path(library_root)
        self.consent = ConsentTracker.for_call(setup.home_profile, setup.counterpart_profile)
        meta = setup.meta()
        if plan:
            rate = source.format.sample_rate
            check_plan(plan, rate, self.consent.on_refusal, self.consent.rule)
        self._listener = on_event
        self.recorder: Recorder = Recorder(
            source,
            self.library_root,
            meta,
            on_level=on_level,
            on_event=self._on_event,
            stop_after_frames=stop_after_frames,
            on_track_levels=on_track_levels,
        )
        for spec in plan:
            rate = source.format.sample_rate
            self.recorder.schedule_event(spec.kind, round(spec.seconds * rate), spec.text)
        self.result: RecordingResult | None = None
        self.outcome: CallOutcome | None = None

    def _on_event(self, event: Event) -> None:
        self.consent.record(event, self.recorder.source.format.sample_rate)
        if self._listener is not None:
            self._listener(event)

    # --- the call ----------------------------------------------------------------------------

    def start(self) -> None:
        """Open the source and start writing (a bad device or a full disk raises here)."""
        self.recorder.start()

    def post(self, kind: str, text: str | None = None, *, at_frame: int | None = None) -> Event:
        """Log ``kind`` now (or at ``at_frame``, already recorded); returns it once applied."""
        return self.recorder.post_event(kind, text, at_frame=at_frame)

    def consent_now(self) -> ConsentNow:
        """Where consent stands, read in one go under the tracker's lock: the writer
        thread applies events meanwhile, and a face must not show the phase of one event
        with the buttons of the next."""
        with self.consent.lock:
            session = self.consent.session
            if session is None:
                from recorder.consent import ConsentSession

                rate = self.recorder.source.format.sample_rate
                session = ConsentSession(rate, self.consent.on_refusal, rule=self.consent.rule)
            return ConsentNow(session.state, session.allowed(), session.agreed)

    def allowed_actions(self) -> frozenset[str]:
        """The consent events (and ``marker``) the rules accept now, from the same table
        that judges them: what a face may let the user press."""
        return self.consent_now().allowed

    @property
    def consent_state(self) -> str:
        return self.consent.state

    def wait(self, timeout: float | None = None) -> bool:
        """True once the recording needs no more input (see ``Recorder.wait``)."""
        return self.recorder.wait(timeout)

    def record(self, should_stop: Callable[[], bool] = lambda: False) -> RecordingResult:
        """Start and record until the source ends, the duration is reached, the folder is
        lost (the recorder stops itself) or ``should_stop()``; then stop the recorder."""
        self.start()
        while not self.recorder.wait(0.1) and not should_stop():
            pass
        self.result = self.recorder.stop()
        return self.result

    def stop(self, *, index: bool = True) -> CallOutcome:
        """Stop, keep only the audio the consent rules allow, index it, let the folder go.

        ``index=False`` leaves the indexing to the caller (the app retries it while the
        library is busy); the folder is let go either way once the cut is done: until
        then a ``temoin recover`` leaves it alone instead of settling the call as well.
        """
        try:
            result = self.result = self.recorder.stop()
            outcome = apply_retention(self.recorder, result, self.consent)
            if index:
                outcome = index_recording(self.library_root, outcome)
        finally:
            self.recorder.release()
        outcome.warnings.extend(silent_tracks(self.recorder))
        self.outcome = outcome
        return outcome

    def __enter__(self) -> Call:
        return self

    def __exit__(self, *exc: object) -> None:
        """Left by an exception mid-call: finalize what was written, let the folder go."""
        self.recorder.__exit__(*exc)
