"""Locks across processes, and the core's imports staying portable.

``recorder`` must import on Windows: only ``recorder/locks.py`` may touch a POSIX-only
module at import time, and only inside its ``sys.platform`` switch.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import time
from pathlib import Path

from recorder.locks import is_held, release_lock, take_lock
from tests.helpers.cli_run import ROOT

POSIX_ONLY = {"fcntl", "resource", "termios", "pwd", "grp", "posix", "tty", "pty"}


def _top_level_imports(tree: ast.Module) -> list[tuple[int, str]]:
    """Modules imported when the file is imported (not inside a function or a branch)."""
    found: list[tuple[int, str]] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name.split(".")[0]) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


def test_no_core_module_imports_a_posix_only_module_when_it_is_imported() -> None:
    offenders = []
    for path in sorted((ROOT / "recorder").glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        offenders += [
            f"{path.name}:{line} imports {name}"
            for line, name in _top_level_imports(tree)
            if name in POSIX_ONLY
        ]
    assert offenders == []


def test_locks_choose_fcntl_or_msvcrt_by_platform() -> None:
    tree = ast.parse((ROOT / "recorder" / "locks.py").read_text("utf-8"))
    [switch] = [n for n in tree.body if isinstance(n, ast.If)]
    assert ast.unparse(switch.test) == "sys.platform == 'win32'"
    windows = {name for _, name in _top_level_imports(ast.Module(switch.body, []))}
    posix = {name for _, name in _top_level_imports(ast.Module(switch.orelse, []))}
    assert (windows, posix) == ({"msvcrt"}, {"fcntl"})


def test_a_lock_held_by_another_process_is_seen_and_let_go_when_it_dies(tmp_path: Path) -> None:
    lock = tmp_path / ".lock"
    assert not is_held(lock)  # no file: nothing is locked
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from recorder.locks import take_lock; "
            f"assert take_lock(__import__('pathlib').Path({str(lock)!r})) is not None; "
            "print('held', flush=True); time.sleep(60)",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        assert is_held(lock)
        started = time.monotonic()
        assert take_lock(lock, wait_s=0.3) is None
        assert time.monotonic() - started >= 0.3  # it waited before giving up
    finally:
        holder.kill()
        holder.communicate(timeout=10)
    assert not is_held(lock)  # a dead process holds nothing
    fd = take_lock(lock)
    assert fd is not None
    assert lock.stat().st_mode & 0o777 == 0o600
    release_lock(fd)
    assert not is_held(lock)
