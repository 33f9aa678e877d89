"""The library on a real SQLite file: schema, locking, damage and rebuild, tags, custody."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from recorder.library import (
    SCHEMA_VERSION,
    Library,
    LibraryDamaged,
    LibraryInUse,
    reindex,
)
from tests.helpers.cli_run import ROOT, temoin
from tests.helpers.make_recording import consent_events, fixture_info, make_recording


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "lib"


def _add(library: Path, fixtures_dir: Path, name: str = "consent_fr_granted.wav", **kw: object):
    info = fixture_info(fixtures_dir, name)
    return make_recording(library, fixtures_dir / name, consent_events(info), **kw)  # type: ignore[arg-type]


def test_empty_library_is_created_at_the_latest_schema_with_wal(library: Path) -> None:
    with Library.open(library) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in lib.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "recordings",
        "segments",
        "tags",
        "markers",
        "notes",
        "consent_events",
        "custody_events",
        "hashes",
    } <= tables


def test_migrations_run_step_by_step_from_an_older_version(library: Path) -> None:
    library.mkdir()
    db = sqlite3.connect(library / "library.sqlite3")
    from recorder.library import MIGRATIONS

    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Library.open(library) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {
            r[0] for r in lib.db.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
    assert "recordings_started" in indexes


def test_a_newer_schema_is_refused_not_downgraded(library: Path) -> None:
    library.mkdir()
    db = sqlite3.connect(library / "library.sqlite3")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(Exception, match="newer Témoin"):
        Library.open(library)


def test_files_are_owner_only(library: Path, fixtures_dir: Path) -> None:
    rec = _add(library, fixtures_dir)
    with Library.open(library) as lib:
        rec_id = lib.import_recording(rec)
        lib.tag(rec_id, {"case": "1"})
    assert stat.S_IMODE(library.stat().st_mode) == 0o700
    assert stat.S_IMODE((library / "recordings").stat().st_mode) == 0o700
    for name in ("library.sqlite3", "library.lock"):
        assert stat.S_IMODE((library / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE((rec / "custody.jsonl").stat().st_mode) == 0o600


def test_database_holds_no_pcm(library: Path, fixtures_dir: Path) -> None:
    rec = _add(library, fixtures_dir)
    with Library.open(library) as lib:
        lib.import_recording(rec)
    pcm = (rec / "original.wav").read_bytes()[44 : 44 + 4096]
    assert pcm not in (library / "library.sqlite3").read_bytes()
    assert (library / "library.sqlite3").stat().st_size < 200_000


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from recorder.library import Library
    lib = Library.open(Path(sys.argv[1]))
    print("holding", flush=True)
    time.sleep(60)
    """
)


def test_second_writer_gets_library_in_use(library: Path, fixtures_dir: Path) -> None:
    rec = _add(library, fixtures_dir)
    with Library.open(library) as lib:
        rec_id = lib.import_recording(rec)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(library)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(LibraryInUse, match="in use by another Témoin process"):
            Library.open(library)
        out = temoin("tag", rec_id, "x=1", "--library", str(library))
        assert out.returncode == 5
        assert "in use" in out.stderr
        assert "Traceback" not in out.stderr
        # readers still work while the writer holds the library
        with Library.open(library, readonly=True) as reader:
            assert [r["id"] for r in reader.list()] == [rec_id]
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    with Library.open(library) as lib:  # released when the holder dies
        lib.tag(rec_id, {"x": "1"})


