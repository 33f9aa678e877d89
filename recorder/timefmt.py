"""How Témoin writes times: call positions (``02:03``) and wall-clock stamps.

Each distinct format has one function, named for what it writes, so a face
that shows a position or a stamp cannot drift from the others by accident.
The formats differ on purpose (see each docstring); do not merge them without
checking who reads the text (the CLI's columns, the legal reasons, the note).
"""

from __future__ import annotations

import datetime as dt

# --- positions in a call ---------------------------------------------------------------------


def format_hms(seconds: float | None) -> str:
    """``0:02:03``: hours always shown, rounded to the second; ``?`` when unknown.

    The CLI's ``list`` and ``show`` columns, which line up only if every row has hours.
    """
    if seconds is None:
        return "?"
    s = round(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def format_mmss(seconds: float) -> str:
    """``02:03``, truncated; minutes never roll into hours (an hour is ``60:00``).

    The position quoted in the consent log and in the assessment's reasons.
    """
    total = int(seconds)
    return f"{total // 60:02d}:{total % 60:02d}"


def format_elapsed(seconds: float) -> str:
    """``02:03``, or ``1:02:03`` past an hour; truncated, never negative (NaN is ``00:00``).

    How people quote a time in a call: the app's clock and the legality note.
    """
    s = int(max(0.0, seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def format_m_ss(seconds: float) -> str:
    """``2:03`` (minutes unpadded), or ``1:02:03`` past an hour; truncated: the bundle
    viewer's timeline and durations (``recorder/bundle.py``)."""
    s = int(seconds)
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


# --- wall-clock stamps -----------------------------------------------------------------------


def _utc_ms(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def stamp(when: float) -> tuple[str, str]:
    """UTC (``...Z``) and local (with offset) ISO times to the millisecond."""
    utc = dt.datetime.fromtimestamp(when, dt.UTC)
    local = utc.astimezone()
    return _utc_ms(utc), local.isoformat(timespec="milliseconds")


def utc_now() -> str:
    """Now in UTC with milliseconds and a ``Z``, the stamp used in every Témoin document."""
    return _utc_ms(dt.datetime.now(dt.UTC))


def local_of_utc(utc: str) -> str:
    """The local ISO time (with offset, milliseconds) of a ``...Z`` stamp from :func:`stamp`."""
    when = dt.datetime.strptime(utc, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    return when.astimezone().isoformat(timespec="milliseconds")


def file_stamp_now() -> str:
    """``20261203T170108Z``: now in UTC, safe in a file name and sorting by time."""
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def format_local_time(value: str) -> str:
    """An ISO timestamp as ``YYYY-MM-DD HH:MM:SS (UTC+hh:mm)``; anything else unchanged."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    offset = moment.strftime("%z")
    if offset:
        text += f" (UTC{offset[:3]}:{offset[3:]})"
    return text
