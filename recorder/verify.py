"""Verify an evidence bundle without trusting it, in named steps like bagit-python's.

Structure (bag declaration, tag files, manifests, nothing outside the bag) →
completeness (every file listed, every listed file present) → contents (the
SHA-256 of each file) → Payload-Oxum → then Témoin's own checks: the signature,
metadata.json against its schema, and the audio against the hashes taken while
recording. Each failure is a ``VerifyFailure`` naming its step; the report
prints and serialises exactly the sentences ``temoin verify`` always printed.
Oxum is checked after the hashes only so the checks keep the order users see.
"""

from __future__ import annotations

import concurrent.futures
import enum
import hashlib
import io
import itertools
import json
import re
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recorder.bag import SIGNATURE_FILE
from recorder.errors import BadInputError, EnvironmentProblem, UsageError
from recorder.hashing import CHUNK, EMPTY_SHA256, blocks_sha256
from recorder.integrity import (
    check_signature,
    hashed_at_recovery,
    key_path,
    signature_bytes,
)
from recorder.resources import resources_dir
from recorder.wav import read_wav_layout

Progress = Callable[[float, str], None]

# Limits for reading zips from strangers.
MAX_ENTRIES = 10_000
MAX_SMALL_FILE = 64 * 1024 * 1024  # tag files, metadata.json, HTML
MAX_DECLARED_TOTAL = 1 << 40  # 1 TiB: far beyond a day of 96 kHz stereo float
MAX_RATIO = 100

ORIGINAL = "data/audio/original.wav"
METADATA = "data/metadata.json"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"


class VerifyStep(enum.Enum):
    """Which check a failure belongs to, so callers can tell tampering from breakage."""

    STRUCTURE = "structure"  # bagit.txt, the manifests, paths inside the bag folder
    COMPLETENESS = "completeness"  # every file listed and present; Payload-Oxum
    CONTENTS = "contents"  # each file's SHA-256 against its manifest
    SIGNATURE = "signature"  # Ed25519 over the tag manifest; the expected signer
    METADATA = "metadata"  # metadata.json readable and valid against its schema
    AUDIO = "audio"  # the original against the hashes taken while recording


@dataclass(frozen=True)
class VerifyFailure:
    """One failed check; ``message`` is the sentence the user reads, file name first."""

    step: VerifyStep
    file: str | None
    message: str


@dataclass
class VerifyReport:
    """What ``verify`` found: each check that held, each failure named."""

    typed_failures: list[VerifyFailure] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Derived, so a failure can never be recorded without turning the report red."""
        return not self.typed_failures

    @property
    def failures(self) -> list[str]:
        """The failures as printed by ``temoin verify`` and shown by the app."""
        return [f.message for f in self.typed_failures]

    def steps_failed(self) -> set[VerifyStep]:
        """Which steps failed: tampering shows in contents, a forged seal in signature."""
        return {f.step for f in self.typed_failures}

    def fail(self, step: VerifyStep, file: str | None, message: str) -> None:
        self.typed_failures.append(VerifyFailure(step, file, message))

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

    def blocks(self, info: zipfile.ZipInfo, size: int = CHUNK) -> Iterator[bytes]:
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
            report.fail(VerifyStep.STRUCTURE, name, f"{name}: line {n} is not '<sha256>  <path>'")
            continue
        target = m.group(2).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        target = target.removeprefix("*")
        if target in entries:
            report.fail(VerifyStep.STRUCTURE, name, f"{name}: {target} is listed twice")
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
            report.fail(
                VerifyStep.SIGNATURE, None, "no valid signature to compare with the expected key"
            )
        elif not signer.startswith(wanted):
            report.fail(
                VerifyStep.SIGNATURE,
                SIGNATURE_FILE,
                f"{SIGNATURE_FILE}: signed by key {signer[:16]}…, not by the expected key "
                f"{wanted[:16]}…",
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


@dataclass
class _Bag:
    """One bag being checked, and what each step learns for the steps after it."""

    prefix: str
    entries: dict[str, zipfile.ZipInfo]
    reader: _EntryReader
    progress: Progress
    report: VerifyReport = field(default_factory=VerifyReport)
    manifest: dict[str, str] = field(default_factory=dict)
    tagmanifest: dict[str, str] = field(default_factory=dict)
    tagmanifest_raw: bytes | None = None
    metadata_raw: bytes | None = None
    checkpoint: tuple[int, str] | None = None
    digests: dict[str, str] = field(default_factory=dict)
    pcm_sha: str | None = None
    prefix_sha: str | None = None

    def small(self, name: str, step: VerifyStep) -> bytes | None:
        """A tag file's bytes, or a failure of ``step`` when it is missing."""
        info = self.entries.get(name)
        if info is None:
            self.report.fail(step, name, f"{name}: missing")
            return None
        return self.reader.read_small(info)


