"""The file source through the real pipeline: bit-exact, hashed, events at exact frames."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from recorder.capture import FileSource, Recorder, RecordingResult, State
from recorder.errors import AudioDeviceError, EnvironmentProblem
from recorder.events import StopCause
from recorder.sidecar import SIDECAR_NAME
from recorder.wavjournal import (
    JOURNAL_NAME,
    LOCK_NAME,
    is_locked,
    read_journal,
)
from tests.helpers.cli_run import ROOT, temoin
from tests.helpers.fake_source import FakeSource

FIXTURES = ROOT / "tests" / "fixtures"
READ_DTYPE = {"int16": "int16", "int24": "int32", "float32": "float32"}


def data_chunk(wav: Path) -> bytes:
    """The data chunk's bytes, found by walking the RIFF chunks (independent of recorder/)."""
    raw = wav.read_bytes()
    assert raw[:4] == b"RIFF"
    assert raw[8:12] == b"WAVE"
    pos = 12
    while pos + 8 <= len(raw):
        cid, size = raw[pos : pos + 4], struct.unpack("<I", raw[pos + 4 : pos + 8])[0]
        if cid == b"data":
            return raw[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size & 1)
    raise AssertionError("no data chunk")


def record_file(
    path: Path, library: Path, events: list[tuple[str, int, str | None]] = ()
) -> tuple[Recorder, RecordingResult]:
    rec = Recorder(FileSource(path), library, {"purpose": "test"})
    for kind, frame, text in events:
        rec.schedule_event(kind, frame, text)
    rec.start()
    assert rec.wait(60)
    return rec, rec.stop()


def _variant(tmp: Path, name: str, rate: int, channels: int, subtype: str, ext: str) -> Path:
    src, src_rate = sf.read(FIXTURES / "stereo_44k.wav", dtype="float64", always_2d=True)
    data = src[: src_rate * 2, :channels] * 0.9
    path = tmp / f"{name}.{ext}"
    sf.write(path, data, rate, subtype=subtype)
    return path


VARIANTS = {
    "int24_wav": (48000, 1, "PCM_24", "wav", "int24"),
    "float32_wav": (44100, 2, "FLOAT", "wav", "float32"),
    "flac16": (16000, 1, "PCM_16", "flac", "int16"),
    "flac24_stereo": (48000, 2, "PCM_24", "flac", "int24"),
    "rate96k": (96000, 2, "PCM_16", "wav", "int16"),
    "ulaw_8k": (8000, 1, "ULAW", "wav", "int16"),
}


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    tmp = tmp_path_factory.mktemp("variants")
    out = {}
    for name, (rate, ch, subtype, ext, fmt) in VARIANTS.items():
        out[name] = (_variant(tmp, name, rate, ch, subtype, ext), fmt)
    for fixture in sorted(FIXTURES.glob("*.wav")):
        out[fixture.stem] = (fixture, "int16")
    return out


@pytest.mark.parametrize(
    "name",
    [
        "consent_fr_granted",
        "consent_fr_refused",
        "consent_de_granted",
        "telephony_8k",
        "stereo_44k",
        *VARIANTS,
    ],
)
def test_every_format_round_trips_bit_exact_with_its_hash(
    name: str, variants: dict[str, tuple[Path, str]], tmp_path: Path
) -> None:
    path, sample_format = variants[name]
    _, result = record_file(path, tmp_path)

    info = sf.info(str(path))
    assert result.outcome == "completed"
    assert result.frames == info.frames
    assert result.sidecar["audio"]["sample_format"] == sample_format
    assert result.sidecar["audio"]["sample_rate"] == info.samplerate
    dtype = READ_DTYPE[sample_format]
    written, _ = sf.read(result.wav, dtype=dtype, always_2d=True)
    source, _ = sf.read(path, dtype=dtype, always_2d=True)
    np.testing.assert_array_equal(written, source)
    pcm = data_chunk(result.wav)
    assert (
        len(pcm)
        == info.frames * info.channels * {"int16": 2, "int24": 3, "float32": 4}[sample_format]
    )
    assert result.pcm_sha256 == hashlib.sha256(pcm).hexdigest()
    assert (
        result.sidecar["audio"]["file_sha256"]
        == hashlib.sha256(result.wav.read_bytes()).hexdigest()
    )
    sidecar = json.loads((result.dir / SIDECAR_NAME).read_text())
    assert sidecar == result.sidecar
    assert sidecar["source"]["kind"] == "file"
    assert sidecar["segments"] == [
        {"index": 0, "start_frame": 0, "frames": info.frames, "device": None}
    ]
    assert oct(result.dir.stat().st_mode & 0o777) == oct(0o700)


