"""The ``temoin`` command line.

Every subcommand takes ``--library DIR`` and ``--json``. User-facing errors
become a one-line message on stderr and the documented exit code; bugs
become a short message and a crash log, never a traceback on the terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from recorder import __version__
from recorder.errors import ExitCode, TemoinError, UsageError
from recorder.paths import ensure_private_dir, log_dir, open_private

GuiLauncher = Callable[[argparse.Namespace], int]
Handler = Callable[[argparse.Namespace], int]


class Output:
    """Human text or JSON on stdout; the only place the CLI prints results."""

    def __init__(self, as_json: bool, stream: TextIO | None = None) -> None:
        self.as_json = as_json
        self.stream = stream or sys.stdout

    def emit(self, data: Any, text: str) -> None:
        if self.as_json:
            json.dump(data, self.stream, ensure_ascii=False, indent=2, sort_keys=False)
            self.stream.write("\n")
        else:
            self.stream.write(text if text.endswith("\n") else text + "\n")
        self.stream.flush()


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="library folder (default: $TEMOIN_HOME, else the user data folder)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="temoin",
        description="Record your own support calls lawfully and turn them into evidence.",
        parents=[common],
        epilog="Run `temoin` with no command to open the desktop app; "
        "`temoin demo` runs the whole flow headless.",
    )
    parser.add_argument("--version", action="version", version=f"temoin {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("devices", parents=[common], help="list audio input devices")
    p.set_defaults(handler=_cmd_devices)

    return parser


def _cmd_devices(args: argparse.Namespace) -> int:
    from recorder.devices import list_input_devices

    devices = list_input_devices()
    lines = []
    for d in devices:
        mark = "*" if d.is_default else " "
        lines.append(
            f"{mark} {d.index:>3}  {d.name}  ({d.host_api}, {d.max_input_channels} in, "
            f"{d.default_samplerate:g} Hz)"
        )
    if not devices:
        lines.append("No input device found.")
    else:
        lines.append("(* = default input)")
    Output(args.json).emit({"devices": [d.to_json() for d in devices]}, "\n".join(lines))
    return ExitCode.OK


def _write_crash_log(exc: BaseException) -> Path | None:
    try:
        folder = ensure_private_dir(log_dir())
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        path = folder / f"crash-{stamp}-{os.getpid()}.log"
        fd = open_private(path)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"temoin {__version__}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None, gui: GuiLauncher | None = None) -> int:
    """Run the command line; ``gui`` opens the desktop app when no command is given."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("library", None), ("json", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    try:
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            if gui is None:
                raise UsageError(
                    "The desktop app is not available here; run `temoin --help` for the "
                    "commands, or `temoin demo` for a headless demonstration."
                )
            return int(gui(args))
        return int(handler(args))
    except TemoinError as exc:
        sys.stderr.write(f"temoin: {exc.message}\n")
        return int(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("temoin: interrupted\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: a bug, logged not shown
        path = _write_crash_log(exc)
        where = f" Details were written to {path}." if path else ""
        sys.stderr.write(f"temoin: internal error ({type(exc).__name__}): {exc}.{where}\n")
        return int(ExitCode.INTERNAL)


def run() -> None:
    """Console-script entry without the desktop app (``python -m recorder``)."""
    sys.exit(main())
