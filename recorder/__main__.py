from recorder.cli import run

run()
