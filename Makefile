# Two commands on a fresh machine with Python 3.11+ and make: `make run`, `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test install lint check demo bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo

run: demo
	@echo "Serving at http://127.0.0.1:8000/ (web, worker and beat; Ctrl-C stops all three)"
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

bench: install
	$(BIN)/python bench/corpus_scores.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_consistency.py
	$(BIN)/python bench/findings_scores.py --all
	$(BIN)/python bench/bench_latency.py
	$(BIN)/python bench/bench_pages.py
	$(BIN)/python bench/api_walkthrough.py

clean:
	rm -rf $(VENV) var
