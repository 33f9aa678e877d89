"""``recording.json`` (schema 1) as a typed document: one reader, one writer.

The sidecar is written at stop and by ``recover``, and read by retention, the
library, the assessment and the command line. Reading it once, here, means a
hand-edited or damaged file gives one plain error naming the field instead of
a ``KeyError`` wherever a reader happened to look, and ``to_json`` gives back
exactly the dict that is written to disk (same keys, same order).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from recorder.errors import BadInputError
from recorder.events import Event
from recorder.jsoncheck import optional as _opt
from recorder.jsoncheck import required as _req

SCHEMA = 1
SIDECAR_NAME = "recording.json"
# What a user can do about a damaged one: recovery keeps it aside and rebuilds it.
REBUILD_ADVICE = "Run `temoin recover` (or start Témoin) to rebuild it from the call's journal."


class Outcome(StrEnum):
    """How the capture ended; the string is what ``recording.json`` and the journal say."""

    COMPLETED = "completed"  # the source ended (a file fixture) or the duration was reached
    STOPPED = "stopped"  # the user stopped it
    DEVICE_LOST = "device_lost"
    INPUT_ERROR = "input_error"  # the input file is damaged
    DISK_FULL = "disk_full"
    WRITE_ERROR = "write_error"
    INTERRUPTED = "interrupted"  # a crash or a kill; finished by ``recover``
    DISCARDED = "discarded"  # the audio was deleted after the call (consent refused)


@dataclass(frozen=True)
class AudioInfo:
    file: str | None  # None once the audio was deleted (or could not be saved)
    sample_rate: int
    channels: int
    sample_format: str
    frames: int
    duration_s: float
    pcm_sha256: str
    file_sha256: str | None
    header_bytes: int

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sample_rate": self.sample_rate,
            "channels": self.channels,
            "sample_format": self.sample_format,
            "frames": self.frames,
            "duration_s": self.duration_s,
            "pcm_sha256": self.pcm_sha256,
            "file_sha256": self.file_sha256,
            "header_bytes": self.header_bytes,
        }


@dataclass(frozen=True)
class SourceInfo:
    """What fed the recording; ``device`` is the device's own description (its keys are
    PortAudio's, so it stays a mapping)."""

    kind: str | None
    device: Mapping[str, Any] | None
    input: str | None

    @property
    def device_name(self) -> str | None:
        name = self.device.get("name") if self.device else None
        return None if name is None else str(name)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "device": self.device, "input": self.input}


class Party(StrEnum):
    """Whose voice a channel holds."""

    YOU = "you"  # your microphone (a headset: only you)
    OTHER = "other"  # what the computer plays, or a second input: the other party
    BOTH = "both"  # one microphone hears both sides (a phone on loudspeaker), or unknown


class TrackKind(StrEnum):
    INPUT = "input"  # a microphone or another input device
    OUTPUT = "output"  # what an output plays (its monitor or loopback)
    FILE = "file"  # a channel of an input file


@dataclass(frozen=True)
class Track:
    """Channel ``channel`` (1-based) of ``original.wav``: whose voice, from which source."""

    channel: int
    party: Party
    kind: TrackKind
    source: str | None  # the device's or the file's name, as the user saw it

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "party": str(self.party),
            "kind": str(self.kind),
            "source": self.source,
        }

    @classmethod
    def from_json(cls, data: Any, where: str) -> Track:
        if not isinstance(data, dict):
            raise BadInputError(f"{where} is not a JSON object.")
        party = _req(data, "party", str, where)
        kind = _req(data, "kind", str, where)
        try:
            typed = Party(party), TrackKind(kind)
        except ValueError:
            raise BadInputError(f"{where}: unknown party {party!r} or kind {kind!r}.") from None
        return cls(
            _req(data, "channel", int, where), typed[0], typed[1], _opt(data, "source", str, where)
        )


def default_tracks(channels: int, kind: TrackKind, source: str | None) -> tuple[Track, ...]:
    """Tracks of a recording that did not name them (older ones, input files).

    One channel is one microphone hearing both sides; a two-channel file is taken in
    Témoin's own order (you, then the other party) only when told so, else both
    channels count as "both".
    """
    return tuple(Track(i + 1, Party.BOTH, kind, source) for i in range(channels))


@dataclass(frozen=True)
class Segment:
    """A stretch of audio from one device (a new one starts when the device changes)."""

    index: int
    start_frame: int
    frames: int
    device: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start_frame": self.start_frame,
            "frames": self.frames,
            "device": self.device,
        }


