"""Render resources/icons/temoin.svg to the PNG sizes desktops want, plus .ico and .icns.

Qt's own SVG renderer does it offscreen, so no extra tool (Inkscape, rsvg) is
needed; the outputs are committed, and re-rendered only when the SVG changes:

    .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "temoin.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size`` pixels square on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def save(image: QImage, path: Path, fmt: str) -> None:
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        raise SystemExit(f"could not write {path}: {writer.errorString()}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    for size in SIZES:
        save(render(renderer, size), ICONS / f"temoin-{size}.png", "png")
    # Windows (.ico, 256 px: Explorer scales it down) and macOS (.icns) icons for the spec.
    save(render(renderer, 256), ICONS / "temoin.ico", "ico")
    save(render(renderer, 512), ICONS / "temoin.icns", "icns")
    written = [f"temoin-{s}.png" for s in SIZES] + ["temoin.ico", "temoin.icns"]
    sys.stdout.write(f"rendered {', '.join(written)} into {ICONS}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
