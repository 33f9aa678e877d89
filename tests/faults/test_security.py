"""Security properties as tests: owner-only files, a key that never leaks, no network,
hostile user text kept as text, file names that cannot escape their folder.

Already covered elsewhere and not repeated: the key file's mode and its absence from
a bundle (tests/integration/test_bundle.py::test_signing_key_is_private_and_never_in_the_bundle),
escaping in the note renderer (tests/unit/test_legality_note.py::
test_hostile_counterpart_and_marker_text_are_escaped) and markup-like names in the PDF
(tests/integration/test_legality_note_pdf.py::
test_pdf_keeps_non_latin_and_markup_like_names_as_plain_text). The suite-wide network
guard is in tests/conftest.py (_no_network).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from tests.helpers.cli_run import ROOT, temoin
from tests.helpers.tools import need, run_chromium

FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE = FIXTURES / "consent_fr_granted.wav"
SCRIPT = "document.body.setAttribute('data-pwned','1');document.title='PWNED'"
HOSTILE = {
    "counterpart": f"Swisscom <script>{SCRIPT}</script> & Co",
    "tag": f'x"><img src=x onerror="{SCRIPT}">',
    "marker": f"</script><script>{SCRIPT}</script>",
    "word": f'<svg onload="{SCRIPT}">',
}


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """record (hostile names) + tag + export + verify through the CLI, all outputs kept."""
    base = tmp_path_factory.mktemp("security")
    env = {
        **os.environ,
        "TEMOIN_HOME": str(base / "lib"),
        "TEMOIN_CONFIG": str(base / "config"),
        "TEMOIN_LOG_DIR": str(base / "logs"),
    }
    outputs = []
    out = temoin(
        "record", "--json", "--input", str(FIXTURE), "--profile", "ch", "--purpose", "support",
        "--counterpart", HOSTILE["counterpart"], "--language", "en",
        "--event", "announced@0.3", "--event", "granted@7.4",
        "--event", f"marker@8={HOSTILE['marker']}", "--tag", f"case={HOSTILE['tag']}",
        env=env,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    outputs.append(out)
    rec_id = json.loads(out.stdout)["id"]
    out = temoin("tag", rec_id, HOSTILE["word"], "../../etc=../../passwd", env=env)
    assert out.returncode == 0, out.stderr
    outputs.append(out)
    (base / "out").mkdir()
    bundle = base / "out" / "evidence.zip"
    out = temoin("export", rec_id, "--out", str(bundle), "--language", "en", env=env)
    assert out.returncode == 0, out.stderr
    outputs.append(out)
    out = temoin("verify", str(bundle), env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    outputs.append(out)
    for args in (
        ["export", "nope", "--out", str(base / "out" / "x.zip")],
        ["verify", str(FIXTURE)],
    ):
        outputs.append(temoin(*args, env=env))  # errors, whose text must not leak the key either
    unpacked = base / "unpacked"
    subprocess.run(["unzip", "-q", str(bundle), "-d", str(unpacked)], check=True)
    return {
        "base": base,
        "env": env,
        "rec_id": rec_id,
        "bundle": bundle,
        "bag": unpacked / "evidence",
        "outputs": outputs,
    }


def test_everything_in_the_library_and_config_is_owner_only(session: dict[str, Any]) -> None:
    base = session["base"]
    checked = 0
    for root in (base / "lib", base / "config"):
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            want = 0o700 if path.is_dir() else 0o600
            assert mode == want, f"{path}: {oct(mode)}"
            checked += 1
    assert stat.S_IMODE(session["bundle"].stat().st_mode) == 0o600
    assert checked > 10


def _key_forms(config: Path) -> list[bytes]:
    pem = (config / "signing-key.pem").read_bytes()
    key = serialization.load_pem_private_key(pem, password=None)
    raw = key.private_bytes(  # type: ignore[union-attr]
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    body = b"".join(pem.splitlines()[1:-1])
    return [raw, raw.hex().encode(), base64.b64encode(raw), body, b"PRIVATE KEY"]


def test_the_signing_key_never_leaves_its_file(session: dict[str, Any]) -> None:
    base = session["base"]
    forms = _key_forms(base / "config")
    blobs: dict[str, bytes] = {}
    for root in (base / "lib", base / "logs", base / "out", base / "unpacked", base / "config"):
        for path in root.rglob("*") if root.exists() else []:
            if path.is_file() and path.name != "signing-key.pem":
                blobs[str(path)] = path.read_bytes()
    for i, out in enumerate(session["outputs"]):
        blobs[f"stdout {i}"] = out.stdout.encode()
        blobs[f"stderr {i}"] = out.stderr.encode()
    assert any("journal.jsonl" in name for name in blobs)
    for name, blob in blobs.items():
        for form in forms:
            assert form not in blob, f"a form of the private key is in {name}"


@pytest.mark.parametrize("page", ["index.html", "legality-note.html"])
def test_hostile_user_text_runs_no_script_in_chromium(session: dict[str, Any], page: str) -> None:
    html = (session["bag"] / "data" / page).read_text()
    for text in ("<script>document.body", "<img src=x onerror", "<svg onload"):
        assert text not in html, text
    out = run_chromium(
        session["base"] / f"chromium-{page}",
        "--dump-dom",
        (session["bag"] / "data" / page).as_uri(),
        check=False,
    )
    dom = out.stdout
    assert "<body" in dom, out.stderr[-2000:]
    assert 'data-pwned="1"' not in dom
    assert "<title>PWNED</title>" not in dom
    if page == "index.html":  # the text is shown, as text
        assert "Swisscom &lt;script&gt;" in dom


def test_hostile_user_text_is_literal_in_the_pdf(session: dict[str, Any]) -> None:
    pdftotext = need("pdftotext", "poppler-utils")
    pdf = session["bag"] / "data" / "legality-note.pdf"
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Swisscom <script>document.body.setAttribute" in flat


def test_names_from_user_text_stay_inside_their_folders(session: dict[str, Any]) -> None:
    base = session["base"]
    lib = base / "lib"
    # Tags with '/' and '..' live in the database and the custody log, never in a path.
    assert sorted(p.name for p in (lib / "recordings").iterdir()) == [session["rec_id"]]
    assert not (base / "etc").exists()
    assert not (lib / "etc").exists()
    with zipfile.ZipFile(session["bundle"]) as zf:
        names = zf.namelist()
    assert all(n.startswith("evidence/") and ".." not in n.split("/") for n in names)


@pytest.mark.parametrize(
    "name",
    ["..zip", "....zip", "a b;<x>.zip", "-rf.zip", "évidence\u202e.zip", "x" * 240 + ".zip",
     ".hidden.zip", "no_extension"],
)  # fmt: skip
def test_export_to_tricky_names_writes_only_that_file(
    session: dict[str, Any], tmp_path: Path, name: str
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / name
    out = temoin("export", session["rec_id"], "--out", str(target), "--listening", "none",
                 env=session["env"])  # fmt: skip
    assert "Traceback" not in out.stderr
    if out.returncode == 0:
        assert [p.name for p in out_dir.iterdir()] == [name]
        with zipfile.ZipFile(target) as zf:
            tops = {n.split("/", 1)[0] for n in zf.namelist()}
        assert len(tops) == 1
        top = tops.pop()
        assert top not in ("", ".", "..")
        assert "/" not in top
    else:  # a name the file system refuses: a clear error, nothing left behind
        assert out.returncode in (2, 5), out.stderr
        assert list(out_dir.iterdir()) == []


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


def test_record_export_verify_and_demo_work_without_any_network(tmp_path: Path) -> None:
    if not _unshare_works():
        pytest.skip("unshare -n is not permitted here")
    probe = subprocess.run(
        ["unshare", "-n", sys.executable, "-c",
         "import socket; s = socket.socket(); s.settimeout(1); s.connect(('192.0.2.1', 80))"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert probe.returncode != 0  # there really is no network in there
    env = {
        **os.environ,
        "TEMOIN_HOME": str(tmp_path / "lib"),
        "TEMOIN_CONFIG": str(tmp_path / "config"),
        "TEMOIN_LOG_DIR": str(tmp_path / "logs"),
    }
    isolated = ("unshare", "-n")
    out = temoin(
        "record", "--json", "--input", str(FIXTURES / "telephony_8k.wav"), "--profile", "ch",
        "--event", "announced@0.3", "--event", "granted@4.7",
        env=env, prefix=isolated,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    rec_id = json.loads(out.stdout)["id"]
    bundle = tmp_path / "b.zip"
    out = temoin("export", rec_id, "--out", str(bundle), env=env, prefix=isolated)
    assert out.returncode == 0, out.stderr
    out = temoin("verify", str(bundle), env=env, prefix=isolated)
    assert out.returncode == 0, out.stdout + out.stderr
    out = temoin("demo", "--out", str(tmp_path / "demo"), env=env, prefix=isolated)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_network_guard_catches_a_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests import conftest

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(conftest.NetworkUsed):
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed
    finally:
        sock.close()
    assert conftest._NETWORK_CALLS  # recorded: the test would fail at teardown...
    conftest._NETWORK_CALLS.clear()  # ...so this one clears what it provoked on purpose
