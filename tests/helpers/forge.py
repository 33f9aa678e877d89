"""What a careful forger does to a bundle: change a file, then make every manifest and the
signature agree again (signed with this installation's key or his own)."""

from __future__ import annotations

import hashlib
import io
import zipfile

from recorder.integrity import sign, signature_bytes


def read_bag(path: object) -> tuple[dict[str, bytes], str]:
    """Every member of a bundle zip, and its top folder prefix ("name/")."""
    with zipfile.ZipFile(path) as zf:  # type: ignore[arg-type]
        files = {n: zf.read(n) for n in zf.namelist() if not n.endswith("/")}
    prefix = next(iter(files)).split("/")[0] + "/"
    return files, prefix


def reseal(files: dict[str, bytes], prefix: str) -> bytes:
    """Recompute both manifests, Payload-Oxum and the signature; return the new zip."""
    payload = sorted(n for n in files if n.startswith(prefix + "data/"))
    files[prefix + "manifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(files[n]).hexdigest()}  {n[len(prefix) :]}\n" for n in payload
    ).encode()
    info = files[prefix + "bag-info.txt"].decode()
    oxum = f"Payload-Oxum: {sum(len(files[n]) for n in payload)}.{len(payload)}"
    files[prefix + "bag-info.txt"] = "\n".join(
        oxum if line.startswith("Payload-Oxum") else line for line in info.split("\n")
    ).encode()
    tags = sorted(
        n
        for n in files
        if not n.startswith(prefix + "data/")
        and n[len(prefix) :] not in ("tagmanifest-sha256.txt", "signature.json")
    )
    tagmanifest = "".join(
        f"{hashlib.sha256(files[n]).hexdigest()}  {n[len(prefix) :]}\n" for n in tags
    ).encode()
    files[prefix + "tagmanifest-sha256.txt"] = tagmanifest
    files[prefix + "signature.json"] = signature_bytes(sign(tagmanifest, "tagmanifest-sha256.txt"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return out.getvalue()
