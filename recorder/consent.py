"""The consent state machine: who was told, who agreed, and which audio that covers.

States (ARCHITECTURE.md "Consent")::

    preparing ──announced──▶ announcing ──granted──▶ consented
                               │  └──refused / withdrawn──▶ refused
    consented ──transferred──▶ transferred ──announced──▶ announcing (new person)
    consented ──paused──▶ paused ──resumed──▶ (back) ;  consented ──withdrawn──▶ withdrawn

Every event is stamped with its frame (offset into ``original.wav``), the
seconds that frame stands for, and UTC and local wall-clock time (CONTRACTS.md
section 1). A transition the law or the log cannot make sense of (granting
before announcing, anything after a refusal) raises :class:`ConsentError` so
the log never claims something that did not happen.

The session decides, the capture layer acts: :meth:`ConsentSession.retention`
says what to keep after a refusal or withdrawal (by default everything since
the last consent boundary is deleted: the first person's refusal keeps
nothing, a transferred person's refusal cuts at the transfer), and
:attr:`ConsentSession.writing_allowed` says whether audio may be written now.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from recorder.errors import UsageError
from recorder.events import CONSENT_KINDS, SESSION_KINDS, Event, parse_event_spec
from recorder.profiles import RULES
from recorder.timefmt import format_mmss, stamp

PREPARING = "preparing"
ANNOUNCING = "announcing"
CONSENTED = "consented"
REFUSED = "refused"
TRANSFERRED = "transferred"
PAUSED = "paused"
WITHDRAWN = "withdrawn"
STATES = (PREPARING, ANNOUNCING, CONSENTED, REFUSED, TRANSFERRED, PAUSED, WITHDRAWN)
TERMINAL = (REFUSED, WITHDRAWN)

RetentionAction = Literal["keep_all", "keep_until_frame", "discard_all"]


class ConsentError(UsageError):
    """An event that cannot happen in the current consent state."""


@dataclass(frozen=True)
class RetentionDecision:
    """What the capture layer must keep: everything, the frames before one, or nothing."""

    action: RetentionAction
    keep_until_frame: int | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "keep_until_frame": self.keep_until_frame,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ConsentWindow:
    """A frame range and what covers it. ``end_frame`` None = to the end of the recording.

    status: ``unannounced`` (nobody told yet), ``announcing`` (the announcement
    and the answer), ``consented``, ``paused`` (nothing written), ``refused``,
    ``withdrawn``.
    """

    start_frame: int
    end_frame: int | None
    person: int
    status: str

    def to_json(self) -> dict[str, Any]:
        return {
            "start_frame": self.start_frame,
            "end_frame": self.end_frame,
            "person": self.person,
            "status": self.status,
        }


@dataclass(frozen=True)
class PartyConsent:
    """One person on the line (1 = the first agent, 2 = after the first transfer, ...)."""

    person: int
    joined_frame: int
    joined_seconds: float
    announced_seconds: float | None
    granted_seconds: float | None
    refused_seconds: float | None
    withdrawn_seconds: float | None

    @property
    def announced(self) -> bool:
        return self.announced_seconds is not None

    @property
    def granted(self) -> bool:
        return self.granted_seconds is not None


class ConsentSession:
    """Applies consent events in order and keeps the log."""

    def __init__(
        self,
        sample_rate: int,
        on_refusal: str = "delete_since_boundary",
        clock: Callable[[], float] = time.time,
        rule: str = "all_parties",
    ) -> None:
        if sample_rate <= 0:
            raise UsageError(f"sample rate must be positive, not {sample_rate}")
        if rule not in RULES:
            raise UsageError(f"unknown consent rule {rule!r}; use one of {', '.join(RULES)}")
        self.sample_rate = sample_rate
        self.on_refusal = on_refusal
        # The governing profile's rule: under presumed_on_notice an announcement nobody
        # objected to is consent, so it is a boundary too (SCENARIOS.md R3, R5).
        self.rule = rule
        self._clock = clock
        self._state = PREPARING
        self._before_pause = PREPARING
        self._events: list[Event] = []
        # Replayed events read as another kind: index -> the kind as recorded.
        self._as_recorded: dict[int, str] = {}
        self._person = 1
        # Frames before the boundary are covered by an earlier person's consent.
        self._boundary = 0
        self._end_frame: int | None = None

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> str:
        return self._state

    @property
    def writing_allowed(self) -> bool:
        """Whether the capture may write audio now (not while paused, never after the end)."""
        return self._state not in (PAUSED, REFUSED, WITHDRAWN)

    @property
    def events(self) -> list[dict[str, Any]]:
        """The events as recorded (a replayed refusal read as a withdrawal stays 'refused')."""
        out = [e.to_json() for e in self._events]
        for i, kind in self._as_recorded.items():
            out[i]["kind"] = kind
        return out

    @property
    def person(self) -> int:
        return self._person

    @property
    def boundary_frame(self) -> int:
        """The last consent boundary: audio before it was agreed to by an earlier person."""
        return self._boundary

    def _agreed(self) -> bool:
        """Whether the current person has agreed (and not withdrawn), paused or not."""
        s = self._state
        return s == CONSENTED or (s == PAUSED and self._before_pause == CONSENTED)

    @property
    def agreed(self) -> bool:
        """See ``_agreed``: a face offers "they withdrew" only to someone who agreed (a
        withdrawal before agreeing is read as a refusal)."""
        return self._agreed()

    @property
    def last_frame(self) -> int:
        return self._events[-1].frame if self._events else 0

    # ------------------------------------------------------------------ events
    def apply(
        self,
        kind: str,
        frame: int,
        text: str | None = None,
        when: float | None = None,
        pcm_sha256_at: str | None = None,
    ) -> dict[str, Any]:
        """Record ``kind`` at ``frame``; raises ConsentError if it cannot happen now."""
        if kind not in (*CONSENT_KINDS, "marker"):
            raise ConsentError(
                f"{kind!r} is not a consent event; use one of "
                + ", ".join((*CONSENT_KINDS, "marker"))
            )
        if isinstance(frame, bool) or not isinstance(frame, int) or frame < 0:
            raise ConsentError(f"{kind} at frame {frame!r}: the frame must be a whole number >= 0")
        if frame < self.last_frame:
            raise ConsentError(
                f"{kind} at {format_mmss(frame / self.sample_rate)} (frame {frame}) comes before "
                f"the previous event (frame {self.last_frame}); events must be in time order"
            )
        new_state = self._transition(kind, frame)
        utc, local = stamp(self._clock() if when is None else when)
        event = Event(
            kind=kind,
            frame=frame,
            seconds=round(frame / self.sample_rate, 6),
            utc=utc,
            local=local,
            text=text,
            pcm_sha256_at=pcm_sha256_at,
        )
        self._events.append(event)
        self._state = new_state
        return event.to_json()

    def _transition(self, kind: str, frame: int) -> str:
        s = self._state
        if s in TERMINAL:
            why = "the person refused" if s == REFUSED else "consent was withdrawn"
            raise ConsentError(f"cannot record {kind!r}: {why}, so the recording has ended")
        if kind == "marker":
            return s
        if kind == "announced":
            if s in (PREPARING, TRANSFERRED, ANNOUNCING):
                return ANNOUNCING
            if s == PAUSED:
                raise ConsentError("cannot announce while paused; resume first")
            raise ConsentError(
                "cannot announce again: this person already agreed; when a new person joins, "
                "record 'transferred' first"
            )
        if kind == "granted":
            if s == ANNOUNCING:
                return CONSENTED
            if s == CONSENTED:
                raise ConsentError(
                    "consent was already granted; record 'transferred' for a new person"
                )
            if s == PAUSED:
                raise ConsentError("cannot grant consent while paused; resume first")
            raise ConsentError("cannot grant consent before announcing the recording")
        if kind == "refused":
            if s == ANNOUNCING:
                return REFUSED
            if s == CONSENTED:
                raise ConsentError(
                    "cannot refuse after agreeing; record 'withdrawn' if the person "
                    "changed their mind"
                )
            if s == PAUSED:
                raise ConsentError("cannot refuse while paused; resume first")
            raise ConsentError("cannot refuse before announcing the recording")
        if kind == "withdrawn":
            if s == ANNOUNCING:
                return REFUSED  # withdrawing before agreeing is a refusal
            if s == CONSENTED:
                return WITHDRAWN
            if s == PAUSED:
                return WITHDRAWN if self._before_pause == CONSENTED else REFUSED
            raise ConsentError("cannot withdraw consent before it was asked for")
        if kind == "transferred":
            if s == PAUSED:
                raise ConsentError("cannot record a transfer while paused; resume first")
            if s == CONSENTED or (s == ANNOUNCING and self.rule == "presumed_on_notice"):
                self._boundary = frame
            self._person += 1
            return TRANSFERRED
        if kind == "paused":
            if s in (ANNOUNCING, CONSENTED, TRANSFERRED):
                self._before_pause = s
                return PAUSED
            if s == PAUSED:
                raise ConsentError("already paused")
            raise ConsentError("cannot pause before the recording has been announced")
        if kind == "resumed":
            if s == PAUSED:
                return self._before_pause
            raise ConsentError("cannot resume: the recording is not paused")
        raise ConsentError(f"unknown consent event {kind!r}")  # pragma: no cover

    def allowed(self) -> frozenset[str]:
        """The events the rules accept now: what a face may offer the user to press.

        Asked of the transition table itself (on a copy), so a button is never enabled
        for an event the session would refuse, nor disabled for one it would take.
        """
        ok = set()
        for kind in (*CONSENT_KINDS, "marker"):
            trial = copy.copy(self)
            try:
                trial._transition(kind, self.last_frame)
            except ConsentError:
                continue
            ok.add(kind)
        return frozenset(ok)

    def finish(self, end_frame: int) -> None:
        """Note where the recording ended (closes the last consent window)."""
        if end_frame < self.last_frame:
            raise ConsentError(
                f"the recording cannot end (frame {end_frame}) before its last event "
                f"(frame {self.last_frame})"
            )
        self._end_frame = end_frame

    # ------------------------------------------------------------------ decisions
    def retention(self) -> RetentionDecision:
        """What to keep of the audio, given how the consent ended."""
        ends = [e for e in self._events if e.kind in ("refused", "withdrawn")]
        if self._state == REFUSED:
            at = ends[-1]
            if self.on_refusal == "delete_all" or self._boundary == 0:
                return RetentionDecision(
                    "discard_all",
                    None,
                    f"the person refused at {format_mmss(at.seconds)} before anyone had agreed: "
                    "no audio is kept, only the consent log",
                )
            return RetentionDecision(
                "keep_until_frame",
                self._boundary,
                f"the person who joined at {format_mmss(self._boundary / self.sample_rate)} "
                f"refused at {format_mmss(at.seconds)}: the audio from the transfer on is deleted",
            )
        if self._state == WITHDRAWN:
            at = ends[-1]
            return RetentionDecision(
                "keep_until_frame",
                at.frame,
                f"consent was withdrawn at {format_mmss(at.seconds)}: nothing after it is kept",
            )
        return RetentionDecision("keep_all", None, "no refusal or withdrawal")

    def windows(self) -> list[ConsentWindow]:
        """The frame ranges of the recording and the consent that covers each."""
        out: list[ConsentWindow] = []
        person, status, start = 1, "unannounced", 0
        before_pause = status

        def close(frame: int, new_status: str) -> None:
            nonlocal start, status
            if frame > start:
                out.append(ConsentWindow(start, frame, person, status))
            start, status = frame, new_status

        for e in self._events:
            if e.kind == "announced":
                close(e.frame, "announcing")
            elif e.kind == "granted":
                close(e.frame, "consented")
            elif e.kind == "refused":
                close(e.frame, "refused")
            elif e.kind == "withdrawn":
                close(
                    e.frame,
                    "withdrawn"
                    if status == "consented" or (status == "paused" and before_pause == "consented")
                    else "refused",
                )
            elif e.kind == "transferred":
                close(e.frame, "unannounced")
                person += 1
            elif e.kind == "paused":
                before_pause = status
                close(e.frame, "paused")
            elif e.kind == "resumed":
                close(e.frame, before_pause)
        end = self._end_frame
        if end is None or end > start:
            out.append(ConsentWindow(start, end, person, status))
        return out

    def parties(self) -> list[PartyConsent]:
        """Who was on the line, and what each was told and answered."""
        out: list[PartyConsent] = []
        cur: dict[str, Any] = {"person": 1, "joined_frame": 0, "joined_seconds": 0.0}
        state_before_pause = ""
        state = PREPARING
        for e in self._events:
            if e.kind == "transferred":
                out.append(_party(cur))
                cur = {
                    "person": cur["person"] + 1,
                    "joined_frame": e.frame,
                    "joined_seconds": e.seconds,
                }
                state = TRANSFERRED
            elif e.kind == "announced":
                cur.setdefault("announced_seconds", e.seconds)
                state = ANNOUNCING
            elif e.kind == "granted":
                cur.setdefault("granted_seconds", e.seconds)
                state = CONSENTED
            elif e.kind == "refused":
                cur["refused_seconds"] = e.seconds
            elif e.kind == "withdrawn":
                agreed = state == CONSENTED or (state == PAUSED and state_before_pause == CONSENTED)
                key = "withdrawn_seconds" if agreed else "refused_seconds"
                cur[key] = e.seconds
            elif e.kind == "paused":
                state_before_pause, state = state, PAUSED
            elif e.kind == "resumed":
                state = state_before_pause
        out.append(_party(cur))
        return out

    def to_json(self) -> dict[str, Any]:
        """The consent block of a recording's metadata (``meta.consent``)."""
        return {
            "state": self._state,
            "on_refusal": self.on_refusal,
            "boundary_frame": self._boundary,
            "windows": [w.to_json() for w in self.windows()],
            "retention": self.retention().to_json(),
        }

    # ------------------------------------------------------------------ replay
    def apply_logged(
        self, kind: str, frame: int, text: str | None = None, pcm_sha256_at: str | None = None
    ) -> dict[str, Any]:
        """``apply`` for an event as the user logged it, live or in a replay.

        A refusal after the same person agreed withdraws that consent (R3, R7): it is
        applied as ``withdrawn`` while :attr:`events` still shows ``refused``.
        """
        if kind == "refused" and self._agreed():
            self._as_recorded[len(self._events)] = kind
            kind = "withdrawn"
        return self.apply(kind, frame, text, pcm_sha256_at=pcm_sha256_at)

    @classmethod
    def replay(
        cls,
        events: Iterable[Mapping[str, Any]],
        sample_rate: int,
        on_refusal: str = "delete_since_boundary",
        rule: str = "all_parties",
    ) -> ConsentSession:
        """Rebuild a session from logged events (session kinds such as overflow are skipped).

        A logged ``refused`` after the same person's ``granted`` is read as
        ``withdrawn`` (SCENARIOS.md R3); :attr:`events` still shows it as recorded.
        """
        session = cls(sample_rate, on_refusal, rule=rule)
        ignored = {k for k in SESSION_KINDS if k != "marker"}
        for i, raw in enumerate(events):
            kind = raw.get("kind")
            if kind in ignored:
                continue
            try:
                frame = raw["frame"]
            except KeyError:
                raise ConsentError(f"event {i + 1} ({kind}) has no frame") from None
            if not isinstance(kind, str):
                raise ConsentError(f"event {i + 1} has no kind")
            utc, local, seconds = raw.get("utc"), raw.get("local"), raw.get("seconds")
            session.apply_logged(kind, frame, raw.get("text"), raw.get("pcm_sha256_at"))
            # Keep the logged stamps and seconds: the log is evidence, not recomputed.
            ev = session._events[-1]
            session._events[-1] = Event(
                ev.kind,
                ev.frame,
                float(seconds)
                if isinstance(seconds, int | float) and _is_number(seconds)
                else ev.seconds,
                utc if isinstance(utc, str) else ev.utc,
                local if isinstance(local, str) else ev.local,
                ev.text,
                ev.pcm_sha256_at,
            )
        return session


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