def test_events_land_at_exact_frames_with_the_hash_of_what_precedes(tmp_path: Path) -> None:
    path = FIXTURES / "consent_fr_granted.wav"
    frames = [0, 1, 12345, 299_999, 300_000, 478_705]
    events = [("marker", f, f"m{f}") for f in frames]
    _, result = record_file(path, tmp_path, events)
    pcm = data_chunk(result.wav)
    markers = [e for e in result.sidecar["events"] if e["kind"] == "marker"]
    assert [e["frame"] for e in markers] == frames
    for event in markers:
        assert event["pcm_sha256_at"] == hashlib.sha256(pcm[: event["frame"] * 2]).hexdigest()
        assert event["seconds"] == pytest.approx(event["frame"] / 48000, abs=1e-6)
    kinds = [e["kind"] for e in result.sidecar["events"]]
    assert (kinds[0], kinds[-1]) == ("start", "stop")
    lines, _ = read_journal(result.dir / JOURNAL_NAME)
    assert lines[0]["type"] == "header"
    end = next(line for line in reversed(lines) if line["type"] == "end")
    assert end["pcm_sha256"] == result.pcm_sha256
    # After the end line only the commit protocol's lines (recorder/commit.py) follow.
    assert {line["type"] for line in lines[lines.index(end) + 1 :]} <= {"intent", "done"}


def test_nothing_is_written_while_paused(tmp_path: Path) -> None:
    path = FIXTURES / "consent_fr_granted.wav"
    source, _ = sf.read(path, dtype="int16")
    events = [("paused", 48000, None), ("resumed", 96000, None), ("marker", 120000, "after")]
    _, result = record_file(path, tmp_path, events)
    written, _ = sf.read(result.wav, dtype="int16")
    np.testing.assert_array_equal(written, np.concatenate([source[:48000], source[96000:]]))
    assert result.sidecar["paused_frames"] == 48000
    by_kind = {e["kind"]: e["frame"] for e in result.sidecar["events"]}
    assert by_kind["paused"] == by_kind["resumed"] == 48000
    assert by_kind["marker"] == 120000 - 48000


def test_post_event_now_applies_at_the_current_frame(tmp_path: Path) -> None:
    rec = Recorder(FileSource(FIXTURES / "telephony_8k.wav", realtime=True), tmp_path, {})
    rec.start()
    first = rec.post_event("marker", "now")
    assert 0 <= first.frame <= 8000
    second = rec.post_event("announced")
    assert second.frame >= first.frame
    result = rec.stop()
    assert result.outcome == "stopped"
    pcm = data_chunk(result.wav)
    assert second.pcm_sha256_at == hashlib.sha256(pcm[: second.frame * 2]).hexdigest()


