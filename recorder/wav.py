"""The RIFF/WAVE format: what Témoin writes (``AudioFormat``, ``wav_header``) and reads.

One home for the byte layout, so the writer, the recovery, the export, the
waveform and the input-file sniffing agree on it.
"""

from __future__ import annotations

import math
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

import numpy as np
import numpy.typing as npt

from recorder.errors import BadInputError

SampleFormat = Literal["int16", "int24", "float32"]
_WIDTH = {"int16": 2, "int24": 3, "float32": 4}
_PCM_GUID = bytes.fromhex("0100000000001000800000aa00389b71")
_FLOAT_GUID = bytes.fromhex("0300000000001000800000aa00389b71")
# The RIFF size field (32 bits) counts everything after itself: a WAV holds at most
# this less the rest of the header. Past it a writer must stop (no RF64 here).
RIFF_SIZE_MAX = 0xFFFFFFFF
WAV_LIMIT = "the WAV format's 4 GiB limit"


@dataclass(frozen=True)
class AudioFormat:
    sample_rate: int
    channels: int
    sample_format: SampleFormat

    @property
    def sample_width(self) -> int:
        return _WIDTH[self.sample_format]

    @property
    def block_align(self) -> int:
        return self.sample_width * self.channels

    @property
    def extensible(self) -> bool:
        """WAVE_FORMAT_EXTENSIBLE only where the canonical header is not enough."""
        return self.sample_format == "int24" or self.channels > 2

    @property
    def header_bytes(self) -> int:
        return 68 if self.extensible else 44


def wav_header(fmt: AudioFormat, data_bytes: int) -> bytes:
    """The RIFF header for ``data_bytes`` of PCM (44 bytes, or 68 when extensible)."""
    width = fmt.sample_width
    byte_rate = fmt.sample_rate * fmt.block_align
    if fmt.extensible:
        mask = {1: 0x4, 2: 0x3}.get(fmt.channels, 0)
        guid = _FLOAT_GUID if fmt.sample_format == "float32" else _PCM_GUID
        fmt_body = struct.pack(
            "<HHIIHHHHI16s",
            0xFFFE,
            fmt.channels,
            fmt.sample_rate,
            byte_rate,
            fmt.block_align,
            width * 8,
            22,
            width * 8,
            mask,
            guid,
        )
    else:
        tag = 3 if fmt.sample_format == "float32" else 1
        fmt_body = struct.pack(
            "<HHIIHH", tag, fmt.channels, fmt.sample_rate, byte_rate, fmt.block_align, width * 8
        )
    riff_size = 4 + 8 + len(fmt_body) + 8 + data_bytes
    header = (
        b"RIFF"
        + struct.pack("<I", min(riff_size, 0xFFFFFFFF))
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt_body))
        + fmt_body
        + b"data"
        + struct.pack("<I", min(data_bytes, 0xFFFFFFFF))
    )
    assert len(header) == fmt.header_bytes
    return header


# The dtype a block of each sample format is held in while it is recorded (24-bit sits
# in the top 3 bytes of an int32, as ``pcm_bytes`` writes it), and that dtype's full scale,
# so a meter reads every format in dBFS.
BLOCK_DTYPE: dict[SampleFormat, str] = {"int16": "int16", "int24": "int32", "float32": "float32"}
FULL_SCALE: dict[SampleFormat, float] = {"int16": 32768.0, "int24": 2147483648.0, "float32": 1.0}


def dbfs(value: float) -> float:
    """A linear level (1.0 = full scale) in dBFS, floored at -120 (silence has no log)."""
    return -120.0 if value <= 1e-6 else max(-120.0, 20.0 * math.log10(value))


def pcm_bytes(block: np.ndarray, fmt: AudioFormat) -> memoryview:
    """The bytes a block occupies in the file (24-bit: the top 3 bytes of each int32)."""
    if fmt.sample_format == "int24":
        packed = np.ascontiguousarray(block, dtype="<i4").reshape(-1).view(np.uint8)
        return memoryview(packed.reshape(-1, 4)[:, 1:].tobytes())
    return np.ascontiguousarray(block).reshape(-1).view(np.uint8).data


SAMPLE_FORMATS = {(1, 16): "int16", (1, 24): "int24", (1, 32): "int32", (3, 32): "float32"}


