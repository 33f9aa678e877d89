"""recording.json as a typed document: real sidecars read and written back byte for byte,
damaged ones refused with a sentence that names the field."""

from __future__ import annotations

import copy
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from recorder.call import Call, CallSetup, Retention
from recorder.capture import FileSource, Recorder
from recorder.errors import BadInputError
from recorder.events import EventSpec
from recorder.library import CUSTODY_NAME, Library
from recorder.sidecar import SIDECAR_NAME, Outcome, Sidecar
from recorder.wavjournal import JOURNAL_NAME, recover
from tests.helpers.cli_run import ROOT, start_temoin, temoin
from tests.helpers.make_recording import consent_events, fixture_info, make_recording

FIXTURES = ROOT / "tests" / "fixtures"


def _assert_round_trips(rec_dir: Path) -> Sidecar:
    """Reading the file and writing it back gives the same bytes."""
    text = (rec_dir / SIDECAR_NAME).read_text(encoding="utf-8")
    sidecar = Sidecar.read(rec_dir)
    assert sidecar.dumps() == text
    assert json.dumps(sidecar.to_json()) == json.dumps(json.loads(text))
    assert Sidecar.from_json(sidecar.to_json()) == sidecar
    return sidecar


def _call(library: Path, fixture: str, answers: list[tuple[str, str]]) -> Call:
    info = fixture_info(FIXTURES, fixture)
    source = FileSource(FIXTURES / fixture)
    source.open()
    setup = CallSetup(
        home_profile="ch",
        counterpart_profile="fr",
        counterpart="Swisscom « support »",
        purpose="support",
        language="fr",
        tags={"case": "4578"},
    )
    plan = [
        EventSpec("announced", info["announce_at"]),
        EventSpec("marker", info["answer_at"], "ticket 4578"),
        *(EventSpec(kind, info[at]) for kind, at in answers),
    ]
    return Call(setup, source, library, plan=plan)


@pytest.mark.parametrize(
    ("fixture", "answers", "retention"),
    [
        ("consent_fr_granted.wav", [("granted", "answer_end")], Retention.KEPT),
        (
            "consent_fr_granted.wav",
            [("granted", "answer_end"), ("withdrawn", "followup_at")],
            Retention.TRUNCATED,
        ),
        ("consent_fr_refused.wav", [("refused", "answer_end")], Retention.DISCARDED),
    ],
)
def test_a_recorded_calls_sidecar_round_trips_byte_for_byte(
    tmp_path: Path, fixture: str, answers: list[tuple[str, str]], retention: Retention
) -> None:
    call = _call(tmp_path / "lib", fixture, answers)
    call.record()
    outcome = call.stop()
    assert outcome.action is retention
    assert outcome.outcome is Outcome.COMPLETED
    assert outcome.to_json()["action"] == retention.value
    assert outcome.rec_dir is not None
    sidecar = _assert_round_trips(outcome.rec_dir)
    discarded = retention is Retention.DISCARDED
    assert sidecar.outcome is (Outcome.DISCARDED if discarded else Outcome.COMPLETED)
    assert (sidecar.audio.file is None) is discarded
    assert sidecar.call.profile == "ch"
    assert sidecar.call.counterpart_profile == "fr"
    assert [p["id"] for p in sidecar.call.profiles] == ["ch", "fr"]
    assert "marker" in [e.kind for e in sidecar.events]
    if retention is Retention.TRUNCATED:
        assert sidecar.events[-1].kind == "truncated"
        assert sidecar.audio.frames == sidecar.events[-1].frame


def test_a_bare_recorders_sidecar_round_trips(tmp_path: Path) -> None:
    """No profile, a meta of any shape: written back as it was read."""
    rec = Recorder(FileSource(FIXTURES / "stereo_44k.wav"), tmp_path, {"purpose": "test"})
    rec.start()
    assert rec.wait(60)
    result = rec.stop()
    rec.release()
    sidecar = _assert_round_trips(result.dir)
    assert sidecar.to_json() == result.sidecar
    assert sidecar.meta == {"purpose": "test"}
    assert sidecar.source.kind == "file"
    assert [s.to_json() for s in sidecar.segments] == result.sidecar["segments"]


def test_a_sidecar_rebuilt_after_the_call_had_ended_round_trips(tmp_path: Path) -> None:
    rec = Recorder(FileSource(FIXTURES / "telephony_8k.wav"), tmp_path, {})
    rec.start()
    assert rec.wait(60)
    result = rec.stop()
    rec.release()
    (result.dir / SIDECAR_NAME).unlink()
    [report] = recover(tmp_path)
    assert report.problem is None
    sidecar = _assert_round_trips(result.dir)
    assert sidecar.recovered is not None
    assert sidecar.outcome is Outcome(result.outcome)
    assert sidecar.to_json() == {**result.sidecar, "recovered": sidecar.to_json()["recovered"]}


