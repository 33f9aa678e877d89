"""The ``temoin`` console script: subcommands go to the core, no command opens the app.

Qt is imported only when the window is needed, so ``temoin record`` and the
other headless commands start fast and work without a display.
"""

from __future__ import annotations

import argparse
import os
import sys

from recorder.cli import main as cli_main
from recorder.errors import EnvironmentProblem

NO_DISPLAY = (
    "No display found: the Témoin window needs a graphical session (DISPLAY or "
    "WAYLAND_DISPLAY is not set). To see the whole flow without a window, run "
    "`temoin demo`; to check your microphone, `temoin devices`."
)


def has_display() -> bool:
    """Whether Qt can open a window here, checked before Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open_app(args: argparse.Namespace) -> int:
    if not has_display():
        raise EnvironmentProblem(NO_DISPLAY)
    from ui.app import run_app

    return run_app(args)


def main() -> None:
    sys.exit(cli_main(gui=_open_app))