def _verify_bag(
    path: Path,
    prefix: str,
    entries: dict[str, zipfile.ZipInfo],
    reader: _EntryReader,
    progress: Progress,
) -> VerifyReport:
    bag = _Bag(prefix, entries, reader, progress)
    bag.report.info["bag_folder"] = prefix.rstrip("/") or None
    _validate_structure(bag)
    _validate_completeness(bag)
    _validate_contents(bag)
    _validate_oxum(bag)
    _check_signature(bag)
    metadata = _check_metadata(bag)
    if metadata is not None:
        _check_audio(bag, metadata)
        if isinstance(metadata, dict) and isinstance(metadata.get("recording"), dict):
            rec_id = metadata["recording"].get("id")
            bag.report.info["recording_id"] = rec_id if isinstance(rec_id, str) else None
    return bag.report


def _validate_structure(bag: _Bag) -> None:
    """Nothing outside the bag folder; a BagIt 1.0 declaration; both manifests readable."""
    report = bag.report
    for name in bag.entries:
        if bag.prefix and not bag.entries[name].filename.startswith(bag.prefix):
            report.fail(VerifyStep.STRUCTURE, name, f"{name}: file outside the bag folder")
    bagit_txt = bag.small("bagit.txt", VerifyStep.STRUCTURE)
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
            report.fail(
                VerifyStep.STRUCTURE,
                "bagit.txt",
                "bagit.txt: not a BagIt 1.0 declaration with UTF-8 tag files",
            )
        else:
            report.checks.append("bagit.txt declares BagIt 1.0")
    manifest_raw = bag.small(MANIFEST, VerifyStep.STRUCTURE)
    bag.tagmanifest_raw = bag.small(TAGMANIFEST, VerifyStep.STRUCTURE)
    bag.manifest = _parse_manifest(
        (manifest_raw or b"").decode("utf-8", "replace"), MANIFEST, report
    )
    bag.tagmanifest = _parse_manifest(
        (bag.tagmanifest_raw or b"").decode("utf-8", "replace"), TAGMANIFEST, report
    )


def _validate_completeness(bag: _Bag) -> None:
    """Every file accounted for: payload in the manifest, tag files in the tag manifest,
    only the signature (which signs the tag manifest) outside both; nothing listed absent."""
    report, entries, manifest, tagmanifest = bag.report, bag.entries, bag.manifest, bag.tagmanifest
    step = VerifyStep.COMPLETENESS
    for name in sorted(entries):
        if bag.prefix and not entries[name].filename.startswith(bag.prefix):
            continue  # already failed as outside the bag
        if name.startswith("data/"):
            if name not in manifest:
                report.fail(step, name, f"{name}: file not listed in {MANIFEST}")
        elif name not in tagmanifest and name not in (TAGMANIFEST, SIGNATURE_FILE):
            report.fail(step, name, f"{name}: file not listed in {TAGMANIFEST}")
    for name in sorted(manifest):
        if not name.startswith("data/"):
            report.fail(step, MANIFEST, f"{MANIFEST}: {name} is not under data/")
    for listing, mname in ((manifest, MANIFEST), (tagmanifest, TAGMANIFEST)):
        for name in sorted(listing):
            if name not in entries:
                report.fail(step, name, f"{name}: listed in {mname} but missing from the bag")


