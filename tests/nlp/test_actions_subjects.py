"""Subjects of relative clauses on coordinated names (nlp/syntax.py, used by actions and attribution)."""
from __future__ import annotations

from datetime import date

from stancemap.model import Article
from stancemap.nlp.pipeline import read_article

TEXT = ("Donald Trump and Ted Cruz debated sending ground troops on Tuesday. "
        "Several candidates, including Trump and Cruz, who has openly opposed sending ground troops, have "
        "taken a tougher line.")


def test_a_relative_clause_on_the_last_of_coordinated_names_is_that_name_s(nlp_full):
    reading = read_article(nlp_full, Article(text=TEXT, outlet="T", published=date(2016, 1, 1)))
    opposed = [a for a in reading.actions if a.verb.text == "opposed"]
    assert opposed and {a.actor_id for a in opposed} == {"person:ted-cruz"}
    cued = [a for a in reading.attributions if a.cue and "opposed" in a.cue.text]
    assert all(a.actor_id == "person:ted-cruz" for a in cued)
