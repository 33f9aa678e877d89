"""What a bundle says about a recording the app could not finish.

After a kill -9 mid-call the PCM hash is computed at recovery, not while
recording: the metadata, the note, the viewer and `verify` must say so, and the
last hash taken while recording (the checkpoint) must still vouch for the part
it covers. A call that ended but lost its recording.json (killed between the
two writes, or disk full) must be found by `recover` and keep its capture-time hash.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

from tests.helpers.cli_run import temoin
from tests.helpers.crash import CALL, FIXTURE, env_for, export_json, kill_mid_call
from tests.helpers.forge import read_bag, reseal


def test_a_call_killed_mid_way_says_its_hash_was_taken_at_recovery(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    rec_dir = kill_mid_call(lib)
    out = temoin("recover", "--json", env=env_for(lib))
    assert out.returncode == 0, out.stderr
    sidecar = json.loads((rec_dir / "recording.json").read_text())
    recovered = sidecar["recovered"]
    assert recovered["pcm_sha256_computed"] == "at_recovery"
    cap = recovered["capture_hash"]
    assert cap["matches"] is True
    assert 0 < cap["frames"] < sidecar["audio"]["frames"]

    meta = export_json(lib, rec_dir.name, tmp_path / "b.zip")
    integrity = meta["integrity"]
    assert isinstance(integrity, dict)
    assert integrity["pcm_sha256"]["computed"].startswith("at recovery")
    checkpoint = integrity["pcm_sha256_at_checkpoint"]
    assert checkpoint["frames"] == cap["frames"]
    assert checkpoint["value"] == cap["pcm_sha256"]
    assert "computed at recovery" in str(meta["_index"])
    assert "computed while recording)" not in str(meta["_index"])

    checked = temoin("verify", str(tmp_path / "b.zip"), env=env_for(lib))
    assert checked.returncode == 0, checked.stdout
    assert "computed at recovery" in checked.stdout
    assert f"its first {cap['frames']} frames match the SHA-256 taken while recording" in (
        checked.stdout
    )
    assert "computed while recording" not in checked.stdout

    pdf_text = subprocess.run(
        ["pdftotext", "-", "-"],
        input=_member(tmp_path / "b.zip", "data/legality-note.pdf"),
        capture_output=True,
        check=True,
    ).stdout.decode()
    flat = " ".join(pdf_text.split())
    assert "computed at recovery" in flat
    assert "(computed while recording)" not in flat


def test_a_wrong_checkpoint_hash_fails_verification(tmp_path: Path) -> None:
    """A re-signed bundle whose checkpoint hash does not cover its audio is caught."""
    lib = tmp_path / "lib"
    rec_dir = kill_mid_call(lib)
    assert temoin("recover", env=env_for(lib)).returncode == 0
    export_json(lib, rec_dir.name, tmp_path / "b.zip")
    files, prefix = read_bag(tmp_path / "b.zip")
    meta = json.loads(files[prefix + "data/metadata.json"])
    meta["integrity"]["pcm_sha256_at_checkpoint"]["value"] = "0" * 64
    files[prefix + "data/metadata.json"] = json.dumps(meta).encode()
    forged = tmp_path / "forged.zip"
    forged.write_bytes(reseal(files, prefix))  # manifests and signature agree again
    checked = temoin("verify", str(forged), env=env_for(lib))
    assert checked.returncode == 1
    assert "do not match the SHA-256 taken while recording" in checked.stdout


def test_a_call_that_ended_without_its_recording_json_is_found_and_keeps_its_hash(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "lib"
    done = temoin("record", *CALL, "--event", "granted@6", "--input", str(FIXTURE), "--json",
                  env=env_for(lib))  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    rec_dir = Path(result["file"]).parent
    # As if the app died (or the disk filled) after the journal's end line.
    (rec_dir / "recording.json").unlink()
    rec_id = rec_dir.name
    listed = temoin("list", "--json", env=env_for(lib))
    out = temoin("recover", "--reindex", "--json", env=env_for(lib))
    assert out.returncode == 0, out.stderr
    sidecar = json.loads((rec_dir / "recording.json").read_text())
    assert sidecar["outcome"] == result["outcome"]
    assert sidecar["audio"]["pcm_sha256"] == result["pcm_sha256"]
    assert sidecar["recovered"]["pcm_sha256_computed"] == "while_recording"
    assert rec_id in temoin("list", env=env_for(lib)).stdout, listed.stdout

    meta = export_json(lib, rec_id, tmp_path / "b.zip")
    integrity = meta["integrity"]
    assert isinstance(integrity, dict)
    assert integrity["pcm_sha256"]["computed"].startswith("while recording")
    assert "pcm_sha256_at_checkpoint" not in integrity
    checked = temoin("verify", str(tmp_path / "b.zip"), env=env_for(lib))
    assert checked.returncode == 0, checked.stdout


def _member(zpath: Path, suffix: str) -> bytes:
    with zipfile.ZipFile(zpath) as zf:
        [name] = [n for n in zf.namelist() if n.endswith(suffix)]
        return zf.read(name)


def test_a_deleted_call_that_lost_its_recording_json_is_rebuilt_as_deleted(
    tmp_path: Path,
) -> None:
    """Audio deleted on purpose, then recording.json lost: recover neither crashes nor
    calls it interrupted; the capture-time hash of what was deleted stays on record."""
    lib = tmp_path / "lib"
    done = temoin("record", *CALL, "--event", "granted@6", "--input", str(FIXTURE), "--json",
                  env=env_for(lib))  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    rec_dir = Path(result["file"]).parent
    deleted = temoin("delete-audio", rec_dir.name, "--yes", env=env_for(lib))
    assert deleted.returncode == 0, deleted.stderr
    (rec_dir / "recording.json").unlink()
    out = temoin("recover", "--reindex", "--json", env=env_for(lib))
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    sidecar = json.loads((rec_dir / "recording.json").read_text())
    assert sidecar["outcome"] == "discarded"
    assert sidecar["audio"]["pcm_sha256"] == result["pcm_sha256"]
    assert sidecar["recovered"]["pcm_sha256_computed"] == "while_recording"
    assert not (rec_dir / "original.wav").exists()
