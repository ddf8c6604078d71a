# The README's two commands: `make run` serves the site, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
POSTGRES_TEST_URL ?= postgres://postgres@127.0.0.1:5432/council
PYTEST_ARGS ?=

.PHONY: run test lint test-sqlite test-postgres test-tools clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

# The Korean interface: compiled from the .po files that are kept in git (the project's and
# the apps' own catalogues).
MESSAGES := $(patsubst %.po,%.mo,$(wildcard council/locale/ko/LC_MESSAGES/django.po council/*/locale/ko/LC_MESSAGES/django.po))
%.mo: %.po
	command -v msgfmt >/dev/null || .ci/ensure-gettext
	msgfmt --check-format -o $@ $<

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run $(MESSAGES)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py loaddata seed
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-test $(MESSAGES) test-tools lint test-sqlite test-postgres

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DATABASE_URL=sqlite:///$(CURDIR)/db.sqlite3 $(BIN)/python manage.py makemigrations --check --dry-run

# Chromium, Java, and the npm packages the tests inject or run: axe-core and the Nu checker.
test-tools: node_modules/.installed
	.ci/ensure-test-tools

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

test-sqlite: $(VENV)/.installed-test
	@echo "== The suite on SQLite"
	DATABASE_URL=sqlite:///$(CURDIR)/db.sqlite3 $(BIN)/pytest $(PYTEST_ARGS)

# Under CI, PostgreSQL is required: started if it is down, a failure if it cannot be had.
test-postgres: $(VENV)/.installed-test
	@echo "== The suite on PostgreSQL"
	@if .ci/ensure-postgres; then \
	  DATABASE_URL=$(POSTGRES_TEST_URL) $(BIN)/pytest $(PYTEST_ARGS); \
	elif [ "$${CI:-}" = true ]; then \
	  echo "PostgreSQL does not answer on 127.0.0.1:5432 and could not be started." >&2; exit 1; \
	else \
	  echo "PostgreSQL does not answer on 127.0.0.1:5432: the PostgreSQL run is skipped."; \
	fi

clean:
	rm -rf $(VENV) node_modules staticfiles test-artifacts *.egg-info

# The load test (docs/benchmarks.md): gunicorn in production settings on 127.0.0.1 against the
# PostgreSQL database council_bench, each page loaded by wrk beside a bare Django view.
# `make bench REMARKS=1000000` for the full run; results in bench/. The
# harness is bench/, outside the site, run under bench.settings: the site's with the harness added.
REMARKS ?= 20000
MEETINGS ?=
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/council_bench
BENCH_ARGS ?=

.PHONY: bench
bench: $(VENV)/.installed-run $(MESSAGES)
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq wrk; } \
	  || { echo "wrk is missing: install it with apt-get install wrk" >&2; exit 1; }
	@.ci/ensure-postgres || { echo "PostgreSQL does not answer on 127.0.0.1:5432." >&2; exit 1; }
	DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_SETTINGS_MODULE=bench.settings \
	  $(BIN)/python manage.py bench --remarks $(REMARKS) \
	  $(if $(MEETINGS),--meetings $(MEETINGS)) $(BENCH_ARGS)

# Side by side with the Wagtail peer (issue 13, docs/benchmarks.md): council on a corpus of the
# peer's size and the peer (built by ../shared/peers/wagtail-peer.sh in ../peer the first time),
# each by gunicorn with 2 sync workers, wrk and the processor time of the workers and their
# PostgreSQL backends, page pair by page pair; prints a markdown table. About 6 minutes.
PEER_BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/council_bench_peer
PEER_BENCH_ARGS ?=

.PHONY: bench-peer
bench-peer: $(VENV)/.installed-run $(MESSAGES)
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq wrk; } \
	  || { echo "wrk is missing: install it with apt-get install wrk" >&2; exit 1; }
	@.ci/ensure-postgres || { echo "PostgreSQL does not answer on 127.0.0.1:5432." >&2; exit 1; }
	DATABASE_URL=$(PEER_BENCH_DATABASE_URL) DJANGO_SETTINGS_MODULE=bench.settings \
	  $(BIN)/python manage.py bench_side_by_side $(PEER_BENCH_ARGS)
