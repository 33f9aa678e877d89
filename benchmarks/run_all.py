"""Run every benchmark in turn (`make bench`): --quick for shorter variants, --long adds
the soak and the long fuzz run."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20 s, 60 s and 10 min variants")
    parser.add_argument(
        "--long", action="store_true", help="also the 2 h + 30 min soak and fuzz at scale 10"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="temoin-bench-all-"))
    minutes = "10" if args.quick else "60"
    runs = [
        ["bench_capture_cpu.py", "--seconds", "20" if args.quick else "60"],
        ["bench_overflow_under_load.py", "--seconds", "60" if args.quick else "300"],
        ["bench_fast_forward.py", "--minutes", minutes],
        # --keep: bench_verify checks the bundle this export made.
        ["bench_export.py", "--minutes", minutes, "--keep", "--workdir", str(work)],
        ["bench_verify.py", "BUNDLE"],
        ["bench_startup.py"],
    ]
    if args.long:
        runs += [["soak.py"], ["fuzz_long.py"]]
    try:
        for script, *options in runs:
            if options == ["BUNDLE"]:
                bundles = sorted(work.glob("*/bundle.zip"))
                if not bundles:
                    print(f"== {script}: skipped, the export made no bundle", flush=True)
                    continue
                options = [str(bundles[0])]
            print(f"== {script} {' '.join(options)}", flush=True)
            subprocess.run([sys.executable, str(HERE / script), *options], check=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
