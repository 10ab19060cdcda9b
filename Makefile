# `make run` and `make test` work on a fresh machine: each sets up what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup chromium run test lint format bench clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)

chromium:
	scripts/chromium.sh

# Listens on this machine only unless told otherwise: `make run ADDRESS=0.0.0.0 PORT=80`.
ADDRESS ?= 127.0.0.1
PORT ?= 8501
run: setup chromium
	$(BIN)/streamlit run dashboard.py --server.headless true --server.address $(ADDRESS) --server.port $(PORT)

# The store's tests also run against a real PostgreSQL server, which this starts (installing
# Debian's package where it is missing).
test: setup chromium
	TRACKER_TEST_POSTGRES_URL="$$(scripts/postgres.sh)" $(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_store.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
