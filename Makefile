# Two commands a new clone needs: `make run` and `make test`.
# Both create .venv from the hashed lock file on first use (and again when it changes).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-from-lock

.PHONY: run test lint format check screenshot benchmark lock clean translations package

TS := resources/translations/desktop_app_nl.ts
QM := $(TS:.ts=.qm)

$(STAMP): requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Compiled interface translations: built from the .ts sources and committed, so every
# install (a clone, a wheel, the bundle) has them; tests/test_translations_installed.py.
$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# After changing interface strings: refresh the .ts sources from the code, then compile.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find desktop_app -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	$(BIN)/desktop-app $(ARGS)

test: $(STAMP) $(QM)
	$(BIN)/ruff check desktop_app tests benchmarks
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check desktop_app tests benchmarks
	$(BIN)/ruff format --check desktop_app tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format desktop_app tests benchmarks
	$(BIN)/ruff check --fix desktop_app tests benchmarks

check: $(STAMP)
	for manifest in data/*/manifest.toml; do $(BIN)/desktop-app --check "$$(dirname "$$manifest")" || exit 1; done

screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/desktop-app --screenshot resources/screenshot.png --chapter obstacles
	$(BIN)/python resources/readme_pictures.py

# Key to painted frame for every interaction, start-up and memory against a bare window, the
# PDF export. Not part of `make test`: timings on a shared machine are measures, not tests.
benchmark: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/interaction.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/readiness.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/deck_export.py

# Re-pin after editing the dependencies in pyproject.toml (needs uv: pip install uv).
lock:
	uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -o requirements/runtime.txt
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements/dev.txt
	uv pip compile pyproject.toml --extra build --generate-hashes --python-version 3.11 -o requirements/build.txt
	uv pip compile pyproject.toml --extra build --generate-hashes --python-version 3.11 \
		--python-platform x86_64-pc-windows-msvc -c requirements/build.txt -o requirements/build-windows.txt
	uv pip compile pyproject.toml --extra build --generate-hashes --python-version 3.11 \
		--python-platform aarch64-apple-darwin -c requirements/build.txt -o requirements/build-macos.txt

# The standalone app and, on Linux, the .deb and .tar.gz, into dist/ (see packaging/).
package:
	bash packaging/build.sh

clean:
	rm -rf $(VENV) build *.egg-info
