"""Where Témoin keeps things, created owner-only.

The library (recordings, database) and the config (signing key, settings)
hold private conversations: folders are 0700 and files 0600, whatever the
user's umask.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "temoin"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def library_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library folder: ``--library``, else ``$TEMOIN_HOME``, else the user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("TEMOIN_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Per-installation settings and the signing key (``$TEMOIN_CONFIG`` overrides)."""
    env = os.environ.get("TEMOIN_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Crash logs for bugs; never audio, never the signing key."""
    env = os.environ.get("TEMOIN_LOG_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700 and return it.

    An existing folder of ours loses any group/other bits but is never widened:
    a library the user made read-only (0500) stays read-only, and writes then
    fail with a clear error instead of Témoin silently undoing the user's choice.
    """
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        st = path.stat()
        mode = stat.S_IMODE(st.st_mode)
        if mode & 0o077 and st.st_uid == os.geteuid():
            os.chmod(path, mode & PRIVATE_DIR_MODE)
    return path


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC) -> int:
    """Open a file descriptor created 0600 (the umask cannot widen it)."""
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE_MODE)
    if os.name == "posix":
        os.fchmod(fd, PRIVATE_FILE_MODE)
    return fd


def write_private_text(path: Path, text: str) -> None:
    """Write a small text file owner-only, atomically (temp name, fsync, rename)."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = open_private(tmp)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)


def fsync_dir(folder: Path) -> None:
    """Make an ``os.replace`` into ``folder`` survive a power cut (best effort)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows, where a folder cannot be opened this way
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
