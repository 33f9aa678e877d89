"""What the window makes of each track's levels: the silence alarm, the answer's start, the
sound test's verdict (``ui.tracks``), fed readings as the recorder gives them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.tracks import CallListener, SoundCheck, Verdict

STEP = 0.05  # the recorder meters every 50 ms
# A voice swings from syllable to pause (a steady level is a fan or a tone, not speech).
SYLLABLES = ((-10.0, -22.0), (-16.0, -30.0), (-8.0, -20.0), (-24.0, -38.0))
SPEECH = SYLLABLES[0]
QUIET = (-120.0, -120.0)


def _times(start: float, end: float) -> Iterator[float]:
    n = round((end - start) / STEP)
    for i in range(1, n + 1):
        yield round(start + i * STEP, 6)


def _feed(
    listener: CallListener, start: float, end: float, you: bool, them: bool | None = None
) -> None:
    for i, t in enumerate(_times(start, end)):
        voice = SYLLABLES[i % len(SYLLABLES)]
        levels = [voice if you else QUIET]
        if them is not None:
            levels.append(voice if them else QUIET)
        listener.feed(t, tuple(levels))


def test_the_alarm_rings_when_only_you_are_heard_for_long_and_clears_when_they_speak() -> None:
    listener = CallListener(2, alarm_after_s=3.0)
    _feed(listener, 0.0, 2.9, you=True, them=False)
    assert not listener.alarm  # not long enough yet
    _feed(listener, 2.9, 3.5, you=True, them=False)
    assert listener.alarm
    _feed(listener, 3.5, 4.0, you=False, them=True)
    assert not listener.alarm  # heard again


def test_no_alarm_while_nobody_speaks_or_on_a_mono_call() -> None:
    on_hold = CallListener(2, alarm_after_s=3.0)
    _feed(on_hold, 0.0, 10.0, you=False, them=False)
    assert not on_hold.alarm
    _feed(on_hold, 10.0, 11.0, you=True, them=False)
    _feed(on_hold, 11.0, 16.0, you=False, them=False)
    assert not on_hold.alarm  # you said a word, then both waited: not a lost output
    mono = CallListener(1, alarm_after_s=3.0)
    _feed(mono, 0.0, 10.0, you=True)
    assert not mono.alarm


def test_the_answer_is_their_speech_after_the_announcement_not_before() -> None:
    listener = CallListener(2)
    _feed(listener, 0.0, 1.0, you=False, them=True)  # "Hello, Swisscom, Marie speaking"
    _feed(listener, 1.0, 2.0, you=False, them=False)
    listener.announced(2.0)
    assert listener.answer_s is None
    _feed(listener, 2.0, 8.0, you=True, them=False)  # you read the announcement
    assert listener.answer_s is None  # your voice is not their answer
    _feed(listener, 8.0, 9.5, you=False, them=True)  # "ja, einverstanden"
    assert listener.answer_s == pytest.approx(8.0, abs=0.1)
    _feed(listener, 9.5, 10.5, you=False, them=False)
    _feed(listener, 10.5, 12.0, you=False, them=True)  # "also, zu Ihrer Rechnung…"
    assert listener.answer_s == pytest.approx(8.0, abs=0.1)  # the answer, not what follows
    listener.answered()
    assert listener.answer_s is None


def test_a_mono_call_places_no_answer_from_its_one_track() -> None:
    """One microphone hears your own reading too: speech after the announcement may be
    yours, so no answer is placed from it (the mark is where the user clicks)."""
    listener = CallListener(1)
    listener.announced(1.0)
    _feed(listener, 1.0, 6.0, you=True)  # the announcement, read aloud
    assert listener.answer_s is None
    _feed(listener, 6.0, 7.0, you=False)
    _feed(listener, 7.0, 8.0, you=True)  # "oui, d'accord", through the loudspeaker
    assert listener.answer_s is None


def test_a_pause_repeats_the_time_and_is_skipped() -> None:
    listener = CallListener(2, alarm_after_s=1.0)
    _feed(listener, 0.0, 0.5, you=True, them=False)
    for _ in range(100):  # paused: nothing written, the same recording time again and again
        listener.feed(0.5, (SPEECH, QUIET))
    assert not listener.alarm


@pytest.mark.parametrize(
    ("tracks", "loudest", "verdict"),
    [
        (2, [-30.0, -35.0], Verdict.BOTH_HEARD),
        (2, [-30.0, -120.0], Verdict.OTHER_SILENT),
        (2, [-120.0, -30.0], Verdict.YOU_SILENT),
        (2, [-70.0, -120.0], Verdict.NOTHING),
        (1, [-30.0], Verdict.HEARD),
        (1, [-120.0], Verdict.NOTHING),
    ],
)
def test_the_sound_test_says_which_side_is_not_heard(
    tracks: int, loudest: list[float], verdict: Verdict
) -> None:
    check = SoundCheck.start(tracks)
    for track, db in enumerate(loudest):
        check.feed(track, -120.0)
        check.feed(track, db)
    assert check.verdict() is verdict
