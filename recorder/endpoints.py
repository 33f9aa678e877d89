"""The two tracks' devices by name, from whichever sound system this computer has.

A two-track call needs every input and every output whose sound can be
recorded, by name. Linux desktops serve the PulseAudio protocol
(``recorder.pulse``: pipewire-pulse or PulseAudio, which names each output's
monitor). Windows and macOS have no such server: there ``soundcard``
(``recorder.loopback``) lists WASAPI's (or Core Audio's) microphones and, on
Windows, each output's loopback. Both give the same ``Endpoints``, so the
command line, the New call page and the meters do not care which it was.

The backend is chosen here, and only here, by ``backend()``: the platform's, or
the one the environment variable ``TEMOIN_AUDIO_BACKEND`` names (``pulse`` or
``soundcard``). Forcing ``soundcard`` on Linux runs the Windows code path
through soundcard's PulseAudio backend: that is how it is tested.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from recorder.capture import DEFAULT_RATE, AudioSource
from recorder.errors import AudioDeviceError

BACKEND_ENV = "TEMOIN_AUDIO_BACKEND"
PULSE = "pulse"  # the PulseAudio protocol (Linux: pipewire-pulse or PulseAudio)
SOUNDCARD = "soundcard"  # soundcard: WASAPI on Windows, Core Audio on macOS
BACKENDS = (PULSE, SOUNDCARD)
DEFAULT_INPUT = "default"
DEFAULT_OUTPUT = "default-output"


@dataclass(frozen=True)
class Endpoint:
    """A source to record from: an input, or what an output plays (``monitor_of`` set)."""

    name: str  # the backend's id: what a stream is opened on (a pulse name, a WASAPI id)
    description: str  # what the user recognises
    is_default: bool
    monitor_of: str | None = None  # the output this source plays, if it records an output
    channels: int = 1  # the source's own (mixed down to the one channel recorded)

    @property
    def is_output(self) -> bool:
        return self.monitor_of is not None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Endpoints:
    inputs: tuple[Endpoint, ...]  # microphones and other inputs (outputs' monitors excluded)
    outputs: tuple[Endpoint, ...]  # one per output whose sound can be recorded
    server: str  # which sound system listed them, for the user ("PipeWire 1.0", "WASAPI")

    def default_input(self) -> Endpoint | None:
        return next((e for e in self.inputs if e.is_default), None)

    def default_output(self) -> Endpoint | None:
        return next((e for e in self.outputs if e.is_default), None)


def backend(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """``pulse`` or ``soundcard``: ``$TEMOIN_AUDIO_BACKEND`` if set, else the platform's
    (Windows and macOS have no PulseAudio-protocol server; Linux desktops all do)."""
    env = os.environ if environ is None else environ
    forced = env.get(BACKEND_ENV, "").strip().casefold()
    if forced in BACKENDS:
        return forced
    if forced:
        raise AudioDeviceError(
            f"{BACKEND_ENV}={env[BACKEND_ENV]!r} names no sound system Témoin knows: "
            f"use {' or '.join(BACKENDS)}, or leave it unset."
        )
    plat = sys.platform if platform is None else platform
    return SOUNDCARD if plat in {"win32", "darwin"} else PULSE


def list_endpoints() -> Endpoints:
    """The inputs and the outputs whose sound can be recorded, defaults marked; raises
    ``AudioDeviceError`` (a sentence) when the sound system does not answer."""
    if backend() == SOUNDCARD:
        from recorder.loopback import list_endpoints as listing
    else:
        from recorder.pulse import list_endpoints as listing
    return listing()


def listed() -> Endpoints | None:
    """``list_endpoints()``, or None when the sound system does not answer (quietly: for
    choosing a path); a ``TEMOIN_AUDIO_BACKEND`` naming no sound system still raises."""
    backend()  # a bad TEMOIN_AUDIO_BACKEND is said, never taken for a silent system
    try:
        return list_endpoints()
    except (AudioDeviceError, ImportError, OSError):
        return None


def open_source(endpoint: Endpoint, sample_rate: int = DEFAULT_RATE) -> AudioSource:
    """A mono source on ``endpoint``, through the backend that listed it (not yet opened)."""
    if backend() == SOUNDCARD:
        from recorder.loopback import SoundcardSource

        return SoundcardSource(endpoint, sample_rate=sample_rate)
    from recorder.pulse import PulseSource

    return PulseSource(endpoint, sample_rate=sample_rate)


def match(items: tuple[Endpoint, ...], spec: str) -> Endpoint | None:
    """By exact name, then exact description, then one description containing the text."""
    for e in items:
        if e.name == spec:
            return e
    folded = spec.casefold()
    exact = [e for e in items if e.description.casefold() == folded]
    if exact:
        return exact[0]
    partial = [
        e
        for e in items
        if folded in e.description.casefold()
        or (e.monitor_of and folded in e.monitor_of.casefold())
    ]
    if len(partial) > 1:
        names = ", ".join(f"“{e.description}”" for e in partial)
        raise AudioDeviceError(f"“{spec}” matches several devices ({names}): name one exactly.")
    return partial[0] if partial else None


def find_input(spec: str, found: Endpoints | None = None) -> Endpoint:
    """``default`` or an input's name or description (a microphone, a phone adapter)."""
    found = list_endpoints() if found is None else found
    if spec in {DEFAULT_INPUT, "@DEFAULT_SOURCE@"}:
        chosen = found.default_input()
        if chosen is None:
            raise AudioDeviceError("The sound system has no default input (no microphone).")
        return chosen
    chosen = match(found.inputs, spec)
    if chosen is None:
        raise AudioDeviceError(
            f"No input named “{spec}” ({found.server}). Run `temoin devices` to see the list."
        )
    return chosen


def find_other_party(spec: str, found: Endpoints | None = None) -> Endpoint:
    """``default-output``, an output (its sound is recorded), or a second input."""
    found = list_endpoints() if found is None else found
    if spec in {DEFAULT_OUTPUT, "@DEFAULT_MONITOR@"}:
        chosen = found.default_output()
        if chosen is None:
            raise AudioDeviceError(_no_output(found))
        return chosen
    chosen = match(found.outputs, spec) or match(found.inputs, spec)
    if chosen is None:
        raise AudioDeviceError(
            f"No output or input named “{spec}” ({found.server}). "
            "Run `temoin devices` to see the list."
        )
    return chosen


def _no_output(found: Endpoints) -> str:
    if not found.outputs:
        # macOS: Core Audio records no output; a loopback driver is an input.
        return (
            f"{found.server} cannot record what the computer plays. Install a loopback "
            "driver (such as BlackHole), send the call's sound to it, and give it as the "
            "other party by name (`temoin devices` lists it among the inputs)."
        )
    return (
        "The sound system has no default output, so there is nothing to record of the "
        "other party. Choose one in `temoin devices`."
    )
