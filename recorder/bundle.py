"""Evidence bundles: export a recording as a signed BagIt 1.0 zip, and verify one.

A bundle must be something a stranger can open without Témoin and check
without trusting it: after unzipping, ``sha256sum -c manifest-sha256.txt`` and
the Library of Congress ``bagit`` validator both work, and ``signature.json``
says who sealed the tag manifest.

The zip holds one top-level folder named after the bag (RFC 8493 §4:
a serialized bag unpacks to a single directory). Entries are stored, not
deflated: audio does not compress, and storing lets the hour-long original
be hashed and written in one streaming pass while ffmpeg encodes the
listening copy on the other core.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import hashlib
import itertools
import json
import os
import re
import shutil
import stat
import struct
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recorder import __version__
from recorder.errors import BadInputError, CheckFailed, EnvironmentProblem, UsageError
from recorder.integrity import (
    CHUNK,
    SplitHasher,
    WavLayout,
    check_signature,
    hashed_at_recovery,
    key_path,
    read_wav_layout,
    sign,
    signature_bytes,
    wav_layout,
)
from recorder.paths import open_private
from recorder.resources import resources_dir
from recorder.transcode import CLIP_MAX_S

if TYPE_CHECKING:
    from recorder.library import Library

Progress = Callable[[float, str], None]
NoteRenderer = tuple[
    Callable[[dict[str, Any], dict[str, Any]], str],
    Callable[[dict[str, Any], dict[str, Any]], bytes],
]

LISTENING_KINDS = ("mp3", "opus", "none")
CONSENT_KINDS = ("announced", "granted", "refused", "transferred", "paused", "resumed", "withdrawn")
CLIP_TAIL_S = 3.0  # keep a little after the answer so it is not cut mid-word
CLIP_NO_ANSWER_S = 30.0
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE_FILE = "signature.json"

# Limits for reading zips from strangers.
MAX_ENTRIES = 10_000
MAX_SMALL_FILE = 64 * 1024 * 1024  # tag files, metadata.json, HTML
MAX_DECLARED_TOTAL = 1 << 40  # 1 TiB: far beyond a day of 96 kHz stereo float
MAX_RATIO = 100


# --- export -------------------------------------------------------------------------------


def _zip_stamp() -> tuple[int, int, int, int, int, int]:
    t = time.localtime()
    return (max(t.tm_year, 1980), t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec & ~1)


class _BagWriter:
    """Writes stored entries under ``<bag>/`` and remembers their SHA-256 for manifests."""

    def __init__(self, zf: zipfile.ZipFile, bag_name: str) -> None:
        self.zf = zf
        self.prefix = bag_name + "/"
        self.payload: dict[str, str] = {}
        self.payload_bytes = 0
        self.tags: dict[str, str] = {}
        self._stamp = _zip_stamp()

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(self.prefix + name, date_time=self._stamp)
        info.compress_type = zipfile.ZIP_STORED
        info.create_system = 3  # Unix: the mode below is meaningful
        info.external_attr = (stat.S_IFREG | 0o600) << 16
        return info

    def _record(self, name: str, digest: str, size: int) -> None:
        if name.startswith("data/"):
            self.payload[name] = digest
            self.payload_bytes += size
        else:
            self.tags[name] = digest

    def add_bytes(self, name: str, data: bytes) -> str:
        self.zf.writestr(self._info(name), data)
        digest = hashlib.sha256(data).hexdigest()
        self._record(name, digest, len(data))
        return digest

    def add_file(self, name: str, path: Path) -> str:
        h = hashlib.sha256()
        size = 0
        with path.open("rb") as src, self.zf.open(self._info(name), "w", force_zip64=True) as dst:
            while block := src.read(CHUNK):
                h.update(block)
                dst.write(block)
                size += len(block)
        digest = h.hexdigest()
        self._record(name, digest, size)
        return digest

    def add_wav(
        self,
        name: str,
        path: Path,
        layout: WavLayout,
        on_block: Callable[[memoryview], None],
        on_progress: Callable[[float], None],
    ) -> SplitHasher:
        """Copy the original bit for bit, hashing file and PCM in the same pass."""
        hasher = SplitHasher(layout.data_offset, layout.data_bytes)
        total = max(path.stat().st_size, 1)
        done = 0
        pcm_end = layout.data_offset + layout.data_bytes
        with path.open("rb") as src, self.zf.open(self._info(name), "w", force_zip64=True) as dst:
            while block := src.read(CHUNK):
                view = memoryview(block)
                hasher.update(view)
                dst.write(view)
                lo, hi = max(layout.data_offset - done, 0), min(pcm_end - done, len(block))
                if hi > lo:
                    on_block(view[lo:hi])
                done += len(block)
                on_progress(done / total)
        self._record(name, hasher.file.hexdigest(), done)
        return hasher

    def finish(self, bag_info: str) -> None:
        manifest = "".join(f"{d}  {n}\n" for n, d in sorted(self.payload.items()))
        self.add_bytes("bagit.txt", BAGIT_TXT.encode())
        self.add_bytes("bag-info.txt", bag_info.encode("utf-8"))
        self.add_bytes("manifest-sha256.txt", manifest.encode("utf-8"))
        tagmanifest = "".join(f"{d}  {n}\n" for n, d in sorted(self.tags.items()))
        tm_bytes = tagmanifest.encode("utf-8")
        self.zf.writestr(self._info("tagmanifest-sha256.txt"), tm_bytes)
        signature = sign(tm_bytes, "tagmanifest-sha256.txt")
        self.zf.writestr(self._info(SIGNATURE_FILE), signature_bytes(signature))


def _bag_name(out: Path) -> str:
    stem = out.name[:-4] if out.name.lower().endswith(".zip") else out.name
    clean = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._")
    return clean or "bundle"


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
    sidecar: dict[str, Any],
    record: dict[str, Any],
    layout: WavLayout,
    file_sha: str,
    assessment: dict[str, Any],
    files: dict[str, Any],
    custody: list[dict[str, Any]],
    created: str,
    language: str,
) -> dict[str, Any]:
    audio = sidecar.get("audio") or {}
    meta = sidecar.get("meta") or {}
    source = sidecar.get("source") or {}
    device = source.get("device") or {}
    events = list(sidecar.get("events") or [])
    return {
        "metadata_version": 1,
        "created_utc": created,
        "app": {"name": "temoin", "version": __version__},
        "recording": {
            "id": sidecar["id"],
            "started_utc": sidecar.get("started_utc"),
            "started_local": sidecar.get("started_local"),
            "stopped_utc": sidecar.get("stopped_utc"),
            "stopped_local": sidecar.get("stopped_local"),
            "duration_s": layout.frames / layout.sample_rate,
            "outcome": sidecar.get("outcome"),
            "counterpart": meta.get("counterpart"),
            "purpose": meta.get("purpose"),
            "language": language,
            "recorded_with": sidecar.get("app_version"),
            "overflows": sidecar.get("overflows"),
            "underflows": sidecar.get("underflows"),
            "paused_frames": sidecar.get("paused_frames"),
            "segments": sidecar.get("segments") or [],
            "recovered": sidecar.get("recovered"),
        },
        "device": {
            "source_kind": source.get("kind"),
            "name": device.get("name") if isinstance(device, dict) else None,
            "index": device.get("index") if isinstance(device, dict) else None,
            "host_api": device.get("host_api") if isinstance(device, dict) else None,
            "input": Path(str(source["input"])).name if source.get("input") else None,
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
        },
        "integrity": {
            "pcm_sha256": {
                "algorithm": "sha256",
                "value": audio["pcm_sha256"],
                "scope": "the PCM bytes of audio/original.wav's data chunk "
                f"(bytes {layout.data_offset} to {layout.data_offset + layout.data_bytes})",
                "computed": _pcm_hash_provenance(sidecar.get("recovered")),
            },
            **_capture_checkpoint(sidecar.get("recovered"), layout),
            "file_sha256": {
                "algorithm": "sha256",
                "value": file_sha,
                "scope": "the whole audio/original.wav file, header included",
                "computed": "at export; the same value is in manifest-sha256.txt",
            },
            "file_sha256_at_recording": audio.get("file_sha256"),
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


def _labels(language: str) -> dict[str, str]:
    data: dict[str, dict[str, str]] = json.loads(
        (resources_dir() / "templates" / "bundle_index.labels.json").read_text("utf-8")
    )
    labels = dict(data["en"])
    labels.update(data.get(language, {}))
    return labels


def _clock(seconds: float) -> str:
    s = int(seconds)
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


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
    sidecar = record["recording"]
    rec_dir = Path(record["dir"])
    audio = sidecar.get("audio") or {}
    wav = rec_dir / str(audio.get("file") or "original.wav")
    if not wav.is_file():
        raise BadInputError(
            f"Recording {rec_id} has no audio file ({wav}); it may have been discarded."
        )
    if not audio.get("pcm_sha256"):
        raise BadInputError(f"Recording {rec_id} has no capture-time PCM hash to vouch for it.")
    out = out.expanduser().absolute()
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name ending in .zip.")
    if not language:
        from recorder.profiles import language_from_env

        language = str((sidecar.get("meta") or {}).get("language") or language_from_env())
    from recorder import legality, legality_note  # lazy: only export needs the law here

    if assessment is None:
        assessment = legality.assess_recording(sidecar, language)
    render_html, render_pdf = renderer or _default_renderer()
    call = legality_note.call_info(sidecar, language)
    layout = wav_layout(wav)
    rate = layout.sample_rate
    duration = layout.frames / rate
    events = list(sidecar.get("events") or [])
    created = _utc_now()

    from recorder.transcode import Encoding, encode_clip
    from recorder.waveform import Waveform

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
            )
        fd = open_private(tmp_zip)
        try:
            with os.fdopen(fd, "wb") as raw:
                with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
                    bag = _BagWriter(zf, _bag_name(out))
                    wave = Waveform(layout, columns=1000)

                    def wav_progress(f: float) -> None:
                        fractions["wav"] = f
                        report(overall(), "copying and hashing the original")

                    hasher = bag.add_wav(
                        "data/audio/original.wav", wav, layout, wave.feed, wav_progress
                    )
                    pcm_sha = hasher.pcm.hexdigest()
                    file_sha = hasher.file.hexdigest()
                    if pcm_sha != audio["pcm_sha256"]:
                        raise CheckFailed(
                            f"{wav} no longer matches the hash computed while recording "
                            f"(PCM SHA-256 {pcm_sha}, expected {audio['pcm_sha256']}). "
                            "The audio was changed after the call; no bundle was written."
                        )
                    columns = wave.finish()
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
                            columns,
                            note_html,
                            language,
                            duration,
                            call,
                            rate,
                        )
                    )
                    bag.add_bytes("data/index.html", index.encode("utf-8"))
                    report(0.97, "sealing the bag")
                    bag.finish(_bag_info(rec_id, bag, created))
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(tmp_zip, out)
            _fsync_dir(out.parent)
        except BaseException:
            if encoding is not None:
                encoding.kill()
            tmp_zip.unlink(missing_ok=True)
            raise
    if lib.writable:
        lib.add_custody(rec_id, "exported", f"bundle {out.name}", utc=created)
    report(1.0, "done")
    return out


def _index_context(
    metadata: dict[str, Any],
    assessment: dict[str, Any],
    columns: list[tuple[float, float]],
    note_html: str,
    language: str,
    duration: float,
    call: dict[str, Any],
    rate: int,
) -> dict[str, Any]:
    from recorder.waveform import svg_path

    width, height = 1000, 160
    labels = _labels(language)
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
                "clock": _clock(seconds),
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
        "duration_clock": _clock(duration),
        "wave_d": svg_path(columns, width, height),
        "width": width,
        "height": height,
        "label_rows": max(len(row_ends), 1),
        "marks": marks,
        "player_src": "audio/" + Path(metadata["files"]["listening"]).name
        if metadata["files"]["listening"]
        else "audio/original.wav",
        "note_html": note_html,
    }


def _bag_info(rec_id: str, bag: _BagWriter, created: str) -> str:
    fields = [
        ("Bag-Software-Agent", f"temoin {__version__}"),
        ("Bagging-Date", created[:10]),
        ("External-Identifier", rec_id),
        (
            "External-Description",
            "Recording of a telephone call made with Témoin, with its consent log, "
            "legality note and chain of custody. Check with: sha256sum -c manifest-sha256.txt",
        ),
        ("Payload-Oxum", f"{bag.payload_bytes}.{len(bag.payload)}"),
    ]
    return "".join(f"{k}: {v}\n" for k, v in fields)


def _check_schema(metadata: dict[str, Any]) -> None:
    """Export never writes a metadata.json its own published schema would reject."""
    problems = schema_problems(metadata)
    if problems:
        raise RuntimeError("metadata.json does not match its schema: " + "; ".join(problems))


def schema_problems(metadata: Any) -> list[str]:
    import jsonschema

    schema = json.loads((resources_dir() / "schemas" / "metadata.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '(top)'}: {err.message}"
        for err in sorted(validator.iter_errors(metadata), key=lambda e: list(e.absolute_path))
    ][:10]


def _utc_now() -> str:
    now = dt.datetime.now(dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- verify -------------------------------------------------------------------------------


@dataclass
class VerifyReport:
    """What ``verify`` found: each check that held, each failure named."""

    ok: bool = True
    failures: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    def fail(self, message: str) -> None:
        self.ok = False
        self.failures.append(message)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "failures": self.failures, "checks": self.checks, "info": self.info}


def _hostile(path: Path, why: str) -> BadInputError:
    return BadInputError(f"{path} was refused: {why}. It is not a bundle Témoin can check.")


def _safe_entries(path: Path, zf: zipfile.ZipFile) -> tuple[str, dict[str, zipfile.ZipInfo]]:
    """Reject anything that could write outside a folder or exhaust memory or disk."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _hostile(path, f"it has {len(infos)} entries (more than {MAX_ENTRIES})")
    seen: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    size = path.stat().st_size
    for info in infos:
        name = info.filename
        parts = name.rstrip("/").split("/")
        if (
            "\\" in name
            or "\x00" in name
            or name.startswith("/")
            or re.match(r"^[A-Za-z]:", name)
            or any(p in ("", ".", "..") for p in parts)
        ):
            raise _hostile(path, f"the entry '{name}' has an unsafe path (absolute or with '..')")
        mode = info.external_attr >> 16
        if (
            info.create_system == 3
            and mode
            and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR)
        ):
            kind = "a symbolic link" if stat.S_ISLNK(mode) else "a special file"
            raise _hostile(path, f"the entry '{name}' is {kind}")
        if info.flag_bits & 0x1:
            raise _hostile(path, f"the entry '{name}' is encrypted")
        key = name.rstrip("/")
        if key in seen or key.casefold() in folded:
            raise _hostile(path, f"the entry '{name}' appears twice")
        if info.is_dir():
            folded.add(key.casefold())
            continue
        total += info.file_size
        if info.file_size > MAX_DECLARED_TOTAL or total > MAX_DECLARED_TOTAL:
            raise _hostile(path, f"it declares {total} bytes uncompressed (a zip bomb?)")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise _hostile(path, f"the stored entry '{name}' declares two different sizes")
        if info.file_size > max(info.compress_size, 1) * MAX_RATIO and info.file_size > 1 << 20:
            raise _hostile(
                path,
                f"the entry '{name}' expands {info.file_size // max(info.compress_size, 1)}"
                " times (a zip bomb?)",
            )
        if info.header_offset + info.compress_size > size:
            raise _hostile(path, f"the entry '{name}' declares more data than the file holds")
        seen[key] = info
        folded.add(key.casefold())
    ordered = sorted(seen.values(), key=lambda i: i.header_offset)
    for a, b in itertools.pairwise(ordered):
        if a.header_offset + a.compress_size > b.header_offset:
            raise _hostile(
                path, f"the entries '{a.filename}' and '{b.filename}' overlap (a zip bomb?)"
            )
    files = {n: i for n, i in seen.items()}
    tops = {n.split("/", 1)[0] for n in files} | {
        i.filename.split("/", 1)[0] for i in infos if i.is_dir()
    }
    if "bagit.txt" in files:
        prefix = ""
    elif len(tops) == 1 and any(n.startswith(f"{next(iter(tops))}/data/") for n in files):
        # a single bag folder; a missing bagit.txt is then a failed check, not bad input
        prefix = next(iter(tops)) + "/"
    else:
        raise BadInputError(
            f"{path} is a zip but not a bag: no bagit.txt at its root or in a single "
            "top-level folder."
        )
    return prefix, {n[len(prefix) :]: i for n, i in files.items() if n.startswith(prefix)} | {
        n: i for n, i in files.items() if not n.startswith(prefix)
    }


