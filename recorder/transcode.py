"""Listening copies and clips, made by the ffmpeg shipped in ``imageio-ffmpeg``.

For the listening copy ffmpeg reads the WAV itself and streams it, so memory
does not grow with the call's length, and it runs as a separate process so the
bundle can hash and zip the original on the other core at the same time. The
seconds-long consent clip goes through pydub.

Channels. A two-track call (channel 1 you, channel 2 the other party) is encoded
as stereo, you on the left and the other party on the right, never mixed down:
a listener (a lawyer, an ombudsman) can then hear each side on its own, and the
copy says the same thing as the original about who said what. The WAV's first
channel is ffmpeg's front left (recorder.wav writes the stereo channel mask,
and a plain stereo header means the same), so ``-ac 2`` keeps that order. A
mono recording stays mono. Each extra channel costs half the mono bit rate
again, so a side of a stereo copy is not coded worse than a mono one would be.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from recorder.errors import EnvironmentProblem
from recorder.paths import open_private

CODECS = {
    "mp3": ["-c:a", "libmp3lame"],
    "opus": ["-c:a", "libopus", "-application", "voip"],
}
MONO_KBPS = {"mp3": 64, "opus": 32}  # speech; a stereo copy gets 1.5 times this
CONTAINER = {"mp3": "mp3", "opus": "ogg"}
MAX_CHANNELS = 2  # the listening copy and clip: mono, or stereo (you left, them right)


def copy_channels(channels: int) -> int:
    """Channels of a listening copy or clip made from ``channels``: the same, up to stereo.

    One channel stays mono; two stay two, in order (a two-track call: you left, the
    other party right); a file with more (an imported multichannel file) is mixed
    down to stereo by ffmpeg, since MP3 holds no more.
    """
    return max(1, min(channels, MAX_CHANNELS))


def codec_args(kind: str, channels: int) -> list[str]:
    """ffmpeg's codec options for a ``kind`` copy of ``channels`` (1 or 2) channels."""
    if kind not in CODECS:
        raise ValueError(f"unknown listening format {kind!r}")
    out = copy_channels(channels)
    kbps = MONO_KBPS[kind] if out == 1 else MONO_KBPS[kind] * 3 // 2
    return [*CODECS[kind], "-b:a", f"{kbps}k", "-ac", str(out)]


def ffmpeg_exe() -> str:
    """The bundled ffmpeg binary (users need no system ffmpeg)."""
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError) as exc:
        raise EnvironmentProblem(
            f"ffmpeg is not available ({exc}); reinstall Témoin or its imageio-ffmpeg package."
        ) from None


def _command(src: Path, out: Path, kind: str, channels: int, with_progress: bool) -> list[str]:
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y"]
    cmd += ["-i", str(src), "-vn", "-map_metadata", "-1", "-fflags", "+bitexact"]
    cmd += [*codec_args(kind, channels), "-f", CONTAINER[kind]]
    if with_progress:
        cmd += ["-progress", "pipe:1", "-nostats"]
    cmd.append(str(out))
    return cmd


