"""Windows' (and macOS') devices through ``soundcard``: microphones, and what an output plays.

Windows has no monitor sources; WASAPI records what an output device renders
in "loopback" mode. PortAudio 19.6 (sounddevice's) cannot open it, so the two
tracks' devices go through ``soundcard`` (maintained by the author of
``soundfile``): its Windows backend is a cffi binding of WASAPI with the
loopback flag, its macOS one of Core Audio (which has no loopback: a driver
such as BlackHole is an input there). The same API on Linux reads the
PulseAudio server, which is how this module's code is tested on Linux CI
(``TEMOIN_AUDIO_BACKEND=soundcard``, see ``recorder.endpoints``).

A loopback runs on the output device's clock, not the microphone's: the two
drift apart by tens of ppm, which ``recorder.twotrack`` measures and
corrects (``clock_correction`` events). WASAPI delivers nothing while the
output plays nothing; ``soundcard`` fills that time with zeros by the wall
clock, so the track stays continuous.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np

from recorder.capture import DEFAULT_RATE, BlockSink
from recorder.endpoints import Endpoint, Endpoints
from recorder.errors import AudioDeviceError
from recorder.readersource import ReaderSource, ReadFailed
from recorder.wav import AudioFormat

INSTALL_HINT = "Reinstall Témoin: the soundcard package it needs for this is missing."
_SERVERS = {"win32": "WASAPI (soundcard)", "darwin": "Core Audio (soundcard)"}


def _soundcard() -> Any:
    try:
        import soundcard
    except ImportError as exc:
        raise AudioDeviceError(
            f"The sound devices cannot be used here ({exc}). " + INSTALL_HINT
        ) from exc
    except (OSError, RuntimeError, AssertionError, IndexError) as exc:
        # On Linux, soundcard connects to the sound server as it is imported: none, and
        # the import itself fails (AssertionError); it names its client after sys.argv,
        # which fails under `python -c` (IndexError). Neither is a broken install.
        detail = f" ({exc})" if str(exc) else ""
        raise AudioDeviceError(
            f"The sound system does not answer{detail}, so the microphones and what the "
            "computer plays cannot be listed. Is a desktop session running?"
        ) from exc
    return soundcard


def _server_name() -> str:
    return _SERVERS.get(sys.platform, "PulseAudio (soundcard)")


def _loopback_for(speaker: Any, loops: list[Any]) -> Any | None:
    """The loopback "microphone" that records ``speaker``: on Windows it has the speaker's
    id; on PulseAudio it is the sink's monitor ("<id>.monitor", "Monitor of <name>")."""
    ids = {str(speaker.id), f"{speaker.id}.monitor"}
    for mic in loops:
        if str(mic.id) in ids:
            return mic
    title = f"Monitor of {speaker.name}"
    return next((mic for mic in loops if str(mic.name) == title), None)


def list_endpoints() -> Endpoints:
    """soundcard's microphones and the outputs it can loop back, defaults marked.

    An input's ``name`` is soundcard's id, an output's the id of its loopback
    (``monitor_of``: the speaker's id). macOS has no loopback: no outputs.
    """
    sc = _soundcard()
    try:
        mics = list(sc.all_microphones(include_loopback=False))
        default_mic = _default(sc.default_microphone)
        outputs: list[Endpoint] = []
        if sys.platform != "darwin":  # Core Audio warns, and returns no loopback
            loops = [m for m in sc.all_microphones(include_loopback=True) if m.isloopback]
            default_speaker = _default(sc.default_speaker)
            for speaker in sc.all_speakers():
                loop = _loopback_for(speaker, loops)
                if loop is not None:
                    outputs.append(
                        Endpoint(
                            name=str(loop.id),
                            description=str(speaker.name),
                            is_default=default_speaker is not None
                            and speaker.id == default_speaker.id,
                            monitor_of=str(speaker.id),
                            channels=_channels(speaker),
                        )
                    )
        inputs = tuple(
            Endpoint(
                name=str(m.id),
                description=str(m.name),
                is_default=default_mic is not None and m.id == default_mic.id,
                channels=_channels(m),
            )
            for m in mics
        )
    except Exception as exc:  # a driver's own error, said in a sentence
        raise AudioDeviceError(f"The sound devices could not be listed ({exc}).") from exc
    return Endpoints(inputs, tuple(outputs), _server_name())


def _default(which: Any) -> Any:
    """The default device, or None: WASAPI has none when no such device is enabled, which
    leaves the others listed (none marked) rather than failing the whole list."""
    try:
        return which()
    except Exception:  # noqa: BLE001 - "no default" in each backend's own words
        return None


def _channels(device: Any) -> int:
    channels = device.channels
    return len(channels) if isinstance(channels, list | tuple) else max(1, int(channels))


def _microphone(endpoint: Endpoint) -> Any:
    """soundcard's "microphone" for ``endpoint``: an input, or an output's loopback."""
    sc = _soundcard()
    try:
        mics = list(sc.all_microphones(include_loopback=endpoint.is_output))
    except Exception as exc:
        raise AudioDeviceError(f"The sound devices could not be listed ({exc}).") from exc
    for mic in mics:
        if str(mic.id) == endpoint.name and bool(mic.isloopback) == endpoint.is_output:
            return mic
    raise AudioDeviceError(
        f"“{endpoint.description}” is no longer there. Run `temoin devices` to see the list."
    )


class SoundcardSource(ReaderSource):
    """A mono int16 stream of one of soundcard's microphones, or of an output's loopback
    (what it plays: the other party of a softphone call)."""

    thread_name = "temoin-soundcard-read"

    def __init__(self, endpoint: Endpoint, sample_rate: int = DEFAULT_RATE) -> None:
        super().__init__(sample_rate)
        self.endpoint = endpoint
        self._mic: Any = None

    @property
    def label(self) -> str:
        return self.endpoint.description

    def open(self) -> None:
        if self._format is not None:
            return
        self._mic = _microphone(self.endpoint)
        self._format = AudioFormat(self.sample_rate, 1, "int16")

    def describe(self) -> dict[str, Any]:
        e = self.endpoint
        device = {
            "name": e.description,
            "soundcard_id": e.name,
            "host_api": _server_name() + (" loopback" if e.is_output else ""),
            "monitor_of": e.monitor_of,
        }
        return {"kind": "device", "device": device, "input": None}

    def _what(self) -> str:
        return f"what “{self.label}” plays" if self.endpoint.is_output else f"“{self.label}”"

    def start(self, sink: BlockSink) -> None:
        blocksize = self.blocksize
        try:
            recorder = self._mic.recorder(samplerate=self.sample_rate, blocksize=blocksize)
            recorder.__enter__()
        except Exception as exc:
            raise AudioDeviceError(f"Could not start recording {self._what()}: {exc}") from exc

        def read() -> np.ndarray:
            try:
                data = np.asarray(recorder.record(numframes=blocksize), dtype=np.float32)
            except Exception as exc:
                raise ReadFailed(f"the recording of {self._what()} stopped ({exc})") from exc
            # Each side of a call is one channel: the device's channels are mixed down.
            mono = data.reshape(len(data), -1).mean(axis=1)
            block: np.ndarray = np.clip(np.rint(mono * 32768.0), -32768, 32767).astype(np.int16)
            return block.reshape(-1, 1)

        self._spawn(sink, read, lambda: recorder.__exit__(None, None, None))
