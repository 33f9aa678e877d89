"""Bad input, fuzzed with hypothesis (derandomized, so every run checks the same cases).

Every case must end in a clear ``TemoinError`` (or a failed verification
report), never another exception, and write nothing outside the library or
the chosen output. Profile TOML is already fuzzed by
tests/unit/test_profiles.py (test_mutated_profile_loads_whole_or_fails_clearly,
test_arbitrary_documents_never_crash_the_loader) and not repeated here.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import soundfile as sf
from hypothesis import given
from hypothesis import strategies as st

from recorder import bundle, cli, verify
from recorder.capture import FileSource, Recorder
from recorder.errors import BadInputError
from recorder.library import Library
from recorder.wav import wav_layout
from tests.helpers.cli_run import ROOT, temoin
from tests.helpers.forge import reseal
from tests.helpers.fuzz import fuzz
from tests.helpers.make_recording import consent_events, fixture_info, make_recording

FIXTURES = ROOT / "tests" / "fixtures"


@contextlib.contextmanager
def _sandbox() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="temoin-fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


# --- WAV and FLAC --------------------------------------------------------------------------


def _small_fixture(fmt: str) -> bytes:
    """A short real file (0.25 s) so each case stays fast."""
    data, rate = sf.read(FIXTURES / "telephony_8k.wav", dtype="int16")
    buf = io.BytesIO()
    sf.write(buf, data[: rate // 4], rate, format=fmt, subtype="PCM_16")
    return buf.getvalue()


WAV = _small_fixture("WAV")
FLAC = _small_fixture("FLAC")


def _mutations(base: bytes) -> st.SearchStrategy[bytes]:
    """Overwrite a few bytes (mostly in the header), or truncate, or both."""

    def apply(spec: tuple[list[tuple[int, int]], int | None]) -> bytes:
        edits, cut = spec
        buf = bytearray(base)
        for pos, value in edits:
            buf[pos % len(buf)] = value
        return bytes(buf[:cut] if cut is not None else buf)

    header_pos = st.integers(0, 80)
    any_pos = st.integers(0, len(base) - 1)
    edit = st.tuples(st.one_of(header_pos, header_pos, any_pos), st.integers(0, 255))
    cut = st.one_of(st.none(), st.integers(0, 80), st.integers(0, len(base)))
    return st.tuples(st.lists(edit, max_size=6), cut).map(apply)


def _open_or_refuse(data: bytes, suffix: str, record: bool) -> str:
    """Open (and maybe record) a file: 'ok' or 'refused'; anything else propagates."""
    with _sandbox() as box:
        path = box / f"input{suffix}"
        path.write_bytes(data)
        try:
            source = FileSource(path)
            source.open()
        except BadInputError as exc:
            message = exc.message
        else:
            message = ""
        if message:
            assert str(path) in message  # names the file
            return "refused"
        if suffix.endswith(("wav", "WAV")):
            with contextlib.suppress(BadInputError):
                wav_layout(path)  # the reader export/verify use
        if record:
            lib = box / "lib"
            rec = Recorder(FileSource(path), lib, {})
            rec.start()
            assert rec.wait(20)
            result = rec.stop()
            # A file damaged mid-way is bad input that names the file, never a lost device.
            assert result.outcome in {"completed", "input_error"}, result.outcome
            if result.outcome == "input_error":
                assert isinstance(result.problem, BadInputError)
                assert str(path) in result.problem.message
            assert result.frames <= source.frames
            assert _tree(box) - {"input" + suffix} <= {
                str(p.relative_to(box)) for p in lib.rglob("*")
            } | {"lib"}
        return "ok"


@fuzz(400)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".wav", ".flac", ".WAV"]))
def test_random_bytes_named_wav_or_flac_are_refused_clearly(data: bytes, suffix: str) -> None:
    assert _open_or_refuse(data, suffix, record=False) == "refused"


@fuzz(700)
@given(data=_mutations(WAV))
def test_mutated_wav_headers_are_refused_or_recorded_never_a_crash(data: bytes) -> None:
    _open_or_refuse(data, ".wav", record=False)


@fuzz(500)
@given(data=_mutations(FLAC))
def test_mutated_flac_files_are_refused_or_recorded_never_a_crash(data: bytes) -> None:
    _open_or_refuse(data, ".flac", record=False)


@fuzz(150)
@given(data=st.one_of(_mutations(WAV), _mutations(FLAC)), flac=st.booleans())
def test_mutated_files_that_open_also_record_to_the_end(data: bytes, flac: bool) -> None:
    _open_or_refuse(data, ".flac" if data[:4] == b"fLaC" else ".wav", record=True)


@pytest.mark.parametrize("base", ["wav", "flac"])
def test_truncated_at_every_offset_class(base: str) -> None:
    data = WAV if base == "wav" else FLAC
    offsets = sorted({*range(0, 100), *range(100, len(data), 97), len(data) - 1})
    outcomes = {_open_or_refuse(data[:n], f".{base}", record=n % 5 == 0) for n in offsets}
    assert "refused" in outcomes


# --- bundles ------------------------------------------------------------------------------


class Blob(bytes):
    """Bytes with a short repr: hypothesis prints the arguments of a failing case."""

    def __repr__(self) -> str:
        return f"<bundle of {len(self)} bytes>"


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Blob:
    """One real bundle (no listening copy: fast) exported in-process."""
    base = tmp_path_factory.mktemp("fuzzbundle")
    info = fixture_info(FIXTURES, "telephony_8k.wav")
    rec = make_recording(base / "lib", FIXTURES / "telephony_8k.wav", consent_events(info))
    with Library.open(base / "lib") as lib:
        rec_id = lib.import_recording(rec)
        out = bundle.export(lib, rec_id, base / "b.zip", listening="none", language="en")
    return Blob(out.read_bytes())


def _payload_start(info: zipfile.ZipInfo, raw: bytes) -> int:
    """Where an entry's data begins: after its local header, name and extra field."""
    at = info.header_offset
    name_len = int.from_bytes(raw[at + 26 : at + 28], "little")
    extra_len = int.from_bytes(raw[at + 28 : at + 30], "little")
    return at + 30 + name_len + extra_len


