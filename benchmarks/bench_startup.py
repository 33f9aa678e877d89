"""Cold start to the first painted main window: Témoin vs a bare PySide6 hello-world.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]

Each run is a fresh process (imports, Qt platform start-up, window, first
paint). The child prints the moment its main window gets its first Paint
event; the parent measures from spawn to that line. Runs alternate between
the two so machine noise hits both alike. Uses Xvfb's DISPLAY when set, else
the offscreen platform. Prints the medians and the ratio (goal: <= 1.5x).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(kind: str) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(["bench"])
    if kind == "bare":
        win = QMainWindow()
        win.setWindowTitle("Hello")
        win.setCentralWidget(QLabel("Hello, world"))
    else:
        from ui.i18n import install_translations
        from ui.main_window import MainWindow
        from ui.options import Settings

        settings = Settings()
        settings.set("first_run_done", True)
        install_translations(settings.get("ui_language"))
        win = MainWindow(settings=settings)
    win.resize(1100, 700)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                sys.stdout.write(f"{time.time():.6f}\n")
                sys.stdout.flush()
                app.quit()
            return False

    watcher = FirstPaint()
    win.installEventFilter(watcher)
    win.show()
    app.exec()


def one_run(kind: str, env: dict[str, str]) -> float:
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    painted = float(proc.stdout.strip().splitlines()[-1])
    return painted - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--child", choices=("bare", "temoin"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        child(args.child)
        return 0
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    tmp = tempfile.mkdtemp(prefix="temoin-bench-")
    for var, name in (("TEMOIN_HOME", "lib"), ("TEMOIN_CONFIG", "cfg"), ("TEMOIN_LOG_DIR", "log")):
        env[var] = str(Path(tmp) / name)
    one_run("bare", env)  # warm the OS file cache for both: "cold" = new process, not cold disk
    one_run("temoin", env)
    times: dict[str, list[float]] = {"bare": [], "temoin": []}
    for _ in range(args.runs):
        for kind in ("bare", "temoin"):
            times[kind].append(one_run(kind, env))
    bare = statistics.median(times["bare"])
    temoin = statistics.median(times["temoin"])
    result = {
        "platform": env.get("QT_QPA_PLATFORM", "xcb"),
        "runs": args.runs,
        "bare_median_s": round(bare, 3),
        "temoin_median_s": round(temoin, 3),
        "ratio": round(temoin / bare, 2),
        "goal": 1.5,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"bare PySide6 QMainWindow : {bare * 1000:7.0f} ms (median of {args.runs})")
        print(f"Témoin main window       : {temoin * 1000:7.0f} ms (median of {args.runs})")
        print(f"ratio                    : {temoin / bare:7.2f}x (goal <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
