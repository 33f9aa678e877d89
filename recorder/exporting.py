"""Export a bundle without keeping the library locked while it is built.

An export takes minutes on a long call (hashing, the listening copy, the PDF).
Holding the library's write lock all that time made ``temoin tag`` and the
desktop app's end-of-call indexing fail with "library in use". The bundle is
built from a read-only library; only the custody line that records the export
takes the write lock, for a moment, waiting briefly when another writer has it.
``temoin export`` and the desktop app both go through here.
"""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from recorder.errors import EnvironmentProblem
from recorder.library import Library, LibraryInUse

LOCK_WAIT_S = 30.0  # other writers (tag, indexing a call) hold the lock for well under a second

Writer = Callable[[], AbstractContextManager[Library]]


def export_bundle(
    root: Path,
    rec_id: str,
    out: Path,
    *,
    writer: Writer | None = None,
    **options: Any,
) -> Path:
    """``bundle.export`` on a read-only library, then log it in the custody log.

    ``options`` go to ``bundle.export`` (language, listening, progress, assessment).
    ``writer`` opens the library for the custody line (default: ``Library.open``).
    """
    from recorder import bundle

    with Library.open(root, readonly=True) as lib:
        rec_id = lib.resolve(rec_id)
        path = Path(bundle.export(lib, rec_id, out, **options))  # read-only: logs nothing
    log_export(root, rec_id, path, writer=writer)
    return path


def log_export(root: Path, rec_id: str, path: Path, *, writer: Writer | None = None) -> None:
    """The custody line for a written bundle, stamped as the bundle's own log stamps it."""
    created = _created_utc(path)
    opener: Writer = writer or (lambda: Library.open(root))
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            with opener() as lib:
                lib.add_custody(rec_id, "exported", f"bundle {path.name}", utc=created)
            return
        except LibraryInUse as exc:
            if time.monotonic() >= deadline:
                raise EnvironmentProblem(
                    f"The bundle {path} is written and complete, but the export could not be "
                    f"noted in the recording's custody log: {exc.message}"
                ) from exc
            time.sleep(0.1)


def _created_utc(path: Path) -> str | None:
    """``created_utc`` from the bundle's metadata.json (None if it cannot be read)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith("data/metadata.json")]
            metadata = json.loads(zf.read(names[0])) if names else None
    except (OSError, ValueError, zipfile.BadZipFile):
        return None
    created = metadata.get("created_utc") if isinstance(metadata, dict) else None
    return str(created) if created else None