@dataclass(frozen=True)
class WavLayout:
    """Where the PCM sits in a RIFF/WAVE file and how to read it."""

    data_offset: int
    data_bytes: int  # clamped to the file's real end (a crash can leave sizes stale)
    sample_rate: int
    channels: int
    bits: int
    block_align: int
    sample_format: str

    @property
    def frames(self) -> int:
        return self.data_bytes // self.block_align


def read_wav_layout(fh: IO[bytes], size: int, name: str = "WAV file") -> WavLayout:
    """Parse the RIFF chunks up to ``data``; ``size`` is the file's length in bytes."""
    head = fh.read(12)
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise BadInputError(f"{name} is not a RIFF/WAVE file.")
    fmt: tuple[int, int, int, int, int] | None = None
    pos = 12
    while True:
        hdr = fh.read(8)
        if len(hdr) < 8:
            raise BadInputError(f"{name} has no data chunk.")
        cid, csize = hdr[:4], struct.unpack("<I", hdr[4:])[0]
        pos += 8
        if cid == b"fmt ":
            body = fh.read(csize)
            if len(body) < 16:
                raise BadInputError(f"{name} has a truncated fmt chunk.")
            tag, channels, rate, _, align, bits = struct.unpack("<HHIIHH", body[:16])
            if tag == 0xFFFE and len(body) >= 26:  # WAVE_FORMAT_EXTENSIBLE: real tag in GUID
                tag = struct.unpack("<H", body[24:26])[0]
            fmt = (tag, channels, rate, align, bits)
            if csize & 1:
                fh.read(1)
            pos += csize + (csize & 1)
        elif cid == b"data":
            if fmt is None:
                raise BadInputError(f"{name} has its data chunk before its fmt chunk.")
            tag, channels, rate, align, bits = fmt
            if not channels or not align or not rate:
                raise BadInputError(f"{name} declares zero channels, rate or block size.")
            data_bytes = min(csize, max(0, size - pos))
            return WavLayout(
                data_offset=pos,
                data_bytes=data_bytes,
                sample_rate=rate,
                channels=channels,
                bits=bits,
                block_align=align,
                sample_format=SAMPLE_FORMATS.get((tag, bits), f"format{tag}/{bits}"),
            )
        else:
            skip = csize + (csize & 1)
            fh.seek(skip, os.SEEK_CUR)
            pos += skip


def wav_layout(path: Path) -> WavLayout:
    """The layout of the WAV at ``path``."""
    with path.open("rb") as fh:
        return read_wav_layout(fh, path.stat().st_size, str(path))


def is_riff_wave(head: bytes) -> bool:
    """Whether the first 12 bytes of a file say RIFF/WAVE (RF64 and BW64 included)."""
    return head[:4] in {b"RIFF", b"RF64", b"BW64"} and head[8:12] == b"WAVE"


# What a file's sample is worth: each format ``pcm_floats`` decodes, as a little-endian
# dtype and its full scale (24-bit has no dtype: it is unpacked by hand).
_FILE_DTYPE = {"int16": ("<i2", 32768.0), "int32": ("<i4", 2147483648.0), "float32": ("<f4", 1.0)}
FLOAT_FORMATS = frozenset({*_FILE_DTYPE, "int24"})


def pcm_floats(
    raw: bytes, layout: WavLayout, channel: int | None = None
) -> npt.NDArray[np.float32]:
    """Interleaved PCM read from a WAV as float32 in [-1, 1]: every sample, or those of
    0-based ``channel`` only. One decoder, so the waveform and the speech detector agree
    on what a sample is worth; ``layout.sample_format`` must be in ``FLOAT_FORMATS``."""
    fmt = layout.sample_format
    if fmt == "int24":
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        if channel is not None:
            b = b.reshape(-1, layout.channels, 3)[:, channel]
        v = b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8)
        v |= b[:, 2].astype(np.int32) << 16
        v = np.where(v & 0x800000, v - 0x1000000, v)
        return v.astype(np.float32) / 8388608.0
    if fmt not in _FILE_DTYPE:
        raise BadInputError(f"Témoin does not decode {fmt} audio.")
    dtype, scale = _FILE_DTYPE[fmt]
    x = np.frombuffer(raw, dtype=dtype)
    if channel is not None:
        x = x.reshape(-1, layout.channels)[:, channel]
    if fmt == "float32":
        clipped: npt.NDArray[np.float32] = np.clip(x, -1.0, 1.0).astype(np.float32)
        return clipped
    return x.astype(np.float32) / scale
