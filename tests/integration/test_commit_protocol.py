"""Every step after capture survives a kill -9 and a full disk: `temoin recover` finishes it.

A real `temoin record` is stopped at each point of the commit protocol
(recorder/commit.py) by the test hook ``TEMOIN_TEST_FAULT=<point>:kill|full``:
``kill`` sends itself SIGKILL there; ``full`` sets the file size limit to 0 so
every later write that grows a file fails in the kernel, as on a full disk. Then
`temoin recover` runs (for a full disk first while it is still full, then with
room) and the call must be listed, play, export and verify with the right
duration and hash, and never raise a tamper alarm.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile as sf

from tests.helpers.cli_run import (
    LIVE_LIKE_CALL,
    ROOT,
    start_temoin,
    temoin,
    wait_for_first_checkpoint,
)
from tests.helpers.small_disk import small_disk

FIXTURES = ROOT / "tests" / "fixtures"
TIMING = {f["file"]: f for f in json.loads((FIXTURES / "fixtures.json").read_text())["fixtures"]}
GRANTED = FIXTURES / "consent_fr_granted.wav"
REFUSED = FIXTURES / "consent_fr_refused.wav"
G = TIMING["consent_fr_granted.wav"]
R = TIMING["consent_fr_refused.wav"]
# The three ends a call can have: kept whole, cut at a refusal after a transfer, discarded.
CALLS: dict[str, tuple[Path, list[str]]] = {
    "kept": (GRANTED, [f"announced@{G['announce_at']}", f"granted@{G['answer_at']}"]),
    "cut": (
        GRANTED,
        [
            f"announced@{G['announce_at']}",
            f"granted@{G['answer_at']}",
            "transferred@8.0",
            "announced@8.5",
            "refused@9.5",
        ],
    ),
    "discard": (REFUSED, [f"announced@{R['announce_at']}", f"refused@{R['answer_at']}"]),
}
POINTS = [
    ("kept", "finalize.start"),
    ("kept", "finalize.end"),
    ("kept", "sidecar.written"),
    ("kept", "index.intent"),
    ("cut", "finalize.end"),
    ("cut", "sidecar.written"),
    ("cut", "cut.intent"),
    ("cut", "cut.truncated"),
    ("cut", "cut.sidecar"),
    ("discard", "sidecar.written"),
    ("discard", "discard.intent"),
    ("discard", "discard.unlinked"),
    ("discard", "discard.sidecar"),
]


def _env(lib: Path, fault: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TEMOIN_TEST_FAULT"}
    env["TEMOIN_HOME"] = str(lib)
    if fault:
        env["TEMOIN_TEST_FAULT"] = fault
    return env


def _disk_full() -> None:
    """In the child: no file may grow (the disk is still full)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))


def _record_args(call: str) -> list[str]:
    fixture, events = CALLS[call]
    args = ["record", "--profile", "ch", "--counterpart", "Swisscom", "--purpose", "support"]
    args += ["--language", "fr", "--input", str(fixture)]
    for event in events:
        args += ["--event", event]
    return args


