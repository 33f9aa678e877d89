"""Consent you can hear, end to end: a call recorded through ``temoin record`` (or the
application layer with two tracks), exported, and its note and metadata read back."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import markupsafe
import numpy as np
import pytest
import soundfile as sf

from recorder.legality import label
from tests.helpers.cli_run import temoin
from tests.helpers.forge import read_bag
from tests.helpers.tools import need

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SPEECH = FIXTURES / "consent_fr_granted.wav"  # the agent says "Oui, d'accord." at 6.237 s
RATE = 48000
DOUBT = {
    "en": "may not be on the recording",
    "fr": "pourrait ne pas figurer dans l'enregistrement",
    "de": "möglicherweise nicht in der Aufnahme",
}


def _record(library: Path, wav: Path, env: dict[str, str]) -> str:
    out = temoin(
        *("record", "--library", str(library), "--json", "--input", str(wav)),
        *("--profile", "ch", "--purpose", "support", "--event", "announced@0"),
        *("--event", "granted@6"),
        env=env,
    )
    assert out.returncode == 0, out.stderr
    return str(json.loads(out.stdout)["id"])


def _export(library: Path, rec_id: str, language: str, out: Path) -> tuple[dict, str]:
    """The bundle's assessment (metadata.json) and legality-note.html."""
    done = temoin(
        *("export", rec_id, "--library", str(library), "--out", str(out)),
        *("--language", language, "--listening", "none"),
    )
    assert done.returncode == 0, done.stderr
    files, prefix = read_bag(out)
    metadata = json.loads(files[prefix + "data/metadata.json"])
    return metadata["assessment"], files[prefix + "data/legality-note.html"].decode()


def _silence(path: Path, seconds: float = 10.0) -> Path:
    sf.write(path, np.zeros(round(seconds * RATE), dtype=np.int16), RATE, subtype="PCM_16")
    return path


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """One library with a call that has the answer and one that is digital silence."""
    base = tmp_path_factory.mktemp("calls")
    library = base / "library"
    # Made before any test's private folders are set: give the recorder its own.
    env = {
        **os.environ,
        "TEMOIN_HOME": str(library),
        "TEMOIN_CONFIG": str(base / "config"),
        "TEMOIN_LOG_DIR": str(base / "logs"),
    }
    zero = _silence(base / "zero.wav")
    return {
        "speech": (library, _record(library, SPEECH, env)),
        "silence": (library, _record(library, zero, env)),
    }


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_a_silent_answer_is_an_uncertainty_in_the_note_and_its_metadata(
    recorded: dict[str, tuple[Path, str]], tmp_path: Path, language: str
) -> None:
    library, rec_id = recorded["silence"]
    assessment, note = _export(library, rec_id, language, tmp_path / "silence.zip")
    (answer,) = assessment["audio"]["answers"]
    assert (answer["kind"], answer["shows"], answer["speech"]) == ("granted", "silence", [])
    doubts = [u["text"] for u in assessment["uncertainties"] if DOUBT[language] in u["text"]]
    assert len(doubts) == 1
    assert label("event.granted", language) in doubts[0]
    assert "00:06" in doubts[0]
    uncertainties = note[note.index('<section id="uncertainties">') :]
    assert _html(doubts[0]) in uncertainties
    audio = note[note.index('<section id="audio">') : note.index('<section id="complaints">')]
    assert _html(label("audio.marked_by_user", language)) in audio
    assert _html(label("audio.layout.one_microphone", language)) in audio
    assert 'data-shows="silence"' in audio


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_a_heard_answer_raises_no_doubt_and_the_note_says_where(
    recorded: dict[str, tuple[Path, str]], tmp_path: Path, language: str
) -> None:
    library, rec_id = recorded["speech"]
    assessment, note = _export(library, rec_id, language, tmp_path / "speech.zip")
    (answer,) = assessment["audio"]["answers"]
    assert answer["shows"] == "speech"
    assert answer["speech_s"] == pytest.approx(6.237, abs=0.05)
    assert not any(DOUBT[language] in u["text"] for u in assessment["uncertainties"])
    assert DOUBT[language] not in note
    assert 'data-shows="speech"' in note
    assert _html(answer["text"]) in note


