"""Advisory file locks: the one home of ``fcntl`` (``msvcrt`` on Windows) in the core.

A lock is held by a descriptor, so a process that dies lets go of it, and the file
left behind locks nothing. Two locks exist: a recording folder's (a call being
captured or settled, see ``wavjournal.lock_recording``) and the library's writer
lock (``library._acquire_lock``). Keeping the platform call here is what lets
``recorder`` import on Windows.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from recorder.paths import open_private

_CLOEXEC = getattr(os, "O_CLOEXEC", 0)  # Windows has no such flag (nor fork)

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        """Lock the file's first byte without waiting; False when someone holds it."""
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        """Take the whole-file lock without waiting; False when someone holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def take_lock(path: Path, wait_s: float = 0.0, step_s: float = 0.05) -> int | None:
    """The descriptor holding ``path``'s lock (created owner-only), or None when another
    process still holds it after ``wait_s`` seconds (tried every ``step_s``)."""
    fd = open_private(path, os.O_RDWR | os.O_CREAT)
    deadline = time.monotonic() + wait_s
    try:
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                break
            time.sleep(step_s)
        else:
            return fd
    except BaseException:
        os.close(fd)
        raise
    os.close(fd)
    return None


def release_lock(fd: int) -> None:
    with contextlib.suppress(OSError):
        _unlock(fd)
    os.close(fd)


def is_held(path: Path) -> bool:
    """Another process holds ``path``'s lock (a missing file locks nothing).

    The test takes the lock for an instant: whoever takes it for real retries briefly.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _CLOEXEC)
    except FileNotFoundError:
        return False  # never locked, or released (even between a look and this open)
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)  # closing lets go of an flock too, but not always of an msvcrt lock
    finally:
        os.close(fd)
    return False