@pytest.mark.slow
def test_a_recovered_recordings_sidecar_round_trips(tmp_path: Path) -> None:
    """kill -9 mid-call, then ``temoin recover``: the rebuilt sidecar reads and writes back."""
    lib = tmp_path / "lib"
    env = {**os.environ, "TEMOIN_HOME": str(lib)}
    fixture = FIXTURES / "consent_fr_granted.wav"
    proc = start_temoin("record", "--input", str(fixture), "--realtime", env=env, quiet=True)
    try:
        deadline = time.monotonic() + 15
        journal: Path | None = None
        while journal is None or len(journal.read_text().splitlines()) < 3:
            assert time.monotonic() < deadline, "the recording did not start"
            time.sleep(0.05)
            dirs = list((lib / "recordings").iterdir()) if (lib / "recordings").is_dir() else []
            journal = dirs[0] / JOURNAL_NAME if dirs and (dirs[0] / JOURNAL_NAME).exists() else None
        time.sleep(1.0)
    finally:
        proc.kill()
        proc.wait(10)
    done = temoin("recover", "--json", env=env)
    assert done.returncode == 0, done.stderr
    sidecar = _assert_round_trips(journal.parent)
    assert sidecar.outcome is Outcome.INTERRUPTED
    assert sidecar.recovered is not None
    assert sidecar.recovered["frames"] == sidecar.audio.frames > 0


def test_a_hand_made_sidecar_round_trips(tmp_path: Path) -> None:
    info = fixture_info(FIXTURES, "consent_fr_granted.wav")
    rec_dir = make_recording(
        tmp_path, FIXTURES / "consent_fr_granted.wav", consent_events(info), meta={"x": [1]}
    )
    sidecar = Sidecar.read(rec_dir)
    assert sidecar.to_json() == json.loads((rec_dir / SIDECAR_NAME).read_text())
    assert sidecar.meta["x"] == [1]  # keys Témoin does not know are kept


# --- damaged files ----------------------------------------------------------------------------

Edit = Callable[[dict[str, Any]], None]


def _set(*path: str | int, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _drop(*path: str | int) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return edit


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (_drop("id"), "has no 'id' field"),
        (_drop("audio"), "has no 'audio' field"),
        (_set("audio", value=[]), "'audio' is not a JSON object"),
        (_drop("audio", "frames"), "'audio' has no 'frames' field"),
        (_set("audio", "frames", value="8000"), "'audio': 'frames' is not an integer"),
        (_set("audio", "sample_rate", value=True), "'sample_rate' is not an integer"),
        (_set("audio", "duration_s", value="long"), "'duration_s' is not a number"),
        (_set("schema", value=2), "schema 2 is not one this version reads"),
        (_set("outcome", value="exploded"), "unknown outcome 'exploded'"),
        (_set("events", value={}), "'events' is not a list"),
        (_set("events", 0, value="start"), "'events[0]' is not a JSON object"),
        (_drop("events", 1, "kind"), "'events[1]' has no 'kind' field"),
        (_set("events", 1, "frame", value=1.5), "'events[1]': 'frame' is not an integer"),
        (_set("segments", 0, "device", value=3), "'segments[0]': 'device' is not a string"),
        (_set("meta", value=None), "'meta' is not a JSON object"),
        (_set("meta", "profile", value=["ch"]), "'meta': 'profile' is not a string"),
        (_set("meta", "profiles", value=[1]), "'profiles[0]' is not a JSON object"),
        (_set("recovered", value="yes"), "'recovered' is not a JSON object"),
        (_set("source", "device", value="mic"), "'source': 'device' is not a JSON object"),
    ],
)
def test_a_damaged_sidecar_is_a_plain_error_naming_the_field(
    tmp_path: Path, edit: Edit, says: str
) -> None:
    info = fixture_info(FIXTURES, "consent_fr_granted.wav")
    rec_dir = make_recording(tmp_path, FIXTURES / "consent_fr_granted.wav", consent_events(info))
    data = json.loads((rec_dir / SIDECAR_NAME).read_text())
    damaged = copy.deepcopy(data)
    edit(damaged)
    (rec_dir / SIDECAR_NAME).write_text(json.dumps(damaged))
    with pytest.raises(BadInputError, match=f"{SIDECAR_NAME}.*{_re(says)}"):
        Sidecar.read(rec_dir)
    with pytest.raises(BadInputError, match=_re(says)):
        Sidecar.from_json(damaged)
    # The library refuses to index it with the same sentence.
    with Library.open(tmp_path) as lib, pytest.raises(BadInputError, match=_re(says)):
        lib.import_recording(rec_dir)


