"""The telephone operators a call's set-up offers as the party called.

Data, not code: ``resources/operators.toml``, read once (it ships with the app and
does not change while it runs).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from recorder.errors import EnvironmentProblem
from recorder.resources import resources_dir

OPERATORS_FILE = "operators.toml"


@dataclass(frozen=True)
class Operator:
    name: str
    country: str  # the profile id of where it operates


@functools.cache
def operators() -> tuple[Operator, ...]:
    """The operators, in the order the file lists them."""
    path = resources_dir() / OPERATORS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return tuple(
            Operator(str(row["name"]), str(row["country"])) for row in data.get("operator", [])
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise EnvironmentProblem(
            f"Témoin's list of operators ({path}) cannot be read: {exc}. Reinstall Témoin."
        ) from exc
