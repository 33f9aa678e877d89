"""Input devices as PortAudio sees them.

sounddevice loads the PortAudio shared library at import; on Linux that is a
system package, so its absence is an environment problem with a one-line fix,
not a crash.
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass
from types import ModuleType
from typing import Any

from recorder.errors import AudioDeviceError, PortAudioMissingError

PORTAUDIO_HINT = (
    "PortAudio is not installed. On Debian or Ubuntu: sudo apt-get install libportaudio2"
    if sys.platform.startswith("linux")
    else "PortAudio could not be loaded: reinstall Témoin (it ships PortAudio on this system)."
)


def load_sounddevice() -> ModuleType:
    """Import sounddevice, turning a missing PortAudio into a clear error."""
    try:
        import sounddevice
    except OSError as exc:  # "PortAudio library not found"
        raise PortAudioMissingError(PORTAUDIO_HINT) from exc
    module: ModuleType = sounddevice
    return module


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    host_api: str
    max_input_channels: int
    default_samplerate: float
    is_default: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def list_input_devices() -> list[InputDevice]:
    """Every device with at least one input channel, the default one marked."""
    sd = load_sounddevice()
    try:
        devices = sd.query_devices()
        host_apis = sd.query_hostapis()
        default_in = sd.default.device[0]
    except sd.PortAudioError as exc:
        raise AudioDeviceError(f"PortAudio could not list the audio devices: {exc}") from exc
    if default_in is None or default_in < 0:
        try:
            default_in = sd.query_devices(kind="input")["index"]
        except (sd.PortAudioError, ValueError):
            default_in = -1
    result = []
    for dev in devices:
        if dev["max_input_channels"] <= 0:
            continue
        result.append(
            InputDevice(
                index=int(dev["index"]),
                name=str(dev["name"]),
                host_api=str(host_apis[dev["hostapi"]]["name"]),
                max_input_channels=int(dev["max_input_channels"]),
                default_samplerate=float(dev["default_samplerate"]),
                is_default=int(dev["index"]) == default_in,
            )
        )
    return result
