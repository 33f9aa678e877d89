"""Where Témoin's data files (profiles, templates, translations) live.

They sit in ``resources/`` beside the packages in a source checkout, and in
the bundle folder when frozen by PyInstaller; ``$TEMOIN_RESOURCES`` overrides
both so tests and packagers can point elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from recorder.errors import EnvironmentProblem


def resources_dir() -> Path:
    """The ``resources`` folder, found the same way from a checkout, a wheel or a frozen app."""
    env = os.environ.get("TEMOIN_RESOURCES")
    candidates: list[Path] = []
    if env:
        candidates.append(Path(env).expanduser())
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise EnvironmentProblem(
        "Témoin's resources folder (profiles, templates) was not found; looked in "
        + ", ".join(str(c) for c in candidates)
        + ". Reinstall Témoin or set TEMOIN_RESOURCES to the folder."
    )
