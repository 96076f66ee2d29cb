"""A company named with its legal form ("Veltrix Inc.") and later by its short name ("Veltrix") is one actor,
even where NER takes the short name for a person.  Invented companies and sentences."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.nlp.actors.orgs import without_legal_form


@pytest.mark.parametrize("name, short", [
    ("Veltrix Inc.", "Veltrix"), ("Veltrix Inc", "Veltrix"), ("Veltrix, Inc.", "Veltrix"),
    ("Norbane Corp.", "Norbane"), ("Norbane & Co.", "Norbane"), ("Halden Holdings Ltd.", "Halden Holdings"),
    ("Orrin Foods LLC", "Orrin Foods"), ("Kessel Bank PLC", "Kessel Bank"), ("Halden and Co.", "Halden"),
    # no legal form, or one that is also a title or a unit ("the state AG"): the name stays
    ("Veltrix", "Veltrix"), ("Kessel Bank AG", "Kessel Bank AG"), ("Orrin Company", "Orrin Company"), ("Inc.", "Inc."),
])
def test_without_legal_form(name, short):
    assert without_legal_form(name) == short


def _read(nlp, text):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = date(2024, 6, 1)
    return nlp(doc)


@pytest.mark.parametrize("text, short", [
    ("Shares in the drug maker Veltrix Inc. rose on Monday. Later, Veltrix said that the deal would close in March.",
     "Veltrix"),
    # NER tags the short name as a person: it is still the company
    ("Shares of Norbane Corp. fell. Norbane said it would appeal.", "Norbane"),
])
def test_a_company_and_its_short_name_are_one_actor(nlp, text, short):
    doc = _read(nlp, text)
    ids = {m.span.text: m.actor_id for m in doc._.stancemap_mentions}
    full = next(k for k in ids if k != short)
    assert ids[short] == ids[full] == f"org:{short.lower()}"
    assert doc._.stancemap_actors[ids[short]].kind == "organisation"


def test_a_person_sharing_a_company_word_stays_a_person(nlp):
    # only a short name equal to the company's counts; "Mr." marks a person even then
    doc = _read(nlp, "Norbane Corp. hired a new auditor. Mr. Norbane, no relation, said he would retire.")
    persons = [m for m in doc._.stancemap_mentions if "Norbane" in m.span.text and m.actor_id.startswith("person:")]
    assert persons


@pytest.mark.parametrize("text, name, actor_id", [
    # found by a review: a founder's full name is the person, not the company named after him
    ("Charles Schwab Corp. reported higher profit on Monday. Charles Schwab, who founded the firm in 1971, said he "
     "was not worried about rates.", "Charles Schwab", "person:charles-schwab"),
    # a surname a person of the doc bears is that person
    ("Veltrix Inc. will go private in a deal led by founder Michael Veltrix. Veltrix said the company needed room "
     "to change.", "Veltrix", "person:michael-veltrix"),
    # a second review: a title marks a person even without a first name
    ("Norbane & Co. said it would cut jobs. Senator Norbane criticized the move.", "Norbane", "person:norbane"),
])
def test_a_founder_is_not_the_company(nlp, text, name, actor_id):
    doc = _read(nlp, text)
    ids = [m.actor_id for m in doc._.stancemap_mentions if m.span.text == name]
    assert ids and set(ids) == {actor_id}


def test_a_place_named_like_the_company_stays_a_place(nlp):
    doc = _read(nlp, "The Veltrix Co. will close the plant in Veltrix, Pennsylvania, next year.")
    assert [m.span.text for m in doc._.stancemap_mentions if m.actor_id == "org:veltrix"] == ["Veltrix Co."]
