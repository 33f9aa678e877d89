"""Names the user reads for events and languages (one place, translated).

Call purposes are legal categories: their names come from the profiles
(``recorder.announcement.purpose_choices``), not from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def event_label(kind: str) -> str:
    labels = {
        "start": QCoreApplication.translate("Events", "Recording started"),
        "stop": QCoreApplication.translate("Events", "Recording stopped"),
        "announced": QCoreApplication.translate("Events", "Announcement"),
        "granted": QCoreApplication.translate("Events", "They agreed"),
        "refused": QCoreApplication.translate("Events", "They refused"),
        "transferred": QCoreApplication.translate("Events", "Someone new on the line"),
        "paused": QCoreApplication.translate("Events", "Paused (not recording)"),
        "resumed": QCoreApplication.translate("Events", "Recording resumed"),
        "withdrawn": QCoreApplication.translate("Events", "Consent withdrawn"),
        "marker": QCoreApplication.translate("Events", "Marker"),
        "device_lost": QCoreApplication.translate("Events", "Microphone lost"),
        "device_changed": QCoreApplication.translate("Events", "Microphone changed"),
        "segment_start": QCoreApplication.translate("Events", "Recording continues (new part)"),
        "disk_full": QCoreApplication.translate("Events", "Disk full"),
        "write_error": QCoreApplication.translate("Events", "Write error"),
        "input_error": QCoreApplication.translate("Events", "Input file unreadable"),
        "truncated": QCoreApplication.translate("Events", "Audio cut"),
        "discarded": QCoreApplication.translate("Events", "Audio deleted"),
        "overflow": QCoreApplication.translate("Events", "Audio dropped (computer too busy)"),
        "gap": QCoreApplication.translate("Events", "Audio missing (computer stalled)"),
        "rescued": QCoreApplication.translate(
            "Events", "Audio rescued elsewhere (folder deleted or read-only)"
        ),
    }
    return labels.get(kind, kind)


def language_labels() -> dict[str, str]:
    return {
        "fr": QCoreApplication.translate("Labels", "French"),
        "de": QCoreApplication.translate("Labels", "German"),
        "it": QCoreApplication.translate("Labels", "Italian"),
        "en": QCoreApplication.translate("Labels", "English"),
    }
