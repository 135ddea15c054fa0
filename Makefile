# Two commands matter: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-soak lint typecheck pytest screenshot bench clean wheel translations translations-update \
	package package-test package-windows-check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Translations: the .ts files are sources (in git); the .qm files are built (git-ignored).
TS_DIR := resources/translations
QM_DIR := src/portfolio_app/translations
LANGUAGES := de
TS_FILES := $(patsubst %,$(TS_DIR)/portfolio_app_%.ts,$(LANGUAGES))
QM_FILES := $(patsubst $(TS_DIR)/%.ts,$(QM_DIR)/%.qm,$(TS_FILES))

# Refresh the .ts files from the sources (keeps existing translations).
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/portfolio_app -name '*.py' | sort) -ts $(TS_FILES) -no-obsolete -locations none

translations: $(QM_FILES)

$(QM_DIR)/%.qm: $(TS_DIR)/%.ts $(STAMP)
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) translations
	$(BIN)/portfolio-app --demo

lint: $(STAMP)
	$(BIN)/ruff format --check src tests bench docs/*.py
	$(BIN)/ruff check src tests bench docs/*.py
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint typecheck pytest

# 1,000 kill -9 trials instead of 50 (about 4 minutes); PORTFOLIO_KILL_TRIALS=N overrides.
test-soak: $(STAMP)
	PORTFOLIO_SOAK=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests/integration/test_crash_kill.py -o log_cli=true --log-cli-level=INFO

# Benchmarks (not part of `make test`); figures and machine in bench/README.md.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/timeline_bench.py
	cd bench && QT_QPA_PLATFORM=offscreen ../$(BIN)/python scale_bench.py
	$(BIN)/python bench/import_bench.py

screenshot: $(STAMP) translations
	$(BIN)/python docs/take_screenshot.py
	$(BIN)/python docs/take_screenshot.py --lang de

# The wheel (with the compiled translations) in dist/.
wheel: $(STAMP) translations
	$(BIN)/python -m pip wheel --quiet --no-deps -w dist .

# Installers (see packaging/README.md). A separate venv holds only the runtime dependencies
# and PyInstaller, so nothing of the dev tools ends up in the bundle.
PKG_VENV := .venv-package
PKG_BIN := $(PKG_VENV)/bin
PKG_STAMP := $(PKG_VENV)/.installed-stamp

$(PKG_STAMP): pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_BIN)/python -m pip install --quiet --upgrade pip
	$(PKG_BIN)/python -m pip install --quiet '.[package]'
	touch $(PKG_STAMP)

# dist/partner-portfolio_<version>_amd64.deb and dist/partner-portfolio-<version>-linux-x86_64.tar.gz
package: $(PKG_STAMP)
	@mkdir -p $(QM_DIR)
	for ts in $(TS_FILES); do $(PKG_BIN)/pyside6-lrelease -silent $$ts -qm $(QM_DIR)/$$(basename $$ts .ts).qm; done
	$(PKG_BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	packaging/linux/build.sh $(PKG_BIN)/python

# Build, then self-test the .deb (scratch root; apt-get install when root) and the tarball.
package-test: package
	packaging/linux/test.sh

# The NSIS script compiles (makensis from Debian's nsis) against a dummy folder.
package-windows-check:
	packaging/windows/check.sh

clean:
	rm -rf $(VENV) $(PKG_VENV) .mypy_cache .ruff_cache .pytest_cache $(QM_DIR)/*.qm
	rm -rf build/frozen build/pyinstaller build/deb build/tar