class Encoding:
    """An ffmpeg run in the background over a whole WAV; ``wait()`` returns the output
    or raises. (A clip is cut by ``encode_clip``, so there is no start or length here.)
    ``channels`` is the WAV's: two (a two-track call) give a stereo copy."""

    def __init__(
        self,
        src: Path,
        out: Path,
        kind: str,
        duration_s: float,
        on_progress: Callable[[float], None] | None = None,
        *,
        channels: int,
    ) -> None:
        if kind not in CODECS:
            raise ValueError(f"unknown listening format {kind!r}")
        self.out = out
        self._duration = max(duration_s, 1e-6)
        self._on_progress = on_progress
        self._stderr: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed in wait()
        cmd = _command(src, out, kind, channels, on_progress is not None)
        try:
            self._proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE if on_progress else subprocess.DEVNULL,
                stderr=self._stderr,
            )
        except OSError as exc:
            self._stderr.close()
            raise EnvironmentProblem(f"ffmpeg could not be started: {exc}.") from None
        self._reader: threading.Thread | None = None
        if on_progress is not None:
            self._reader = threading.Thread(target=self._read_progress, daemon=True)
            self._reader.start()

    def _read_progress(self) -> None:
        """ffmpeg's ``-progress`` lines: ``out_time_us=...`` tells how far it got."""
        assert self._proc.stdout is not None
        assert self._on_progress is not None
        for raw in self._proc.stdout:
            if raw.startswith(b"out_time_us="):
                with contextlib.suppress(ValueError):
                    seconds = int(raw.split(b"=", 1)[1]) / 1e6
                    self._on_progress(min(max(seconds / self._duration, 0.0), 1.0))

    def running(self) -> bool:
        return self._proc.poll() is None

    def wait(self) -> Path:
        code = self._proc.wait()
        if self._reader is not None:
            self._reader.join()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._stderr.seek(0)
        err = self._stderr.read().decode("utf-8", "replace").strip()
        self._stderr.close()
        if code != 0:
            tail = err.splitlines()[-1] if err else f"exit status {code}"
            raise EnvironmentProblem(f"ffmpeg could not encode {self.out.name}: {tail}")
        return self.out

    def kill(self) -> None:
        """Stop a run whose result is no longer wanted (export failed elsewhere)."""
        if self._proc.poll() is None:
            self._proc.kill()
        with contextlib.suppress(OSError, ValueError, EnvironmentProblem):
            self.wait()


CLIP_MAX_S = 120.0  # pydub holds a clip in memory: the consent clip is capped at this


def encode_clip(src: Path, out: Path, start_s: float, length_s: float, kind: str = "mp3") -> Path:
    """Cut ``[start_s, start_s + length_s)`` out of ``src`` and encode it with pydub.

    A consent clip is seconds long, so pydub's in-memory ``AudioSegment`` is the simple
    tool; the hour-long listening copy streams through ``Encoding`` instead. A two-track
    call's clip is stereo like its listening copy (the announcement on your side, the
    answer on theirs), a mono call's is mono.
    """
    import warnings

    import numpy as np
    import soundfile as sf

    if kind not in CODECS:
        raise ValueError(f"unknown listening format {kind!r}")
    if not 0 < length_s <= CLIP_MAX_S:
        raise ValueError(f"a clip is 0 to {CLIP_MAX_S:g} s long, not {length_s:g} s")
    with warnings.catch_warnings():
        # pydub looks for ffmpeg on PATH at import and warns; ours is set right below.
        warnings.simplefilter("ignore", RuntimeWarning)
        # Compiled without a bytecode cache, pydub's regexes warn "invalid escape
        # sequence" (DeprecationWarning on 3.11, SyntaxWarning from 3.12; an error
        # under -W error): its code, not ours, and only when it is first compiled.
        warnings.filterwarnings("ignore", "invalid escape sequence")
        warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
        from pydub import AudioSegment
    with sf.SoundFile(str(src)) as fh:
        rate, channels = fh.samplerate, fh.channels
        fh.seek(min(round(start_s * rate), fh.frames))
        pcm = fh.read(round(length_s * rate), dtype="int16", always_2d=True)
    clip = AudioSegment(
        data=np.ascontiguousarray(pcm).tobytes(),
        sample_width=2,
        frame_rate=rate,
        channels=channels,
    )
    codec, *options = codec_args(kind, channels)[1:]  # "libmp3lame", "-b:a", … after "-c:a"
    AudioSegment.converter = ffmpeg_exe()
    try:
        with os.fdopen(open_private(out, os.O_RDWR | os.O_CREAT | os.O_TRUNC), "wb+") as fh:
            clip.export(  # into our 0600 file: pydub would create it with the umask's mode
                fh,
                format=CONTAINER[kind],
                codec=codec,
                parameters=[*options, "-map_metadata", "-1", "-fflags", "+bitexact"],
            )
    except Exception as exc:  # noqa: BLE001 - pydub raises CouldntEncodeError and OSErrors
        raise EnvironmentProblem(f"ffmpeg could not encode {out.name}: {exc}") from None
    return out
