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

from typing import Any

import numpy as np

from recorder.capture import DEFAULT_RATE, BlockSink
from recorder.errors import AudioDeviceError
from recorder.readersource import ReaderSource, ReadFailed
from recorder.wav import AudioFormat

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


class LoopbackSource(ReaderSource):
    """A mono int16 stream of what an output plays (the other party of a softphone call)."""

    thread_name = "temoin-loopback-read"

    def __init__(self, output: str = "default-output", sample_rate: int = DEFAULT_RATE) -> None:
        super().__init__(sample_rate)
        self.output = output
        self._speaker: Any = None
        self._mic: Any = None

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
        blocksize = self.blocksize
        try:
            recorder = self._mic.recorder(samplerate=self.sample_rate, blocksize=blocksize)
            recorder.__enter__()
        except Exception as exc:
            raise AudioDeviceError(
                f"Could not start recording what “{self.label}” plays: {exc}"
            ) from exc

        def read() -> np.ndarray:
            try:
                data = np.asarray(recorder.record(numframes=blocksize), dtype=np.float32)
            except Exception as exc:
                raise ReadFailed(
                    f"the recording of what “{self.label}” plays stopped ({exc})"
                ) from exc
            # Each side of a call is one channel: the output's channels are mixed down.
            mono = data.reshape(len(data), -1).mean(axis=1)
            block: np.ndarray = np.clip(np.rint(mono * 32768.0), -32768, 32767).astype(np.int16)
            return block.reshape(-1, 1)

        self._spawn(sink, read, lambda: recorder.__exit__(None, None, None))
