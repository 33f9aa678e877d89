"""What an output plays, on Windows: WASAPI loopback through ``soundcard``.

Windows has no monitor sources; WASAPI records what an output device renders
in "loopback" mode. PortAudio 19.6 (sounddevice's) cannot open it, so this
source uses ``soundcard`` (maintained by the author of ``soundfile``): its
Windows backend is a cffi binding of WASAPI with the loopback flag, and the
same API on Linux reads a PulseAudio monitor, which is how this module's
code is tested on Linux CI.

The loopback runs on the output device's clock, not the microphone's: the
two drift apart by tens of ppm, which ``recorder.twotrack`` measures and
corrects (``clock_correction`` events). WASAPI delivers nothing while the
output plays nothing; ``soundcard`` fills that time with zeros by the wall
clock, so the track stays continuous.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import numpy as np

from recorder.capture import DEFAULT_RATE, BlockSink, GapClock, Hole, track_closed, track_open
from recorder.errors import AudioDeviceError
from recorder.wav import AudioFormat

log = logging.getLogger(__name__)

BLOCK_S = 0.05
JOIN_S = 2.0
INSTALL_HINT = "Reinstall Témoin: the soundcard package it needs for this is missing."


def _soundcard() -> Any:
    try:
        import soundcard
    except (ImportError, OSError, RuntimeError, AssertionError) as exc:
        raise AudioDeviceError(
            f"What the computer plays cannot be recorded here ({type(exc).__name__}: {exc}). "
            + INSTALL_HINT
        ) from exc
    return soundcard


def _loopback_of(spec: str) -> tuple[Any, Any]:
    """The output (speaker) ``spec`` names, and the loopback "microphone" that records it."""
    sc = _soundcard()
    try:
        speakers = list(sc.all_speakers())
        if spec in {"default", "default-output"}:
            speaker = sc.default_speaker()
        else:
            folded = spec.casefold()
            matches = [s for s in speakers if s.id == spec or folded in str(s.name).casefold()]
            if not matches:
                names = ", ".join(f"“{s.name}”" for s in speakers) or "none"
                raise AudioDeviceError(f"No output named “{spec}” (the outputs are: {names}).")
            speaker = matches[0]
        loops = [m for m in sc.all_microphones(include_loopback=True) if m.isloopback]
    except AudioDeviceError:
        raise
    except Exception as exc:  # a driver's own error, said in a sentence
        raise AudioDeviceError(f"The outputs could not be listed ({exc}).") from exc
    for mic in loops:
        # Windows: the loopback has the output's id; PulseAudio: "Monitor of <output>".
        if mic.id == speaker.id or str(speaker.name) in str(mic.name):
            return speaker, mic
    raise AudioDeviceError(f"What “{speaker.name}” plays cannot be recorded (no loopback).")


class LoopbackSource:
    """A mono int16 stream of what an output plays (the other party of a softphone call)."""

    live = True
    notice: str | None = None

    def __init__(self, output: str = "default-output", sample_rate: int = DEFAULT_RATE) -> None:
        self.output = output
        self.sample_rate = sample_rate
        self._format: AudioFormat | None = None
        self._speaker: Any = None
        self._mic: Any = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def format(self) -> AudioFormat:
        if self._format is None:
            raise RuntimeError("open() the source first")
        return self._format

    @property
    def label(self) -> str:
        return str(self._speaker.name) if self._speaker is not None else self.output

    def open(self) -> None:
        if self._format is not None:
            return
        self._speaker, self._mic = _loopback_of(self.output)
        self._format = AudioFormat(self.sample_rate, 1, "int16")

    def describe(self) -> dict[str, Any]:
        device = {
            "name": self.label,
            "host_api": "WASAPI loopback (soundcard)",
            "monitor_of": self.label,
        }
        return {"kind": "device", "device": device, "input": None}

    def start(self, sink: BlockSink) -> None:
        blocksize = max(1, round(self.sample_rate * BLOCK_S))
        try:
            recorder = self._mic.recorder(samplerate=self.sample_rate, blocksize=blocksize)
            recorder.__enter__()
        except Exception as exc:  # the driver's refusal, said in a sentence
            raise AudioDeviceError(
                f"Could not start recording what “{self.label}” plays: {exc}"
            ) from exc
        self._stop.clear()
        track_open(self)
        self._thread = threading.Thread(
            target=self._run,
            args=(sink, recorder, blocksize),
            name="temoin-loopback-read",
            daemon=True,
        )
        self._thread.start()

    def _run(self, sink: BlockSink, recorder: Any, blocksize: int) -> None:
        report = getattr(sink, "gap", None)
        clock = GapClock(self.sample_rate)
        ended: str | None = None
        try:
            while not self._stop.is_set():
                try:
                    data = np.asarray(recorder.record(numframes=blocksize), dtype=np.float32)
                except Exception as exc:  # noqa: BLE001 - a lost device, in a sentence
                    ended = f"the recording of what “{self.label}” plays stopped ({exc})"
                    break
                if self._stop.is_set():
                    break
                # Each side of a call is one channel: the output's channels are mixed down.
                mono = data.reshape(len(data), -1).mean(axis=1)
                block = np.clip(np.rint(mono * 32768.0), -32768, 32767).astype(np.int16)
                if report is not None:
                    hole: Hole | None = clock.feed(len(block), 0.0, time.monotonic())
                    if hole is not None:
                        report(hole)
                sink.offer(block.reshape(-1, 1))
        finally:
            try:
                recorder.__exit__(None, None, None)
            except Exception:  # closing a lost device may fail too
                log.warning("closing the loopback of %s failed", self.label, exc_info=True)
            track_closed(self)
        if ended is not None:
            sink.ended(ended)

    def stop(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(JOIN_S)
            if thread.is_alive():
                log.warning("the loopback read of %s did not return", self.label)
        self._thread = None

    def abort(self) -> None:
        self.stop()
