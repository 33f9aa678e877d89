"""The WAV journal: a recording that is a playable file at every moment, and its log.

``original.wav`` gets every block with a plain ``os.write`` as soon as the
writer has it (no user-space buffer), so a killed process loses nothing the
writer had dequeued: the data is in the page cache and the kernel writes it
out. Its RIFF/data sizes are patched and the file fdatasync'd about once a
second, then a checkpoint line is appended to ``journal.jsonl`` and fsync'd,
so a power cut loses at most about that second and a checkpoint never claims
frames that were not synced. The syncs run on a thread of their own (see
``recorder.capture``): a slow disk delays durability, never the audio.
``recover`` repairs the sizes of an interrupted recording from the file length
and never deletes anything (CONTRACTS.md 1).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from recorder import __version__, commit
from recorder.commit import fault_point
from recorder.errors import BadInputError, CheckFailed, EnvironmentProblem, TemoinError
from recorder.events import Event
from recorder.hashing import EMPTY_SHA256, file_sha256, hash_pcm
from recorder.integrity import HASHED_AT_RECOVERY, HASHED_WHILE_RECORDING
from recorder.locks import is_held, take_lock
from recorder.paths import fsync_dir, open_private, write_private_text
from recorder.sidecar import (
    SCHEMA,
    SIDECAR_NAME,
    AudioInfo,
    Outcome,
    Segment,
    Sidecar,
    SourceInfo,
    tracks_of_source,
)
from recorder.timefmt import local_of_utc, stamp
from recorder.wav import RIFF_SIZE_MAX, WAV_LIMIT, AudioFormat, wav_header

WAV_NAME = "original.wav"
JOURNAL_NAME = "journal.jsonl"
LOCK_NAME = ".recording.lock"


class WriteFailed(Exception):
    """A write stopped part-way: ``written`` bytes of the block reached the file."""

    def __init__(self, written: int, error: OSError) -> None:
        super().__init__(str(error))
        self.written = written
        self.error = error


class WavWriter:
    """Owns ``original.wav``: append PCM, patch the sizes, sync."""

    def __init__(self, path: Path, fmt: AudioFormat) -> None:
        self.path = path
        self.fmt = fmt
        self.data_bytes = 0
        self._fd = open_private(path, os.O_RDWR | os.O_CREAT | os.O_EXCL)
        try:
            self._write_all(wav_header(fmt, 0))
            os.fsync(self._fd)
        except WriteFailed as failed:
            os.close(self._fd)
            raise failed.error from None  # callers handle OSError (disk full before any audio)
        except BaseException:
            os.close(self._fd)
            raise

    def _write_all(self, data: memoryview | bytes) -> int:
        view = memoryview(data)
        done = 0
        while done < len(view):
            try:
                n = os.write(self._fd, view[done:])
            except OSError as exc:
                raise WriteFailed(done, exc) from exc
            if n == 0:
                raise WriteFailed(done, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
            done += n
        return done

    def append(self, data: memoryview) -> None:
        """Write a block now; on failure ``data_bytes`` counts only whole frames written.

        A block that would grow the data past what the RIFF header can describe is
        written up to the last whole frame that fits, then refused with ``EFBIG``.
        """
        room = RIFF_SIZE_MAX - (self.fmt.header_bytes - 8) - self.data_bytes
        if len(data) > room:
            fits = max(0, room - room % self.fmt.block_align)
            if fits:
                self.append(memoryview(data)[:fits])
            raise WriteFailed(fits, OSError(errno.EFBIG, WAV_LIMIT))
        try:
            self._write_all(data)
        except WriteFailed as failed:
            whole = failed.written - failed.written % self.fmt.block_align
            self.data_bytes += whole
            failed.written = whole
            raise
        self.data_bytes += len(data)

    def patch_sizes(self, sync: bool = True, data_bytes: int | None = None) -> None:
        """Make the header describe the whole frames written so far (or ``data_bytes``).

        ``data_bytes`` is a snapshot the sync thread took: positional writes leave the
        writer's appends alone, and the header never claims more than was written.
        """
        header = wav_header(self.fmt, self.data_bytes if data_bytes is None else data_bytes)
        os.pwrite(self._fd, header[4:8], 4)
        os.pwrite(self._fd, header[-4:], self.fmt.header_bytes - 4)
        if sync:
            os.fdatasync(self._fd)

    def trim_partial(self) -> None:
        """After a failed write: drop a partial trailing frame so the file length is exact."""
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, self.fmt.header_bytes + self.data_bytes)

    def close(self) -> None:
        os.close(self._fd)


class Journal:
    """``journal.jsonl``: append-only, one JSON object per line, fsync'd on demand.

    Two threads append while recording (the writer its events, the sync thread its
    checkpoints): a lock keeps each line whole; the fsync is outside it, so a slow
    disk never holds the writer.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = open_private(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        self._lock = threading.Lock()
        self._torn = False  # a write failed mid-line (disk full): start the next one afresh

    def append(self, obj: dict[str, Any], sync: bool = True) -> None:
        line = (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        self.append_bytes(line, sync)

    def append_bytes(self, line: bytes, sync: bool = True) -> None:
        with self._lock:
            # Glued to a torn line, the end line would be unreadable once the disk has room
            # again, and the call would pass for interrupted.
            data = b"\n" + line if self._torn else line
            view = memoryview(data)
            try:
                while view:
                    view = view[os.write(self._fd, view) :]
            except OSError:
                self._torn = self._torn or len(view) < len(data)
                raise
            self._torn = False
        if sync:
            self.sync()

    def sync(self) -> None:
        """Make every line appended so far durable."""
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)


def new_recording_id(now: float | None = None) -> str:
    """``YYYYMMDD-HHMMSS-`` (UTC start) + 6 random hex: sortable and safe as a file name."""
    t = time.gmtime(time.time() if now is None else now)
    return time.strftime("%Y%m%d-%H%M%S-", t) + os.urandom(3).hex()


LOCK_RETRY_S = 1.0  # how long a new recording waits out a lock held by someone else
LOCK_RETRY_STEP_S = 0.02


def lock_recording(rec_dir: Path) -> int:
    """Lock a new recording's folder so ``recover`` leaves it alone.

    The recording process holds it from the first byte until the call is settled (the
    consent decision carried out, and for the CLI the call indexed: ``Recorder.release``).
    A process that dies lets go of it with its descriptors, and the file left behind
    locks nothing. ``is_locked`` takes the lock for an instant to test it, so a busy lock
    is retried for up to ``LOCK_RETRY_S`` before the start fails.
    """
    fd = take_lock(rec_dir / LOCK_NAME, LOCK_RETRY_S, LOCK_RETRY_STEP_S)
    if fd is None:
        raise BlockingIOError(errno.EAGAIN, f"{rec_dir / LOCK_NAME} is locked by another process")
    return fd


def is_locked(rec_dir: Path) -> bool:
    """A recording process holds this folder, capturing or settling it (``recover`` must
    leave it alone); a lock file left by a process that died locks nothing."""
    return is_held(rec_dir / LOCK_NAME)


def read_journal(path: Path) -> tuple[list[dict[str, Any]], bool]:
    """The journal's lines, and whether a torn last line (a crash mid-write) was skipped."""
    lines: list[dict[str, Any]] = []
    torn = False
    with path.open("rb") as fh:
        for raw in fh:
            try:
                obj = json.loads(raw)
            except ValueError:
                torn = True
                continue
            if isinstance(obj, dict):
                lines.append(obj)
    return lines, torn


def format_of(header: dict[str, Any]) -> AudioFormat:
    return AudioFormat(int(header["sample_rate"]), int(header["channels"]), header["sample_format"])


def build_sidecar(
    lines: list[dict[str, Any]],
    *,
    frames: int,
    pcm_sha256: str,
    file_hash: str | None,
    outcome: Outcome,
    stopped: tuple[str, str],
    counters: dict[str, int],
    recovered: dict[str, Any] | None = None,
    audio_file: str | None = WAV_NAME,
) -> Sidecar:
    """``recording.json`` (schema 1) from the journal: one derivation for stop and recover."""
    header = lines[0]
    fmt = format_of(header)
    events = [
        Event.from_json({k: v for k, v in line.items() if k != "type"})
        for line in lines
        if line["type"] == "event"
    ]
    source = header.get("source") or {}
    device = source.get("device") or {}
    starts: list[tuple[int, str | None]] = [(0, device.get("name"))]
    for ev in events:
        if ev.kind == "segment_start" and ev.frame <= frames:
            starts.append((ev.frame, ev.text))
    segments = []
    for i, (start, name) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else frames
        segments.append(Segment(i, start, end - start, name))
    return Sidecar(
        schema=SCHEMA,
        id=header["id"],
        app_version=header.get("app_version", __version__),
        audio=AudioInfo(
            file=audio_file,
            sample_rate=fmt.sample_rate,
            channels=fmt.channels,
            sample_format=fmt.sample_format,
            frames=frames,
            duration_s=round(frames / fmt.sample_rate, 6),
            pcm_sha256=pcm_sha256,
            file_sha256=file_hash,
            header_bytes=fmt.header_bytes,
        ),
        source=SourceInfo(source.get("kind"), source.get("device"), source.get("input")),
        started_utc=header["started_utc"],
        started_local=header["started_local"],
        stopped_utc=stopped[0],
        stopped_local=stopped[1],
        segments=tuple(segments),
        events=tuple(events),
        overflows=int(counters.get("overflows", 0)),
        underflows=int(counters.get("underflows", 0)),
        paused_frames=int(counters.get("paused_frames", 0)),
        outcome=outcome,
        recovered=recovered,
        meta=header.get("meta", {}),
        tracks=tracks_of_source(source, fmt.channels),
    )


def write_sidecar(rec_dir: Path, sidecar: Sidecar) -> None:
    write_private_text(rec_dir / SIDECAR_NAME, sidecar.dumps())


def _last_counters(lines: list[dict[str, Any]]) -> dict[str, int]:
    for line in reversed(lines):
        if line["type"] in {"checkpoint", "end"}:
            return {k: int(line.get(k, 0)) for k in ("overflows", "underflows", "paused_frames")}
    return {}


# --- recovery ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryReport:
    id: str
    dir: Path
    frames: int
    duration_s: float
    bytes_dropped: int
    pcm_sha256: str | None
    note: str
    problem: str | None = None  # set when the repair could not be finished now (disk full...)
    check_failed: bool = False  # the problem is the audio's, not the disk's (exit 1, not 5)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["dir"] = str(self.dir)
        return data


def _recording_dirs(library: Path) -> Iterator[Path]:
    """Every recording folder with a journal that no live recording holds."""
    root = library / "recordings"
    if not root.is_dir():
        return
    for rec_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if (rec_dir / JOURNAL_NAME).is_file() and not is_locked(rec_dir):
            yield rec_dir


def _needs_recovery(rec_dir: Path, lines: list[dict[str, Any]]) -> bool:
    """The capture itself was interrupted, or its ``recording.json`` never got written."""
    kinds = {line.get("type") for line in lines}
    has_sidecar = (rec_dir / SIDECAR_NAME).is_file()
    if commit.pending(lines, "recover") is not None:
        return True  # a recovery that a crash or a full disk stopped half-way
    if "end" in kinds:
        return not has_sidecar
    # No end line (a crash mid-call): recovered once its recording.json exists.
    return "recovered" not in kinds or not has_sidecar


def _interrupted(library: Path) -> Iterator[Path]:
    for rec_dir in _recording_dirs(library):
        lines, _ = read_journal(rec_dir / JOURNAL_NAME)
        if _needs_recovery(rec_dir, lines):
            yield rec_dir


def recover(library: Path) -> list[RecoveryReport]:
    """Reconcile every recording folder: finish what a crash, a kill or a full disk stopped.

    For each folder not being recorded it compares the journal, the WAV and
    ``recording.json``: it repairs an interrupted capture, completes an interrupted
    cut or discard (journaled intent), rewrites a ``recording.json`` that disagrees
    with the journal, and reports a folder the library has not indexed since. It
    deletes audio only to finish a cut or discard the consent rules had decided.
    """
    reports = []
    for rec_dir in _recording_dirs(library):
        try:
            report = reconcile(rec_dir)
        except (OSError, TemoinError) as exc:
            # One folder that cannot be finished (a full disk, a cut whose audio fails its
            # hash) must not keep every other folder from being reconciled.
            why = exc.message if isinstance(exc, TemoinError) else (exc.strerror or str(exc))
            if isinstance(exc, CheckFailed):
                reports.append(
                    RecoveryReport(
                        rec_dir.name,
                        rec_dir,
                        0,
                        0.0,
                        0,
                        None,
                        f"left as it is: {why} Nothing was deleted.",
                        problem=why,
                        check_failed=True,
                    )
                )
                continue
            report = RecoveryReport(
                rec_dir.name,
                rec_dir,
                0,
                0.0,
                0,
                None,
                f"could not be repaired now ({why}); nothing was deleted. Run "
                "`temoin recover` again once the disk has room or the folder is writable.",
                problem=why,
            )
        if report is not None:
            reports.append(report)
    return reports


def reconcile(rec_dir: Path) -> RecoveryReport | None:
    """Bring one folder to a consistent, finished state; ``None`` when it already was."""
    lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    report: RecoveryReport | None = None
    damaged = _set_aside_damaged_sidecar(rec_dir, lines)
    if _needs_recovery(rec_dir, lines):
        report = recover_one(rec_dir, damaged)
        lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    if not lines or lines[0].get("type") != "header":
        return report
    notes: list[str] = []
    cut = commit.pending(lines, "cut")
    if cut is not None:
        notes.append(_finish_cut(rec_dir, cut))
        lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    gone = commit.pending(lines, "discard")
    if gone is not None:
        notes.append(_finish_discard(rec_dir, gone))
        lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    fixed = _check_sidecar(rec_dir, lines)
    if fixed:
        notes.append(fixed)
    lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    if report is not None:
        if notes:
            report = RecoveryReport(
                report.id,
                report.dir,
                report.frames,
                report.duration_s,
                report.bytes_dropped,
                report.pcm_sha256,
                report.note + "; " + "; ".join(notes),
            )
        return report
    if not notes:
        return None  # whole; whether the library holds it is the database's to say
    audio = Sidecar.read(rec_dir).audio
    return RecoveryReport(
        rec_dir.name, rec_dir, audio.frames, audio.duration_s, 0, audio.pcm_sha256, "; ".join(notes)
    )


def _set_aside_damaged_sidecar(rec_dir: Path, lines: list[dict[str, Any]]) -> str | None:
    """A ``recording.json`` that no longer reads (hand-edited, a bad sector) is kept beside
    under another name and rebuilt from the journal, like a missing one; None if it reads.

    Without a journal header there is nothing to rebuild it from, so it stays where it is.
    """
    path = rec_dir / SIDECAR_NAME
    if not path.is_file() or not lines or lines[0].get("type") != "header":
        return None
    try:
        Sidecar.read(rec_dir, advise=False)
    except BadInputError as exc:
        why = exc.message
    else:
        return None
    kept = path.with_name(f"{SIDECAR_NAME}.damaged")
    n = 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{SIDECAR_NAME}.damaged-{n}")
    os.replace(path, kept)
    fsync_dir(rec_dir)
    return f"{SIDECAR_NAME} could not be read ({why}); it was kept as {kept.name} and rebuilt"


def journal_state(lines: list[dict[str, Any]]) -> tuple[int, str, bool] | None:
    """Frames, PCM hash and whether audio should exist, as the journal says (or ``None``)."""
    state: tuple[int, str, bool] | None = None
    for line in lines:
        kind = line.get("type")
        if kind == "end":
            state = (int(line["frames"]), str(line["pcm_sha256"]), line["outcome"] != "discarded")
        elif kind == "recovered" and line.get("pcm_sha256"):
            state = (int(line["frames"]), str(line["pcm_sha256"]), True)
        elif kind == "event" and line.get("kind") == "truncated" and state is not None:
            state = (int(line["frame"]), str(line["pcm_sha256_at"]), state[2])
    return state


def _check_sidecar(rec_dir: Path, lines: list[dict[str, Any]]) -> str | None:
    """Rewrite ``recording.json`` when it disagrees with the journal and the WAV."""
    path = rec_dir / SIDECAR_NAME
    wav = rec_dir / WAV_NAME
    state = journal_state(lines)
    if state is None or not path.is_file() or not wav.is_file():
        return None  # no audio left (deleted on purpose): nothing to compare
    frames, pcm_hash, _ = state
    fmt = format_of(lines[0])
    size = wav.stat().st_size
    if not 0 <= size - (fmt.header_bytes + frames * fmt.block_align) < fmt.block_align:
        return (
            f"WARNING: {WAV_NAME} holds {(size - fmt.header_bytes) // fmt.block_align} frames "
            f"but the journal says {frames}; nothing was changed"
        )
    sidecar = Sidecar.read(rec_dir)
    audio = sidecar.audio
    if audio.frames == frames and audio.pcm_sha256 == pcm_hash:
        if commit.pending(lines, "sidecar") is not None:
            commit.done(rec_dir, "sidecar")
        return None
    commit.intent(rec_dir, "sidecar", frames=frames)
    new = build_sidecar(
        lines,
        frames=frames,
        pcm_sha256=pcm_hash,
        file_hash=file_sha256(wav),
        outcome=sidecar.outcome,
        stopped=(sidecar.stopped_utc, sidecar.stopped_local),
        counters=sidecar.counters(),
        recovered=_recovered(sidecar),
    )
    write_sidecar(rec_dir, new)
    commit.done(rec_dir, "sidecar", frames=frames)
    return (
        f"{SIDECAR_NAME} said {audio.frames} frames; it was rewritten from the journal "
        f"({frames} frames, {frames / fmt.sample_rate:.3f} s)"
    )


def recover_one(rec_dir: Path, damaged: str | None = None) -> RecoveryReport:
    """Rebuild one folder's ``recording.json`` (and repair its WAV) from the journal;
    ``damaged`` says why an unreadable one was set aside first."""
    journal_path = rec_dir / JOURNAL_NAME
    lines, torn = read_journal(journal_path)
    now = stamp(time.time())
    rec_id = rec_dir.name
    if not lines or lines[0].get("type") != "header":
        note = "journal has no header line: nothing could be repaired (files left as they are)"
        return RecoveryReport(rec_id, rec_dir, 0, 0.0, 0, None, note)
    header = lines[0]
    fmt = format_of(header)
    wav = rec_dir / WAV_NAME
    notes = []
    commit.intent(rec_dir, "recover")
    fault_point("recover.intent")
    if torn:
        notes.append("a torn last journal line (crash mid-write) was skipped")
    # The last end line: a discard after the call appends one of its own.
    end_line = next((line for line in reversed(lines) if line["type"] == "end"), None)
    checkpoint: dict[str, Any] | None = None
    snap_frame: int | None = None
    snap: str | None = None
    discarded = end_line is not None and end_line.get("outcome") == "discarded"
    if not wav.is_file() and discarded and end_line is not None:
        # Its audio was deleted on purpose; only its recording.json went missing.
        frames, bytes_dropped, file_hash = int(end_line["frames"]), 0, None
        pcm_hash = str(end_line["pcm_sha256"])
        notes.append(f"the audio had been deleted on purpose; {SIDECAR_NAME} was rebuilt")
    elif not wav.is_file():
        frames, bytes_dropped, pcm_hash, file_hash = 0, 0, EMPTY_SHA256, None
        notes.append(f"{WAV_NAME} is missing; nothing to repair")
    else:
        size = wav.stat().st_size
        data = max(0, size - fmt.header_bytes)
        frames = data // fmt.block_align
        bytes_dropped = data - frames * fmt.block_align
        fd = os.open(wav, os.O_RDWR | os.O_CLOEXEC)
        try:
            if size < fmt.header_bytes:
                os.pwrite(fd, wav_header(fmt, 0), 0)
                notes.append("the WAV header was incomplete and was rewritten")
            else:
                os.pwrite(fd, wav_header(fmt, frames * fmt.block_align), 0)
            os.fsync(fd)
        finally:
            os.close(fd)
        checkpoint = next((line for line in reversed(lines) if line["type"] == "checkpoint"), None)
        if end_line is not None:
            checkpoint = {"frames": end_line["frames"], "pcm_sha256": end_line["pcm_sha256"]}
        if checkpoint is not None and int(checkpoint["frames"]) <= frames:
            snap_frame = int(checkpoint["frames"])
        pcm_hash, snap = hash_pcm(wav, fmt, frames, snap_frame)
        if checkpoint is not None:
            if snap_frame is None:
                notes.append(
                    f"WARNING: the file holds fewer frames ({frames}) than the last checkpoint "
                    f"({checkpoint['frames']})"
                )
            elif snap == checkpoint["pcm_sha256"]:
                notes.append(f"the audio matches the last checkpoint hash (frame {snap_frame})")
            else:
                notes.append(
                    f"WARNING: the audio does not match the checkpoint hash at frame {snap_frame}"
                )
        file_hash = file_sha256(wav)
        if bytes_dropped:
            notes.append(
                f"{bytes_dropped} trailing byte(s) of an incomplete frame are left in the file "
                "after the data chunk (not deleted)"
            )
    seconds = frames / fmt.sample_rate
    # Which part of the audio a hash taken *while recording* still vouches for: all of it
    # when the call had ended (only recording.json was missing), else up to the last
    # checkpoint; the rest was hashed now, at recovery, and the evidence must say so.
    capture_hash: dict[str, Any] | None = None
    if checkpoint is not None and snap_frame is not None:
        capture_hash = {
            "frames": snap_frame,
            "pcm_sha256": checkpoint["pcm_sha256"],
            "matches": snap == checkpoint["pcm_sha256"],
        }
    whole = (
        end_line is not None
        and capture_hash is not None
        and capture_hash["matches"]
        and capture_hash["frames"] == frames
    )
    rebuilt = damaged or f"{SIDECAR_NAME} was missing and was rebuilt"
    if whole:
        notes.insert(0, f"the call had ended; {rebuilt}")
    elif damaged:
        notes.append(damaged)
    # The end line's hash and outcome stand when the call had ended (or its audio was
    # deleted on purpose afterwards); otherwise the call was interrupted.
    ended = (whole or discarded) and end_line is not None
    outcome = (
        Outcome(end_line["outcome"]) if ended and end_line is not None else Outcome.INTERRUPTED
    )
    note = "; ".join([f"recovered {frames} frames ({seconds:.3f} s) after an interruption", *notes])
    recovered = {
        "utc": now[0],
        "frames": frames,
        "bytes_dropped": bytes_dropped,
        "note": note,
        "pcm_sha256_computed": HASHED_WHILE_RECORDING if ended else HASHED_AT_RECOVERY,
        "capture_hash": capture_hash,
    }
    last_utc = next(
        (
            line["utc"]
            for line in reversed(lines)
            if "utc" in line and line.get("type") not in {"intent", "done", "recovered"}
        ),
        None,
    )
    stopped = (last_utc, None) if last_utc else (header["started_utc"], header["started_local"])
    sidecar = build_sidecar(
        lines,
        frames=frames,
        pcm_sha256=pcm_hash,
        file_hash=file_hash,
        outcome=outcome,
        stopped=(stopped[0], stopped[1] or local_of_utc(stopped[0])),
        counters=_last_counters(lines),
        recovered=recovered,
        audio_file=WAV_NAME if wav.is_file() else None,
    )
    # recording.json first, then the journal says so: a recovery that fails part-way
    # (a full disk, a kill) leaves no "recovered" line, and the next run does it again.
    write_sidecar(rec_dir, sidecar)
    fault_point("recover.sidecar")
    commit.append_line(rec_dir, {"type": "recovered", **recovered, "pcm_sha256": pcm_hash})
    return RecoveryReport(rec_id, rec_dir, frames, round(seconds, 6), bytes_dropped, pcm_hash, note)


# --- after the call: cut at a consent boundary, or discard -------------------------------


def _load_finished(rec_dir: Path) -> tuple[Sidecar, list[dict[str, Any]]]:
    sidecar_path = rec_dir / SIDECAR_NAME
    if not sidecar_path.is_file():
        raise BadInputError(f"{rec_dir} has no {SIDECAR_NAME}: the recording is not finished.")
    sidecar = Sidecar.read(rec_dir)
    lines, _ = read_journal(rec_dir / JOURNAL_NAME)
    return sidecar, lines


def truncate_recording(rec_dir: Path, frame: int, reason: str | None = None) -> Sidecar:
    """Cut ``original.wav`` to ``frame`` frames, keeping the hash snapshot taken at that frame.

    The intent (frame and the hash the kept part must have) is journaled first, so a
    crash at any point after it is finished by ``recover`` to exactly that frame.
    """
    sidecar, lines = _load_finished(rec_dir)
    fmt = format_of(lines[0])
    frames = sidecar.audio.frames
    if not 0 <= frame <= frames:
        raise BadInputError(f"Cannot cut at frame {frame}: the recording has {frames} frames.")
    wav = rec_dir / WAV_NAME
    _, recomputed = hash_pcm(wav, fmt, frame, frame)
    snapshots = {e.pcm_sha256_at for e in sidecar.events if e.frame == frame and e.pcm_sha256_at}
    if snapshots and snapshots != {recomputed}:
        raise CheckFailed(
            f"The audio before frame {frame} does not match the hash taken while recording; "
            "the file was not cut."
        )
    assert recomputed is not None
    intent = {"frame": frame, "pcm_sha256_at": recomputed, "frames_before": frames}
    try:
        commit.intent(rec_dir, "cut", **intent, reason=reason)
    except OSError as exc:
        raise EnvironmentProblem(
            f"Could not cut {wav}: its journal cannot be written ({exc.strerror}). Nothing was "
            "cut yet; free some space and cut it again."
        ) from exc
    fault_point("cut.intent")
    try:
        _finish_cut(rec_dir, {**intent, "reason": reason}, verified=True)
    except OSError as exc:
        raise EnvironmentProblem(
            f"Could not finish cutting {wav} ({exc.strerror}); `temoin recover` finishes it."
        ) from exc
    return Sidecar.read(rec_dir)


def _recovered(sidecar: Sidecar) -> dict[str, Any] | None:
    """What an earlier recovery found, carried over to a rebuilt sidecar."""
    return None if sidecar.recovered is None else dict(sidecar.recovered)


def _pending_at(lines: list[dict[str, Any]], step: str) -> int:
    """Where the owed intent of ``step`` is in ``lines`` (0 when none: look at them all)."""
    line = commit.pending(lines, step)
    return next((i for i, x in enumerate(lines) if x is line), 0)


def _finish_cut(rec_dir: Path, intent: dict[str, Any], verified: bool = False) -> str:
    """Do (or finish) a journaled cut: idempotent at every point after its intent."""
    sidecar, lines = _load_finished(rec_dir)
    fmt = format_of(lines[0])
    frame = int(intent["frame"])
    expected = str(intent["pcm_sha256_at"])
    before = int(intent.get("frames_before") or sidecar.audio.frames)
    wav = rec_dir / WAV_NAME
    target = fmt.header_bytes + frame * fmt.block_align
    size = wav.stat().st_size
    if size < target:
        raise CheckFailed(
            f"{wav} is shorter ({size} bytes) than the cut it was to get ({target} bytes); "
            "it was left as it is."
        )
    if not verified:
        _, kept = hash_pcm(wav, fmt, frame, frame)
        if kept != expected:
            raise CheckFailed(
                f"The audio before frame {frame} of {wav} does not match the hash journaled for "
                "the cut; the file was not cut."
            )
    fd = os.open(wav, os.O_RDWR | os.O_CLOEXEC)
    try:
        if size > target:
            os.ftruncate(fd, target)
        os.pwrite(fd, wav_header(fmt, frame * fmt.block_align), 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    fault_point("cut.truncated")
    at = _pending_at(lines, "cut")
    logged = any(
        line.get("type") == "event" and line.get("kind") == "truncated" for line in lines[at:]
    )
    if not logged:
        when = stamp(time.time())
        text = (
            f"cut to {frame} frames ({frame / fmt.sample_rate:.3f} s); "
            f"{before - frame} frames removed"
        )
        if intent.get("reason"):
            text += f": {intent['reason']}"
        event = Event("truncated", frame, frame / fmt.sample_rate, *when, text, expected)
        commit.append_line(rec_dir, {"type": "event", **event.to_json()})
        lines.append({"type": "event", **event.to_json()})
    new = build_sidecar(
        lines,
        frames=frame,
        pcm_sha256=expected,
        file_hash=file_sha256(wav),
        outcome=sidecar.outcome,
        stopped=(sidecar.stopped_utc, sidecar.stopped_local),
        counters=sidecar.counters(),
        recovered=_recovered(sidecar),
    )
    write_sidecar(rec_dir, new)
    fault_point("cut.sidecar")
    commit.done(rec_dir, "cut", frame=frame)
    return f"an interrupted cut was completed to frame {frame} ({frame / fmt.sample_rate:.3f} s)"


def discard_recording(rec_dir: Path, reason: str) -> Sidecar:
    """Delete the audio, keep the journal and the sidecar (outcome ``discarded``) as the trace."""
    sidecar, _ = _load_finished(rec_dir)
    intent = {
        "frames": sidecar.audio.frames,
        "pcm_sha256": sidecar.audio.pcm_sha256,
        "reason": reason,
    }
    wav = rec_dir / WAV_NAME
    try:
        commit.intent(rec_dir, "discard", **intent)
    except OSError as exc:
        raise EnvironmentProblem(
            f"Could not delete {wav}: its journal cannot be written ({exc.strerror}). Nothing "
            "was deleted yet; free some space and try again."
        ) from exc
    fault_point("discard.intent")
    try:
        _finish_discard(rec_dir, intent)
    except OSError as exc:
        raise EnvironmentProblem(
            f"Could not finish deleting {wav} ({exc.strerror}); `temoin recover` finishes it."
        ) from exc
    return Sidecar.read(rec_dir)


def _finish_discard(rec_dir: Path, intent: dict[str, Any]) -> str:
    """Do (or finish) a journaled discard: idempotent at every point after its intent."""
    sidecar, lines = _load_finished(rec_dir)
    fmt = format_of(lines[0])
    frames = int(intent["frames"])
    pcm_hash = str(intent["pcm_sha256"])
    (rec_dir / WAV_NAME).unlink(missing_ok=True)
    fault_point("discard.unlinked")
    at = _pending_at(lines, "discard")
    if not any(line.get("type") == "end" for line in lines[at:]):
        when = stamp(time.time())
        event = Event(
            "discarded", frames, frames / fmt.sample_rate, *when, intent["reason"], pcm_hash
        )
        end = {
            "type": "end",
            "frames": frames,
            "pcm_sha256": pcm_hash,
            "outcome": Outcome.DISCARDED.value,
            "utc": when[0],
        }
        commit.append_line(rec_dir, {"type": "event", **event.to_json()})
        commit.append_line(rec_dir, end)
        lines += [{"type": "event", **event.to_json()}, end]
    new = build_sidecar(
        lines,
        frames=frames,
        pcm_sha256=pcm_hash,
        file_hash=None,
        outcome=Outcome.DISCARDED,
        stopped=(sidecar.stopped_utc, sidecar.stopped_local),
        counters=sidecar.counters(),
        recovered=_recovered(sidecar),
        audio_file=None,
    )
    write_sidecar(rec_dir, new)
    fault_point("discard.sidecar")
    commit.done(rec_dir, "discard")
    return f"an interrupted deletion of the audio was completed ({intent['reason']})"
