"""Faults of the machine around a call: full disk, lost device, odd rates, a busy or
damaged database, a read-only folder, an export killed half-way.

Existing cases this campaign does not repeat (tests/integration/): one RLIMIT_FSIZE
limit (test_capture_file.py::test_disk_full_stops_cleanly_with_a_valid_file_exit_5), a
killed or stalled audio server (test_capture_live.py::
test_lost_device_finalizes_the_file_and_exits_4), a second writer
(test_library.py::test_second_writer_gets_library_in_use), a smashed first page
(test_library.py::test_damaged_database_is_reported_and_reindex_rebuilds_it) and an export
interrupted in-process (test_bundle.py::
test_progress_reaches_one_and_an_interrupted_export_leaves_nothing).
"""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from recorder.capture import LiveSource, Recorder
from recorder.library import Library, LibraryDamaged, reindex
from tests.helpers.cli_run import ROOT, start_temoin, temoin
from tests.helpers.make_recording import consent_events, fixture_info, make_recording
from tests.helpers.small_disk import small_disk
from tests.helpers.virtual_audio import VirtualAudio

FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE = FIXTURES / "consent_fr_granted.wav"
SEED = 7


def _env(lib: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "TEMOIN_HOME": str(lib), "PYTHONDONTWRITEBYTECODE": "1", **extra}


