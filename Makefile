# Témoin — the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench package lock fixtures clean translations screenshots

run: $(STAMP)
	$(BIN)/temoin

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check recorder ui tests benchmarks
	$(BIN)/ruff format --check recorder ui tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

package: $(STAMP)
	$(BIN)/python -m PyInstaller --noconfirm packaging/temoin.spec

fixtures:
	bash tests/fixtures/make_fixtures.sh

# UI catalogs: refresh resources/i18n/*.ts from ui/*.py (pyside6-lupdate), compile the .qm.
translations: $(STAMP)
	$(BIN)/python -m ui.translations all

# Screenshots of each step under Xvfb (1280x720) into docs/screenshots/.
screenshots: $(STAMP)
	for l in en fr de it; do $(BIN)/python tests/ui/screenshots.py --lang $$l || exit 1; done

# Regenerate the pinned lock (hashes, every platform, Python 3.11 to 3.13).
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet uv
	.venv-lock/bin/uv pip compile pyproject.toml --extra test --extra dev \
	    --universal --generate-hashes --python-version 3.11 -o requirements.lock

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Témoin needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	    echo "Could not create a virtual environment: install python3-venv (sudo apt-get install python3-venv)"; exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .venv-lock build dist .pytest_cache .mypy_cache .ruff_cache
