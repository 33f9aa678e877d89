"""Advisory file locks: the one home of ``fcntl`` in the core.

A lock is held by a descriptor, so a process that dies lets go of it, and the file
left behind locks nothing. Two locks exist: a recording folder's (a call being
captured or settled, see ``wavjournal.lock_recording``) and the library's writer
lock (``library._acquire_lock``).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path

from recorder.paths import open_private


def take_lock(path: Path, wait_s: float = 0.0, step_s: float = 0.05) -> int | None:
    """The descriptor holding ``path``'s lock (created owner-only), or None when another
    process still holds it after ``wait_s`` seconds (tried every ``step_s``)."""
    fd = open_private(path, os.O_RDWR | os.O_CREAT)
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    break
                time.sleep(step_s)
    except BaseException:
        os.close(fd)
        raise
    os.close(fd)
    return None


def release_lock(fd: int) -> None:
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


def is_held(path: Path) -> bool:
    """Another process holds ``path``'s lock (a missing file locks nothing).

    The test takes the lock for an instant: whoever takes it for real retries briefly.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return False  # never locked, or released (even between a look and this open)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
