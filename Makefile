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
	$(BIN)/python bench/findings_scores.py
	$(BIN)/python bench/findings_scores.py --set findings-heldout
	$(BIN)/python bench/findings_scores.py --set findings-heldout2
	$(BIN)/python bench/findings_scores.py --set findings-heldout3
	$(BIN)/python bench/findings_scores.py --set findings-heldout4
	$(BIN)/python bench/findings_scores.py --set findings-heldout5
	$(BIN)/python bench/findings_scores.py --set findings-heldout6
	$(BIN)/python bench/findings_scores.py --set findings-heldout7
	$(BIN)/python bench/findings_scores.py --set findings-heldout8
	$(BIN)/python bench/findings_scores.py --set findings-heldout9
	$(BIN)/python bench/findings_scores.py --set findings-heldout10
	$(BIN)/python bench/findings_scores.py --set findings-heldout11
	$(BIN)/python bench/findings_scores.py --set findings-heldout12
	$(BIN)/python bench/findings_scores.py --set findings-heldout13
	$(BIN)/python bench/findings_scores.py --set findings-heldout14
	$(BIN)/python bench/findings_scores.py --set findings-heldout15
	$(BIN)/python bench/findings_scores.py --set findings-heldout16
	$(BIN)/python bench/findings_scores.py --set findings-heldout17
	$(BIN)/python bench/findings_scores.py --set findings-heldout18
	$(BIN)/python bench/findings_scores.py --set findings-heldout19
	$(BIN)/python bench/findings_scores.py --set findings-heldout20
	$(BIN)/python bench/findings_scores.py --set findings-heldout21
	$(BIN)/python bench/findings_scores.py --set findings-heldout22
	$(BIN)/python bench/findings_scores.py --set findings-heldout23
	$(BIN)/python bench/findings_scores.py --set findings-heldout24
	$(BIN)/python bench/findings_scores.py --set findings-heldout25
	$(BIN)/python bench/findings_scores.py --set findings-heldout26
	$(BIN)/python bench/findings_scores.py --set findings-heldout27
	$(BIN)/python bench/findings_scores.py --set findings-heldout28
	$(BIN)/python bench/findings_scores.py --set findings-heldout29
	$(BIN)/python bench/findings_scores.py --set findings-heldout30
	$(BIN)/python bench/findings_scores.py --set findings-heldout31
	$(BIN)/python bench/findings_scores.py --set findings-heldout32
	$(BIN)/python bench/bench_latency.py
	$(BIN)/python bench/bench_pages.py
	$(BIN)/python bench/api_walkthrough.py

clean:
	rm -rf $(VENV) var
