"""SHA-256 of recordings: whole files, PCM spans with a snapshot, both in one pass.

One home so the recorder, the recovery and the export hash the same bytes the
same way (the values end up side by side in ``recording.json`` and bundles).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from recorder.wav import AudioFormat

CHUNK = 4 * 1024 * 1024  # read size: large enough to be disk-bound, small enough to stream
EMPTY_SHA256 = hashlib.sha256().hexdigest()  # the hash of no PCM at all


def blocks_sha256(blocks: Iterable[bytes | memoryview]) -> str:
    """SHA-256 of a stream given block by block (a file, a zip entry)."""
    h = hashlib.sha256()
    for block in blocks:
        h.update(block)
    return h.hexdigest()


def file_sha256(path: Path) -> str:
    """SHA-256 of a whole file, streamed."""
    with path.open("rb") as fh:
        return blocks_sha256(iter(lambda: fh.read(CHUNK), b""))


def hash_pcm(
    wav: Path, fmt: AudioFormat, frames: int, snapshot_frame: int | None = None
) -> tuple[str, str | None]:
    """SHA-256 of the first ``frames`` frames (and of the first ``snapshot_frame``)."""
    h = hashlib.sha256()
    snap: str | None = None
    remaining = frames * fmt.block_align
    snap_at = None if snapshot_frame is None else snapshot_frame * fmt.block_align
    done = 0
    with wav.open("rb") as fh:
        fh.seek(fmt.header_bytes)
        while remaining > 0:
            want = min(CHUNK, remaining)
            if snap_at is not None and done < snap_at < done + want:
                want = snap_at - done
            chunk = fh.read(want)
            if not chunk:
                break
            h.update(chunk)
            done += len(chunk)
            remaining -= len(chunk)
            if snap_at is not None and done == snap_at:
                snap = h.hexdigest()
    if snap_at == 0:
        snap = EMPTY_SHA256
    return h.hexdigest(), snap


class SplitHasher:
    """Hash a WAV stream twice in one pass: the whole file and its PCM span."""

    def __init__(self, pcm_start: int, pcm_len: int) -> None:
        self.file = hashlib.sha256()
        self.pcm = hashlib.sha256()
        self._pos = 0
        self._start = pcm_start
        self._end = pcm_start + pcm_len

    def update(self, block: bytes | memoryview) -> None:
        self.file.update(block)
        lo = max(self._start - self._pos, 0)
        hi = min(self._end - self._pos, len(block))
        if hi > lo:
            self.pcm.update(memoryview(block)[lo:hi])
        self._pos += len(block)
