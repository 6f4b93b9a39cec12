# essayconv: `make` builds every output, `make test` runs the tests, `make -j` converts in parallel.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
FORMATS ?= all
INPUTS := $(wildcard input/*.txt)
STAMPS := $(patsubst input/%.txt,output/.%.done,$(INPUTS))
SOURCES := $(shell find src styles -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: all test model bench lint clean

all: $(STAMPS)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

output/.%.done: input/%.txt $(INSTALLED) $(SOURCES)
	$(BIN)/essayconv $< --to $(FORMATS) -o output
	touch $@

test: $(INSTALLED)
	$(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check src tests bench

model: $(INSTALLED)
	$(BIN)/python -m essayconv.references.train

bench: $(INSTALLED)
	$(BIN)/python bench/refparse.py
	$(BIN)/python bench/seed.py
	$(BIN)/python bench/references.py

clean:
	rm -rf output/*.* output/.*.done output/.*.essayconv
