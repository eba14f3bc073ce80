# The two commands of the README: `make run` and `make test`. Everything they need is installed
# here, from nothing: the virtual environment, the packages, the compiled catalogs and, for the
# Matrix tests, a Synapse homeserver in a virtual environment of its own.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SYNAPSE_VENV ?= .synapse-venv
SYNAPSE_VERSION ?= 1.163.2
# Wheels of every package the bot and its build need, so that the installation tests build and install
# the bot into fresh environments from this folder alone (tests talk to nothing but 127.0.0.1).
WHEELHOUSE ?= .wheelhouse
LOCALES := en be ru
CATALOGS := $(foreach l,$(LOCALES),locale/$(l)/LC_MESSAGES/pardonwatch.po)
COMPILED := $(CATALOGS:.po=.mo)

.PHONY: run test install catalogs messages lint synapse wheelhouse bench clean

run: install catalogs
	$(BIN)/pardonwatch run

test: install catalogs synapse wheelhouse
	$(BIN)/ruff check .
	PARDONWATCH_SYNAPSE=$(abspath $(SYNAPSE_VENV))/bin/python PARDONWATCH_WHEELHOUSE=$(abspath $(WHEELHOUSE)) \
		$(BIN)/pytest -q

install: $(VENV)/.installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

catalogs: $(COMPILED)

locale/%/LC_MESSAGES/pardonwatch.mo: locale/%/LC_MESSAGES/pardonwatch.po $(VENV)/.installed
	$(BIN)/pybabel compile -D pardonwatch -d locale -l $*

# After adding or changing translatable text: extract it, then translate the new entries in each .po.
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --omit-header -o locale/pardonwatch.pot .
	$(BIN)/pybabel update -D pardonwatch -d locale -i locale/pardonwatch.pot --no-fuzzy-matching --ignore-obsolete

# Synapse is only a test peer: it lives in its own environment so its pins never meet the bot's.
synapse: $(SYNAPSE_VENV)/.installed

$(SYNAPSE_VENV)/.installed:
	$(PYTHON) -m venv $(SYNAPSE_VENV)
	$(SYNAPSE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SYNAPSE_VENV)/bin/python -m pip install --quiet 'matrix-synapse==$(SYNAPSE_VERSION)'
	touch $@

wheelhouse: $(WHEELHOUSE)/.built

$(WHEELHOUSE)/.built: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip wheel --quiet --wheel-dir $(WHEELHOUSE) . pip setuptools wheel
	touch $@

bench: install catalogs
	for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(SYNAPSE_VENV) $(WHEELHOUSE) $(COMPILED) .pytest_cache .ruff_cache build dist bot/_data
