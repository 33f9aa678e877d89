"""The app's waveform of a two-track call: two lanes, "You" over "Other party", in the
user's language, with the events and the playhead across both; a mono call keeps its
one unlabelled lane."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from recorder.sidecar import Party, Sidecar
from recorder.waveform import Overview, read_overview
from tests.helpers.make_recording import make_recording, make_two_track_recording
from tests.ui.conftest import FIXTURES, wait_for
from ui import core_bridge
from ui.i18n import install_translations
from ui.library_page import LibraryPage
from ui.waveform import LANE_COLORS, TOP, WaveformWidget

YOU = FIXTURES / "consent_fr_granted.wav"
THEM = FIXTURES / "consent_de_granted.wav"
EVENTS = [{"kind": "announced", "seconds": 0.3}, {"kind": "granted", "seconds": 7.346}]
WIDTH = 800


def _overview(folder: Path) -> Overview:
    return read_overview(folder / "original.wav", tracks=Sidecar.read(folder).tracks)


@pytest.fixture
def two_track_folder(tmp_path: Path) -> Path:
    return make_two_track_recording(tmp_path / "lib", YOU, THEM)


def _shown(qtbot: QtBot, overview: Overview) -> WaveformWidget:
    wave = WaveformWidget()
    qtbot.addWidget(wave)
    wave.set_data(overview, EVENTS)
    wave.resize(WIDTH, wave.sizeHint().height())
    wave.show()
    qtbot.waitExposed(wave)
    return wave


def _colors(image: QImage, x0: int, x1: int, y0: int, y1: int) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(max(x0, 0), min(x1, image.width()))
        for y in range(max(y0, 0), min(y1, image.height()))
    }


def _bands(wave: WaveformWidget) -> list[tuple[int, int]]:
    """The vertical extent of each lane, as the widget lays them out."""
    n = len(wave.lane_labels())
    lane_h = (wave.height() - TOP - 4) / n
    return [(round(TOP + i * lane_h), round(TOP + (i + 1) * lane_h)) for i in range(n)]


def test_a_two_track_call_is_drawn_as_two_labelled_lanes(
    qtbot: QtBot, two_track_folder: Path, tmp_path: Path
) -> None:
    overview = _overview(two_track_folder)
    assert [lane.party for lane in overview.lanes] == [Party.YOU, Party.OTHER]
    wave = _shown(qtbot, overview)
    assert wave.lane_labels() == ["You", "Other party"]
    assert wave.height() > 110  # taller than a mono call's one lane
    assert wave.accessibleDescription() == "You / Other party"
    image = wave.grab().toImage()
    keep = Path(os.environ.get("TEMOIN_SCREENSHOT_DIR", tmp_path))
    assert image.save(str(keep / "app-waveform-two-lanes.png"))
    (top0, top1), (bottom0, bottom1) = _bands(wave)
    # Each lane in its own colour, in its own band: your voice above, theirs below.
    inside = (60, WIDTH - 60)
    assert LANE_COLORS[Party.YOU] in _colors(image, *inside, top0, top1)
    assert LANE_COLORS[Party.OTHER] not in _colors(image, *inside, top0, top1)
    assert LANE_COLORS[Party.OTHER] in _colors(image, *inside, bottom0, bottom1)
    assert LANE_COLORS[Party.YOU] not in _colors(image, *inside, bottom0, bottom1)
    # The labels are drawn: dark text in the top-left corner of each lane.
    for y0, _ in _bands(wave):
        label = [QColor(c) for c in _colors(image, 4, 60, y0 + 3, y0 + 18)]
        assert any(c.lightness() < 90 for c in label)


def _changed_rows(before: QImage, after: QImage, x: int) -> set[int]:
    """Rows where the columns around ``x`` differ between two renderings."""
    return {
        y
        for y in range(before.height())
        for dx in (-1, 0, 1)
        if before.pixelColor(x + dx, y) != after.pixelColor(x + dx, y)
    }


def test_the_events_and_the_playhead_cross_both_lanes(qtbot: QtBot, two_track_folder: Path) -> None:
    overview = _overview(two_track_folder)
    wave = _shown(qtbot, overview)
    duration = overview.duration_s
    with_events = wave.grab().toImage()
    at = 4.0
    wave.set_position(at)
    with_cursor = wave.grab().toImage()
    wave.set_data(overview, [])
    bare = wave.grab().toImage()
    cursor_rows = _changed_rows(with_events, with_cursor, round(WIDTH * at / duration))
    granted_rows = _changed_rows(bare, with_events, round(WIDTH * 7.346 / duration))
    for y0, y1 in _bands(wave):
        band = set(range(y0, y1))
        assert len(cursor_rows & band) > (y1 - y0) / 3  # a dashed line: every other few px
        assert len(granted_rows & band) > (y1 - y0) * 0.9  # a solid one
    # A click in the lower lane seeks like one in the upper: the time is the x position.
    (_, _), (bottom0, bottom1) = _bands(wave)
    with qtbot.waitSignal(wave.seek_requested) as sought:
        qtbot.mouseClick(
            wave, Qt.MouseButton.LeftButton, pos=QPoint(WIDTH // 2, (bottom0 + bottom1) // 2)
        )
    assert sought.args[0] == pytest.approx(duration / 2, rel=0.01)


def test_the_lane_labels_are_translated(qtbot: QtBot, two_track_folder: Path) -> None:
    wave = _shown(qtbot, _overview(two_track_folder))
    expected = {
        "fr": ["Vous", "Interlocuteur"],
        "de": ["Sie", "Gegenüber"],
        "it": ["Lei", "Interlocutore"],
    }
    for lang, labels in expected.items():
        assert install_translations(lang), lang
        assert wave.lane_labels() == labels, lang


def test_a_mono_call_keeps_its_one_unlabelled_lane(qtbot: QtBot, tmp_path: Path) -> None:
    folder = make_recording(tmp_path / "lib", YOU)
    overview = _overview(folder)
    assert [lane.party for lane in overview.lanes] == [Party.BOTH]
    wave = _shown(qtbot, overview)
    assert wave.lane_labels() == [""]
    assert wave.sizeHint().height() == 110  # as tall as it always was
    assert wave.accessibleDescription() == ""
    image = wave.grab().toImage()
    assert LANE_COLORS[Party.BOTH] in _colors(image, 60, WIDTH - 60, TOP, wave.height() - 4)
    wave.clear()
    assert wave.lane_labels() == []


def test_the_library_shows_a_two_track_call_in_two_lanes(
    qtbot: QtBot, two_track_folder: Path
) -> None:
    root = two_track_folder.parent.parent
    rec_id = core_bridge.import_recording(root, two_track_folder)
    page = LibraryPage(root, "en")
    qtbot.addWidget(page)
    page.refresh(select=rec_id)
    wait_for(qtbot, lambda: page.current is not None and page.current["id"] == rec_id)
    assert page.waveform.lane_labels() == ["You", "Other party"]
