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

.PHONY: help venv data report test bench score browse lab lint clean distclean

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

CORPUS ?=
INDICATOR ?=
ARTICLES ?=
report: data ## reports for data/raw (ARTICLES="id …"|all); CORPUS=dir|archive → corpus report; + INDICATOR="ca mắc"
	$(BIN)/toolkit report --reports $(REPORTS) $(ARTICLES) \
	  $(if $(CORPUS),--corpus "$(CORPUS)" --processed $(PROCESSED)/corpus,--processed $(PROCESSED)) \
	  $(if $(INDICATOR),--indicator "$(INDICATOR)") $(if $(WORKERS),--workers $(WORKERS))

test: $(STAMP) ## run the test suite
	$(BIN)/python -m pytest

bench: $(STAMP) ## time extraction and reports (floor, naive chain, 100 reports; needs ../shared)
	$(BIN)/python scripts/bench_extract.py
	$(BIN)/python scripts/bench_reports.py

score: $(STAMP) ## score the figures extractor on the hand-labelled sets (SET=dev|...|all; needs ../shared)
	$(BIN)/python scripts/score_figures.py --set $(or $(SET),all)

PORT ?= 8001
browse: $(STAMP) ## build data/processed/news.db from data/raw and browse it with Datasette on localhost
	@test -x $(BIN)/datasette || $(BIN)/python -m pip install --quiet -c constraints.txt -e ".[browse]"
	$(BIN)/toolkit extract $(RAW) --out $(PROCESSED) --db
	$(BIN)/datasette serve $(PROCESSED)/news.db --metadata $(PROCESSED)/news.metadata.json \
	  --host 127.0.0.1 --port $(PORT)

lab: $(STAMP) ## open JupyterLab on the notebooks, with the toolkit importable
	$(BIN)/jupyter lab --notebook-dir=notebooks

lint: $(STAMP) ## check the code with ruff
	$(BIN)/ruff check toolkit tests scripts

clean: ## remove generated tables and reports (keeps data/raw and .venv)
	rm -rf $(PROCESSED)/*.csv $(PROCESSED)/*.parquet $(PROCESSED)/.extract.json $(PROCESSED)/news.* \
	  $(PROCESSED)/corpus $(REPORTS)/*.html $(REPORTS)/*.pdf $(REPORTS)/executed $(REPORTS)/.cache

distclean: clean ## also remove .venv
	rm -rf $(VENV)
