"""Run every benchmark in turn (`make bench`); --quick for shorter variants."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20 s, 60 s and 10 min variants")
    args = parser.parse_args()
    runs = [
        ["bench_capture_cpu.py", "--seconds", "20" if args.quick else "60"],
        ["bench_overflow_under_load.py", "--seconds", "60" if args.quick else "300"],
        ["bench_fast_forward.py", "--minutes", "10" if args.quick else "60"],
    ]
    for script, *options in runs:
        print(f"== {script} {' '.join(options)}", flush=True)
        subprocess.run([sys.executable, str(HERE / script), *options], check=False)


if __name__ == "__main__":
    main()
