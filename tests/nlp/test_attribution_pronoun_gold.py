"""The hand-labelled pronoun speakers (evaluation/gold/polnear_pronoun_speakers_{dev,test}.jsonl) and the metric on them:
the resolver's actor for a "he"/"she" source against the person a reader named.  Invented texts for the
metric; the gold file's format is checked as it is shipped."""
from __future__ import annotations

import json
from datetime import date

import pytest

from stancemap.evaluation import polnear


@pytest.mark.parametrize("names, antecedent, same", [
    (["Hillary Rodham Clinton", "Hillary Clinton"], "Hillary Clinton", True),
    (["Bill Clinton"], "Hillary Clinton", False),  # a namesake is another person
    (["Clinton"], "Hillary Clinton", True),  # a surname alone cannot tell them apart: it counts
    (["Pat Smith"], "Sean Smith", False),
    (["Tobias Lindqvist"], "Mr. Lindqvist", True),
    (["Marcus Ferrante"], "Tobias Lindqvist", False),
    (["Bobby Scott"], 'Robert C. "Bobby" Scott', True),  # a nickname the full form gives
    (["Bobby Scott"], "Robert C. Scott", False),
])
def test_names_match(names, antecedent, same):
    assert polnear.names_match(names, antecedent) is same


def test_load_pronoun_gold_keeps_named_antecedents(tmp_path):
    path = tmp_path / "p.jsonl"
    rows = [{"file": "a", "start": 5, "end": 7, "antecedent": "Tobias Lindqvist"},
            {"file": "a", "start": 50, "end": 53, "antecedent": "UNNAMED: a spokeswoman"},
            {"file": "b", "start": 1, "end": 3, "antecedent": "UNCLEAR"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = polnear.load_pronoun_gold(path)
    assert list(gold) == ["a"] and [i.antecedent for i in gold["a"]] == ["Tobias Lindqvist"]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_shipped_pronoun_gold_is_well_formed(split):
    rows = [json.loads(line) for line in polnear.pronoun_gold_path(split).read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 200
    for row in rows:
        assert set(row) >= {"file", "start", "end", "pronoun", "antecedent"}
        assert row["pronoun"].lower() in ("he", "she") and row["end"] - row["start"] == len(row["pronoun"])
        assert row["antecedent"].strip()


@pytest.mark.model
def test_pronoun_hits_right_wrong_and_unresolved(nlp_full):
    text = ("Campaign aide Tobias Lindqvist spoke to reporters on Monday. "
            "\u201cThe voters who backed Senator Marcus Ferrante will come around,\u201d he said.")
    doc = nlp_full.make_doc(text)
    doc._.stancemap_published = date(2024, 6, 1)
    doc = nlp_full(doc)
    at = text.index(" he said") + 1
    item = polnear.PronounItem("x", at, at + 2, "Tobias Lindqvist")
    assert polnear.pronoun_hits(doc, [item]) == (1, 0, 1)
    other = polnear.PronounItem("x", at, at + 2, "Marcus Ferrante")
    assert polnear.pronoun_hits(doc, [other]) == (0, 1, 1)
    nobody = polnear.PronounItem("x", 0, 8, "Tobias Lindqvist")  # "Campaign": no actor
    assert polnear.pronoun_hits(doc, [nobody]) == (0, 0, 1)


@pytest.mark.shared
@pytest.mark.parametrize("split", ["dev", "test"])
def test_pronoun_gold_offsets_reslice_in_the_shared_texts(shared_data, split):
    base = polnear.polnear_dir() / split / "text"
    for line in polnear.pronoun_gold_path(split).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = (base / f"{row['file']}.txt").read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["pronoun"]
