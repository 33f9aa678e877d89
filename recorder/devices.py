"""Input devices as PortAudio sees them.

sounddevice loads the PortAudio shared library at import; on Linux that is a
system package, so its absence is an environment problem with a one-line fix,
not a crash.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import asdict, dataclass
from types import ModuleType
from typing import Any

from recorder.errors import AudioDeviceError, PortAudioMissingError

# PortAudio lists devices once, when it is initialised: a microphone plugged in later
# (or the one that came back after a loss) is seen only after a re-initialisation. That
# closes every stream of the process, so it is done only when none is open; whoever
# opens a device holds this lock, so no re-initialisation happens under it.
# Re-initialising also renumbers the devices: keep a device's name with its number, and
# ``resolve_device`` finds the number the name has now.
PORTAUDIO_LOCK = threading.RLock()
_generation = 0  # re-initialisations so far: a list is current if it saw this one

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


def portaudio_generation() -> int:
    """Changes at each re-initialisation of PortAudio (the device numbers change with it)."""
    return _generation


def rescan_portaudio() -> list[InputDevice]:
    """Re-initialise PortAudio and list the input devices there are now.

    The caller makes sure no stream of this process is open (one would be cut, and a
    stream that never closed can hang PortAudio 19.6 for good); the lock keeps a device
    from being opened meanwhile.
    """
    global _generation
    with PORTAUDIO_LOCK:
        sd = load_sounddevice()
        sd._terminate()
        _generation += 1
        try:
            sd._initialize()
        except sd.PortAudioError as exc:
            raise AudioDeviceError(f"PortAudio could not be restarted: {exc}") from exc
        return list_input_devices()


def resolve_device(index: int | None, name: str | None) -> int | None:
    """The number the microphone ``name`` has now (it was ``index`` when listed).

    PortAudio renumbers its devices at every rescan, and a list may be from before one
    (Refresh pressed on another page): opening by the old number alone could record from
    another microphone than the one the user sees chosen.
    """
    if index is None or name is None:
        return index
    with PORTAUDIO_LOCK:
        devices = list_input_devices()
    if any(d.index == index and d.name == name for d in devices):
        return index
    same = [d.index for d in devices if d.name == name]
    if same:
        return same[0]
    raise AudioDeviceError(
        f"The microphone “{name}” is no longer connected. Choose one in the list "
        "(Refresh shows the ones there are now)."
    )
