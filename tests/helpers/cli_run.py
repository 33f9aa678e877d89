"""Run ``temoin`` as a subprocess, the way a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A call as the user records it, from a fixture played in real time (10 s, consent given).
LIVE_LIKE_CALL = (
    *("record", "--counterpart", "Swisscom", "--profile", "ch", "--purpose", "support"),
    *("--input", str(ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"), "--realtime"),
)


# ``temoin`` with no subcommand opens the app: the console script's entry, not ``-m recorder``.
APP_ENTRY = ("-c", "from ui.launcher import main; main()")


def temoin(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    preexec_fn: Callable[[], object] | None = None,
    prefix: Sequence[str] = (),
    cwd: Path = ROOT,
    check: bool = False,
    app: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``preexec_fn`` runs in the child before Python starts (resource limits); ``prefix``
    goes before the interpreter (e.g. ``setpriv``); ``app`` runs the console script's
    entry (which opens the window when no subcommand is given)."""
    entry = APP_ENTRY if app else ("-m", "recorder")
    return subprocess.run(
        [*prefix, sys.executable, *entry, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or dict(os.environ),
        cwd=cwd,
        preexec_fn=preexec_fn,
        check=check,
    )


def start_temoin(
    *args: str,
    env: dict[str, str] | None = None,
    prefix: Sequence[str] = (),
    quiet: bool = False,
) -> subprocess.Popen[str]:
    """``temoin(...)`` without waiting for it: for a test that acts while it runs.
    ``prefix`` goes before the interpreter (e.g. ``setpriv`` dropping capabilities);
    ``quiet`` discards the output of a process the test kills rather than reads."""
    output = subprocess.DEVNULL if quiet else subprocess.PIPE
    return subprocess.Popen(
        [*prefix, sys.executable, "-m", "recorder", *args],
        stdout=output,
        stderr=output,
        text=True,
        env=env or dict(os.environ),
        cwd=ROOT,
    )


def wait_for_first_checkpoint(library: Path, timeout: float = 30) -> Path:
    """The folder of the call being recorded into ``library``, once its journal holds a
    checkpoint (the audio is flowing and on disk)."""
    deadline = time.monotonic() + timeout
    while True:
        journals = list(library.glob("recordings/*/journal.jsonl"))
        if journals and '"checkpoint"' in journals[0].read_text(encoding="utf-8"):
            return journals[0].parent
        assert time.monotonic() < deadline, "the call did not start"
        time.sleep(0.05)
