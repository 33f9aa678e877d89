"""Test-wide set-up: offscreen Qt, a private library per test, the virtual audio device."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.virtual_audio import VirtualAudio, VirtualAudioUnavailable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
REQUIRE_AUDIO = os.environ.get("TEMOIN_REQUIRE_AUDIO") == "1"


@pytest.fixture(autouse=True)
def _private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never read or write the user's real library, config or logs."""
    base = tmp_path_factory.mktemp("home")
    for var, name in (
        ("TEMOIN_HOME", "library"),
        ("TEMOIN_CONFIG", "config"),
        ("TEMOIN_LOG_DIR", "logs"),
    ):
        monkeypatch.setenv(var, str(base / name))


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def _unavailable(reason: str) -> None:
    if REQUIRE_AUDIO:
        pytest.fail(f"TEMOIN_REQUIRE_AUDIO=1 but the audio device is unavailable: {reason}")
    pytest.skip(f"virtual audio device unavailable: {reason}")


@pytest.fixture(scope="session")
def virtual_audio() -> Iterator[VirtualAudio]:
    """A running PipeWire null sink whose monitor is the default capture source."""
    audio = VirtualAudio()
    try:
        audio.start()
    except VirtualAudioUnavailable as exc:
        audio.stop()
        _unavailable(str(exc))
    audio.apply_to_process()
    try:
        import sounddevice as sd
    except OSError as exc:
        audio.stop()
        _unavailable(f"{exc}; install libportaudio2")
    # PortAudio enumerates devices at initialisation: re-initialise now that
    # the environment points at the private server.
    sd._terminate()
    sd._initialize()
    try:
        yield audio
    finally:
        audio.stop()
