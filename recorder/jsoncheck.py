"""Reading JSON written by Témoin (or edited by hand) into typed values.

One set of checks so every document names a missing or mistyped field the same
way (``recording.json: 'audio': 'frames' is not an integer.``) instead of failing
with a ``KeyError`` where a reader happened to look.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from recorder.errors import BadInputError

_T = TypeVar("_T")


def _type_name(kind: type) -> str:
    return {int: "an integer", float: "a number", str: "a string", dict: "a JSON object"}.get(
        kind, "a list"
    )


def check(value: Any, key: str, kind: type[_T], where: str) -> _T:
    """``value`` as ``kind`` (an integer is a number; a bool is not an integer)."""
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # type: ignore[return-value]  # JSON has one number type
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise BadInputError(f"{where}: '{key}' is not {_type_name(kind)}.")
    return value


def required(data: Mapping[str, Any], key: str, kind: type[_T], where: str) -> _T:
    """``data[key]`` as ``kind``; a missing key is an error."""
    if key not in data:
        raise BadInputError(f"{where} has no '{key}' field.")
    return check(data[key], key, kind, where)


def optional(data: Mapping[str, Any], key: str, kind: type[_T], where: str) -> _T | None:
    """``data[key]`` as ``kind``, or None when it is missing or null."""
    value = data.get(key)
    return None if value is None else check(value, key, kind, where)
