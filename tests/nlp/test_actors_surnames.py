"""Bare surnames of prominent persons ("Trump said"), courtesy titles ("Mr. Trump"), and country words
inside organisation names ("Democracy for America").  Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc, Span

import stancemap.nlp.registry  # noqa: F401
from stancemap.nlp.actors.kb import load_kb
from stancemap.nlp.actors.orgs import org_name_ending_in_country


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def read(nlp, text, day=date(2012, 3, 1)):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = day
    return nlp(doc)


def linked(doc):
    return {m.span.text: m.actor_id for m in doc._.stancemap_mentions}


# -- the knowledge base ---------------------------------------------------------------------------

@pytest.mark.parametrize("surname,actor_id", [
    ("Trump", "person:donald-trump"), ("Stoltenberg", "person:jens-stoltenberg"), ("Merkel", "person:angela-merkel"),
])
def test_actors_surnames_prominent_person_by_surname(kb, surname, actor_id):
    assert kb.prominent_by_surname(surname) == actor_id


@pytest.mark.parametrize("surname", ["May", "Green", "Williams", "Brown", "Park", "In", "Trump Tower"])
def test_actors_surnames_common_words_and_names_are_not_linked(kb, surname):
    assert kb.prominent_by_surname(surname) is None


# -- the linker (dates chosen outside the person's terms of office) --------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id", [
    ("Trump said on Friday that the tariffs would stay.", "Trump", "person:donald-trump"),
    ("Mr. Trump told reporters he would not back down.", "Trump", "person:donald-trump"),
    ("Stoltenberg said the alliance would respond.", "Stoltenberg", "person:jens-stoltenberg"),
])
def test_actors_surnames_bare_surname_links_the_prominent_person(nlp, text, surface, actor_id):
    doc = read(nlp, text)
    assert linked(doc).get(surface) == actor_id
    assert doc._.stancemap_actors[actor_id].kind == "person"


@pytest.mark.model
def test_actors_surnames_full_name_in_the_story_wins(nlp):
    doc = read(nlp, "Eric Trump visited the plant on Monday. Trump said he was impressed by the workers.")
    assert "person:donald-trump" not in set(linked(doc).values())


@pytest.mark.model
def test_actors_surnames_common_surname_is_not_a_leader(nlp):
    doc = read(nlp, "Brown said he would resign from the board.", day=date(2024, 6, 1))
    assert "person:gordon-brown" not in set(linked(doc).values())


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id", [
    ("Activists from Democracy for America said the vote was rigged.", "Democracy for America",
     "org:democracy-for-america"),
    ("Economists at the Bank of England said growth would slow.", "Bank of England", "org:bank-of-england"),
    ("Researchers at the University of Texas said the study was flawed.", "University of Texas",
     "org:university-of-texas"),
    ("He thanked the Government of Ukraine for its help.", "Government of Ukraine", "gov:UKR"),
])
def test_actors_surnames_country_inside_an_org_name_is_the_org(nlp, text, surface, actor_id):
    doc = read(nlp, text)
    assert linked(doc).get(surface) == actor_id
    assert not any(i.startswith("country:") for i in linked(doc).values())


# -- country words after "of"/"for" when NER misses the organisation (hand-built docs) -------------

def _doc(words, pos):
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize("words,pos,country,name", [
    (["He", "joined", "Democracy", "for", "America", "today"],
     ["PRON", "VERB", "PROPN", "ADP", "PROPN", "NOUN"], (4, 5), "Democracy for America"),
    (["He", "met", "Friends", "of", "the", "Netherlands", "there"],
     ["PRON", "VERB", "NOUN", "ADP", "DET", "PROPN", "ADV"], (5, 6), "Friends of the Netherlands"),
    (["He", "met", "the", "President", "of", "France"],
     ["PRON", "VERB", "DET", "PROPN", "ADP", "PROPN"], (5, 6), None),
    (["Ships", "entered", "the", "Gulf", "of", "Mexico"],
     ["NOUN", "VERB", "DET", "PROPN", "ADP", "PROPN"], (5, 6), None),
    (["Leaders", "of", "France", "met"], ["NOUN", "ADP", "PROPN", "VERB"], (2, 3), None),
    (["He", "thanked", "the", "people", "of", "Ukraine"],
     ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN"], (5, 6), None),
])
def test_actors_surnames_org_name_ending_in_country(kb, words, pos, country, name):
    doc = _doc(words, pos)
    found = org_name_ending_in_country(kb, Span(doc, *country, label="GPE"))
    assert (found.text if found is not None else None) == name
