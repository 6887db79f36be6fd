# The README's two commands: `make lab` and `make test`. Everything runs from .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: lab test test-browser report bench build clean venv notebooks

venv: $(STAMP)

# Re-install when the project's dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dask]"
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/python -m workbench build

lab: build
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root,)

test: $(STAMP)
	$(BIN)/python -m pytest -q --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg tests $(wildcard notebooks/*.ipynb)

# The browser test alone: JupyterLab driven in Debian's Chromium (apt-get install chromium).
test-browser: $(STAMP)
	$(BIN)/python -m pytest -q -m browser tests/test_browser.py

report: $(STAMP)
	$(BIN)/python -m workbench report $(if $(WITH_CODE),--with-code,)

# Re-execute the notebooks in place (from clean kernels) after a change, before committing them.
notebooks: $(STAMP)
	$(BIN)/python -m workbench.report

bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/bench_scale.py

clean:
	rm -rf data/processed reports .pytest_cache