def _audio_hashes(lib: Path) -> dict[str, str]:
    return {
        str(p.relative_to(lib)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(lib.glob("recordings/*/*"))
        if p.is_file() and p.name != "custody.jsonl"
    }


def _clean_failure(out: subprocess.CompletedProcess[str], code: int) -> None:
    assert out.returncode == code, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    assert out.stderr.startswith("temoin: "), out.stderr


def _listed(lib: Path) -> list[str]:
    out = temoin("list", "--json", env=_env(lib))
    assert out.returncode == 0, out.stderr
    return [r["id"] for r in json.loads(out.stdout)["recordings"]]


# --- disk full ---------------------------------------------------------------------------


def _limit(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _record_limited(lib: Path, limit: int) -> subprocess.CompletedProcess[str]:
    return temoin(
        "record",
        "--json",
        "--input",
        str(FIXTURE),
        env=_env(lib),
        timeout=60,
        preexec_fn=lambda: _limit(limit),
    )


LIMITS = [30, *sorted(random.Random(SEED).randrange(2_000, 950_000) for _ in range(5))]


@pytest.mark.parametrize("limit", LIMITS)
def test_disk_full_at_random_points_keeps_a_valid_prefix_and_a_consistent_library(
    limit: int, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    out = _record_limited(lib, limit)
    _clean_failure(out, 5)
    if limit < 44:  # not even the header fits: nothing was recorded, and it says so
        assert "Cannot create the recording" in out.stderr
        return
    assert "valid WAV" in out.stderr
    data = json.loads(out.stdout)
    wav = Path(data["file"])
    frames = (limit - 44) // 2
    assert sf.info(str(wav)).frames == frames == data["frames"]
    written, _ = sf.read(wav, dtype="int16")
    source, _ = sf.read(FIXTURE, dtype="int16")
    np.testing.assert_array_equal(written, source[:frames])
    assert hashlib.sha256(wav.read_bytes()[44:]).hexdigest() == data["pcm_sha256"]
    # Consistent: indexed now, or the output says how to index it, and reindex does.
    if data["call"]["index_problem"]:
        assert "recover --reindex" in data["call"]["index_problem"]
        assert temoin("recover", "--reindex", env=_env(lib)).returncode == 0
    assert _listed(lib) == [data["id"]]


def test_a_full_volume_stops_the_third_call_cleanly(tmp_path: Path) -> None:
    with small_disk(tmp_path / "vol", "2m") as vol:
        lib = vol / "lib"
        outs = [
            temoin("record", "--json", "--input", str(FIXTURE), env=_env(lib), timeout=60)
            for _ in range(3)
        ]
        codes = [o.returncode for o in outs]
        assert codes[0] == 0, outs[0].stderr
        assert 5 in codes, codes
        full = outs[codes.index(5)]
        _clean_failure(full, 5)
        assert "disk is full" in full.stderr
        data = json.loads(full.stdout)
        assert data["outcome"] == "disk_full"
        written, _ = sf.read(data["file"], dtype="int16")
        source, _ = sf.read(FIXTURE, dtype="int16")
        assert 0 < len(written) < len(source)
        np.testing.assert_array_equal(written, source[: len(written)])
        # The library still answers (read-only) on the full volume.
        out = temoin("list", "--json", env=_env(lib))
        assert out.returncode in (0, 5), out.stderr
        assert "Traceback" not in out.stderr


# --- the audio device ------------------------------------------------------------------


DEVICE_SWITCH = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from recorder.capture import LiveSource, Recorder
    rec = Recorder(LiveSource(), Path(sys.argv[1]), {}, watchdog_s=1.0)
    rec.start()
    print("started", flush=True)
    assert rec.wait(30)
    print("lost " + rec.state.value + " " + str(rec.frames_captured), flush=True)
    sys.stdin.readline()
    rec.switch_source(LiveSource())
    time.sleep(1.5)
    res = rec.stop()
    print(json.dumps({"outcome": res.outcome, "frames": res.frames, "wav": str(res.wav),
                      "segments": res.sidecar["segments"],
                      "events": [e["kind"] for e in res.sidecar["events"]]}), flush=True)
    """
)


@pytest.mark.audio
def test_device_lost_then_restored_continues_the_same_recording_as_a_new_segment(
    own_audio: VirtualAudio, tmp_path: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", DEVICE_SWITCH, str(tmp_path / "lib")],
        env=own_audio.env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "started"
        time.sleep(1.0)
        own_audio.kill_daemons()
        lost = child.stdout.readline().split()
        assert lost[:2] == ["lost", "device_lost"], lost
        own_audio.restart_server()
        child.stdin.write("go\n")
        child.stdin.flush()
        line = child.stdout.readline()
        child.wait(20)
    finally:
        child.kill()
        _, stderr = child.communicate(timeout=10)  # also closes the pipes
    assert line, stderr
    result = json.loads(line)
    events = result["events"]
    assert events.index("device_lost") < events.index("segment_start")
    segments = result["segments"]
    assert [s["index"] for s in segments] == [0, 1]
    assert segments[1]["start_frame"] == segments[0]["frames"] > 0
    assert segments[1]["frames"] > 0.5 * 48000  # the new device delivered audio
    assert sf.info(result["wav"]).frames == result["frames"]


@pytest.mark.audio
def test_a_rate_the_device_refuses_falls_back_and_says_so(
    virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    source = LiveSource(sample_rate=10_000_000)
    rec = Recorder(source, tmp_path, {}, stop_after_frames=4000)
    rec.start()
    assert rec.wait(10)
    result = rec.stop()
    assert source.notice is not None
    assert "refused 10000000 Hz" in source.notice
    start = result.sidecar["events"][0]
    assert start["kind"] == "start"
    assert source.notice in start["text"]
    assert result.sidecar["audio"]["sample_rate"] == source.format.sample_rate != 10_000_000


@pytest.mark.audio
@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--rate", "0"], 2, "--rate"),
        (["--rate", "-48000"], 2, "--rate"),
        (["--rate", "4000"], 2, "--rate"),
        (["--rate", "10000000"], 2, "--rate"),
        (["--channels", "0"], 2, "--channels"),
        (["--device", "99"], 4, "No usable input device"),
        (["--device", "no such microphone"], 4, "No usable input device"),
    ],
)
def test_unrecordable_device_settings_are_refused_before_any_file(
    virtual_audio: VirtualAudio, tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    lib = tmp_path / "lib"
    env = {**virtual_audio.env, "TEMOIN_HOME": str(lib)}
    cmd = ["record", "--duration", "0.3", *args]
    if "--device" not in args:
        cmd += ["--device", "default"]
    out = temoin(*cmd, env=env)
    _clean_failure(out, code)
    assert words in out.stderr
    assert not list(lib.glob("recordings/*"))


# --- the database ----------------------------------------------------------------------


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from recorder.library import Library
    lib = Library.open(Path(sys.argv[1]))
    print("holding", flush=True)
    time.sleep(60)
    """
)


def _library_with_one(tmp_path: Path) -> tuple[Path, str]:
    lib = tmp_path / "lib"
    info = fixture_info(FIXTURES, "telephony_8k.wav")
    rec = make_recording(lib, FIXTURES / "telephony_8k.wav", consent_events(info))
    with Library.open(lib) as db:
        return lib, db.import_recording(rec)


CALL_8K = FIXTURES / "telephony_8k.wav"


def test_a_library_held_by_another_process_delays_export_and_the_call_is_still_saved(
    tmp_path: Path,
) -> None:
    """Another writer holds the library: the export builds its bundle anyway (read-only) and
    waits to note it in the custody log; a new call waits for the library too, and is indexed
    the moment the other writer lets go."""
    lib, rec_id = _library_with_one(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lib)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    bundle_zip = tmp_path / "b.zip"
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        export = start_temoin("export", rec_id, "--out", str(bundle_zip), env=_env(lib))
        deadline = time.monotonic() + 60
        while not bundle_zip.exists():  # written under its final name: complete
            assert export.poll() is None, export.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)
        assert export.poll() is None  # still waiting for the library, for the custody line
        call = start_temoin("record", "--json", "--input", str(CALL_8K), env=_env(lib))
        deadline = time.monotonic() + 60
        while not list(lib.glob("recordings/*/recording.json"))[1:]:  # the new call stopped
            assert call.poll() is None, call.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)
        assert call.poll() is None  # waiting for the library to index the call
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    stdout, stderr = call.communicate(timeout=60)
    assert call.returncode == 0, stderr
    data = json.loads(stdout)
    assert data["call"]["indexed"] is True
    assert sf.info(data["file"]).frames == data["frames"] > 0
    assert sorted(_listed(lib)) == sorted([rec_id, data["id"]])
    _, stderr = export.communicate(timeout=60)
    assert export.returncode == 0, stderr
    assert temoin("verify", str(bundle_zip), env=_env(lib)).returncode == 0
    custody = json.loads(temoin("show", rec_id, "--json", env=_env(lib)).stdout)["custody"]
    assert "exported" in [c["action"] for c in custody]
    assert temoin("recover", "--reindex", env=_env(lib)).returncode == 0
    assert sorted(_listed(lib)) == sorted([rec_id, data["id"]])


