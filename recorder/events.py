"""Session events: what happened during a call, stamped with the frame and the wall clock.

An event's ``frame`` is an offset into ``original.wav`` (paused time is not
written, so it has no frames) and ``pcm_sha256_at`` is the hash of the PCM
before that frame, computed while recording: a later cut at a consent
boundary keeps a hash nobody recomputed after the fact (CONTRACTS.md 1).
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field, fields
from typing import Any

from recorder.errors import BadInputError, UsageError
from recorder.jsoncheck import optional, required

SESSION_KINDS = (
    "start",
    "stop",
    "marker",
    "device_lost",
    "device_changed",
    "segment_start",
    "overflow",
    "gap",
    "clock_correction",
    "disk_full",
    "write_error",
    "input_error",
    "truncated",
    "discarded",
    "rescued",
)
CONSENT_KINDS = (
    "announced",
    "granted",
    "refused",
    "transferred",
    "paused",
    "resumed",
    "withdrawn",
)
# What a user may put on the command line with --event KIND@SECONDS[=TEXT].
USER_KINDS = (*CONSENT_KINDS, "marker")


class StopCause(enum.Enum):
    """Why the writer stopped a call on a ``disk_full`` or ``write_error`` event.

    Carried on the event in memory so a face tells a deleted folder from the 4 GiB limit
    without reading the event's text; never written (the JSON on disk stays as documented).
    """

    DISK_FULL = "disk_full"  # ENOSPC, EDQUOT, or the file system's own size limit
    WAV_LIMIT = "wav_limit"  # the WAV format's 4 GiB: the file is full, not the disk
    FOLDER_GONE = "folder_gone"  # the recording folder was deleted or moved mid-call
    FOLDER_READ_ONLY = "folder_read_only"  # it became read-only or unwritable mid-call
    WRITE_FAILED = "write_failed"  # any other write error


@dataclass(frozen=True)
class Event:
    kind: str
    frame: int
    seconds: float
    utc: str
    local: str
    text: str | None
    pcm_sha256_at: str | None
    # In memory only: ``to_json`` leaves it out and equality ignores it.
    cause: StopCause | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "cause"}

    @classmethod
    def from_json(cls, data: Any, where: str = "event") -> Event:
        """An event from the journal or a sidecar; a damaged one is a plain error."""
        if not isinstance(data, dict):
            raise BadInputError(f"{where} is not a JSON object.")
        return cls(
            kind=required(data, "kind", str, where),
            frame=required(data, "frame", int, where),
            seconds=required(data, "seconds", float, where),
            utc=required(data, "utc", str, where),
            local=required(data, "local", str, where),
            text=optional(data, "text", str, where),
            pcm_sha256_at=optional(data, "pcm_sha256_at", str, where),
        )


@dataclass(frozen=True)
class EventSpec:
    """``KIND@SECONDS[=TEXT]`` as given on the command line."""

    kind: str
    seconds: float
    text: str | None = None


def parse_event_spec(spec: str, kinds: tuple[str, ...] = USER_KINDS) -> EventSpec:
    """Parse ``granted@6.5`` or ``marker@12.5=ticket 4578``; a usage error names the problem."""
    head, sep, text = spec.partition("=")
    kind, at, seconds_text = head.partition("@")
    kind = kind.strip()
    if not at:
        raise UsageError(f"--event {spec!r}: expected KIND@SECONDS, e.g. granted@6.5")
    if kind not in kinds:
        raise UsageError(f"--event {spec!r}: unknown kind {kind!r}; use one of {', '.join(kinds)}")
    try:
        seconds = float(seconds_text)
    except ValueError:
        raise UsageError(f"--event {spec!r}: {seconds_text!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise UsageError(f"--event {spec!r}: the time must be zero or more seconds")
    return EventSpec(kind, seconds, text if sep else None)