def _re(text: str) -> str:
    import re

    return re.escape(text)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "is missing"),
        ("{not json", "cannot be read as JSON"),
        ("[1, 2]", "is not a JSON object"),
    ],
)
def test_a_missing_or_unreadable_sidecar_is_a_plain_error(
    tmp_path: Path, content: str | None, says: str
) -> None:
    rec_dir = tmp_path / "rec"
    rec_dir.mkdir()
    if content is not None:
        (rec_dir / SIDECAR_NAME).write_text(content)
    with pytest.raises(BadInputError, match=_re(says)):
        Sidecar.read(rec_dir)


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (_drop("audio"), "has no 'audio' field"),
        (_set("audio", "frames", value="abc"), "'audio': 'frames' is not an integer"),
        (_set("source", "device", value="mic"), "'source': 'device' is not a JSON object"),
        (_drop("meta"), "has no 'meta' field"),
        (None, "cannot be read as JSON"),  # the file cut mid-way
    ],
    ids=["no-audio", "frames-text", "device-text", "no-meta", "cut-mid-way"],
)
def test_recovery_keeps_a_damaged_sidecar_aside_and_rebuilds_it_from_the_journal(
    tmp_path: Path, edit: Edit | None, says: str
) -> None:
    """A hand-edited or damaged recording.json is never a dead end: every command that
    refuses it says to recover, and recovery rebuilds it, keeping the damaged bytes."""
    env = {**os.environ, "TEMOIN_HOME": str(tmp_path / "lib")}
    info = fixture_info(FIXTURES, "consent_fr_granted.wav")
    done = temoin(
        "record", "--json", "--input", str(FIXTURES / "consent_fr_granted.wav"),
        "--profile", "ch", "--purpose", "support", "--counterpart", "Swisscom",
        "--event", f"announced@{info['announce_at']}", "--event", f"granted@{info['answer_end']}",
        env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rec_id = json.loads(done.stdout)["id"]
    rec_dir = tmp_path / "lib" / "recordings" / rec_id
    good = (rec_dir / SIDECAR_NAME).read_text(encoding="utf-8")
    if edit is None:
        bad = good[: len(good) // 2]
    else:
        damaged = json.loads(good)
        edit(damaged)
        bad = json.dumps(damaged)
    (rec_dir / SIDECAR_NAME).write_text(bad, encoding="utf-8")

    deleted = temoin("delete-audio", rec_id, "--yes", env=env)
    assert deleted.returncode == 3, deleted.stdout
    assert says in deleted.stderr
    assert "temoin recover" in deleted.stderr
    assert (rec_dir / "original.wav").is_file()  # a refusal deletes nothing
    before = sorted(p.name for p in rec_dir.iterdir())
    tagged = temoin("tag", rec_id, "case=4578", env=env)
    assert tagged.returncode == 3, tagged.stdout
    assert "temoin recover" in tagged.stderr
    assert sorted(p.name for p in rec_dir.iterdir()) == before  # a refusal writes nothing
    assert not (rec_dir / CUSTODY_NAME).exists()

    fixed = temoin("recover", env=env)
    assert fixed.returncode == 0, fixed.stderr
    assert "could not be read (" in fixed.stdout
    assert f"it was kept as {SIDECAR_NAME}.damaged and rebuilt" in fixed.stdout
    assert "was missing" not in fixed.stdout
    assert says in fixed.stdout
    assert "temoin recover" not in fixed.stdout
    assert (rec_dir / f"{SIDECAR_NAME}.damaged").read_text(encoding="utf-8") == bad
    rebuilt = _assert_round_trips(rec_dir).to_json()
    original = json.loads(good)
    assert {k: v for k, v in rebuilt.items() if k != "recovered"} == {
        k: v for k, v in original.items() if k != "recovered"
    }
    # The capture-time hash still stands: the audio was not re-hashed into the evidence.
    assert rebuilt["recovered"]["pcm_sha256_computed"] == "while_recording"
    again = temoin("recover", env=env)
    assert again.returncode == 0
    assert "Nothing to recover" in again.stdout, again.stdout
    assert temoin("show", rec_id, env=env).returncode == 0
    assert temoin("tag", rec_id, "case=4578", env=env).returncode == 0
    listed = temoin("list", "--language", "en", env=env)
    assert "Recorded with consent" in listed.stdout, listed.stdout
    assert "[case=4578]" in listed.stdout


def test_a_damaged_library_copy_is_not_called_a_recording_without_a_profile(
    tmp_path: Path,
) -> None:
    from recorder.legality import verdict_text

    info = fixture_info(FIXTURES, "consent_fr_granted.wav")
    rec_dir = make_recording(
        tmp_path,
        FIXTURES / "consent_fr_granted.wav",
        consent_events(info),
        meta={"profile": "ch", "purpose": "support"},
    )
    data = json.loads((rec_dir / SIDECAR_NAME).read_text())
    assert verdict_text(data, "en") == "Recorded with consent"
    data["source"]["device"] = "mic"
    assert verdict_text(data, "en") == (
        "Not assessed: its recording.json is damaged (temoin recover, or Témoin's next start, "
        "rebuilds it)"
    )
    assert "recording.json" in str(verdict_text(data, "fr"))
