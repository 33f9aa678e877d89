"""Errors the user can act on, each carrying the sentence they will read.

Environment problems (no device, disk full, a broken file) are raised as a
``TemoinError`` subclass; the CLI prints the message and exits with the
class's code, the UI shows it in the window. Anything else is a bug and is
logged with its trace.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The command line's exit codes (ARCHITECTURE.md, plus 5 for storage)."""

    OK = 0
    CHECK_FAILED = 1
    USAGE = 2
    BAD_INPUT = 3
    AUDIO_DEVICE = 4
    ENVIRONMENT = 5  # disk full, read-only folder, library in use, no display
    INTERNAL = 70  # a bug: the trace is written to the crash log


class TemoinError(Exception):
    """Base of every error whose message is meant for the user."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(TemoinError):
    exit_code = ExitCode.USAGE


class BadInputError(TemoinError):
    """An input file (audio, profile, bundle) cannot be used as given."""

    exit_code = ExitCode.BAD_INPUT


class AudioDeviceError(TemoinError):
    exit_code = ExitCode.AUDIO_DEVICE


class PortAudioMissingError(AudioDeviceError):
    pass


class EnvironmentProblem(TemoinError):
    """Disk full, read-only folder, library in use, no display."""

    exit_code = ExitCode.ENVIRONMENT


class CheckFailed(TemoinError):
    """A verification or assessment found a problem (exit 1)."""

    exit_code = ExitCode.CHECK_FAILED
