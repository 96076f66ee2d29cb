"""Namesakes ("Hillary Clinton" and "Bill Clinton" in one story), joined names ("Obama-Clinton policies")
and lone place names read as persons.  Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

import stancemap.nlp.registry  # noqa: F401


def read(nlp, text, day=date(2016, 6, 1)):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = day
    return nlp(doc)


def ids_at(doc, word):
    return [m.actor_id for m in doc._.stancemap_mentions if m.span.text == word]


FILLER = " ".join(["The crowd waited in the rain for hours while volunteers handed out water and signs."] * 6)


def test_bare_surname_goes_back_to_the_main_namesake_after_a_passage(nlp):
    text = ("Hillary Clinton spoke in Ohio on Monday. Clinton said she would visit Detroit. Clinton also met "
            "union leaders. Bill Clinton joined her later. Clinton told reporters he was proud. " + FILLER +
            " Clinton then flew to Chicago for a fundraiser.")
    doc = read(nlp, text)
    surnames = ids_at(doc, "Clinton")
    assert surnames[0] == surnames[1] == "person:hillary-clinton"
    assert surnames[2] == "person:bill-clinton"       # right after "Bill Clinton"
    assert surnames[-1] == "person:hillary-clinton"   # paragraphs later: the story's main Clinton


def test_hyphenated_pair_of_names_is_not_a_new_person(nlp):
    doc = read(nlp, "Donald Trump attacked Barack Obama and Hillary Clinton. He said Obama-Clinton policies "
                    "had failed. Clinton answered him in Ohio.")
    actors = {m.actor_id for m in doc._.stancemap_mentions}
    assert not any("obama-clinton" in (a or "") for a in actors)
    assert set(ids_at(doc, "Clinton")) == {"person:hillary-clinton"}


def test_lone_place_name_is_not_a_person(nlp):
    doc = read(nlp, "Many refugees settled in Brookhaven last year. Brookhaven welcomed them with a festival. "
                    "Residents of Brookhaven said the town had changed.")
    assert not any((a or "").startswith("person:") for a in ids_at(doc, "Brookhaven"))