def _record(lib: Path, call: str, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    return temoin(*_record_args(call), env=_env(lib, fault))


def _no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    assert "internal error" not in done.stderr, done.stderr


def _recover_until_clean(lib: Path, fault: str) -> None:
    if fault == "full":
        still_full = temoin("recover", env=_env(lib), preexec_fn=_disk_full)
        assert still_full.returncode in (0, 5), still_full.stderr
        _no_traceback(still_full)
    done = temoin("recover", env=_env(lib))
    assert done.returncode == 0, done.stdout + done.stderr
    again = temoin("recover", "--json", env=_env(lib))
    assert again.returncode == 0, again.stderr
    data = json.loads(again.stdout)
    assert data["recovered"] == [], data  # nothing left owed
    assert data["indexed"] == [], data


def _check_call(lib: Path, call: str, tmp_path: Path) -> None:
    listed = temoin("list", "--json", env=_env(lib))
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)["recordings"]
    [rec_dir] = list((lib / "recordings").iterdir())
    assert [r["id"] for r in rows] == [rec_dir.name]
    sidecar = json.loads((rec_dir / "recording.json").read_text())
    wav = rec_dir / "original.wav"
    if call == "discard":
        assert not wav.exists()
        assert sidecar["outcome"] == "discarded"
        assert sidecar["audio"]["file"] is None
        return
    expected = 8 * 48000 if call == "cut" else sf.info(str(GRANTED)).frames
    assert sf.info(str(wav)).frames == expected  # a valid WAV of the right length
    assert sidecar["audio"]["frames"] == expected
    data_chunk = wav.read_bytes()[sidecar["audio"]["header_bytes"] :]
    assert hashlib.sha256(data_chunk).hexdigest() == sidecar["audio"]["pcm_sha256"]
    [row] = rows
    assert row["duration_s"] == pytest.approx(expected / 48000, abs=1e-6)
    bundle = tmp_path / "call.zip"
    exported = temoin(
        "export", rec_dir.name, "--out", str(bundle), "--listening", "none", env=_env(lib)
    )
    assert exported.returncode == 0, exported.stderr  # no false "changed after the call"
    verified = temoin("verify", str(bundle), env=_env(lib))
    assert verified.returncode == 0, verified.stdout + verified.stderr


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["kill", "full"])
@pytest.mark.parametrize(("call", "point"), POINTS, ids=[f"{c}-{p}" for c, p in POINTS])
def test_a_fault_at_each_commit_step_is_finished_by_recover(
    call: str, point: str, fault: str, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    done = _record(lib, call, f"{point}:{fault}")
    if fault == "kill":
        assert done.returncode == -signal.SIGKILL, done.stderr
    else:
        assert done.returncode in (0, 5), done.stderr
        _no_traceback(done)
    _recover_until_clean(lib, fault)
    _check_call(lib, call, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("point", ["retention.start", "index.intent"])
def test_recover_leaves_alone_a_call_its_recorder_is_still_settling(
    point: str, tmp_path: Path
) -> None:
    """Paused after the capture, before its cut (or its indexing), `temoin record` still
    holds the folder: a `temoin recover` meanwhile must not settle the same call too."""
    lib = tmp_path / "lib"
    proc = start_temoin(*_record_args("cut"), env=_env(lib, f"{point}:stop"))
    try:
        _, status = os.waitpid(proc.pid, os.WUNTRACED)
        assert os.WIFSTOPPED(status), f"temoin record did not stop at {point}: {status}"
        [rec_dir] = list((lib / "recordings").iterdir())
        journal = (rec_dir / "journal.jsonl").read_bytes()
        audio = hashlib.sha256((rec_dir / "original.wav").read_bytes()).hexdigest()
        meanwhile = temoin("recover", "--json", env=_env(lib))
        _no_traceback(meanwhile)
        assert meanwhile.returncode == 0, meanwhile.stdout + meanwhile.stderr
        data = json.loads(meanwhile.stdout)
        assert data["in_use"] == [rec_dir.name], data
        assert (data["recovered"], data["indexed"], data["notes"]) == ([], [], []), data
        assert (rec_dir / "journal.jsonl").read_bytes() == journal  # not one line more
        assert hashlib.sha256((rec_dir / "original.wav").read_bytes()).hexdigest() == audio
        listed = temoin("list", "--json", env=_env(lib))
        assert json.loads(listed.stdout)["recordings"] == []
        said = temoin("recover", env=_env(lib))
        assert f"{rec_dir.name}: in use by the Témoin process recording it" in said.stdout
        # Rebuilding the library leaves it alone too: not indexed under its recorder's feet.
        rebuilt = temoin("recover", "--reindex", "--json", env=_env(lib))
        _no_traceback(rebuilt)
        assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
        data = json.loads(rebuilt.stdout)
        assert data["in_use"] == data["reindex"]["in_use"] == [rec_dir.name], data
        assert (data["recovered"], data["reindex"]["indexed"]) == ([], []), data
        assert (rec_dir / "journal.jsonl").read_bytes() == journal
        assert json.loads(temoin("list", "--json", env=_env(lib)).stdout)["recordings"] == []
        said = temoin("recover", "--reindex", env=_env(lib))
        assert f"{rec_dir.name}: in use by the Témoin process recording it" in said.stdout
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGCONT)
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err  # it cut the call and indexed it, once
    assert "Traceback" not in err, err
    assert not (rec_dir / ".recording.lock").exists()  # released, and tidied
    _recover_until_clean(lib, "stop")  # nothing owed, nothing indexed twice
    _check_call(lib, "cut", tmp_path)


def test_a_folder_whose_cut_fails_its_hash_does_not_stop_the_others(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    assert _record(lib, "kept").returncode == 0
    [bad] = list((lib / "recordings").iterdir())
    owed = {"type": "intent", "step": "cut", "frame": 10**8, "pcm_sha256_at": "00"}
    with (bad / "journal.jsonl").open("a") as fh:
        fh.write(json.dumps(owed) + "\n")
    killed = _record(lib, "kept", "index.intent:kill")  # finished, never indexed
    assert killed.returncode == -signal.SIGKILL
    [good] = [d for d in (lib / "recordings").iterdir() if d != bad]
    done = temoin("recover", "--json", env=_env(lib))
    _no_traceback(done)
    assert done.returncode == 1, done.stdout + done.stderr  # a check failed, not the disk
    data = json.loads(done.stdout)
    assert data["mismatched"] == [bad.name]
    assert good.name in data["indexed"]
    assert sf.info(str(bad / "original.wav")).frames == sf.info(str(GRANTED)).frames


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["kill", "full"])
@pytest.mark.parametrize("point", ["recover.intent", "recover.sidecar"])
def test_a_fault_during_recover_is_finished_by_the_next_recover(
    point: str, fault: str, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    killed = _record(lib, "cut", "finalize.start:kill")  # no end line: a real recovery is owed
    assert killed.returncode == -signal.SIGKILL
    failed = temoin("recover", env=_env(lib, f"{point}:{fault}"))
    if fault == "kill":
        assert failed.returncode == -signal.SIGKILL
    else:
        assert failed.returncode in (0, 5), failed.stderr
        _no_traceback(failed)
    _recover_until_clean(lib, fault)
    _check_call(lib, "cut", tmp_path)


@pytest.mark.slow
def test_five_calls_in_parallel_into_one_library_are_all_listed(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    procs = [
        start_temoin("record", "--input", str(GRANTED), "--realtime", env=_env(lib))
        for _ in range(5)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "warning:   The library" not in out, out
    listed = temoin("list", "--json", env=_env(lib))
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)["recordings"]) == 5


@pytest.mark.slow
def test_a_library_deleted_mid_call_keeps_the_audio_beside_it_and_exits_5(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "lib"
    proc = start_temoin(*LIVE_LIKE_CALL, env=_env(lib))
    try:
        rec_id = wait_for_first_checkpoint(lib).name
        subprocess.run(["rm", "-rf", str(lib)], check=True)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 5, err
    assert "Traceback" not in err
    rescued = tmp_path / f"temoin-rescued-{rec_id}"
    assert str(rescued) in err
    assert "deleted or moved during the call, so the call was stopped at" in " ".join(err.split())
    wav = rescued / "original.wav"
    captured, rate = sf.read(wav, dtype="int16")
    source, _ = sf.read(GRANTED, dtype="int16")
    assert rate == 48000
    assert 0 < len(captured) < len(source)  # stopped at once, not at the fixture's end
    assert (captured == source[: len(captured)]).all()  # the captured audio, bit for bit
    sidecar = json.loads((rescued / "recording.json").read_text())
    assert sidecar["outcome"] == "write_error"
    [failed] = [e for e in sidecar["events"] if e["kind"] == "write_error"]
    assert failed["text"] == "the recording folder was deleted or moved"
    assert failed["frame"] == len(captured)
    data_chunk = wav.read_bytes()[sidecar["audio"]["header_bytes"] :]
    assert hashlib.sha256(data_chunk).hexdigest() == sidecar["audio"]["pcm_sha256"]
    assert len((rescued / "journal.jsonl").read_text().splitlines()) >= 3
    [event] = [e for e in sidecar["events"] if e["kind"] == "rescued"]
    assert event["frame"] == len(captured)  # a whole event: frame, times, hash
    assert event["pcm_sha256_at"] == sidecar["audio"]["pcm_sha256"]
    # Put back into a library, the rescued call is one like any other: it exports, verifies.
    home = tmp_path / "lib2"
    (home / "recordings").mkdir(parents=True)
    os.rename(rescued, home / "recordings" / rec_id)
    assert temoin("recover", env=_env(home)).returncode == 0
    bundle = tmp_path / "rescued.zip"
    exported = temoin("export", rec_id, "--out", str(bundle), "--listening", "none", env=_env(home))
    assert exported.returncode == 0, exported.stderr
    verified = temoin("verify", str(bundle), env=_env(home))
    assert verified.returncode == 0, verified.stdout + verified.stderr


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB file system (tmpfs), so a full disk is ENOSPC from the kernel."""
    with small_disk(tmp_path / "disk", "1m") as mnt:
        yield mnt


def _fill(disk: Path) -> Path:
    """Take every byte left on ``disk``."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


@pytest.mark.slow
def test_a_call_on_a_full_disk_recovered_on_the_still_full_disk_then_with_room(
    disk: Path, tmp_path: Path
) -> None:
    lib = disk / "lib"
    ballast = disk / "ballast"  # the user's other files, deleted later to make room
    ballast.write_bytes(b"\0" * 400_000)
    done = _record(lib, "kept")  # a 0.96 MB WAV in what is left of 1 MiB: it fills mid-call
    assert done.returncode == 5, done.stdout + done.stderr
    _no_traceback(done)
    assert "disk is full" in done.stderr
    _fill(disk)  # whatever the writer left: the disk is full to the byte
    still_full = temoin("recover", env=_env(lib))
    assert still_full.returncode == 5, still_full.stdout + still_full.stderr
    _no_traceback(still_full)
    ballast.unlink()
    (disk / "filler").unlink()
    assert temoin("recover", env=_env(lib)).returncode == 0
    [rec_dir] = list((lib / "recordings").iterdir())
    listed = json.loads(temoin("list", "--json", env=_env(lib)).stdout)["recordings"]
    assert [r["id"] for r in listed] == [rec_dir.name]
    wav = rec_dir / "original.wav"
    kept, _ = sf.read(wav, dtype="int16")
    source, _ = sf.read(GRANTED, dtype="int16")
    assert 0 < len(kept) < len(source)
    assert (kept == source[: len(kept)]).all()
    bundle = tmp_path / "full.zip"
    exported = temoin(
        "export", rec_dir.name, "--out", str(bundle), "--listening", "none", env=_env(lib)
    )
    assert exported.returncode == 0, exported.stderr
    assert temoin("verify", str(bundle), env=_env(lib)).returncode == 0


@pytest.mark.slow
def test_recover_never_cuts_under_a_profile_other_than_the_one_the_call_was_judged_by(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "lib"
    assert _record(lib, "cut", "sidecar.written:kill").returncode == -signal.SIGKILL
    [rec_dir] = list((lib / "recordings").iterdir())
    sidecar_path = rec_dir / "recording.json"
    sidecar = json.loads(sidecar_path.read_text())
    sidecar["meta"]["profiles"][0]["content_hash"] = "0" * 64  # judged by another version
    sidecar_path.write_text(json.dumps(sidecar))
    done = temoin("recover", env=_env(lib))
    assert done.returncode == 0, done.stderr
    assert "changed since the call; nothing was deleted" in done.stdout
    assert sf.info(str(rec_dir / "original.wav")).frames == sf.info(str(GRANTED)).frames
