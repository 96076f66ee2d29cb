"""The stance table of the seed article against its hand-labelled gold (``gold/seed_stances.yaml``).

Reads the bundled seed article with the full pipeline, decides stances on the bundled question, rolls
them up with :func:`stancemap.ledger.history.table`, and compares the rows:

- ``seed_labelled_precision``: correct required rows / (correct required rows + wrong rows);
- ``seed_labelled_recall``: required rows found with the right stance;
- ``seed_labelled_f1``; ``seed_wrong_rows``: rows with a wrong stance or an actor nobody expects.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..config import PACKAGE_DATA
from ..ledger.history import LedgerRow, table
from ..ledger.questions import load_questions

log = logging.getLogger(__name__)
GOLD_PATH = Path(__file__).parent / "gold" / "seed_stances.yaml"


@dataclass
class SeedResult:
    """Rows of the seed table sorted into correct, wrong and missing."""

    correct: list[LedgerRow] = field(default_factory=list)
    also_correct: list[LedgerRow] = field(default_factory=list)
    wrong: list[LedgerRow] = field(default_factory=list)
    missing: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        tp, fp = len(self.correct), len(self.wrong)
        required = tp + len(self.missing)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / required if required else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"seed_labelled_precision": p, "seed_labelled_recall": r, "seed_labelled_f1": f1,
                "seed_wrong_rows": float(fp)}


def load_gold(path: Path = GOLD_PATH) -> dict[str, Any]:
    """The gold file as a mapping."""
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def seed_table(gold: dict[str, Any] | None = None, nlp=None) -> list[LedgerRow]:
    """The ledger table of the seed article on the gold's question (reads the article with the pipeline)."""
    from ..ingest import iter_articles
    from ..ledger.decide import decide_stances
    from ..ledger.service import reading_pipeline
    from ..nlp.pipeline import read_article

    gold = gold or load_gold()
    questions = [q for q in load_questions(PACKAGE_DATA / gold["questions"]) if q.id == gold["question"]]
    article = next(a for a in iter_articles([PACKAGE_DATA / gold["article"]]) if hasattr(a, "text"))
    reading = read_article(nlp or reading_pipeline(), article)
    return table(decide_stances(reading, questions))


def compare(rows: list[LedgerRow], gold: dict[str, Any]) -> SeedResult:
    """Sort table rows against the gold's required and also-correct rows."""
    result = SeedResult()
    required = {a: g for g in gold["rows"] for a in g["actor"]}
    extra = {a: g for g in gold.get("also_correct", []) for a in g["actor"]}
    found: set[int] = set()
    for row in rows:
        g = required.get(row.actor.id)
        if g is not None and row.stance == g["stance"]:
            result.correct.append(row)
            found.add(id(g))
        elif g is None and extra.get(row.actor.id, {}).get("stance") == row.stance:
            result.also_correct.append(row)
        else:
            result.wrong.append(row)
    result.missing = [g for g in gold["rows"] if id(g) not in found]
    # two ids of one required actor (gov:USA and country:USA) count once
    seen, unique = set(), []
    for row in result.correct:
        key = id(required[row.actor.id])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    result.correct = unique
    return result


def evaluate() -> dict[str, float]:
    """Score the seed table; logs wrong and missing rows."""
    gold = load_gold()
    result = compare(seed_table(gold), gold)
    for row in result.wrong:
        log.warning("seed: wrong row %s %s (%s)", row.actor.id, row.stance, row.latest.evidence.sentence.text[:90])
    for g in result.missing:
        log.warning("seed: missing row %s %s", "/".join(g["actor"]), g["stance"])
    return result.figures()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(evaluate())
