"""Run ``temoin`` as a subprocess, the way a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def temoin(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    preexec_fn: Callable[[], object] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``preexec_fn`` runs in the child before Python starts (resource limits)."""
    return subprocess.run(
        [sys.executable, "-m", "recorder", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or dict(os.environ),
        cwd=ROOT,
        preexec_fn=preexec_fn,
    )


def start_temoin(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """``temoin(...)`` without waiting for it: for a test that acts while it runs."""
    return subprocess.Popen(
        [sys.executable, "-m", "recorder", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or dict(os.environ),
        cwd=ROOT,
    )
