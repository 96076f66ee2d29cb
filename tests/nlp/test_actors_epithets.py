"""Epithet speakers ("the Wisconsin Republican") and persons after a role noun, on stories written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

import stancemap.nlp.registry  # noqa: F401
from stancemap.nlp.actors.resolve import resolve_span


def read(nlp, text):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = date(2024, 6, 1)
    return nlp(doc)


def at(doc, phrase):
    start = doc.text.rindex(phrase)
    return resolve_span(doc, start, start + len(phrase))


def linked(doc):
    return {(m.span.text, m.actor_id) for m in doc._.stancemap_mentions}


@pytest.mark.model
def test_state_and_party_pick_the_member_not_the_latest_person(nlp):
    doc = read(nlp, "Sen. Ron Johnson (R-Wis.) spoke on Tuesday. Donald Trump also spoke in Ohio. "
                    "The Wisconsin Republican said the bill would fail.")
    assert at(doc, "The Wisconsin Republican") == "person:ron-johnson"


@pytest.mark.model
def test_party_written_as_gop_and_a_party_mention_inside_the_epithet(nlp):
    doc = read(nlp, "GOP nominee Donald Trump spoke in Iowa on Tuesday. Hillary Clinton answered him in Ohio. "
                    "The GOP candidate said the plan was a disaster.")
    assert at(doc, "The GOP candidate") == "person:donald-trump"  # not the party named inside it


@pytest.mark.model
def test_state_abbreviation_and_office(nlp):
    doc = read(nlp, "Sen. Bernie Sanders (I-Vt.) spoke in Iowa. Hillary Clinton, a Democrat, answered. "
                    "The Independent Vermont senator said the wage should rise.")
    assert at(doc, "The Independent Vermont senator") == "person:bernie-sanders"


@pytest.mark.model
def test_two_word_state(nlp):
    doc = read(nlp, "Gov. Maggie Hassan of New Hampshire met Mayor Jim Donchess on Monday. "
                    "The New Hampshire governor said the road would be built.")
    assert at(doc, "The New Hampshire governor") == "person:maggie-hassan"


@pytest.mark.model
@pytest.mark.parametrize("text,phrase", [
    # no person near a Democratic word
    ("Donald Trump spoke on Tuesday in Iowa. The Democratic nominee said the plan would fail.",
     "The Democratic nominee"),
    # the office is nobody's: no senator was named
    ("Alma Reyes of Vermont spoke on Tuesday. The Vermont senator said the plan would fail.",
     "The Vermont senator"),
    # the only Texan is too far back
    ("Sen. Ted Cruz of Texas spoke. " + "The weather was cold. " * 12 + "The Texas Republican said no.",
     "The Texas Republican"),
])
def test_nothing_is_guessed_without_a_fitting_person(nlp, text, phrase):
    assert at(read(nlp, text), phrase) is None


@pytest.mark.model
def test_plural_epithet_is_no_person(nlp):
    doc = read(nlp, "Sen. Ron Johnson (R-Wis.) spoke on Tuesday. The Wisconsin Republicans said the bill would fail.")
    assert at(doc, "The Wisconsin Republicans") != "person:ron-johnson"


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    ("Board president Dana Wexlock said the budget would pass.", "Dana Wexlock"),
    ("Former Hewlett-Packard chief Carly Fiorina said the budget would pass.", "Carly Fiorina"),
    ("Superintendent Kari Lindqvist said the district would ask for a parcel tax.", "Kari Lindqvist"),
    ("Rabbi Eli Brackman said the vigil would go ahead.", "Eli Brackman"),
])
def test_a_name_after_a_role_noun_is_a_person(nlp, text, name):
    found = linked(read(nlp, text))
    assert any(span == name and aid.startswith("person:") for span, aid in found), found


@pytest.mark.model
def test_an_organisation_after_a_role_noun_stays_an_organisation(nlp):
    found = linked(read(nlp, "Its founder Planned Parenthood Federation said the clinic would stay open."))
    assert not any(aid.startswith("person:") for _, aid in found), found
