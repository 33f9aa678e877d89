"""Test-wide set-up: offscreen Qt, a private library per test, the virtual audio device."""

from __future__ import annotations

import atexit
import ipaddress
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.virtual_audio import VirtualAudio, VirtualAudioUnavailable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Caches (compiled translations, fontconfig, Qt) go to a throw-away folder, never the
# user's ~/.cache; set before anything (platformdirs, Qt) reads it.
_CACHE = tempfile.mkdtemp(prefix="temoin-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

FIXTURES = Path(__file__).parent / "fixtures"
REQUIRE_AUDIO = os.environ.get("TEMOIN_REQUIRE_AUDIO") == "1"


class NetworkUsed(AssertionError):
    """Raised (and recorded) when code under test connects to a non-local address."""


_NETWORK_CALLS: list[str] = []


def _is_local(sock: socket.socket, address: Any) -> bool:
    if sock.family == getattr(socket, "AF_UNIX", None):
        return True  # PipeWire, D-Bus: local sockets stay allowed
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False  # a host name: resolving it would already be network use


@pytest.fixture(scope="session", autouse=True)
def _no_network() -> Iterator[None]:
    """Témoin never needs the network: any connection to a non-local address fails the test."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def check(sock: socket.socket, address: Any) -> None:
        if not _is_local(sock, address):
            _NETWORK_CALLS.append(repr(address))
            raise NetworkUsed(f"network connection attempted to {address!r}")

    def connect(self: socket.socket, address: Any) -> None:
        check(self, address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check(self, address)
        return real_connect_ex(self, address)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _no_network_in_this_test(_no_network: None) -> Iterator[None]:
    """Fail the test even when the code under test swallowed the guard's exception."""
    _NETWORK_CALLS.clear()
    yield
    calls = list(_NETWORK_CALLS)
    _NETWORK_CALLS.clear()
    assert not calls, f"network connections attempted: {calls}"


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


@pytest.fixture(autouse=True)
def _no_audio_stream_left_open(request: pytest.FixtureRequest) -> Iterator[None]:
    """A stream left open outlives its (test) audio server, and PortAudio's ALSA thread
    then spins on the dead device printing without end (14 GB of log in one run): abort
    what a test left behind, and name the test.

    Never while a stream's owner is still at it: two aborts of one stream leave PortAudio
    inside ``Pa_AbortStream`` for good. So the check holds PortAudio's lock (a meter opening
    its device on a worker holds it until that stream is open, or closed again), and lets
    the closing threads finish (their sources leave ``open_live_sources`` within 4 s, even
    when stuck) before it aborts anything.
    """
    yield
    capture = sys.modules.get("recorder.capture")
    if capture is None:
        return
    from recorder.devices import PORTAUDIO_LOCK

    nodeid = request.node.nodeid
    held = PORTAUDIO_LOCK.acquire(timeout=_LOCK_WAIT_S)
    try:
        if not held:
            print(
                f"\n{nodeid}: PortAudio's lock still held after {_LOCK_WAIT_S:g} s (an open "
                f"that never returned?); the threads:\n{_thread_stacks()}",
                file=sys.__stderr__,
            )
        stuck = _stuck_closes(capture, wait_s=5.0)  # their owners' closes first
        left = capture.open_live_sources()
        for source in left:
            source.abort()
        stuck |= _stuck_closes(capture, wait_s=5.0, skip=stuck)
    finally:
        if held:
            PORTAUDIO_LOCK.release()
    if left:
        print(f"\n{nodeid} left {len(left)} audio stream(s) open: aborted", file=sys.__stderr__)
    # A stream's close that never returns is PortAudio stuck inside it for good (upstream
    # #1037 and kin; it would also hang the process at exit). Named here, with where it is
    # and who started it, for the next one to find; the run then leaves at once with its
    # tests' own result.
    if stuck:
        print(
            f"\n{nodeid}: a stream's close never returned (PortAudio stuck):\n"
            f"{capture.closing_threads_report()}",
            file=sys.__stderr__,
        )
        _STUCK.update(stuck)


_LOCK_WAIT_S = 15.0
_STUCK: set[int] = set()  # idents of closing threads already found stuck (not waited again)


def _stuck_closes(capture: Any, wait_s: float, skip: set[int] | None = None) -> set[int]:
    known = _STUCK | (skip or set())
    stuck = set()
    for thread in threading.enumerate():
        name, ident = thread.name, thread.ident
        if name in capture.CLOSING_THREAD_NAMES and ident is not None and ident not in known:
            thread.join(wait_s)
            if thread.is_alive():
                stuck.add(ident)
    return stuck


def _thread_stacks() -> str:
    frames = sys._current_frames()
    return "\n".join(
        f"{thread!r}:\n" + "".join(traceback.format_stack(frames[thread.ident]))
        for thread in threading.enumerate()
        if thread is not threading.current_thread() and thread.ident in frames
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A ``DeviceListStale`` (a close that did not return) says which close it was: the
    closing threads' stacks, now and where each was started, go into the failure report."""
    report = yield
    error = call.excinfo.value if call.excinfo is not None else None
    detail = getattr(error, "detail", "")
    if detail and isinstance(detail, str):
        report.sections.append((f"Closing threads still alive ({call.when})", detail))
    return report


_EXIT_STATUS: list[int] = []


def pytest_runtest_logstart(nodeid: str, location: tuple[str, int | None, str]) -> None:
    """Name each test as it starts in ``$TEMOIN_TEST_TRAIL`` (set by ``.ci/run``): if the
    process dies (an abort in a C library, a kill), CI says which test it was in."""
    trail = os.environ.get("TEMOIN_TEST_TRAIL")
    if trail:
        with open(trail, "a", encoding="utf-8") as f:
            f.write(nodeid + "\n")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    """With a stream stuck inside PortAudio, its exit handler (and QtMultimedia's) would
    wait for good: CI would hang for its 90 minutes. Leave at once, with the tests' result
    (the stuck close was named where it happened)."""
    if _STUCK:
        print(
            f"\nPortAudio stuck in {len(_STUCK)} stream close(s): exiting hard", file=sys.__stderr__
        )
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1] if _EXIT_STATUS else 1)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def _unavailable(reason: str) -> None:
    if REQUIRE_AUDIO:
        pytest.fail(f"TEMOIN_REQUIRE_AUDIO=1 but the audio device is unavailable: {reason}")
    pytest.skip(f"virtual audio device unavailable: {reason}")


