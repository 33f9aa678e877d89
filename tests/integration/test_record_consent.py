"""A call recorded through the CLI is handled as the consent rules say, and lands in the library."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import soundfile as sf

from recorder import profiles
from tests.helpers.cli_run import temoin
from tests.helpers.forge import read_bag

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TIMING = {f["file"]: f for f in json.loads((FIXTURES / "fixtures.json").read_text())["fixtures"]}


def record(fixture: str, *events: str, profile: str = "ch") -> dict:
    args = ["record", "--profile", profile, "--counterpart", "Swisscom", "--purpose", "support"]
    args += ["--language", "fr", "--input", str(FIXTURES / fixture), "--json"]
    for event in events:
        args += ["--event", event]
    out = temoin(*args)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def show(rec_id: str) -> dict:
    out = temoin("show", rec_id, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_granted_call_is_kept_indexed_and_names_its_profile_hash() -> None:
    t = TIMING["consent_fr_granted.wav"]
    data = record(
        "consent_fr_granted.wav", f"announced@{t['announce_at']}", f"granted@{t['answer_at']}"
    )
    assert data["call"]["action"] == "kept"
    assert data["call"]["indexed"] is True
    sidecar = json.loads((Path(data["dir"]) / "recording.json").read_text())
    used = sidecar["meta"]["profiles"]
    assert used[0]["id"] == "ch"
    assert used[0]["content_hash"] == profiles.load("ch").content_hash
    assert show(data["id"])["id"] == data["id"]


def test_first_agent_refusal_keeps_no_audio_but_keeps_the_log() -> None:
    t = TIMING["consent_fr_refused.wav"]
    data = record(
        "consent_fr_refused.wav", f"announced@{t['announce_at']}", f"refused@{t['answer_at']}"
    )
    rec_dir = Path(data["dir"])
    assert data["call"]["action"] == "discarded"
    assert not (rec_dir / "original.wav").exists()
    sidecar = json.loads((rec_dir / "recording.json").read_text())
    kinds = [e["kind"] for e in sidecar["events"]]
    assert "refused" in kinds
    assert "discarded" in kinds
    assert sidecar["outcome"] == "discarded"


def test_transferred_agent_refusal_cuts_at_the_transfer_with_the_capture_time_hash() -> None:
    t = TIMING["consent_fr_granted.wav"]
    data = record(
        "consent_fr_granted.wav",
        f"announced@{t['announce_at']}",
        f"granted@{t['answer_at']}",
        "transferred@8.0",
        "announced@8.5",
        "refused@9.5",
    )
    assert data["call"]["action"] == "truncated"
    rec_dir = Path(data["dir"])
    sidecar = json.loads((rec_dir / "recording.json").read_text())
    transfer = next(e for e in sidecar["events"] if e["kind"] == "transferred")
    assert transfer["frame"] == 8 * 48000
    kept, _ = sf.read(rec_dir / "original.wav", dtype="int16")
    source, _ = sf.read(FIXTURES / "consent_fr_granted.wav", dtype="int16")
    assert len(kept) == transfer["frame"]
    assert np.array_equal(kept, source[: len(kept)])
    # The kept audio's hash is the one the writer computed while recording, at the transfer.
    assert sidecar["audio"]["pcm_sha256"] == transfer["pcm_sha256_at"]
    data_chunk = (rec_dir / "original.wav").read_bytes()[sidecar["audio"]["header_bytes"] :]
    assert hashlib.sha256(data_chunk).hexdigest() == transfer["pcm_sha256_at"]
    assert hashlib.sha256(kept.tobytes()).hexdigest() == transfer["pcm_sha256_at"]


def test_presumed_consent_keeps_the_audio_before_a_refusing_transferred_agent() -> None:
    """France (presumed_on_notice): an unopposed announcement covers what came before the
    transfer, so a new agent's refusal cuts there instead of deleting the call (R5, S21)."""
    t = TIMING["consent_fr_granted.wav"]
    data = record(
        "consent_fr_granted.wav",
        f"announced@{t['announce_at']}",
        "transferred@8.0",
        "announced@8.5",
        "refused@9.5",
        profile="fr",
    )
    assert data["call"]["action"] == "truncated", data["call"]
    kept, _ = sf.read(Path(data["dir"]) / "original.wav", dtype="int16")
    assert len(kept) == 8 * 48000


def test_a_refusal_after_a_yes_is_recorded_as_a_withdrawal() -> None:
    """The same person says yes, then no (R3): the call is recorded, the refusal logged as
    said, and the audio handled as for a withdrawal: what was agreed stays."""
    t = TIMING["consent_fr_granted.wav"]
    data = record(
        "consent_fr_granted.wav",
        f"announced@{t['announce_at']}",
        f"granted@{t['answer_at']}",
        "refused@9.0",
    )
    assert data["call"]["consent_errors"] == []
    withdrawn = temoin(
        "record", "--profile", "ch", "--counterpart", "Swisscom", "--purpose", "support",
        "--language", "fr", "--input", str(FIXTURES / "consent_fr_granted.wav"), "--json",
        "--event", f"announced@{t['announce_at']}", "--event", f"granted@{t['answer_at']}",
        "--event", "withdrawn@9.0",
    )  # fmt: skip
    assert withdrawn.returncode == 0, withdrawn.stderr
    same = json.loads(withdrawn.stdout)["call"]
    assert data["call"]["action"] == same["action"]
    assert data["call"]["kept_s"] == same["kept_s"]
    sidecar = json.loads((Path(data["dir"]) / "recording.json").read_text())
    assert [e["kind"] for e in sidecar["events"] if e["kind"] in ("refused", "withdrawn")] == [
        "refused"
    ]


