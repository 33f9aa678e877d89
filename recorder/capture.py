"""Capture: an audio source feeds one writer thread that owns the WAV journal.

The PortAudio callback only copies the block into a bounded queue and counts
status flags; it never blocks, logs or touches the disk. The writer thread
appends each block to ``original.wav`` at once, keeps a running SHA-256 of
the PCM, meters levels and applies session events at their exact frame:
events travel through the same queue as the audio, so "now" means "after
the blocks already captured", and a block is split when an event was
scheduled inside it. A live file source and a WAV/FLAC file source feed the
same path, so the fixtures test the real pipeline.

The writer never waits for the disk: the WAV's fdatasync and the journal's
fsync run on a sync thread (``_Syncer``), which syncs the WAV first and only
then appends and fsyncs the checkpoint line that vouches for it. The queue
holds ``QUEUE_S`` seconds of audio, so a stalled disk or writer costs nothing
up to then; past it the dropped span becomes a ``gap`` event.

Holes are never silent: a live source compares the frames it receives with
the stream's clock (PortAudio's ADC time, or the monotonic clock when the
driver gives none) and reports a hole (a stalled process, a swapping
machine) as a ``gap`` event at its offset in ``original.wav``, with its
length. The file is not padded: it holds only captured samples, and the
events say where time is missing.

Threads: ``on_event`` and ``on_level`` are called on the writer thread; a UI
must hand them over to its own thread (e.g. a one-slot queue for levels).
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import enum
import errno
import hashlib
import logging
import math
import os
import queue
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from recorder import __version__
from recorder.devices import load_sounddevice
from recorder.errors import AudioDeviceError, BadInputError, EnvironmentProblem, TemoinError
from recorder.events import Event, StopCause
from recorder.hashing import file_sha256
from recorder.paths import ensure_private_dir
from recorder.sidecar import Outcome, Sidecar
from recorder.timefmt import stamp
from recorder.wav import (
    BLOCK_DTYPE,
    FULL_SCALE,
    WAV_LIMIT,
    AudioFormat,
    SampleFormat,
    dbfs,
    is_riff_wave,
    pcm_bytes,
)
from recorder.wavjournal import (
    JOURNAL_NAME,
    LOCK_NAME,
    WAV_NAME,
    Journal,
    WavWriter,
    WriteFailed,
    build_sidecar,
    discard_recording,
    lock_recording,
    new_recording_id,
    truncate_recording,
    write_sidecar,
)

log = logging.getLogger(__name__)

DEFAULT_RATE = 48000
MIN_RATE, MAX_RATE = 8000, 96000
QUEUE_S = 15.0  # seconds of audio the queue holds: a stalled disk or writer costs nothing
LIVE_LATENCY_S = 0.15
PUT_SLOTS = 8  # blocks a file source may have in flight (8 x 64k frames at most)
CHECKPOINT_S = 1.0
LEVEL_PERIOD_S = 0.05
WATCHDOG_S = 1.0  # no callback for this long = the device is gone
FIRST_BLOCK_GRACE_S = 3.0
OVERFLOW_EVENT_PERIOD_S = 1.0
# By the ADC clock: a step this much longer than the block is a hole. Above two
# callbacks' timestamp jitter (tens of ms, learnt only once a block comes early) and a
# PipeWire quantum (21 ms), so a normal call logs no false gap; real stalls are longer.
GAP_MIN_S = 0.1
GAP_FALLBACK_S = 0.25  # by the monotonic clock: beyond a late callback's jitter...
GAP_CONFIRM_S = 0.5  # ...and still there this long after (a late callback catches up)
GAP_WINDOW_S = 30.0  # the clock drift the monotonic fallback absorbs is measured over this
STALL_S = 0.5  # a writer loop this late (poll 0.1 s) means this process did not run
STALL_GRACE_S = 2.0  # after such a stall the device gets this long to deliver again
# The threads that close an audio stream off the caller's thread, bounded in time (a hung
# driver): until one is done, PortAudio may still be inside that stream.
AUDIO_STOP_THREAD = "temoin-audio-stop"  # a stream's bounded stop or abort (_run_bounded)
ABORT_THREAD = "temoin-abort"  # a lost device's source aborted off the writer thread
CLOSING_THREAD_NAMES: tuple[str, ...] = (AUDIO_STOP_THREAD, ABORT_THREAD)
# The reasons of the write_error event that stops a call whose folder went (the event's
# ``cause`` says which, typed: see StopCause).
FOLDER_GONE = "the recording folder was deleted or moved"
FOLDER_READ_ONLY = "the recording folder became read-only or unwritable"
_FOLDER_REASONS = {StopCause.FOLDER_GONE: FOLDER_GONE, StopCause.FOLDER_READ_ONLY: FOLDER_READ_ONLY}
FILE_EXTENSIONS = (".wav", ".wave", ".flac")
FILE_CONTAINERS = ("WAV", "WAVEX", "RF64", "W64", "FLAC")

LevelCallback = Callable[[float, float], None]
# One (peak, RMS) in dBFS per channel: your voice and the other party's, each metered.
TrackLevelsCallback = Callable[[tuple[tuple[float, float], ...]], None]
EventCallback = Callable[[Event], None]


class BlockSink(Protocol):
    """What a source delivers to (the Recorder)."""

    def offer(self, block: np.ndarray) -> bool:
        """Non-blocking (audio callbacks): False when the queue was full; the drop is counted."""

    def put(self, block: np.ndarray) -> None:
        """Blocking (file sources): back-pressure instead of drops."""

    def status(self, overflow: bool, underflow: bool) -> None: ...

    def ended(self, error: str | None) -> None:
        """The source has no more audio: ``None`` at end of file, else why it stopped."""

    def input_failed(self, reason: str) -> None:
        """The input file cannot be read further (damaged): ``reason`` names the file."""


class AudioSource(Protocol):
    @property
    def live(self) -> bool:
        """A live source that stops calling back is a lost device (the watchdog applies)."""

    @property
    def format(self) -> AudioFormat: ...

    @property
    def label(self) -> str: ...

    @property
    def notice(self) -> str | None:
        """What negotiation changed from what was asked (e.g. a refused rate)."""

    def open(self) -> None:
        """Check and negotiate before any file exists; raise a TemoinError if unusable."""

    def describe(self) -> dict[str, Any]:
        """``{"kind", "device", "input"}`` for the journal and the sidecar."""

    def start(self, sink: BlockSink) -> None: ...

    def stop(self) -> None:
        """Orderly stop: deliver what is buffered, then end (bounded in time)."""

    def abort(self) -> None:
        """Stop at once; must return even when the device is stalled."""


class ClosingThread(threading.Thread):
    """A daemon thread closing a stream (named one of ``CLOSING_THREAD_NAMES``); it keeps
    the stack that started it, so one found still closing says whose close it is."""

    def __init__(self, target: Callable[[], None], name: str) -> None:
        super().__init__(target=target, name=name, daemon=True)
        self.started_from = "".join(traceback.format_stack(limit=16)[:-1])


def closing_threads_report() -> str:
    """Each closing thread still alive: where it is now, and the stack that started it
    (for a failure or a log to say which close did not return, and whose it was)."""
    frames = sys._current_frames()
    parts = []
    for thread in threading.enumerate():
        if thread.name not in CLOSING_THREAD_NAMES or not thread.is_alive():
            continue
        frame = frames.get(thread.ident or -1)
        now = "".join(traceback.format_stack(frame)) if frame else "  (no Python frame)\n"
        started = getattr(thread, "started_from", "  (not a ClosingThread)\n")
        parts.append(f"{thread!r} is at:\n{now}and was started from:\n{started}")
    return "\n".join(parts)


def _run_bounded(fn: Callable[[], None], timeout: float) -> bool:
    """Run ``fn`` on a daemon thread; False when it did not return in time (a hung driver)."""
    thread = ClosingThread(fn, AUDIO_STOP_THREAD)
    thread.start()
    thread.join(timeout)
    return not thread.is_alive()


@dataclass(frozen=True)
class Hole:
    """Frames the input lost: ``since`` frames were already delivered after the hole."""

    frames: int
    since: int = 0
    cause: str = "device"  # "device": nothing came (a stall); "queue": dropped, queue full


class GapClock:
    """Frames received against the stream's clock: how long a hole in the input was.

    With a real ADC clock (PortAudio's ``inputBufferAdcTime``; pipewire-alsa gives
    one) each block's start is compared with the previous block's end, and a hole is
    known at the first block after it. Without one (0, or a clock that does not
    advance) the monotonic arrival time stands in: callbacks jitter by tens of ms, so
    the lag over the lowest lag of the last ``GAP_WINDOW_S`` (drift absorbed) must
    exceed ``GAP_FALLBACK_S`` for ``GAP_CONFIRM_S``; the hole is then reported with
    the frames delivered since, so it is still placed where it happened.
    """

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.received = 0
        self._adc_ok = True
        self._prev_adc = 0.0
        self._prev_frames = 0
        self._adc_jitter = 0.0
        self._t0: float | None = None
        self._missing = 0  # frames reported as holes: the lag is measured without them
        self._window: collections.deque[tuple[float, float]] = collections.deque()
        self._candidate: list[float] | None = None  # [frames received at, since when, excess]

    def feed(self, frames: int, adc: float, now: float) -> Hole | None:
        """Account for a block of ``frames`` whose first sample is at ``adc`` (0: unknown)."""
        hole: Hole | None = None
        if self._adc_ok and adc > 0 and self._prev_adc > 0:
            step = adc - self._prev_adc
            if step == 0 or step < -1.0:
                self._adc_ok = False  # not a clock: the monotonic fallback from now on
            else:
                missing_s = step - self._prev_frames / self.rate
                if missing_s < 0:
                    # A block that starts early: this driver's clock jitters that much,
                    # and a late one by as much is no hole either.
                    self._adc_jitter = max(self._adc_jitter, -missing_s)
                elif missing_s >= max(GAP_MIN_S, 2 * self._adc_jitter):
                    hole = Hole(round(missing_s * self.rate))
        elif adc <= 0 and self.received:
            self._adc_ok = False
        if hole is None and not self._adc_ok:
            hole = self._by_arrival(now)
        else:
            self._track(now)
        if hole is not None:
            self._missing += hole.frames
            self._candidate = None
        self._prev_adc = adc
        self._prev_frames = frames
        self.received += frames
        return hole

    def _lag(self, now: float) -> float:
        if self._t0 is None:
            self._t0 = now
        return now - self._t0 - (self.received + self._missing) / self.rate

    def _track(self, now: float) -> float:
        """The lag now over the lowest lag of the window (kept as a monotonic deque)."""
        lag = self._lag(now)
        window = self._window
        while window and window[0][0] < now - GAP_WINDOW_S:
            window.popleft()
        excess = lag - window[0][1] if window else 0.0
        while window and window[-1][1] >= lag:
            window.pop()
        window.append((now, lag))
        return excess

    def _by_arrival(self, now: float) -> Hole | None:
        excess = self._track(now)
        if excess <= GAP_FALLBACK_S:
            self._candidate = None  # a late callback that caught up: jitter, not a hole
            return None
        cand = self._candidate
        if cand is None:
            self._candidate = [float(self.received), now, excess]
            return None
        cand[2] = min(cand[2], excess)
        if now - cand[1] < GAP_CONFIRM_S:
            return None
        # The least excess seen since is the hole (the rest was the callbacks' jitter).
        return Hole(round(cand[2] * self.rate), self.received - int(cand[0]))


_OPEN_SOURCES: weakref.WeakSet[Any] = weakref.WeakSet()


def track_open(source: object) -> None:
    """A live stream of ``source`` is running (see ``open_live_sources``)."""
    _OPEN_SOURCES.add(source)


def track_closed(source: object) -> None:
    _OPEN_SOURCES.discard(source)


def open_live_sources() -> list[Any]:
    """Live sources whose stream was started and not yet stopped or aborted.

    A stream nobody closes outlives its audio server: PortAudio's ALSA thread then
    spins on the dead device (and prints without end). The test suite checks this
    is empty after each test; an app can close what is left at exit.
    """
    return list(_OPEN_SOURCES)


class LiveSource:
    """A sounddevice ``InputStream`` on a chosen device (default: the default input)."""

    live = True

    def __init__(
        self,
        device: int | str | None = None,
        sample_rate: int = DEFAULT_RATE,
        channels: int = 1,
        blocksize: int | None = None,
    ) -> None:
        if isinstance(device, str) and device.strip().isdigit():
            device = int(device)
        self.device = device
        self.requested_rate = sample_rate
        self.channels = channels
        self.blocksize = blocksize
        self.notice: str | None = None
        self._format: AudioFormat | None = None
        self._info: dict[str, Any] = {}
        self._stream: Any = None
        self._stopping = False

    @property
    def format(self) -> AudioFormat:
        if self._format is None:
            raise RuntimeError("open() the source first")
        return self._format

    @property
    def label(self) -> str:
        return str(self._info.get("name", self.device))

    def open(self) -> None:
        if self._format is not None:
            return
        sd = load_sounddevice()
        try:
            info = sd.query_devices(self.device, "input")
        except (ValueError, sd.PortAudioError) as exc:
            which = (
                "default input device" if self.device is None else f"input device {self.device!r}"
            )
            raise AudioDeviceError(
                f"No usable {which} ({exc}). Run `temoin devices` to see the list."
            ) from exc
        index = int(info["index"])
        host_api = str(sd.query_hostapis(info["hostapi"])["name"])
        self._info = {"name": str(info["name"]), "index": index, "host_api": host_api}
        if self.channels > int(info["max_input_channels"]):
            raise AudioDeviceError(
                f"The device {info['name']!r} has {info['max_input_channels']} input channel(s); "
                f"{self.channels} were asked."
            )
        rate = self.requested_rate
        try:
            sd.check_input_settings(index, self.channels, "int16", None, rate)
        except sd.PortAudioError as refused:
            fallback = int(info["default_samplerate"])
            try:
                sd.check_input_settings(index, self.channels, "int16", None, fallback)
            except sd.PortAudioError as exc:
                raise AudioDeviceError(
                    f"The device {info['name']!r} refuses {rate} Hz ({refused}) and its default "
                    f"{fallback} Hz ({exc})."
                ) from exc
            self.notice = f"the device refused {rate} Hz; recording at its default {fallback} Hz"
            rate = fallback
        self._format = AudioFormat(rate, self.channels, "int16")

    def describe(self) -> dict[str, Any]:
        return {"kind": "device", "device": dict(self._info), "input": None}

    def start(self, sink: BlockSink) -> None:
        sd = load_sounddevice()
        offer = sink.offer
        status_of = sink.status
        # Optional: a level meter's sink has no use for holes.
        report: Callable[[Hole], None] | None = getattr(sink, "gap", None)
        clock = GapClock(self.format.sample_rate)

        def callback(indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            if status:
                status_of(bool(status.input_overflow), bool(status.input_underflow))
            if report is not None:
                adc = float(getattr(time_info, "inputBufferAdcTime", 0.0) or 0.0)
                hole = clock.feed(frames, adc, time.monotonic())
                if hole is not None:
                    report(hole)  # queued before the block: it lands at the hole's offset
            offer(indata.copy())

        def finished() -> None:
            if not self._stopping:
                sink.ended("the audio stream ended (the device or the audio server went away)")

        fmt = self.format
        self._stopping = False
        try:
            self._stream = sd.InputStream(
                device=self._info["index"],
                samplerate=fmt.sample_rate,
                channels=fmt.channels,
                dtype="int16",
                # 50 ms blocks: few Python callbacks (CPU), still far inside the crash bound.
                blocksize=self.blocksize if self.blocksize is not None else fmt.sample_rate // 20,
                # A 150 ms device buffer: PortAudio's ALSA thread wakes far less often
                # (a third of the CPU of "high" = 50 ms here); block + buffer stay < 0.25 s.
                latency=LIVE_LATENCY_S,
                callback=callback,
                finished_callback=finished,
            )
            _OPEN_SOURCES.add(self)
            self._stream.start()
        except sd.PortAudioError as exc:
            raise AudioDeviceError(f"Could not start recording from {self.label!r}: {exc}") from exc

    def stop(self) -> None:
        stream = self._stream
        if stream is None:
            return
        self._stopping = True

        def orderly() -> None:
            stream.stop(ignore_errors=True)
            stream.close(ignore_errors=True)

        if not _run_bounded(orderly, 2.0):
            self.abort()
        self._stream = None
        _OPEN_SOURCES.discard(self)

    def abort(self) -> None:
        stream = self._stream
        if stream is None:
            return
        self._stopping = True

        def now() -> None:
            stream.abort(ignore_errors=True)
            stream.close(ignore_errors=True)

        _run_bounded(now, 2.0)
        self._stream = None
        _OPEN_SOURCES.discard(self)


def _sample_format_of(subtype: str) -> SampleFormat:
    """Keep the file's precision: 24-bit stays 24-bit, float stays float."""
    if subtype in {"PCM_24"}:
        return "int24"
    if subtype in {"FLOAT", "DOUBLE", "PCM_32"}:
        return "float32"
    return "int16"  # PCM_16, PCM_S8, PCM_U8, ULAW, ALAW, ...: int16 holds them exactly


