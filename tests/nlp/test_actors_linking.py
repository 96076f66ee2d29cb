"""The stancemap_actors component on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

import stancemap.nlp.registry  # noqa: F401


def read(nlp, text, day=date(2024, 6, 1)):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = day
    return nlp(doc)


def linked(doc):
    return {m.span.text: m.actor_id for m in doc._.stancemap_mentions}


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id", [
    ("Moscow said on Tuesday that it would respond.", "Moscow", "gov:RUS"),
    ("Washington has refused to allow the strikes.", "Washington", "gov:USA"),
    ("Ukrainian lawmakers urged Washington to act.", "Washington", "gov:USA"),
    ("The Kremlin rejected the proposal.", "Kremlin", "gov:RUS"),
    ("The proposal was welcomed by the White House.", "White House", "gov:USA"),
    ("The Biden administration declined to comment.", "Biden administration", "gov:USA"),
    ("The Finnish government lifted its restrictions.", "Finnish government", "gov:FIN"),
    ("Finland, Poland and Canada lifted their restrictions.", "Poland", "country:POL"),
    ("The UN and the IMF warned of shortages.", "IMF", "org:IMF"),
])
def test_actors_linking_kb_and_metonyms(nlp, text, surface, actor_id):
    assert linked(read(nlp, text)).get(surface) == actor_id


@pytest.mark.model
def test_actors_linking_capital_as_place_is_not_an_actor(nlp):
    doc = read(nlp, "Fighting continued in Kharkiv, and shops reopened in Kyiv.")
    assert "Kyiv" not in linked(doc) and "Kharkiv" not in linked(doc)


@pytest.mark.model
def test_actors_linking_fuzzy_needs_context(nlp):
    doc = read(nlp, "Defense Minister Kejsa Ollongren of the Netherlands said the restriction should go.")
    mention = next(m for m in doc._.stancemap_mentions if m.span.text == "Kejsa Ollongren")
    assert (mention.actor_id, mention.method) == ("person:kajsa-ollongren", "fuzzy")
    assert doc._.stancemap_actors["person:kajsa-ollongren"].represents == "gov:NLD"


@pytest.mark.model
def test_actors_linking_fuzzy_refused_without_context(nlp):
    doc = read(nlp, "Kejsa Ollongren opened a bakery on Main Street.")
    assert linked(doc).get("Kejsa Ollongren") != "person:kajsa-ollongren"


@pytest.mark.model
def test_actors_linking_igo_officeholder_represents_org(nlp):
    doc = read(nlp, "NATO Secretary-General Jens Stoltenberg said the alliance would not intervene.")
    assert doc._.stancemap_actors["person:jens-stoltenberg"].represents == "org:NATO"


@pytest.mark.model
def test_actors_linking_text_person_from_title(nlp):
    doc = read(nlp, "Polish Defense Minister Anna Kowalczyk said on Monday that Warsaw would help.")
    actor = doc._.stancemap_actors["person:anna-kowalczyk"]
    assert (actor.source, actor.country, actor.represents) == ("text", "POL", "gov:POL")
    assert actor.roles[0].title == "Defence Minister"


@pytest.mark.model
def test_actors_linking_text_person_from_apposition(nlp):
    doc = read(nlp, "Maria Kowalska, the Polish foreign minister, said she supported the plan.")
    actor = doc._.stancemap_actors["person:maria-kowalska"]
    assert (actor.roles[0].title, actor.represents) == ("Foreign Minister", "gov:POL")


@pytest.mark.model
def test_actors_linking_groups_and_anonymous_sources(nlp):
    doc = read(nlp, "Last month, a group of lawmakers from Kyiv urged officials to act. "
                    "A senior US official said the decision was final. Western diplomats disagreed.")
    actors = doc._.stancemap_actors
    assert actors["group:lawmakers-ukr"].kind == "group" and actors["group:lawmakers-ukr"].country == "UKR"
    anon = actors["anon:senior-official-usa"]
    assert (anon.kind, anon.anonymous, anon.country) == ("person", True, "USA")
    assert actors["anon:western-diplomats"].anonymous


@pytest.mark.model
def test_actors_linking_within_document_name_variants(nlp):
    doc = read(nlp, "President Volodymyr Zelenskyy spoke on Monday. Zelensky said Ukraine needed air "
                    "defence. President Zelenskiy added that Kyiv was grateful.")
    ids = {m.actor_id for m in doc._.stancemap_mentions if m.label == "PERSON"}
    assert ids == {"person:volodymyr-zelenskyy"}


@pytest.mark.model
def test_actors_linking_unknown_person_made_from_text(nlp):
    doc = read(nlp, "Jane Doerfler, a farmer, said prices were too high. Later, Doerfler said she would sell.")
    persons = [m.actor_id for m in doc._.stancemap_mentions if m.actor_id.startswith("person:")]
    assert persons == ["person:jane-doerfler", "person:jane-doerfler"]
    assert doc._.stancemap_actors["person:jane-doerfler"].source == "text"


@pytest.mark.model
def test_actors_linking_mentions_point_into_the_text(nlp):
    doc = read(nlp, "The Kremlin and NATO traded accusations.")
    for m in doc._.stancemap_mentions:
        assert doc.text[m.span.start:m.span.end] == m.span.text
        assert m.actor_id in doc._.stancemap_actors


@pytest.mark.model
def test_actors_linking_definite_acronym_taken_for_a_place_is_an_organisation(nlp):
    doc = read(nlp, "The NRA came out in opposition to the background checks bill on Tuesday.")
    actor_id = linked(doc).get("NRA")
    assert actor_id is not None and actor_id.startswith("org:")


@pytest.mark.model
def test_actors_linking_name_listed_with_persons_is_a_person(nlp):
    doc = read(nlp, "The column goes on to ridicule Donald Trump, Ben Carson, and Carly Fiorina for their remarks.")
    assert linked(doc).get("Carly Fiorina") == "person:carly-fiorina"
