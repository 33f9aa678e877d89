"""Fast-forward: a long 48 kHz file through the file source vs `sox in.wav out.wav`.

Makes the input with sox in a temporary folder (1 hour by default; --minutes
to change), then times `temoin record --input in.wav` (read, hash, write,
journal, fsync'd checkpoints, final file hash) against a plain `sox` copy.
Goals: time ≤ 2× sox; peak RSS ≤ 100 MB and flat (compare with --minutes 10).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path

from measure import TEMOIN, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--dir", default=None, help="where to put the temporary files (/tmp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="temoin-ff-", dir=args.dir) as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "in.wav"
        subprocess.run(
            ["sox", "-n", "-r", "48000", "-c", "1", "-b", "16", str(src), "synth",
             str(args.minutes * 60), "pinknoise", "gain", "-6"],
            check=True,
        )  # fmt: skip
        size_mb = src.stat().st_size / 1e6
        sox = run(["sox", str(src), str(tmp / "out.wav")])
        (tmp / "out.wav").unlink()
        env = {"TEMOIN_HOME": str(tmp / "lib"), "PATH": "/usr/bin:/bin"}
        ours = run([*TEMOIN, "record", "--input", str(src), "--json"], env)
        data = json.loads(ours.stdout) if ours.returncode == 0 else {}
    print(f"fast-forward of {args.minutes:g} min at 48 kHz mono int16 ({size_mb:.0f} MB)")
    print(f"  sox in.wav out.wav : wall {sox.wall_s:6.2f} s  CPU {sox.cpu_s:6.2f} s  "
          f"RSS {sox.max_rss_mb:6.1f} MB")  # fmt: skip
    print(f"  temoin record      : wall {ours.wall_s:6.2f} s  CPU {ours.cpu_s:6.2f} s  "
          f"RSS {ours.max_rss_mb:6.1f} MB  exit {ours.returncode}  "
          f"frames {data.get('frames')}")  # fmt: skip
    print(f"  time ratio temoin/sox = {ours.wall_s / sox.wall_s:.2f}  (goal <= 2)")
    print(f"  peak RSS = {ours.max_rss_mb:.1f} MB  (goal <= 100 MB, flat with length)")


if __name__ == "__main__":
    main()