def _looks_like_wav_or_flac(path: Path) -> bool:
    """Check the magic bytes first: libsndfile's format probing prints to stderr."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise BadInputError(f"{path} cannot be read: {exc.strerror}.") from exc
    if is_riff_wave(head):
        return True
    return head[:4] == b"fLaC" or head[:4] == b"riff"  # FLAC, Sony Wave64


class FileSource:
    """A WAV or FLAC file, paced in real time or delivered as fast as the writer takes it."""

    live = False
    notice: str | None = None

    def __init__(self, path: Path, realtime: bool = False, blocksize: int | None = None) -> None:
        self.path = Path(path)
        self.realtime = realtime
        self.blocksize = blocksize
        self.frames = 0
        self._format: AudioFormat | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def format(self) -> AudioFormat:
        if self._format is None:
            raise RuntimeError("open() the source first")
        return self._format

    @property
    def label(self) -> str:
        return self.path.name

    def open(self) -> None:
        import soundfile as sf

        if self._format is not None:
            return
        path = self.path
        if not path.exists():
            raise BadInputError(f"{path}: no such file.")
        if path.is_dir():
            raise BadInputError(f"{path} is a folder, not an audio file.")
        if path.suffix.lower() not in FILE_EXTENSIONS or not _looks_like_wav_or_flac(path):
            raise BadInputError(
                f"{path} is not a WAV or FLAC file (name ending in {path.suffix or 'nothing'!r}, "
                "content checked): only WAV and FLAC files can be recorded from."
            )
        try:
            info = sf.info(str(path))
        except (RuntimeError, OSError, ValueError, TypeError) as exc:
            raise BadInputError(
                f"{path} is not a readable WAV or FLAC file "
                f"({str(exc).strip() or type(exc).__name__})."
            ) from exc
        if info.format not in FILE_CONTAINERS:
            raise BadInputError(f"{path} is not a WAV or FLAC file (it holds {info.format}).")
        if info.frames <= 0:
            raise BadInputError(f"{path} holds no audio.")
        if not MIN_RATE <= info.samplerate <= MAX_RATE:
            raise BadInputError(
                f"{path} is sampled at {info.samplerate} Hz; "
                f"{MIN_RATE}–{MAX_RATE} Hz are supported."
            )
        if not 1 <= info.channels <= 8:
            raise BadInputError(f"{path} has {info.channels} channels; 1 to 8 are supported.")
        self.frames = int(info.frames)
        self._format = AudioFormat(
            int(info.samplerate), int(info.channels), _sample_format_of(str(info.subtype))
        )

    def describe(self) -> dict[str, Any]:
        return {"kind": "file", "device": None, "input": str(self.path.resolve())}

    def start(self, sink: BlockSink) -> None:
        fmt = self.format
        blocksize = self.blocksize or (fmt.sample_rate // 50 if self.realtime else 65536)
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(sink, blocksize), name="temoin-file-source", daemon=True
        )
        self._thread.start()

    def _run(self, sink: BlockSink, blocksize: int) -> None:
        import soundfile as sf

        fmt = self.format
        dtype = BLOCK_DTYPE[fmt.sample_format]
        try:
            with sf.SoundFile(str(self.path)) as fh:
                t0 = time.monotonic()
                sent = 0
                while not self._stop.is_set():
                    block = fh.read(blocksize, dtype=dtype, always_2d=True)
                    if len(block) == 0:
                        break
                    sent += len(block)
                    if self.realtime:
                        # A live device hands a block over once it is complete: so do we.
                        delay = t0 + sent / fmt.sample_rate - time.monotonic()
                        if delay > 0 and self._stop.wait(delay):
                            break
                    sink.put(block)
        except (RuntimeError, OSError) as exc:
            # A damaged file, not a lost device: the recording ends as bad input.
            detail = str(exc).removeprefix("Error :").strip() or type(exc).__name__
            sink.input_failed(f"{self.path} is damaged and cannot be read further ({detail})")
            return
        if not self._stop.is_set():
            sink.ended(None)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)

    def abort(self) -> None:
        self.stop()


class State(enum.Enum):
    IDLE = "idle"
    RECORDING = "recording"
    DEVICE_LOST = "device_lost"  # file finalized; switch_source() continues, stop() ends
    FINISHED = "finished"  # end of the input or the requested duration reached
    FAILED = "failed"  # disk full, write error, damaged input: file valid up to what was written
    STOPPED = "stopped"


@dataclass(frozen=True)
class RecordingResult:
    id: str
    dir: Path
    wav: Path
    frames: int
    duration_s: float
    pcm_sha256: str
    overflows: int
    outcome: str
    sidecar: dict[str, Any]
    problem: TemoinError | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "dir": str(self.dir),
            "file": str(self.wav),
            "frames": self.frames,
            "duration_s": self.duration_s,
            "sample_rate": self.sidecar["audio"]["sample_rate"],
            "channels": self.sidecar["audio"]["channels"],
            "sample_format": self.sidecar["audio"]["sample_format"],
            "tracks": self.sidecar.get("tracks", []),
            "pcm_sha256": self.pcm_sha256,
            "overflows": self.overflows,
            "outcome": self.outcome,
            "problem": None if self.problem is None else self.problem.message,
        }


@dataclass
class _EventRequest:
    kind: str
    text: str | None
    source_frame: int | None  # position on the source's timeline (paused time included)
    when: float | None
    at_written: int | None = None  # an offset already written: log the event there
    done: threading.Event = field(default_factory=threading.Event)
    result: Event | None = None

    def __lt__(self, other: _EventRequest) -> bool:
        return (self.source_frame or 0) < (other.source_frame or 0)


@dataclass(frozen=True)
class _Ended:
    error: str | None
    bad_input: bool = False  # the input file is damaged (not a lost device)


@dataclass(frozen=True)
class _Switch:
    label: str
    changed: bool  # True: a deliberate change; False: continuing after a lost device


class _SwitchGate:
    """The new source's sink while a switch is not yet committed.

    The new device must start before the recording lets go of the old one (a device
    that opens but cannot start must change nothing), yet none of its blocks may reach
    the writer before the ``_Switch`` marker: they are held here, then passed on in order.
    """

    def __init__(self, rec: Recorder) -> None:
        self._rec = rec
        self._lock = threading.Lock()
        self._held: list[tuple[Callable[[Any], Any], Any]] = []  # (the recorder's method, arg)
        self._open = False

    def _pass(self, method: Callable[[Any], Any], arg: Any) -> Any:
        with self._lock:
            if not self._open:
                self._held.append((method, arg))
                return True
        return method(arg)

    def offer(self, block: np.ndarray) -> bool:
        return bool(self._pass(self._rec.offer, block))

    def put(self, block: np.ndarray) -> None:
        self._pass(self._rec.put, block)

    def status(self, overflow: bool, underflow: bool) -> None:
        self._rec.status(overflow, underflow)

    def gap(self, hole: Hole) -> None:
        self._pass(self._rec.gap, hole)

    def ended(self, error: str | None) -> None:
        self._pass(self._rec.ended, error)

    def input_failed(self, reason: str) -> None:
        self._pass(self._rec.input_failed, reason)

    def commit(self) -> None:
        """After the marker is queued: pass on what was held, then get out of the way."""
        with self._lock:
            for method, arg in self._held:
                method(arg)
            self._held.clear()
            self._open = True

    def discard(self) -> None:
        with self._lock:
            self._held.clear()


class _Syncer:
    """The disk's pace is not the audio's: the fdatasync/fsync calls run here.

    A checkpoint is ``(data_bytes, line)`` snapshotted by the writer: the WAV header is
    patched to it and the file synced *before* the line is appended and fsync'd, so a
    checkpoint never vouches for frames a power cut could lose. Event lines, written
    by the writer at once, are fsync'd with the next pass (within ``CHECKPOINT_S``, or
    as soon as the disk allows). Only the newest pending checkpoint is kept.
    """

    def __init__(self, wav: WavWriter, journal: Journal) -> None:
        self._wav = wav
        self._journal = journal
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._pending: tuple[int, dict[str, Any]] | None = None
        self._dirty = False
        self._closing = False
        self.error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="temoin-sync", daemon=True)
        self._thread.start()

    def checkpoint(self, data_bytes: int, line: dict[str, Any]) -> None:
        with self._lock:
            self._pending = (data_bytes, line)
            self._dirty = True
        self._wake.set()

    def request(self) -> None:
        """Journal lines were appended: fsync them soon."""
        with self._lock:
            self._dirty = True
        self._wake.set()

    def close(self) -> None:
        """A last pass, then stop.

        Not bounded: the caller closes the descriptors next, and a sync thread still
        inside fdatasync would then write a checkpoint into whatever file reused them
        (recording.json, the library). A hung disk hangs this stop, on the stop's worker.
        """
        self._closing = True
        self._wake.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self._wake.wait(CHECKPOINT_S)
            self._wake.clear()
            closing = self._closing
            with self._lock:
                pending, self._pending = self._pending, None
                dirty, self._dirty = self._dirty, False
            try:
                if pending is not None:
                    data_bytes, line = pending
                    self._wav.patch_sizes(sync=True, data_bytes=data_bytes)
                    self._journal.append(line, sync=True)
                elif dirty:
                    self._journal.sync()
            except OSError as exc:
                self.error = exc  # the writer fails the recording with it
                return
            if closing:
                return


_STOP = object()
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


def _unlock(path: Path, fd: int) -> None:
    """Drop a recording's folder lock: the file (a leftover would lock nothing), the flock."""
    with contextlib.suppress(OSError):
        path.unlink()
    with contextlib.suppress(OSError):
        os.close(fd)