def _validate_contents(bag: _Bag) -> None:
    """Hash every listed file once; the original also gets its PCM span hashed in the pass."""
    report, entries, manifest, tagmanifest = bag.report, bag.entries, bag.manifest, bag.tagmanifest
    metadata_info = entries.get(METADATA)
    bag.metadata_raw = bag.reader.read_small(metadata_info) if metadata_info else None
    bag.checkpoint = _checkpoint_of(bag.metadata_raw)
    total = sum(i.file_size for n, i in entries.items() if n in manifest or n in tagmanifest)
    done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for name in sorted(set(manifest) | set(tagmanifest)):
            info = entries.get(name)
            if info is None:
                continue
            if name == ORIGINAL:
                prefix_frames = bag.checkpoint[0] if bag.checkpoint else None
                bag.digests[name], bag.pcm_sha, bag.prefix_sha = _hash_wav(
                    bag.reader, info, pool, prefix_frames
                )
            else:
                bag.digests[name] = blocks_sha256(bag.reader.blocks(info))
            done += info.file_size
            bag.progress(done / max(total, 1), f"checking {name}")
    bad_payload = bad_tags = 0
    for listing, mname in ((manifest, MANIFEST), (tagmanifest, TAGMANIFEST)):
        for name, expected in sorted(listing.items()):
            if name in bag.digests and bag.digests[name] != expected:
                report.fail(VerifyStep.CONTENTS, name, f"{name}: SHA-256 does not match {mname}")
                if mname == MANIFEST:
                    bad_payload += 1
                else:
                    bad_tags += 1
    if manifest and not bad_payload:
        report.checks.append(f"{len(manifest)} payload files match {MANIFEST}")
    if tagmanifest and not bad_tags:
        report.checks.append(f"{len(tagmanifest)} tag files match {TAGMANIFEST}")


def _validate_oxum(bag: _Bag) -> None:
    """bag-info.txt's Payload-Oxum (bytes.files) against the payload actually there."""
    bag_info = bag.small("bag-info.txt", VerifyStep.COMPLETENESS)
    if bag_info is None:
        return
    oxum = re.search(
        r"^Payload-Oxum:\s*(\d+)\.(\d+)\s*$", bag_info.decode("utf-8", "replace"), re.M
    )
    payload = [i for n, i in bag.entries.items() if n.startswith("data/")]
    actual = (sum(i.file_size for i in payload), len(payload))
    if oxum and (int(oxum.group(1)), int(oxum.group(2))) != actual:
        bag.report.fail(
            VerifyStep.COMPLETENESS,
            "bag-info.txt",
            f"bag-info.txt: Payload-Oxum {oxum.group(1)}.{oxum.group(2)} does not match "
            f"the payload ({actual[0]}.{actual[1]})",
        )
    elif oxum:
        bag.report.checks.append("Payload-Oxum matches the payload")


