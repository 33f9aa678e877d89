"""Entry point of the frozen ``temoin-gui`` executable (windowed): always the app, never the CLI.

A windowed program has no console on Windows or macOS, so command-line output
would vanish: desktop launchers start this one (arguments ignored), terminals
use ``temoin``.
"""

import sys

from ui.launcher import main

del sys.argv[1:]
main()
