"""Soak of the real window: a long live call, then its playback, minute by minute.

A private PipeWire server (tests/helpers/virtual_audio.py) plays the speech
fixtures in a loop into a null sink; the app records its monitor through
PortAudio, in the real window under Xvfb (started here when no display is
set), with the level meter, the clock and the title running. ``parecord``
records the same monitor side by side as the reference. After the call the
recording is saved and played back in the Library.

Each minute it prints the resident memory (VmRSS) and ``sys.getrefcount(None)``:
with PySide6 6.12.0 the count fell by ~75 a second and the window aborted
(``none_dealloc``) after 3 to 6 minutes. At the end: the audio kept against
``parecord``'s (ratio), and flat or not for memory and the count.

    python benchmarks/soak_ui.py                      # 30 min call + 5 min playback
    python benchmarks/soak_ui.py --minutes 2 --playback-minutes 1

Sampling uses one event-loop run per minute: pytest-qt-style short waits move
the count by themselves (+6 each on 6.11.3), which would hide a real drift.
Exit status 0 when every check holds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures"
SPEECH = ["consent_fr_granted.wav", "consent_de_granted.wav", "consent_fr_refused.wav"]
RSS_FLAT_MB = 30.0  # growth allowed from the first sampled minute to the last
REFCOUNT_FLAT = 2000  # |drift| of None's count over the whole run (the bug: -135 000)
KEPT_MIN = 0.99  # Témoin's audio / parecord's


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is needed for the real window: sudo apt-get install xvfb xauth")
    proc = subprocess.Popen(
        ["Xvfb", ":97", "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.environ["DISPLAY"] = ":97"
    os.environ.pop("QT_QPA_PLATFORM", None)
    time.sleep(1.0)
    return proc


class SpeechLoop:
    """Keeps paplay playing the speech fixtures into the null sink, one after another."""

    def __init__(self, audio: Any) -> None:
        self.audio = audio
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        i = 0
        while not self._stop.is_set():
            proc = self.audio.play(FIXTURES / SPEECH[i % len(SPEECH)])
            while proc.poll() is None and not self._stop.is_set():
                time.sleep(0.1)
            if proc.poll() is None:
                proc.terminate()
            i += 1

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=30.0, help="length of the live call")
    ap.add_argument("--playback-minutes", type=float, default=5.0)
    ap.add_argument("--json", type=Path, help="also write the samples here")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="temoin-soak-ui-"))
    for var, name in (("TEMOIN_HOME", "lib"), ("TEMOIN_CONFIG", "cfg"), ("TEMOIN_LOG_DIR", "log")):
        os.environ[var] = str(tmp / name)
    from tests.helpers.virtual_audio import SINK, VirtualAudio

    audio = VirtualAudio().start()
    audio.apply_to_process()
    xvfb = _start_xvfb()
    speech = SpeechLoop(audio)
    reference: subprocess.Popen[bytes] | None = None
    try:
        speech.start()
        ref_wav = tmp / "parecord.wav"
        os.environ["SOAK_REF_T0"] = str(time.monotonic())
        reference = subprocess.Popen(
            ["parecord", f"--device={SINK}.monitor", "--file-format=wav", str(ref_wav)],
            env=audio.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return _soak(args, ref_wav, reference)
    finally:
        speech.stop()
        if reference is not None and reference.poll() is None:
            reference.terminate()
        audio.stop()
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)


def _soak(args: argparse.Namespace, ref_wav: Path, reference: subprocess.Popen[bytes]) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.options import Settings

    app = QApplication(["temoin"])
    settings = Settings()
    settings.set("user_name", "Marie Soak")
    settings.set("first_run_done", True)
    settings.set("ui_language", "en")

    def spin(seconds: float) -> None:
        """One event-loop run (see the module docstring for why not many short ones)."""
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def until(cond: Any, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > deadline:
                raise SystemExit(f"soak_ui: timed out waiting for {what}")
            spin(0.05)

    win = MainWindow(settings=settings)
    win.library_page.quiet = True
    win.resize(1280, 720)
    win.show()
    until(lambda: win.ready and win.warmed and win.recovered, 30, "the window")
    page = win.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("support"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    until(lambda: page.device_combo.count() > 1, 20, "the device list")
    page.device_combo.setCurrentIndex(0)  # the live default input: the null sink's monitor
    t_rec = time.monotonic()
    page.start_button.click()
    until(lambda: win.session is not None and win.session.phase == "announcing", 20, "start")
    session = win.session
    assert session is not None
    rp = win.recording_page
    rp.announce_button.click()
    until(rp.agreed_button.isEnabled, 10, "the announcement")
    spin(3.0)
    rp.agreed_button.click()

    samples: list[dict[str, Any]] = []

    def sample(phase: str, minute: int) -> None:
        row = {
            "phase": phase,
            "minute": minute,
            "rss_mb": round(_rss_mb(), 1),
            "none_refcount": sys.getrefcount(None),
            "recorded_s": round(session.recorded_seconds, 1) if phase == "call" else None,
        }
        samples.append(row)
        print(
            f"{phase:8} {minute:4d}  RSS {row['rss_mb']:7.1f} MB  None {row['none_refcount']:8d}"
            + (f"  recorded {row['recorded_s']:8.1f} s" if row["recorded_s"] is not None else ""),
            flush=True,
        )

    print(f"{'phase':8} {'min':>4}", flush=True)
    sample("call", 0)
    minutes = max(1, round(args.minutes))
    for minute in range(1, minutes + 1):
        spin(60.0 if args.minutes >= 1 else args.minutes * 60)
        sample("call", minute)
    rp.stop_button.click()
    wall_s = time.monotonic() - t_rec
    reference.terminate()
    reference.wait(10)
    ref_wall_s = time.monotonic() - float(os.environ["SOAK_REF_T0"])
    until(lambda: win.call_stack.currentWidget() is win.after_call_page, 60, "after the call")
    win.after_call_page.save_button.click()
    until(lambda: win.last_saved_id is not None, 60, "saving")
    lp = win.library_page
    until(lambda: lp.current is not None and lp.current["id"] == win.last_saved_id, 60, "library")
    rec = lp.current
    assert rec is not None
    frames = int(rec["recording"]["audio"]["frames"])
    rate = int(rec["recording"]["audio"]["sample_rate"])
    overflows = int(rec["recording"].get("overflows", 0))
    gaps = [e for e in rec["recording"]["events"] if e["kind"] in {"gap", "overflow"}]

    lp.toggle_play()
    spin(1.0)
    for minute in range(1, max(1, round(args.playback_minutes)) + 1):
        spin(60.0 if args.playback_minutes >= 1 else args.playback_minutes * 60)
        sample("playback", minute)
    position_s = lp._player.position() / 1000 if lp._player is not None else 0.0
    lp.toggle_play()

    with wave.open(str(ref_wav), "rb") as ref:
        ref_s = ref.getnframes() / ref.getframerate()
    kept_s = frames / rate
    call = [r for r in samples if r["phase"] == "call"]
    play = [r for r in samples if r["phase"] == "playback"]
    # Minute 0 is still start-up (the first blocks, caches): growth counts from minute 1.
    call_growth = call[-1]["rss_mb"] - call[min(1, len(call) - 1)]["rss_mb"]
    play_growth = play[-1]["rss_mb"] - play[0]["rss_mb"]
    drift = samples[-1]["none_refcount"] - samples[0]["none_refcount"]
    kept = kept_s / wall_s
    ref_kept = ref_s / ref_wall_s
    print(
        f"\ncall: {kept_s:.1f} s kept of {wall_s:.1f} s wall ({kept:.4f}); parecord side by "
        f"side {ref_s:.1f} s of {ref_wall_s:.1f} s ({ref_kept:.4f}); ratio {kept / ref_kept:.4f}; "
        f"{overflows} overflow(s), {len(gaps)} gap/overflow event(s)"
    )
    print(f"playback reached {position_s:.1f} s")
    print(f"RSS during the call {call_growth:+.1f} MB, during playback {play_growth:+.1f} MB")
    print(f"None's reference count drift {drift:+d} over the whole run")
    checks = {
        "refcount flat": abs(drift) <= REFCOUNT_FLAT,
        "memory flat": call_growth <= RSS_FLAT_MB and play_growth <= RSS_FLAT_MB,
        "audio kept": kept / ref_kept >= KEPT_MIN,
        "played back": position_s >= 0.5 * min(args.playback_minutes * 60, kept_s),
    }
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    if args.json:
        args.json.write_text(json.dumps({"samples": samples, "checks": checks}, indent=2))
    win.close()
    app.processEvents()
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