HELD_EXPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from recorder import cli

    reached, release = Path(sys.argv[1]), Path(sys.argv[2])

    class HeldProgress:
        '''The export's progress callback: stops mid-export until the test releases it.'''

        held = False

        def __call__(self, fraction, stage):
            if fraction > 0 and not self.held:
                self.held = True
                reached.touch()
                deadline = time.monotonic() + 60
                while not release.exists() and time.monotonic() < deadline:
                    time.sleep(0.05)

    cli._ProgressBar = HeldProgress
    sys.exit(cli.main(sys.argv[3:]))
    """
)


def test_a_long_export_leaves_the_library_free_and_still_logs_custody(
    library: Path, fixtures_dir: Path, tmp_path: Path
) -> None:
    rec = _add(library, fixtures_dir)
    with Library.open(library) as lib:
        rec_id = lib.import_recording(rec)
    reached, release = tmp_path / "reached", tmp_path / "release"
    out_zip = tmp_path / "evidence.zip"
    env = {
        **os.environ,
        "TEMOIN_CONFIG": str(tmp_path / "config"),
        "TEMOIN_LOG_DIR": str(tmp_path / "logs"),
    }
    lib_args = ("--library", str(library))
    command = ["export", rec_id, "--out", str(out_zip), "--language", "fr", *lib_args]
    export = subprocess.Popen(
        [sys.executable, "-c", HELD_EXPORT, str(reached), str(release), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not reached.exists() and export.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert reached.exists(), export.communicate()
        out = temoin("tag", rec_id, "ticket=4578", *lib_args, env=env)  # mid-export
        assert out.returncode == 0, out.stderr
    finally:
        release.touch()
        _, stderr = export.communicate(timeout=120)
    assert export.returncode == 0, stderr
    assert out_zip.is_file()
    with Library.open(library, readonly=True) as lib:
        custody = lib.custody(rec_id)
        assert lib.tags(rec_id)[0] == {"ticket": "4578"}
    assert "tagged" in [c["action"] for c in custody]
    (logged,) = [c for c in custody if c["action"] == "exported"]
    assert logged["detail"] == f"bundle {out_zip.name}"
    with zipfile.ZipFile(out_zip) as zf:
        meta = json.loads(zf.read("evidence/data/metadata.json"))
    assert logged["utc"] == meta["created_utc"]  # the library and the bundle agree


def test_damaged_database_is_reported_and_reindex_rebuilds_it(
    library: Path, fixtures_dir: Path
) -> None:
    rec = _add(library, fixtures_dir, meta={"tags": {"case": "7"}})
    with Library.open(library) as lib:
        rec_id = lib.import_recording(rec)
        lib.tag(rec_id, {"ticket": "4578"}, ["urgent"])
        lib.add_note(rec_id, "called back on Monday")
    wav_before = (rec / "original.wav").read_bytes()
    db_path = library / "library.sqlite3"
    data = bytearray(db_path.read_bytes())
    data[100:4096] = os.urandom(4096 - 100)  # smash the first page's b-tree
    db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)

    with pytest.raises(LibraryDamaged, match="recover --reindex"):
        Library.open(library)
    out = temoin("list", "--library", str(library))
    assert out.returncode == 5
    assert "damaged" in out.stderr
    assert "temoin recover --reindex" in out.stderr
    assert "Traceback" not in out.stderr

    out = temoin("recover", "--reindex", "--json", "--library", str(library))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)["reindex"]
    assert result["indexed"] == [rec_id]
    moved = Path(result["moved_aside"])
    assert moved.name.startswith("library.sqlite3.damaged-")
    assert moved.read_bytes() == bytes(data)  # kept, never deleted
    assert (rec / "original.wav").read_bytes() == wav_before
    with Library.open(library) as lib:
        got = lib.get(rec_id)
    assert got["tags"] == {"case": "7", "ticket": "4578"}
    assert got["free_tags"] == ["urgent"]
    assert [n["text"] for n in got["notes"]] == ["called back on Monday"]
    assert [c["action"] for c in got["custody"]] == ["recorded", "tagged"]


def test_reindex_of_a_healthy_library_keeps_the_old_file(library: Path, fixtures_dir: Path) -> None:
    _add(library, fixtures_dir)
    with Library.open(library):
        pass
    report = reindex(library)
    assert len(report.indexed) == 1
    assert report.moved_aside is not None
    assert ".before-reindex-" in report.moved_aside.name


def test_import_is_idempotent_and_records_custody(library: Path, fixtures_dir: Path) -> None:
    rec = _add(
        library,
        fixtures_dir,
        recovered={
            "utc": "2026-11-23T19:10:00.000Z",
            "frames": 1,
            "bytes_dropped": 3,
            "note": "crash",
        },
    )
    with Library.open(library) as lib:
        rec_id = lib.import_recording(rec)
        assert lib.import_recording(rec) == rec_id
        got = lib.get(rec_id)
        assert [c["action"] for c in got["custody"]] == ["recorded", "recovered"]
        assert all(c["app_version"] for c in got["custody"])
        assert {h["kind"] for h in got["hashes"]} == {"pcm_sha256", "file_sha256"}
        n_markers = lib.db.execute("SELECT count(*) FROM markers").fetchone()[0]
        n_consent = lib.db.execute("SELECT count(*) FROM consent_events").fetchone()[0]
    assert (n_markers, n_consent) == (1, 2)


def test_list_filters_and_sorts(library: Path, fixtures_dir: Path) -> None:
    base = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    ids = []
    for i, (name, who) in enumerate(
        [
            ("consent_fr_granted.wav", "Swisscom"),
            ("telephony_8k.wav", "Orange"),
            ("consent_de_granted.wav", "Sunrise"),
        ]
    ):
        rec = _add(
            library,
            fixtures_dir,
            name,
            started=base + dt.timedelta(days=i),
            meta={"counterpart": who, "tags": {"case": str(i)}},
        )
        with Library.open(library) as lib:
            ids.append(lib.import_recording(rec))
    with Library.open(library) as lib:
        lib.tag(ids[1], {"status": "open"}, ["urgent"])
        lib.add_note(ids[2], "Refund promised")
        assert [r["id"] for r in lib.list()] == ids
        assert [r["id"] for r in lib.list(reverse=True)] == ids[::-1]
        assert next(r["id"] for r in lib.list(sort="duration")) == ids[1]  # 8 s is shortest
        assert [r["id"] for r in lib.list(sort="counterpart")] == [ids[1], ids[2], ids[0]]
        assert [r["id"] for r in lib.list(tags=["status=open"])] == [ids[1]]
        assert [r["id"] for r in lib.list(tags=["urgent"])] == [ids[1]]
        assert [r["id"] for r in lib.list(counterpart="swiss")] == [ids[0]]
        assert [r["id"] for r in lib.list(since="2026-11-21")] == ids[1:]
        assert [r["id"] for r in lib.list(until="2026-11-21")] == ids[:2]
        assert [r["id"] for r in lib.list(since="2026-11-21T09:00:00Z")] == ids[1:]
        assert [r["id"] for r in lib.list(search="refund")] == [ids[2]]
        assert [r["id"] for r in lib.list(search="ticket 4578")] == ids  # marker text
        lib.tag(ids[1], remove=["urgent", "status"])
        assert lib.list(tags=["urgent"]) == []


def test_cli_list_search_and_counterpart_take_percent_and_underscore_literally(
    library: Path, fixtures_dir: Path
) -> None:
    ids = {}
    for who in ("Acme 100% AG", "Acme_Telecom", "AcmeXTelecom"):
        rec = _add(library, fixtures_dir, "telephony_8k.wav", meta={"counterpart": who})
        with Library.open(library) as lib:
            ids[who] = lib.import_recording(rec)
    with Library.open(library) as lib:
        lib.add_note(ids["AcmeXTelecom"], "a note with a backslash \\ in it")

    def listed(*args: str) -> set[str]:
        out = temoin("list", "--json", "--library", str(library), *args)
        assert out.returncode == 0, out.stderr
        return {r["id"] for r in json.loads(out.stdout)["recordings"]}

    assert listed("--search", "%") == {ids["Acme 100% AG"]}
    assert listed("--search", "e_t") == {ids["Acme_Telecom"]}
    assert listed("--search", "\\") == {ids["AcmeXTelecom"]}
    assert listed("--counterpart", "%") == {ids["Acme 100% AG"]}
    assert listed("--counterpart", "acme_") == {ids["Acme_Telecom"]}
    assert listed("--counterpart", "acme") == set(ids.values())


def test_cli_list_show_tag(library: Path, fixtures_dir: Path) -> None:
    rec = _add(library, fixtures_dir, meta={"counterpart": "Swisscom"})
    lib_args = ("--library", str(library))
    with Library.open(library) as lib:
        rec_id = lib.import_recording(rec)
    out = temoin("tag", rec_id[:18], "ticket=4578", "urgent", "--json", *lib_args)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "id": rec_id,
        "tags": {"ticket": "4578"},
        "free_tags": ["urgent"],
    }
    out = temoin("list", "--tag", "ticket=4578", "--json", *lib_args)
    assert [r["id"] for r in json.loads(out.stdout)["recordings"]] == [rec_id]
    out = temoin("list", "--language", "en", *lib_args)
    assert rec_id in out.stdout
    assert "Recorded with consent" in out.stdout  # the core's verdict, as the app shows it
    assert "urgent" in out.stdout
    out = temoin("show", rec_id, *lib_args)
    assert out.returncode == 0
    for needle in ("pcm_sha256", "announced", "granted", "ticket=4578", "tagged", "recorded"):
        assert needle in out.stdout
    shown = json.loads(temoin("show", rec_id, "--json", *lib_args).stdout)
    assert shown["recording"]["audio"]["pcm_sha256"]
    out = temoin("tag", rec_id, "--remove", "nope", *lib_args)
    assert out.returncode == 2
    assert "no tag nope" in out.stderr
    out = temoin("show", "does-not-exist", *lib_args)
    assert out.returncode == 3
    assert "No recording" in out.stderr


def test_list_and_the_app_show_the_same_verdict_not_the_last_answer_heard(
    library: Path, fixtures_dir: Path
) -> None:
    """The first person agreed, then the call was transferred and the next one never told:
    the last answer heard is "granted", but the call is not recorded with consent. ``temoin
    list`` and the app's library judge it with the one core function (and both faces used
    to differ: the list said "granted")."""
    from recorder.legality import verdict_text
    from ui import core_bridge

    events = [("announced", 0.5, None), ("granted", 2.0, None), ("transferred", 4.0, None)]
    rec = make_recording(library, fixtures_dir / "consent_fr_granted.wav", events)
    fine = _add(library, fixtures_dir)
    with Library.open(library) as lib:
        rec_id, fine_id = lib.import_recording(rec), lib.import_recording(fine)
        sidecar = lib.get(rec_id)["recording"]
        assert {r["id"]: r["consent"] for r in lib.list()}[rec_id] == "granted"
    for language in ("en", "fr"):
        core = verdict_text(sidecar, language)
        assert core
        out = temoin("list", "--json", "--language", language, "--library", str(library))
        assert out.returncode == 0, out.stderr
        listed = {r["id"]: r["verdict"] for r in json.loads(out.stdout)["recordings"]}
        app = core_bridge.consent_verdicts(library, [rec_id, fine_id], language)
        assert listed == app
        assert listed[rec_id] == core
        assert listed[rec_id] != listed[fine_id]
        text = temoin("list", "--language", language, "--library", str(library)).stdout
        line = next(line for line in text.splitlines() if line.startswith(rec_id))
        assert core in line
        assert "granted" not in line

    bare = make_recording(
        library, fixtures_dir / "consent_fr_granted.wav", events[:2], meta={"profile": None}
    )
    with Library.open(library) as lib:
        bare_id = lib.import_recording(bare)
    out = temoin("list", "--language", "en", "--library", str(library))
    line = next(line for line in out.stdout.splitlines() if line.startswith(bare_id))
    assert "not assessed (no profile; last answer: granted)" in line
    assert core_bridge.consent_verdicts(library, [bare_id], "en") == {bare_id: None}
