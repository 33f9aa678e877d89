"""The one-folder build (packaging/temoin.spec) works on its own, as a user installs it.

The build runs once per session into a temporary folder (about one minute on
two cores), then the frozen executables run with an almost empty PATH, so
nothing from the source tree, the venv or the system ffmpeg can stand in for
what the folder must carry.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recorder import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.package, pytest.mark.timeout(1200)]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build dist/temoin with `make package`'s command, into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (it is in the dev extra of requirements.lock)")
    out = tmp_path_factory.mktemp("package")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "packaging" / "temoin.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=1100,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return out / "dist" / "temoin"


def _env(**extra: str) -> dict[str, str]:
    """The test's environment (private TEMOIN_* folders) with nothing to borrow from PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAGEIO_", "PYTHON"))}
    env["PATH"] = "/nonexistent"
    env.update(extra)
    return env


def _run(
    exe: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or _env(),
        cwd=exe.parent,
    )


def test_frozen_version_is_the_code_version(frozen: Path) -> None:
    result = _run(frozen / "temoin", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"temoin {__version__}"


def test_frozen_demo_records_exports_and_verifies(frozen: Path, tmp_path: Path) -> None:
    result = _run(frozen / "temoin", "demo", "--out", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Verified: every check holds" in result.stdout
    bundles = list((tmp_path / "demo").glob("*.zip"))
    assert len(bundles) == 1
    # The listening copies were made by the bundled ffmpeg (PATH has none).
    listing = subprocess.run(
        [sys.executable, "-m", "zipfile", "-l", str(bundles[0])], capture_output=True, text=True
    ).stdout
    assert "listening.mp3" in listing


def test_frozen_folder_carries_its_data_and_leaves_portaudio_to_the_system(frozen: Path) -> None:
    internal = frozen / "_internal"
    assert (frozen / "temoin-gui").is_file()
    assert list((internal / "imageio_ffmpeg" / "binaries").glob("ffmpeg-*"))
    resources = internal / "resources"
    for sub in ("profiles", "templates", "fonts", "schemas", "demo", "icons"):
        assert (resources / sub).is_dir(), sub
    assert (resources / "icons" / "temoin-256.png").is_file()
    assert sorted(p.name for p in (resources / "i18n").glob("*.qm")) == [
        "temoin_de.qm",
        "temoin_fr.qm",
        "temoin_it.qm",
    ]
    assert not list((resources / "i18n").glob("*.ts")), "sources of translations are not shipped"
    names = {p.name for p in internal.rglob("*") if p.is_file()}
    assert not [n for n in names if n.startswith(("libportaudio", "libgtk-3"))]


def test_frozen_window_opens_offscreen(frozen: Path, tmp_path: Path) -> None:
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as err:
        proc = subprocess.Popen(
            [str(frozen / "temoin-gui")],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=_env(QT_QPA_PLATFORM="offscreen"),
        )
        try:
            code = proc.wait(timeout=6)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=10)
            return  # still running after 6 s: the window (or first-run dialog) is up
    pytest.fail(f"temoin-gui exited with {code}: {errors.read_text()[-2000:]}")


def test_frozen_app_explains_missing_portaudio(frozen: Path) -> None:
    """With libportaudio2 unreadable (a private mount namespace), the hint names the package."""
    found = ctypes.util.find_library("portaudio")
    unshare = shutil.which("unshare")
    if not found or not unshare:
        pytest.skip("needs the system libportaudio2 and unshare(1) to hide it")
    real = next(
        (
            Path(d, found).resolve()
            for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib")
            if Path(d, found).exists()
        ),
        None,
    )
    if real is None:
        pytest.skip(f"could not locate {found}")
    probe = subprocess.run(
        [unshare, "--mount", "--map-root-user", "true"], capture_output=True, text=True
    )
    if probe.returncode != 0:
        pytest.skip(f"user namespaces are not available here: {probe.stderr.strip()}")
    script = f'mount --bind /dev/null "{real}" && exec "{frozen / "temoin"}" devices'
    result = subprocess.run(
        [unshare, "--mount", "--map-root-user", "/bin/sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(PATH="/usr/sbin:/usr/bin:/sbin:/bin"),
    )
    assert result.returncode == 4, result.stdout + result.stderr
    assert "sudo apt-get install libportaudio2" in result.stderr
    assert "Traceback" not in result.stderr
