"""The long fuzz run: every fuzz test with its case count multiplied.

``make test`` runs each fuzz test with a few hundred derandomized cases so the
suite stays short; this runs the same tests with ``TEMOIN_FUZZ_SCALE`` times as
many (thousands each at the default 10) and prints, per test, how many cases ran
and how many passed, from hypothesis' own statistics.

    python benchmarks/fuzz_long.py               # scale 10
    python benchmarks/fuzz_long.py --scale 3

Exit status 0 when every case passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ["tests/faults/test_fuzz_inputs.py", "tests/unit/test_profiles.py"]
_TEST = re.compile(r"^(tests/\S+::\S+):$")
_CASES = re.compile(r"- (\d+) passing, (\d+) failing, and (\d+) invalid")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10, help="case count multiplier")
    args = parser.parse_args()
    env = {**os.environ, "TEMOIN_FUZZ_SCALE": str(args.scale), "QT_QPA_PLATFORM": "offscreen"}
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        *TARGETS,
    ]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - t0
    counts: dict[str, list[int]] = {}  # test -> [passing, failing], summed over phases
    current = ""
    for line in proc.stdout.splitlines():
        if m := _TEST.match(line.strip()):
            current = m.group(1)
            counts[current] = [0, 0]
        elif (m := _CASES.search(line)) and current:
            counts[current][0] += int(m.group(1))
            counts[current][1] += int(m.group(2))
    rows = [(name, p, f) for name, (p, f) in counts.items()]
    print(f"fuzz scale {args.scale}: {elapsed:.0f} s")
    print(f"{'test':<92} {'cases':>6} {'failed':>6}")
    for name, passing, failing in rows:
        print(f"{name:<92} {passing + failing:>6} {failing:>6}")
    print(f"{'total':<92} {sum(p + f for _, p, f in rows):>6} {sum(f for *_, f in rows):>6}")
    if proc.returncode != 0:
        print(proc.stdout[-4000:])
        print(proc.stderr[-2000:], file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
