"""The PulseAudio protocol: what the computer plays, and every input, by name.

PortAudio (Debian's 19.6 has ALSA only) reaches the sound server through one
ALSA ``default`` device, so it can record one source per process and never an
output's monitor next to the microphone. Every current Linux desktop serves the
PulseAudio protocol (``pipewire-pulse``, or PulseAudio itself), which names
each source, including the monitor of each output: what a softphone, Teams or
a Bluetooth phone in hands-free mode plays. Both streams come from one server,
but each source keeps its device's clock (two sound cards drift apart):
``recorder.twotrack`` follows both.

Listing uses ``pulsectl`` (a maintained binding of libpulse's control API), into
``recorder.endpoints``' types (which also chooses this backend or soundcard's).
Capture uses libpulse-simple, the library's own blocking API, bound here in a
few lines of ctypes: each read fills a fresh int16 array in C with the GIL
released, no Python polling and no float round trip in Python (the samples are
the server's own int16 rendering of its source), and errors come back as
libpulse's own sentence.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from typing import Any

import numpy as np

from recorder.capture import DEFAULT_RATE, BlockSink
from recorder.endpoints import Endpoint, Endpoints
from recorder.errors import AudioDeviceError
from recorder.readersource import ReaderSource, ReadFailed
from recorder.wav import AudioFormat

log = logging.getLogger(__name__)

APP_NAME = "Témoin"
_PA_STREAM_RECORD = 2
_PA_SAMPLE_S16LE = 3


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


_libs: tuple[Any, Any] | None = None
_UNSET = 0xFFFFFFFF


def _libpulse() -> tuple[Any, Any]:
    """libpulse-simple and libpulse, loaded once; missing = a sentence, not a crash."""
    global _libs
    if _libs is None:
        try:
            simple = ctypes.CDLL(ctypes.util.find_library("pulse-simple") or "libpulse-simple.so.0")
            pulse = ctypes.CDLL(ctypes.util.find_library("pulse") or "libpulse.so.0")
        except OSError as exc:
            raise AudioDeviceError(
                "The PulseAudio client library is not installed, so what the computer plays "
                "cannot be recorded. On Debian or Ubuntu: sudo apt-get install libpulse0"
            ) from exc
        simple.pa_simple_new.restype = ctypes.c_void_p
        simple.pa_simple_new.argtypes = [
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.POINTER(_SampleSpec),
            ctypes.c_void_p,
            ctypes.POINTER(_BufferAttr),
            ctypes.POINTER(ctypes.c_int),
        ]
        simple.pa_simple_read.restype = ctypes.c_int
        simple.pa_simple_read.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.POINTER(ctypes.c_int),
        ]
        simple.pa_simple_free.restype = None
        simple.pa_simple_free.argtypes = [ctypes.c_void_p]
        pulse.pa_strerror.restype = ctypes.c_char_p
        pulse.pa_strerror.argtypes = [ctypes.c_int]
        _libs = (simple, pulse)
    return _libs


def _strerror(code: int) -> str:
    text = _libpulse()[1].pa_strerror(code)
    return text.decode("utf-8", "replace") if text else f"error {code}"


# --- what the server offers ------------------------------------------------------------


def _pulse_client(purpose: str) -> Any:
    try:
        import pulsectl
    except (ImportError, OSError) as exc:
        raise AudioDeviceError(
            "The PulseAudio client library is not installed, so what the computer plays "
            "cannot be recorded. On Debian or Ubuntu: sudo apt-get install libpulse0"
        ) from exc
    try:
        return pulsectl.Pulse(f"{APP_NAME} ({purpose})")
    except pulsectl.PulseError as exc:
        raise AudioDeviceError(
            "No sound server answers (PipeWire or PulseAudio), so what the computer plays "
            f"cannot be recorded ({exc}). Is a desktop session running?"
        ) from exc


def list_endpoints() -> Endpoints:
    """The server's inputs and the outputs whose sound can be recorded, defaults marked."""
    import pulsectl

    pulse = _pulse_client("devices")
    try:
        info = pulse.server_info()
        sinks = pulse.sink_list()
        sources = pulse.source_list()
    except pulsectl.PulseError as exc:
        raise AudioDeviceError(f"The sound server could not list its devices ({exc}).") from exc
    finally:
        pulse.close()
    by_index = {s.index: s for s in sinks}
    inputs: list[Endpoint] = []
    outputs: list[Endpoint] = []
    # pulsectl's ``sample_spec`` points into freed memory once the call returns: only the
    # copied fields (``channel_count``) are read.
    for src in sources:
        sink = by_index.get(src.monitor_of_sink) if src.monitor_of_sink != _UNSET else None
        if sink is not None:
            outputs.append(
                Endpoint(
                    name=src.name,
                    description=str(sink.description),
                    is_default=sink.name == info.default_sink_name,
                    monitor_of=sink.name,
                    channels=int(src.channel_count),
                )
            )
        elif src.monitor_of_sink == _UNSET:
            inputs.append(
                Endpoint(
                    name=src.name,
                    description=str(src.description),
                    is_default=src.name == info.default_source_name,
                    channels=int(src.channel_count),
                )
            )
    server = f"{info.server_name} {info.server_version}"
    return Endpoints(tuple(inputs), tuple(outputs), server)


