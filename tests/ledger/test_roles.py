"""Roles that say which side an actor is on: "a Brandt supporter", "a critic of the treaty", "who is
Brandt's most outspoken supporter", "Brandt critic Anna Berg", "Anna Berg's endorsement of Ivo Brandt"."""
from __future__ import annotations

import pytest

from stancemap.ledger.candidates import Context
from stancemap.ledger.decide import decide_stances
from stancemap.ledger.roles import from_roles
from stancemap.model import Question

BACK = Question("back", "Conservatives should support Ivo Brandt as their party's candidate.")
TREATY = Question("treaty", "The assembly should ratify the harbour treaty with Ostrava.")
REJECT = Question("reject", "The assembly should reject the harbour treaty with Ostrava.")
LI_BACKS = Question("li-backs", "Li Wei should end his campaign and back Ivo Brandt.")


def roles(build_reading, text, question):
    reading = build_reading(text)
    ctx = Context(reading, question, {}, {})
    return [(c.actor_id, c.polarity.stance) for c in from_roles(ctx)]


@pytest.mark.parametrize("text,question,expected", [
    ("Anna Berg, a Brandt supporter, spoke in Turku.", BACK, "support"),
    ("Anna Berg (NLD), a Brandt supporter, spoke in Turku.", BACK, "support"),
    ("Anna Berg of Rotterdam, a longtime critic of Ivo Brandt, spoke in Turku.", BACK, "oppose"),
    ("Anna Berg, the Dutch minister who is Brandt's most outspoken supporter, spoke.", BACK, "support"),
    ("Anna Berg, who has been an early backer of Ivo Brandt, spoke.", BACK, "support"),
    ("Anna Berg, a critic of Ivo Brandt, spoke in Turku until noon.", BACK, "oppose"),
    ("Brandt critic Anna Berg spoke in Turku.", BACK, "oppose"),
    ("Anna Berg's endorsement of Ivo Brandt surprised her party.", BACK, "support"),
    ("Anna Berg's support for Ivo Brandt never wavered.", BACK, "support"),
    ("Once again, Brandt critic Anna Berg spoke in Turku.", BACK, "oppose"),
    ("Anna Berg, a critic of President Brandt, spoke in Turku.", BACK, "oppose"),
    ("Anna Berg, a fierce opponent of the harbour treaty, spoke.", TREATY, "oppose"),
    ("Anna Berg's opposition to the harbour treaty is well known.", TREATY, "oppose"),
    ("Anna Berg, a fierce opponent of the harbour treaty, spoke.", REJECT, "support"),  # turned round
])
def test_a_role_on_the_question_is_the_actors_stance(build_reading, text, question, expected):
    assert roles(build_reading, text, question) == [("person:anna-berg", expected)]


@pytest.mark.parametrize("text,question", [
    ("Anna Berg, a former Brandt supporter, spoke in Turku.", BACK),      # a role given up
    ("Anna Berg, a onetime critic of the harbour treaty, spoke.", TREATY),
    ("Anna Berg, a critic of Li Wei, spoke in Turku.", BACK),             # someone else's critic
    ("Anna Berg, a critic of the tax plan, spoke in Turku.", TREATY),     # another topic
    ("Anna Berg, a Brandt supporter, spoke in Turku.", LI_BACKS),         # Li Wei is to back him, not her
    ("Anna Berg's opposition of Ivo Brandt surprised her party.", BACK),  # not how the noun takes its object
    ("Anna Berg, the minister, spoke to a Brandt supporter in Turku.", BACK),
    ("Former Brandt critic Anna Berg spoke in Turku.", BACK),
    ("Ivo Brandt interviewed food critic Anna Berg in Turku.", BACK),    # a profession, not a side
    ("Anna Berg, who is running against Brandt supporter Li Wei, spoke.", BACK),
    ("Anna Berg, a rival of Brandt supporter Li Wei, spoke.", BACK),
    ("Anna Berg, an aide to a critic of Ivo Brandt, spoke.", BACK),
    ("Anna Berg, the sister of a man who is a Brandt critic, spoke.", BACK),
    ("Anna Berg, the Brandt supporter's wife, spoke.", BACK),
    ("Anna Berg, a supporter of Brandt's rival, spoke.", BACK),
    ("Anna Berg, a critic of Brandt supporters, spoke.", BACK),
    ("Anna Berg, a critic of the plan proposed by Ivo Brandt, spoke.", BACK),
    ("Anna Berg, a critic of Eva Brandt, spoke.", BACK),                 # another Brandt
    ("Anna Berg's lack of support for Ivo Brandt angered delegates.", BACK),
    ("Anna Berg's former support for Ivo Brandt is forgotten.", BACK),
    ("Anna Berg, who was a Brandt critic during the primaries, spoke.", BACK),
    ("Anna Berg, a Brandt critic until last spring, spoke in Turku.", BACK),
    ("Anna Berg, a critic of Ivo Brandt during the primaries, spoke.", BACK),
])
def test_no_role_on_the_question_gives_nothing(build_reading, text, question):
    assert [c for c in roles(build_reading, text, question) if c[0] == "person:anna-berg"] == []


def test_a_role_of_the_one_a_person_should_back_is_no_stance(build_reading):
    # the question's subject is a person the article names: a Brandt supporter takes no side on what
    # that person should do, whether or not the knowledge base knows the person
    assert roles(build_reading, "Anna Berg, a Brandt supporter, spoke in Turku.",
                 Question("b", "Vell should end her campaign and back Ivo Brandt.")) != []
    reading = build_reading("Anna Berg, a Brandt supporter, met Li Wei in Turku.")
    ctx = Context(reading, Question("b", "Li Wei should end his campaign and back Ivo Brandt."), {}, {})
    assert list(from_roles(ctx)) == []


def test_role_patterns_do_not_backtrack_on_long_runs(build_reading):
    import time
    text = "Anna Berg, a critic of the harbour treaty" + " " * 3000 + "x."
    started = time.perf_counter()
    roles(build_reading, text, TREATY)
    assert time.perf_counter() - started < 2.0  # cubic backtracking took seconds per mention


def test_a_role_is_a_ledger_record_with_its_evidence(build_reading):
    text = "Anna Berg, a longtime critic of Ivo Brandt, spoke in Turku on Monday."
    [record] = [r for r in decide_stances(build_reading(text), [BACK]) if r.actor.id == "person:anna-berg"]
    assert (record.stance, record.evidence.sentence.text) == ("oppose", text)
    assert record.evidence.content.text == "Ivo Brandt"
