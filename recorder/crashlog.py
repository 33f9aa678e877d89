"""Crash logs: a bug's trace written owner-only to the log folder, never shown raw.

Every face (the CLI, the desktop app) writes the same file shape, so a user
can send any of them and we read them the same way. Only the name's prefix
says which face wrote it (``crash-`` from the CLI, ``ui-crash-`` from the app).
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

from recorder import __version__
from recorder.paths import ensure_private_dir, log_dir, open_private
from recorder.timefmt import file_stamp_now

CLI_PREFIX = "crash"
UI_PREFIX = "ui-crash"


def write_crash_log(exc: BaseException, prefix: str = CLI_PREFIX) -> Path | None:
    """Write ``exc``'s trace to ``<log dir>/<prefix>-<UTC stamp>-<pid>.log``.

    Returns the file, or None when it could not be written: a crash log must
    never turn one failure into two, so an unwritable folder is not an error.
    """
    try:
        folder = ensure_private_dir(log_dir())
        path = folder / f"{prefix}-{file_stamp_now()}-{os.getpid()}.log"
        fd = open_private(path)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"temoin {__version__}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None
