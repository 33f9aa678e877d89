"""Hashes and signatures: what lets a stranger check a bundle without trusting Témoin.

Two SHA-256 values describe a recording: the hash of the PCM bytes (the WAV's
data chunk), computed while recording, and the hash of the whole file. The
first survives header rewrites; the second is what BagIt manifests list.

The bundle's tag manifest is signed with an Ed25519 key made once per
installation and kept owner-only in the config folder. Only the public key and
its fingerprint ever leave it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from recorder.errors import BadInputError, EnvironmentProblem
from recorder.paths import config_dir, ensure_private_dir, open_private

KEY_NAME = "signing-key.pem"
SIGNATURE_ALGORITHM = "Ed25519"
CHUNK = 4 * 1024 * 1024

SAMPLE_FORMATS = {(1, 16): "int16", (1, 24): "int24", (1, 32): "int32", (3, 32): "float32"}


# Where a recovered recording's PCM hash comes from (recording.json: recovered.pcm_sha256_computed).
HASHED_WHILE_RECORDING = "while_recording"
HASHED_AT_RECOVERY = "at_recovery"


def hashed_at_recovery(recovered: Any) -> bool:
    """True when a recording's PCM hash was computed at recovery, not while recording."""
    return (
        isinstance(recovered, dict)
        and recovered.get("pcm_sha256_computed") != HASHED_WHILE_RECORDING
    )


@dataclass(frozen=True)
class WavLayout:
    """Where the PCM sits in a RIFF/WAVE file and how to read it."""

    data_offset: int
    data_bytes: int  # clamped to the file's real end (a crash can leave sizes stale)
    sample_rate: int
    channels: int
    bits: int
    block_align: int
    sample_format: str

    @property
    def frames(self) -> int:
        return self.data_bytes // self.block_align


def read_wav_layout(fh: IO[bytes], size: int, name: str = "WAV file") -> WavLayout:
    """Parse the RIFF chunks up to ``data``; ``size`` is the file's length in bytes."""
    head = fh.read(12)
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise BadInputError(f"{name} is not a RIFF/WAVE file.")
    fmt: tuple[int, int, int, int, int] | None = None
    pos = 12
    while True:
        hdr = fh.read(8)
        if len(hdr) < 8:
            raise BadInputError(f"{name} has no data chunk.")
        cid, csize = hdr[:4], struct.unpack("<I", hdr[4:])[0]
        pos += 8
        if cid == b"fmt ":
            body = fh.read(csize)
            if len(body) < 16:
                raise BadInputError(f"{name} has a truncated fmt chunk.")
            tag, channels, rate, _, align, bits = struct.unpack("<HHIIHH", body[:16])
            if tag == 0xFFFE and len(body) >= 26:  # WAVE_FORMAT_EXTENSIBLE: real tag in GUID
                tag = struct.unpack("<H", body[24:26])[0]
            fmt = (tag, channels, rate, align, bits)
            if csize & 1:
                fh.read(1)
            pos += csize + (csize & 1)
        elif cid == b"data":
            if fmt is None:
                raise BadInputError(f"{name} has its data chunk before its fmt chunk.")
            tag, channels, rate, align, bits = fmt
            if not channels or not align or not rate:
                raise BadInputError(f"{name} declares zero channels, rate or block size.")
            data_bytes = min(csize, max(0, size - pos))
            return WavLayout(
                data_offset=pos,
                data_bytes=data_bytes,
                sample_rate=rate,
                channels=channels,
                bits=bits,
                block_align=align,
                sample_format=SAMPLE_FORMATS.get((tag, bits), f"format{tag}/{bits}"),
            )
        else:
            skip = csize + (csize & 1)
            fh.seek(skip, os.SEEK_CUR)
            pos += skip


def wav_layout(path: Path) -> WavLayout:
    with path.open("rb") as fh:
        return read_wav_layout(fh, path.stat().st_size, str(path))


