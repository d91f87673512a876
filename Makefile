# Vietnamese news → figures tables → reports. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW ?= data/raw
PROCESSED ?= data/processed
REPORTS ?= reports

.PHONY: help venv data report test bench score lab lint clean distclean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $@

venv: $(STAMP) ## create .venv and install the toolkit with pinned dependencies

data: $(STAMP) ## extract data/raw into the articles and figures tables in data/processed
	$(BIN)/toolkit extract $(RAW) --out $(PROCESSED)

report: data ## build reports/<article_id>.html and .pdf for every article in data/raw
	$(BIN)/toolkit report --processed $(PROCESSED) --reports $(REPORTS)

test: $(STAMP) ## run the test suite
	$(BIN)/python -m pytest

bench: $(STAMP) ## time extraction against a read+NFC+regex floor on ../shared/corpora
	$(BIN)/python scripts/bench_extract.py

score: $(STAMP) ## score the figures extractor on the hand-labelled dev set (needs ../shared)
	$(BIN)/python scripts/score_figures.py

lab: $(STAMP) ## open JupyterLab on the notebooks, with the toolkit importable
	$(BIN)/jupyter lab --notebook-dir=notebooks

lint: $(STAMP) ## check the code with ruff
	$(BIN)/ruff check toolkit tests scripts

clean: ## remove generated tables and reports (keeps data/raw and .venv)
	rm -rf $(PROCESSED)/*.csv $(PROCESSED)/*.parquet $(REPORTS)/*.html $(REPORTS)/*.pdf $(REPORTS)/executed

distclean: clean ## also remove .venv
	rm -rf $(VENV)
