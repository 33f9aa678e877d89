"""Hypothesis settings for the fuzz tests: short in ``make test``, scalable for a long run.

``TEMOIN_FUZZ_SCALE=10`` multiplies every fuzz test's case count (benchmarks/fuzz_long.py
sets it); the cases stay derandomized, so a failure found once is found again.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def scale() -> int:
    raw = os.environ.get("TEMOIN_FUZZ_SCALE", "1")
    try:
        return max(1, int(raw))
    except ValueError:
        raise SystemExit(f"TEMOIN_FUZZ_SCALE must be a whole number, not {raw!r}") from None


def fuzz(examples: int) -> settings:
    """Derandomized (same cases every run), no deadline, no example database."""
    return settings(
        max_examples=examples * scale(),
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