def _verify_bytes(data: bytes) -> verify.VerifyReport | None:
    """Verify a zip given as bytes: a report, or None when refused with a BadInputError."""
    with _sandbox() as box:
        path = box / "in.zip"
        path.write_bytes(data)
        before = _tree(box)
        cwd = os.getcwd()
        os.chdir(box)  # a traversal would land here
        try:
            report = verify.verify(path)
        except BadInputError as exc:
            report = None
            refused = exc.message
        else:
            refused = "-"
        finally:
            os.chdir(cwd)
        assert refused, "a refusal without a message"
        assert _tree(box) == before, "verify wrote something"
        return report


@fuzz(300)
@given(
    edits=st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.one_of(st.none(), st.integers(0, 2**31)),
)
def test_mutated_bundle_bytes_fail_verification_cleanly(
    sealed: Blob, edits: list[tuple[int, int]], cut: int | None
) -> None:
    buf = bytearray(sealed)
    for pos, value in edits:
        buf[pos % len(buf)] = value
    data = bytes(buf[: cut % len(buf)] if cut is not None else buf)
    report = _verify_bytes(data)
    if report is not None and report.ok:
        # Only a change outside every entry's content (zip metadata: dates, local header
        # names, attributes) may still verify: the bytes at each entry's offset are intact.
        with zipfile.ZipFile(io.BytesIO(sealed)) as a, zipfile.ZipFile(io.BytesIO(data)) as b:
            for info in a.infolist():
                other = b.getinfo(info.filename)
                x, y = _payload_start(info, sealed), _payload_start(other, data)
                assert sealed[x : x + info.compress_size] == data[y : y + other.compress_size]


_NAMES = st.one_of(
    st.sampled_from(
        ["b/bagit.txt", "b/data/metadata.json", "b/manifest-sha256.txt", "b/signature.json",
         "b/tagmanifest-sha256.txt", "b/data/audio/original.wav", "../x", "/abs", "b/../../y",
         "b/data/", "b\\data\\x", "b/data/\x00nul"]
    ),
    st.text(min_size=1, max_size=30),
)  # fmt: skip


@fuzz(400)
@given(
    entries=st.lists(st.tuples(_NAMES, st.binary(max_size=200)), max_size=8),
    deflate=st.booleans(),
)
def test_zips_with_random_entries_fail_verification_cleanly(
    entries: list[tuple[str, bytes]], deflate: bool
) -> None:
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", method) as zf:
        warnings.simplefilter("ignore")  # duplicate names are part of the hostility
        for name, data in entries:
            with contextlib.suppress(ValueError, UnicodeEncodeError, IndexError):
                zf.writestr(name, data)  # (zipfile itself cannot write some names)
    report = _verify_bytes(buf.getvalue())
    assert report is None or not report.ok


