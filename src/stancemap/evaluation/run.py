"""``make eval``: run every evaluation module, print the figures, write ``reports/eval.json``.

    python -m stancemap.evaluation.run            # all
    python -m stancemap.evaluation.run te3 polnear  # some
"""
from __future__ import annotations

import importlib
import logging
import sys
import time

from .report import write_figures

#: module name -> what it measures
MODULES = {
    "te3": "date normalisation on TempEval-3 platinum",
    "actor_linking": "actor linking on the team's gold set",
    "polnear": "attribution on the PolNeAR test split",
    "polnear_links": "attribution linking (content and source attached to the right cue), PolNeAR test",
    "seed": "stance table of the seed article",
    "stance_dev": "stance decisions on the team's development set",
    "stance_test": "stance decisions on more dev sets and the test sets (new questions)",
    "vast": "zero-shot stance on VAST (outside reference)",
    "fnc": "FNC-1 stance (outside reference)",
}


def run(names: list[str]) -> tuple[dict[str, float], list[str]]:
    """Run the named evaluation modules; returns (figures, names that failed)."""
    figures: dict[str, float] = {}
    failed: list[str] = []
    for name in names:
        print(f"\n== {name}: {MODULES[name]}", flush=True)
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"stancemap.evaluation.{name}")
            result = module.evaluate()
        except Exception as e:  # one broken evaluation must not hide the others' figures
            logging.getLogger(__name__).exception("evaluation %s failed", name)
            print(f"   FAILED: {type(e).__name__}: {e}")
            failed.append(name)
            continue
        for key, value in result.items():
            if isinstance(value, (int, float)):
                print(f"   {key:<36} {value:.4f}" if isinstance(value, float) else f"   {key:<36} {value}")
        print(f"   ({time.perf_counter() - start:.1f} s)")
        figures.update(result)
        write_figures("eval", result)
    return figures, failed


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    names = argv or list(MODULES)
    unknown = [n for n in names if n not in MODULES]
    if unknown:
        print(f"unknown evaluation(s) {unknown}; choose from {list(MODULES)}")
        return 2
    _, failed = run(names)
    print("\nfigures written to reports/eval.json")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
