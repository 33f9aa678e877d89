"""Run ``temoin`` as a subprocess, the way a user or a script would."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Until recorder.legality exists, export needs an assessment from somewhere: the
# subprocess then swaps in the sample assessment (test data in the §3 shape).
_SHIM = (
    "import sys\n"
    "from recorder import bundle, cli\n"
    "from tests.helpers.sample_assessment import sample_assessment\n"
    "bundle._assess = lambda sidecar, language: sample_assessment(language)\n"
    "sys.exit(cli.main(sys.argv[1:]))\n"
)


def real_assessment_available() -> bool:
    return all(
        importlib.util.find_spec(m) is not None for m in ("recorder.legality", "recorder.profiles")
    )


def temoin(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys; from recorder import cli; sys.exit(cli.main(sys.argv[1:]))"
        if real_assessment_available()
        else _SHIM
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or dict(os.environ),
        cwd=ROOT,
    )