def _started() -> VirtualAudio:
    """A private PipeWire server with its null sink, or fail/skip saying what is missing.

    The daemons' start (and only that, never a test's assertion) is tried twice: on a
    loaded machine WirePlumber can miss the start-up window once.
    """
    problems = []
    for _ in range(2):
        audio = VirtualAudio()
        try:
            return audio.start()
        except VirtualAudioUnavailable as exc:
            audio.stop()
            problems.append(str(exc))
            if "missing " in str(exc):
                break  # not installed: a second try cannot help
    _unavailable("; then ".join(problems))
    raise AssertionError("unreachable")  # _unavailable fails or skips


@pytest.fixture(scope="session")
def virtual_audio() -> Iterator[VirtualAudio]:
    """A running PipeWire null sink whose monitor is the default capture source."""
    audio = _started()
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


@pytest.fixture
def own_audio() -> Iterator[VirtualAudio]:
    """A private audio server this test may kill or stop (the session one stays up)."""
    audio = _started()
    try:
        yield audio
    finally:
        for proc in audio.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGCONT)  # a test may have stopped it (SIGSTOP)
        audio.stop()


@pytest.fixture
def call_devices(virtual_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    """The session server with a headset microphone and a speaker as its defaults (put
    back to the test sink afterwards: the other tests record its monitor)."""
    virtual_audio.add_call_devices()
    try:
        yield virtual_audio
    finally:
        virtual_audio.set_defaults()
