"""The suite and the app must not depend on a warm bytecode cache.

Compiled from source (a fresh install, an empty ``__pycache__``), pydub's regexes
warn "invalid escape sequence"; under ``-W error`` (the suite's filterwarnings)
that became a SyntaxError and the consent clip failed. A private
``PYTHONPYCACHEPREFIX`` forces every module to be compiled again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.cli_run import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"


def test_the_consent_clip_is_made_with_pydub_compiled_from_source(tmp_path: Path) -> None:
    out = tmp_path / "clip.mp3"
    code = (
        "import sys; from pathlib import Path; from recorder.transcode import encode_clip; "
        f"encode_clip(Path({str(FIXTURE)!r}), Path({str(out)!r}), 0.3, 2.0, 'mp3')"
    )
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.stat().st_size > 1000
    assert any((tmp_path / "pycache").rglob("pydub/*.pyc")), "pydub was not compiled afresh"