def test_impossible_event_sequence_is_refused_before_recording() -> None:
    out = temoin(
        "record", "--profile", "ch", "--input", str(FIXTURES / "telephony_8k.wav"),
        "--event", "granted@1",
    )  # fmt: skip
    assert out.returncode == 2
    assert "announc" in out.stderr
    assert "Traceback" not in out.stderr
    listing = temoin("list", "--json")
    assert json.loads(listing.stdout)["recordings"] == []


def test_unknown_profile_is_a_clear_error() -> None:
    out = temoin("record", "--profile", "xx", "--input", str(FIXTURES / "telephony_8k.wav"))
    assert out.returncode in (2, 3)
    assert "xx" in out.stderr
    assert "Traceback" not in out.stderr


def test_demo_records_exports_and_verifies(tmp_path: Path) -> None:
    out = temoin("demo", "--out", str(tmp_path / "demo"), "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["verified"] is True
    bundle = Path(result["bundle"])
    assert bundle.is_file()
    assert temoin("verify", str(bundle)).returncode == 0


def test_a_call_judged_by_a_newer_profile_says_so_in_its_note(tmp_path: Path) -> None:
    """Recorded under ch 1.0.0 (as calls before c6f3978 were), exported with today's ch."""
    t = TIMING["consent_fr_granted.wav"]
    data = record(
        "consent_fr_granted.wav", f"announced@{t['announce_at']}", f"granted@{t['answer_at']}"
    )
    rec_dir = Path(data["dir"])
    current = profiles.load("ch")
    fresh = temoin("export", data["id"], "--out", str(tmp_path / "now.zip"), "--language", "en")
    assert fresh.returncode == 0, fresh.stderr
    files, prefix = read_bag(tmp_path / "now.zip")
    assert "profiles_changed" not in json.loads(files[prefix + "data/metadata.json"])["assessment"]

    sidecar_path = rec_dir / "recording.json"
    sidecar = json.loads(sidecar_path.read_text())
    sidecar["meta"]["profiles"][0].update(version="1.0.0", content_hash="ab" * 32)
    sidecar_path.write_text(json.dumps(sidecar))
    assert temoin("recover", "--reindex").returncode == 0  # the library re-reads it
    out = temoin("export", data["id"], "--out", str(tmp_path / "old.zip"), "--language", "en")
    assert out.returncode == 0, out.stderr
    files, prefix = read_bag(tmp_path / "old.zip")
    assessment = json.loads(files[prefix + "data/metadata.json"])["assessment"]
    assert assessment["profiles_changed"] == [
        {
            "id": "ch",
            "recorded_version": "1.0.0",
            "recorded_hash": "ab" * 32,
            "current_version": current.version,
            "current_hash": current.content_hash,
        }
    ]
    note = files[prefix + "data/legality-note.html"].decode()
    assert (
        f"This call was recorded under profile ch version 1.0.0; this assessment uses version "
        f"{current.version}" in note
    )


def test_delete_audio_keeps_the_log_and_asks_for_yes() -> None:
    """After the dispute: the audio goes for good, the timeline, hashes and custody stay."""
    t = TIMING["consent_fr_granted.wav"]
    data = record(
        "consent_fr_granted.wav", f"announced@{t['announce_at']}", f"granted@{t['answer_at']}"
    )
    wav = Path(data["dir"]) / "original.wav"
    refused = temoin("delete-audio", data["id"])
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    assert wav.exists()

    out = temoin("delete-audio", data["id"], "--yes", "--reason", "dispute settled", "--json")
    assert out.returncode == 0, out.stderr
    assert not wav.exists()
    assert (Path(data["dir"]) / "journal.jsonl").exists()
    shown = show(data["id"])
    assert shown["recording"]["outcome"] == "discarded"
    assert shown["recording"]["audio"]["pcm_sha256"] == data["pcm_sha256"]  # what it was
    custody = [(c["action"], c["detail"]) for c in shown["custody"]]
    assert custody[-1] == ("audio_deleted", "dispute settled")
    assert any(e["kind"] == "discarded" for e in shown["recording"]["events"])

    again = temoin("delete-audio", data["id"], "--yes")
    assert again.returncode == 3
    assert "no audio left" in again.stderr
    export = temoin("export", data["id"], "--out", str(wav.parent.parent / "x.zip"))
    assert export.returncode == 3
    assert "Traceback" not in export.stderr


def test_a_call_offers_the_consent_buttons_its_rules_accept_as_it_goes(tmp_path: Path) -> None:
    """Through the real recorder (a fixture paced in real time): what ``allowed_actions``
    offers follows the events the call has applied, and the call ends kept and indexed."""
    from recorder.call import Call, CallSetup
    from recorder.capture import FileSource
    from recorder.library import Library

    source = FileSource(FIXTURES / "consent_fr_granted.wav", realtime=True)
    source.open()
    call = Call(CallSetup(home_profile="ch", language="fr"), source, tmp_path)
    with call:
        call.start()
        offered = call.allowed_actions()
        assert "announced" in offered
        assert not {"granted", "refused", "withdrawn"} & offered
        call.post("announced")
        assert {"granted", "refused", "marker"} <= call.allowed_actions()
        call.post("granted")
        assert call.consent_state == "consented"
        offered = call.allowed_actions()
        assert {"transferred", "withdrawn", "paused"} <= offered
        assert not {"granted", "announced"} & offered
        outcome = call.stop()
    assert outcome.action == "kept", outcome
    assert outcome.indexed, outcome
    with Library.open(tmp_path) as lib:
        events = lib.get(str(outcome.rec_id))["recording"]["events"]
    assert [e["kind"] for e in events] == ["start", "announced", "granted", "stop"]
