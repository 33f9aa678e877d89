"""Build a recording folder from a fixture WAV exactly as CONTRACTS.md §1 lays it out.

Lets the library and bundle tests run without the capture engine: copy the
WAV, hash its data chunk, and write ``journal.jsonl`` and ``recording.json``
with the events given. Two-track calls (channel 1 you, channel 2 the other
party) come two ways: ``make_two_track_recording`` interleaves two mono
fixtures into such a folder at once, and ``record_two_track_call`` records them
through the real capture path (``TwoTrackSource`` over two ``FileSource``s fed
to ``recorder.call.Call``), in real time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recorder import __version__

if TYPE_CHECKING:
    from recorder.call import CallOutcome


def data_span(wav: Path) -> tuple[int, int, dict[str, int]]:
    """(offset, length) of the data chunk and the fmt fields of a RIFF WAV."""
    with wav.open("rb") as fh:
        head = fh.read(12)
        assert head[:4] == b"RIFF"
        assert head[8:12] == b"WAVE"
        fmt: dict[str, int] = {}
        while True:
            hdr = fh.read(8)
            assert len(hdr) == 8, "no data chunk"
            cid, size = hdr[:4], struct.unpack("<I", hdr[4:])[0]
            if cid == b"fmt ":
                body = fh.read(size + (size & 1))
                tag, ch, rate, _, align, bits = struct.unpack("<HHIIHH", body[:16])
                fmt = {
                    "format_tag": tag,
                    "channels": ch,
                    "rate": rate,
                    "bits": bits,
                    "align": align,
                }
            elif cid == b"data":
                return fh.tell(), size, fmt
            else:
                fh.seek(size + (size & 1), os.SEEK_CUR)


def _stamp(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def make_recording(
    library: Path,
    fixture: Path,
    events: Sequence[tuple[str, float, str | None]] = (),
    meta: dict[str, Any] | None = None,
    started: dt.datetime | None = None,
    rec_id: str | None = None,
    recovered: dict[str, Any] | None = None,
    tracks: Sequence[dict[str, Any]] | None = None,
) -> Path:
    """Create ``<library>/recordings/<id>/`` from ``fixture``; returns the folder.

    ``tracks`` (``recording.json``'s, one per channel) says whose voice each channel
    holds; without it the recording names none, as those made before tracks existed.
    """
    started = started or dt.datetime(2026, 11, 2, 18, 59, 1, tzinfo=dt.UTC)
    rec_id = rec_id or started.strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)
    folder = library / "recordings" / rec_id
    folder.mkdir(mode=0o700, parents=True)
    os.chmod(library, 0o700)
    os.chmod(library / "recordings", 0o700)
    wav = folder / "original.wav"
    shutil.copyfile(fixture, wav)
    os.chmod(wav, 0o600)
    offset, length, fmt = data_span(wav)
    data = wav.read_bytes()
    pcm = data[offset : offset + length]
    frames = length // fmt["align"]
    rate = fmt["rate"]
    local_tz = dt.timezone(dt.timedelta(hours=1))

    def ev(kind: str, seconds: float, text: str | None) -> dict[str, Any]:
        frame = min(round(seconds * rate), frames)
        t = started + dt.timedelta(seconds=frame / rate)
        return {
            "kind": kind,
            "frame": frame,
            "seconds": frame / rate,
            "utc": _stamp(t),
            "local": t.astimezone(local_tz).isoformat(timespec="milliseconds"),
            "text": text,
            "pcm_sha256_at": hashlib.sha256(pcm[: frame * fmt["align"]]).hexdigest(),
        }

    all_events = [ev("start", 0.0, None)] + [ev(*e) for e in events]
    all_events.append(ev("stop", frames / rate, None))
    stopped = started + dt.timedelta(seconds=frames / rate)
    meta = {
        "profile": "ch",
        "counterpart_profile": None,
        "counterpart": "Swisscom support",
        "purpose": "support",
        "language": "fr",
        "tags": {},
        **(meta or {}),
    }
    pcm_sha = hashlib.sha256(pcm).hexdigest()
    sample_format = {16: "int16", 24: "int24", 32: "float32"}[fmt["bits"]]
    sidecar = {
        "schema": 1,
        "id": rec_id,
        "app_version": __version__,
        "audio": {
            "file": "original.wav",
            "sample_rate": rate,
            "channels": fmt["channels"],
            "sample_format": sample_format,
            "frames": frames,
            "duration_s": frames / rate,
            "pcm_sha256": pcm_sha,
            "file_sha256": hashlib.sha256(data).hexdigest(),
            "header_bytes": offset,
        },
        "source": {"kind": "file", "device": None, "input": str(fixture)},
        "started_utc": _stamp(started),
        "started_local": started.astimezone(local_tz).isoformat(timespec="milliseconds"),
        "stopped_utc": _stamp(stopped),
        "stopped_local": stopped.astimezone(local_tz).isoformat(timespec="milliseconds"),
        "segments": [{"index": 0, "start_frame": 0, "frames": frames, "device": None}],
        "events": all_events,
        "overflows": 0,
        "underflows": 0,
        "paused_frames": 0,
        "outcome": "completed",
        "recovered": recovered,
        "meta": meta,
    }
    header_source = dict(sidecar["source"])
    if tracks is not None:
        sidecar["tracks"] = [dict(t) for t in tracks]
        header_source["tracks"] = sidecar["tracks"]
    journal = [
        {
            "type": "header",
            "schema": 1,
            "id": rec_id,
            "app_version": __version__,
            "sample_rate": rate,
            "channels": fmt["channels"],
            "sample_format": sample_format,
            "source": header_source,
            "started_utc": sidecar["started_utc"],
            "started_local": sidecar["started_local"],
            "meta": meta,
        },
        *({"type": "event", **e} for e in all_events),
        {
            "type": "end",
            "frames": frames,
            "pcm_sha256": pcm_sha,
            "outcome": "completed",
            "utc": sidecar["stopped_utc"],
        },
    ]
    for name, text in (
        ("journal.jsonl", "".join(json.dumps(j) + "\n" for j in journal)),
        ("recording.json", json.dumps(sidecar, indent=2)),
    ):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        os.chmod(path, 0o600)
    return folder


def consent_events(
    fixture_info: dict[str, Any], answer: str = "granted"
) -> list[tuple[str, float, str | None]]:
    """The consent events a fixture's timings imply (see fixtures.json)."""
    return [
        ("announced", fixture_info["announce_at"], None),
        (answer, fixture_info["answer_end"], None),
        ("marker", fixture_info["followup_at"], "ticket 4578 <b>bold</b>"),
    ]


def fixture_info(fixtures_dir: Path, name: str) -> dict[str, Any]:
    data = json.loads((fixtures_dir / "fixtures.json").read_text())
    return next(f for f in data["fixtures"] if f["file"] == name)


def two_track_wav(out: Path, you: Path, them: Path) -> Path:
    """A stereo int16 WAV: ``you`` (a mono fixture) on channel 1, ``them`` on channel 2,
    as long as the shorter of the two, as a two-track call writes it."""
    import numpy as np
    import soundfile as sf

    mine, rate = sf.read(you, dtype="int16")
    theirs, their_rate = sf.read(them, dtype="int16")
    assert rate == their_rate, "both sides of a call are recorded at one rate"
    assert mine.ndim == theirs.ndim == 1, "each side of a call is one channel"
    n = min(len(mine), len(theirs))
    sf.write(out, np.column_stack((mine[:n], theirs[:n])), rate, subtype="PCM_16")
    return out


def two_tracks(
    you: str | None, them: str | None, their_kind: str = "output"
) -> list[dict[str, Any]]:
    """``recording.json``'s tracks of a two-track call: channel 1 you, channel 2 them."""
    return [
        {"channel": 1, "party": "you", "kind": "input", "source": you},
        {"channel": 2, "party": "other", "kind": their_kind, "source": them},
    ]


def make_two_track_recording(
    library: Path,
    you: Path,
    them: Path,
    events: Sequence[tuple[str, float, str | None]] = (),
    meta: dict[str, Any] | None = None,
    **kw: Any,
) -> Path:
    """A two-track recording folder at once (no capture): ``you`` and ``them``, two mono
    fixtures, interleaved as channels 1 and 2, the tracks named after them."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        stereo = two_track_wav(Path(tmp) / f"{you.stem}+{them.stem}.wav", you, them)
        return make_recording(
            library, stereo, events, meta, tracks=two_tracks(you.name, them.name), **kw
        )


def record_two_track_call(
    library: Path,
    you: Path,
    them: Path,
    events: Sequence[tuple[str, float, str | None]] = (),
    **setup: Any,
) -> CallOutcome:
    """Record ``you`` (your microphone) and ``them`` (the other party) through the real
    pipeline: ``TwoTrackSource(FileSource(you), FileSource(them))`` fed to ``Call``, as
    fast as the writer takes them (files pair sample for sample). The shorter fixture is
    filled with silence to the longer's end; ``events`` are planned (kind, seconds, text)."""
    from recorder.call import Call, CallSetup
    from recorder.capture import FileSource
    from recorder.events import EventSpec
    from recorder.twotrack import TwoTrackSource

    source = TwoTrackSource(FileSource(you), FileSource(them))
    source.open()
    fields = {
        "home_profile": "ch",
        "counterpart_profile": "fr",
        "counterpart": "Swisscom support",
        "purpose": "support",
        "language": "fr",
        **setup,
    }
    plan = [EventSpec(kind, seconds, text) for kind, seconds, text in events]
    call = Call(CallSetup(**fields), source, library, plan=plan)
    call.record()
    return call.stop()
