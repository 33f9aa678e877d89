"""The library: an SQLite index over the recording folders.

The recording folders are the truth (``recording.json`` written by capture,
``custody.jsonl`` appended here); the database is a projection of them that
makes listing, searching and tagging fast. That is why a damaged database is
never fatal: ``reindex`` moves it aside and rebuilds it from the folders, and
the audio is never touched. The database never holds PCM.

One process writes at a time: a writer holds an exclusive ``flock`` on
``library.lock`` for its whole life, so a second writer gets a clear "library
in use" error instead of interleaved writes. Readers take no lock (WAL lets
them read while a writer works).
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from recorder import __version__
from recorder.errors import BadInputError, EnvironmentProblem, UsageError
from recorder.locks import release_lock, take_lock
from recorder.paths import PRIVATE_FILE_MODE, ensure_private_dir, open_private
from recorder.sidecar import Sidecar
from recorder.timefmt import file_stamp_now, utc_now

DB_NAME = "library.sqlite3"
LOCK_NAME = "library.lock"
CUSTODY_NAME = "custody.jsonl"
BUSY_TIMEOUT_MS = 5000

CONSENT_KINDS = frozenset(
    {"announced", "granted", "refused", "transferred", "paused", "resumed", "withdrawn"}
)
CUSTODY_ACTIONS = ("recorded", "recovered", "tagged", "exported", "verified", "audio_deleted")
SORT_KEYS = {
    "date": "r.started_utc",
    "duration": "r.duration_s",
    "counterpart": "lower(coalesce(r.counterpart, ''))",
}


class LibraryInUse(EnvironmentProblem):
    """Another Témoin process is writing to the same library."""


class LibraryDamaged(EnvironmentProblem):
    """The database failed its integrity check; the recordings are intact."""


# --- schema migrations: one small function per PRAGMA user_version step ----------------


def _migrate_0_to_1(db: sqlite3.Connection) -> None:
    """The first schema: one row per recording plus what hangs off it."""
    _run_script(
        db,
        """
        CREATE TABLE recordings (
            id TEXT PRIMARY KEY,
            dir TEXT NOT NULL,
            app_version TEXT,
            started_utc TEXT, started_local TEXT, stopped_utc TEXT, stopped_local TEXT,
            duration_s REAL, frames INTEGER, sample_rate INTEGER, channels INTEGER,
            sample_format TEXT, header_bytes INTEGER,
            source_kind TEXT, device TEXT, input TEXT,
            counterpart TEXT, purpose TEXT, profile TEXT, counterpart_profile TEXT,
            language TEXT, outcome TEXT,
            overflows INTEGER, paused_frames INTEGER,
            recovered INTEGER NOT NULL DEFAULT 0,
            sidecar TEXT NOT NULL,
            indexed_utc TEXT NOT NULL
        );
        CREATE TABLE segments (
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start_frame INTEGER NOT NULL, frames INTEGER NOT NULL,
            device TEXT,
            PRIMARY KEY (recording_id, idx)
        );
        CREATE TABLE tags (
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('kv', 'free')),
            key TEXT NOT NULL, value TEXT,
            PRIMARY KEY (recording_id, kind, key)
        );
        CREATE TABLE markers (
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL, frame INTEGER, seconds REAL, utc TEXT, text TEXT,
            PRIMARY KEY (recording_id, seq)
        );
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            utc TEXT NOT NULL, text TEXT NOT NULL
        );
        CREATE TABLE consent_events (
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL, kind TEXT NOT NULL, frame INTEGER, seconds REAL,
            utc TEXT, local TEXT, text TEXT, pcm_sha256_at TEXT,
            PRIMARY KEY (recording_id, seq)
        );
        CREATE TABLE custody_events (
            id INTEGER PRIMARY KEY,
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            utc TEXT NOT NULL, action TEXT NOT NULL, app_version TEXT NOT NULL,
            detail TEXT
        );
        CREATE TABLE hashes (
            recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, algorithm TEXT NOT NULL, value TEXT NOT NULL, scope TEXT,
            PRIMARY KEY (recording_id, kind)
        );
        """,
    )


def _migrate_1_to_2(db: sqlite3.Connection) -> None:
    """Indexes for the common list filters (date, counterpart, tag lookups)."""
    _run_script(
        db,
        """
        CREATE INDEX recordings_started ON recordings(started_utc);
        CREATE INDEX recordings_counterpart ON recordings(counterpart);
        CREATE INDEX tags_key_value ON tags(key, value);
        CREATE INDEX custody_recording ON custody_events(recording_id, utc);
        """,
    )


MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (_migrate_0_to_1, _migrate_1_to_2)
SCHEMA_VERSION = len(MIGRATIONS)


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise EnvironmentProblem(
            f"The library database {path} was written by a newer Témoin (schema {version}, "
            f"this version knows {SCHEMA_VERSION}). Update Témoin to open it."
        )
    for step in range(version, SCHEMA_VERSION):
        with _transaction(db):  # each step commits on its own, with its version number
            MIGRATIONS[step](db)
            db.execute(f"PRAGMA user_version = {step + 1}")


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken up front so a busy library fails before any change."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        # A full disk, a read-only or vanished folder: the user's to fix, not a bug.
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise EnvironmentProblem(f"The library database could not be written ({exc}).") from None


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run DDL statement by statement (``executescript`` would commit mid-migration)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


# --- files the library owns --------------------------------------------------------------


def _chmod_private(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, PRIVATE_FILE_MODE)


def _append_jsonl(path: Path, record: dict[str, Any]) -> None:
    """Append one line and fsync it: the custody log must survive a crash."""
    fd = open_private(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a custody log, skipping a torn last line left by a crash."""
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict):
            records.append(rec)
    return records


