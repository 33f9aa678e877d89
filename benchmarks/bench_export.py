"""Export of a 1-hour call vs doing it by hand; prints the ratio and peak memory.

By hand = what a careful person would type: ffmpeg to MP3 64 kbit/s, sha256sum of
the WAV, zip of the WAV and the MP3. Témoin does more (consent clip, PDF note,
viewer, manifests, signature) and must still take <= 0.9x that wall time, with
peak RSS <= 150 MB whatever the call's length.

    .venv/bin/python benchmarks/bench_export.py [--minutes 60] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNNER = """
import json, resource, sys, time
from pathlib import Path
from recorder import cli
t = time.perf_counter()
code = cli.main(sys.argv[1:])
wall = time.perf_counter() - t
# VmHWM is this process's own peak (ru_maxrss would carry the parent's across exec)
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"code": code, "wall": wall, "rss_self_mb": hwm / 1024,
  "rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}),
  file=sys.stderr)
"""


def make_wav(path: Path, minutes: float) -> None:
    subprocess.run(
        [
            "sox",
            "-n",
            "-r",
            "48000",
            "-c",
            "1",
            "-b",
            "16",
            str(path),
            "synth",
            str(minutes * 60),
            "pinknoise",
            "vol",
            "0.1",
        ],
        check=True,
    )


def by_hand(wav: Path, work: Path, ffmpeg: str) -> dict[str, float]:
    steps = {}
    mp3 = work / "listening.mp3"
    t = time.perf_counter()
    subprocess.run(
        [
            ffmpeg,
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-i",
            str(wav),
            "-c:a",
            "libmp3lame",
            "-b:a",
            "64k",
            str(mp3),
        ],
        check=True,
    )
    steps["ffmpeg mp3 64k"] = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run(["sha256sum", str(wav)], check=True, stdout=subprocess.DEVNULL)
    steps["sha256sum"] = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run(["zip", "-q", "-j", str(work / "hand.zip"), str(wav), str(mp3)], check=True)
    steps["zip"] = time.perf_counter() - t
    return steps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--workdir", default="/tmp")
    args = parser.parse_args()

    import imageio_ffmpeg

    from recorder.library import Library
    from tests.helpers.make_recording import make_recording

    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    work = Path(tempfile.mkdtemp(prefix="temoin-bench-", dir=args.workdir))
    env = dict(
        os.environ,
        TEMOIN_HOME=str(work / "lib"),
        TEMOIN_CONFIG=str(work / "cfg"),
        TEMOIN_LOG_DIR=str(work / "logs"),
    )
    os.environ.update(env)
    try:
        wav = work / "call.wav"
        print(f"making a {args.minutes:g}-minute 48 kHz mono WAV with sox ...", flush=True)
        make_wav(wav, args.minutes)
        size = wav.stat().st_size
        rec = make_recording(
            work / "lib",
            wav,
            [("announced", 2.0, None), ("granted", 9.0, None), ("marker", 600.0, "ticket")],
        )
        with Library.open(work / "lib") as lib:
            rec_id = lib.import_recording(rec)
        # warm the page cache the same way for both sides
        subprocess.run(["cat", str(wav)], stdout=subprocess.DEVNULL, check=True)

        hand = by_hand(wav, work, ffmpeg)
        hand_total = sum(hand.values())

        out = work / "bundle.zip"
        t = time.perf_counter()
        res = subprocess.run(
            [sys.executable, "-c", RUNNER, "export", rec_id, "--out", str(out)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        ours = time.perf_counter() - t
        if res.returncode != 0:
            sys.exit(f"export failed: {res.stderr}")
        stats = json.loads(res.stderr.strip().splitlines()[-1])

        print(f"\ninput: {size / 1e6:.0f} MB WAV ({args.minutes:g} min, 48 kHz mono int16)")
        print("by hand:")
        for name, secs in hand.items():
            print(f"  {name:<16} {secs:7.2f} s")
        print(f"  {'total':<16} {hand_total:7.2f} s")
        print(
            f"temoin export:     {ours:7.2f} s (in-process {stats['wall']:.2f} s), "
            f"bundle {out.stat().st_size / 1e6:.0f} MB"
        )
        print(f"ratio export / by hand: {ours / hand_total:.2f}x  (goal <= 0.90x)")
        print(
            f"peak RSS: python {stats['rss_self_mb']:.0f} MB, "
            f"ffmpeg {stats['rss_children_mb']:.0f} MB  (goal <= 150 MB)"
        )
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
