"""Run a child process and measure its wall time, CPU time and peak RSS (for the benchmarks)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TEMOIN = [sys.executable, "-m", "recorder"]


@dataclass(frozen=True)
class Run:
    wall_s: float
    cpu_s: float
    max_rss_mb: float
    returncode: int
    stdout: str


def start(
    argv: list[str], env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], float]:
    proc = subprocess.Popen(
        argv, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    return proc, time.monotonic()


def finish(proc: subprocess.Popen[bytes], t0: float) -> Run:
    """Reap ``proc`` with wait4 to get its own rusage (not the whole benchmark's)."""
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    return Run(
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        max_rss_mb=usage.ru_maxrss / 1024,
        returncode=proc.returncode,
        stdout=out,
    )


def run(argv: list[str], env: dict[str, str] | None = None) -> Run:
    proc, t0 = start(argv, env)
    return finish(proc, t0)