def test_the_pdf_note_says_it_too(recorded: dict[str, tuple[Path, str]], tmp_path: Path) -> None:
    library, rec_id = recorded["silence"]
    bundle = tmp_path / "silence.zip"
    _export(library, rec_id, "en", bundle)
    files, prefix = read_bag(bundle)
    pdf = tmp_path / "note.pdf"
    pdf.write_bytes(files[prefix + "data/legality-note.pdf"])
    out = subprocess.run(
        [need("pdftotext", "poppler-utils"), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
    )
    text = " ".join(out.stdout.decode().split())
    assert "What the audio shows" in text
    assert "The “Consent given” mark at 00:06 has no speech" in text
    assert "were marked by the user" in text


# --------------------------------------------------------------------------- two tracks


def _two_track_call(library: Path, you: Path, them: Path) -> str:
    """A call through the application layer, your voice and theirs from two files (paired
    sample for sample)."""
    from recorder.call import Call, CallSetup
    from recorder.capture import FileSource
    from recorder.events import parse_event_spec
    from recorder.twotrack import TwoTrackSource

    source = TwoTrackSource(FileSource(you), FileSource(them))
    source.open()
    setup = CallSetup(home_profile="ch", purpose="support", language="en")
    plan = [parse_event_spec("announced@0"), parse_event_spec("granted@6")]
    with Call(setup, source, library, plan=plan) as call:
        call.record()
        outcome = call.stop()
    assert outcome.indexed, outcome
    return str(outcome.rec_id)


def test_two_tracks_judge_the_other_partys_channel(tmp_path: Path) -> None:
    """Channel 1 has your announcement; channel 2 has their answer, or nothing at all."""
    voice, _ = sf.read(SPEECH, dtype="int16")
    voice = voice[: round(7.5 * RATE)]
    cut = round(5.8 * RATE)
    you, them = voice.copy(), voice.copy()
    you[cut:] = 0
    them[:cut] = 0
    paths = {}
    for name, data in (("you", you), ("them", them), ("nobody", np.zeros_like(voice))):
        paths[name] = tmp_path / f"{name}.wav"
        sf.write(paths[name], data, RATE, subtype="PCM_16")
    library = tmp_path / "library"

    heard = _two_track_call(library, paths["you"], paths["them"])
    assessment, note = _export(library, heard, "en", tmp_path / "heard.zip")
    audio = assessment["audio"]
    assert (audio["layout"], audio["you_channel"], audio["their_channel"]) == ("two_tracks", 1, 2)
    assert (
        "Both sides recorded, on separate tracks: channel 1 you, channel 2 the other party." in note
    )
    (answer,) = audio["answers"]
    assert (answer["channel"], answer["shows"]) == (2, "speech")
    assert answer["speech_s"] == pytest.approx(6.237, abs=0.1)
    assert "on the other party&#39;s track (channel 2)" in note
    assert not any(DOUBT["en"] in u["text"] for u in assessment["uncertainties"])

    unheard = _two_track_call(library, paths["you"], paths["nobody"])
    assessment, note = _export(library, unheard, "en", tmp_path / "unheard.zip")
    (answer,) = assessment["audio"]["answers"]
    assert (answer["channel"], answer["shows"]) == (2, "silence")
    doubt = (
        "The “Consent given” mark at 00:06 has no speech on the other party's track "
        "(channel 2) around it: the answer may not be on the recording."
    )
    silent = (
        "Nothing was heard on the other party's track (channel 2) during the whole call: not "
        "one sample moved (digital silence). Their voice, and their answer, are not on this "
        "track of the recording."
    )
    assert [u["text"] for u in assessment["uncertainties"][:2]] == [silent, doubt]
    assert assessment["audio"]["their_track_silent"] is True
    assert _html(doubt) in note
    assert _html(silent) in note
    assert heard_call_says_nothing_of_silence(library, heard)


def heard_call_says_nothing_of_silence(library: Path, rec_id: str) -> bool:
    """The call where they answered raises no whole-track doubt."""
    from recorder.legality import assess_entry
    from recorder.library import Library

    with Library.open(library, readonly=True) as lib:
        data = assess_entry(lib.get(rec_id), "en")
    return data["audio"]["their_track_silent"] is False and not any(
        "Nothing was heard" in u["text"] for u in data.get("uncertainties") or []
    )


def _html(text: str) -> str:
    """``text`` as the note's autoescaping (Jinja2's, markupsafe) writes it."""
    return str(markupsafe.escape(text))