class SplitHasher:
    """Hash a WAV stream twice in one pass: the whole file and its PCM span."""

    def __init__(self, pcm_start: int, pcm_len: int) -> None:
        self.file = hashlib.sha256()
        self.pcm = hashlib.sha256()
        self._pos = 0
        self._start = pcm_start
        self._end = pcm_start + pcm_len

    def update(self, block: bytes | memoryview) -> None:
        self.file.update(block)
        lo = max(self._start - self._pos, 0)
        hi = min(self._end - self._pos, len(block))
        if hi > lo:
            self.pcm.update(memoryview(block)[lo:hi])
        self._pos += len(block)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


# --- signing -------------------------------------------------------------------------------


def key_path() -> Path:
    return config_dir() / KEY_NAME


def _load_or_create_key() -> Any:
    """The installation's Ed25519 key, created 0600 on first use."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path()
    ensure_private_dir(path.parent)
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            fd = open_private(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        except FileExistsError:
            pass  # another process made it first: use theirs
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
                fh.flush()
                os.fsync(fh.fileno())
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        raise EnvironmentProblem(
            f"The signing key {path} cannot be read. Move it aside (bundles it signed can "
            "still be verified) and export again to create a new one."
        ) from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise EnvironmentProblem(f"The signing key {path} is not an Ed25519 key.")
    return loaded


def public_key_info() -> dict[str, str]:
    """This installation's public key and fingerprint (to publish or compare)."""
    from cryptography.hazmat.primitives import serialization

    raw = (
        _load_or_create_key()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    return {
        "public_key": base64.b64encode(raw).decode("ascii"),
        "fingerprint_sha256": hashlib.sha256(raw).hexdigest(),
    }


def sign(data: bytes, signed_file: str) -> dict[str, Any]:
    """The ``signature.json`` document for ``data`` (the tag manifest's bytes).

    Every field is checked by ``check_signature``; there is deliberately no free text,
    so no byte of the file can change without verification noticing.
    """
    key = _load_or_create_key()
    signature = key.sign(data)
    return {
        "algorithm": SIGNATURE_ALGORITHM,
        "signed_file": signed_file,
        "signature": base64.b64encode(signature).decode("ascii"),
        **public_key_info(),
    }


def signature_bytes(doc: dict[str, Any]) -> bytes:
    """The one serialization of ``signature.json``: any changed byte is then detectable."""
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def check_signature(doc: Any, data: bytes) -> list[str]:
    """Problems with a ``signature.json`` over ``data``; empty when it holds."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not isinstance(doc, dict):
        return ["signature.json: not a JSON object"]
    expected_keys = {"algorithm", "signed_file", "signature", "public_key", "fingerprint_sha256"}
    if set(doc) != expected_keys:
        return [f"signature.json: fields are {sorted(doc)}, expected {sorted(expected_keys)}"]
    if doc.get("signed_file") != "tagmanifest-sha256.txt":
        return ["signature.json: signed_file is not tagmanifest-sha256.txt"]
    if doc.get("algorithm") != SIGNATURE_ALGORITHM:
        return [f"signature.json: algorithm is {doc.get('algorithm')!r}, expected Ed25519"]
    try:
        raw = base64.b64decode(str(doc["public_key"]), validate=True)
        signature = base64.b64decode(str(doc["signature"]), validate=True)
        public = Ed25519PublicKey.from_public_bytes(raw)
    except (KeyError, ValueError) as exc:
        return [f"signature.json: public key or signature unreadable ({exc})"]
    problems = []
    if doc.get("fingerprint_sha256") != hashlib.sha256(raw).hexdigest():
        problems.append("signature.json: fingerprint does not match the public key")
    try:
        public.verify(signature, data)
    except InvalidSignature:
        problems.append(
            f"signature.json: signature does not match {doc.get('signed_file', 'the tag manifest')}"
        )
    return problems