def _json_values() -> st.SearchStrategy[Any]:
    leaf = st.one_of(
        st.none(), st.booleans(), st.integers(-(2**40), 2**40), st.floats(allow_nan=False),
        st.text(max_size=20),
    )  # fmt: skip
    return st.recursive(
        leaf,
        lambda kids: st.one_of(
            st.lists(kids, max_size=3), st.dictionaries(st.text(max_size=8), kids, max_size=3)
        ),
        max_leaves=6,
    )


def _mutate_json(doc: Any, path: list[int], value: Any, drop: bool) -> Any:
    """Replace (or drop) one node chosen by walking ``path`` through dicts and lists."""
    if not path or not isinstance(doc, dict | list) or not doc:
        return value
    keys = list(doc) if isinstance(doc, dict) else list(range(len(doc)))
    key = keys[path[0] % len(keys)]
    if drop and len(path) == 1:
        if isinstance(doc, dict):
            return {k: v for k, v in doc.items() if k != key}
        return [v for i, v in enumerate(doc) if i != key]
    copy: Any = dict(doc) if isinstance(doc, dict) else list(doc)
    copy[key] = _mutate_json(doc[key], path[1:], value, drop)
    return copy


@fuzz(300)
@given(
    path=st.lists(st.integers(0, 50), min_size=1, max_size=5),
    value=_json_values(),
    drop=st.booleans(),
    raw=st.one_of(st.none(), st.binary(max_size=60)),
)
def test_mutated_metadata_json_resealed_fails_cleanly(
    sealed: Blob, path: list[int], value: Any, drop: bool, raw: bytes | None
) -> None:
    with zipfile.ZipFile(io.BytesIO(sealed)) as zf:
        files = {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}
    prefix = next(iter(files)).split("/")[0] + "/"
    name = prefix + "data/metadata.json"
    original = json.loads(files[name])
    if raw is not None:
        files[name] = raw  # not JSON at all (or by chance)
    else:
        files[name] = json.dumps(_mutate_json(original, path, value, drop)).encode()
    report = _verify_bytes(reseal(files, prefix))
    assert report is not None
    changed = files[name] != json.dumps(original).encode()
    if changed and not report.ok:
        assert all(isinstance(f, str) and f for f in report.failures)


def _paths(doc: Any, depth: int) -> Iterator[list[int]]:
    """Every node down to ``depth`` as a walk of indexes (the form _mutate_json takes)."""
    if depth == 0 or not isinstance(doc, dict | list) or not doc:
        return
    items = list(doc.values()) if isinstance(doc, dict) else list(doc)
    for i, child in enumerate(items[:12]):
        yield [i]
        for rest in _paths(child, depth - 1):
            yield [i, *rest]


def test_every_metadata_field_of_the_wrong_type_fails_cleanly(sealed: Blob) -> None:
    """Systematic: each node down to depth 3 swapped for null, text, list, object, number."""
    with zipfile.ZipFile(io.BytesIO(sealed)) as zf:
        files = {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}
    prefix = next(iter(files)).split("/")[0] + "/"
    name = prefix + "data/metadata.json"
    original = json.loads(files[name])
    cases = 0
    for path in _paths(original, 3):
        for value in (None, "x", [], {}, -1):
            files[name] = json.dumps(_mutate_json(original, path, value, False)).encode()
            report = _verify_bytes(reseal(files, prefix))
            assert report is not None
            cases += 1
    assert cases > 300


# --- command-line arguments -----------------------------------------------------------------

HOSTILE = ["", " ", "-", "--", "..", "../..", "/", "/etc/passwd", "a/../../b", "x" * 300,
           "é\u202e", "<script>", "%s%n", "1e309", "nan", "-1", "0", "K=V", "=v", "k=",
           "granted@1", "marker@0.5=hi", "announced@-1", "@", "ch", "fr", "zz", "mp3",
           "\x00"]  # fmt: skip
