"""Each time format Témoin writes, pinned on its edge values (they differ on purpose)."""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest

from recorder.timefmt import (
    file_stamp_now,
    format_elapsed,
    format_hms,
    format_local_time,
    format_m_ss,
    format_mmss,
    local_of_utc,
    stamp,
    utc_now,
)

EDGES = [0.0, 0.4, 0.6, 59.4, 59.9, 60.0, 61.0, 754.3, 3599.0, 3599.6, 3600.0, 3661.0, 36000.0]


@pytest.mark.parametrize(
    ("seconds", "expected"),
    list(
        zip(
            EDGES,
            [
                "0:00:00",
                "0:00:00",
                "0:00:01",  # rounded, not truncated
                "0:00:59",
                "0:01:00",
                "0:01:00",
                "0:01:01",
                "0:12:34",
                "0:59:59",
                "1:00:00",
                "1:00:00",
                "1:01:01",
                "10:00:00",
            ],
            strict=True,
        )
    ),
)
def test_hms_always_shows_hours_and_rounds(seconds: float, expected: str) -> None:
    assert format_hms(seconds) == expected


def test_hms_of_an_unknown_duration_is_a_question_mark() -> None:
    assert format_hms(None) == "?"


@pytest.mark.parametrize(
    ("seconds", "expected"),
    list(
        zip(
            EDGES,
            [
                "00:00",
                "00:00",
                "00:00",
                "00:59",
                "00:59",  # truncated
                "01:00",
                "01:01",
                "12:34",
                "59:59",
                "59:59",
                "60:00",  # minutes never roll into hours
                "61:01",
                "600:00",
            ],
            strict=True,
        )
    ),
)
def test_mmss_truncates_and_never_shows_hours(seconds: float, expected: str) -> None:
    assert format_mmss(seconds) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        *zip(
            EDGES,
            [
                "00:00",
                "00:00",
                "00:00",
                "00:59",
                "00:59",
                "01:00",
                "01:01",
                "12:34",
                "59:59",
                "59:59",
                "1:00:00",
                "1:01:01",
                "10:00:00",
            ],
            strict=True,
        ),
        (6.9, "00:06"),
        (-1.0, "00:00"),
        (-0.5, "00:00"),
        (math.nan, "00:00"),
    ],
)
def test_elapsed_shows_hours_only_past_an_hour_and_is_never_negative(
    seconds: float, expected: str
) -> None:
    assert format_elapsed(seconds) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    list(
        zip(
            EDGES,
            [
                "0:00",
                "0:00",
                "0:00",
                "0:59",
                "0:59",
                "1:00",
                "1:01",
                "12:34",
                "59:59",
                "59:59",
                "1:00:00",
                "1:01:01",
                "10:00:00",
            ],
            strict=True,
        )
    ),
)
def test_m_ss_leaves_minutes_unpadded(seconds: float, expected: str) -> None:
    assert format_m_ss(seconds) == expected


def test_stamp_is_utc_with_milliseconds_and_local_with_offset() -> None:
    when = dt.datetime(2026, 11, 23, 18, 59, 1, 123456, tzinfo=dt.UTC).timestamp()
    utc, local = stamp(when)
    assert utc == "2026-11-23T18:59:01.123Z"
    assert dt.datetime.fromisoformat(local).timestamp() == pytest.approx(when, abs=0.001)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d", local)
    assert local_of_utc(utc) == local


def test_now_stamps_have_their_documented_shapes() -> None:
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", utc_now())
    assert re.fullmatch(r"\d{8}T\d{6}Z", file_stamp_now())


def test_local_time_shows_the_offset_and_leaves_odd_values_alone() -> None:
    assert format_local_time("2026-11-23T19:59:01.123+01:00") == "2026-11-23 19:59:01 (UTC+01:00)"
    assert format_local_time("2026-11-23T18:59:01.123Z") == "2026-11-23 18:59:01 (UTC+00:00)"
    assert format_local_time("not a date") == "not a date"
