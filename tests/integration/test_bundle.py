"""Evidence bundles end to end: export, check with outside tools, tamper, hostile zips."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from recorder import bundle, verify
from recorder.errors import BadInputError, CheckFailed
from recorder.library import Library
from recorder.verify import VerifyFailure, VerifyStep
from tests.helpers.cli_run import temoin
from tests.helpers.forge import read_bag, reseal
from tests.helpers.make_recording import consent_events, fixture_info, make_recording
from tests.helpers.tools import console_lines, run_chromium

FIXTURE = "consent_fr_granted.wav"
LAYOUT = [
    "bag-info.txt",
    "bagit.txt",
    "data/audio/consent.mp3",
    "data/audio/listening.mp3",
    "data/audio/original.wav",
    "data/custody.log",
    "data/index.html",
    "data/legality-note.html",
    "data/legality-note.pdf",
    "data/metadata.json",
    "manifest-sha256.txt",
    "signature.json",
    "tagmanifest-sha256.txt",
]


def _export(lib: Library, rec_id: str, out: Path, **kw: Any) -> Path:
    """In-process export, with the real assessment and note."""
    return bundle.export(lib, rec_id, out, **kw)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, fixtures_dir: Path) -> dict[str, Any]:
    """One bundle exported through the CLI, shared by the read-only checks below."""
    base = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ)
    env.update(
        TEMOIN_HOME=str(base / "lib"),
        TEMOIN_CONFIG=str(base / "config"),
        TEMOIN_LOG_DIR=str(base / "logs"),
    )
    info = fixture_info(fixtures_dir, FIXTURE)
    rec = make_recording(
        base / "lib",
        fixtures_dir / FIXTURE,
        consent_events(info),
        meta={"counterpart": "Swisscom <script>alert(1)</script>"},
    )
    with Library.open(base / "lib") as lib:
        rec_id = lib.import_recording(rec)
    out = temoin("tag", rec_id, "ticket=4578", "urgent", env=env)
    assert out.returncode == 0, out.stderr
    zip_path = base / "out" / "evidence.zip"
    zip_path.parent.mkdir()
    out = temoin("export", rec_id, "--out", str(zip_path), "--language", "fr", "--json", env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["bundle"] == str(zip_path)
    unpacked = base / "unpacked"
    subprocess.run(["unzip", "-q", str(zip_path), "-d", str(unpacked)], check=True)
    return {
        "zip": zip_path,
        "rec": rec,
        "rec_id": rec_id,
        "env": env,
        "base": base,
        "bag": unpacked / "evidence",
    }


def test_cli_export_then_verify_holds_and_is_logged(exported: dict[str, Any]) -> None:
    out = temoin("verify", str(exported["zip"]), "--json", env=exported["env"])
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] is True
    assert report["failures"] == []
    assert any("signature" in c for c in report["checks"])
    assert any("computed while recording" in c for c in report["checks"])
    out = temoin("show", exported["rec_id"], "--json", env=exported["env"])
    actions = [c["action"] for c in json.loads(out.stdout)["custody"]]
    assert actions[:3] == ["recorded", "tagged", "exported"]
    assert actions[-1] == "verified"
    text = temoin("verify", str(exported["zip"]), env=exported["env"]).stdout
    assert "Bundle verified" in text


def test_bundle_holds_exactly_the_contract_layout_in_one_folder(exported: dict[str, Any]) -> None:
    with zipfile.ZipFile(exported["zip"]) as zf:
        names = sorted(n.removeprefix("evidence/") for n in zf.namelist())
        assert all(n.startswith("evidence/") for n in zf.namelist())
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
    assert names == LAYOUT
    assert stat.S_IMODE(exported["zip"].stat().st_mode) == 0o600
    assert not [p for p in exported["zip"].parent.iterdir() if p.name.startswith(".")]


def test_outside_tools_accept_the_unzipped_bag(exported: dict[str, Any]) -> None:
    bag = exported["bag"]
    loc = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(bag)], capture_output=True, text=True
    )
    assert loc.returncode == 0, loc.stderr
    assert "is valid" in loc.stderr
    sums = subprocess.run(
        ["sha256sum", "-c", "manifest-sha256.txt"], cwd=bag, capture_output=True, text=True
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert sums.stdout.count(": OK") == 8
    tags = subprocess.run(
        ["sha256sum", "-c", "tagmanifest-sha256.txt"], cwd=bag, capture_output=True, text=True
    )
    assert tags.returncode == 0


def test_a_bag_rezipped_at_the_root_with_deflate_still_verifies(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    rezip = tmp_path / "rezipped.zip"
    subprocess.run(["zip", "-q", "-r", str(rezip), "."], cwd=exported["bag"], check=True)
    report = verify.verify(rezip)
    assert report.ok, report.failures
    assert report.info["bag_folder"] is None


def test_original_is_bit_exact_and_both_hashes_are_stated(exported: dict[str, Any]) -> None:
    bag = exported["bag"]
    assert (bag / "data/audio/original.wav").read_bytes() == (
        exported["rec"] / "original.wav"
    ).read_bytes()
    sidecar = json.loads((exported["rec"] / "recording.json").read_text())
    meta = json.loads((bag / "data/metadata.json").read_text())
    assert meta["integrity"]["pcm_sha256"]["value"] == sidecar["audio"]["pcm_sha256"]
    assert meta["integrity"]["file_sha256"]["value"] == sidecar["audio"]["file_sha256"]
    assert "while recording" in meta["integrity"]["pcm_sha256"]["computed"]
    assert meta["tags"] == {"ticket": "4578"}
    assert meta["free_tags"] == ["urgent"]
    assert [e["kind"] for e in meta["consent_log"]] == ["announced", "granted"]
    assert meta["markers"][0]["text"].startswith("ticket 4578")
    assert meta["profiles"]
    assert meta["profiles"][0]["content_hash"]
    assert verify.schema_problems(meta) == []
    schema = Path(__file__).parents[2] / "resources/schemas/metadata.schema.json"
    assert json.loads(schema.read_text())["$schema"].endswith("2020-12/schema")


def test_ffprobe_reads_both_mp3s(exported: dict[str, Any], fixtures_dir: Path) -> None:
    info = fixture_info(fixtures_dir, FIXTURE)
    durations = {}
    for name in ("listening.mp3", "consent.mp3"):
        out = subprocess.run(
            [
                "ffprobe",
                "-v",
                "error",
                "-show_entries",
                "stream=codec_name:format=duration",
                "-of",
                "json",
                str(exported["bag"] / "data/audio" / name),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        probe = json.loads(out.stdout)
        assert probe["streams"][0]["codec_name"] == "mp3"
        durations[name] = float(probe["format"]["duration"])
    assert abs(durations["listening.mp3"] - info["duration"]) < 0.2
    # announcement to answer + 3 s, cut at the end of the call
    expected = min(info["answer_end"] + 3.0, info["duration"]) - info["announce_at"]
    assert abs(durations["consent.mp3"] - expected) < 0.2


def test_pdf_note_holds_the_key_lines(exported: dict[str, Any]) -> None:
    meta = json.loads((exported["bag"] / "data/metadata.json").read_text())
    text = subprocess.run(
        ["pdftotext", "-layout", str(exported["bag"] / "data/legality-note.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assessment = meta["assessment"]
    for line in (assessment["verdict_text"], assessment["disclaimer"], exported["rec_id"]):
        assert " ".join(line.split())[:60] in flat, line


def test_index_html_renders_in_chromium_without_console_errors(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    index = exported["bag"] / "data/index.html"
    html = index.read_text()
    assert "<script>alert(1)</script>" not in html  # autoescaped counterpart name
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert 'src="audio/listening.mp3"' in html
    assert 'src="audio/consent.mp3"' in html
    shot = tmp_path / "index.png"
    out = run_chromium(
        tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", index.as_uri(), check=False
    )
    console = console_lines(out.stderr)
    assert console == [], console
    assert "Refused" not in out.stderr
    assert shot.stat().st_size > 20_000
    keep = Path(os.environ.get("TEMOIN_SCREENSHOT_DIR", tmp_path))
    shutil.copy(shot, keep / "bundle-index.png")

    # What the page is for, as the browser built it: the player, the consent clip and one
    # timeline row per consent event and marker, in order, each a seek button.
    dom = run_chromium(tmp_path / "dom", "--dump-dom", index.as_uri()).stdout
    meta = json.loads((exported["bag"] / "data/metadata.json").read_text())
    shown = [e for e in meta["events"] if e["kind"] in (*bundle.CONSENT_KINDS, "marker")]
    assert shown
    assert '<audio id="player"' in dom
    assert dom.count('<tr class="k-') == len(shown)
    assert dom.count('class="seek"') >= len(shown)
    kinds = [m.split('"', 1)[0] for m in dom.split('<tr class="k-')[1:]]
    assert kinds == [e["kind"] for e in shown]
    assert (exported["bag"] / "data/audio/listening.mp3").stat().st_size > 1000


# --- tampering ------------------------------------------------------------------------------


def _rewrite(src: Path, dst: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """Copy a bundle entry by entry, letting ``change`` edit the {name: bytes} map."""
    with zipfile.ZipFile(src) as zf:
        files = {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}
    change(files)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return dst


def _expected_reason(name: str) -> str:
    if name.startswith("data/"):
        return f"{name}: SHA-256 does not match manifest-sha256.txt"
    if name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt"):
        return f"{name}: SHA-256 does not match tagmanifest-sha256.txt"
    if name == "tagmanifest-sha256.txt":
        return "signature.json: signature does not match"
    return "signature.json"


def _expected_step(name: str) -> VerifyStep:
    """A changed payload or tag file breaks its hash; a changed tag manifest, the signature."""
    if name in ("tagmanifest-sha256.txt", "signature.json"):
        return VerifyStep.SIGNATURE
    return VerifyStep.CONTENTS


@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize("name", LAYOUT)
def test_changing_one_byte_anywhere_fails_with_the_right_reason(
    exported: dict[str, Any], tmp_path: Path, name: str, where: str
) -> None:
    def flip(files: dict[str, bytes]) -> None:
        data = bytearray(files["evidence/" + name])
        pos = {"first": 0, "middle": len(data) // 2, "last": len(data) - 1}[where]
        data[pos] ^= 0x01
        files["evidence/" + name] = bytes(data)

    report = verify.verify(_rewrite(exported["zip"], tmp_path / "t.zip", flip))
    assert not report.ok
    reason = _expected_reason(name)
    assert any(f.startswith(reason) for f in report.failures), report.failures
    step = _expected_step(name)
    assert any(f.step is step and f.message.startswith(reason) for f in report.typed_failures), (
        report.typed_failures
    )


def test_changing_the_pcm_breaks_the_capture_hash_too(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    def flip(files: dict[str, bytes]) -> None:
        data = bytearray(files["evidence/data/audio/original.wav"])
        data[1000] ^= 0x40
        files["evidence/data/audio/original.wav"] = bytes(data)

    report = verify.verify(_rewrite(exported["zip"], tmp_path / "t.zip", flip))
    assert any("hash computed while recording" in f for f in report.failures)


def test_tampered_payload_fails_in_the_contents_and_audio_steps_only(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    def flip(files: dict[str, bytes]) -> None:
        data = bytearray(files["evidence/data/audio/original.wav"])
        data[1000] ^= 0x40
        files["evidence/data/audio/original.wav"] = bytes(data)

    report = verify.verify(_rewrite(exported["zip"], tmp_path / "t.zip", flip))
    assert report.steps_failed() == {VerifyStep.CONTENTS, VerifyStep.AUDIO}
    assert (
        VerifyFailure(
            VerifyStep.CONTENTS,
            "data/audio/original.wav",
            "data/audio/original.wav: SHA-256 does not match manifest-sha256.txt",
        )
        in report.typed_failures
    )
    assert {f.file for f in report.typed_failures} == {"data/audio/original.wav"}


def test_tampered_manifest_fails_in_the_step_that_catches_it(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    """A wrong digest is caught by the hashes; a line that is not a manifest line, by the
    structure check; either way the tag manifest no longer covers the manifest."""
    name = "evidence/manifest-sha256.txt"

    def wrong_digest(files: dict[str, bytes]) -> None:
        lines = files[name].decode().splitlines(keepends=True)
        digest, path = lines[0].split("  ", 1)
        lines[0] = f"{'0' * len(digest)}  {path}"
        files[name] = "".join(lines).encode()

    report = verify.verify(_rewrite(exported["zip"], tmp_path / "a.zip", wrong_digest))
    assert report.steps_failed() == {VerifyStep.CONTENTS}
    first = _files_listed(exported["zip"])[0]
    assert [(f.file, f.message) for f in report.typed_failures] == [
        (first, f"{first}: SHA-256 does not match manifest-sha256.txt"),
        (
            "manifest-sha256.txt",
            "manifest-sha256.txt: SHA-256 does not match tagmanifest-sha256.txt",
        ),
    ]

    def garbage_line(files: dict[str, bytes]) -> None:
        files[name] += b"not a manifest line\n"

    report = verify.verify(_rewrite(exported["zip"], tmp_path / "b.zip", garbage_line))
    assert report.steps_failed() == {VerifyStep.STRUCTURE, VerifyStep.CONTENTS}
    structure = [f for f in report.typed_failures if f.step is VerifyStep.STRUCTURE]
    assert structure == [
        VerifyFailure(
            VerifyStep.STRUCTURE,
            "manifest-sha256.txt",
            f"manifest-sha256.txt: line {len(_files_listed(exported['zip'])) + 1} "
            "is not '<sha256>  <path>'",
        )
    ]


def _files_listed(zip_path: Path) -> list[str]:
    """The payload paths manifest-sha256.txt lists, in its order."""
    with zipfile.ZipFile(zip_path) as zf:
        text = zf.read("evidence/manifest-sha256.txt").decode()
    return [line.split("  ", 1)[1] for line in text.splitlines() if line]


@pytest.mark.parametrize("name", LAYOUT)
def test_removing_a_file_fails(exported: dict[str, Any], tmp_path: Path, name: str) -> None:
    def drop(files: dict[str, bytes]) -> None:
        del files["evidence/" + name]

    report = verify.verify(_rewrite(exported["zip"], tmp_path / "t.zip", drop))
    assert not report.ok
    assert any(f.startswith(name) or name in f for f in report.failures), report.failures


@pytest.mark.parametrize("name", ["data/extra.txt", "data/audio/extra.mp3", "notes.txt"])
def test_adding_a_file_fails(exported: dict[str, Any], tmp_path: Path, name: str) -> None:
    def add(files: dict[str, bytes]) -> None:
        files["evidence/" + name] = b"added later\n"

    report = verify.verify(_rewrite(exported["zip"], tmp_path / "t.zip", add))
    assert not report.ok
    assert any(f.startswith(f"{name}: file not listed") for f in report.failures)
    assert VerifyStep.COMPLETENESS in report.steps_failed()


def test_swapped_signature_fails_and_cli_exits_1(
    exported: dict[str, Any], tmp_path: Path, fixtures_dir: Path
) -> None:
    other_lib = tmp_path / "other"
    rec = make_recording(other_lib, fixtures_dir / "telephony_8k.wav")
    with Library.open(other_lib) as lib:
        other = _export(lib, lib.import_recording(rec), tmp_path / "other.zip")
    with zipfile.ZipFile(other) as zf:
        foreign = zf.read("other/signature.json")

    def swap(files: dict[str, bytes]) -> None:
        files["evidence/signature.json"] = foreign

    tampered = _rewrite(exported["zip"], tmp_path / "t.zip", swap)
    report = verify.verify(tampered)
    assert report.failures == ["signature.json: signature does not match tagmanifest-sha256.txt"]
    assert report.typed_failures == [
        VerifyFailure(
            VerifyStep.SIGNATURE,
            "signature.json",
            "signature.json: signature does not match tagmanifest-sha256.txt",
        )
    ]
    out = temoin("verify", str(tampered), env=exported["env"])
    assert out.returncode == 1
    assert "FAIL  signature.json: signature does not match" in out.stdout


def test_expect_key_catches_a_bag_tampered_then_re_signed_with_another_key(
    exported: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    genuine = verify.verify(exported["zip"])
    fingerprint = genuine.info["signer_fingerprint"]
    # The attacker edits metadata, fixes both manifests and signs with their own key.
    monkeypatch.setenv("TEMOIN_CONFIG", str(tmp_path / "attacker"))

    files, prefix = read_bag(exported["zip"])
    meta = json.loads(files[prefix + "data/metadata.json"])
    meta["recording"]["counterpart"] = "Someone else"
    files[prefix + "data/metadata.json"] = json.dumps(meta).encode()
    forged = tmp_path / "forged.zip"
    forged.write_bytes(reseal(files, prefix))  # both manifests fixed, signed with their key
    plain = verify.verify(forged)
    assert plain.ok, plain.failures  # every check holds: valid signature, by someone else
    assert plain.info["signer_fingerprint"] != fingerprint
    checked = verify.verify(forged, expect_key=fingerprint)
    assert any("not by the expected key" in f for f in checked.failures)
    assert [f.step for f in checked.typed_failures] == [VerifyStep.SIGNATURE]
    assert verify.verify(exported["zip"], expect_key=fingerprint[:16]).ok
    out = temoin("verify", str(forged), "--expect-key", fingerprint, env=exported["env"])
    assert out.returncode == 1
    assert "not by the expected key" in out.stdout
    out = temoin("verify", str(forged), "--expect-key", "xyz", env=exported["env"])
    assert out.returncode == 2


# --- hostile zips ---------------------------------------------------------------------------


def _zip_with(
    path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]], method: int = zipfile.ZIP_STORED
) -> Path:
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w", method) as zf:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        for info, data in entries:
            zf.writestr(info, data)
    return path


def _symlink_entry() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("bag/data/link")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _bomb(path: Path) -> Path:
    """A small deflated zip whose central directory declares a 4 GB member."""
    _zip_with(
        path,
        [("bag/bagit.txt", b"BagIt-Version: 1.0\n"), ("bag/data/big.wav", b"\0" * 1000)],
        zipfile.ZIP_DEFLATED,
    )
    data = bytearray(path.read_bytes())
    cd = data.rfind(b"PK\x01\x02")  # the last central directory entry: big.wav
    data[cd + 24 : cd + 28] = (0xFFFFFFFE).to_bytes(4, "little")  # uncompressed size
    path.write_bytes(bytes(data))
    return path


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "path traversal": (lambda p: _zip_with(p, [("bag/../../evil.txt", b"x")]), "unsafe path"),
    "absolute path": (lambda p: _zip_with(p, [("/etc/evil.txt", b"x")]), "unsafe path"),
    "symlink": (
        lambda p: _zip_with(p, [("bag/bagit.txt", b""), (_symlink_entry(), b"/etc")]),
        "symbolic link",
    ),
    "zip bomb by declared size": (_bomb, "zip bomb"),
    "duplicate names": (
        lambda p: _zip_with(p, [("bag/bagit.txt", b"a"), ("bag/bagit.txt", b"b")]),
        "appears twice",
    ),
    "not a zip": (
        lambda p: (p.write_bytes(b"MZ not a zip at all" * 10), p)[1],
        "not a readable zip",
    ),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_zips_are_refused_with_a_clear_message(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, message = HOSTILE[kind]
    path = make(tmp_path / "hostile.zip")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BadInputError, match=message):
        verify.verify(path)
    out = temoin("verify", str(path))
    assert out.returncode == 3, out.stderr
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path.parent / "evil.txt").exists()


# --- export behaviour -----------------------------------------------------------------------


@pytest.fixture
def one_recording(tmp_path: Path, fixtures_dir: Path) -> tuple[Path, str]:
    info = fixture_info(fixtures_dir, FIXTURE)
    rec = make_recording(tmp_path / "lib", fixtures_dir / FIXTURE, consent_events(info))
    with Library.open(tmp_path / "lib") as lib:
        return tmp_path / "lib", lib.import_recording(rec)


@pytest.mark.parametrize("listening", ["opus", "none"])
def test_listening_copy_formats(
    one_recording: tuple[Path, str], tmp_path: Path, listening: str
) -> None:
    lib_dir, rec_id = one_recording
    with Library.open(lib_dir) as lib:
        out = _export(lib, rec_id, tmp_path / "b.zip", listening=listening, language="en")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        index = zf.read("b/data/index.html").decode()
    assert ("b/data/audio/listening.opus" in names) == (listening == "opus")
    assert not any("listening.mp3" in n for n in names)
    if listening == "none":
        assert 'src="audio/original.wav"' in index
    assert verify.verify(out).ok


def test_progress_reaches_one_and_an_interrupted_export_leaves_nothing(
    one_recording: tuple[Path, str], tmp_path: Path
) -> None:
    lib_dir, rec_id = one_recording
    seen: list[tuple[float, str]] = []
    with Library.open(lib_dir) as lib:
        _export(lib, rec_id, tmp_path / "ok.zip", progress=lambda f, s: seen.append((f, s)))
    fractions = [f for f, _ in seen]
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)

    def boom(fraction: float, stage: str) -> None:
        if fraction > 0.5:
            raise KeyboardInterrupt

    out = tmp_path / "out"
    out.mkdir()
    with Library.open(lib_dir) as lib, pytest.raises(KeyboardInterrupt):
        _export(lib, rec_id, out / "b.zip", progress=boom)
    assert list(out.iterdir()) == []


def test_export_refuses_audio_changed_after_recording(
    one_recording: tuple[Path, str], tmp_path: Path
) -> None:
    lib_dir, rec_id = one_recording
    wav = lib_dir / "recordings" / rec_id / "original.wav"
    data = bytearray(wav.read_bytes())
    data[5000] ^= 0xFF
    wav.write_bytes(bytes(data))
    out = tmp_path / "out"
    out.mkdir()
    with Library.open(lib_dir) as lib, pytest.raises(CheckFailed, match="no longer matches"):
        _export(lib, rec_id, out / "b.zip")
    assert list(out.iterdir()) == []


def test_signing_key_is_private_and_never_in_the_bundle(
    one_recording: tuple[Path, str], tmp_path: Path
) -> None:
    lib_dir, rec_id = one_recording
    with Library.open(lib_dir) as lib:
        out = _export(lib, rec_id, tmp_path / "b.zip")
    from recorder.integrity import key_path

    key = key_path()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    pem_body = b"".join(key.read_bytes().splitlines()[1:-1])
    blob = out.read_bytes()
    assert pem_body not in blob
    assert b"PRIVATE KEY" not in blob
    sig = json.loads(zipfile.ZipFile(out).read("b/signature.json"))
    assert set(sig) == {"algorithm", "signed_file", "signature", "public_key", "fingerprint_sha256"}


def test_a_call_without_a_language_is_exported_in_the_users_language(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    """No call language and no --language: $LANG's when Témoin speaks it, else English."""
    info = fixture_info(fixtures_dir, FIXTURE)
    rec = make_recording(
        tmp_path / "lib", fixtures_dir / FIXTURE, consent_events(info), meta={"language": None}
    )
    with Library.open(tmp_path / "lib") as lib:
        rec_id = lib.import_recording(rec)
    base = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    for lang, expected in (("de_CH.UTF-8", "de"), ("C.UTF-8", "en")):
        out_zip = tmp_path / f"{expected}.zip"
        env = {**base, "TEMOIN_HOME": str(tmp_path / "lib"), "LANG": lang}
        out = temoin("export", rec_id, "--out", str(out_zip), env=env)
        assert out.returncode == 0, out.stderr
        files, prefix = read_bag(out_zip)
        assert f'<html lang="{expected}">' in files[prefix + "data/legality-note.html"].decode()