@dataclass(frozen=True)
class CallMeta:
    """A typed view of the recording's ``meta``.

    ``meta`` itself stays a mapping in the sidecar: its keys are not fixed (a call
    set up without a profile has no ``profiles`` or ``recorded_with``, and a
    ``Recorder`` used on its own may be given any, or none), and the file must be
    written back as it was read.
    """

    profile: str | None
    counterpart_profile: str | None
    counterpart: str | None
    purpose: str | None
    language: str | None
    tags: Mapping[str, str]
    profiles: tuple[Mapping[str, Any], ...]  # the profiles used, with their content hashes
    recorded_with: str | None

    @classmethod
    def of(cls, meta: Mapping[str, Any], where: str = "meta") -> CallMeta:
        """Check the keys Témoin reads; a mistyped one is a ``BadInputError``."""
        profiles = _opt(meta, "profiles", list, where) or []
        for i, used in enumerate(profiles):
            if not isinstance(used, dict):
                raise BadInputError(f"{where}: 'profiles[{i}]' is not a JSON object.")
        tags = _opt(meta, "tags", dict, where) or {}
        return cls(
            profile=_opt(meta, "profile", str, where),
            counterpart_profile=_opt(meta, "counterpart_profile", str, where),
            counterpart=_opt(meta, "counterpart", str, where),
            purpose=_opt(meta, "purpose", str, where),
            language=_opt(meta, "language", str, where),
            tags={str(k): str(v) for k, v in tags.items()},
            profiles=tuple(profiles),
            recorded_with=_opt(meta, "recorded_with", str, where),
        )


