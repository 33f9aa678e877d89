"""Writing a BagIt 1.0 bag into a zip: stored entries, manifests, the signature.

Only the container: what goes in the bag is recorder.bundle's business, and
checking one is recorder.verify's. The zip holds one top-level folder named
after the bag (RFC 8493 §4: a serialized bag unpacks to a single directory).
Entries are stored, not deflated: audio does not compress, and storing lets
the hour-long original be hashed and written in one streaming pass.
"""

from __future__ import annotations

import hashlib
import re
import stat
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from recorder import __version__
from recorder.hashing import CHUNK, SplitHasher
from recorder.integrity import sign, signature_bytes
from recorder.wav import WavLayout

BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE_FILE = "signature.json"


def _zip_stamp() -> tuple[int, int, int, int, int, int]:
    t = time.localtime()
    return (max(t.tm_year, 1980), t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec & ~1)


class BagWriter:
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

    def finish(self, bag_info_txt: str) -> None:
        """Manifests, then the tag manifest, then its signature: each covers the one before."""
        manifest = "".join(f"{d}  {n}\n" for n, d in sorted(self.payload.items()))
        self.add_bytes("bagit.txt", BAGIT_TXT.encode())
        self.add_bytes("bag-info.txt", bag_info_txt.encode("utf-8"))
        self.add_bytes("manifest-sha256.txt", manifest.encode("utf-8"))
        tagmanifest = "".join(f"{d}  {n}\n" for n, d in sorted(self.tags.items()))
        tm_bytes = tagmanifest.encode("utf-8")
        self.zf.writestr(self._info("tagmanifest-sha256.txt"), tm_bytes)
        signature = sign(tm_bytes, "tagmanifest-sha256.txt")
        self.zf.writestr(self._info(SIGNATURE_FILE), signature_bytes(signature))


def bag_name(out: Path) -> str:
    """The bag's folder name from the zip's: RFC 8493 wants one folder, and it must be portable."""
    stem = out.name[:-4] if out.name.lower().endswith(".zip") else out.name
    clean = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._")
    return clean or "bundle"


def bag_info(rec_id: str, bag: BagWriter, created: str) -> str:
    """bag-info.txt: written after the payload, since Payload-Oxum counts it."""
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
