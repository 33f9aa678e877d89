"""Entry point of the frozen ``temoin`` executable (console): the CLI, or the app without one."""

from ui.launcher import main

main()
