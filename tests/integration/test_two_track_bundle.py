"""A two-track call's evidence bundle, through the real parts: recorded by ``Call`` from
``TwoTrackSource(FileSource(you), FileSource(them))`` (no sound server needed), exported
and verified by the ``temoin`` command, its listening copy decoded by the ffmpeg Témoin
ships, its viewer opened in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from recorder import bundle, verify
from recorder.library import Library
from recorder.transcode import ffmpeg_exe
from recorder.verify import VerifyStep
from tests.helpers.cli_run import temoin
from tests.helpers.forge import read_bag, reseal
from tests.helpers.make_recording import (
    consent_events,
    fixture_info,
    make_recording,
    record_two_track_call,
)
from tests.helpers.signal_compare import align
from tests.helpers.tools import console_lines, need, run_chromium

YOU = "consent_fr_granted.wav"  # said into your microphone: channel 1
THEM = "consent_de_granted.wav"  # what the other party said: channel 2
RATE = 48000
PREFIX = "evidence/"


def _env(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        TEMOIN_HOME=str(base / "lib"),
        TEMOIN_CONFIG=str(base / "config"),
        TEMOIN_LOG_DIR=str(base / "logs"),
    )
    return env


@pytest.fixture(scope="module")
def two_track(tmp_path_factory: pytest.TempPathFactory, fixtures_dir: Path) -> dict[str, Any]:
    """One two-track call recorded in real time (10 s), exported by ``temoin export``."""
    base = tmp_path_factory.mktemp("two-track")
    env = _env(base)
    info = fixture_info(fixtures_dir, YOU)
    outcome = record_two_track_call(
        base / "lib",
        fixtures_dir / YOU,
        fixtures_dir / THEM,
        [("announced", info["announce_at"], None), ("granted", info["answer_end"], None)],
    )
    assert outcome.indexed, outcome
    assert outcome.rec_id is not None
    zip_path = base / "out" / "evidence.zip"
    zip_path.parent.mkdir()
    out = temoin(
        *("export", outcome.rec_id, "--out", str(zip_path), "--language", "fr", "--json"),
        env=env,
    )
    assert out.returncode == 0, out.stderr
    unpacked = base / "unpacked"
    subprocess.run(["unzip", "-q", str(zip_path), "-d", str(unpacked)], check=True)
    return {
        "zip": zip_path,
        "rec_id": outcome.rec_id,
        "rec_dir": outcome.rec_dir,
        "env": env,
        "data": unpacked / "evidence" / "data",
    }


def test_temoin_verify_accepts_the_two_track_bundle(two_track: dict[str, Any]) -> None:
    out = temoin("verify", str(two_track["zip"]), "--json", env=two_track["env"])
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] is True, report["failures"]
    assert any("metadata.schema.json" in c for c in report["checks"])


def test_the_original_holds_each_voice_on_its_channel(
    two_track: dict[str, Any], fixtures_dir: Path
) -> None:
    pcm, rate = sf.read(two_track["data"] / "audio/original.wav", dtype="int16", always_2d=True)
    assert rate == RATE
    assert pcm.shape[1] == 2
    for channel, fixture in ((0, YOU), (1, THEM)):
        source, _ = sf.read(fixtures_dir / fixture, dtype="int16")
        assert align(source, pcm[RATE : 4 * RATE, channel]).correlation > 0.99


def test_metadata_names_whose_voice_each_channel_holds(two_track: dict[str, Any]) -> None:
    meta = json.loads((two_track["data"] / "metadata.json").read_text(encoding="utf-8"))
    assert meta["format"]["channels"] == 2
    assert meta["format"]["tracks"] == [
        {"channel": 1, "party": "you", "kind": "file", "source": YOU},
        {"channel": 2, "party": "other", "kind": "file", "source": THEM},
    ]
    assert verify.schema_problems(meta) == []


def _decode(path: Path) -> tuple[np.ndarray, int]:
    """A listening copy decoded by the ffmpeg Témoin ships (imageio-ffmpeg has no ffprobe:
    its own ``-i`` report says the layout), as (frames, channels) int16 at 48 kHz."""
    probe = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path), "-f", "null", "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    layout = re.search(r"Audio: .*? Hz, (\w+)", probe.stderr)
    assert layout is not None, probe.stderr
    channels = {"mono": 1, "stereo": 2}[layout.group(1)]
    raw = subprocess.run(
        [
            *(ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-i", str(path)),
            *("-f", "s16le", "-acodec", "pcm_s16le", "-ar", str(RATE), "-"),
        ],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(raw, dtype="<i2").reshape(-1, channels), channels


@pytest.mark.parametrize("name", ["listening.mp3", "consent.mp3"])
def test_the_listening_copy_and_consent_clip_are_stereo_you_left_them_right(
    two_track: dict[str, Any], fixtures_dir: Path, name: str
) -> None:
    pcm, channels = _decode(two_track["data"] / "audio" / name)
    assert channels == 2
    mine, _ = sf.read(fixtures_dir / YOU, dtype="int16")
    theirs, _ = sf.read(fixtures_dir / THEM, dtype="int16")
    start = 0 if name == "listening.mp3" else round(0.3 * RATE)  # the clip starts there
    stretch = slice(start + RATE, start + 3 * RATE)
    left = align(pcm[:, 0], mine[stretch]).correlation
    right = align(pcm[:, 1], theirs[stretch]).correlation
    crosstalk = max(
        abs(align(pcm[:, 0], theirs[stretch]).correlation),
        abs(align(pcm[:, 1], mine[stretch]).correlation),
    )
    # A mix-down (or the two sides swapped into both) would make the channels alike.
    alike = float(np.corrcoef(pcm[:, 0].astype(float), pcm[:, 1].astype(float))[0, 1])
    print(
        f"{name}: you/left {left:.3f}, them/right {right:.3f}, "
        f"cross-talk {crosstalk:.3f}, left vs right {alike:.3f}"
    )
    assert left > 0.9
    assert right > 0.9
    # The two fixtures alone already correlate up to 0.135 at their best lag (two synthetic
    # voices saying similar words): below 0.2, the copy adds no leak of one into the other.
    assert crosstalk < 0.2
    assert abs(alike) < 0.1


def _lanes(dom: str) -> list[dict[str, str]]:
    lanes = []
    for match in re.finditer(r'<g class="lane" ([^>]*)>(.*?)</g>', dom, re.S):
        attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(1)))
        body = match.group(2)
        label = re.search(r'<text class="lane-label"[^>]*>([^<]*)</text>', body)
        path = re.search(r'<path class="wave party-(\w+)" d="([^"]*)"', body)
        assert path is not None
        lanes.append(
            {
                **attrs,
                "label": label.group(1) if label else "",
                "path_party": path.group(1),
                "d": path.group(2),
            }
        )
    return lanes


def test_the_viewer_draws_two_labelled_lanes_in_chromium(
    two_track: dict[str, Any], tmp_path: Path
) -> None:
    index = two_track["data"] / "index.html"
    html = index.read_text(encoding="utf-8")
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")  # self-contained
    shot = tmp_path / "index.png"
    out = run_chromium(
        tmp_path, f"--screenshot={shot}", "--window-size=1200,900", index.as_uri(), check=False
    )
    assert console_lines(out.stderr) == []
    assert shot.stat().st_size > 20_000
    keep = Path(os.environ.get("TEMOIN_SCREENSHOT_DIR", tmp_path))
    shutil.copy(shot, keep / "bundle-index-two-lanes.png")

    dom = run_chromium(tmp_path / "dom", "--dump-dom", index.as_uri()).stdout
    lanes = _lanes(dom)
    assert [(lane["data-channel"], lane["data-party"], lane["label"]) for lane in lanes] == [
        ("1", "you", "Vous"),
        ("2", "other", "Interlocuteur"),
    ]
    assert all(lane["path_party"] == lane["data-party"] for lane in lanes)
    bands = []
    for lane in lanes:
        ys = [float(y) for y in re.findall(r"[ V](-?\d+(?:\.\d+)?)", lane["d"])]
        assert len(ys) > 500, "a column per pixel or so, not an empty lane"
        bands.append((min(ys), max(ys)))
    assert bands[0][1] <= 100 <= bands[1][0], bands  # each lane stays in its half
    # The events and the playhead cross both lanes.
    height = re.search(r'<line id="cursor"[^>]*y2="(\d+)"', dom)
    assert height is not None
    assert height.group(1) == "200"
    marks = re.findall(r'<line class="ev k-(\w+)"[^>]*y2="(\d+)"', dom)
    assert [kind for kind, _ in marks] == ["announced", "granted"]
    assert {y2 for _, y2 in marks} == {"200"}
    # Which channel is whom, in words.
    tracks = re.search(r'<ul class="tracks" id="tracks">(.*?)</ul>', dom, re.S)
    assert tracks is not None
    items = re.findall(r"<li>([^<]*)</li>", tracks.group(1))
    assert items == [
        f"Canal 1 : Vous — {YOU} (fichier)",
        f"Canal 2 : Interlocuteur — {THEM} (fichier)",
    ]


def test_the_legality_note_says_which_channel_is_whom(two_track: dict[str, Any]) -> None:
    note = (two_track["data"] / "legality-note.html").read_text(encoding="utf-8")
    assert f"Canal 1 : Vous — {YOU}" in note
    assert f"Canal 2 : Interlocuteur — {THEM}" in note
    need("pdftotext", "poppler-utils")
    text = subprocess.run(
        ["pdftotext", str(two_track["data"] / "legality-note.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assert "Canal 1 : Vous" in flat
    assert "Canal 2 : Interlocuteur" in flat


# --- mono stays as it was --------------------------------------------------------------------


@pytest.fixture
def mono_bundle(tmp_path: Path, fixtures_dir: Path) -> Path:
    lib_dir = tmp_path / "lib"
    folder = make_recording(
        lib_dir, fixtures_dir / YOU, consent_events(fixture_info(fixtures_dir, YOU))
    )
    with Library.open(lib_dir) as lib:
        rec_id = lib.import_recording(folder)
        return bundle.export(lib, rec_id, tmp_path / "evidence.zip", language="en")


def test_a_mono_call_keeps_one_unlabelled_lane_and_a_mono_copy(
    mono_bundle: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(mono_bundle) as zf:
        index = zf.read(PREFIX + "data/index.html").decode()
        meta = json.loads(zf.read(PREFIX + "data/metadata.json"))
        zf.extract(PREFIX + "data/audio/listening.mp3", tmp_path)
        zf.extract(PREFIX + "data/audio/consent.mp3", tmp_path)
    assert index.count('<g class="lane"') == 1
    assert 'class="lane-label"' not in index
    assert 'id="tracks"' not in index
    assert 'y2="160"' in index  # the lane is as tall as it always was
    assert meta["format"]["tracks"] == [
        {"channel": 1, "party": "both", "kind": "file", "source": YOU}
    ]
    for name in ("listening.mp3", "consent.mp3"):
        assert _decode(tmp_path / PREFIX / "data/audio" / name)[1] == 1


def test_an_old_mono_bundle_without_tracks_still_verifies(
    mono_bundle: Path, tmp_path: Path
) -> None:
    files, prefix = read_bag(mono_bundle)
    assert prefix == PREFIX
    meta = json.loads(files[PREFIX + "data/metadata.json"])
    del meta["format"]["tracks"]  # as exported before tracks were named
    files[PREFIX + "data/metadata.json"] = json.dumps(meta).encode()
    old = tmp_path / "old.zip"
    old.write_bytes(reseal(files, PREFIX))
    report = verify.verify(old)
    assert report.ok, report.failures


def test_a_track_naming_an_unknown_party_fails_the_metadata_check(
    mono_bundle: Path, tmp_path: Path
) -> None:
    files, prefix = read_bag(mono_bundle)
    assert prefix == PREFIX
    meta = json.loads(files[PREFIX + "data/metadata.json"])
    meta["format"]["tracks"][0]["party"] = "them"
    files[PREFIX + "data/metadata.json"] = json.dumps(meta).encode()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(reseal(files, PREFIX))
    report = verify.verify(bad)
    assert not report.ok
    assert report.steps_failed() == {VerifyStep.METADATA}
    assert any("format/tracks/0/party" in f for f in report.failures), report.failures


def test_a_stereo_file_nobody_named_gets_two_numbered_lanes(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    """An imported stereo file: two lanes, but nobody said whose voice is where."""
    lib_dir = tmp_path / "lib"
    folder = make_recording(lib_dir, fixtures_dir / "stereo_44k.wav")
    with Library.open(lib_dir) as lib:
        rec_id = lib.import_recording(folder)
        out = bundle.export(lib, rec_id, tmp_path / "evidence.zip", language="en")
    with zipfile.ZipFile(out) as zf:
        index = zf.read(PREFIX + "data/index.html").decode()
        note = zf.read(PREFIX + "data/legality-note.html").decode()
        zf.extract(PREFIX + "data/audio/listening.mp3", tmp_path)
    assert re.findall(r'<text class="lane-label"[^>]*>([^<]*)</text>', index) == [
        "Channel 1",
        "Channel 2",
    ]
    lines = [
        "Channel 1: not named — stereo_44k.wav (file)",
        "Channel 2: not named — stereo_44k.wav (file)",
    ]
    assert re.findall(r"<li>([^<]*)</li>", index) == lines
    assert "; ".join(lines) in note
    assert _decode(tmp_path / PREFIX / "data/audio/listening.mp3")[1] == 2  # stereo, as before
    assert verify.verify(out).ok