def test_cli_records_a_file_with_events_and_tags(tmp_path: Path) -> None:
    env = {**os.environ, "TEMOIN_HOME": str(tmp_path / "lib")}
    out = temoin(
        "record",
        "--input",
        str(FIXTURES / "consent_fr_granted.wav"),
        "--profile",
        "ch",
        "--counterpart",
        "Banque",
        "--purpose",
        "support",
        "--language",
        "fr",
        "--tag",
        "case=4578",
        "--event",
        "announced@0.3",
        "--event",
        "granted@6.237",
        "--event",
        "marker@8=ticket 4578",
        "--duration",
        "9",
        "--json",
        env=env,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["frames"] == 9 * 48000
    assert data["overflows"] == 0
    assert data["outcome"] == "completed"
    sidecar = json.loads((Path(data["dir"]) / SIDECAR_NAME).read_text())
    assert sidecar["meta"]["tags"] == {"case": "4578"}
    assert sidecar["meta"]["counterpart"] == "Banque"
    frames = {e["kind"]: (e["frame"], e["text"]) for e in sidecar["events"]}
    assert frames["granted"] == (round(6.237 * 48000), None)
    assert frames["marker"] == (8 * 48000, "ticket 4578")
    assert hashlib.sha256(data_chunk(Path(data["file"]))).hexdigest() == data["pcm_sha256"]

    human = temoin("record", "--input", str(FIXTURES / "telephony_8k.wav"), env=env)
    assert human.returncode == 0
    assert "SHA-256:" in human.stdout
    assert "overflows: 0" in human.stdout


def _broken_inputs(tmp: Path) -> dict[str, Path]:
    wav = (FIXTURES / "telephony_8k.wav").read_bytes()
    files = {
        "empty": (tmp / "empty.wav", b""),
        "truncated_header": (tmp / "truncated.wav", wav[:30]),
        "random_bytes": (tmp / "random.wav", np.random.default_rng(1).bytes(50_000)),
        "wrong_extension": (tmp / "call.mp3", wav),
        "text_named_wav": (tmp / "notes.wav", b"this is not audio\n" * 100),
        "header_only": (tmp / "header_only.wav", wav[:44]),
    }
    for path, data in files.values():
        path.write_bytes(data)
    out = {name: path for name, (path, _) in files.items()}
    out["missing"] = tmp / "missing.wav"
    out["directory"] = tmp
    return out


@pytest.mark.parametrize(
    "case",
    [
        "empty",
        "truncated_header",
        "random_bytes",
        "wrong_extension",
        "text_named_wav",
        "header_only",
        "missing",
        "directory",
    ],
)
def test_broken_inputs_exit_3_with_a_message_and_leave_nothing(case: str, tmp_path: Path) -> None:
    path = _broken_inputs(tmp_path)[case]
    lib = tmp_path / "lib"
    out = temoin("record", "--input", str(path), env={**os.environ, "TEMOIN_HOME": str(lib)})
    assert out.returncode == 3, out.stderr
    assert out.stderr.startswith("temoin: ")
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert not (lib / "recordings").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    env = {**os.environ, "TEMOIN_HOME": str(tmp_path / "lib")}
    wav = str(FIXTURES / "telephony_8k.wav")
    for args in (
        ["--input", wav, "--event", "granted@99"],
        ["--input", wav, "--event", "nonsense@1"],
        ["--input", wav, "--tag", "novalue"],
        ["--input", wav, "--duration", "0"],
    ):
        out = temoin("record", *args, env=env)
        assert out.returncode == 2, (args, out.stderr)
        assert "Traceback" not in out.stderr


def _limit_file_size(limit: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_disk_full_stops_cleanly_with_a_valid_file_exit_5(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    limit = 300_000
    env = {**os.environ, "TEMOIN_HOME": str(lib), "PYTHONDONTWRITEBYTECODE": "1"}
    out = temoin(
        *("record", "--json", "--input", str(FIXTURES / "consent_fr_granted.wav")),
        env=env,
        timeout=60,
        preexec_fn=lambda: _limit_file_size(limit),
    )
    assert out.returncode == 5, out.stderr
    assert "file size limit" in out.stderr
    assert "valid WAV" in out.stderr
    assert "Traceback" not in out.stderr
    data = json.loads(out.stdout)
    assert data["outcome"] == "disk_full"
    wav = Path(data["file"])
    expected_frames = (limit - 44) // 2
    assert sf.info(str(wav)).frames == expected_frames == data["frames"]
    source, _ = sf.read(FIXTURES / "consent_fr_granted.wav", dtype="int16")
    written, _ = sf.read(wav, dtype="int16")
    np.testing.assert_array_equal(written, source[:expected_frames])
    assert hashlib.sha256(data_chunk(wav)).hexdigest() == data["pcm_sha256"]
    sidecar = json.loads((wav.parent / SIDECAR_NAME).read_text())
    assert sidecar["outcome"] == "disk_full"
    assert any(e["kind"] == "disk_full" for e in sidecar["events"])
    assert not (wav.parent / LOCK_NAME).exists()  # a full disk still lets go of the folder


def test_the_wav_formats_4_gib_limit_stops_cleanly_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recorder import wavjournal

    # A 4 GiB recording without writing 4 GiB: the limit scaled down to 50,000 frames.
    monkeypatch.setattr(wavjournal, "RIFF_SIZE_MAX", 36 + 50_000 * 2)
    rec, result = record_file(FIXTURES / "consent_fr_granted.wav", tmp_path / "lib")
    assert result.outcome == "disk_full"
    assert result.frames == 50_000
    assert sf.info(str(result.wav)).frames == 50_000
    source, _ = sf.read(FIXTURES / "consent_fr_granted.wav", dtype="int16")
    written, _ = sf.read(result.wav, dtype="int16")
    np.testing.assert_array_equal(written, source[:50_000])
    assert hashlib.sha256(data_chunk(result.wav)).hexdigest() == result.pcm_sha256
    assert isinstance(result.problem, EnvironmentProblem)
    assert "4 GiB" in result.problem.message
    assert "disk is full" not in result.problem.message
    assert "valid WAV" in result.problem.message
    (event,) = [e for e in rec.events if e.kind == "disk_full"]
    assert "4 GiB" in (event.text or "")
    assert event.cause is StopCause.WAV_LIMIT


def test_a_flac_damaged_mid_file_is_bad_input_exit_3_not_a_lost_device(tmp_path: Path) -> None:
    source, rate = sf.read(FIXTURES / "consent_fr_granted.wav", dtype="int16")
    flac = tmp_path / "damaged call.flac"
    sf.write(flac, source, rate, format="FLAC")
    raw = bytearray(flac.read_bytes())
    mid = len(raw) // 2
    raw[mid : mid + 4000] = bytes(4000)  # a run of zeros inside the frames
    flac.write_bytes(bytes(raw))
    lib = tmp_path / "lib"
    out = temoin(
        "record", "--json", "--input", str(flac), env={**os.environ, "TEMOIN_HOME": str(lib)}
    )
    assert out.returncode == 3, out.stderr
    assert str(flac) in out.stderr
    assert "device" not in out.stderr
    assert "valid WAV" in out.stderr
    assert "Traceback" not in out.stderr
    data = json.loads(out.stdout)
    assert data["outcome"] == "input_error"
    wav = Path(data["file"])
    assert 0 < data["frames"] < len(source)
    written, _ = sf.read(wav, dtype="int16")
    np.testing.assert_array_equal(written, source[: data["frames"]])
    assert hashlib.sha256(data_chunk(wav)).hexdigest() == data["pcm_sha256"]
    sidecar = json.loads((wav.parent / SIDECAR_NAME).read_text())
    assert sidecar["outcome"] == "input_error"
    assert [e["kind"] for e in sidecar["events"]][-2:] == ["input_error", "stop"]
    ends = [line for line in read_journal(wav.parent / JOURNAL_NAME)[0] if line["type"] == "end"]
    assert ends[-1]["outcome"] == "input_error"


# What stop() does on a stalled device: it would hang, so the recorder must abort() it.
HANGS = "stop() would hang on a stalled device; abort() must be used"


def stalled_device(blocks: list[np.ndarray]) -> FakeSource:
    """A device that delivers a few blocks, then stops calling back (and hangs on stop)."""
    return FakeSource(blocks, label="USB headset", stop_error=AssertionError(HANGS))


def test_a_lost_device_continues_on_another_into_the_same_recording(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    first = [rng.integers(-3000, 3000, (160, 1), dtype=np.int16) for _ in range(10)]
    device = stalled_device(first)
    events: list[str] = []
    rec = Recorder(device, tmp_path, {}, on_event=lambda e: events.append(e.kind), watchdog_s=0.3)
    rec.start()
    assert rec.wait(10)
    assert rec.state is State.DEVICE_LOST
    assert isinstance(rec.problem, AudioDeviceError)
    assert sf.info(str(rec.wav_path)).frames == 1600  # finalized at the loss
    assert "device_lost" in events

    rec.switch_source(FileSource(FIXTURES / "telephony_8k.wav"))
    assert rec.wait(30)
    result = rec.stop()

    assert device.aborted
    assert result.outcome == "completed"
    second, _ = sf.read(FIXTURES / "telephony_8k.wav", dtype="int16")
    written, _ = sf.read(result.wav, dtype="int16")
    np.testing.assert_array_equal(written, np.concatenate([*(b[:, 0] for b in first), second]))
    assert result.sidecar["segments"] == [
        {"index": 0, "start_frame": 0, "frames": 1600, "device": "USB headset"},
        {"index": 1, "start_frame": 1600, "frames": len(second), "device": "telephony_8k.wav"},
    ]
    lost = next(e for e in result.sidecar["events"] if e["kind"] == "device_lost")
    assert lost["frame"] == 1600
    assert hashlib.sha256(data_chunk(result.wav)).hexdigest() == result.pcm_sha256


def busy_device(hangs_on_stop: bool = True) -> FakeSource:
    """Opens (the format fits) but cannot start: another program holds it exclusively.
    It offers a first block, then fails."""
    return FakeSource(
        [np.zeros((160, 1), dtype=np.int16)],
        label="Busy headset",
        start_error=AudioDeviceError("Could not start recording from 'Busy headset': device busy"),
        stop_error=AssertionError(HANGS) if hangs_on_stop else None,
    )


def test_a_device_that_cannot_start_changes_nothing(tmp_path: Path) -> None:
    rng = np.random.default_rng(4)
    first = [rng.integers(-3000, 3000, (160, 1), dtype=np.int16) for _ in range(5)]
    rec = Recorder(stalled_device(first), tmp_path, {}, watchdog_s=0.3)
    rec.start()
    assert rec.wait(10)
    assert rec.state is State.DEVICE_LOST

    busy = busy_device()
    with pytest.raises(AudioDeviceError, match="device busy"):
        rec.switch_source(busy)
    # Still lost, as before: no segment was opened for it, its block was not written.
    assert rec.state is State.DEVICE_LOST
    assert busy.aborted
    assert rec.frames_captured == 800

    # The next device works, in the same recording.
    rec.switch_source(FileSource(FIXTURES / "telephony_8k.wav"))
    assert rec.wait(30)
    result = rec.stop()
    second, _ = sf.read(FIXTURES / "telephony_8k.wav", dtype="int16")
    written, _ = sf.read(result.wav, dtype="int16")
    np.testing.assert_array_equal(written, np.concatenate([*(b[:, 0] for b in first), second]))
    assert [seg["device"] for seg in result.sidecar["segments"]] == [
        "USB headset",
        "telephony_8k.wav",
    ]
    kinds = [e["kind"] for e in result.sidecar["events"]]
    assert kinds.count("segment_start") == 1


def test_switching_to_a_device_that_cannot_start_keeps_recording_the_old_one(
    tmp_path: Path,
) -> None:
    source = FileSource(FIXTURES / "telephony_8k.wav", realtime=True)
    rec = Recorder(source, tmp_path, {})
    rec.start()
    with pytest.raises(AudioDeviceError):
        rec.switch_source(busy_device())
    assert rec.state is State.RECORDING
    assert rec.source is source
    assert rec.wait(30)  # the fixture plays to its end on the first device
    result = rec.stop()
    expected, _ = sf.read(FIXTURES / "telephony_8k.wav", dtype="int16")
    written, _ = sf.read(result.wav, dtype="int16")
    np.testing.assert_array_equal(written, expected)
    assert len(result.sidecar["segments"]) == 1


def test_queue_overflow_is_counted_and_logged_never_a_crash(tmp_path: Path) -> None:
    blocks = [np.full((160, 1), i, dtype=np.int16) for i in range(50)]
    rec = Recorder(stalled_device(blocks), tmp_path, {}, queue_blocks=8, watchdog_s=0.3)
    rec.start()  # 50 blocks offered at once into an 8-slot queue: most are dropped
    assert rec.wait(10)
    result = rec.stop()
    assert result.overflows > 0
    assert result.frames == (50 - result.overflows) * 160
    # Each dropped span is a gap event at its offset in the file, with its length.
    gaps = [e for e in result.sidecar["events"] if e["kind"] == "gap"]
    assert gaps
    dropped = sum(int(e["text"].split(" frames ")[0]) for e in gaps)
    assert dropped == result.overflows * 160
    assert all(e["frame"] % 160 == 0 and "queue was full" in e["text"] for e in gaps)
    assert result.sidecar["overflows"] == result.overflows


def test_the_recorder_holds_its_folder_until_the_call_is_released(tmp_path: Path) -> None:
    from recorder.call import recover_library

    rec = Recorder(FileSource(FIXTURES / "telephony_8k.wav"), tmp_path, {})
    rec.release()  # never started: nothing to let go of
    rec.start()
    with pytest.raises(RuntimeError, match="stop"):
        rec.release()  # while it records, letting go would hand a live call to recover
    assert rec.wait(30)
    result = rec.stop()
    assert is_locked(result.dir)  # stopped, not settled: cut and index are still to come
    done = recover_library(tmp_path)
    assert done.in_use == [result.id]
    assert (done.indexed, done.notes, done.reports) == ([], [], [])
    rec.release()
    rec.release()  # twice is fine
    assert not is_locked(result.dir)
    assert not (result.dir / LOCK_NAME).exists()
    assert recover_library(tmp_path).indexed == [result.id]  # now recover may settle it


def test_a_call_left_by_an_exception_or_a_lost_device_lets_go_of_its_folder(
    tmp_path: Path,
) -> None:
    block = np.zeros((160, 1), dtype=np.int16)
    rec = Recorder(stalled_device([block]), tmp_path, {}, watchdog_s=0.3)

    def call() -> None:
        with rec:
            rec.start()
            assert rec.wait(10)
            assert rec.state is State.DEVICE_LOST
            assert is_locked(rec.dir)  # lost, waiting for another device: still held
            raise KeyError("the caller fails here")

    with pytest.raises(KeyError):
        call()
    assert rec.state is State.STOPPED  # the with block stopped it, then released it
    assert not is_locked(rec.dir)
    sidecar = json.loads((rec.dir / SIDECAR_NAME).read_text())
    assert sidecar["outcome"] == "device_lost"

    # It never started: nothing to stop.
    busy = Recorder(busy_device(hangs_on_stop=False), tmp_path / "busy", {})
    with pytest.raises(AudioDeviceError):
        busy.start()  # it never got going: no caller will settle it, so it is released
    assert not is_locked(busy.dir)


def _first_checkpoint(rec: Recorder, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while '"checkpoint"' not in (rec.dir / JOURNAL_NAME).read_text(encoding="utf-8"):
        assert time.monotonic() < deadline, "no checkpoint: the audio is not flowing"
        time.sleep(0.02)


def test_a_folder_deleted_mid_call_stops_the_call_at_the_next_checkpoint(
    tmp_path: Path,
) -> None:
    rec = Recorder(FileSource(FIXTURES / "telephony_8k.wav", realtime=True), tmp_path / "lib", {})
    rec.start()
    _first_checkpoint(rec)
    lost = rec.dir
    shutil.rmtree(tmp_path / "lib")
    assert rec.wait(6)  # generous for a loaded machine; the fixture goes on 6 s longer
    assert rec.state is State.FAILED
    (failed,) = [e for e in rec.events if e.kind == "write_error"]
    assert failed.frame < sf.info(FIXTURES / "telephony_8k.wav").frames  # stopped early
    assert failed.text == "the recording folder was deleted or moved"
    assert failed.cause is StopCause.FOLDER_GONE
    result = rec.stop()
    rec.release()
    assert result.outcome == "write_error"
    assert result.dir == tmp_path / f"temoin-rescued-{result.id}"  # beside the library
    assert isinstance(result.problem, EnvironmentProblem)
    assert f"{lost} was deleted or moved during the call, so the call was stopped at" in (
        result.problem.message
    )
    source, _ = sf.read(FIXTURES / "telephony_8k.wav", dtype="int16")
    written, _ = sf.read(result.wav, dtype="int16")
    assert 0 < len(written) == failed.frame < len(source)
    np.testing.assert_array_equal(written, source[: len(written)])
    lines, _ = read_journal(result.dir / JOURNAL_NAME)
    kinds = [line.get("kind") for line in lines if line["type"] == "event"]
    assert kinds[-3:] == ["write_error", "stop", "rescued"]
    assert [line["outcome"] for line in lines if line["type"] == "end"] == ["write_error"]


def test_a_folder_made_read_only_mid_call_stops_it_with_a_typed_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import recorder.capture as capture

    rec = Recorder(FileSource(FIXTURES / "telephony_8k.wav", realtime=True), tmp_path / "lib", {})
    rec.start()
    _first_checkpoint(rec)
    real_access = os.access
    # The tests may run as root, for whom a chmod changes nothing: the folder says no instead.
    monkeypatch.setattr(
        capture.os,
        "access",
        lambda path, mode: False if Path(path) == rec.dir else real_access(path, mode),
    )
    assert rec.wait(6)
    monkeypatch.undo()
    (failed,) = [e for e in rec.events if e.kind == "write_error"]
    assert failed.text == "the recording folder became read-only or unwritable"
    assert failed.cause is StopCause.FOLDER_READ_ONLY
    assert "cause" not in failed.to_json()
    rec.stop()
    rec.release()


def test_a_full_disk_mid_call_is_told_from_the_wav_limit_by_its_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from recorder import wavjournal

    real_write = wavjournal.WavWriter._write_all
    calls = {"n": 0}

    def write_all(self: wavjournal.WavWriter, data: memoryview | bytes) -> int:
        calls["n"] += 1
        if calls["n"] > 3:  # a few blocks in: the disk fills up
            raise wavjournal.WriteFailed(0, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
        return real_write(self, data)

    monkeypatch.setattr(wavjournal.WavWriter, "_write_all", write_all)
    rec, result = record_file(FIXTURES / "consent_fr_granted.wav", tmp_path / "lib")
    assert result.outcome == "disk_full"
    (event,) = [e for e in rec.events if e.kind == "disk_full"]
    assert event.text == "the disk is full or the file size limit was reached"
    assert event.cause is StopCause.DISK_FULL
    assert "cause" not in event.to_json()
    rec.release()


def broken_source(stop_fails: bool) -> FakeSource:
    """A source with a bug: its start raises something that is not a TemoinError."""
    return FakeSource(
        [np.zeros((160, 1), dtype=np.int16)],
        label="Broken source",
        start_error=RuntimeError("a bug in the source"),
        stop_error=RuntimeError("and its stop fails too") if stop_fails else None,
    )


@pytest.mark.parametrize("stop_fails", [False, True], ids=["stops", "stop-fails-too"])
def test_a_source_whose_start_raises_any_error_leaves_no_writer_and_no_lock(
    tmp_path: Path, stop_fails: bool
) -> None:
    rec = Recorder(broken_source(stop_fails), tmp_path, {})
    with pytest.raises(RuntimeError, match="a bug in the source"):  # not its stop's error
        rec.start()
    writer, syncer = rec._writer, rec._syncer
    assert writer is not None
    assert syncer is not None
    assert not writer.is_alive()
    assert not syncer._thread.is_alive()
    assert not is_locked(rec.dir)
    assert not (rec.dir / LOCK_NAME).exists()
    if not stop_fails:
        assert rec.state is State.STOPPED  # finalized: recover only settles and indexes it
        sidecar = json.loads((rec.dir / SIDECAR_NAME).read_text())
        assert "RuntimeError: a bug in the source" in json.dumps(sidecar["events"])
