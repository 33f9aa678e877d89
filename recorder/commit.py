"""The commit protocol for everything after capture: intent, act, done.

Each step that changes a finished recording (``sidecar``, ``cut``, ``discard``,
``index``, ``recover``) appends an ``intent`` line to ``journal.jsonl`` before
it acts and a ``done`` line after, and is safe to run again. ``temoin recover``
reads these lines to finish whatever a crash, a kill or a full disk stopped
half-way: an intent without its done is work still owed.

``TEMOIN_TEST_FAULT=<point>:kill|full|stop`` is a test hook: at ``fault_point(<point>)``
the process kills itself with SIGKILL, or sets its file size limit to 0 so every
later write that grows a file fails in the kernel, as on a full disk, or stops itself
with SIGSTOP (a test then runs another command meanwhile, and sends SIGCONT).
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

from recorder.timefmt import stamp

JOURNAL_NAME = "journal.jsonl"
STEPS = ("sidecar", "cut", "discard", "index", "recover")
FAULT_ENV = "TEMOIN_TEST_FAULT"


def fault_point(name: str) -> None:
    """Test hook: die (``kill``), fill the disk (``full``) or pause (``stop``) here."""
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    point, _, kind = spec.partition(":")
    if point != name:
        return
    if kind == "full":
        import resource  # POSIX only, like the faults the tests inject

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    elif kind == "stop":
        os.kill(os.getpid(), signal.SIGSTOP)  # goes on where it was at SIGCONT
    else:
        os.kill(os.getpid(), signal.SIGKILL)


def append_line(rec_dir: Path, obj: dict[str, Any]) -> None:
    """Append one fsync'd line to the recording's journal (ending a torn line first)."""
    path = rec_dir / JOURNAL_NAME
    line = (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CLOEXEC)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = b"\n" + line  # a crash mid-line: keep its bytes, start a fresh line
        view = memoryview(line)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def intent(rec_dir: Path, step: str, **data: Any) -> None:
    """Say what is about to be done, before doing it."""
    append_line(rec_dir, {"type": "intent", "step": step, "utc": stamp(time.time())[0], **data})


def done(rec_dir: Path, step: str, **data: Any) -> None:
    """Say that a step is complete."""
    append_line(rec_dir, {"type": "done", "step": step, "utc": stamp(time.time())[0], **data})


def _last(lines: list[dict[str, Any]], kind: str, step: str) -> int:
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].get("type") == kind and lines[i].get("step") == step:
            return i
    return -1


def _last_done(lines: list[dict[str, Any]], step: str) -> int:
    if step == "recover":  # a recovery's done line is its "recovered" line, with what it found
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].get("type") == "recovered":
                return i
        return -1
    return _last(lines, "done", step)


def pending(lines: list[dict[str, Any]], step: str) -> dict[str, Any] | None:
    """The last intent of ``step`` that has no done after it, if any."""
    i = _last(lines, "intent", step)
    if i < 0 or _last_done(lines, step) > i:
        return None
    return lines[i]


def needs_index(lines: list[dict[str, Any]]) -> bool:
    """``recording.json`` changed after the last time the library indexed this folder."""
    changed = max(_last_done(lines, step) for step in ("sidecar", "cut", "discard", "recover"))
    return changed > _last_done(lines, "index")
