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


GUNS = Question("gun-control", "The United States should adopt stricter gun control laws.",
                keywords=["gun control", "background checks"])


@pytest.mark.parametrize("text, question, stance", [
    ("Li Wei criticized the $15 minimum wage Anna Berg has long promised.", WAGE, "support"),
    ("Li Wei attacked the background checks Anna Berg is pushing.", GUNS, "support"),
    ("Li Wei attacked the background checks Anna Berg opposes.", GUNS, "oppose"),
])
def test_the_actor_of_a_reduced_relative_on_the_topic(rules, build_reading, text, question, stance):
    records = {r.actor.id: r.stance for r in rules.score(build_reading(text), [question])}
    assert records.get("person:anna-berg") == stance


def test_a_plain_verb_after_the_topic_and_a_name_is_no_relative(rules, build_reading):
    records = {r.actor.id: r.stance for r in rules.score(
        build_reading("The minimum wage Anna Berg mentioned is $7.25."), [WAGE])}
    assert "person:anna-berg" not in records
