"""The end of a two-track call says when the other party's track heard nothing, with the
check that fits where that track came from, and the level only when there was one: -120
dBFS is the floor a level is clamped to (no sample moved), said as total silence."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from recorder.call import SILENT_OTHER_PARTY, silent_tracks
from recorder.capture import Recorder


def _recorder(kind: str, peaks: tuple[float, ...]) -> Recorder:
    """A stand-in with what ``silent_tracks`` reads: the tracks as the sidecar names them
    and each channel's loudest sample."""
    tracks = [
        {"channel": 1, "party": "you", "kind": "input", "source": "Headset"},
        {"channel": 2, "party": "other", "kind": kind, "source": "Line in"},
    ]
    source: Any = SimpleNamespace(describe=lambda: {"tracks": tracks})
    return cast(Recorder, SimpleNamespace(source=source, channel_peaks_dbfs=peaks))


@pytest.mark.parametrize(
    ("kind", "what", "check"),
    [
        ("output", "an output", "goes to the output recorded"),
        ("input", "an input", "a phone adapter connected to the phone"),
        ("file", "a file", "the file holds the other party's voice"),
    ],
)
def test_a_silent_other_party_is_checked_where_its_track_came_from(
    kind: str, what: str, check: str
) -> None:
    (warning,) = silent_tracks(_recorder(kind, (-20.0, -120.0)))
    assert warning.code == SILENT_OTHER_PARTY
    assert warning.details == {
        "channel": 2,
        "source": "Line in",
        "kind": kind,
        "dbfs": -120.0,
        "total_silence": True,
    }
    assert warning.text.startswith(
        f"Nothing was heard from the other party on channel 2 (“Line in”, {what}) during the "
        "whole call: total silence, not a sound. "
    )
    assert check in warning.text
    assert "dBFS" not in warning.text  # -120 is no measure
    if kind != "output":
        assert "output" not in warning.text


def test_a_faint_track_keeps_its_level_on_the_command_line() -> None:
    (warning,) = silent_tracks(_recorder("input", (-20.0, -63.4)))
    assert warning.details["total_silence"] is False
    assert "its loudest sound was -63 dBFS" in warning.text
    assert "total silence" not in warning.text


def test_a_heard_other_party_or_a_silent_you_says_nothing() -> None:
    assert silent_tracks(_recorder("input", (-20.0, -30.0))) == []
    assert silent_tracks(_recorder("output", (-120.0, -30.0))) == []  # your track: not this


def test_the_note_says_digital_silence_as_such_and_a_faint_track_with_its_level() -> None:
    """-120 dBFS is the scale's floor (no sample moved), not a level the note can quote."""
    from types import SimpleNamespace

    from recorder.legality import _silent_track_text

    zero = _silent_track_text(SimpleNamespace(their_loudest_dbfs=-120.0, their_channel=2), "en")
    assert "not one sample moved (digital silence)" in zero
    assert "dBFS" not in zero
    faint = _silent_track_text(SimpleNamespace(their_loudest_dbfs=-63.4, their_channel=2), "de")
    assert "-63 dBFS" in faint
    assert "Kanal 2" in faint
