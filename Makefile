# Co-production in health and social care: build, preview and test the site.
#   make site    build the whole site, every format and sheet, into site/
#   make serve   preview it at http://127.0.0.1:8000, reloading as you edit
#   make test    install what the tests need and run every check
#   make audio-check  transcribe every Easy Read audio file (slow; make test checks a sample)
# See README.md for the rest.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt engine/pyproject.toml | cksum | cut -d' ' -f1)
NODE_STAMP := node_modules/.installed-$(shell cksum < package-lock.json | cut -d' ' -f1)

export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: site serve test test-deps bench audio-check linkcheck-external pictures offline ledger clean

$(STAMP): requirements.txt engine/pyproject.toml
	@sh tools/install_system_packages.sh site
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e engine
	@rm -f $(VENV)/.installed-*
	@touch $@

site: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@rm -f node_modules/.installed-*
	@touch $@

test-deps: $(STAMP)
	@sh tools/install_system_packages.sh test
	@$(MAKE) --no-print-directory $(NODE_STAMP)

test: test-deps site
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python tools/bench.py

audio-check: site
	$(BIN)/python tools/audio_check.py

linkcheck-external: site
	$(BIN)/python tools/linkcheck_external.py

offline: site
	@echo "The offline copy is site/downloads/co-production-offline.zip: unzip it and open index.html."

ledger: site
	$(BIN)/python tools/update_ledger.py

pictures: $(STAMP)
	$(BIN)/python tools/update_pictures.py

clean:
	rm -rf site build .cache .pytest_cache
