"""A private PipeWire audio server with a null sink, for recording real audio in tests.

PortAudio (ALSA ``default`` through pipewire-alsa) captures from the null
sink's monitor while ``paplay`` plays a fixture into the sink. Everything
runs under a private ``XDG_RUNTIME_DIR`` and a private D-Bus, so the user's
own audio server is never touched, and every daemon is stopped by its PID.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

SINK = "temoin_test"
# A call's two sides (``add_call_devices``): what is played into MIC_SINK is heard by the
# microphone MIC_SOURCE (a remapped monitor, so it is an input, not a monitor); what is
# played into SPEAKER is what the computer plays: the other party of a softphone call.
MIC_SINK = "temoin_mic"
MIC_SOURCE = "temoin_mic_in"
MIC_DESCRIPTION = "TemoinHeadsetMic"
SPEAKER = "temoin_speaker"
SPEAKER_DESCRIPTION = "TemoinSpeaker"
# A second input hearing what is played into SPEAKER (a USB phone adapter): built like the
# microphone, so the two inputs have the same path through the server.
ADAPTER_SOURCE = "temoin_line_in"
ADAPTER_DESCRIPTION = "TemoinPhoneAdapter"
REQUIRED = ("dbus-daemon", "pipewire", "wireplumber", "pipewire-pulse", "pactl", "paplay")
INSTALL_HINT = (
    "install the virtual audio stack: sudo apt-get install pipewire pipewire-pulse "
    "wireplumber pipewire-alsa pulseaudio-utils dbus libportaudio2"
)


class VirtualAudioUnavailable(RuntimeError):
    pass


def missing_tools() -> list[str]:
    return [tool for tool in REQUIRED if shutil.which(tool) is None]


class VirtualAudio:
    """Start/stop the daemons; ``env`` is what a child process needs to reach them."""

    def __init__(self) -> None:
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="temoin-audio-"))
        os.chmod(self.runtime_dir, 0o700)
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.env = dict(os.environ)
        self.env.update(
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            DBUS_SESSION_BUS_ADDRESS=f"unix:path={self.runtime_dir}/bus",
            PIPEWIRE_RUNTIME_DIR=str(self.runtime_dir),
            PULSE_RUNTIME_PATH=str(self.runtime_dir / "pulse"),
        )
        self.env.pop("PULSE_SERVER", None)
        self.log_dir = self.runtime_dir / "logs"
        self.log_dir.mkdir()

    def _spawn(self, name: str, argv: list[str]) -> None:
        with (self.log_dir / f"{name}.log").open("wb") as log:
            self.procs[name] = subprocess.Popen(
                argv, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def _pactl(self, *args: str, check: bool = True) -> str:
        out = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        if check and out.returncode != 0:
            raise VirtualAudioUnavailable(f"pactl {' '.join(args)} failed: {out.stderr.strip()}")
        return out.stdout

    def start(self) -> VirtualAudio:
        missing = missing_tools()
        if missing:
            raise VirtualAudioUnavailable(f"missing {', '.join(missing)}; {INSTALL_HINT}")
        self._spawn(
            "dbus",
            [
                "dbus-daemon",
                "--session",
                "--nofork",
                "--nopidfile",
                f"--address=unix:path={self.runtime_dir}/bus",
            ],
        )
        self._wait_for(lambda: (self.runtime_dir / "bus").exists(), "dbus-daemon")
        return self._start_server()

    def restart_server(self) -> VirtualAudio:
        """Bring the daemons back after ``kill_daemons`` (D-Bus kept running): a device
        that comes back."""
        for name in ("pipewire", "wireplumber", "pipewire-pulse"):
            self.procs.pop(name, None)  # the killed ones: _wait_for would see them as failed
        (self.runtime_dir / "pipewire-0").unlink(missing_ok=True)
        return self._start_server()

    def _start_server(self) -> VirtualAudio:
        self._spawn("pipewire", ["pipewire"])
        self._wait_for(lambda: (self.runtime_dir / "pipewire-0").exists(), "pipewire")
        self._spawn("wireplumber", ["wireplumber"])
        self._spawn("pipewire-pulse", ["pipewire-pulse"])
        self._wait_for(lambda: self._pactl("info", check=False) != "", "pipewire-pulse")
        self._pactl(
            "load-module",
            "module-null-sink",
            f"sink_name={SINK}",
            "sink_properties=device.description=TemoinTestSink",
            "rate=48000",
            "channels=1",
        )
        self._wait_for(lambda: f"{SINK}.monitor" in self._pactl("list", "short", "sources"), "sink")
        # "Not supported" until WirePlumber has created the default-nodes metadata (a
        # loaded machine starts it seconds late): retry instead of failing the session.
        for args in (("set-default-sink", SINK), ("set-default-source", f"{SINK}.monitor")):
            self._wait_for(lambda a=args: self._pactl_ok(*a), f"pactl {' '.join(args)}")
        return self

    def add_call_devices(self, *, make_default: bool = True) -> None:
        """A virtual microphone and a virtual speaker (idempotent); as the defaults, the
        way a headset and a softphone are on a desktop."""
        sources = self._pactl("list", "short", "sources")
        if MIC_SOURCE not in sources:
            for sink, desc in ((MIC_SINK, "TemoinMicWire"), (SPEAKER, SPEAKER_DESCRIPTION)):
                self._pactl(
                    "load-module",
                    "module-null-sink",
                    f"sink_name={sink}",
                    f"sink_properties=device.description={desc}",
                    "rate=48000",
                    "channels=1",
                )
            self._wait_for(
                lambda: f"{MIC_SINK}.monitor" in self._pactl("list", "short", "sources"), "mic"
            )
            for master, name, desc in (
                (MIC_SINK, MIC_SOURCE, MIC_DESCRIPTION),
                (SPEAKER, ADAPTER_SOURCE, ADAPTER_DESCRIPTION),
            ):
                self._pactl(
                    "load-module",
                    "module-remap-source",
                    f"master={master}.monitor",
                    f"source_name={name}",
                    f"source_properties=device.description={desc}",
                    "channels=1",
                )
                self._wait_for(lambda n=name: n in self._pactl("list", "short", "sources"), name)
        if make_default:
            self.set_defaults(SPEAKER, MIC_SOURCE)

    def set_defaults(self, sink: str = SINK, source: str = f"{SINK}.monitor") -> None:
        """The server's default output and input (``set_defaults()``: the test sink's)."""
        for args in (("set-default-sink", sink), ("set-default-source", source)):
            self._wait_for(lambda a=args: self._pactl_ok(*a), f"pactl {' '.join(args)}")

    def play_into(
        self, sink: str, wav: Path, latency_ms: int | None = None
    ) -> subprocess.Popen[bytes]:
        """Like ``play``, into another sink (MIC_SINK: into the microphone; SPEAKER: the
        other party)."""
        extra = [] if latency_ms is None else [f"--latency-msec={latency_ms}"]
        return subprocess.Popen(
            ["paplay", f"--device={sink}", *extra, str(wav)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def _pactl_ok(self, *args: str) -> bool:
        out = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        return out.returncode == 0

    def _wait_for(self, ready: object, what: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, proc in self.procs.items():
                if proc.poll() is not None:
                    log = (self.log_dir / f"{name}.log").read_text(errors="replace")[-2000:]
                    raise VirtualAudioUnavailable(f"{name} exited early: {log}")
            if callable(ready) and ready():
                return
            time.sleep(0.05)
        raise VirtualAudioUnavailable(f"{what} did not come up within {timeout:g} s")

    def apply_to_process(self) -> None:
        """Point this process (and PortAudio in it) at the private server."""
        for key in ("XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS", "PIPEWIRE_RUNTIME_DIR"):
            os.environ[key] = self.env[key]
        os.environ["PULSE_RUNTIME_PATH"] = self.env["PULSE_RUNTIME_PATH"]

    def play(self, wav: Path, latency_ms: int | None = None) -> subprocess.Popen[bytes]:
        """Start playing ``wav`` into the null sink (returns at once).

        ``latency_ms``: paplay's buffer; a large one keeps a loaded machine from
        starving the player (its underruns are silence in the sink, not capture loss).
        """
        extra = [] if latency_ms is None else [f"--latency-msec={latency_ms}"]
        return subprocess.Popen(
            ["paplay", f"--device={SINK}", *extra, str(wav)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def kill_daemons(self) -> None:
        """Kill the audio server as a crash would (SIGKILL), to simulate a lost device."""
        for name in ("pipewire-pulse", "wireplumber", "pipewire"):
            proc = self.procs.get(name)
            if proc and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)

    def stop(self) -> None:
        for name in ("pipewire-pulse", "wireplumber", "pipewire", "dbus"):
            proc = self.procs.pop(name, None)
            if proc is None or proc.poll() is not None:
                continue
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        shutil.rmtree(self.runtime_dir, ignore_errors=True)