TEXT = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))
OPT = {
    "list": ["--tag", "--counterpart", "--since", "--until", "--search", "--sort"],
    "show": [],
    "tag": ["--remove"],
    "export": ["--language", "--listening"],
    "verify": [],
    "assess": ["--profile", "--counterpart-profile", "--purpose", "--event", "--language"],
    "profiles": ["--language"],
    "record": ["--profile", "--counterpart", "--purpose", "--language", "--tag", "--event",
               "--duration", "--counterpart-profile"],
    "recover": [],
}  # fmt: skip


@st.composite
def _argv(draw: st.DrawFn, box: Path) -> list[str]:
    cmd = draw(st.sampled_from([*OPT, "bogus"]))
    argv = [cmd]
    positional = {
        "show": 1, "tag": draw(st.integers(1, 3)), "export": 1, "verify": 1,
    }.get(cmd, 0)  # fmt: skip
    for _ in range(positional):
        argv.append(draw(st.one_of(TEXT, st.sampled_from([str(box / "in.zip"), "2026"]))))
    if cmd == "export":
        argv += [
            "--out",
            draw(st.sampled_from(["out/b.zip", "out/", "out/../../x.zip", "nope/b.zip"])),
        ]
    if cmd == "record":
        argv += [
            "--input",
            draw(st.sampled_from([str(FIXTURES / "telephony_8k.wav"), "in.zip", ""])),
        ]
    if cmd == "profiles" and draw(st.booleans()):
        argv += ["show", draw(st.one_of(st.sampled_from(["ch", "fr", "in.zip"]), TEXT))]
    for _ in range(draw(st.integers(0, 3))):
        opts = OPT.get(cmd) or ["--json"]
        argv += [draw(st.sampled_from(opts)), draw(TEXT)]
    if draw(st.booleans()):
        argv.append("--json")
    if draw(st.integers(0, 9)) == 0:  # sometimes noise anywhere
        argv.insert(draw(st.integers(0, len(argv))), draw(TEXT))
    return argv


def _run_in_process(argv: list[str], cwd: Path) -> tuple[int, str]:
    err = io.StringIO()
    out = io.StringIO()
    here = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(here)
    return code, err.getvalue()


@pytest.fixture(scope="module")
def cli_box(tmp_path_factory: pytest.TempPathFactory) -> Path:
    box = tmp_path_factory.mktemp("clibox")
    (box / "out").mkdir()
    (box / "in.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    return box


@fuzz(300)
@given(data=st.data())
def test_random_command_lines_end_with_a_documented_code_and_no_traceback(
    cli_box: Path, data: st.DataObject
) -> None:
    argv = data.draw(_argv(cli_box))
    if any("\x00" in a for a in argv):
        argv = [a.replace("\x00", "") for a in argv]  # the OS refuses NULs in argv anyway
    lib = cli_box / "lib"
    os.environ["TEMOIN_HOME"] = str(lib)
    before = _tree(cli_box)
    code, err = _run_in_process(argv, cli_box)
    assert code in {0, 1, 2, 3, 4, 5}, (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    assert "internal error" not in err, (argv, err)
    new = _tree(cli_box) - before
    stray = {p for p in new if not p.startswith(("lib", "out"))}
    assert not stray, (argv, stray)


CLI_CASES = [
    ["verify", "/etc/passwd"],
    ["verify", "in.zip", "--json"],
    ["export", "nosuchid", "--out", "../../escape.zip"],
    ["tag", "2026", "../../x=1", "--remove", ""],
    ["record", "--input", "/dev/zero"],
    ["record", "--input", ""],  # once recorded from the default device, forever
    ["record", "--input", "in.zip", "--event", "granted@1e309"],
    ["assess", "--profile", "../../etc/passwd", "--purpose", "support"],
    ["list", "--since", "2026-13-45", "--json"],
    ["profiles", "show", "/nonexistent.toml"],
    ["show", "%"],
]


@pytest.mark.parametrize("argv", CLI_CASES, ids=lambda a: " ".join(a)[:40])
def test_hostile_command_lines_through_the_real_process(argv: list[str], cli_box: Path) -> None:
    # Run from the box (relative paths land there): the checkout is found by PYTHONPATH.
    env = {**os.environ, "TEMOIN_HOME": str(cli_box / "lib"), "PYTHONPATH": str(ROOT)}
    before = _tree(cli_box)
    out = temoin(*argv, env=env, cwd=cli_box, timeout=60)
    assert out.returncode in {0, 1, 2, 3, 4, 5}, (argv, out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    stray = {p for p in _tree(cli_box) - before if not p.startswith(("lib", "out"))}
    assert not stray
