"""Actors labelled "pro-X" / "anti-X" (ledger/labels.py)."""
from __future__ import annotations

import pytest

from stancemap.model import Question

REPEAL = Question("aca-repeal", "The Affordable Care Act (Obamacare) should be repealed.")
WAGE = Question("minimum-wage", "The minimum wage should be raised.", keywords=["minimum wage"])


@pytest.mark.parametrize("text, question, stance", [
    ("The anti-Obamacare senator Anna Berg spoke in Ohio.", REPEAL, "support"),    # anti the patient
    ("Anna Berg, a pro-Obamacare senator, spoke in Ohio.", REPEAL, "oppose"),
    ("The pro-minimum-wage activist Anna Berg spoke in Ohio.", WAGE, "support"),
])
def test_a_label_on_the_topic_gives_its_actor_a_side(rules, build_reading, text, question, stance):
    records = {r.actor.id: r.stance for r in rules.score(build_reading(text), [question])}
    assert records.get("person:anna-berg") == stance


@pytest.mark.parametrize("text", [
    "The pro-business senator Anna Berg spoke about the minimum wage.",      # the label is on another topic
    "The anti-minimum-wage ads ran in Ohio, Anna Berg said of the campaign.",  # the label modifies "ads"
])
def test_a_label_off_the_topic_or_on_another_noun_gives_nothing(rules, build_reading, text):
    records = {r.actor.id: r.stance for r in rules.score(build_reading(text), [WAGE])}
    assert "person:anna-berg" not in records
