"""The library: a searchable, sortable table of calls and the detail of the selected one.

Model/view: ``LibraryModel`` holds the rows the core listed, a
``QSortFilterProxyModel`` sorts and filters them. Loading, the waveform, the
legality note, export and verification run through ``run_task``; the window
never waits on them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recorder.timefmt import format_elapsed
from ui import core_bridge
from ui.labels import event_label
from ui.tasks import ProgressRelay, run_task
from ui.waveform import WaveformWidget

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryModel(QAbstractTableModel):
    COLUMNS = ("date", "counterpart", "purpose", "duration", "consent", "tags")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._headers = {
            "date": self.tr("Date"),
            "counterpart": self.tr("Called"),
            "purpose": self.tr("Purpose"),
            "duration": self.tr("Duration"),
            "consent": self.tr("Consent"),
            "tags": self.tr("Tags"),
        }
        self._purposes = {
            "support": self.tr("Support"),
            "order": self.tr("Order"),
            "complaint": self.tr("Complaint"),
            "other": self.tr("Other"),
        }
        # The core's verdict per recording id (None: it cannot judge that one), filled in
        # after the rows: not the last answer heard, which says nothing of a transfer.
        self._verdicts: dict[str, str | None] = {}

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_verdicts(self, verdicts: dict[str, str | None]) -> None:
        self._verdicts.update(verdicts)
        if self._rows:
            col = self.COLUMNS.index("consent")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def row_data(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.get("id")
        if role == SORT_ROLE:
            if col == "date":
                return str(row.get("started_utc") or "")
            if col == "duration":
                return float(row.get("duration_s") or 0.0)
            return str(self.data(index) or "").lower()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "date":
                return str(row.get("started_local") or "")[:16].replace("T", " ")
            if col == "counterpart":
                return row.get("counterpart") or ""
            if col == "purpose":
                purpose = str(row.get("purpose") or "")
                return self._purposes.get(purpose, purpose)
            if col == "duration":
                return format_elapsed(float(row.get("duration_s") or 0.0))
            if col == "consent":
                rec_id = row.get("id")
                if rec_id not in self._verdicts:
                    return "…"
                return self._verdicts[rec_id] or self.tr("Not assessed")
            if col == "tags":
                tags = [f"{k}={v}" for k, v in (row.get("tags") or {}).items()]
                return ", ".join(tags + list(row.get("free_tags") or []))
        return None


class LibraryPage(QWidget):
    message = Signal(str, str)

    def __init__(self, library_root: Path, ui_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.root = library_root
        self.ui_language = ui_language
        self.listening_format = "mp3"
        self.current: dict[str, Any] | None = None
        self._player: Any = None
        self._pending_seek_ms: int | None = None
        self._pending_select: str | None = None
        self.last_export: Path | None = None
        self.last_verify: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        top = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Search calls (name, tag, purpose)…"))
        self.search_edit.setClearButtonEnabled(True)
        top.addWidget(self.search_edit, 1)
        self.verify_button = QPushButton(self.tr("&Verify a bundle…"), self)
        self.verify_button.setObjectName("verifyBundle")
        self.verify_button.setToolTip(
            self.tr("Check a bundle someone sent you (or drop a .zip on the window)")
        )
        self.verify_button.clicked.connect(self.choose_bundle)
        top.addWidget(self.verify_button)
        layout.addLayout(top)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

        self.model = LibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)

        split = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableView(split)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        split.addWidget(self.table)

        detail = QWidget(split)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 6, 0, 0)
        self.title_label = QLabel(self.tr("Select a call to see it here."), detail)
        self.title_label.setObjectName("detailTitle")
        self.title_label.setWordWrap(True)
        dl.addWidget(self.title_label)
        self.consent_label = QLabel(detail)
        self.consent_label.setObjectName("detailConsent")
        self.consent_label.setWordWrap(True)
        dl.addWidget(self.consent_label)
        self.waveform = WaveformWidget(detail)
        self.waveform.seek_requested.connect(self.seek)
        dl.addWidget(self.waveform)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("&Play"), detail)
        self.play_button.setObjectName("play")
        self.play_button.clicked.connect(self.toggle_play)
        row.addWidget(self.play_button)
        self.export_button = QPushButton(self.tr("&Export evidence bundle…"), detail)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.choose_export)
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.delete_button = QPushButton(self.tr("&Delete the audio…"), detail)
        self.delete_button.setObjectName("deleteAudio")
        self.delete_button.setToolTip(
            self.tr(
                "Once the dispute is over, delete the recording's audio for good. Its timeline, "
                "hashes and chain of custody stay in the library."
            )
        )
        self.delete_button.clicked.connect(self.delete_audio)
        row.addWidget(self.delete_button)
        dl.addLayout(row)
        bottom = QSplitter(Qt.Orientation.Horizontal, detail)
        self.events_list = QListWidget(bottom)
        self.events_list.setObjectName("detailEvents")
        self.events_list.setAccessibleName(self.tr("Consent events and markers"))
        self.events_list.itemActivated.connect(self._event_activated)
        bottom.addWidget(self.events_list)
        self.note_browser = QTextBrowser(bottom)
        self.note_browser.setObjectName("legalityNote")
        self.note_browser.setOpenExternalLinks(True)
        bottom.addWidget(self.note_browser)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 2)
        dl.addWidget(bottom, 1)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._set_detail_enabled(False)

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        self._pending_select = select or (self.current or {}).get("id")
        root = self.root
        run_task(lambda: core_bridge.list_recordings(root), self._listed)

    def _listed(self, rows: Any, error: BaseException | None) -> None:
        if error is not None:
            self.message.emit(core_bridge.describe_error(error), "error")
            return
        self.model.set_rows(rows or [])
        self.table.resizeColumnsToContents()
        if self._pending_select:
            self.select(self._pending_select)
        root, lang = self.root, self.ui_language
        ids = [str(r["id"]) for r in rows or []]
        run_task(lambda: core_bridge.consent_verdicts(root, ids, lang), self._verdicts_ready)

    def _verdicts_ready(self, verdicts: Any, error: BaseException | None) -> None:
        if error is not None:
            self.message.emit(core_bridge.describe_error(error), "error")
            return
        self.model.set_verdicts(verdicts)

    def select(self, rec_id: str) -> bool:
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if self.proxy.data(idx, ID_ROLE) == rec_id:
                self.table.setCurrentIndex(idx)
                self.table.scrollTo(idx)
                return True
        return False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        rec_id = self.proxy.data(current, ID_ROLE)
        root, lang = self.root, self.ui_language
        self._stop_player()
        self.title_label.setText(self.tr("Loading…"))

        def work() -> tuple[dict[str, Any], Any, str, dict[str, Any] | None]:
            from recorder.sidecar import Sidecar
            from recorder.waveform import EMPTY, read_overview  # numpy: off the start-up path

            info = core_bridge.get_recording(root, rec_id)
            wav = Path(info["dir"]) / "original.wav"
            tracks = Sidecar.from_json(info["recording"], f"recording {rec_id}").tracks
            wave = read_overview(wav, tracks=tracks) if wav.exists() else EMPTY
            assessment: dict[str, Any] | None = None
            try:
                assessment = core_bridge.assessment_for(info, lang)
                note = core_bridge.legality_html(info, lang, assessment)
            except Exception as exc:  # noqa: BLE001 - the note is optional in the pane
                note = "<p>" + core_bridge.describe_error(exc) + "</p>"
            return info, wave, note, assessment

        run_task(work, self._detail_loaded)

    def _detail_loaded(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.message.emit(core_bridge.describe_error(error), "error")
            self.title_label.setText(self.tr("This call could not be loaded."))
            return
        info, overview, note, assessment = result
        self.current = info
        rec = info.get("recording") or {}
        meta = rec.get("meta") or {}
        events = list(rec.get("events") or [])
        self.title_label.setText(
            self.tr("%1 — %2 — %3")
            .replace("%1", str(meta.get("counterpart") or "?"))
            .replace("%2", str(rec.get("started_local") or "")[:16].replace("T", " "))
            .replace("%3", format_elapsed(float((rec.get("audio") or {}).get("duration_s") or 0)))
        )
        self.consent_label.setText(self.consent_status(assessment))
        self.waveform.set_data(overview, events)
        self.events_list.clear()
        for ev in events:
            if ev.get("kind") in ("start", "stop", "segment_start"):
                continue
            label = f"{format_elapsed(float(ev.get('seconds', 0)))}  {event_label(str(ev['kind']))}"
            if ev.get("text"):
                label += f" — {ev['text']}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, float(ev.get("seconds", 0.0)))
            self.events_list.addItem(item)
        self.note_browser.setHtml(note)
        self._set_detail_enabled(True)
        has_audio = Path(info["dir"], "original.wav").exists()
        for button in (self.play_button, self.export_button, self.delete_button):
            button.setEnabled(has_audio)

    def consent_status(self, assessment: dict[str, Any] | None) -> str:
        """The core's verdict on this call's consent and its first reason (as in the note)."""
        if assessment is None:
            return self.tr("Témoin cannot assess the consent in this call: see the note below.")
        text = str(assessment.get("verdict_text") or "")
        reasons = assessment.get("reasons") or []
        if reasons:
            text = self.tr("%1: %2").replace("%1", text).replace("%2", str(reasons[0]["text"]))
        return text

    def _set_detail_enabled(self, on: bool) -> None:
        for w in (self.play_button, self.export_button, self.delete_button):
            w.setEnabled(on)

    # --- deleting the audio -----------------------------------------------------------------------

    def confirm_delete(self, title: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete the audio?"),
            self.tr(
                "Delete the audio of %1 for good? This cannot be undone. Export an evidence "
                "bundle first if you may still need it. The timeline, the hashes and the "
                "chain of custody stay in the library."
            ).replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_audio(self) -> None:
        if self.current is None or not self.confirm_delete(self.title_label.text()):
            return
        root, rec_id = self.root, str(self.current["id"])
        self._set_detail_enabled(False)
        self._stop_player()
        run_task(lambda: core_bridge.delete_audio(root, rec_id), self._audio_deleted)

    def _audio_deleted(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self._set_detail_enabled(True)
            self.message.emit(core_bridge.describe_error(error), "error")
            return
        self.message.emit(
            self.tr(
                "The audio of %1 is deleted. Its timeline, hashes and chain of custody stay in "
                "the library."
            ).replace("%1", str(result["id"])),
            "info",
        )
        self.refresh(select=str(result["id"]))

    # --- playback ---------------------------------------------------------------------------------

    def _ensure_player(self) -> Any:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._audio_out = QAudioOutput(self)
            self._player.setAudioOutput(self._audio_out)
            self._player.positionChanged.connect(lambda ms: self.waveform.set_position(ms / 1000.0))
            self._player.mediaStatusChanged.connect(self._media_status)
            self._player.errorOccurred.connect(
                lambda _e, text: self.message.emit(
                    self.tr("Playback failed: %1").replace("%1", text), "error"
                )
            )
        return self._player

    def _load_media(self) -> Any:
        player = self._ensure_player()
        if self.current is None:
            return player
        src = QUrl.fromLocalFile(str(Path(self.current["dir"]) / "original.wav"))
        if player.source() != src:
            player.setSource(src)
        return player

    def _media_status(self, status: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        ready = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        if status in ready and self._pending_seek_ms is not None:
            self._player.setPosition(self._pending_seek_ms)
            self._pending_seek_ms = None

    def toggle_play(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        player = self._load_media()
        if player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            player.pause()
            self.play_button.setText(self.tr("&Play"))
        else:
            player.play()
            self.play_button.setText(self.tr("&Pause"))

    def seek(self, seconds: float) -> None:
        """Jump to ``seconds`` (a marker, a consent event, a click on the waveform)."""
        self.waveform.set_position(seconds)
        if self.current is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        player = self._load_media()
        ms = int(seconds * 1000)
        ready = (
            QMediaPlayer.MediaStatus.LoadedMedia,
            QMediaPlayer.MediaStatus.BufferedMedia,
            QMediaPlayer.MediaStatus.BufferingMedia,
            QMediaPlayer.MediaStatus.EndOfMedia,
        )
        if player.mediaStatus() in ready:
            player.setPosition(ms)
        else:
            self._pending_seek_ms = ms  # applied once the file is loaded

    def _event_activated(self, item: QListWidgetItem) -> None:
        self.seek(float(item.data(Qt.ItemDataRole.UserRole)))
        from PySide6.QtMultimedia import QMediaPlayer

        if self._player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
            self.toggle_play()

    def _stop_player(self) -> None:
        if self._player is not None:
            self._player.stop()
            self.play_button.setText(self.tr("&Play"))

    # --- export -----------------------------------------------------------------------------------

    def choose_export(self) -> None:
        if self.current is None:
            return
        default = str(Path.home() / f"temoin-{self.current['id']}.zip")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export evidence bundle"), default, self.tr("Zip bundle (*.zip)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> None:
        if self.current is None:
            return
        rec_id = str(self.current["id"])
        root, lang, fmt = self.root, self.ui_language, self.listening_format
        dialog = QProgressDialog(
            self.tr("Exporting the evidence bundle…"), self.tr("Hide"), 0, 1000, self
        )
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self._export_dialog = dialog
        relay = ProgressRelay(self)
        relay.progress.connect(self._export_progress)
        self._relay = relay
        self.export_button.setEnabled(False)
        run_task(
            lambda: core_bridge.export_bundle(root, rec_id, out, lang, fmt, relay.report),
            self._exported,
        )

    def _export_progress(self, done: float, total: float) -> None:
        if total > 0 and self._export_dialog is not None:
            self._export_dialog.setValue(int(1000 * min(1.0, done / total)))

    def _exported(self, path: Any, error: BaseException | None) -> None:
        self._export_dialog.close()
        self._export_dialog.deleteLater()
        self.export_button.setEnabled(True)
        if error is not None:
            self.message.emit(core_bridge.describe_error(error), "error")
            return
        self.last_export = Path(path)
        self.message.emit(
            self.tr(
                "Bundle exported to %1. Send this file as it is: any change breaks its seal."
            ).replace("%1", str(path)),
            "info",
        )

    # --- verify -----------------------------------------------------------------------------------

    def choose_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify an evidence bundle"), "", self.tr("Zip bundle (*.zip)")
        )
        if name:
            self.verify(Path(name))

    def verify(self, path: Path) -> None:
        self.message.emit(self.tr("Checking %1…").replace("%1", path.name), "info")
        run_task(lambda: core_bridge.verify_bundle(path), lambda r, e: self._verified(path, r, e))

    def _verified(self, path: Path, report: Any, error: BaseException | None) -> None:
        if error is not None:
            self.message.emit(core_bridge.describe_error(error), "error")
            return
        self.last_verify = report
        if report.ok and report.info.get("hashed_at_recovery"):
            text = self.tr(
                "%1 is intact: the files and the signature match. The app was interrupted "
                "during this call: the audio's hash was taken at recovery, and the part "
                "before the last checkpoint matches the hash taken while recording."
            ).replace("%1", path.name)
            self.message.emit(text, "info")
        elif report.ok:
            text = self.tr(
                "%1 is intact: the files, the signature and the hash taken while recording all "
                "match."
            ).replace("%1", path.name)
            self.message.emit(text, "info")
        else:
            text = (
                self.tr("%1 does NOT verify: %2")
                .replace("%1", path.name)
                .replace("%2", "; ".join(report.failures))
            )
            self.message.emit(text, "error")
        if not getattr(self, "quiet", False):
            box = QMessageBox(self)
            box.setObjectName("verifyResult")
            box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Bundle check"))
            box.setText(text)
            box.setDetailedText("\n".join(list(report.checks) + list(report.failures)))
            box.open()
