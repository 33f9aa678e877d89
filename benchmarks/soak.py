"""Soak: a long call at fast-forward and a long real-time live capture.

Not part of the test suite (it takes as long as you ask). For each part it
samples the recorder's resident memory (VmRSS every 0.5 s; 20 ms at
fast-forward), reports it as flat or not, checks there was no overflow, and
compares the capture-time PCM hash with an independent SHA-256 of the file's
data chunk (after the canonical 44-byte header:
``tail -c +45 original.wav | sha256sum``).

    python benchmarks/soak.py                       # 120 min fast + 30 min live
    python benchmarks/soak.py --fast-minutes 120 --live-minutes 5
    python benchmarks/soak.py --live-minutes 0      # fast part only

Exit status 0 when every check holds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RSS_FLAT_MB = 15.0  # growth allowed between the first and the last quarter of the run


@dataclass
class RssSampler:
    pid: int
    period_s: float = 0.5
    samples: list[tuple[float, float]] = field(default_factory=list)  # (t, MB)
    _stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        t0 = time.monotonic()
        while not self._stop.wait(self.period_s):
            try:
                status = Path(f"/proc/{self.pid}/status").read_text()
            except OSError:
                return
            for line in status.splitlines():
                if line.startswith("VmRSS:"):
                    self.samples.append((time.monotonic() - t0, int(line.split()[1]) / 1024))

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()

    def summary(self) -> tuple[str, bool]:
        mb = [m for _, m in self.samples]
        if len(mb) < 8:
            return f"RSS: {len(mb)} sample(s), too short to judge", True
        q = len(mb) // 4
        early = sum(mb[q : 2 * q]) / q  # skip the first quarter: imports, warm-up
        late = sum(mb[-q:]) / q
        flat = late - early <= RSS_FLAT_MB
        return (
            f"RSS: {len(mb)} samples, min {min(mb):.1f} MB, max {max(mb):.1f} MB, "
            f"2nd quarter mean {early:.1f} MB, last quarter mean {late:.1f} MB -> "
            + ("flat" if flat else "GROWING"),
            flat,
        )


def independent_sha256(wav: Path) -> str:
    """`tail -c +45 original.wav | sha256sum`: the PCM after the canonical header."""
    tail = subprocess.Popen(["tail", "-c", "+45", str(wav)], stdout=subprocess.PIPE)
    out = subprocess.run(["sha256sum"], stdin=tail.stdout, capture_output=True, text=True)
    tail.wait()
    return out.stdout.split()[0]


def record(
    argv: list[str], env: dict[str, str], period_s: float = 0.5
) -> tuple[dict, RssSampler, float, str]:
    from tests.helpers.cli_run import start_temoin  # after ROOT is on sys.path

    t0 = time.monotonic()
    proc = start_temoin("record", "--json", *argv, env=env)
    sampler = RssSampler(proc.pid, period_s)
    sampler.start()
    stdout, stderr = proc.communicate()
    sampler.stop()
    wall = time.monotonic() - t0
    if proc.returncode != 0:
        raise SystemExit(f"temoin record failed ({proc.returncode}): {stderr.strip()}")
    return json.loads(stdout), sampler, wall, stderr


def report(name: str, data: dict, sampler: RssSampler, wall: float) -> bool:
    wav = Path(data["file"])
    sidecar = json.loads((wav.parent / "recording.json").read_text())
    ours = data["pcm_sha256"]
    theirs = independent_sha256(wav)
    header = sidecar["audio"]["header_bytes"]
    rss, flat = sampler.summary()
    ok = flat and data["overflows"] == 0 and ours == theirs and header == 44
    print(f"{name}:")
    print(f"  audio {data['duration_s'] / 60:.2f} min ({data['frames']} frames) in {wall:.1f} s "
          f"wall; outcome {data['outcome']}; overflows {data['overflows']}")  # fmt: skip
    print(f"  {rss}")
    print(f"  capture-time PCM SHA-256 {ours}")
    print(f"  tail -c +45 | sha256sum  {theirs}  -> {'equal' if ours == theirs else 'DIFFERENT'}")
    print(f"  verdict: {'OK' if ok else 'FAILED'}")
    return ok


def fast_part(minutes: float, tmp: Path) -> bool:
    src = tmp / "call.wav"
    subprocess.run(
        ["sox", "-n", "-r", "48000", "-c", "1", "-b", "16", str(src), "synth",
         str(minutes * 60), "pinknoise", "gain", "-12"],
        check=True,
    )  # fmt: skip
    env = {**os.environ, "TEMOIN_HOME": str(tmp / "lib-fast"), "TEMOIN_CONFIG": str(tmp / "cfg")}
    data, sampler, wall, _ = record(["--input", str(src)], env, period_s=0.02)
    ok = report(f"fast-forward call of {minutes:g} min", data, sampler, wall)
    src.unlink()
    return ok


def live_part(minutes: float, tmp: Path) -> bool:
    from tests.helpers.virtual_audio import VirtualAudio

    audio = VirtualAudio().start()
    try:
        clip = tmp / "voice.wav"
        subprocess.run(
            ["sox", "-n", "-r", "48000", "-c", "1", "-b", "16", str(clip), "synth", "60",
             "pinknoise", "gain", "-15"],
            check=True,
        )  # fmt: skip
        playing = threading.Event()
        playing.set()

        def player() -> None:  # something to hear for the whole call
            while playing.is_set():
                audio.play(clip).communicate()

        threading.Thread(target=player, daemon=True).start()
        env = {**audio.env, "TEMOIN_HOME": str(tmp / "lib-live"), "TEMOIN_CONFIG": str(tmp / "cfg")}
        data, sampler, wall, _ = record(
            ["--device", "default", "--duration", str(minutes * 60)], env
        )
        playing.clear()
        ok = report(f"real-time live capture of {minutes:g} min", data, sampler, wall)
        ok = ok and abs(wall - minutes * 60) < 10
    finally:
        audio.stop()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fast-minutes", type=float, default=120.0)
    parser.add_argument("--live-minutes", type=float, default=30.0)
    parser.add_argument("--dir", default=None, help="where the temporary files go (/tmp)")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="temoin-soak-", dir=args.dir) as name:
        tmp = Path(name)
        if args.fast_minutes > 0:
            ok = fast_part(args.fast_minutes, tmp) and ok
        if args.live_minutes > 0:
            ok = live_part(args.live_minutes, tmp) and ok
    print("soak:", "every check holds" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
