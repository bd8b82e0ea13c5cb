# newsprism: every target sets itself up (a .venv at the repository root, pinned by constraints.txt).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: demo test test-fast bench lint clean

$(READY): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@rm -f $(VENV)/.ready-*
	@touch $@

demo: $(READY)
	$(BIN)/newsprism analyze examples/river-summit/ --out out/demo
	@echo
	@echo "Reports written:"
	@echo "  $(CURDIR)/out/demo/report.html   (open in a browser)"
	@echo "  $(CURDIR)/out/demo/report.md"
	@echo "  $(CURDIR)/out/demo/report.json"

test: $(READY)
	$(BIN)/python -m pytest

test-fast: $(READY)
	$(BIN)/python -m pytest -m "not slow and not browser"

bench: $(READY)
	$(BIN)/python bench/bench_analyze.py --write

lint: $(READY)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
