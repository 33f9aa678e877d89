"""Start the desktop app."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtWidgets import QApplication, QDialog

from ui import core_bridge
from ui.first_run import FirstRunDialog, apply_system_language
from ui.i18n import install_translations
from ui.main_window import MainWindow, app_icon
from ui.options import Settings
from ui.tasks import runner


def run_app(args: argparse.Namespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Témoin")
    app.setApplicationDisplayName("Témoin")
    # Lets Wayland compositors match the window to packaging/ch.temoin.Temoin.desktop.
    app.setDesktopFileName("ch.temoin.Temoin")
    app.setWindowIcon(app_icon())
    settings = Settings()
    if not settings.get("first_run_done"):
        apply_system_language(settings)  # the first start speaks the system's language
    install_translations(settings.get("ui_language"))
    if not settings.get("first_run_done"):
        dialog = FirstRunDialog(settings)
        dialog.exec()
        if dialog.result() == QDialog.DialogCode.Accepted or settings.get("first_run_done"):
            settings.save()
        install_translations(settings.get("ui_language"))
    library = getattr(args, "library", None)
    if library:
        settings.set("library_dir", str(library))
    window = MainWindow(settings=settings)
    window.show()  # its first paint starts the background work (devices, recovery)
    code = int(app.exec())
    if not core_bridge.streams_closed():
        # PortAudio is stuck inside a stream whose device died (see DeviceListStale): its
        # exit handler would wait on it for good. Let the background work (saving a
        # call's details, indexing, an export) finish first, bounded: a task stuck in
        # PortAudio too must not keep the app from quitting.
        runner().wait(15_000)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
