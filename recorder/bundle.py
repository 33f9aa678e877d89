"""Evidence bundles: compose the export of a recording as a signed BagIt 1.0 zip.

A bundle must be something a stranger can open without Témoin and check
without trusting it: after unzipping, ``sha256sum -c manifest-sha256.txt`` and
the Library of Congress ``bagit`` validator both work, and ``signature.json``
says who sealed the tag manifest. This module decides what goes in (the
original, listening copy, consent clip, legality note, viewer, metadata,
custody log); recorder.bag writes the bag and recorder.verify checks one.
The hour-long original is hashed and written in one streaming pass while
ffmpeg encodes the listening copy on the other core.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recorder import __version__
from recorder.bag import BagWriter, bag_info, bag_name
from recorder.errors import BadInputError, CheckFailed, UsageError
from recorder.integrity import hashed_at_recovery
from recorder.paths import fsync_dir, open_private
from recorder.resources import labels, resources_dir
from recorder.sidecar import Party, Sidecar, Track
from recorder.timefmt import format_m_ss, utc_now
from recorder.transcode import CLIP_MAX_S
from recorder.verify import schema_problems
from recorder.wav import WavLayout, wav_layout

if TYPE_CHECKING:
    from recorder.library import Library
    from recorder.waveform import Lane

Progress = Callable[[float, str], None]
NoteRenderer = tuple[
    Callable[[dict[str, Any], dict[str, Any]], str],
    Callable[[dict[str, Any], dict[str, Any]], bytes],
]

LISTENING_KINDS = ("mp3", "opus", "none")
CONSENT_KINDS = ("announced", "granted", "refused", "transferred", "paused", "resumed", "withdrawn")
CLIP_TAIL_S = 3.0  # keep a little after the answer so it is not cut mid-word
CLIP_NO_ANSWER_S = 30.0


def _seconds(ev: dict[str, Any], rate: int) -> float:
    frame = ev.get("frame")
    if isinstance(frame, int):
        return frame / rate
    return float(ev.get("seconds") or 0.0)


def consent_clip_span(
    events: list[dict[str, Any]], rate: int, duration_s: float
) -> tuple[float, float] | None:
    """From the first announcement to the answer plus a few seconds, capped; None if none."""
    start_ev = next((e for e in events if e.get("kind") == "announced"), None)
    if start_ev is None:
        return None
    start = _seconds(start_ev, rate)
    answer = next(
        (
            e
            for e in events
            if e.get("kind") in ("granted", "refused") and _seconds(e, rate) >= start
        ),
        None,
    )
    end = _seconds(answer, rate) + CLIP_TAIL_S if answer else start + CLIP_NO_ANSWER_S
    end = min(end, start + CLIP_MAX_S, duration_s)
    if end - start < 0.05:
        return None
    return start, end


def _default_renderer() -> NoteRenderer:
    from recorder import legality_note

    return legality_note.render_html, legality_note.render_pdf


def _custody_lines(custody: list[dict[str, Any]]) -> str:
    lines = [
        "# Témoin chain of custody: what happened to this recording, oldest first.",
        "# UTC time  action  app version  detail",
    ]
    for c in custody:
        detail = str(c.get("detail") or "").replace("\n", " ")
        lines.append(f"{c['utc']}  {c['action']}  temoin {c['app_version']}  {detail}".rstrip())
    return "\n".join(lines) + "\n"


def _metadata(
    sidecar: Sidecar,
    record: dict[str, Any],
    layout: WavLayout,
    file_sha: str,
    assessment: dict[str, Any],
    files: dict[str, Any],
    custody: list[dict[str, Any]],
    created: str,
    language: str,
) -> dict[str, Any]:
    call = sidecar.call
    source = sidecar.source
    device = source.device or {}
    events = [e.to_json() for e in sidecar.events]
    return {
        "metadata_version": 1,
        "created_utc": created,
        "app": {"name": "temoin", "version": __version__},
        "recording": {
            "id": sidecar.id,
            "started_utc": sidecar.started_utc,
            "started_local": sidecar.started_local,
            "stopped_utc": sidecar.stopped_utc,
            "stopped_local": sidecar.stopped_local,
            "duration_s": layout.frames / layout.sample_rate,
            "outcome": str(sidecar.outcome),
            "counterpart": call.counterpart,
            "purpose": call.purpose,
            "language": language,
            "recorded_with": sidecar.app_version,
            "overflows": sidecar.overflows,
            "underflows": sidecar.underflows,
            "paused_frames": sidecar.paused_frames,
            "segments": [s.to_json() for s in sidecar.segments],
            "recovered": None if sidecar.recovered is None else dict(sidecar.recovered),
        },
        "device": {
            "source_kind": source.kind,
            "name": device.get("name"),
            "index": device.get("index"),
            "host_api": device.get("host_api"),
            "input": Path(source.input).name if source.input else None,
        },
        "format": {
            "file": "audio/original.wav",
            "container": "RIFF/WAVE, uncompressed PCM",
            "sample_rate": layout.sample_rate,
            "channels": layout.channels,
            "sample_format": layout.sample_format,
            "frames": layout.frames,
            "header_bytes": layout.data_offset,
            "data_bytes": layout.data_bytes,
            # Whose voice each channel holds (channel 1 you, 2 the other party on a
            # two-track call; "both" for one microphone hearing both sides).
            "tracks": [t.to_json() for t in sidecar.tracks],
        },
        "integrity": {
            "pcm_sha256": {
                "algorithm": "sha256",
                "value": sidecar.audio.pcm_sha256,
                "scope": "the PCM bytes of audio/original.wav's data chunk "
                f"(bytes {layout.data_offset} to {layout.data_offset + layout.data_bytes})",
                "computed": _pcm_hash_provenance(sidecar.recovered),
            },
            **_capture_checkpoint(sidecar.recovered, layout),
            "file_sha256": {
                "algorithm": "sha256",
                "value": file_sha,
                "scope": "the whole audio/original.wav file, header included",
                "computed": "at export; the same value is in manifest-sha256.txt",
            },
            "file_sha256_at_recording": sidecar.audio.file_sha256,
            "signature": "signature.json: Ed25519 over tagmanifest-sha256.txt, which covers "
            "manifest-sha256.txt, which covers every file under data/",
        },
        "events": events,
        "consent_log": [e for e in events if e.get("kind") in CONSENT_KINDS],
        "markers": [e for e in events if e.get("kind") == "marker"],
        "tags": record["tags"],
        "free_tags": record["free_tags"],
        "notes": record["notes"],
        "profiles": [
            {k: p.get(k) for k in ("id", "name", "version", "review_date", "content_hash", "role")}
            for p in assessment.get("profiles") or []
        ],
        "assessment": assessment,
        "files": files,
        "custody": custody,
    }


def _render_index(context: dict[str, Any]) -> str:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources_dir() / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("bundle_index.html.j2").render(**context)


BUNDLE_LABELS = "templates/bundle_index.labels.json"


def _labels(language: str) -> Mapping[str, str]:
    return labels(BUNDLE_LABELS, language)


def lane_label(party: Party, channel: int, language: str) -> str:
    """A lane of the viewer's waveform, in ``language``: "You", "Other party", or, for a
    channel of a file whose channels nobody named, "Channel N"."""
    table = _labels(language)
    if party is Party.YOU:
        return table["lane_you"]
    if party is Party.OTHER:
        return table["lane_other"]
    return table["lane_channel"].replace("%s", str(channel))


def track_lines(tracks: tuple[Track, ...], language: str) -> list[str]:
    """One line per channel, "Channel 1: You — Headset (input device)", for the viewer
    and the note; a channel nobody named says so, the one channel of a mono call says
    it holds both sides."""
    table = _labels(language)
    unnamed = table["lane_both"] if len(tracks) == 1 else table["party_unknown"]
    return [
        table["track_line"]
        .replace("{channel}", str(t.channel))
        .replace(
            "{party}",
            unnamed if t.party is Party.BOTH else lane_label(t.party, t.channel, language),
        )
        .replace("{source}", t.source or "—")
        .replace("{kind}", table[f"track_{t.kind}"])
        for t in tracks
    ]


def export(
    lib: Library,
    rec_id: str,
    out: Path,
    language: str | None = None,
    listening: str = "mp3",
    progress: Progress | None = None,
    *,
    assessment: dict[str, Any] | None = None,
    renderer: NoteRenderer | None = None,
) -> Path:
    """Write the evidence bundle for ``rec_id`` to ``out`` (a .zip); returns ``out``.

    ``progress(fraction, stage)`` is called on the calling thread. ``assessment`` and
    ``renderer`` default to recorder.legality and recorder.legality_note.
    """
    if listening not in LISTENING_KINDS:
        raise UsageError(f"--listening must be one of {', '.join(LISTENING_KINDS)}.")
    report = progress or (lambda _f, _s: None)
    record = lib.get(rec_id)
    rec_id = record["id"]
    sidecar = Sidecar.from_json(record["recording"], f"recording {rec_id}")
    rec_dir = Path(record["dir"])
    wav = rec_dir / (sidecar.audio.file or "original.wav")
    if not wav.is_file():
        raise BadInputError(
            f"Recording {rec_id} has no audio file ({wav}); it may have been discarded."
        )
    if not sidecar.audio.pcm_sha256:
        raise BadInputError(f"Recording {rec_id} has no capture-time PCM hash to vouch for it.")
    out = out.expanduser().absolute()
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name ending in .zip.")
    if not language:
        from recorder.profiles import language_from_env

        language = sidecar.call.language or language_from_env()
    from recorder import legality, legality_note  # lazy: only export needs the law here

    if assessment is None:
        assessment = legality.assess_recording(sidecar, language, audio=wav)
    render_html, render_pdf = renderer or _default_renderer()
    call = legality_note.call_info(sidecar, language)
    layout = wav_layout(wav)
    rate = layout.sample_rate
    duration = layout.frames / rate
    events = [e.to_json() for e in sidecar.events]
    created = utc_now()

    from recorder.transcode import Encoding, encode_clip
    from recorder.waveform import Waveform, lanes_of

    listen_name = None if listening == "none" else f"audio/listening.{listening}"
    fractions = {"wav": 0.0, "enc": 0.0 if listen_name else 1.0}

    def overall() -> float:
        return 0.02 + 0.88 * (0.25 * fractions["wav"] + 0.75 * fractions["enc"])

    report(0.0, "preparing")
    _sweep_abandoned(out.parent)
    tmp_zip = out.with_name(f".{out.name}{_PARTIAL}{os.getpid()}")
    with tempfile.TemporaryDirectory(
        dir=out.parent, prefix=f"{_WORKDIR}{os.getpid()}-"
    ) as tmp_name:
        tmp = Path(tmp_name)
        encoding = None
        if listen_name:
            encoding = Encoding(
                wav,
                tmp / Path(listen_name).name,
                listening,
                duration,
                on_progress=lambda f: fractions.__setitem__("enc", f),
                channels=layout.channels,  # a two-track call: stereo, you left, them right
            )
        fd = open_private(tmp_zip)
        try:
            with os.fdopen(fd, "wb") as raw:
                with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
                    bag = BagWriter(zf, bag_name(out))
                    wave = Waveform(layout, columns=1000)

                    def wav_progress(f: float) -> None:
                        fractions["wav"] = f
                        report(overall(), "copying and hashing the original")

                    hasher = bag.add_wav(
                        "data/audio/original.wav", wav, layout, wave.feed, wav_progress
                    )
                    pcm_sha = hasher.pcm.hexdigest()
                    file_sha = hasher.file.hexdigest()
                    if pcm_sha != sidecar.audio.pcm_sha256:
                        raise CheckFailed(
                            f"{wav} no longer matches the hash computed while recording "
                            f"(PCM SHA-256 {pcm_sha}, expected {sidecar.audio.pcm_sha256}). "
                            "The audio was changed after the call; no bundle was written."
                        )
                    lanes = lanes_of(wave.finish(), sidecar.tracks)
                    span = consent_clip_span(events, rate, duration)
                    clip: dict[str, Any] | None = None
                    if span:
                        report(overall(), "cutting the consent clip")
                        clip_path = encode_clip(
                            wav, tmp / "consent.mp3", span[0], span[1] - span[0]
                        )
                        bag.add_file("data/audio/consent.mp3", clip_path)
                        clip = {
                            "file": "audio/consent.mp3",
                            "start_s": round(span[0], 3),
                            "end_s": round(span[1], 3),
                        }
                    if encoding is not None and listen_name:
                        while encoding.running():
                            report(overall(), "encoding the listening copy")
                            time.sleep(0.1)
                        bag.add_file("data/" + listen_name, encoding.wait())
                        encoding = None
                    report(0.92, "writing the legality note and viewer")
                    custody = [
                        *record["custody"],
                        {
                            "utc": created,
                            "action": "exported",
                            "app_version": __version__,
                            "detail": f"bundle {out.name}",
                        },
                    ]
                    files = {
                        "original": "audio/original.wav",
                        "listening": listen_name,
                        "consent_clip": clip,
                        "legality_note_html": "legality-note.html",
                        "legality_note_pdf": "legality-note.pdf",
                        "index": "index.html",
                        "custody_log": "custody.log",
                    }
                    metadata = _metadata(
                        sidecar,
                        record,
                        layout,
                        file_sha,
                        assessment,
                        files,
                        custody,
                        created,
                        language,
                    )
                    _check_schema(metadata)
                    if len(sidecar.tracks) > 1:
                        # The note's "device" row says which channel is whom (a one-source
                        # call keeps the device's name).
                        call = {**call, "device": "; ".join(track_lines(sidecar.tracks, language))}
                    note_html = render_html(assessment, call)
                    bag.add_bytes("data/legality-note.html", note_html.encode("utf-8"))
                    bag.add_bytes("data/legality-note.pdf", render_pdf(assessment, call))
                    bag.add_bytes("data/custody.log", _custody_lines(custody).encode("utf-8"))
                    bag.add_bytes(
                        "data/metadata.json",
                        json.dumps(metadata, ensure_ascii=False, indent=2).encode("utf-8"),
                    )
                    index = _render_index(
                        _index_context(
                            metadata,
                            assessment,
                            lanes,
                            note_html,
                            language,
                            duration,
                            call,
                            rate,
                            sidecar.tracks,
                        )
                    )
                    bag.add_bytes("data/index.html", index.encode("utf-8"))
                    report(0.97, "sealing the bag")
                    bag.finish(bag_info(rec_id, bag, created))
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(tmp_zip, out)
            fsync_dir(out.parent)
        except BaseException:
            if encoding is not None:
                encoding.kill()
            tmp_zip.unlink(missing_ok=True)
            raise
    if lib.writable:
        lib.add_custody(rec_id, "exported", f"bundle {out.name}", utc=created)
    report(1.0, "done")
    return out


MONO_LANE_HEIGHT = 160  # the one lane of a mono call, as tall as it always was
LANE_HEIGHT = 100  # each lane when there are more (200 for a two-track call)


def _index_context(
    metadata: dict[str, Any],
    assessment: dict[str, Any],
    lanes: tuple[Lane, ...],
    note_html: str,
    language: str,
    duration: float,
    call: dict[str, Any],
    rate: int,
    tracks: tuple[Track, ...],
) -> dict[str, Any]:
    from recorder.waveform import svg_path

    width = 1000
    lane_height = MONO_LANE_HEIGHT if len(lanes) <= 1 else LANE_HEIGHT
    height = lane_height * max(len(lanes), 1)
    labels = _labels(language)
    alone = len(lanes) == 1
    lane_views = [
        {
            "channel": lane.channel,
            "party": str(lane.party),
            "top": i * lane_height,
            "d": svg_path(lane.columns, width, lane_height, top=i * lane_height),
            # A mono lane has no label, as before: there is only the one.
            "label": None if alone else lane_label(lane.party, lane.channel, language),
        }
        for i, lane in enumerate(lanes)
    ]
    timeline_labels = {
        (t.get("kind"), t.get("frame")): t.get("label") for t in assessment.get("timeline") or []
    }
    marks = []
    row_ends: list[float] = []  # stagger labels of events too close to share a line
    for ev in metadata["events"]:
        kind = ev.get("kind")
        if kind not in CONSENT_KINDS and kind != "marker":
            continue
        seconds = _seconds(ev, rate)
        x = round(width * seconds / duration, 1) if duration else 0.0
        row = next((r for r, end in enumerate(row_ends) if x >= end), len(row_ends))
        if row == len(row_ends):
            row_ends.append(0.0)
        row_ends[row] = x + 120
        marks.append(
            {
                "kind": kind,
                "x": x,
                "label_y": height + 13 + 13 * row,
                "seconds": round(seconds, 3),
                "clock": format_m_ss(seconds),
                "local": ev.get("local") or ev.get("utc"),
                "text": ev.get("text"),
                "label": timeline_labels.get((kind, ev.get("frame")))
                or labels.get(f"kind_{kind}", kind),
            }
        )
    return {
        "lang": language,
        "l": labels,
        "meta": metadata,
        "call": call,
        "assessment": assessment,
        "duration_clock": format_m_ss(duration),
        "lanes": lane_views,
        "tracks": track_lines(tracks, language) if len(tracks) > 1 else [],
        "width": width,
        "height": height,
        "label_rows": max(len(row_ends), 1),
        "marks": marks,
        "player_src": "audio/" + Path(metadata["files"]["listening"]).name
        if metadata["files"]["listening"]
        else "audio/original.wav",
        "note_html": note_html,
    }


def _check_schema(metadata: dict[str, Any]) -> None:
    """Export never writes a metadata.json its own published schema would reject."""
    problems = schema_problems(metadata)
    if problems:
        raise RuntimeError("metadata.json does not match its schema: " + "; ".join(problems))


_PARTIAL = ".partial-"  # .NAME.zip.partial-PID: the bundle being written
_WORKDIR = ".temoin-export-"  # .temoin-export-PID-XXXX: its listening copy and clip
_ABANDONED = re.compile(r"^(?:\..+\.partial-(\d+)|\.temoin-export-(\d+)-.+)$")


def _sweep_abandoned(folder: Path) -> None:
    """Delete what an export killed mid-way (power cut, kill -9) left in ``folder``.

    They hold copies of the call's audio under hidden names, so they must not linger.
    Only our own names, owned by this user, from a process that no longer runs (POSIX:
    on Windows ``os.kill`` would terminate the process it asks about).
    """
    if os.name != "posix":
        return
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        m = _ABANDONED.match(entry.name)
        if m is None:
            continue
        pid = int(m.group(1) or m.group(2))
        try:
            st = entry.lstat()
            if st.st_uid != os.geteuid() or pid == os.getpid() or _alive(pid):
                continue
            if stat.S_ISDIR(st.st_mode):
                shutil.rmtree(entry)
            elif stat.S_ISREG(st.st_mode):
                entry.unlink()
        except OSError:
            continue  # best effort: the export itself goes on


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


def _pcm_hash_provenance(recovered: Any) -> str:
    if not isinstance(recovered, dict):
        return "while recording, block by block as the audio was written"
    if not hashed_at_recovery(recovered):
        return (
            "while recording, block by block as the audio was written (the call had ended; "
            "its recording.json was rebuilt at recovery and the audio matched this hash)"
        )
    return (
        "at recovery, after the app was interrupted during the call: the file was repaired "
        "and hashed then; see pcm_sha256_at_checkpoint for the part a hash taken while "
        "recording still covers"
    )


def _capture_checkpoint(recovered: Any, layout: WavLayout) -> dict[str, Any]:
    """After a crash: the last hash taken while recording, over the first N frames."""
    if not hashed_at_recovery(recovered):
        return {}
    cap = recovered.get("capture_hash")
    if not isinstance(cap, dict) or not isinstance(cap.get("frames"), int):
        return {}
    frames = int(cap["frames"])
    end = layout.data_offset + frames * layout.block_align
    return {
        "pcm_sha256_at_checkpoint": {
            "algorithm": "sha256",
            "value": cap["pcm_sha256"],
            "frames": frames,
            "scope": f"the first {frames} frames ({frames / layout.sample_rate:.3f} s) of "
            f"audio/original.wav's PCM (bytes {layout.data_offset} to {end})",
            "computed": "while recording, at the last checkpoint before the interruption",
            "matched_at_recovery": bool(cap.get("matches")),
        }
    }
