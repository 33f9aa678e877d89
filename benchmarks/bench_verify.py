"""`temoin verify` of a bundle vs `sha256sum -c` on its manifest; prints the ratio.

Verify does more than sha256sum (tag manifest, signature, the PCM hash of the
original's data chunk, metadata against its schema, zip safety), reading straight
from the zip; the goal is <= 1.2x the time sha256sum -c takes on the unzipped bag.

    .venv/bin/python benchmarks/bench_verify.py BUNDLE.zip [--runs 3]
    (bench_export.py --keep leaves one in /tmp/temoin-bench-*/bundle.zip)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def best_of(runs: int, cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        res = subprocess.run(
            cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        times.append(time.perf_counter() - t)
        if res.returncode != 0:
            sys.exit(f"{cmd[0]} failed: {res.stderr}")
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="temoin-bench-verify-"))
    env = dict(
        os.environ,
        TEMOIN_HOME=str(work / "lib"),
        TEMOIN_CONFIG=str(work / "cfg"),
        TEMOIN_LOG_DIR=str(work / "logs"),
    )
    try:
        subprocess.run(["unzip", "-q", str(args.bundle), "-d", str(work / "x")], check=True)
        bag = next((work / "x").iterdir())
        subprocess.run(["cat", str(args.bundle)], stdout=subprocess.DEVNULL, check=True)
        ref = best_of(args.runs, ["sha256sum", "-c", "manifest-sha256.txt"], bag, env)
        ours = best_of(
            args.runs,
            [
                sys.executable,
                "-c",
                "import sys; from recorder import cli; sys.exit(cli.main(sys.argv[1:]))",
                "verify",
                str(args.bundle.resolve()),
            ],
            ROOT,
            env,
        )
        size = args.bundle.stat().st_size
        print(f"bundle: {size / 1e6:.0f} MB (best of {args.runs}, warm cache)")
        print(f"sha256sum -c manifest-sha256.txt: {ref:6.2f} s")
        print(f"temoin verify:                    {ours:6.2f} s")
        print(f"ratio verify / sha256sum -c: {ours / ref:.2f}x  (goal <= 1.20x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