class Recorder:
    """One recording: a source, the WAV journal, the events; typed outcome at ``stop()``.

    ``frame`` arguments are positions on the source's timeline (frames delivered
    since start, paused ones included); recorded events carry the offset into
    ``original.wav``. ``stop_after_frames`` ends the recording at exactly that
    source frame.
    """

    def __init__(
        self,
        source: AudioSource,
        library: Path,
        meta: dict[str, Any],
        on_level: LevelCallback | None = None,
        on_event: EventCallback | None = None,
        *,
        stop_after_frames: int | None = None,
        queue_blocks: int | None = None,
        watchdog_s: float = WATCHDOG_S,
        on_track_levels: TrackLevelsCallback | None = None,
    ) -> None:
        self.source = source
        self.on_track_levels = on_track_levels
        self.library = Path(library)
        self.meta = dict(meta)
        self.on_level = on_level
        self.on_event = on_event
        self.stop_after_frames = stop_after_frames
        self.watchdog_s = watchdog_s
        self.state = State.IDLE
        self.problem: TemoinError | None = None
        self.events: list[Event] = []
        self.id = ""
        self.dir = Path()
        # Unbounded as a queue; ``offer`` bounds the audio in it (QUEUE_S, or queue_blocks).
        self._q: queue.Queue[object] = queue.Queue()
        self._qlock = threading.Lock()
        self._max_blocks = queue_blocks if queue_blocks is not None else 1 << 62
        self._max_frames = 1 << 62  # set from the format at start()
        self._queued_blocks = 0
        self._queued_frames = 0
        self._drop_pending = 0  # frames dropped since the last block that got in
        # The PCM hash at block boundaries over the last minute or so: a hole found later
        # (a gap) and an answer logged where it began (post_event at_frame) carry the hash
        # of that very frame.
        self._recent: collections.deque[tuple[int, Any]] = collections.deque(maxlen=4096)
        self._syncer: _Syncer | None = None
        self._checkpointed = -1
        self._done = threading.Event()
        self._pending: list[_EventRequest] = []
        self._early: list[_EventRequest] = []
        self._put_slots = threading.Semaphore(PUT_SLOTS)
        self._put_mode = False
        self._lines: list[dict[str, Any]] = []
        self._hash = hashlib.sha256()
        self._written = 0
        self._source_frames = 0
        self._paused = False
        self._paused_frames = 0
        # Counted on audio threads (one writer each, so plain increments are safe).
        self._pa_overflows = 0
        self._underflows = 0
        self._dropped_blocks = 0
        self._dropped_frames = 0
        self._overflows_logged = 0
        self._last_overflow_event = 0.0
        self._outcome: str | None = None
        self._user_stop = False
        self._alive_at = 0.0  # the last sign of life from a live source (monotonic)
        self._level_peak = 0.0
        self._level_sumsq = 0.0
        self._level_n = 0
        self._channel_max: np.ndarray | None = None  # the loudest sample written, per channel
        self._track_peak: np.ndarray | None = None  # per channel, when tracks are metered
        self._track_sumsq: np.ndarray | None = None
        self._last_level = 0.0
        self._result: RecordingResult | None = None
        self._writer: threading.Thread | None = None
        self._bug: BaseException | None = None
        self._folder_lost: StopCause | None = None  # why ``_check_folder`` stopped the call
        # The folder lock (see ``release``): taken at start, held until the call is settled.
        self._unlock: weakref.finalize[Any, Any] | None = None

    # --- the sink side (audio threads) -------------------------------------------------

    def offer(self, block: np.ndarray) -> bool:
        n = len(block)
        self._alive_at = time.monotonic()
        with self._qlock:
            if (
                self._queued_blocks >= self._max_blocks
                or self._queued_frames + n > self._max_frames
            ):
                self._dropped_blocks += 1
                self._dropped_frames += n
                self._drop_pending += n
                return False
            if self._drop_pending:
                # Marks the dropped span at its place in the file, before the next block.
                self._q.put_nowait(Hole(self._drop_pending, 0, "queue"))
                self._drop_pending = 0
            self._queued_blocks += 1
            self._queued_frames += n
            self._q.put_nowait(block)
        return True

    def put(self, block: np.ndarray) -> None:
        # A file source outpaces the writer: a few blocks in flight keep memory flat.
        self._put_slots.acquire()
        self._put_mode = True
        with self._qlock:
            self._queued_blocks += 1
            self._queued_frames += len(block)
        self._q.put(block)

    def gap(self, hole: Hole) -> None:
        """The source lost audio (a stall): logged as a ``gap`` event at its offset."""
        self._q.put_nowait(hole)

    def status(self, overflow: bool, underflow: bool) -> None:
        if overflow:
            self._pa_overflows += 1
        if underflow:
            self._underflows += 1

    def ended(self, error: str | None) -> None:
        self._q.put(_Ended(error))

    def input_failed(self, reason: str) -> None:
        self._q.put(_Ended(reason, bad_input=True))

    def note(self, kind: str, text: str) -> None:
        """A source's remark (a clock correction, a track filled in), logged at this point
        of the stream: it travels with the blocks, so it lands after those already sent."""
        self._q.put(_EventRequest(kind, text, None, time.time()))

    # --- public API -------------------------------------------------------------------

    @property
    def frames_captured(self) -> int:
        """Frames written to ``original.wav`` so far (paused time excluded)."""
        return self._written

    @property
    def channel_peaks_dbfs(self) -> tuple[float, ...] | None:
        """The loudest sample written on each channel, in dBFS (None: one channel, or
        nothing written): a channel that stayed silent all call shows as -120."""
        if self._channel_max is None:
            return None
        scale = FULL_SCALE[self._fmt.sample_format]
        return tuple(dbfs(float(v) / scale) for v in self._channel_max)

    @property
    def overflows(self) -> int:
        return self._pa_overflows + self._dropped_blocks

    @property
    def wav_path(self) -> Path:
        return self.dir / WAV_NAME

    def start(self) -> None:
        """Open the source, create the files, then start the audio: bad paths fail first."""
        if self.state is not State.IDLE:
            raise RuntimeError("a Recorder records once")
        self.source.open()
        fmt = self.source.format
        self._fmt = fmt
        t_start = time.time()
        self.id = new_recording_id(t_start)
        created = False
        try:
            root = ensure_private_dir(self.library / "recordings")
            self.dir = root / self.id
            self.dir.mkdir(mode=0o700)
            created = True
            lock_path = self.dir / LOCK_NAME
            # Closed when released, or at the latest when this Recorder is collected.
            self._unlock = weakref.finalize(self, _unlock, lock_path, lock_recording(self.dir))
            self._wav = WavWriter(self.dir / WAV_NAME, fmt)
            self._journal = Journal(self.dir / JOURNAL_NAME)
            utc, local = stamp(t_start)
            self._started = (utc, local)
            header = {
                "type": "header",
                "schema": 1,
                "id": self.id,
                "app_version": __version__,
                "sample_rate": fmt.sample_rate,
                "channels": fmt.channels,
                "sample_format": fmt.sample_format,
                "header_bytes": fmt.header_bytes,
                "source": self.source.describe(),
                "started_utc": utc,
                "started_local": local,
                "meta": self.meta,
            }
            self._journal.append(header)
            self._lines.append(header)
        except OSError as exc:
            self._release_lock()
            if created:
                # Created by this call, before any audio: nothing of value, no empty husk left.
                with contextlib.suppress(OSError):
                    for leftover in self.dir.iterdir():
                        leftover.unlink()
                    self.dir.rmdir()
            raise EnvironmentProblem(
                f"Cannot create the recording in {self.library}: {exc.strerror or exc}."
            ) from exc
        self._t_start = time.monotonic()
        self._t_start_wall = t_start
        self._alive_at = time.monotonic() + FIRST_BLOCK_GRACE_S
        self._max_frames = max(1, round(QUEUE_S * fmt.sample_rate))
        self._syncer = _Syncer(self._wav, self._journal)
        self._writer = threading.Thread(target=self._run, name="temoin-writer", daemon=True)
        self.state = State.RECORDING
        text = (
            f"{self.source.label}: {fmt.sample_rate} Hz, {fmt.channels} channel(s), "
            f"{fmt.sample_format}"
        )
        if self.source.notice:
            text += f" ({self.source.notice})"
        self._q.put(_EventRequest("start", text, 0, t_start))
        for req in self._early:
            self._q.put(req)
        self._writer.start()
        try:
            self.source.start(self)
        except BaseException as exc:
            # A device error, a bug in the source, Ctrl-C: no writer or folder lock outlives it.
            if isinstance(exc, TemoinError):
                self.problem = exc
                reason = str(exc)
            else:
                reason = f"the audio source failed to start ({type(exc).__name__}: {exc})"
            self._q.put(_Ended(reason))
            try:
                self.stop()
            except Exception:  # noqa: BLE001 - the start's error is the one to report
                for closing in (self._wav.close, self._journal.close):
                    with contextlib.suppress(OSError):
                        closing()  # not finalized: recover repairs it as after a crash
            finally:
                self._end_threads()  # even when the source's own stop() failed too
                self._release_lock()  # the caller gets no result to settle: recover does
            raise exc

    def schedule_event(self, kind: str, frame: int, text: str | None = None) -> None:
        """Log ``kind`` when the source reaches ``frame`` (e.g. ``--event granted@6.5``).

        Schedule before ``start()`` when the frame may be early: a fast file
        source can pass it before a later request arrives.
        """
        req = _EventRequest(kind, text, frame, None)
        if self.state is State.IDLE:
            self._early.append(req)
        else:
            self._q.put(req)

    def post_event(
        self,
        kind: str,
        text: str | None = None,
        frame: int | None = None,
        *,
        at_frame: int | None = None,
    ) -> Event:
        """Log an event now (``frame=None``) or at a source frame, and return it once applied.

        A frame the writer has already passed is applied at once (at the current
        offset); a future frame blocks until the audio reaches it. The line is in the
        journal on return (a killed process keeps it); the sync thread makes it
        durable within about a second, or as soon as a slow disk allows.
        """
        if self.state in {State.IDLE, State.STOPPED}:
            raise RuntimeError("the recording is not running")
        req = _EventRequest(
            kind, text, frame, time.time() if frame is None else None, at_written=at_frame
        )
        self._q.put(req)
        while not req.done.wait(0.5):
            if self._writer is None or not self._writer.is_alive():
                break
        if req.result is None:
            raise RuntimeError(f"the {kind!r} event was not applied: the recording ended first")
        return req.result

    def wait(self, timeout: float | None = None) -> bool:
        """True once the recording needs no more input: end of file, duration, lost, failed."""
        return self._done.wait(timeout)

    def switch_source(self, new_source: AudioSource) -> None:
        """Continue the same recording from another device, as a new segment."""
        if self.state not in {State.RECORDING, State.DEVICE_LOST}:
            raise RuntimeError(f"cannot switch sources while {self.state.value}")
        new_source.open()
        if new_source.format != self._fmt:
            nf = new_source.format
            raise AudioDeviceError(
                f"{new_source.label!r} records {nf.sample_rate} Hz, {nf.channels} channel(s); "
                f"this recording is {self._fmt.sample_rate} Hz, {self._fmt.channels} channel(s). "
                "Choose a device that supports the same format."
            )
        gate = _SwitchGate(self)
        try:
            new_source.start(gate)  # a device that cannot start changes nothing
        except BaseException:
            gate.discard()
            with contextlib.suppress(Exception):
                new_source.abort()
            raise
        changed = self.state is State.RECORDING
        if changed:
            self.source.stop()
        self.source = new_source
        self._done.clear()  # before the writer sees the switch: wait() must not return early
        self._q.put(_Switch(new_source.label, changed))
        gate.commit()

    def stop(self) -> RecordingResult:
        """Stop the source, let the writer drain the queue, finalize the file and the sidecar."""
        if self._result is not None:
            return self._result
        if self.state is State.IDLE:
            raise RuntimeError("the recording was never started")
        if self.state is State.RECORDING:
            self._user_stop = True
        if self.state is State.DEVICE_LOST:
            self.source.abort()
        else:
            self.source.stop()
        self._q.put(_STOP)
        if self._writer is not None:
            self._writer.join()
        if self._syncer is not None:
            self._syncer.close()  # its last checkpoint lands before the end line
            if self._syncer.error is not None:
                self._fail(self._syncer.error)  # the last sync failed: not "completed"
        try:
            self._result = self._finalize()
        except BaseException:
            self._release_lock()
            raise
        if self._bug is not None:
            self._release_lock()  # no result for the caller to settle: recover does it
            raise self._bug
        return self._result

    def release(self) -> None:
        """Let go of the recording's folder, once the call is settled (safe to call again).

        From ``start()`` until then the folder is locked, so ``temoin recover`` leaves it
        alone: ``stop()`` keeps the lock, and the caller releases it once the consent
        decision is carried out (``recorder.call.apply_retention``); the CLI and the demo
        also index the call first, the app indexes it after releasing.
        A ``with`` block does it on the way out (and stops a recording still running); a
        process that dies lets go of it with its descriptors.
        """
        if self._result is None and self.state not in {State.IDLE, State.STOPPED}:
            raise RuntimeError("stop() the recording before releasing it")
        self._release_lock()

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._result is None and self.state not in {State.IDLE, State.STOPPED}:
                with contextlib.suppress(Exception):
                    self.stop()  # left by an exception mid-call: finalize what was written
        finally:
            self._release_lock()

    def _end_threads(self) -> None:
        """End the writer and the sync thread (safe after ``stop()`` already did)."""
        self._q.put(_STOP)
        if self._writer is not None:
            self._writer.join()
        if self._syncer is not None:
            self._syncer.close()

    def _release_lock(self) -> None:
        if self._unlock is not None:
            self._unlock()

    def truncate(self, frame: int, reason: str | None = None) -> Sidecar:
        """After stop: cut ``original.wav`` to ``frame`` frames (e.g. at a refusal)."""
        if self._result is None:
            raise RuntimeError("stop() the recording first")
        return truncate_recording(self.dir, frame, reason)

    def discard(self, reason: str) -> Sidecar:
        """After stop: delete the audio, keep the journal and sidecar (outcome ``discarded``)."""
        if self._result is None:
            raise RuntimeError("stop() the recording first")
        return discard_recording(self.dir, reason)

    # --- the writer thread ------------------------------------------------------------

    def _run(self) -> None:
        last_checkpoint = last_turn = time.monotonic()
        while True:
            try:
                item = self._q.get(timeout=0.1)
            except queue.Empty:
                item = None
            if item is _STOP:
                return
            turn = time.monotonic()
            if turn - last_turn > STALL_S:
                # This process did not run (SIGSTOP, swapping): neither did the audio
                # callback, so its silence says nothing about the device yet.
                self._alive_at = max(self._alive_at, turn + STALL_GRACE_S - self.watchdog_s)
            last_turn = turn
            try:
                if isinstance(item, np.ndarray):
                    with self._qlock:
                        self._queued_blocks -= 1
                        self._queued_frames -= len(item)
                    if self._put_mode:
                        self._put_slots.release()
                    self._on_block(item)
                elif isinstance(item, Hole):
                    self._on_hole(item)
                elif isinstance(item, _EventRequest):
                    self._on_request(item)
                elif isinstance(item, _Ended):
                    self._on_ended(item)
                elif isinstance(item, _Switch):
                    self._on_switch(item)
                elif item is None:
                    self._flush_drops(idle=True)
                syncer = self._syncer
                if syncer is not None and syncer.error is not None:
                    self._fail(syncer.error)
                now = time.monotonic()
                self._check_counters(now)
                if (
                    self.state is State.RECORDING
                    and self.source.live
                    and now - self._alive_at > self.watchdog_s
                ):
                    self._lost(f"no audio from the device for {self.watchdog_s:g} s")
                if now - last_checkpoint >= CHECKPOINT_S:
                    self._check_folder()
                    self._checkpoint()
                    last_checkpoint = now
            except OSError as exc:
                self._fail(exc)
            except Exception as exc:  # noqa: BLE001 - a bug must not silently stop the writer
                self._bug = exc
                self._fail(OSError(errno.EIO, f"internal error: {exc!r}"))

    def _on_block(self, block: np.ndarray) -> None:
        if self.state is not State.RECORDING:
            return  # after a loss or a failure: stale blocks are not part of the file
        n = len(block)
        pos = 0
        while pos < n:
            self._apply_due()
            take = n - pos
            if self._pending:
                take = min(take, self._pending[0].source_frame - self._source_frames)  # type: ignore[operator]
            if self.stop_after_frames is not None:
                take = min(take, self.stop_after_frames - self._source_frames)
                if take <= 0:
                    self._finish()
                    return
            chunk = block if take == n else block[pos : pos + take]
            if self.on_level is not None or self.on_track_levels is not None:
                self._meter(chunk)
            if self._paused:
                self._paused_frames += take
            else:
                self._write(chunk)
                if self.state is not State.RECORDING:
                    return
            self._source_frames += take
            pos += take
        self._apply_due()
        self._recent.append((self._written, self._hash.copy()))
        if self.stop_after_frames is not None and self._source_frames >= self.stop_after_frames:
            self._finish()

    def _on_hole(self, hole: Hole) -> None:
        """Log the hole where it is in ``original.wav``; its time still passed for schedules."""
        if self.state is not State.RECORDING or hole.frames <= 0:
            return
        if self._paused:
            # Nothing was being recorded: the file misses nothing; the time still passed.
            self._source_frames += hole.frames
            return
        rate = self._fmt.sample_rate
        offset = max(0, self._written - hole.since)
        at_hash: str | None = self._hash.copy().hexdigest()
        if offset != self._written:
            at_hash = next((h.hexdigest() for f, h in self._recent if f == offset), None)
        if hole.cause == "queue":
            why = "dropped: the recording queue was full (the disk or the computer was too slow)"
        else:
            why = (
                "the audio device delivered nothing (this computer or its audio system was stalled)"
            )
        text = (
            f"{hole.frames} frames ({hole.frames / rate:.3f} s) missing at frame {offset} "
            f"({offset / rate:.3f} s) of {WAV_NAME}, not padded: {why}"
        )
        self._apply_event("gap", text, time.time(), frame_at=offset, hash_at=at_hash)
        self._source_frames += hole.frames
        if self.stop_after_frames is not None and self._source_frames >= self.stop_after_frames:
            self._finish()

    def _flush_drops(self, idle: bool) -> None:
        """Frames dropped with no block after them: log them once nothing is queued."""
        with self._qlock:
            if not self._drop_pending or (idle and not self._q.empty()):
                return
            frames, self._drop_pending = self._drop_pending, 0
        self._on_hole(Hole(frames, 0, "queue"))

    def _write(self, chunk: np.ndarray) -> None:
        data = pcm_bytes(chunk, self._fmt)
        try:
            self._wav.append(data)
        except WriteFailed as failed:
            self._hash.update(data[: failed.written])
            self._written += failed.written // self._fmt.block_align
            self._fail(failed.error)
            return
        self._hash.update(data)
        self._written += len(chunk)
        if chunk.ndim == 2 and chunk.shape[1] > 1 and len(chunk):
            # No float copy of every block; int64 so that -(-32768) does not wrap.
            low = chunk.min(axis=0)
            loudest = np.maximum(
                chunk.max(axis=0), -(low.astype(np.int64) if low.dtype.kind == "i" else low)
            )
            self._channel_max = (
                loudest if self._channel_max is None else np.maximum(self._channel_max, loudest)
            )

    def _meter(self, chunk: np.ndarray) -> None:
        scale = FULL_SCALE[self._fmt.sample_format]
        a = chunk.astype(np.float32)
        if a.size:
            flat = a.reshape(-1)
            self._level_peak = max(self._level_peak, float(np.max(np.abs(flat))) / scale)
            self._level_sumsq += float(np.dot(flat, flat)) / (scale * scale)
            self._level_n += flat.size
            if self.on_track_levels is not None:
                frames = a.reshape(len(chunk), -1)
                peak = np.max(np.abs(frames), axis=0) / scale
                sumsq = np.einsum("ij,ij->j", frames, frames) / (scale * scale)
                if self._track_peak is None or self._track_sumsq is None:
                    self._track_peak, self._track_sumsq = peak, sumsq
                else:
                    self._track_peak = np.maximum(self._track_peak, peak)
                    self._track_sumsq = self._track_sumsq + sumsq
        now = time.monotonic()
        if now - self._last_level >= LEVEL_PERIOD_S and self._level_n:
            if self.on_level is not None:
                rms = math.sqrt(self._level_sumsq / self._level_n)
                self.on_level(dbfs(self._level_peak), dbfs(rms))
            if (
                self.on_track_levels is not None
                and self._track_peak is not None
                and self._track_sumsq is not None
            ):
                n = self._level_n / len(self._track_peak)
                self.on_track_levels(
                    tuple(
                        (dbfs(float(p)), dbfs(math.sqrt(float(q) / n)))
                        for p, q in zip(self._track_peak, self._track_sumsq, strict=True)
                    )
                )
            self._level_peak = self._level_sumsq = 0.0
            self._level_n = 0
            self._track_peak = self._track_sumsq = None
            self._last_level = now

    def _on_request(self, req: _EventRequest) -> None:
        if req.at_written is not None:
            at, at_hash = self._past_frame(req.at_written)
            req.result = self._apply_event(
                req.kind, req.text, req.when, frame_at=at, hash_at=at_hash
            )
            req.done.set()
            return
        if req.source_frame is None or req.source_frame <= self._source_frames:
            req.result = self._apply_event(req.kind, req.text, req.when)
            req.done.set()
        else:
            bisect.insort(self._pending, req)

    def _apply_due(self) -> None:
        while self._pending and self._pending[0].source_frame <= self._source_frames:  # type: ignore[operator]
            req = self._pending.pop(0)
            req.result = self._apply_event(req.kind, req.text, None, req.source_frame)
            req.done.set()

    def _past_frame(self, at: int) -> tuple[int, str | None]:
        """A frame already written, no earlier than the last event (the log stays in
        order), snapped to the block boundary whose PCM hash is known."""
        at = max(0, min(at, self._written))
        if self.events:
            at = max(at, self.events[-1].frame)
        if at == self._written:
            return at, self._hash.copy().hexdigest()
        known = [(f, h) for f, h in self._recent if f <= at]
        if not known:
            return self._written, self._hash.copy().hexdigest()
        f, h = max(known, key=lambda fh: fh[0])
        if self.events and f < self.events[-1].frame:
            return self._written, self._hash.copy().hexdigest()
        return f, h.hexdigest()

    def _apply_event(
        self,
        kind: str,
        text: str | None,
        when: float | None,
        source_frame: int | None = None,
        *,
        frame_at: int | None = None,
        hash_at: str | None = None,
        cause: StopCause | None = None,
    ) -> Event:
        """Log ``kind`` at the current offset (or ``frame_at``, whose hash is ``hash_at``)."""
        if when is None:
            # A scheduled event happened when the audio reached it.
            frame = self._source_frames if source_frame is None else source_frame
            when = self._t_start_wall + frame / self._fmt.sample_rate
        utc, local = stamp(when)
        frame = self._written if frame_at is None else frame_at
        event = Event(
            kind=kind,
            frame=frame,
            seconds=round(frame / self._fmt.sample_rate, 6),
            utc=utc,
            local=local,
            text=text,
            pcm_sha256_at=self._hash.copy().hexdigest() if frame_at is None else hash_at,
            cause=cause,
        )
        self.events.append(event)
        line = {"type": "event", **event.to_json()}
        self._lines.append(line)
        if kind == "paused":
            self._paused = True
        elif kind == "resumed":
            self._paused = False
        try:
            # Written now (a killed process keeps it); made durable by the sync thread.
            self._journal.append(line, sync=False)
            if self._syncer is not None:
                self._syncer.request()
        except OSError as exc:
            if self.state is not State.FAILED:
                self._fail(exc)
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:  # a listener's bug must not stop the recording
                # The writer thread, not the audio callback: logging here blocks nothing.
                log.exception("the %s event's listener failed; the recording goes on", event.kind)
        return event

    def _on_ended(self, item: _Ended) -> None:
        if self.state is not State.RECORDING:
            return
        if item.error is None:
            self._apply_due()
            self._finish()
        elif item.bad_input:
            self._input_error(item.error)
        else:
            self._lost(item.error)

    def _on_switch(self, item: _Switch) -> None:
        if item.changed:
            self._apply_event("device_changed", item.label, time.time())
        self._apply_event("segment_start", item.label, time.time())
        self.state = State.RECORDING
        self.problem = None
        self._alive_at = time.monotonic() + FIRST_BLOCK_GRACE_S

    def _finish(self) -> None:
        self.state = State.FINISHED
        self._done.set()

    def _lost(self, reason: str) -> None:
        self.state = State.DEVICE_LOST
        self._apply_event("device_lost", reason, time.time())
        self._checkpoint()
        seconds = self._written / self._fmt.sample_rate
        self.problem = AudioDeviceError(
            f"The audio device was lost at {seconds:.1f} s ({reason}). Everything recorded until "
            f"then is saved in {self.wav_path}."
        )
        ClosingThread(self.source.abort, ABORT_THREAD).start()
        self._done.set()

    def _input_error(self, reason: str) -> None:
        """The input file is damaged: what was written stays a valid WAV; the input is to blame."""
        self._apply_due()
        self.state = State.FAILED
        self._outcome = "input_error"
        self._apply_event("input_error", reason, time.time())
        seconds = self._written / self._fmt.sample_rate
        self.problem = BadInputError(
            f"Recording stopped at {seconds:.1f} s because {reason}. The {seconds:.1f} s "
            f"recorded until then are saved in {self.wav_path} as a valid WAV file."
        )
        self._done.set()

    def _fail(self, error: OSError) -> None:
        if self.state is State.FAILED:
            return
        self.state = State.FAILED
        kind = "disk_full" if error.errno in _DISK_FULL else "write_error"
        self._outcome = kind
        self._wav.trim_partial()
        with contextlib.suppress(OSError):
            self._wav.patch_sizes(sync=True)
        seconds = self._written / self._fmt.sample_rate
        if error.strerror == WAV_LIMIT:
            why = f"{WAV_LIMIT} was reached"  # the file is full, not the disk
            cause = StopCause.WAV_LIMIT
        elif kind == "disk_full":
            why = "the disk is full or the file size limit was reached"
            cause = StopCause.DISK_FULL
        elif self._folder_lost is not None:
            why = _FOLDER_REASONS[self._folder_lost]  # _rescue says where the audio went
            cause = self._folder_lost
        else:
            why = f"writing failed: {error.strerror or error}"
            cause = StopCause.WRITE_FAILED
        self._apply_event(kind, why, time.time(), cause=cause)
        self.problem = EnvironmentProblem(
            f"Recording stopped at {seconds:.1f} s because {why}. The {seconds:.1f} s recorded "
            f"until then are saved in {self.wav_path} as a valid WAV file."
        )
        self._done.set()

    def _check_folder(self) -> None:
        """At each checkpoint: a folder deleted, moved or made read-only stops the call now.

        The audio would go on into a file that may be unlinked (a crash would lose it
        all) or that can never be saved there; ``_finalize`` then copies it elsewhere.
        One ``stat`` and one ``access`` a second.
        """
        if self.state is not State.RECORDING:
            return
        if self._audio_gone():
            self._folder_lost = StopCause.FOLDER_GONE
            self._fail(OSError(errno.ENOENT, FOLDER_GONE))
        elif not os.access(self.dir, os.W_OK):
            self._folder_lost = StopCause.FOLDER_READ_ONLY
            self._fail(OSError(errno.EACCES, FOLDER_READ_ONLY))

    def _counters(self) -> dict[str, int]:
        return {
            "overflows": self.overflows,
            "underflows": self._underflows,
            "paused_frames": self._paused_frames,
        }

    def _checkpoint(self) -> None:
        """Hand a checkpoint to the sync thread: it syncs the WAV, then logs the line."""
        if self.state is State.FAILED or self._syncer is None:
            return
        if self._checkpointed == self._written:
            return
        self._checkpointed = self._written
        line = {
            "type": "checkpoint",
            "frames": self._written,
            "pcm_sha256": self._hash.copy().hexdigest(),
            "utc": stamp(time.time())[0],
            **self._counters(),
        }
        self._syncer.checkpoint(self._wav.data_bytes, line)

    def _check_counters(self, now: float) -> None:
        if now == math.inf:
            self._flush_drops(idle=False)  # the end: what was dropped last
        # Drops by a full queue are ``gap`` events of their own (with their span).
        total = self._pa_overflows
        if total > self._overflows_logged and now - self._last_overflow_event >= (
            OVERFLOW_EVENT_PERIOD_S
        ):
            new = total - self._overflows_logged
            self._overflows_logged = total
            self._last_overflow_event = now
            self._apply_event(
                "overflow",
                f"{new} input overflow(s) reported by the audio device; {total} in all",
                time.time(),
            )

    # --- after the writer ---------------------------------------------------------------

    def _finalize(self) -> RecordingResult:
        self._check_counters(math.inf)
        self._apply_due()
        for req in self._pending:
            req.done.set()  # scheduled beyond the end: never happened in this recording
        self._pending.clear()
        if self._outcome is None:
            if self.state is State.DEVICE_LOST:
                self._outcome = "device_lost"
            elif self.state is State.FINISHED or not self._user_stop:
                self._outcome = "completed"
            else:
                self._outcome = "stopped"
        outcome = self._outcome
        self.state = State.STOPPED
        stopped = stamp(time.time())
        pcm_hash = self._hash.hexdigest()
        notes = []
        with contextlib.suppress(OSError):
            self._apply_event("stop", outcome, time.time())
        try:
            self._wav.patch_sizes(sync=True)
        except OSError as exc:
            notes.append(f"header not updated: {exc.strerror}")
        end = {
            "type": "end",
            "frames": self._written,
            "pcm_sha256": pcm_hash,
            "outcome": outcome,
            "utc": stopped[0],
            **self._counters(),
        }
        self._lines.append(end)
        from recorder import commit  # the commit protocol after capture (recorder/commit.py)

        commit.fault_point("finalize.start")
        try:
            self._journal.append(end)
        except OSError as exc:
            notes.append(f"journal end not written: {exc.strerror}")
        commit.fault_point("finalize.end")
        if self._audio_gone() or not os.access(self.dir, os.W_OK):
            sidecar = self._rescue(pcm_hash, outcome, stopped)
        else:
            self._wav.close()
            self._journal.close()
            sidecar = self._sidecar(pcm_hash, outcome, stopped, file_sha256(self.wav_path))
            # recording.json is replaced atomically; the intent and done lines around it
            # tell `recover` whether the library has indexed this version of it.
            with contextlib.suppress(OSError):
                commit.intent(self.dir, "sidecar", frames=self._written)
            try:
                write_sidecar(self.dir, sidecar)
                commit.fault_point("sidecar.written")
                commit.done(self.dir, "sidecar", frames=self._written)
            except OSError as exc:
                notes.append(f"recording.json not written ({exc.strerror}); run `temoin recover`")
        if notes and self.problem is not None:
            self.problem = type(self.problem)(self.problem.message + " Also: " + "; ".join(notes))
        elif notes:
            self.problem = EnvironmentProblem("The recording was saved, but " + "; ".join(notes))
        return RecordingResult(
            id=self.id,
            dir=self.dir,
            wav=self.wav_path,
            frames=self._written,
            duration_s=round(self._written / self._fmt.sample_rate, 6),
            pcm_sha256=pcm_hash,
            overflows=self.overflows,
            outcome=outcome,
            sidecar=sidecar.to_json(),
            problem=self.problem,
        )

    def _sidecar(
        self,
        pcm_hash: str,
        outcome: str,
        stopped: tuple[str, str],
        file_hash: str | None,
        audio_file: str | None = WAV_NAME,
    ) -> Sidecar:
        """``recording.json`` for this recording's journal lines, frames and counters."""
        return build_sidecar(
            self._lines,
            frames=self._written,
            pcm_sha256=pcm_hash,
            file_hash=file_hash,
            outcome=Outcome(outcome),
            stopped=stopped,
            counters=self._counters(),
            audio_file=audio_file,
        )

    def _audio_gone(self) -> bool:
        """``original.wav`` is no longer at its path: the library was deleted or moved."""
        try:
            return os.stat(self.wav_path).st_ino != os.fstat(self._wav._fd).st_ino
        except OSError:
            return True

    def _rescue(self, pcm_hash: str, outcome: str, stopped: tuple[str, str]) -> Sidecar:
        """The folder was deleted, moved or made read-only: copy the audio (still open) and
        the journal elsewhere.

        The WAV's descriptor still reads the whole capture, so nothing is lost as long as
        one spare folder is writable: beside the library, then home, then the temp dir.
        """
        import tempfile

        from recorder.paths import open_private

        lost = self.dir
        # A whole event (frame, times, the hash at that frame), before the end line: the
        # rescued folder's journal must read like any other, for recover, cut and export.
        utc, local = stamp(time.time())
        rate = self._fmt.sample_rate
        rescued = Event(
            "rescued",
            self._written,
            round(self._written / rate, 6),
            utc,
            local,
            str(lost),
            pcm_hash,
        )
        end_at = max(i for i, line in enumerate(self._lines) if line["type"] == "end")
        lines = list(self._lines)
        lines.insert(end_at, {"type": "event", **rescued.to_json()})
        bases = [self.library.parent, Path.home(), Path(tempfile.gettempdir())]
        target: Path | None = None
        for base in bases:
            candidate = base / f"temoin-rescued-{self.id}"
            try:
                candidate.mkdir(mode=0o700)
            except OSError:
                continue
            try:
                out = open_private(candidate / WAV_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
                try:
                    offset = 0
                    while chunk := os.pread(self._wav._fd, 1 << 20, offset):
                        view = memoryview(chunk)
                        while view:
                            view = view[os.write(out, view) :]
                        offset += len(chunk)
                    os.fsync(out)
                finally:
                    os.close(out)
                journal = Journal(candidate / JOURNAL_NAME)
                try:
                    for line in lines:
                        journal.append(line, sync=False)
                    journal.sync()
                finally:
                    journal.close()
            except OSError:
                with contextlib.suppress(OSError):
                    for leftover in candidate.iterdir():
                        leftover.unlink()
                    candidate.rmdir()
                continue
            target = candidate
            break
        self._wav.close()
        self._journal.close()
        seconds = self._written / self._fmt.sample_rate
        if self._folder_lost is not None:
            how = f"during the call, so the call was stopped at {seconds:.1f} s"
        else:
            how = f"as the call ended, at {seconds:.1f} s"
        # Still there but read-only: the audio stays in it too; else it went with the folder.
        read_only = lost.is_dir()
        if target is None:
            spares = ", ".join(map(str, bases))
            if read_only:
                what = (
                    f"The recording folder {lost} became read-only or unwritable {how}, and no "
                    f"spare folder could be written ({spares}) for a copy. The {seconds:.1f} s "
                    f"captured are still in {lost / WAV_NAME}: once that folder is writable "
                    "again, Témoin finishes the call there at its next start (or run "
                    "`temoin recover`)."
                )
            else:
                what = (
                    f"The recording folder {lost} was deleted or moved {how}, and no spare "
                    f"folder could be written ({spares}); the {seconds:.1f} s captured could "
                    "not be saved."
                )
            self.problem = EnvironmentProblem(what)
            return self._sidecar(pcm_hash, outcome, stopped, None, audio_file=None)
        self.dir = target
        self._lines = lines
        sidecar = self._sidecar(pcm_hash, outcome, stopped, file_sha256(target / WAV_NAME))
        with contextlib.suppress(OSError):
            write_sidecar(target, sidecar)
        if read_only:
            what = (
                f"The recording folder {lost} became read-only or unwritable {how}. A copy of "
                f"all {seconds:.1f} s captured was kept in {target} (original.wav, "
                f"journal.jsonl, recording.json). The same audio stays in {lost}: once that "
                "folder is writable again, Témoin finishes the call there at its next start "
                f"(or run `temoin recover`). Both are the same call (ID {self.id}): once it is "
                "back in the library, delete the copy."
            )
        else:
            what = (
                f"The recording folder {lost} was deleted or moved {how}. The {seconds:.1f} s "
                f"captured were kept in {target} (original.wav, journal.jsonl, recording.json). "
                f"To have it in the library, move that folder into {self.library / 'recordings'} "
                "and open Témoin again (or run `temoin recover`)."
            )
        if self.problem is not None and self._folder_lost is None:
            what = f"{what} ({self.problem.message})"  # what else went wrong first
        self.problem = EnvironmentProblem(what)
        return sidecar
