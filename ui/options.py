"""The app's settings: one registry of options with typed defaults.

Stored as JSON in the config folder (owner-only), not in QSettings, so the
file is readable and the core's config folder is the single place to back up.
``SCHEMA`` is bumped when an option changes meaning; ``_MIGRATIONS`` holds one
small function per step.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recorder.paths import config_dir, ensure_private_dir, write_private_text

log = logging.getLogger(__name__)

SCHEMA = 1
FILE_NAME = "ui-settings.json"


@dataclass(frozen=True)
class Option:
    name: str
    default: Any
    kind: type
    choices: tuple[Any, ...] = ()


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option("first_run_done", False, bool),
        Option("ui_language", "fr", str, ("fr", "de", "it", "en")),
        Option("home_profile", "ch", str),
        # Said in the announcement ("Hello, this is {name}").
        Option("user_name", "", str),
        Option("call_language", "fr", str, ("fr", "de", "it", "en")),
        # Empty = the platform's default library folder ($TEMOIN_HOME wins).
        Option("library_dir", "", str),
        # Empty = the system's default input device; else the device's name.
        Option("device", "", str),
        # How calls are made (ui.call_setup.CALL_MODES): on this computer, a mobile phone on
        # loudspeaker (one microphone, mono), a phone paired to this computer, a phone adapter.
        Option("call_mode", "computer", str, ("computer", "loudspeaker", "paired", "adapter")),
        # Two-track calls: the sound server's input for your voice ("" = its default) and the
        # source of the other party ("" = what the default output plays).
        Option("voice_input", "", str),
        Option("other_party", "", str),
        Option("listening_format", "mp3", str, ("mp3", "opus", "none")),
    )
}

_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Settings:
    """Typed access to the options; unknown or mistyped values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (config_dir() / FILE_NAME)
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        data: dict[str, Any] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                data = raw
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable, using defaults: %s", self.path, exc)
        version = int(data.get("schema", SCHEMA))
        while version < SCHEMA and version in _MIGRATIONS:
            data = _MIGRATIONS[version](data)
            version += 1
        self._values = {}
        for name, opt in OPTIONS.items():
            value = data.get(name, opt.default)
            if not isinstance(value, opt.kind) or (opt.choices and value not in opt.choices):
                value = opt.default
            self._values[name] = value

    def get(self, name: str) -> Any:
        return self._values[name]

    def set(self, name: str, value: Any) -> None:
        opt = OPTIONS[name]
        if not isinstance(value, opt.kind):
            raise TypeError(f"option {name} expects {opt.kind.__name__}, got {value!r}")
        if opt.choices and value not in opt.choices:
            raise ValueError(f"option {name} must be one of {opt.choices}, got {value!r}")
        self._values[name] = value

    def save(self) -> None:
        ensure_private_dir(self.path.parent)
        payload = {"schema": SCHEMA, **self._values}
        write_private_text(self.path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
