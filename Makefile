# Two commands on a fresh machine: `make run` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= corpus
OUT ?= out

.PHONY: all install run test lint typecheck eval bench report schema lock clean

all: test

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/extract run $(CORPUS) --out $(OUT)

# Audit report of the last run (issue 6): $(OUT)/report.html, self-contained.
report: $(STAMP)
	$(BIN)/extract report $(OUT)

test: $(STAMP)
	$(BIN)/pytest -q

# Batch benchmark: >= 2,000 real documents built at run time into bench-out/ (see README).
bench: $(STAMP)
	$(PY) -m extract.bench

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

eval: $(STAMP)
	$(BIN)/extract eval

typecheck: $(STAMP)
	$(BIN)/mypy

schema: $(STAMP)
	$(BIN)/extract schema --out schemas

lock: $(STAMP)
	$(PY) -m pip freeze --all --exclude-editable | grep -v -e '^-e' -e '^pip==' > requirements.lock.new
	{ head -n 2 requirements.lock; cat requirements.lock.new; } > requirements.lock.tmp
	rm requirements.lock.new && mv requirements.lock.tmp requirements.lock

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache .mypy_cache
