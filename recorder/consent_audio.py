"""What the recording's audio shows around each consent answer the user marked.

Why: ``granted``, ``refused`` and ``withdrawn`` are pressed (or planned) by the
user; the recording is the proof of what the other party said. For each of
those marks this looks at the track where the other party is heard (channel 2
of a two-track call; the one track of a phone on loudspeaker) from the last
``announced``/``transferred`` (at most ``LOOKBACK_S`` before the mark) up to
``AFTER_S`` after it, and says whether there is speech there, silence, or
clipped speech. Facts about sound only, in no language: ``recorder.legality``
words them for the assessment and the note, as observations, never as law.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from recorder.errors import BadInputError
from recorder.events import Event
from recorder.sidecar import Party, Sidecar
from recorder.speech import (
    DEFAULT_SETTINGS,
    FRAME_S,
    AudioEvidence,
    around,
    loudest_dbfs,
    speech_spans,
)

ANSWER_KINDS = ("granted", "refused", "withdrawn")
BOUNDARY_KINDS = ("announced", "transferred")  # where the question to a person starts
LOOKBACK_S = 30.0  # a mark long after its announcement is judged on the last half minute
AFTER_S = 3.0  # a mark may be pressed (or planned) just before the answer is said
# One microphone: your reading of the announcement is on the same track, so the stretch
# looked at is only the few seconds before the mark (an answer is said, then marked).
MONO_LOOKBACK_S = 4.0
SILENT_DBFS = -50.0  # a track whose loudest sample stays below this heard nobody
LEAD_S = 2.0  # read this much earlier, so the noise floor has settled at the window

Layout = Literal["two_tracks", "one_microphone", "unnamed_tracks"]
# ``speech``/``silence``/``clipped``: examined. ``no_audio``: the audio there was deleted
# or cut after the call (or never written). ``not_examined``: no audio file was given.
Shows = Literal["speech", "silence", "clipped", "no_audio", "not_examined"]


@dataclass(frozen=True)
class AnswerAudio:
    """One marked answer and what the examined track shows near it."""

    kind: str
    frame: int
    seconds: float  # its place in ``original.wav`` (frame / rate)
    channel: int  # 1-based channel examined
    shows: Shows
    evidence: AudioEvidence | None  # None unless examined
    problem: str | None = None  # why it could not be examined, when it could not

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "frame": self.frame,
            "seconds": round(self.seconds, 3),
            "channel": self.channel,
            "shows": self.shows,
        }
        if self.evidence is not None:
            out.update(self.evidence.to_json())
            out["shows"] = self.shows
        if self.problem is not None:
            out["problem"] = self.problem
        return out


@dataclass(frozen=True)
class CallAudio:
    """How the call's voices were recorded, and what the audio shows at each answer."""

    layout: Layout
    channels: int
    you_channel: int | None  # 1-based; None unless your voice has its own track
    their_channel: int  # 1-based: the channel examined for the other party's voice
    answers: tuple[AnswerAudio, ...]
    examined: bool  # an audio file was given (it may still lack some answers' audio)
    their_loudest_dbfs: float | None = None  # two tracks: the other party's, all call long

    @property
    def their_track_silent(self) -> bool:
        """Two tracks, and nothing at all was heard on the other party's: the call's sound
        went elsewhere (the failure two tracks exist to catch)."""
        return self.their_loudest_dbfs is not None and self.their_loudest_dbfs < SILENT_DBFS

    @property
    def silent_answers(self) -> tuple[AnswerAudio, ...]:
        """The answers with no speech on the examined track near them."""
        return tuple(a for a in self.answers if a.shows == "silence")

    def to_json(self) -> dict[str, Any]:
        return {
            "layout": self.layout,
            "channels": self.channels,
            "you_channel": self.you_channel,
            "their_channel": self.their_channel,
            "examined": self.examined,
            "their_loudest_dbfs": self.their_loudest_dbfs,
            "their_track_silent": self.their_track_silent,
            "marked_by": "user",
            "detector": {
                "kind": "energy",
                "frame_s": FRAME_S,
                "abs_floor_dbfs": DEFAULT_SETTINGS.abs_floor_dbfs,
                "margin_db": DEFAULT_SETTINGS.margin_db,
                "min_speech_s": DEFAULT_SETTINGS.min_speech_s,
                "lookback_s": LOOKBACK_S if self.layout == "two_tracks" else MONO_LOOKBACK_S,
                "after_s": AFTER_S,
            },
            "answers": [a.to_json() for a in self.answers],
        }


def layout_of(sidecar: Sidecar) -> tuple[Layout, int | None, int]:
    """(layout, your channel, their channel), channels 1-based."""
    you = sidecar.track_of(Party.YOU)
    if sidecar.two_sided and you is not None:
        return "two_tracks", you.channel, sidecar.their_channel + 1
    if sidecar.audio.channels == 1:
        return "one_microphone", None, 1
    return "unnamed_tracks", None, sidecar.their_channel + 1


def _windows(
    events: tuple[Event, ...], rate: int, *, mono: bool = False
) -> list[tuple[Event, float, float]]:
    """Each answer with the stretch to examine: (event, from seconds, to seconds)."""
    out = []
    boundary: float | None = None
    for e in events:
        seconds = e.frame / rate
        if e.kind in BOUNDARY_KINDS:
            boundary = seconds
        elif e.kind in ANSWER_KINDS:
            start = max(0.0, seconds - (MONO_LOOKBACK_S if mono else LOOKBACK_S))
            if boundary is not None:
                start = max(start, min(boundary, seconds))
            out.append((e, start, seconds + AFTER_S))
    return out


def examine(sidecar: Sidecar, wav: Path | None) -> CallAudio:
    """What ``wav`` (the recording's ``original.wav``; None: not examined) shows around
    each answer in ``sidecar``'s log; reads only those stretches of the file."""
    layout, you, theirs = layout_of(sidecar)
    rate = sidecar.audio.sample_rate or 1
    duration = sidecar.audio.frames / rate
    have_audio = (
        wav is not None and sidecar.audio.file is not None and wav.is_file() and duration > 0
    )
    answers = []
    for event, start, end in _windows(sidecar.events, rate, mono=layout != "two_tracks"):
        mark = event.frame / rate
        if wav is None:
            answers.append(AnswerAudio(event.kind, event.frame, mark, theirs, "not_examined", None))
            continue
        if not have_audio or start >= duration:
            answers.append(AnswerAudio(event.kind, event.frame, mark, theirs, "no_audio", None))
            continue
        end = min(end, duration)
        try:
            spans = speech_spans(wav, theirs - 1, start_s=max(0.0, start - LEAD_S), end_s=end)
        except (BadInputError, OSError) as exc:
            answers.append(
                AnswerAudio(event.kind, event.frame, mark, theirs, "not_examined", None, str(exc))
            )
            continue
        evidence = around(spans, mark, mark - start, end - mark)
        answers.append(AnswerAudio(event.kind, event.frame, mark, theirs, evidence.shows, evidence))
    loudest = None
    if layout == "two_tracks" and have_audio and wav is not None:
        try:
            loudest = loudest_dbfs(wav, theirs - 1)
        except (BadInputError, OSError):
            loudest = None
    return CallAudio(
        layout=layout,
        channels=sidecar.audio.channels,
        you_channel=you,
        their_channel=theirs,
        answers=tuple(answers),
        examined=wav is not None,
        their_loudest_dbfs=loudest,
    )