@dataclass(frozen=True)
class Sidecar:
    """``recording.json``; its guaranteed fields are those of CONTRACTS.md §1.

    ``recovered`` (what ``recover`` found, when a crash interrupted the call) stays a
    mapping: older recoveries wrote fewer keys, and the evidence keeps them as written.
    """

    schema: int
    id: str
    app_version: str
    audio: AudioInfo
    source: SourceInfo
    started_utc: str
    started_local: str
    stopped_utc: str
    stopped_local: str
    segments: tuple[Segment, ...]
    events: tuple[Event, ...]
    overflows: int
    underflows: int
    paused_frames: int
    outcome: Outcome
    recovered: Mapping[str, Any] | None
    meta: Mapping[str, Any]
    tracks: tuple[Track, ...] = ()
    # False for a file written before tracks were named: ``tracks`` holds the defaults,
    # and the file is written back as it was read (no key it did not have).
    tracks_named: bool = field(default=True, compare=False, repr=False)

    @property
    def call(self) -> CallMeta:
        return CallMeta.of(self.meta)

    def track_of(self, party: Party) -> Track | None:
        return next((t for t in self.tracks if t.party is party), None)

    @property
    def two_sided(self) -> bool:
        """Your voice and the other party's are on separate channels."""
        return self.track_of(Party.YOU) is not None and self.track_of(Party.OTHER) is not None

    @property
    def their_channel(self) -> int:
        """The 0-based channel where the other party is heard (the one track when mono)."""
        other = self.track_of(Party.OTHER)
        return 0 if other is None else other.channel - 1

    def counters(self) -> dict[str, int]:
        """The capture's counters, as a rebuilt sidecar takes them over."""
        return {
            "overflows": self.overflows,
            "underflows": self.underflows,
            "paused_frames": self.paused_frames,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "id": self.id,
            "app_version": self.app_version,
            "audio": self.audio.to_json(),
            "source": self.source.to_json(),
            "started_utc": self.started_utc,
            "started_local": self.started_local,
            "stopped_utc": self.stopped_utc,
            "stopped_local": self.stopped_local,
            "segments": [s.to_json() for s in self.segments],
            "events": [e.to_json() for e in self.events],
            "overflows": self.overflows,
            "underflows": self.underflows,
            "paused_frames": self.paused_frames,
            "outcome": str(self.outcome),
            "recovered": None if self.recovered is None else dict(self.recovered),
            "meta": dict(self.meta),
            **({"tracks": [t.to_json() for t in self.tracks]} if self.tracks_named else {}),
        }

    def dumps(self) -> str:
        """The text written to disk."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, data: Any, where: str = SIDECAR_NAME) -> Sidecar:
        """Validate and type a loaded ``recording.json``; ``where`` names it in errors."""
        if not isinstance(data, dict):
            raise BadInputError(f"{where} is not a JSON object.")
        schema = _req(data, "schema", int, where)
        if schema != SCHEMA:
            raise BadInputError(f"{where}: schema {schema} is not one this version reads.")
        outcome = _req(data, "outcome", str, where)
        try:
            typed_outcome = Outcome(outcome)
        except ValueError:
            raise BadInputError(f"{where}: unknown outcome {outcome!r}.") from None
        meta = _req(data, "meta", dict, where)
        CallMeta.of(meta, f"{where}: 'meta'")
        audio = _audio(_req(data, "audio", dict, where), f"{where}: 'audio'")
        source = _source(_req(data, "source", dict, where), f"{where}: 'source'")
        raw_tracks = _opt(data, "tracks", list, where)
        if raw_tracks is None:  # written before tracks were named
            tracks = default_tracks(audio.channels, _kind_of(source), _name_of(source))
        else:
            tracks = tuple(
                Track.from_json(t, f"{where}: 'tracks[{i}]'") for i, t in enumerate(raw_tracks)
            )
        return cls(
            schema=schema,
            id=_req(data, "id", str, where),
            app_version=_req(data, "app_version", str, where),
            audio=audio,
            source=source,
            started_utc=_req(data, "started_utc", str, where),
            started_local=_req(data, "started_local", str, where),
            stopped_utc=_req(data, "stopped_utc", str, where),
            stopped_local=_req(data, "stopped_local", str, where),
            segments=tuple(
                _segment(s, f"{where}: 'segments[{i}]'")
                for i, s in enumerate(_req(data, "segments", list, where))
            ),
            events=tuple(
                Event.from_json(e, f"{where}: 'events[{i}]'")
                for i, e in enumerate(_req(data, "events", list, where))
            ),
            overflows=_req(data, "overflows", int, where),
            underflows=_req(data, "underflows", int, where),
            paused_frames=_req(data, "paused_frames", int, where),
            outcome=typed_outcome,
            recovered=_opt(data, "recovered", dict, where),
            meta=meta,
            tracks=tracks,
            tracks_named=raw_tracks is not None,
        )

    @classmethod
    def read(cls, rec_dir: Path, *, advise: bool = True) -> Sidecar:
        """Load ``rec_dir/recording.json``; every problem is a ``BadInputError`` naming it
        and, with ``advise``, saying how to get it back (recovery, which rebuilds it)."""
        path = rec_dir / SIDECAR_NAME
        advice = f" {REBUILD_ADVICE}" if advise else ""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BadInputError(
                f"{path} is missing: {rec_dir} is not a finished recording."
            ) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadInputError(f"{path} cannot be read as JSON: {exc}.{advice}") from None
        try:
            return cls.from_json(data, str(path))
        except BadInputError as exc:
            if not advise:
                raise
            raise BadInputError(f"{exc.message}{advice}") from None


def _audio(data: Mapping[str, Any], where: str) -> AudioInfo:
    return AudioInfo(
        file=_opt(data, "file", str, where),
        sample_rate=_req(data, "sample_rate", int, where),
        channels=_req(data, "channels", int, where),
        sample_format=_req(data, "sample_format", str, where),
        frames=_req(data, "frames", int, where),
        duration_s=_req(data, "duration_s", float, where),
        pcm_sha256=_req(data, "pcm_sha256", str, where),
        file_sha256=_opt(data, "file_sha256", str, where),
        header_bytes=_req(data, "header_bytes", int, where),
    )


def _source(data: Mapping[str, Any], where: str) -> SourceInfo:
    return SourceInfo(
        kind=_opt(data, "kind", str, where),
        device=_opt(data, "device", dict, where),
        input=_opt(data, "input", str, where),
    )


def _kind_of(source: SourceInfo) -> TrackKind:
    return TrackKind.FILE if source.kind == "file" else TrackKind.INPUT


def _name_of(source: SourceInfo) -> str | None:
    if source.kind == "file" and source.input:
        return Path(source.input).name
    return source.device_name


def tracks_of_source(source: Mapping[str, Any], channels: int) -> tuple[Track, ...]:
    """The tracks a journal header's ``source`` names (or the defaults when it names none)."""
    info = SourceInfo(source.get("kind"), source.get("device"), source.get("input"))
    named = source.get("tracks")
    if isinstance(named, list) and len(named) == channels:
        return tuple(Track.from_json(t, f"source 'tracks[{i}]'") for i, t in enumerate(named))
    return default_tracks(channels, _kind_of(info), _name_of(info))


def _segment(data: Any, where: str) -> Segment:
    if not isinstance(data, dict):
        raise BadInputError(f"{where} is not a JSON object.")
    return Segment(
        index=_req(data, "index", int, where),
        start_frame=_req(data, "start_frame", int, where),
        frames=_req(data, "frames", int, where),
        device=_opt(data, "device", str, where),
    )
