"""CPU of a live capture by `temoin record` vs `arecord`, side by side on the same virtual source.

Starts its own private PipeWire server (tests/helpers/virtual_audio.py), plays
a long tone+noise signal into the null sink, and records its monitor with
both tools at once for the same duration. Goal: temoin ≤ 1.5× arecord's CPU.
The temoin figure includes starting Python and importing numpy/soundfile.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path

from measure import TEMOIN, finish, start

from tests.helpers.virtual_audio import VirtualAudio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    audio = VirtualAudio().start()
    with tempfile.TemporaryDirectory(prefix="temoin-bench-") as tmp_name:
        tmp = Path(tmp_name)
        signal_wav = tmp / "signal.wav"
        subprocess.run(
            ["sox", "-n", "-r", "48000", "-c", "1", "-b", "16", str(signal_wav), "synth",
             str(args.seconds + 10), "sine", "440", "pinknoise", "remix", "-", "gain", "-6"],
            check=True,
        )  # fmt: skip
        env = {**audio.env, "TEMOIN_HOME": str(tmp / "lib")}
        try:
            player = audio.play(signal_wav)
            t = f"{args.seconds:g}"
            arecord, a0 = start(
                ["arecord", "-q", "-D", "default", "-f", "S16_LE", "-r", "48000", "-c", "1",
                 "-d", str(round(args.seconds)), str(tmp / "arecord.wav")], env,
            )  # fmt: skip
            temoin, t0 = start([*TEMOIN, "record", "--device", "default", "--duration", t,
                                "--json"], env)  # fmt: skip
            ours = finish(temoin, t0)
            ref = finish(arecord, a0)
            player.kill()
            player.communicate()
        finally:
            audio.stop()
        data = json.loads(ours.stdout) if ours.returncode == 0 else {}
        print(f"live capture, {args.seconds:g} s at 48 kHz mono int16 (virtual PipeWire source)")
        print(f"  temoin record : CPU {ours.cpu_s:6.2f} s  wall {ours.wall_s:6.2f} s  "
              f"RSS {ours.max_rss_mb:5.1f} MB  exit {ours.returncode}  "
              f"overflows {data.get('overflows')}")  # fmt: skip
        print(f"  arecord       : CPU {ref.cpu_s:6.2f} s  wall {ref.wall_s:6.2f} s  "
              f"RSS {ref.max_rss_mb:5.1f} MB  exit {ref.returncode}")  # fmt: skip
        ratio = ours.cpu_s / ref.cpu_s if ref.cpu_s else float("inf")
        print(f"  CPU ratio temoin/arecord = {ratio:.2f}  (goal <= 1.5)")
        os.sync()


if __name__ == "__main__":
    main()
