# The README's two commands: `make lab` and `make test`. Everything runs from .venv, installed from
# pyproject.toml (loose ranges) within constraints.txt (the versions tested together).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS := lab,test,dask,lint
PYTEST := $(BIN)/python -m pytest -q

.PHONY: lab test test-faults test-browser lint report bench build clean venv notebooks lock

venv: $(STAMP)

# Re-install when the project's dependencies or their pinned versions change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[$(EXTRAS)]"
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/python -m workbench build

lab: build
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root,)

# Matplotlib's config and font list for the tests live in the venv: a font list half-written in the
# user's shared cache by a killed run once failed the notebook tests of a later, sound one.
test test-faults test-browser notebooks: export MPLCONFIGDIR := $(abspath $(VENV))/mplconfig

test: $(STAMP)
	$(PYTEST) -m "not faults" --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg tests $(wildcard notebooks/*.ipynb)

# The whole fault suite (kills, corrupt caches, full disk, huge inputs; 53 tests, about 8 minutes idle).
test-faults: $(STAMP)
	$(PYTEST) tests/faults

lint: $(STAMP)
	$(BIN)/ruff check workbench tests bench
	$(BIN)/ruff format --check workbench tests bench
	$(BIN)/mypy

# The browser test alone: JupyterLab driven in Debian's Chromium (apt-get install chromium).
test-browser: $(STAMP)
	$(PYTEST) -m browser tests/ui/test_browser.py

# make report [NOTEBOOKS="02-sources 05-compare"] [DATA=path/to/raw] [WITH_CODE=1]
report: $(STAMP)
	$(BIN)/python -m workbench report $(if $(WITH_CODE),--with-code,) \
	  $(if $(NOTEBOOKS),--notebooks $(NOTEBOOKS),) $(if $(DATA),--data $(DATA),)

# Re-execute the notebooks in place (from clean kernels) after a change, before committing them.
notebooks: $(STAMP)
	$(BIN)/python -m workbench.ui._report

bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_polnear.py
	$(BIN)/python bench/bench_quotes.py
	$(BIN)/python bench/bench_layout_speed.py --rounds 3

# Re-resolve constraints.txt: the newest versions pyproject.toml allows, installed in a scratch venv.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e ".[$(EXTRAS)]"
	{ echo "# Versions tested together; 'make lock' regenerates this file."; \
	  .lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^-e '; } > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf data/processed reports .pytest_cache