class _EntryReader:
    """Reads stored entries straight from the file (the SHA-256 checks supersede CRC-32)."""

    def __init__(self, path: Path, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.fh = path.open("rb")

    def close(self) -> None:
        self.fh.close()

    def blocks(self, info: zipfile.ZipInfo, size: int = CHUNK) -> Any:
        if info.compress_type != zipfile.ZIP_STORED:
            with self.zf.open(info) as src:
                while block := src.read(size):
                    yield block
            return
        self.fh.seek(info.header_offset)
        local = self.fh.read(30)
        if len(local) < 30 or local[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"bad local header for {info.filename}")
        name_len, extra_len = struct.unpack("<HH", local[26:30])
        self.fh.seek(info.header_offset + 30 + name_len + extra_len)
        left = info.compress_size
        while left > 0:
            block = self.fh.read(min(size, left))
            if not block:
                raise zipfile.BadZipFile(f"{info.filename} is truncated")
            left -= len(block)
            yield block

    def read_small(self, info: zipfile.ZipInfo) -> bytes:
        if info.file_size > MAX_SMALL_FILE:
            raise BadInputError(f"{info.filename} is too large for a tag file.")
        return b"".join(self.blocks(info))


def _parse_manifest(text: str, name: str, report: VerifyReport) -> dict[str, str]:
    entries: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = re.match(r"^([0-9a-fA-F]{64})\s+(.+)$", line)
        if not m:
            report.fail(f"{name}: line {n} is not '<sha256>  <path>'")
            continue
        target = m.group(2).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        target = target.removeprefix("*")
        if target in entries:
            report.fail(f"{name}: {target} is listed twice")
        entries[target] = m.group(1).lower()
    return entries


def verify(
    path: Path, progress: Progress | None = None, expect_key: str | None = None
) -> VerifyReport:
    """Check a bundle without trusting it; raises BadInputError for an unsafe zip.

    A valid signature only proves the bag was not changed after *someone* signed
    it: ``expect_key`` (a fingerprint, or its first 16+ hex digits, obtained from
    the sender by another route) also proves who.
    """
    wanted = _normalise_fingerprint(expect_key) if expect_key is not None else None
    report = _verify_zip(Path(path), progress)
    if wanted is not None:
        signer = str(report.info.get("signer_fingerprint") or "")
        if not signer:
            report.fail("no valid signature to compare with the expected key")
        elif not signer.startswith(wanted):
            report.fail(
                f"{SIGNATURE_FILE}: signed by key {signer[:16]}…, not by the expected key "
                f"{wanted[:16]}…"
            )
        else:
            report.checks.append(f"the signing key is the expected one ({signer[:16]}…)")
    return report


def _normalise_fingerprint(text: str) -> str:
    hexdigits = "".join(ch for ch in text.lower() if ch not in ": ")
    if len(hexdigits) < 16 or any(ch not in "0123456789abcdef" for ch in hexdigits):
        raise UsageError(
            f"--expect-key {text!r}: give the signer's SHA-256 key fingerprint "
            "(at least its first 16 hexadecimal digits)"
        )
    return hexdigits


def _verify_zip(path: Path, progress: Progress | None) -> VerifyReport:
    report_progress = progress or (lambda _f, _s: None)
    if not path.is_file():
        raise BadInputError(f"{path} does not exist or is not a file.")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadInputError(f"{path} is not a readable zip file ({exc}).") from None
    with zf:
        prefix, entries = _safe_entries(path, zf)
        reader = _EntryReader(path, zf)
        try:
            return _verify_bag(path, prefix, entries, reader, report_progress)
        except zipfile.BadZipFile as exc:
            raise BadInputError(f"{path} is damaged as a zip file ({exc}).") from None
        finally:
            reader.close()


def _verify_bag(
    path: Path,
    prefix: str,
    entries: dict[str, zipfile.ZipInfo],
    reader: _EntryReader,
    progress: Progress,
) -> VerifyReport:
    report = VerifyReport()
    report.info["bag_folder"] = prefix.rstrip("/") or None
    outside = [n for n in entries if prefix and not entries[n].filename.startswith(prefix)]
    for name in outside:
        report.fail(f"{name}: file outside the bag folder")

    def small(name: str) -> bytes | None:
        info = entries.get(name)
        if info is None:
            report.fail(f"{name}: missing")
            return None
        return reader.read_small(info)

    bagit_txt = small("bagit.txt")
    if bagit_txt is not None:
        declared = dict(
            line.split(":", 1)
            for line in bagit_txt.decode("utf-8", "replace").splitlines()
            if ":" in line
        )
        if (
            declared.get("BagIt-Version", "").strip() != "1.0"
            or declared.get("Tag-File-Character-Encoding", "").strip().upper() != "UTF-8"
        ):
            report.fail("bagit.txt: not a BagIt 1.0 declaration with UTF-8 tag files")
        else:
            report.checks.append("bagit.txt declares BagIt 1.0")
    manifest_raw = small("manifest-sha256.txt")
    tagmanifest_raw = small("tagmanifest-sha256.txt")
    manifest = _parse_manifest(
        (manifest_raw or b"").decode("utf-8", "replace"), "manifest-sha256.txt", report
    )
    tagmanifest = _parse_manifest(
        (tagmanifest_raw or b"").decode("utf-8", "replace"), "tagmanifest-sha256.txt", report
    )

    # Every file must be accounted for: payload in the manifest, tag files in the tag
    # manifest, and only the signature (which signs the tag manifest) outside both.
    for name in sorted(entries):
        if name in outside:
            continue
        if name.startswith("data/"):
            if name not in manifest:
                report.fail(f"{name}: file not listed in manifest-sha256.txt")
        elif name not in tagmanifest and name not in ("tagmanifest-sha256.txt", SIGNATURE_FILE):
            report.fail(f"{name}: file not listed in tagmanifest-sha256.txt")
    for name in sorted(manifest):
        if not name.startswith("data/"):
            report.fail(f"manifest-sha256.txt: {name} is not under data/")
    for listing, mname in (
        (manifest, "manifest-sha256.txt"),
        (tagmanifest, "tagmanifest-sha256.txt"),
    ):
        for name in sorted(listing):
            if name not in entries:
                report.fail(f"{name}: listed in {mname} but missing from the bag")

    # Hash everything once; the original also gets its PCM span hashed in the same pass.
    metadata_info = entries.get("data/metadata.json")
    metadata_raw = reader.read_small(metadata_info) if metadata_info else None
    total = sum(i.file_size for n, i in entries.items() if n in manifest or n in tagmanifest)
    done = 0
    pcm_sha: str | None = None
    prefix_sha: str | None = None
    checkpoint = _checkpoint_of(metadata_raw)
    digests: dict[str, str] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for name in sorted(set(manifest) | set(tagmanifest)):
            info = entries.get(name)
            if info is None:
                continue
            if name == "data/audio/original.wav":
                prefix_frames = checkpoint[0] if checkpoint else None
                digests[name], pcm_sha, prefix_sha = _hash_wav(reader, info, pool, prefix_frames)
            else:
                h = hashlib.sha256()
                for block in reader.blocks(info):
                    h.update(block)
                digests[name] = h.hexdigest()
            done += info.file_size
            progress(done / max(total, 1), f"checking {name}")
    bad_payload = bad_tags = 0
    for listing, mname in (
        (manifest, "manifest-sha256.txt"),
        (tagmanifest, "tagmanifest-sha256.txt"),
    ):
        for name, expected in sorted(listing.items()):
            if name in digests and digests[name] != expected:
                report.fail(f"{name}: SHA-256 does not match {mname}")
                if mname.startswith("manifest"):
                    bad_payload += 1
                else:
                    bad_tags += 1
    if manifest and not bad_payload:
        report.checks.append(f"{len(manifest)} payload files match manifest-sha256.txt")
    if tagmanifest and not bad_tags:
        report.checks.append(f"{len(tagmanifest)} tag files match tagmanifest-sha256.txt")

    bag_info = small("bag-info.txt")
    if bag_info is not None:
        oxum = re.search(
            r"^Payload-Oxum:\s*(\d+)\.(\d+)\s*$", bag_info.decode("utf-8", "replace"), re.M
        )
        payload = [i for n, i in entries.items() if n.startswith("data/")]
        actual = (sum(i.file_size for i in payload), len(payload))
        if oxum and (int(oxum.group(1)), int(oxum.group(2))) != actual:
            report.fail(
                f"bag-info.txt: Payload-Oxum {oxum.group(1)}.{oxum.group(2)} does not match "
                f"the payload ({actual[0]}.{actual[1]})"
            )
        elif oxum:
            report.checks.append("Payload-Oxum matches the payload")

    # The signature over the tag manifest.
    sig_raw = small(SIGNATURE_FILE)
    if sig_raw is not None and tagmanifest_raw is not None:
        try:
            sig_doc = json.loads(sig_raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            report.fail(f"{SIGNATURE_FILE}: not valid JSON")
        else:
            problems = check_signature(sig_doc, tagmanifest_raw)
            if not problems and signature_bytes(sig_doc) != sig_raw:
                problems = [f"{SIGNATURE_FILE}: not in its canonical form (edited?)"]
            for p in problems:
                report.fail(p)
            if not problems:
                fp = str(sig_doc.get("fingerprint_sha256"))
                report.info["signer_fingerprint"] = fp
                local = local_fingerprint()
                report.info["signed_by_this_installation"] = local == fp
                report.checks.append(
                    f"Ed25519 signature of tagmanifest-sha256.txt holds (key {fp[:16]}…"
                    + (", this installation's key)" if local == fp else ")")
                )

    # metadata.json: schema, capture-time PCM hash, file hash.
    if metadata_raw is None:
        report.fail("data/metadata.json: missing")
    else:
        try:
            metadata = json.loads(metadata_raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            report.fail("data/metadata.json: not valid JSON")
            metadata = None
        if metadata is not None:
            problems = schema_problems(metadata)
            for p in problems:
                report.fail(f"data/metadata.json: does not match its schema: {p}")
            if not problems:
                report.checks.append("data/metadata.json matches metadata.schema.json")
            integrity = metadata.get("integrity") if isinstance(metadata, dict) else None
            if isinstance(integrity, dict):
                # A hostile metadata.json may put anything anywhere: read it defensively.
                expected_pcm = _hash_value(integrity.get("pcm_sha256"))
                expected_file = _hash_value(integrity.get("file_sha256"))
                if pcm_sha is None:
                    report.fail("data/audio/original.wav: missing, so its PCM cannot be checked")
                elif pcm_sha != expected_pcm:
                    when = "at recovery" if _recovered_metadata(metadata) else "while recording"
                    report.fail(
                        "data/audio/original.wav: PCM SHA-256 does not match the hash "
                        f"computed {when} (metadata.json)"
                    )
                elif checkpoint is None:
                    report.checks.append(
                        "PCM of original.wav matches the SHA-256 computed while recording"
                        if not _recovered_metadata(metadata)
                        else "PCM of original.wav matches the SHA-256 in metadata.json"
                    )
                    report.info["pcm_sha256"] = pcm_sha
                else:
                    report.checks.append(
                        "PCM of original.wav matches the SHA-256 computed at recovery "
                        "(the app was interrupted during the call)"
                    )
                    report.info["pcm_sha256"] = pcm_sha
                    report.info["hashed_at_recovery"] = True
                if checkpoint is not None:
                    frames, value = checkpoint
                    if prefix_sha == value:
                        report.checks.append(
                            f"its first {frames} frames match the SHA-256 taken while recording, "
                            "before the interruption"
                        )
                    else:
                        report.fail(
                            f"data/audio/original.wav: the first {frames} frames do not match "
                            "the SHA-256 taken while recording (pcm_sha256_at_checkpoint)"
                        )
                actual_file = digests.get("data/audio/original.wav")
                if actual_file is not None and actual_file != expected_file:
                    report.fail(
                        "data/audio/original.wav: file SHA-256 does not match metadata.json"
                    )
            if isinstance(metadata, dict) and isinstance(metadata.get("recording"), dict):
                rec_id = metadata["recording"].get("id")
                report.info["recording_id"] = rec_id if isinstance(rec_id, str) else None
    return report


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


def _checkpoint_of(metadata_raw: bytes | None) -> tuple[int, str] | None:
    """(frames, hash) of pcm_sha256_at_checkpoint, read defensively before the big hash."""
    if not metadata_raw:
        return None
    try:
        meta = json.loads(metadata_raw)
    except (ValueError, UnicodeDecodeError):
        return None
    integrity = meta.get("integrity") if isinstance(meta, dict) else None
    cap = integrity.get("pcm_sha256_at_checkpoint") if isinstance(integrity, dict) else None
    value = _hash_value(cap)
    frames = cap.get("frames") if isinstance(cap, dict) else None
    if value is None or not isinstance(frames, int) or isinstance(frames, bool) or frames < 0:
        return None
    return frames, value


def _hash_value(entry: Any) -> str | None:
    """``{"value": hex}`` from metadata.json's integrity block, or None if it is not that."""
    value = entry.get("value") if isinstance(entry, dict) else None
    return value if isinstance(value, str) else None


def _recovered_metadata(metadata: Any) -> bool:
    recording = metadata.get("recording") if isinstance(metadata, dict) else None
    return isinstance(recording, dict) and hashed_at_recovery(recording.get("recovered"))


def _hash_wav(
    reader: _EntryReader,
    info: zipfile.ZipInfo,
    pool: concurrent.futures.ThreadPoolExecutor,
    prefix_frames: int | None = None,
) -> tuple[str, str | None, str | None]:
    """File and PCM SHA-256 of the original, the two hashes on two cores, reading ahead;
    with ``prefix_frames``, also the PCM hash of that many first frames (same pass)."""
    blocks = reader.blocks(info)
    first = next(blocks, b"")
    try:
        import io

        layout = read_wav_layout(io.BytesIO(first), info.file_size, info.filename)
    except BadInputError:
        layout = None
    file_h = hashlib.sha256()
    pcm_h = hashlib.sha256()
    start = layout.data_offset if layout else 0
    end = start + layout.data_bytes if layout else 0
    cut = None  # absolute offset after which the prefix hash is taken
    prefix: str | None = None
    if layout is not None and prefix_frames is not None:
        cut = start + prefix_frames * layout.block_align
        if cut > end:
            cut = None  # the file is shorter than the checkpoint: the prefix cannot match
        elif cut == start:
            prefix = hashlib.sha256().hexdigest()
    pos = 0
    pending: list[concurrent.futures.Future[None]] = []
    block: bytes | None = first
    while block:
        view = memoryview(block)
        lo, hi = max(start - pos, 0), min(end - pos, len(block))
        for f in pending:
            f.result()
        pending = [pool.submit(file_h.update, view)]
        if hi > lo:
            if cut is not None and prefix is None and pos + lo < cut <= pos + hi:
                pcm_h.update(view[lo : cut - pos])  # up to the checkpoint, then a snapshot
                prefix = pcm_h.copy().hexdigest()
                lo = cut - pos
            if hi > lo:
                pending.append(pool.submit(pcm_h.update, view[lo:hi]))
        pos += len(block)
        block = next(blocks, None)  # read the next block while this one is hashed
    for f in pending:
        f.result()
    return file_h.hexdigest(), pcm_h.hexdigest() if layout else None, prefix


def local_fingerprint() -> str | None:
    """This installation's key fingerprint, without creating a key just to compare."""
    if not key_path().exists():
        return None
    try:
        from recorder.integrity import public_key_info

        return public_key_info()["fingerprint_sha256"]
    except EnvironmentProblem:
        return None
