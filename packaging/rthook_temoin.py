"""PyInstaller runtime hook: point imageio-ffmpeg at the ffmpeg inside the frozen folder.

imageio-ffmpeg would find it by itself, but silently falls back to a system
ffmpeg when it cannot; naming the bundled binary makes a broken build fail
loudly instead of depending on what the user's machine happens to have.
"""

import os
import sys
from pathlib import Path

_base = getattr(sys, "_MEIPASS", None)
if _base and not os.environ.get("IMAGEIO_FFMPEG_EXE"):
    _found = sorted((Path(_base) / "imageio_ffmpeg" / "binaries").glob("ffmpeg-*"))
    if _found:
        os.environ["IMAGEIO_FFMPEG_EXE"] = str(_found[-1])