# --- one stream ------------------------------------------------------------------------


class PulseSource(ReaderSource):
    """One mono int16 record stream on a named source of the sound server.

    Each read blocks in ``pa_simple_read`` for one 50 ms block, like a PortAudio
    callback's. A server that goes away makes the read fail: the sink is told the stream
    ended. A stalled server makes it block: the recorder's watchdog sees no blocks and
    treats it as lost.
    """

    thread_name = "temoin-pulse-read"

    def __init__(self, endpoint: Endpoint, sample_rate: int = DEFAULT_RATE) -> None:
        super().__init__(sample_rate)
        self.endpoint = endpoint

    @property
    def label(self) -> str:
        return self.endpoint.description

    def open(self) -> None:
        # The server converts any source to the rate asked: a monitor of a 44.1 kHz
        # output records at the microphone's 48 kHz, sample-aligned with it.
        _libpulse()
        self._format = AudioFormat(self.sample_rate, 1, "int16")

    def describe(self) -> dict[str, Any]:
        e = self.endpoint
        device = {
            "name": e.description,
            "pulse_name": e.name,
            "host_api": "PulseAudio protocol",
            "monitor_of": e.monitor_of,
        }
        return {"kind": "device", "device": device, "input": None}

    def _connect(self, blocksize: int) -> int:
        simple, _ = _libpulse()
        spec = _SampleSpec(_PA_SAMPLE_S16LE, self.sample_rate, 1)
        attr = _BufferAttr(_UNSET, _UNSET, _UNSET, _UNSET, blocksize * 2)
        error = ctypes.c_int(0)
        stream = simple.pa_simple_new(
            None,
            APP_NAME.encode(),
            _PA_STREAM_RECORD,
            self.endpoint.name.encode(),
            b"call recording",
            ctypes.byref(spec),
            None,
            ctypes.byref(attr),
            ctypes.byref(error),
        )
        if not stream:
            raise AudioDeviceError(
                f"Could not start recording from “{self.label}”: {_strerror(error.value)}."
            )
        return int(stream)

    def start(self, sink: BlockSink) -> None:
        simple, _ = _libpulse()
        blocksize = self.blocksize
        stream = self._connect(blocksize)
        error = ctypes.c_int(0)

        def read() -> np.ndarray:
            block = np.empty((blocksize, 1), dtype=np.int16)  # filled in C, GIL released
            if simple.pa_simple_read(stream, block.ctypes.data, blocksize * 2, ctypes.byref(error)):
                raise ReadFailed(
                    f"the sound server stopped the recording of “{self.label}” "
                    f"({_strerror(error.value)})"
                )
            return block

        self._spawn(sink, read, lambda: simple.pa_simple_free(stream))