def parse_tag_args(items: Sequence[str]) -> tuple[dict[str, str], list[str]]:
    """``K=V`` pairs and bare free words, as typed on the command line."""
    kv: dict[str, str] = {}
    free: list[str] = []
    for item in items:
        if "=" in item:
            key, value = item.split("=", 1)
            key = key.strip()
            if not key:
                raise UsageError(f"Tag '{item}' has no key before '='.")
            kv[key] = value.strip()
        elif item.strip():
            free.append(item.strip())
    return kv, free


@dataclass
class ReindexReport:
    """What a rebuild found: recordings indexed, folders skipped and why."""

    indexed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    in_use: list[str] = field(default_factory=list)  # a recording process holds it: left alone
    moved_aside: Path | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "indexed": self.indexed,
            "skipped": [{"folder": f, "reason": r} for f, r in self.skipped],
            "in_use": self.in_use,
            "moved_aside": str(self.moved_aside) if self.moved_aside else None,
        }


class Library:
    """An open library; use ``Library.open(path)`` as a context manager."""

    def __init__(self, root: Path, db: sqlite3.Connection, lock_fd: int | None) -> None:
        self.root = root
        self.db = db
        self._lock_fd = lock_fd

    # --- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, *, readonly: bool = False, wait_s: float = 0.0) -> Library:
        """Open (creating if needed) the library at ``root``.

        A writer holds the lock until ``close``; a reader takes it only for the
        moment it needs to create or migrate the database. A writer waits up to
        ``wait_s`` seconds for another process to release the lock.
        """
        ensure_private_dir(root)
        ensure_private_dir(root / "recordings")
        db_path = root / DB_NAME
        lock_fd = None
        if not readonly or not db_path.exists():
            lock_fd = _acquire_lock(root, wait_s)
        created = not db_path.exists()
        try:
            if _emptied(root, db_path):
                raise _damaged(db_path, "the file is empty but recordings exist")
            db = _connect(db_path, readonly=False)
            try:
                _check_integrity(db, db_path)
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                if version != SCHEMA_VERSION:
                    if lock_fd is None:
                        lock_fd = _acquire_lock(root)
                    _migrate(db, db_path)
            except BaseException:
                db.close()
                raise
            for suffix in ("", "-wal", "-shm"):
                _chmod_private(db_path.with_name(DB_NAME + suffix))
            if readonly:
                db.execute("PRAGMA query_only = ON")
                if lock_fd is not None:
                    _release_lock(lock_fd)
                    lock_fd = None
        except BaseException:
            if created:
                _drop_empty(db_path)  # a full disk must not leave a 0-byte "damaged" library
            if lock_fd is not None:
                _release_lock(lock_fd)
            raise
        return cls(root, db, lock_fd)

    def close(self) -> None:
        self.db.close()
        if self._lock_fd is not None:
            _release_lock(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def writable(self) -> bool:
        return self._lock_fd is not None

    def _require_writer(self) -> None:
        if not self.writable:
            raise RuntimeError("this Library was opened read-only")

    # --- importing recordings --------------------------------------------------------------

    def recording_dir(self, rec_id: str) -> Path:
        return self.root / "recordings" / rec_id

    def import_recording(self, rec_dir: Path, sidecar: Sidecar | None = None) -> str:
        """Index (or re-index) one recording folder; returns its id.

        Called by ``temoin record`` at the end and by ``recover``. Safe to call
        again: the rows for that recording are rebuilt from its files (``sidecar``:
        its ``recording.json``, when the caller has just read it).
        """
        self._require_writer()
        sidecar = sidecar or Sidecar.read(rec_dir)
        rec_id = sidecar.id
        custody = _read_jsonl(rec_dir / CUSTODY_NAME)
        with _transaction(self.db):
            self._project(rec_dir, sidecar, custody)
        self.mark_indexed(rec_dir)
        return rec_id

    @staticmethod
    def mark_indexed(rec_dir: Path) -> None:
        """Journal that the library now holds this version (best effort: the DB is the truth)."""
        from recorder import commit
        from recorder.wavjournal import JOURNAL_NAME, read_journal

        journal = rec_dir / JOURNAL_NAME
        with contextlib.suppress(OSError):
            if journal.is_file() and commit.needs_index(read_journal(journal)[0]):
                commit.done(rec_dir, "index")

    def is_current(self, rec_dir: Path) -> bool:
        """The library's row for this folder matches its ``recording.json`` on disk."""
        try:
            sidecar = Sidecar.read(rec_dir)
        except BadInputError:
            return True  # nothing to index (reindex reports such folders)
        row = self.db.execute(
            "SELECT dir, sidecar FROM recordings WHERE id = ?", (sidecar.id,)
        ).fetchone()
        if row is None:
            return False
        try:
            return bool(json.loads(row[1]) == sidecar.to_json() and Path(row[0]) == rec_dir)
        except (TypeError, ValueError):
            return False

    def _project(self, rec_dir: Path, sc: Sidecar, custody: list[dict[str, Any]]) -> None:
        rec_id = sc.id
        audio = sc.audio
        meta = sc.call
        db = self.db
        db.execute("DELETE FROM recordings WHERE id = ?", (rec_id,))  # cascades
        db.execute(
            """INSERT INTO recordings (id, dir, app_version, started_utc, started_local,
               stopped_utc, stopped_local, duration_s, frames, sample_rate, channels,
               sample_format, header_bytes, source_kind, device, input, counterpart, purpose,
               profile, counterpart_profile, language, outcome, overflows, paused_frames,
               recovered, sidecar, indexed_utc)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                rec_id,
                str(rec_dir),
                sc.app_version,
                sc.started_utc,
                sc.started_local,
                sc.stopped_utc,
                sc.stopped_local,
                audio.duration_s,
                audio.frames,
                audio.sample_rate,
                audio.channels,
                audio.sample_format,
                audio.header_bytes,
                sc.source.kind,
                sc.source.device_name,
                sc.source.input,
                meta.counterpart,
                meta.purpose,
                meta.profile,
                meta.counterpart_profile,
                meta.language,
                str(sc.outcome),
                sc.overflows,
                sc.paused_frames,
                1 if sc.recovered else 0,
                json.dumps(sc.to_json(), ensure_ascii=False),
                utc_now(),
            ),
        )
        for seg in sc.segments:
            db.execute(
                "INSERT OR REPLACE INTO segments VALUES (?,?,?,?,?)",
                (rec_id, seg.index, seg.start_frame, seg.frames, seg.device),
            )
        for seq, ev in enumerate(sc.events):
            kind = ev.kind
            if kind == "marker":
                db.execute(
                    "INSERT INTO markers VALUES (?,?,?,?,?,?)",
                    (
                        rec_id,
                        seq,
                        ev.frame,
                        ev.seconds,
                        ev.utc,
                        ev.text,
                    ),
                )
            elif kind in CONSENT_KINDS:
                db.execute(
                    "INSERT INTO consent_events VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        rec_id,
                        seq,
                        kind,
                        ev.frame,
                        ev.seconds,
                        ev.utc,
                        ev.local,
                        ev.text,
                        ev.pcm_sha256_at,
                    ),
                )
        for kind, value, scope in (
            (
                "pcm_sha256",
                audio.pcm_sha256,
                "PCM bytes of the WAV data chunk, hashed while recording",
            ),
            ("file_sha256", audio.file_sha256, "the whole original.wav file as finalised"),
        ):
            if value:
                db.execute(
                    "INSERT INTO hashes VALUES (?,?,?,?,?)", (rec_id, kind, "sha256", value, scope)
                )
        # Tags: those given at record time, then the last state the user set here.
        kv = dict(meta.tags)
        free: list[str] = []
        for rec in custody:
            if rec.get("type") == "custody" and rec.get("action") == "tagged":
                state = rec.get("tags") or {}
                kv = dict(state.get("kv") or {})
                free = list(state.get("free") or [])
        for key, value in kv.items():
            db.execute("INSERT INTO tags VALUES (?, 'kv', ?, ?)", (rec_id, key, value))
        for word in free:
            db.execute("INSERT OR IGNORE INTO tags VALUES (?, 'free', ?, NULL)", (rec_id, word))
        # Custody: what the recording itself says, then what the library appended.
        rows: list[tuple[str, str, str, str | None]] = []
        if sc.stopped_utc or sc.started_utc:
            rows.append(
                (
                    sc.stopped_utc or sc.started_utc,
                    "recorded",
                    sc.app_version or "unknown",
                    f"outcome {sc.outcome}, {audio.frames} frames, PCM SHA-256 {audio.pcm_sha256}",
                )
            )
        recovered = sc.recovered
        if recovered is not None:
            rows.append(
                (
                    str(recovered.get("utc") or ""),
                    "recovered",
                    sc.app_version or "unknown",
                    f"{recovered.get('frames')} frames kept, {recovered.get('bytes_dropped', 0)} "
                    f"bytes dropped. {recovered.get('note') or ''}".strip(),
                )
            )
        for rec in custody:
            if rec.get("type") == "custody":
                rows.append(
                    (
                        str(rec.get("utc")),
                        str(rec.get("action")),
                        str(rec.get("app_version")),
                        rec.get("detail"),
                    )
                )
            elif rec.get("type") == "note":
                db.execute(
                    "INSERT INTO notes (recording_id, utc, text) VALUES (?,?,?)",
                    (rec_id, rec.get("utc"), rec.get("text", "")),
                )
        rows.sort(key=lambda r: r[0])
        db.executemany(
            "INSERT INTO custody_events (recording_id, utc, action, app_version, detail)"
            " VALUES (?,?,?,?,?)",
            [(rec_id, *r) for r in rows],
        )

    # --- reading ---------------------------------------------------------------------------

    def resolve(self, rec_id: str) -> str:
        """The full id for ``rec_id`` or a unique prefix of one."""
        row = self.db.execute("SELECT id FROM recordings WHERE id = ?", (rec_id,)).fetchone()
        if row:
            return str(row[0])
        like = _like_literal(rec_id) + "%"
        rows = self.db.execute(
            "SELECT id FROM recordings WHERE id LIKE ? ESCAPE '\\' LIMIT 3", (like,)
        ).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
        if not rows:
            raise BadInputError(
                f"No recording '{rec_id}' in the library at {self.root}; see `temoin list`."
            )
        raise UsageError(f"'{rec_id}' matches several recordings; give more of the id.")

    def list(
        self,
        *,
        tags: Sequence[str] = (),
        counterpart: str | None = None,
        since: str | None = None,
        until: str | None = None,
        search: str | None = None,
        sort: str = "date",
        reverse: bool = False,
    ) -> list[dict[str, Any]]:
        """Summaries of the recordings matching every filter given.

        ``since``/``until`` take a date (the call's local date, inclusive) or an
        ISO date-time (compared in UTC).
        """
        if sort not in SORT_KEYS:
            raise UsageError(f"Unknown sort '{sort}'; use one of {', '.join(SORT_KEYS)}.")
        where: list[str] = []
        params: list[Any] = []
        kv, free = parse_tag_args(tags)
        for key, value in kv.items():
            where.append(
                "EXISTS (SELECT 1 FROM tags t WHERE t.recording_id = r.id AND t.kind = 'kv'"
                " AND t.key = ? AND t.value = ?)"
            )
            params += [key, value]
        for word in free:
            where.append("EXISTS (SELECT 1 FROM tags t WHERE t.recording_id = r.id AND t.key = ?)")
            params.append(word)
        if counterpart:
            where.append("lower(coalesce(r.counterpart, '')) LIKE ? ESCAPE '\\'")
            params.append(f"%{_like_literal(counterpart.lower())}%")
        for bound, op in ((since, ">="), (until, "<=")):
            if bound:
                column, value = _date_bound(bound, op)
                where.append(f"{column} {op} ?")
                params.append(value)
        if search:
            needle = f"%{_like_literal(search.lower())}%"
            where.append(
                "(lower(r.id) LIKE ? ESCAPE '\\'"
                " OR lower(coalesce(r.counterpart,'')) LIKE ? ESCAPE '\\'"
                " OR lower(coalesce(r.purpose,'')) LIKE ? ESCAPE '\\'"
                " OR EXISTS (SELECT 1 FROM tags t WHERE t.recording_id = r.id"
                "   AND (lower(t.key) LIKE ? ESCAPE '\\'"
                "     OR lower(coalesce(t.value,'')) LIKE ? ESCAPE '\\'))"
                " OR EXISTS (SELECT 1 FROM markers m WHERE m.recording_id = r.id"
                "   AND lower(coalesce(m.text,'')) LIKE ? ESCAPE '\\')"
                " OR EXISTS (SELECT 1 FROM notes n WHERE n.recording_id = r.id"
                "   AND lower(n.text) LIKE ? ESCAPE '\\'))"
            )
            params += [needle] * 7
        sql = "SELECT r.id FROM recordings r"
        if where:
            sql += " WHERE " + " AND ".join(where)
        direction = "DESC" if reverse else "ASC"
        sql += f" ORDER BY {SORT_KEYS[sort]} {direction}, r.id {direction}"
        return [self._summary(str(row[0])) for row in self.db.execute(sql, params).fetchall()]

    def _summary(self, rec_id: str) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT id, started_utc, started_local, duration_s, counterpart, purpose, profile,"
            " outcome, sample_rate, channels FROM recordings WHERE id = ?",
            (rec_id,),
        ).fetchone()
        keys = (
            "id",
            "started_utc",
            "started_local",
            "duration_s",
            "counterpart",
            "purpose",
            "profile",
            "outcome",
            "sample_rate",
            "channels",
        )
        out = dict(zip(keys, row, strict=True))
        kv, free = self.tags(rec_id)
        out["tags"] = kv
        out["free_tags"] = free
        consent = self.db.execute(
            "SELECT kind FROM consent_events WHERE recording_id = ? ORDER BY seq", (rec_id,)
        ).fetchall()
        answers = [k for (k,) in consent if k in ("granted", "refused", "withdrawn")]
        out["consent"] = answers[-1] if answers else None
        return out

    def tags(self, rec_id: str) -> tuple[dict[str, str], builtins.list[str]]:
        kv: dict[str, str] = {}
        free: builtins.list[str] = []
        for kind, key, value in self.db.execute(
            "SELECT kind, key, value FROM tags WHERE recording_id = ? ORDER BY key", (rec_id,)
        ):
            if kind == "kv":
                kv[key] = value
            else:
                free.append(key)
        return kv, free

    def get(self, rec_id: str) -> dict[str, Any]:
        """Everything the library knows about one recording (``temoin show``)."""
        rec_id = self.resolve(rec_id)
        row = self.db.execute(
            "SELECT dir, sidecar FROM recordings WHERE id = ?", (rec_id,)
        ).fetchone()
        sidecar = json.loads(row[1])
        kv, free = self.tags(rec_id)
        return {
            "id": rec_id,
            "dir": row[0],
            "recording": sidecar,
            "tags": kv,
            "free_tags": free,
            "hashes": [
                {"kind": k, "algorithm": a, "value": v, "scope": s}
                for k, a, v, s in self.db.execute(
                    "SELECT kind, algorithm, value, scope FROM hashes WHERE recording_id = ?"
                    " ORDER BY kind",
                    (rec_id,),
                )
            ],
            "notes": [
                {"utc": u, "text": t}
                for u, t in self.db.execute(
                    "SELECT utc, text FROM notes WHERE recording_id = ? ORDER BY utc, id",
                    (rec_id,),
                )
            ],
            "custody": self.custody(rec_id),
        }

    def custody(self, rec_id: str) -> builtins.list[dict[str, Any]]:
        return [
            {"utc": u, "action": a, "app_version": v, "detail": d}
            for u, a, v, d in self.db.execute(
                "SELECT utc, action, app_version, detail FROM custody_events"
                " WHERE recording_id = ? ORDER BY utc, id",
                (rec_id,),
            )
        ]

    # --- changing ----------------------------------------------------------------------------

    def tag(
        self,
        rec_id: str,
        set_tags: dict[str, str] | None = None,
        free: Sequence[str] = (),
        remove: Sequence[str] = (),
    ) -> dict[str, Any]:
        """Set ``K=V`` tags, add free words, remove keys or words; logged as custody."""
        self._require_writer()
        rec_id = self.resolve(rec_id)
        kv, words = self.tags(rec_id)
        kv.update(set_tags or {})
        for word in free:
            if word not in words:
                words.append(word)
        unknown = [k for k in remove if k not in kv and k not in words]
        if unknown:
            raise UsageError(f"Recording {rec_id} has no tag {', '.join(unknown)} to remove.")
        for key in remove:
            kv.pop(key, None)
            if key in words:
                words.remove(key)
        parts = [f"{k}={v}" for k, v in (set_tags or {}).items()] + builtins.list(free)
        detail = "set " + ", ".join(parts) if parts else ""
        if remove:
            detail += ("; " if detail else "") + "removed " + ", ".join(remove)
        self._append_custody(rec_id, "tagged", detail, tags={"kv": kv, "free": sorted(words)})
        return {"id": rec_id, "tags": kv, "free_tags": sorted(words)}

    def delete_audio(self, rec_id: str, reason: str) -> dict[str, Any]:
        """Delete a recording's audio for good, keeping its log as the trace.

        What the profiles advise once a dispute is over: the WAV goes, the journal, the
        consent timeline, the hashes and the chain of custody stay, so the library can
        still show what was recorded, when, and that it was deleted.
        """
        from recorder.wavjournal import WAV_NAME, discard_recording

        self._require_writer()
        rec_id = self.resolve(rec_id)
        row = self.db.execute("SELECT dir FROM recordings WHERE id = ?", (rec_id,)).fetchone()
        rec_dir = Path(row[0])
        if not (rec_dir / WAV_NAME).exists():
            raise BadInputError(f"Recording {rec_id} has no audio left to delete.")
        discard_recording(rec_dir, reason)
        self.import_recording(rec_dir)
        self._append_custody(rec_id, "audio_deleted", reason)
        return self.get(rec_id)

    def add_note(self, rec_id: str, text: str) -> None:
        self._require_writer()
        rec_id = self.resolve(rec_id)
        self._append(rec_id, {"type": "note", "utc": utc_now(), "text": text})

    def add_custody(
        self, rec_id: str, action: str, detail: str | None = None, utc: str | None = None
    ) -> None:
        """Log what happened to a recording (exported, verified...), with time and version."""
        self._require_writer()
        if action not in CUSTODY_ACTIONS:
            raise ValueError(f"unknown custody action {action!r}")
        self._append_custody(self.resolve(rec_id), action, detail, utc=utc)

    def _append_custody(
        self, rec_id: str, action: str, detail: str | None, utc: str | None = None, **extra: Any
    ) -> None:
        record = {
            "type": "custody",
            "utc": utc or utc_now(),
            "action": action,
            "app_version": __version__,
            "detail": detail,
            **extra,
        }
        self._append(rec_id, record)

    def _append(self, rec_id: str, record: dict[str, Any]) -> None:
        """Write to the folder first (the truth), then refresh the index from it; a folder
        whose ``recording.json`` cannot be read is refused before anything is written."""
        row = self.db.execute("SELECT dir FROM recordings WHERE id = ?", (rec_id,)).fetchone()
        rec_dir = Path(row[0])
        sidecar = Sidecar.read(rec_dir)
        _append_jsonl(rec_dir / CUSTODY_NAME, record)
        self.import_recording(rec_dir, sidecar)


# --- lock, connection, integrity --------------------------------------------------------


def _acquire_lock(root: Path, wait_s: float = 0.0) -> int:
    """The library's writer lock, waiting up to ``wait_s`` seconds for another process."""
    fd = take_lock(root / LOCK_NAME, wait_s)
    if fd is not None:
        return fd
    waited = f" (waited {wait_s:.0f} s)" if wait_s >= 1 else ""
    raise LibraryInUse(
        f"The library at {root} is in use by another Témoin process{waited} (the app or a "
        "running `temoin` command). Close it, or wait for it to finish, and try again."
    ) from None


def _drop_empty(db_path: Path) -> None:
    """Remove a database file this process created and could not fill (nothing in it)."""
    for suffix in ("", "-wal", "-shm"):
        path = db_path.with_name(DB_NAME + suffix)
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0:
                path.unlink()


def _release_lock(fd: int) -> None:
    release_lock(fd)


def _connect(db_path: Path, *, readonly: bool) -> sqlite3.Connection:
    if not db_path.exists():
        os.close(open_private(db_path, os.O_WRONLY | os.O_CREAT))
    try:
        db = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise EnvironmentProblem(
            f"The library database {db_path} cannot be opened: {exc}."
        ) from None
    return db  # autocommit; writes go through _transaction()


def _check_integrity(db: sqlite3.Connection, db_path: Path) -> None:
    """Fail loudly on a damaged database before anything reads or writes it."""
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        result = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LibraryInUse(
                f"The library database {db_path} is busy in another process; try again."
            ) from None
        if "full" in str(exc):
            raise EnvironmentProblem(
                f"The library database {db_path} cannot be written: the disk is full."
            ) from None
        if "readonly" in str(exc) or "unable to open" in str(exc):
            # Not damage: reindex would not help, the folder's permissions or volume would.
            raise EnvironmentProblem(
                f"The library folder {db_path.parent} cannot be written ({exc}): it is "
                "read-only, on a read-only volume or owned by another user."
            ) from None
        raise _damaged(db_path, str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise _damaged(db_path, str(exc)) from None
    if result != ["ok"]:
        raise _damaged(db_path, "; ".join(result[:3]))
    if str(mode).lower() != "wal":
        raise EnvironmentProblem(
            f"The library database {db_path} cannot use write-ahead logging ({mode}); "
            "is the folder on a network or read-only file system?"
        )


def _emptied(root: Path, db_path: Path) -> bool:
    """A 0-byte database beside finished recordings was truncated, not new.

    SQLite would open it as a fresh, empty library and the list would silently
    show nothing; reindex is what brings the recordings back.
    """
    try:
        if db_path.stat().st_size != 0:
            return False
    except FileNotFoundError:
        return False
    return any((d / "recording.json").is_file() for d in iter_recording_dirs(root))


def _damaged(db_path: Path, why: str) -> LibraryDamaged:
    return LibraryDamaged(
        f"The library database {db_path} is damaged ({why}). Your recordings are untouched; "
        "run `temoin recover --reindex` to rebuild the database from them "
        "(the damaged file is kept beside it)."
    )


def iter_recording_dirs(root: Path) -> Iterator[Path]:
    recordings = root / "recordings"
    if recordings.is_dir():
        yield from sorted(p for p in recordings.iterdir() if p.is_dir())


def reindex(library_dir: Path) -> ReindexReport:
    """Rebuild the database from ``recordings/*/recording.json`` (``recover --reindex``).

    The old database is renamed, never deleted: ``library.sqlite3.damaged-<stamp>`` when
    it failed its check, ``.before-reindex-<stamp>`` otherwise. Audio is never touched.
    A folder its recording process still holds (capturing, or settling the call) is left
    out and listed in ``in_use``, as ``recover`` does: that process indexes it itself, or
    the next ``temoin recover`` does.
    """
    from recorder.wavjournal import is_locked

    ensure_private_dir(library_dir)
    lock_fd = _acquire_lock(library_dir)
    report = ReindexReport()
    try:
        db_path = library_dir / DB_NAME
        if db_path.exists():
            damaged = True
            try:
                probe = sqlite3.connect(db_path)
                try:
                    damaged = probe.execute("PRAGMA quick_check").fetchone()[0] != "ok"
                finally:
                    probe.close()
            except sqlite3.DatabaseError:
                damaged = True
            stamp = file_stamp_now()
            label = "damaged" if damaged else "before-reindex"
            for suffix in ("", "-wal", "-shm"):
                src = library_dir / (DB_NAME + suffix)
                if src.exists():
                    dst = library_dir / f"{DB_NAME}{suffix}.{label}-{stamp}"
                    os.replace(src, dst)
                    if not suffix:
                        report.moved_aside = dst
    finally:
        _release_lock(lock_fd)
    with Library.open(library_dir) as lib:
        for rec_dir in iter_recording_dirs(library_dir):
            if is_locked(rec_dir):
                report.in_use.append(rec_dir.name)
                continue
            try:
                report.indexed.append(lib.import_recording(rec_dir))
            except BadInputError as exc:
                report.skipped.append((rec_dir.name, exc.message))
    return report


def _like_literal(text: str) -> str:
    """``text`` for a ``LIKE ... ESCAPE '\\'`` pattern: ``%`` and ``_`` match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _date_bound(text: str, op: str) -> tuple[str, str]:
    """Turn a --since/--until value into a column and a comparable string."""
    text = text.strip()
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            value = day.isoformat()
            # compare on the call's local date: YYYY-MM-DD prefix of started_local
            return "substr(r.started_local, 1, 10)", value
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"'{text}' is not a date; use YYYY-MM-DD or an ISO date-time like 2026-11-23T18:00:00Z."
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    utc = moment.astimezone(dt.UTC)
    return "r.started_utc", utc.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if op == ">=" else ".999Z")
