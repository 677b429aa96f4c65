# Two commands on a fresh machine:
#   make serve   set up .venv, build the shipped corpus, serve it at http://127.0.0.1:8001/
#   make test    set up .venv and run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
STAMP := $(VENV)/.installed
# Browser tests drive Debian's Chromium with Playwright (never a downloaded browser).
BROWSER := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve build test bench screenshots clean

# Building the package vendors the pages' JavaScript from npm (setup.py → tools/vendor_js.py).
$(STAMP): pyproject.toml setup.py package.json package-lock.json tools/vendor_js.py
	command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

$(BROWSER) &:
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null

build: $(STAMP)
	$(BIN)/hardtech-kg build

serve: build
	$(BIN)/hardtech-kg serve --port $(PORT)

# Extraction quality and the paper's consistency findings are printed first, so every CI log shows them;
# the test suite runs last (its summary line closes the output).
test: $(STAMP) $(BROWSER)
	@echo "== extraction quality against tests/gold (dev) and tests/gold/heldout (never tuned on) =="
	$(BIN)/hardtech-kg eval
	$(BIN)/hardtech-kg eval --gold tests/gold/heldout
	@echo "== whole documents: real reports of the genre, dev (tuned on) and held-out (never tuned on) =="
	$(BIN)/hardtech-kg eval --documents tests/gold/real/dev
	$(BIN)/hardtech-kg eval --documents tests/gold/real/heldout
	@echo "== consistency findings in the shipped paper =="
	$(BIN)/hardtech-kg build --quiet --out build
	$(BIN)/hardtech-kg sparql --out build 'SELECT ?finding WHERE { ?f a ht:Finding ; rdfs:comment ?finding } ORDER BY ?finding' --format table
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[test,bench]"
	$(BIN)/python benchmarks/run.py $(or $(BENCH_ARGS),--quick)

screenshots: $(STAMP) $(BROWSER)
	$(BIN)/python tools/screenshots.py --out docs/screenshots

clean:
	rm -rf build .pytest_cache .hypothesis
