"""A recording folder (or the whole library) made read-only while a call is recorded.

Root writes through any permission, so the call runs without the capabilities that
allow it (``setpriv``: no CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH), as a user would.
The file the call writes is already open and would go on taking the audio, but
``recording.json`` (and the library's index) could never be made there: the recorder
notices at its next checkpoint and stops the call, with every captured frame kept
somewhere named, exit 5 and no traceback.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shlex
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest
import soundfile as sf

from tests.helpers.cli_run import (
    LIVE_LIKE_CALL,
    ROOT,
    start_temoin,
    temoin,
    wait_for_first_checkpoint,
)

GRANTED = ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"


def _env(base: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TEMOIN_TEST_FAULT"}
    env["TEMOIN_HOME"] = str(base / "lib")
    return env


@functools.cache
def _as_a_user() -> tuple[str, ...]:
    """The command prefix that takes root's power to ignore permissions away, checked once:
    under it a write into a writable folder works and one into a 0500 folder fails."""
    prefix: tuple[str, ...] = ()  # an ordinary user already obeys permissions
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.fail("setpriv (util-linux) is needed to run this test as root")
        prefix = (setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--")
    with tempfile.TemporaryDirectory() as tmp:
        writable, locked = Path(tmp) / "writable", Path(tmp) / "locked"
        writable.mkdir()
        locked.mkdir()
        locked.chmod(0o500)
        try:
            wrote = [
                subprocess.run(
                    [*prefix, "sh", "-c", f"touch {shlex.quote(str(folder / 'x'))}"],
                    capture_output=True,
                    timeout=30,
                ).returncode
                == 0
                for folder in (writable, locked)
            ]
        finally:
            locked.chmod(0o700)
    what = " ".join(prefix) or "no prefix"
    if not wrote[0]:
        pytest.fail(f"The command prefix ({what}) cannot even write into a writable folder.")
    if wrote[1]:
        pytest.fail(
            f"This test needs a process that obeys file permissions, but with {what} it could "
            "still write into a read-only (0500) folder: this runtime gives the process "
            "capabilities (inheritable or ambient CAP_DAC_OVERRIDE?) that the prefix does not "
            "take away."
        )
    return prefix


@pytest.mark.slow
@pytest.mark.parametrize("what", ["folder", "library"])
def test_a_folder_made_read_only_mid_call_keeps_every_frame_and_exits_5(
    tmp_path: Path, what: str
) -> None:
    lib = tmp_path / "lib"
    proc = start_temoin(*LIVE_LIKE_CALL, env=_env(tmp_path), prefix=_as_a_user())
    try:
        folder = wait_for_first_checkpoint(lib)
        locked = [folder] if what == "folder" else [lib, *lib.rglob("*")]
        for path in locked:
            mode = path.stat().st_mode
            os.chmod(path, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        out, err = proc.communicate(timeout=90)
    finally:
        proc.kill()
    assert proc.returncode == 5, (out, err)
    assert "Traceback" not in err
    rescued = tmp_path / f"temoin-rescued-{folder.name}"
    assert str(rescued) in err, err
    said = " ".join(err.split())  # the message, whatever its line breaks
    assert "read-only or unwritable during the call, so the call was stopped at" in said
    assert f"Both are the same call (ID {folder.name})" in said
    assert "once it is back in the library, delete the copy" in said

    # Stopped at once, every frame kept: the rescued copy is bit for bit the source's start,
    # and the file left in the read-only folder is the same file (nothing deleted there).
    source, _ = sf.read(GRANTED, dtype="int16")
    captured, rate = sf.read(rescued / "original.wav", dtype="int16")
    assert rate == 48000
    assert 0 < len(captured) < len(source)  # stopped before the fixture's end
    assert (captured == source[: len(captured)]).all()
    assert (folder / "original.wav").read_bytes() == (rescued / "original.wav").read_bytes()
    sidecar = json.loads((rescued / "recording.json").read_text())
    assert sidecar["outcome"] == "write_error"
    data = (rescued / "original.wav").read_bytes()[sidecar["audio"]["header_bytes"] :]
    assert hashlib.sha256(data).hexdigest() == sidecar["audio"]["pcm_sha256"]
    [failed] = [e for e in sidecar["events"] if e["kind"] == "write_error"]
    assert failed["text"] == "the recording folder became read-only or unwritable"
    assert failed["frame"] == len(captured)  # nothing written after it
    assert [e for e in sidecar["events"] if e["kind"] == "rescued"]

    # Put in a writable library, the rescued call is one like any other.
    home = tmp_path / "lib2"
    (home / "recordings").mkdir(parents=True)
    os.rename(rescued, home / "recordings" / folder.name)
    env = _env(tmp_path) | {"TEMOIN_HOME": str(home)}
    assert temoin("recover", env=env).returncode == 0
    listed = temoin("list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert folder.name in listed.stdout

    # As the message says: once the folder is writable again, recover finishes the original.
    for path in locked:
        os.chmod(path, path.stat().st_mode | stat.S_IWUSR)
    assert temoin("recover", env=_env(tmp_path)).returncode == 0
    listed = temoin("list", "--json", env=_env(tmp_path))
    assert folder.name in listed.stdout, listed.stderr