def _check_signature(bag: _Bag) -> None:
    """The Ed25519 signature over the tag manifest, in its canonical form."""
    report = bag.report
    sig_raw = bag.small(SIGNATURE_FILE, VerifyStep.SIGNATURE)
    if sig_raw is None or bag.tagmanifest_raw is None:
        return
    try:
        sig_doc = json.loads(sig_raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        report.fail(VerifyStep.SIGNATURE, SIGNATURE_FILE, f"{SIGNATURE_FILE}: not valid JSON")
        return
    problems = check_signature(sig_doc, bag.tagmanifest_raw)
    if not problems and signature_bytes(sig_doc) != sig_raw:
        problems = [f"{SIGNATURE_FILE}: not in its canonical form (edited?)"]
    for p in problems:
        report.fail(VerifyStep.SIGNATURE, SIGNATURE_FILE, p)
    if not problems:
        fp = str(sig_doc.get("fingerprint_sha256"))
        report.info["signer_fingerprint"] = fp
        local = local_fingerprint()
        report.info["signed_by_this_installation"] = local == fp
        report.checks.append(
            f"Ed25519 signature of {TAGMANIFEST} holds (key {fp[:16]}…"
            + (", this installation's key)" if local == fp else ")")
        )


def _check_metadata(bag: _Bag) -> Any:
    """metadata.json parsed and checked against its schema; None if it cannot be read."""
    report = bag.report
    if bag.metadata_raw is None:
        report.fail(VerifyStep.METADATA, METADATA, f"{METADATA}: missing")
        return None
    try:
        metadata = json.loads(bag.metadata_raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        report.fail(VerifyStep.METADATA, METADATA, f"{METADATA}: not valid JSON")
        return None
    if metadata is None:
        return None  # JSON null: nothing to check it against, as before
    problems = schema_problems(metadata)
    for p in problems:
        report.fail(VerifyStep.METADATA, METADATA, f"{METADATA}: does not match its schema: {p}")
    if not problems:
        report.checks.append(f"{METADATA} matches metadata.schema.json")
    return metadata


def _check_audio(bag: _Bag, metadata: Any) -> None:
    """The original's PCM against the hash taken while recording (or at recovery, with the
    checkpoint prefix taken before the interruption), and its file hash against metadata."""
    report = bag.report
    integrity = metadata.get("integrity") if isinstance(metadata, dict) else None
    if not isinstance(integrity, dict):
        return
    # A hostile metadata.json may put anything anywhere: read it defensively.
    expected_pcm = _hash_value(integrity.get("pcm_sha256"))
    expected_file = _hash_value(integrity.get("file_sha256"))
    step = VerifyStep.AUDIO
    if bag.pcm_sha is None:
        report.fail(step, ORIGINAL, f"{ORIGINAL}: missing, so its PCM cannot be checked")
    elif bag.pcm_sha != expected_pcm:
        when = "at recovery" if _recovered_metadata(metadata) else "while recording"
        report.fail(
            step,
            ORIGINAL,
            f"{ORIGINAL}: PCM SHA-256 does not match the hash computed {when} (metadata.json)",
        )
    elif bag.checkpoint is None:
        report.checks.append(
            "PCM of original.wav matches the SHA-256 computed while recording"
            if not _recovered_metadata(metadata)
            else "PCM of original.wav matches the SHA-256 in metadata.json"
        )
        report.info["pcm_sha256"] = bag.pcm_sha
    else:
        report.checks.append(
            "PCM of original.wav matches the SHA-256 computed at recovery "
            "(the app was interrupted during the call)"
        )
        report.info["pcm_sha256"] = bag.pcm_sha
        report.info["hashed_at_recovery"] = True
    if bag.checkpoint is not None:
        frames, value = bag.checkpoint
        if bag.prefix_sha == value:
            report.checks.append(
                f"its first {frames} frames match the SHA-256 taken while recording, "
                "before the interruption"
            )
        else:
            report.fail(
                step,
                ORIGINAL,
                f"{ORIGINAL}: the first {frames} frames do not match "
                "the SHA-256 taken while recording (pcm_sha256_at_checkpoint)",
            )
    actual_file = bag.digests.get(ORIGINAL)
    if actual_file is not None and actual_file != expected_file:
        report.fail(step, ORIGINAL, f"{ORIGINAL}: file SHA-256 does not match metadata.json")


def schema_problems(metadata: Any) -> list[str]:
    """Up to ten schema violations; export refuses to write what verify would reject."""
    import jsonschema

    schema = json.loads((resources_dir() / "schemas" / "metadata.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '(top)'}: {err.message}"
        for err in sorted(validator.iter_errors(metadata), key=lambda e: list(e.absolute_path))
    ][:10]


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
            prefix = EMPTY_SHA256
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