def test_an_export_that_cannot_note_itself_says_the_bundle_is_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library stays held past the wait: the bundle stands, the error says so."""
    from recorder import exporting
    from recorder.errors import EnvironmentProblem
    from recorder.library import LibraryInUse

    lib, rec_id = _library_with_one(tmp_path)
    monkeypatch.setattr(exporting, "LOCK_WAIT_S", 0.3)

    def held() -> Any:
        raise LibraryInUse("The library is in use by another Témoin process.")

    with pytest.raises(EnvironmentProblem, match="is written and complete") as caught:
        exporting.export_bundle(lib, rec_id, tmp_path / "b.zip", writer=held)
    assert "custody log" in caught.value.message
    assert temoin("verify", str(tmp_path / "b.zip"), env=_env(lib)).returncode == 0


def _damage(db: Path, how: str, rng: random.Random) -> None:
    data = db.read_bytes()
    if how.startswith("truncate"):
        keep = {"truncate-0": 0, "truncate-50": 50, "truncate-100": 100}.get(how, len(data) // 2)
        db.write_bytes(data[:keep])
    elif how == "random-bytes":
        db.write_bytes(rng.randbytes(len(data)))
    elif how == "header-zeroed":
        db.write_bytes(b"\0" * 100 + data[100:])
    else:  # scribble inside the pages after the first
        buf = bytearray(data)
        for _ in range(64):
            pos = rng.randrange(4096, len(buf))
            buf[pos] = rng.randrange(256)
        db.write_bytes(bytes(buf))


DAMAGE = ["truncate-0", "truncate-50", "truncate-100", "truncate-half", "random-bytes",
          "header-zeroed"]  # fmt: skip


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_database_is_reported_and_rebuilt_without_touching_audio(
    how: str, tmp_path: Path
) -> None:
    lib, rec_id = _library_with_one(tmp_path)
    before = _audio_hashes(lib)
    db = lib / "library.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    _damage(db, how, random.Random(how))
    with pytest.raises(LibraryDamaged, match="recover --reindex"):
        Library.open(lib, readonly=True)
    if how in ("truncate-0", "random-bytes"):  # and through the command line
        out = temoin("list", env=_env(lib))
        _clean_failure(out, 5)
        assert "damaged" in out.stderr
    report = reindex(lib)
    assert report.indexed == [rec_id]
    assert _audio_hashes(lib) == before
    with Library.open(lib, readonly=True) as db_:
        assert [r["id"] for r in db_.list()] == [rec_id]


# --- a read-only library -----------------------------------------------------------------


def _as_nobody() -> list[str]:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run a command as an unprivileged user")
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.mark.parametrize("mode", ["chmod-0500", "owned-by-another-user"])
def test_a_read_only_library_gives_a_clear_error_and_touches_nothing(mode: str) -> None:
    prefix = _as_nobody()
    nobody = pwd.getpwnam("nobody")
    base = Path(tempfile.mkdtemp(prefix="temoin-ro-"))
    try:
        os.chmod(base, 0o755)  # noqa: S103 - nobody must reach it
        lib, rec_id = _library_with_one(base)
        for sub in ("config", "logs"):
            (base / sub).mkdir(mode=0o700)
            os.chown(base / sub, nobody.pw_uid, nobody.pw_gid)
        if mode == "chmod-0500":  # the user's own library, made read-only by the user
            for p in [lib, *lib.rglob("*")]:
                os.chown(p, nobody.pw_uid, nobody.pw_gid)
            for p in [lib, *(d for d in lib.rglob("*") if d.is_dir())]:
                os.chmod(p, 0o500)
        else:  # someone else's library: readable, not writable
            for p in [lib, *(d for d in lib.rglob("*") if d.is_dir())]:
                os.chmod(p, 0o755)  # noqa: S103 - readable by nobody, not writable
            for p in (f for f in lib.rglob("*") if f.is_file()):
                os.chmod(p, 0o644)
        before = _audio_hashes(lib)
        env = {
            **_env(lib),
            "TEMOIN_CONFIG": str(base / "config"),
            "TEMOIN_LOG_DIR": str(base / "logs"),
            "HOME": str(base),
        }
        for args in (
            ["record", "--input", str(FIXTURES / "telephony_8k.wav")],
            ["tag", rec_id, "case=1"],
        ):
            out = temoin(*args, env=env, timeout=60, prefix=prefix)
            _clean_failure(out, 5)
            print(mode, args[0], out.stderr.strip())
            assert "internal error" not in out.stderr
            assert "damaged" not in out.stderr
            assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert _audio_hashes(lib) == before
        assert len(list((lib / "recordings").iterdir())) == 1
    finally:
        for p in [base, *base.rglob("*")]:
            if p.is_dir():
                os.chmod(p, 0o700)
        shutil.rmtree(base, ignore_errors=True)


# --- an export killed half-way -----------------------------------------------------------


# Moments after the export opened its temp bundle (it seals ~0.7 s later here).
EXPORT_KILLS = [round(random.Random(SEED).uniform(0.0, 0.6), 3)] + [
    round(d, 3) for d in random.Random(SEED + 1).sample([0.05, 0.15, 0.25, 0.35, 0.45, 0.55], 4)
]


def test_an_export_killed_at_random_moments_leaves_no_bundle_under_its_name(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "lib"
    info = fixture_info(FIXTURES, "consent_fr_granted.wav")
    rec = make_recording(lib, FIXTURE, consent_events(info))
    with Library.open(lib) as db:
        rec_id = db.import_recording(rec)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    killed = 0
    for delay in EXPORT_KILLS:
        target = out_dir / "evidence.zip"
        proc = start_temoin("export", rec_id, "--out", str(target), env=_env(lib), quiet=True)
        deadline = time.monotonic() + 20
        while proc.poll() is None and not any(".partial-" in p.name for p in out_dir.iterdir()):
            assert time.monotonic() < deadline
            time.sleep(0.002)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(10)
        if proc.returncode != -signal.SIGKILL:
            assert proc.returncode == 0  # finished before the kill
        if target.exists():  # only ever a whole bundle (renamed into place when sealed)
            out = temoin("verify", str(target))
            assert out.returncode == 0, f"killed after {delay} s: {out.stdout}"
            target.unlink()
        for leftover in out_dir.iterdir():
            assert leftover.name.startswith((".evidence.zip.partial-", ".temoin-export-")), leftover
    assert killed >= 3, "the export finished before most kills: move the moments earlier"
    # The killed exports' hidden copies of the audio do not linger: the next export in that
    # folder removes them, and leaves alone what only looks like them.
    leftovers = sorted(p.name for p in out_dir.iterdir())
    assert leftovers, "the kills left nothing behind: nothing to sweep"
    mine = out_dir / ".notes.partial-draft"
    mine.write_text("the user's own file")
    live = out_dir / f".other.zip.partial-{os.getpid()}"  # a running export's (this process)
    live.write_text("in progress")
    out = temoin("export", rec_id, "--out", str(out_dir / "again.zip"), env=_env(lib))
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        ["again.zip", mine.name, live.name]
    ), leftovers
