# The one source of truth for commands.  `make demo` and `make test` set everything up.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench eval lint install train-attribution clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[semantic,test]'
	touch $(STAMP)

install: $(STAMP)

DEMO_DB := sqlite:///demo.db
DEMO_Q := src/stancemap/data/questions/demo.yaml

demo: $(STAMP)
	rm -f demo.db
	$(BIN)/stancemap questions add $(DEMO_Q) --db $(DEMO_DB)
	$(BIN)/stancemap ingest src/stancemap/data/demo --db $(DEMO_DB)
	$(BIN)/stancemap actors --db $(DEMO_DB) --limit 15
	$(BIN)/stancemap table --question strikes-in-russia --db $(DEMO_DB)
	$(BIN)/stancemap changes --question strikes-in-russia --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m stancemap.evaluation.bench

eval: $(STAMP)
	$(BIN)/python -m stancemap.evaluation.run

# Retrains the attribution tagger ensemble on the PolNeAR train split (dev for choices; ~15 min on one core)
train-attribution: $(STAMP)
	$(BIN)/python scripts/train_attribution.py --ensemble

lint: $(STAMP)
	$(BIN)/python -m compileall -q src tests

clean:
	rm -rf $(VENV) build dist *.egg-info demo.db stancemap.db
