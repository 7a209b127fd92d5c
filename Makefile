# Set-up and the two everyday commands. `make run` and `make test` each create the virtual
# environment and install trialnews into it (a regular, non-editable install) when needed.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: run test test-slow bench clean

$(BIN)/trialnews: pyproject.toml $(shell find pipeline patterns -type f -not -name '*.pyc' 2>/dev/null)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet '.[test]'
	touch $@

## The main job: extract the bundled corpus/ into out/ (records, evidence table, review page).
run: $(BIN)/trialnews
	$(BIN)/trialnews run

## The test suite (slow whole-corpus checks excluded; see test-slow).
test: $(BIN)/trialnews
	$(BIN)/pytest

test-slow: $(BIN)/trialnews
	$(BIN)/pytest -m slow

bench: $(BIN)/trialnews
	$(BIN)/python -m pip install --quiet '.[bench]'
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) out build *.egg-info
