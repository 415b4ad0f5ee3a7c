# instagram-graph-api-sdk: every task a contributor or CI runs. `make` lists them.
# Each target sets up .venv by itself from the hash-locked files in requirements/ (`make lock`).

.DEFAULT_GOAL := help
SHELL := /bin/sh
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed
SOURCES := overlay scripts tests examples

.PHONY: help install demo test generate check-spec check-generated lint format typecheck pytest \
        fuzz cassettes bench lock clean docs

help: ## List the targets
	@echo "instagram-graph-api-sdk. Start with: make demo, then make test."
	@echo
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes
# Locked files install with hashes, and the project itself without dependencies or build isolation
# (hatchling comes from the lock), so nothing unpinned reaches the environment.
$(STAMP): pyproject.toml requirements/bootstrap.txt requirements/dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (found " + sys.version.split()[0] + "); run make with PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements/bootstrap.txt
	$(PIP) -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP) ## Create .venv with the package (editable) and the pinned dev tools

demo: $(STAMP) ## The Access Tokens story end to end, offline, against the fake Instagram
	$(BIN)/instagram-graph demo

test: lint typecheck check-generated docs pytest ## Everything CI checks: lint, types, drift check, docs, tests
	@echo "make test: all checks passed"

generate: $(STAMP) ## Regenerate generated/ from spec/ (never edit generated/ by hand)
	$(BIN)/python scripts/generate.py

check-spec: $(STAMP) ## Validate the spec: openapi-spec-validator and the house rules
	$(BIN)/python scripts/check_spec.py

check-generated: $(STAMP) ## Fail if generated/ differs from what the spec produces (untracked files too)
	$(BIN)/python scripts/check_generated.py

lint: $(STAMP) ## ruff check and ruff format --check on the hand-written code
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

format: $(STAMP) ## Format the hand-written code with ruff
	$(BIN)/ruff format $(SOURCES)
	$(BIN)/ruff check --fix $(SOURCES)

typecheck: $(STAMP) ## mypy --strict on the overlay, generated/, scripts/ and tests/
	$(BIN)/mypy overlay/instagram_graph_api_sdk generated/instagram_graph_api_client scripts tests

# Line coverage of overlay/instagram_graph_api_sdk (config: [tool.coverage] in pyproject.toml).
# Measured 2026-11-29: 92.6 % (6,228 statements, 462 missed, 2,134 tests). What is missed is mostly
# CLI code the end-to-end tests run in a subprocess (not counted: __main__, _cli, cli/_login,
# cli/_callback, cli/_tools) and branches of the async namespace sources whose sync twins are
# tested line by line. The floor, 91 %, leaves 1.5 points (about 90 lines) for modules being split
# or moved; losing more than that means new code went in untested.
pytest: $(STAMP) ## Run the test suite (offline: cassettes, MockTransport and loopback servers), with a coverage floor
	$(BIN)/pytest -q --cov --cov-report=term:skip-covered --cov-fail-under=91

docs: $(STAMP) ## Build the documentation site into site/ (strict: a warning, broken link or missing reference fails)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict  # not --quiet: it hides the warnings strict counts

fuzz: $(STAMP) ## The long hypothesis run (at least 10,000 examples per property)
	INSTAGRAM_FUZZ_EXAMPLES=10000 $(BIN)/pytest -q -m fuzz

cassettes: $(STAMP) ## Re-record cassettes against the live API (needs INSTAGRAM_* credentials; see tests/recorded/README.md)
	$(BIN)/python scripts/record_cassettes.py

$(BENCH_STAMP): $(STAMP) requirements/bench.txt
	$(PIP) -r requirements/bench.txt
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) ## Speed and memory against bare httpx and two peers (ratios; BENCH_ARGS=--instructions)
	@status=0; $(BIN)/python scripts/bench.py $(BENCH_ARGS) || status=1; \
	$(BIN)/python scripts/bench_sweep.py || status=1; exit $$status

lock: ## Recompile requirements/*.txt (hashes) from pyproject.toml with uv; commit the result
	$(PYTHON) -m venv .venv-lock && .venv-lock/bin/python -m pip install --quiet uv
	.venv-lock/bin/uv pip compile --quiet --generate-hashes --python-version 3.11 --universal requirements/bootstrap.in -o requirements/bootstrap.txt
	.venv-lock/bin/uv pip compile --quiet --generate-hashes --python-version 3.11 --universal pyproject.toml --extra dev --no-emit-package instagram-graph-api-sdk -o requirements/dev.txt
	.venv-lock/bin/uv pip compile --quiet --generate-hashes --python-version 3.11 --universal pyproject.toml --extra dev --extra bench --no-emit-package instagram-graph-api-sdk -o requirements/bench.txt
	rm -rf .venv-lock

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
