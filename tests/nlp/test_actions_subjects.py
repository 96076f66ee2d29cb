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


def test_the_subject_of_a_copula_does_the_infinitive_of_its_noun(nlp_full):
    """"X was the only senator to vote against it": X votes (the noun "senator" names no actor).  v16."""
    text = "Mara Lindqvist was the only senator to vote against the fuel tax on Tuesday."
    reading = read_article(nlp_full, Article(text=text, outlet="T", published=date(2016, 1, 1)))
    votes = [a for a in reading.actions if a.verb.text == "vote"]
    assert votes and votes[0].actor_id == "person:mara-lindqvist"
    assert votes[0].subject.text == "Mara Lindqvist"


def test_a_relative_clause_with_its_own_subject_keeps_its_noun(nlp_full):
    text = "The bill was the measure that Senator Mara Lindqvist opposed on Tuesday."
    reading = read_article(nlp_full, Article(text=text, outlet="T", published=date(2016, 1, 1)))
    assert all(a.actor_id in (None, "person:mara-lindqvist") for a in reading.actions)


def test_a_negated_or_supposed_copula_hands_no_deed_to_its_subject(nlp_full):
    for text in ("Mara Lindqvist was never the kind of senator to vote against the fuel tax.",
                 "If Mara Lindqvist is the only senator to vote against the fuel tax, the bill passes.",
                 "Mara Lindqvist could be the first senator to vote against the fuel tax."):
        reading = read_article(nlp_full, Article(text=text, outlet="T", published=date(2016, 1, 1)))
        assert all(a.actor_id != "person:mara-lindqvist" for a in reading.actions if a.verb.text == "vote"), text
