"""Hashes and signatures: what lets a stranger check a bundle without trusting Témoin.

Two SHA-256 values describe a recording: the hash of the PCM bytes (the WAV's
data chunk), computed while recording, and the hash of the whole file. The
first survives header rewrites; the second is what BagIt manifests list.
Both are computed by ``recorder.hashing``; this module says where a value
came from and signs what a bundle lists.

The bundle's tag manifest is signed with an Ed25519 key made once per
installation and kept owner-only in the config folder. Only the public key and
its fingerprint ever leave it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from recorder.errors import EnvironmentProblem
from recorder.paths import config_dir, ensure_private_dir, open_private

KEY_NAME = "signing-key.pem"
SIGNATURE_ALGORITHM = "Ed25519"


# Where a recovered recording's PCM hash comes from (recording.json: recovered.pcm_sha256_computed).
HASHED_WHILE_RECORDING = "while_recording"
HASHED_AT_RECOVERY = "at_recovery"


def hashed_at_recovery(recovered: Any) -> bool:
    """True when a recording's PCM hash was computed at recovery, not while recording."""
    return (
        isinstance(recovered, dict)
        and recovered.get("pcm_sha256_computed") != HASHED_WHILE_RECORDING
    )


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
