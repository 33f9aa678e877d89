"""What the window hears on each track of a call: who speaks, the silence alarm, the answer.

No Qt here, and no audio: the recorder's per-track levels (one ``(peak, rms)`` pair
per channel every ~50 ms, with the recording time they end at) are fed in on the UI
thread, and the core's speech detector (``recorder.speech``, reached through
``activity_tracker`` alone) says whether each track holds speech.

- The silence alarm: on a two-track call, the other party's track has held no sound
  for ``alarm_after_s`` while yours held speech. It clears when they are heard.
- The answer: after the announcement, where the other party's first stretch of
  speech began on their track ("Yes, fine. So, about your invoice…": the yes, not
  what follows). On a mono call your own reading is on the same track, so there it is
  the latest stretch that began after the announcement. "They agreed" is placed there.
- The pre-flight (``SoundCheck``): a few seconds of levels, then a plain verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol

SILENCE_ALARM_S = 20.0  # the other party silent this long while you speak: say so
PREFLIGHT_S = 5.0  # the sound test on the New call page
HEARD_DB = -50.0  # a track whose RMS never rises above this in the sound test is silent


class Tracker(Protocol):
    """What the UI uses of ``recorder.speech.ActivityTracker``."""

    @property
    def last_speech_s(self) -> float | None: ...

    @property
    def speech_started_s(self) -> float | None: ...

    def feed(self, rms_dbfs: float, now_s: float) -> bool: ...


def activity_tracker() -> Tracker:
    """The core's speech detector for one track (the one place the UI makes one)."""
    from recorder.speech import ActivityTracker

    tracker: Tracker = ActivityTracker(rate_hz=20.0)
    return tracker


Levels = tuple[tuple[float, float], ...]  # per channel: (peak_dbfs, rms_dbfs)


@dataclass(frozen=True)
class TrackChoice:
    """The devices a two-track call continues on after a loss (the sound server's names)."""

    voice: str | None  # your microphone; None: the default input
    other_party: str | None  # the other party; None: what the default output plays


class CallListener:
    """Follows a call's tracks (1 = mono, 2 = you and the other party) in recording time."""

    def __init__(self, tracks: int, alarm_after_s: float = SILENCE_ALARM_S) -> None:
        self.tracks = tracks
        self.alarm_after_s = alarm_after_s
        self.you = activity_tracker()
        self.other = activity_tracker() if tracks == 2 else None
        self.now_s = 0.0
        self.speaking = [False] * tracks
        self._heard_other_s = 0.0  # when the other party was last heard (or listening began)
        self._announced_s: float | None = None
        self.answer_s: float | None = None  # where their answer began, once they spoke

    @property
    def _answering(self) -> Tracker:
        """The track their answer is on: theirs, or on a mono call the only one."""
        return self.other if self.other is not None else self.you

    def feed(self, now_s: float, levels: Levels) -> None:
        """Levels ending at ``now_s`` (seconds of recording); repeated times (a pause:
        nothing written) are skipped."""
        if now_s <= self.now_s or not levels:
            return
        self.now_s = now_s
        self.speaking[0] = self.you.feed(levels[0][1], now_s)
        if self.other is not None and len(levels) > 1:
            self.speaking[1] = self.other.feed(levels[1][1], now_s)
            if self.speaking[1]:
                self._heard_other_s = now_s
        # One microphone hears your own reading too: speech after the announcement there
        # may be yours, so on mono no answer is placed from it (the mark is the click).
        start = self.other.speech_started_s if self.other is not None else None
        if (
            self._announced_s is not None
            and start is not None
            and start >= self._announced_s
            and self.answer_s is None  # the first stretch after the announcement
        ):
            self.answer_s = start

    @property
    def alarm(self) -> bool:
        """The other party's track silent for ``alarm_after_s`` while yours held speech
        (you spoke since they were last heard, and lately: two people on hold is no alarm)."""
        if self.other is None:
            return False
        mine = self.you.last_speech_s
        silent_since = self._heard_other_s
        return (
            self.now_s - silent_since >= self.alarm_after_s
            and mine is not None
            and mine > silent_since
            and self.now_s - mine < self.alarm_after_s
        )

    def announced(self, at_s: float) -> None:
        """The announcement began at ``at_s``: an answer is speech that starts after it."""
        self._announced_s = at_s
        self.answer_s = None

    def answered(self) -> None:
        """Their answer was taken (agreed or refused): no answer is looked for now."""
        self._announced_s = None
        self.answer_s = None

    @property
    def heard_since_announcement(self) -> bool:
        return self.answer_s is not None


class Verdict(Enum):
    BOTH_HEARD = "both_heard"
    HEARD = "heard"  # mono: the microphone hears something
    YOU_SILENT = "you_silent"
    OTHER_SILENT = "other_silent"
    NOTHING = "nothing"


@dataclass
class SoundCheck:
    """The loudest RMS of each track over the test; ``verdict`` once it is over."""

    tracks: int
    loudest: list[float]

    @classmethod
    def start(cls, tracks: int) -> SoundCheck:
        return cls(tracks, [-120.0] * tracks)

    def feed(self, track: int, rms_dbfs: float) -> None:
        if 0 <= track < self.tracks:
            self.loudest[track] = max(self.loudest[track], rms_dbfs)

    def verdict(self) -> Verdict:
        heard = [db > HEARD_DB for db in self.loudest]
        if self.tracks == 1:
            return Verdict.HEARD if heard[0] else Verdict.NOTHING
        if all(heard):
            return Verdict.BOTH_HEARD
        if heard[0]:
            return Verdict.OTHER_SILENT
        if heard[1]:
            return Verdict.YOU_SILENT
        return Verdict.NOTHING
