"""Input overflows of a live capture while both cores are kept busy by other processes.

Starts its own private PipeWire server and one busy loop per core, records the
null sink's monitor with `temoin record --device default` and reports the
overflow count (goal: 0). Default 300 s; --seconds for a shorter run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import TEMOIN, run

from tests.helpers.virtual_audio import VirtualAudio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=300.0)
    args = parser.parse_args()
    audio = VirtualAudio().start()
    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 2)
    ]
    try:
        with tempfile.TemporaryDirectory(prefix="temoin-bench-") as tmp:
            signal_wav = Path(tmp) / "signal.wav"
            subprocess.run(
                ["sox", "-n", "-r", "48000", "-c", "1", "-b", "16", str(signal_wav), "synth",
                 str(args.seconds + 10), "pinknoise", "gain", "-6"],
                check=True,
            )  # fmt: skip
            player = audio.play(signal_wav)
            env = {**audio.env, "TEMOIN_HOME": str(Path(tmp) / "lib")}
            ours = run([*TEMOIN, "record", "--device", "default", "--duration",
                        f"{args.seconds:g}", "--json"], env)  # fmt: skip
            player.kill()
            player.communicate()
    finally:
        for proc in burners:
            proc.kill()
            proc.wait()
        audio.stop()
    data = json.loads(ours.stdout) if ours.returncode == 0 else {}
    print(f"live capture {args.seconds:g} s with {len(burners)} busy loops (one per core)")
    print(f"  exit {ours.returncode}, frames {data.get('frames')}, CPU {ours.cpu_s:.2f} s")
    print(f"  overflows = {data.get('overflows')}  (goal 0)")


if __name__ == "__main__":
    main()
