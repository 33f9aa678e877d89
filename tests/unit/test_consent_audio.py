"""What the audio shows around each consent answer, in the assessment of a recording:
recording folders laid out as the recorder writes them, with real WAVs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from recorder import consent_audio
from recorder.legality import ASSESSMENT_LABELS, assess_entry, assess_recording, label
from recorder.profiles import UI_LANGUAGES
from recorder.resources import label_tables
from recorder.sidecar import Sidecar
from tests.helpers.make_recording import make_recording

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GRANTED = FIXTURES / "consent_fr_granted.wav"  # the agent's "Oui, d'accord." at 6.237 s
RATE = 48000
PLAN = [("announced", 0.0, None), ("granted", 6.0, None)]


def _wav(path: Path, *channels: np.ndarray) -> Path:
    data = np.column_stack(channels) if len(channels) > 1 else channels[0]
    sf.write(path, data.astype(np.int16), RATE, subtype="PCM_16")
    return path


def _silence(path: Path, seconds: float = 10.0) -> Path:
    return _wav(path, np.zeros(round(seconds * RATE), dtype=np.int16))


def _assess(folder: Path, language: str = "en", audio: bool = True) -> dict:
    sidecar = Sidecar.read(folder)
    return assess_recording(sidecar, language, audio=folder / "original.wav" if audio else None)


def _two_tracks(folder: Path) -> None:
    """Name the channels as a two-track call does: 1 you, 2 the other party."""
    path = folder / "recording.json"
    data = json.loads(path.read_text())
    data["tracks"] = [
        {"channel": 1, "party": "you", "kind": "input", "source": "Headset"},
        {"channel": 2, "party": "other", "kind": "output", "source": "Speakers"},
    ]
    path.write_text(json.dumps(data))


def test_speech_at_the_answer_raises_no_doubt(tmp_path: Path) -> None:
    data = _assess(make_recording(tmp_path, GRANTED, PLAN))
    audio = data["audio"]
    assert audio["layout"] == "one_microphone"
    assert audio["marked_by"] == "user"
    (answer,) = audio["answers"]
    assert answer["kind"] == "granted"
    assert answer["shows"] == "speech"
    assert answer["channel"] == 1
    assert answer["speech_s"] == pytest.approx(6.237, abs=0.05)
    # One microphone: only the few seconds before the mark (your reading is on it too).
    assert answer["start_s"] == pytest.approx(6.0 - consent_audio.MONO_LOOKBACK_S)
    assert answer["end_s"] == pytest.approx(9.0)  # to a few seconds after the mark
    assert (
        answer["text"]
        == "“Consent given” marked at 00:06: speech at 00:06 on the recording's only track."
    )
    assert not any("may not be on the recording" in u["text"] for u in data["uncertainties"])


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_an_answer_in_silence_is_an_uncertainty_in_every_language(
    tmp_path: Path, language: str
) -> None:
    data = _assess(make_recording(tmp_path, _silence(tmp_path / "zero.wav"), PLAN), language)
    (answer,) = data["audio"]["answers"]
    assert answer["shows"] == "silence"
    assert answer["speech"] == []
    doubt = data["uncertainties"][0]
    assert doubt["sources"] == []  # an observation about this audio, not a legal statement
    assert label("event.granted", language) in doubt["text"]
    assert "00:06" in doubt["text"]
    assert doubt["text"] == label("audio.no_speech", language).format(
        event=label("event.granted", language),
        time="00:06",
        on_track=label("audio.on_track.one", language),
    )


@pytest.mark.parametrize(
    ("language", "share"), [("en", "% of its samples"), ("fr", "\u202f% des échantillons")]
)
def test_a_clipped_answer_is_said_with_its_share_and_raises_no_doubt(
    tmp_path: Path, language: str, share: str
) -> None:
    voice, _ = sf.read(GRANTED, dtype="float64")
    loud = np.clip(voice * 30, -1.0, 32767 / 32768) * 32768  # a gain far too high
    folder = make_recording(tmp_path, _wav(tmp_path / "loud.wav", loud), PLAN)
    data = _assess(folder, language)
    (answer,) = data["audio"]["answers"]
    assert answer["shows"] == "clipped"
    assert answer["clipping"] > 0.05
    assert share in answer["text"]
    assert not any("may not be on the recording" in u["text"] for u in data["uncertainties"])


def test_two_tracks_are_judged_on_the_other_partys_channel(tmp_path: Path) -> None:
    """Your voice says everything on channel 1; channel 2 (them) stays silent."""
    you, _ = sf.read(GRANTED, dtype="int16")
    folder = make_recording(
        tmp_path, _wav(tmp_path / "duo.wav", you, np.zeros_like(you)), PLAN, rec_id="duo"
    )
    _two_tracks(folder)
    data = _assess(folder)
    audio = data["audio"]
    assert (audio["layout"], audio["you_channel"], audio["their_channel"]) == ("two_tracks", 1, 2)
    assert audio["summary"][0] == (
        "Both sides recorded, on separate tracks: channel 1 you, channel 2 the other party."
    )
    assert audio["answers"][0]["channel"] == 2
    assert audio["answers"][0]["shows"] == "silence"
    # Channel 2 heard nothing all call: said first, then the answer's own doubt.
    assert audio["their_track_silent"] is True
    assert data["uncertainties"][0]["text"].startswith(
        "Nothing was heard on the other party's track (channel 2) during the whole call"
    )
    assert data["uncertainties"][1]["text"] == (
        "The “Consent given” mark at 00:06 has no speech on the other party's track "
        "(channel 2) around it: the answer may not be on the recording."
    )


def test_their_answer_on_their_own_track_is_speech(tmp_path: Path) -> None:
    voice, _ = sf.read(GRANTED, dtype="int16")
    cut = round(5.8 * RATE)
    you, them = voice.copy(), voice.copy()
    you[cut:] = 0  # the announcement
    them[:cut] = 0  # the answer
    folder = make_recording(tmp_path, _wav(tmp_path / "duo.wav", you, them), PLAN, rec_id="duo")
    _two_tracks(folder)
    (answer,) = _assess(folder, "fr")["audio"]["answers"]
    assert answer["shows"] == "speech"
    assert answer["speech_s"] == pytest.approx(6.237, abs=0.05)
    assert answer["text"] == (
        "« Accord donné » marqué à 00:06 : parole à 00:06 sur la piste de l'interlocuteur "
        "(canal 2)."
    )


def test_the_window_runs_from_the_last_announcement_to_a_few_seconds_after(
    tmp_path: Path,
) -> None:
    events = [
        ("announced", 0.3, None),
        ("granted", 6.0, None),
        ("transferred", 7.5, None),
        ("announced", 7.6, None),
        ("granted", 9.0, None),
    ]
    answers = _assess(make_recording(tmp_path, GRANTED, events))["audio"]["answers"]
    windows = [(a["start_s"], a["end_s"]) for a in answers]
    # One microphone: from the announcement, at most MONO_LOOKBACK_S before the mark; the
    # second window ends with the audio.
    assert windows == [(6.0 - consent_audio.MONO_LOOKBACK_S, 9.0), (7.6, 9.973)]


def test_a_late_answer_is_judged_on_the_seconds_before_it_on_one_microphone(
    tmp_path: Path,
) -> None:
    """Your own reading of the announcement is on the one track: speech there proves
    nothing, so a mono answer is judged on the few seconds before its mark only (two
    tracks look back up to LOOKBACK_S: test_two_tracks_judge_the_other_partys_channel)."""
    events = [("announced", 0.0, None), ("granted", 40.0, None)]
    folder = make_recording(tmp_path, _silence(tmp_path / "long.wav", 45.0), events)
    (answer,) = consent_audio.examine(Sidecar.read(folder), folder / "original.wav").answers
    assert answer.evidence is not None
    assert (answer.evidence.start_s, answer.evidence.end_s) == (
        40.0 - consent_audio.MONO_LOOKBACK_S,
        40.0 + consent_audio.AFTER_S,
    )


def test_audio_deleted_after_a_refusal_is_no_audio_and_no_doubt(tmp_path: Path) -> None:
    folder = make_recording(tmp_path, GRANTED, [("announced", 0.3, None), ("refused", 6.2, None)])
    (folder / "original.wav").unlink()
    data = _assess(folder)
    (answer,) = data["audio"]["answers"]
    assert answer["shows"] == "no_audio"
    assert "deleted or cut" in answer["text"]
    assert not any("may not be on the recording" in u["text"] for u in data["uncertainties"])


def test_an_answer_past_the_end_of_a_cut_recording_has_no_audio(tmp_path: Path) -> None:
    short = sf.read(GRANTED, dtype="int16")[0][: 8 * RATE]
    events = [
        ("announced", 0.3, None),
        ("granted", 6.0, None),
        ("transferred", 8.0, None),
        ("announced", 8.0, None),
        ("refused", 8.0, None),
    ]
    folder = make_recording(tmp_path, _wav(tmp_path / "cut.wav", short), events)
    shows = [a["shows"] for a in _assess(folder)["audio"]["answers"]]
    assert shows == ["speech", "no_audio"]


def test_without_the_audio_the_answers_are_listed_as_not_examined(tmp_path: Path) -> None:
    data = _assess(make_recording(tmp_path, _silence(tmp_path / "zero.wav"), PLAN), audio=False)
    audio = data["audio"]
    assert audio["examined"] is False
    assert [a["shows"] for a in audio["answers"]] == ["not_examined"]
    assert audio["summary"][0].startswith("Recorded with one microphone")
    assert not any("may not be on the recording" in u["text"] for u in data["uncertainties"])


def test_a_library_entry_is_assessed_with_its_audio_in_the_calls_language(
    tmp_path: Path,
) -> None:
    folder = make_recording(tmp_path, _silence(tmp_path / "zero.wav"), PLAN)
    entry = {"id": folder.name, "dir": str(folder), "recording": Sidecar.read(folder).to_json()}
    data = assess_entry(entry)
    assert data["language"] == "fr"  # the call's (make_recording sets it)
    assert data["audio"]["answers"][0]["shows"] == "silence"
    assert "ne pas figurer dans l'enregistrement" in data["uncertainties"][0]["text"]


def test_every_audio_sentence_has_the_same_placeholders_in_every_language() -> None:
    tables = label_tables(ASSESSMENT_LABELS, "by_key", UI_LANGUAGES)
    keys = [k for k in tables["en"] if k.startswith("audio.")]
    assert len(keys) >= 14
    for key in keys:
        wanted = sorted(re.findall(r"\{\w+\}", tables["en"][key]))
        for language in UI_LANGUAGES:
            assert sorted(re.findall(r"\{\w+\}", tables[language][key])) == wanted, (
                language,
                key,
            )