def _party(d: dict[str, Any]) -> PartyConsent:
    return PartyConsent(
        person=d["person"],
        joined_frame=d["joined_frame"],
        joined_seconds=d["joined_seconds"],
        announced_seconds=d.get("announced_seconds"),
        granted_seconds=d.get("granted_seconds"),
        refused_seconds=d.get("refused_seconds"),
        withdrawn_seconds=d.get("withdrawn_seconds"),
    )


def parse_event(spec: str, sample_rate: int = 48_000, start: float | None = None) -> dict[str, Any]:
    """``KIND@SECONDS[=TEXT]`` from the command line as an Event dict (frame from the rate).

    ``start`` is the wall-clock time of second 0 (default: now), used for the
    UTC/local stamps.
    """
    parsed = parse_event_spec(spec)
    base = time.time() if start is None else start
    utc, local = stamp(base + parsed.seconds)
    return Event(
        kind=parsed.kind,
        frame=round(parsed.seconds * sample_rate),
        seconds=parsed.seconds,
        utc=utc,
        local=local,
        text=parsed.text,
        pcm_sha256_at=None,
    ).to_json()


def parse_events(
    specs: Iterable[str], sample_rate: int = 48_000, start: float | None = None
) -> list[dict[str, Any]]:
    """Several ``--event`` values sharing one time origin, checked against the state machine."""
    base = time.time() if start is None else start
    events = [parse_event(s, sample_rate, base) for s in specs]
    events.sort(key=lambda e: e["frame"])  # stable: same-time events keep their order
    ConsentSession.replay(events, sample_rate)  # raises ConsentError on an impossible sequence
    return events
