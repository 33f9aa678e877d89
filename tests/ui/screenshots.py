"""Screenshots of each step of the app, for the README and for looking at layouts.

    .venv/bin/python tests/ui/screenshots.py [--lang fr|de|it|en] [--size 1280x720]
                                             [--out docs/screenshots]

Starts its own Xvfb (``Xvfb :99 -screen 0 WxHx24``) when no display is set,
uses a throw-away library and config (never the user's), plays the consent
fixture as the call, and saves one PNG per step as ``<lang>-<nn>-<step>.png``.
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

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def _start_xvfb(size: str) -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    if shutil.which("Xvfb") is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    proc = subprocess.Popen(
        ["Xvfb", ":99", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.environ["DISPLAY"] = ":99"
    time.sleep(0.8)
    return proc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en", choices=("fr", "de", "it", "en"))
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="temoin-shots-"))
    for var, name in (("TEMOIN_HOME", "lib"), ("TEMOIN_CONFIG", "cfg"), ("TEMOIN_LOG_DIR", "log")):
        os.environ[var] = str(tmp / name)
    xvfb = _start_xvfb(args.size)
    sys.path.insert(0, str(ROOT))
    try:
        return _shoot(args.lang, width, height, out)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)


def _shoot(lang: str, width: int, height: int, out: Path) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.helpers.fake_source import FakeSource
    from ui.first_run import FirstRunDialog
    from ui.i18n import install_translations
    from ui.main_window import MainWindow
    from ui.options import Settings

    app = QApplication(["temoin"])
    app.setApplicationName("Témoin")
    settings = Settings()
    settings.set("ui_language", lang)
    settings.set("user_name", "Marie Dupont")
    settings.set("home_profile", "ch")
    settings.set("call_language", "de" if lang == "de" else "fr")
    settings.set("first_run_done", True)
    install_translations(lang)

    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    n = 0

    def shot(widget: QWidget, step: str) -> None:
        nonlocal n
        n += 1
        spin(0.3)
        path = out / f"{lang}-{n:02d}-{step}.png"
        widget.grab().save(str(path))
        print(path)

    first = FirstRunDialog(settings)
    first.resize(640, 420)
    first.show()
    shot(first, "first-run")
    first.close()
    settings.set("first_run_done", True)

    win = MainWindow(settings=settings)
    win.library_page.quiet = True
    win.resize(width, height)
    win.show()
    while not win.ready:
        spin(0.05)
    page = win.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.abroad_check.setChecked(True)
    fixture = "consent_de_granted.wav" if lang == "de" else "consent_fr_granted.wav"
    page.set_input_file(FIXTURES / fixture)
    shot(win, "new-call")

    page.start_button.click()
    spin(1.5)
    shot(win, "recording-announce")  # the script, and "I'm reading it now"
    session = win.session
    assert session is not None
    win.recording_page.announce_button.click()
    while session.recorded_seconds < 7.4:
        spin(0.05)
    win.recording_page.agreed_button.click()
    spin(0.3)
    win.recording_page.marker_edit.setText("Refund promised for the March invoice")
    win.recording_page.marker_button.click()
    win.recording_page.ticket_edit.setText("CS-4578")
    spin(0.3)
    shot(win, "recording-consented")
    win.recording_page.pause_button.click()
    shot(win, "recording-paused")
    win.recording_page.pause_button.click()
    spin(0.8)
    win.recording_page.stop_button.click()
    while win.call_stack.currentWidget() is not win.after_call_page:
        spin(0.05)
    win.after_call_page.tags_edit.setText("invoice, refund")
    win.after_call_page.summary_edit.setPlainText("Agent promised a refund within 10 days.")
    shot(win, "after-call")
    win.after_call_page.save_button.click()
    while win.last_saved_id is None:
        spin(0.05)
    while win.library_page.current is None:
        spin(0.05)
    spin(0.5)
    shot(win, "library")
    win.nav.setCurrentRow(2)
    spin(0.5)
    shot(win, "settings")
    win.show_message(
        win.tr(
            "No microphone was found. Plug one in and press Refresh, or play an audio "
            "file to try the app."
        ),
        "error",
    )
    win.nav.setCurrentRow(0)
    shot(win, "error-message")

    # A second call whose microphone is unplugged after a few seconds.
    win.message_bar.clear()
    win.start_call(
        page.setup(),
        source=FakeSource.from_wav(FIXTURES / fixture, seconds=3.0, label="USB headset"),
    )
    session = win.session
    assert session is not None
    while session.phase == "starting" or session.phase == "announcing":
        spin(0.05)
        if session.phase == "announcing" and not session.announced:
            win.recording_page.announce_button.click()
        if session.recorded_seconds > 1.0 and session.phase == "announcing":
            win.recording_page.agreed_button.click()
    while session.phase != "device_lost":
        spin(0.05)
    spin(1.0)
    shot(win, "recording-mic-lost")
    win.recording_page.end_button.click()
    while win.call_stack.currentWidget() is not win.after_call_page:
        spin(0.05)
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
