# newsprism: every target sets itself up (a .venv at the repository root, pinned by constraints.txt).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: demo test test-fast bench calibrate lint clean

# pip is pinned first: the pip that ships with Python 3.11 (23.2) stops with "Internal issue: Candidate is not
# for this requirement" when jusText asks for lxml[html_clean] and readability-lxml for lxml[html-clean].
$(READY): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==26.3
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

# speed and quality figures into BENCHMARKS.md (evaluation data from ../shared beside the repository)
bench: $(READY)
	$(BIN)/python bench/bench_analyze.py --write
	$(BIN)/python bench/bench_extraction.py --write
	$(BIN)/python bench/bench_dedup.py --write
	$(BIN)/python bench/bench_stories.py --write
	$(BIN)/python bench/bench_scale.py --write
	$(BIN)/python bench/bench_store.py --write
	$(BIN)/python bench/bench_quotes.py --write
	$(BIN)/python bench/bench_loaded.py --write
	$(BIN)/python bench/bench_conflicts.py --write
	$(BIN)/python bench/bench_summary.py --write

# the sweeps behind the alignment, clustering, quote and summary settings in src/newsprism/defaults.toml
calibrate: $(READY)
	$(BIN)/python bench/calibrate_align.py --write
	$(BIN)/python bench/calibrate_cluster.py --write
	$(BIN)/python bench/calibrate_quotes.py --write
	$(BIN)/python bench/calibrate_summary.py --limit 40 --write

lint: $(READY)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
