"""The WAV journal: playable at every moment, repairable after a crash, never deleting."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from hypothesis import given, settings
from hypothesis import strategies as st

from recorder.call import recover_library
from recorder.errors import BadInputError, UsageError
from recorder.events import parse_event_spec
from recorder.hashing import hash_pcm
from recorder.sidecar import Outcome
from recorder.wav import AudioFormat, pcm_bytes, wav_header
from recorder.wavjournal import (
    JOURNAL_NAME,
    LOCK_NAME,
    SIDECAR_NAME,
    WAV_NAME,
    Journal,
    WavWriter,
    WriteFailed,
    build_sidecar,
    discard_recording,
    is_locked,
    lock_recording,
    read_journal,
    recover,
    truncate_recording,
    write_sidecar,
)

HEADER_LINE = {
    "type": "header",
    "schema": 1,
    "app_version": "test",
    "source": {"kind": "file", "device": None, "input": "x.wav"},
    "started_utc": "2026-11-23T18:59:01.123Z",
    "started_local": "2026-11-23T19:59:01.123+01:00",
    "meta": {"counterpart": "Bank"},
}


def _noise(frames: int, channels: int, fmt: str) -> np.ndarray:
    rng = np.random.default_rng(7)
    if fmt == "int16":
        return rng.integers(-32768, 32767, (frames, channels), dtype=np.int16)
    if fmt == "int24":
        return (rng.integers(-(2**23), 2**23 - 1, (frames, channels)) << 8).astype(np.int32)
    return rng.uniform(-1, 1, (frames, channels)).astype(np.float32)


def _interrupted(
    library: Path, fmt: AudioFormat, block: np.ndarray, checkpoint_frames: int | None = None
) -> Path:
    """A recording as a kill -9 leaves it: data appended, header sizes stale, no end line."""
    rec_dir = library / "recordings" / "20261123-185901-abcdef"
    rec_dir.mkdir(parents=True)
    writer = WavWriter(rec_dir / WAV_NAME, fmt)
    journal = Journal(rec_dir / JOURNAL_NAME)
    journal.append(
        {
            **HEADER_LINE,
            "id": rec_dir.name,
            "sample_rate": fmt.sample_rate,
            "channels": fmt.channels,
            "sample_format": fmt.sample_format,
        }
    )
    data = pcm_bytes(block, fmt)
    writer.append(data)
    if checkpoint_frames is not None:
        journal.append(
            {
                "type": "checkpoint",
                "frames": checkpoint_frames,
                "pcm_sha256": hashlib.sha256(
                    bytes(data[: checkpoint_frames * fmt.block_align])
                ).hexdigest(),
                "utc": "2026-11-23T18:59:02.123Z",
            }
        )
    writer.close()
    journal.close()
    return rec_dir


@pytest.mark.parametrize(
    ("fmt", "header_bytes", "subtype"),
    [
        (AudioFormat(48000, 1, "int16"), 44, "PCM_16"),
        (AudioFormat(8000, 2, "int16"), 44, "PCM_16"),
        (AudioFormat(96000, 1, "float32"), 44, "FLOAT"),
        (AudioFormat(44100, 2, "int24"), 68, "PCM_24"),
        (AudioFormat(48000, 4, "int16"), 68, "PCM_16"),
    ],
)
def test_written_file_reads_back_exactly_in_every_format(
    tmp_path: Path, fmt: AudioFormat, header_bytes: int, subtype: str
) -> None:
    block = _noise(1001, fmt.channels, fmt.sample_format)
    writer = WavWriter(tmp_path / "a.wav", fmt)
    writer.append(pcm_bytes(block, fmt))
    writer.patch_sizes()
    writer.close()
    assert fmt.header_bytes == header_bytes
    info = sf.info(str(tmp_path / "a.wav"))
    assert (info.samplerate, info.channels, info.frames, info.subtype) == (
        fmt.sample_rate,
        fmt.channels,
        1001,
        subtype,
    )
    dtype = {"int16": "int16", "int24": "int32", "float32": "float32"}[fmt.sample_format]
    back, _ = sf.read(tmp_path / "a.wav", dtype=dtype, always_2d=True)
    np.testing.assert_array_equal(back, block)
    assert os.stat(tmp_path / "a.wav").st_mode & 0o777 == 0o600


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(-(2**23), 2**23 - 1), min_size=1, max_size=64))
def test_int24_packing_keeps_every_sample(samples: list[int]) -> None:
    block = (np.array(samples, dtype=np.int64) << 8).astype(np.int32).reshape(-1, 1)
    packed = bytes(pcm_bytes(block, AudioFormat(48000, 1, "int24")))
    assert len(packed) == 3 * len(samples)
    unpacked = [
        int.from_bytes(packed[i : i + 3], "little", signed=True) for i in range(0, len(packed), 3)
    ]
    assert unpacked == samples


def test_header_always_describes_what_was_written(tmp_path: Path) -> None:
    fmt = AudioFormat(48000, 1, "int16")
    writer = WavWriter(tmp_path / "a.wav", fmt)
    assert sf.info(str(tmp_path / "a.wav")).frames == 0  # playable before any audio
    writer.append(pcm_bytes(_noise(480, 1, "int16"), fmt))
    writer.patch_sizes()
    assert sf.info(str(tmp_path / "a.wav")).frames == 480
    assert (tmp_path / "a.wav").read_bytes()[:44] == wav_header(fmt, 960)
    writer.close()


@pytest.mark.parametrize(
    "fmt",
    [AudioFormat(48000, 1, "int16"), AudioFormat(44100, 2, "int24")],
    ids=["int16-mono", "int24-stereo"],
)
def test_append_stops_at_what_a_riff_header_can_describe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: AudioFormat
) -> None:
    import errno

    from recorder import wavjournal

    # A tiny "4 GiB": the RIFF size field may count the header (less 8) and 100 frames.
    limit = fmt.header_bytes - 8 + 100 * fmt.block_align + fmt.block_align - 1
    monkeypatch.setattr(wavjournal, "RIFF_SIZE_MAX", limit)
    block = _noise(60, fmt.channels, fmt.sample_format)
    writer = WavWriter(tmp_path / "a.wav", fmt)
    writer.append(pcm_bytes(block, fmt))
    with pytest.raises(WriteFailed) as raised:
        writer.append(pcm_bytes(block, fmt))
    assert raised.value.written == 40 * fmt.block_align  # whole frames only, up to the limit
    assert raised.value.error.errno == errno.EFBIG  # the disk-full path: a clean stop
    assert "4 GiB" in str(raised.value.error)
    assert writer.data_bytes == 100 * fmt.block_align
    with pytest.raises(WriteFailed) as raised:
        writer.append(pcm_bytes(block[:1], fmt))  # full: nothing more fits
    assert raised.value.written == 0
    writer.patch_sizes()
    writer.close()
    assert os.path.getsize(tmp_path / "a.wav") == fmt.header_bytes + 100 * fmt.block_align
    assert sf.info(str(tmp_path / "a.wav")).frames == 100


def test_recover_repairs_sizes_from_file_length_and_keeps_every_byte(tmp_path: Path) -> None:
    fmt = AudioFormat(48000, 1, "int16")
    block = _noise(48000, 1, "int16")
    rec_dir = _interrupted(tmp_path, fmt, block, checkpoint_frames=24000)
    with (rec_dir / WAV_NAME).open("ab") as fh:
        fh.write(b"\x01")  # half a frame: the process died mid-write
    size_before = (rec_dir / WAV_NAME).stat().st_size

    reports = recover(tmp_path)

    assert len(reports) == 1
    report = reports[0]
    assert (report.frames, report.bytes_dropped) == (48000, 1)
    assert "matches the last checkpoint" in report.note
    assert (rec_dir / WAV_NAME).stat().st_size == size_before  # nothing deleted
    back, rate = sf.read(rec_dir / WAV_NAME, dtype="int16", always_2d=True)
    assert rate == 48000
    np.testing.assert_array_equal(back, block)
    assert report.pcm_sha256 == hashlib.sha256(block.tobytes()).hexdigest()
    lines, torn = read_journal(rec_dir / JOURNAL_NAME)
    assert not torn
    assert lines[-1]["type"] == "recovered"
    assert lines[-1]["frames"] == 48000
    sidecar = json.loads((rec_dir / SIDECAR_NAME).read_text())
    assert sidecar["recovered"]["frames"] == 48000
    assert sidecar["audio"]["pcm_sha256"] == report.pcm_sha256
    assert sidecar["meta"] == {"counterpart": "Bank"}
    # Once is enough: nothing is repaired again. Indexing is the library's part of the
    # reconciler, and it journals it, so the next run has nothing left to say.
    assert recover(tmp_path) == []
    assert recover_library(tmp_path).indexed == [rec_dir.name]
    last = read_journal(rec_dir / JOURNAL_NAME)[0][-1]
    assert (last["type"], last["step"]) == ("done", "index")
    again = recover_library(tmp_path)
    assert (again.reports, again.indexed, again.notes) == ([], [], [])
    # Killed between the database commit and that journal line: the database says it
    # is indexed, so nothing is reported (not "recovered", not "added"), and the
    # missing line is written.
    journal = rec_dir / JOURNAL_NAME
    journal.write_bytes(b"".join(journal.read_bytes().splitlines(keepends=True)[:-1]))
    again = recover_library(tmp_path)
    assert (again.reports, again.indexed, again.notes) == ([], [], [])
    last = read_journal(journal)[0][-1]
    assert (last["type"], last["step"]) == ("done", "index")


def test_recover_survives_a_torn_journal_line(tmp_path: Path) -> None:
    fmt = AudioFormat(8000, 2, "int24")
    rec_dir = _interrupted(tmp_path, fmt, _noise(800, 2, "int24"))
    with (rec_dir / JOURNAL_NAME).open("ab") as fh:
        fh.write(b'{"type":"checkpoint","fra')
    [report] = recover(tmp_path)
    assert report.frames == 800
    assert "torn" in report.note
    lines, torn = read_journal(rec_dir / JOURNAL_NAME)
    assert torn  # the torn bytes are kept, on their own line
    assert lines[-1]["type"] == "recovered"
    assert sf.info(str(rec_dir / WAV_NAME)).frames == 800


def test_recover_leaves_a_live_recording_alone(tmp_path: Path) -> None:
    rec_dir = _interrupted(tmp_path, AudioFormat(48000, 1, "int16"), _noise(10, 1, "int16"))
    fd = os.open(rec_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert recover(tmp_path) == []
    finally:
        os.close(fd)
    assert len(recover(tmp_path)) == 1


def test_a_lock_left_by_a_killed_recorder_locks_nothing(tmp_path: Path) -> None:
    rec_dir = _interrupted(tmp_path, AudioFormat(48000, 1, "int16"), _noise(10, 1, "int16"))
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(rec_dir)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        assert is_locked(rec_dir)
        assert recover(tmp_path) == []
    finally:
        holder.kill()  # as kill -9 would: no release, the file stays
        holder.communicate(timeout=10)
    assert (rec_dir / LOCK_NAME).exists()
    assert not is_locked(rec_dir)
    assert len(recover(tmp_path)) == 1


def test_a_recording_starting_while_recover_tests_its_lock_waits_for_it(tmp_path: Path) -> None:
    """``is_locked`` holds the lock an instant to test it: the start must not fail then."""
    rec_dir = tmp_path / "rec"
    rec_dir.mkdir()
    tester = os.open(rec_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.flock(tester, fcntl.LOCK_EX)

    def let_go() -> None:
        time.sleep(0.1)
        os.close(tester)

    thread = threading.Thread(target=let_go)
    thread.start()
    try:
        fd = lock_recording(rec_dir)  # busy for 100 ms: retried, then taken
    finally:
        thread.join()
    try:
        assert is_locked(rec_dir)
    finally:
        os.close(fd)


def test_a_lock_held_for_good_fails_the_start_after_a_second(tmp_path: Path) -> None:
    from recorder.wavjournal import LOCK_RETRY_S

    rec_dir = tmp_path / "rec"
    rec_dir.mkdir()
    holder = os.open(rec_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.flock(holder, fcntl.LOCK_EX)
    lock_path = str(rec_dir / LOCK_NAME)

    def on_lock() -> int:  # this process's descriptors open on the lock file
        fds = Path("/proc/self/fd")
        return sum(1 for fd in fds.iterdir() if os.path.realpath(fd) == lock_path)

    try:
        t0 = time.monotonic()
        with pytest.raises(BlockingIOError):
            lock_recording(rec_dir)
        assert time.monotonic() - t0 >= LOCK_RETRY_S  # it waited the retry out
        assert on_lock() == 1  # the holder's only: the failed start closed its own
    finally:
        os.close(holder)


LOCK_HOLDER = """
import sys, time
from pathlib import Path
from recorder.wavjournal import lock_recording
lock_recording(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(60)
"""


def _finished(tmp_path: Path) -> tuple[Path, np.ndarray]:
    fmt = AudioFormat(8000, 1, "int16")
    block = _noise(8000, 1, "int16")
    rec_dir = _interrupted(tmp_path, fmt, block)
    lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    boundary = {
        "type": "event",
        "kind": "refused",
        "frame": 3000,
        "seconds": 0.375,
        "utc": "u",
        "local": "l",
        "text": None,
        "pcm_sha256_at": hashlib.sha256(block[:3000].tobytes()).hexdigest(),
    }
    lines.append(boundary)
    writer_fd = os.open(rec_dir / WAV_NAME, os.O_RDWR)
    os.pwrite(writer_fd, wav_header(fmt, 16000), 0)
    os.close(writer_fd)
    sidecar = build_sidecar(
        lines,
        frames=8000,
        pcm_sha256=hashlib.sha256(block.tobytes()).hexdigest(),
        file_hash="x",
        outcome=Outcome.COMPLETED,
        stopped=("u", "l"),
        counters={},
    )
    write_sidecar(rec_dir, sidecar)
    return rec_dir, block


def test_truncate_cuts_at_a_boundary_and_keeps_its_recorded_hash(tmp_path: Path) -> None:
    rec_dir, block = _finished(tmp_path)
    sidecar = truncate_recording(rec_dir, 3000, "refused")
    back, _ = sf.read(rec_dir / WAV_NAME, dtype="int16")
    np.testing.assert_array_equal(back, block[:3000, 0])
    assert sidecar.audio.frames == 3000
    assert sidecar.audio.pcm_sha256 == hashlib.sha256(block[:3000].tobytes()).hexdigest()
    assert sidecar.events[-1].kind == "truncated"
    assert json.loads((rec_dir / SIDECAR_NAME).read_text()) == sidecar.to_json()
    with pytest.raises(BadInputError):
        truncate_recording(rec_dir, 5000)


def test_discard_deletes_the_audio_but_keeps_the_trace(tmp_path: Path) -> None:
    rec_dir, _ = _finished(tmp_path)
    sidecar = discard_recording(rec_dir, "consent refused")
    assert not (rec_dir / WAV_NAME).exists()
    assert sidecar.outcome == "discarded"
    assert sidecar.audio.file is None
    lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    assert lines[-1] == {**lines[-1], "type": "done", "step": "discard"}
    assert lines[-2] == {**lines[-2], "type": "end", "outcome": "discarded"}
    assert lines[-3]["text"] == "consent refused"


def test_hash_pcm_snapshot_matches_prefix(tmp_path: Path) -> None:
    fmt = AudioFormat(48000, 1, "int16")
    block = _noise(5000, 1, "int16")
    writer = WavWriter(tmp_path / "a.wav", fmt)
    writer.append(pcm_bytes(block, fmt))
    writer.close()
    full, snap = hash_pcm(tmp_path / "a.wav", fmt, 5000, 1234)
    assert full == hashlib.sha256(block.tobytes()).hexdigest()
    assert snap == hashlib.sha256(block[:1234].tobytes()).hexdigest()


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("granted@6.5", ("granted", 6.5, None)),
        ("marker@12.5=ticket 4578", ("marker", 12.5, "ticket 4578")),
        ("marker@0=a=b", ("marker", 0.0, "a=b")),
    ],
)
def test_event_specs_parse(spec: str, expected: tuple[str, float, str | None]) -> None:
    parsed = parse_event_spec(spec)
    assert (parsed.kind, parsed.seconds, parsed.text) == expected


@pytest.mark.parametrize("spec", ["granted", "bogus@1", "granted@x", "granted@-1", "marker@nan"])
def test_bad_event_specs_are_usage_errors(spec: str) -> None:
    with pytest.raises(UsageError):
        parse_event_spec(spec)


def test_a_line_torn_by_a_full_disk_does_not_swallow_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(tmp_path / JOURNAL_NAME)
    journal.append({"type": "header"})
    real_write = os.write
    calls = []

    def half_then_full(fd: int, data: memoryview | bytes) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data)[:5])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(OSError, match="No space"):
        journal.append({"type": "checkpoint", "frames": 1})
    monkeypatch.setattr(os, "write", real_write)
    journal.append({"type": "end", "frames": 1})  # the disk has room again
    journal.close()
    lines, torn = read_journal(tmp_path / JOURNAL_NAME)
    assert torn  # the torn checkpoint is skipped...
    assert [line["type"] for line in lines] == ["header", "end"]  # ...the end line is whole
