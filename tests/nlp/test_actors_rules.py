"""Linking rules added for real-news errors: demonyms, headlines, organisation names, government and
national bodies, NER label errors, surname repeats, titled names and datelines.  Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

import stancemap.nlp.registry  # noqa: F401
from stancemap.nlp.actors.context import _acronyms, _title_lines
from stancemap.nlp.actors.orgs import clean_name, is_government_body, is_non_actor


def read(nlp, text, day=date(2018, 4, 1)):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = day
    return nlp(doc)


def ids(doc):
    return [m.actor_id for m in doc._.stancemap_mentions]


def linked(doc):
    return {m.span.text: m.actor_id for m in doc._.stancemap_mentions}


# -- pure functions (no model) ------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("the HALO Trust", "HALO Trust"), ("USA TODAY's", "USA TODAY"), ("Fox News\u2019s", "Fox News"),
    ("this White House", "White House"), ("a World Trade Organization", "World Trade Organization"),
])
def test_actors_rules_clean_name(text, name):
    assert clean_name(text) == name


@pytest.mark.parametrize("text,expected", [
    ("Foreign Ministry", True), ("Ministry of Defence", True), ("US Justice Department", True),
    ("the Russian Embassy", True), ("U.S. Trade Representative", True), ("the State Council", True),
    ("Los Angeles Police Department", False), ("State Councilor", False), ("Refugee Processing Center", False),
])
def test_actors_rules_government_body_names(text, expected):
    assert is_government_body(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("North American Free Trade Agreement", True), ("the Summit of the Americas", True),
    ("Paris Climate Accord", True), ("Halo Trust", False), ("Communist Party of Vietnam", False),
])
def test_actors_rules_treaties_and_events_are_not_actors(text, expected):
    assert is_non_actor(text) is expected


def test_actors_rules_title_case_lines():
    text = "Derelict Smith And Jones Fail Voters\nJohn Smith said on Monday that it was over.\n"
    lines = _title_lines(text)
    assert lines == [(0, text.index("\n"))]


def test_actors_rules_list_items_are_not_headlines():
    text = ("These Governors Back The Ban:\n- Gov. Jared Polis (Colorado)\n2. Gov. Andrew Cuomo (New York)\n"
            "Sen. Mike Lee Of Utah\nA long paragraph of prose follows the list and ends the way prose ends.\n"
            "Derelict Smith And Jones Fail Voters\n")
    lines = _title_lines(text)
    starts = [text[s:e] for s, e in lines]
    assert starts == ["These Governors Back The Ban:", "Derelict Smith And Jones Fail Voters"]


def test_actors_rules_acronym_definitions():
    doc = spacy.blank("en")("The National Farmers Federation (NFF) and the Registrar of Societies (ROS) met.")
    assert _acronyms(doc) == {"national farmers federation": "NFF", "registrar of societies": "ROS"}


# -- demonyms ----------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russian forces shelled the town on Monday.",
    "The deal covers American weapons and Syrian territory.",
    "Many Chinese are buying gold this year.",
])
def test_actors_rules_demonym_adjective_is_not_a_country(nlp, text):
    assert not any(i.startswith(("country:", "gov:")) for i in ids(read(nlp, text)))


@pytest.mark.model
def test_actors_rules_demonym_before_actor_noun_gives_one_group(nlp):
    doc = read(nlp, "Russian officials said the talks would resume.")
    assert "country:RUS" not in ids(doc)
    assert any(i.endswith("-rus") for i in ids(doc))


@pytest.mark.model
def test_actors_rules_definite_plural_demonym_is_the_country(nlp):
    doc = read(nlp, "The Americans dropped their demand, and the plan was sold to the Saudis.")
    assert {"country:USA", "country:SAU"} <= set(ids(doc))


@pytest.mark.model
def test_actors_rules_country_name_stays_a_country(nlp):
    doc = read(nlp, "Britain says the investigation is over. U.S. courts disagreed.")
    assert {"country:GBR", "country:USA"} <= set(ids(doc))


@pytest.mark.model
def test_actors_rules_currency_is_not_a_country(nlp):
    assert "country:USA" not in ids(read(nlp, "The pension is about 40 US dollars a month."))


# -- headlines and datelines -----------------------------------------------------------------

@pytest.mark.model
def test_actors_rules_headline_words_are_trimmed_from_names(nlp):
    doc = read(nlp, "Derelict Obama And Clinton Fail Voters\n\nPresident Barack Obama said on Monday that "
                    "the plan worked. Obama added that he was proud.")
    persons = {i for i in ids(doc) if i.startswith("person:")}
    assert not any("derelict" in i for i in persons)
    headline = [m.actor_id for m in doc._.stancemap_mentions if m.span.end <= doc.text.index("\n")]
    assert headline[0] == "person:barack-obama"


@pytest.mark.model
def test_actors_rules_unconfirmed_headline_name_makes_no_actor(nlp):
    doc = read(nlp, "Senator Blasts Zorvath Plan In Heated Hearing\n\nThe hearing ended early on Tuesday.")
    assert not any("zorvath" in i for i in ids(doc))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "LONDON - The government said on Monday it would expel diplomats.",
    "SEOUL, Oct 3 - The court ruled on Friday that the sentence stands.",
])
def test_actors_rules_dateline_is_not_a_government(nlp, text):
    assert not any(i.startswith("gov:") for i in ids(read(nlp, text)))


# -- organisations and government bodies ---------------------------------------------------

@pytest.mark.model
def test_actors_rules_org_id_without_determiner_or_possessive(nlp):
    doc = read(nlp, "The Helsinki Trust said it would help. Reporters asked the Helsinki Trust's director.")
    org_ids = {i for i in ids(doc) if i.startswith("org:")}
    assert org_ids == {"org:helsinki-trust"}


@pytest.mark.model
def test_actors_rules_acronym_defined_in_text_shares_the_id(nlp):
    doc = read(nlp, "The National Farmers Federation (NFF) opposed the tax. Later the NFF said it would sue.")
    assert {i for i in ids(doc) if i.startswith("org:")} == {"org:NFF"}


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id", [
    ("Poland's Foreign Ministry said the envoy would leave.", "Foreign Ministry", "gov:POL"),
    ("Staff left the Finnish Embassy on Friday.", "Finnish Embassy", "gov:FIN"),
    ("The Kenyan Ministry of Justice said it would appeal.", "Kenyan Ministry of Justice", "gov:KEN"),
    ("Kenya held talks on Monday. The Ministry of Justice said it would appeal.", "Ministry of Justice", "gov:KEN"),
    ("The US Justice Department said the money was stolen.", "US Justice Department", "gov:USA"),
])
def test_actors_rules_government_bodies_are_governments(nlp, text, surface, actor_id):
    assert linked(read(nlp, text)).get(surface) == actor_id


@pytest.mark.model
def test_actors_rules_trade_representative_title_keeps_the_person(nlp):
    doc = read(nlp, "U.S. Trade Representative Robert Lighthizer met Canadian officials.")
    assert "gov:USA" not in ids(doc)


@pytest.mark.model
def test_actors_rules_national_body_from_context(nlp):
    doc = read(nlp, "The United States will sell the missiles. The administration told Congress on Thursday.")
    assert linked(doc).get("Congress") == "org:us-congress"


@pytest.mark.model
def test_actors_rules_national_body_without_kb_entry_gets_country_suffix(nlp):
    doc = read(nlp, "Kenya's president said the Parliament would be dissolved on Friday.")
    assert linked(doc).get("Parliament") == "org:parliament-ken"


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id", [
    ("He vowed to defeat the Islamic State and ISIL fighters.", "Islamic State", "org:ISIS"),
    ("The nerve agent was developed by the Soviet Union.", "Soviet Union", "country:SUN"),
    ("The Duma passed the law on Friday.", "Duma", "org:state-duma"),
])
def test_actors_rules_kb_organisations(nlp, text, surface, actor_id):
    assert linked(read(nlp, text)).get(surface) == actor_id


@pytest.mark.model
def test_actors_rules_treaty_is_not_an_org(nlp):
    doc = read(nlp, "Talks on the Pacific Fisheries Agreement (PFA) stalled. The PFA countries met again.")
    assert not any(i.startswith("org:") for i in ids(doc))


# -- NER label errors and places ---------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Jaish al-Islam rebel group controls the town.",
    "Fighting went on in eastern Ghouta and in the city of Douma.",
])
def test_actors_rules_groups_and_places_are_not_persons(nlp, text):
    assert not any(i.startswith("person:") for i in ids(read(nlp, text)))


@pytest.mark.model
def test_actors_rules_link_header_is_not_a_person(nlp):
    doc = read(nlp, "TITLE: Court frees reporter LINK: https://example.org/news/1\n\nThe court ruled.")
    assert not any(i.startswith("person:") for i in ids(doc))


# -- persons -----------------------------------------------------------------------------------

@pytest.mark.model
def test_actors_rules_surname_repeats_link_to_the_full_name(nlp):
    doc = read(nlp, "Retired general Thomas Brackwell criticised the plan on Monday. Brackwell said the army "
                    "was tired. According to Brackwell, morale is low.")
    brack = [m for m in doc._.stancemap_mentions if "Brackwell" in m.span.text]
    assert len(brack) == 3 and {m.actor_id for m in brack} == {"person:thomas-brackwell"}


@pytest.mark.model
def test_actors_rules_titles_are_not_part_of_person_ids(nlp):
    doc = read(nlp, "Crown Prince Frederik Halvorsen visited the port. Prince Frederik thanked the workers.")
    persons = {i for i in ids(doc) if i.startswith("person:")}
    assert persons == {"person:frederik-halvorsen"}


@pytest.mark.model
def test_actors_rules_family_plural_is_not_a_member(nlp):
    doc = read(nlp, "Anna Kowalczyk and her father were found on a bench. The Kowalczyks were taken to hospital.")
    assert [m.span.text for m in doc._.stancemap_mentions if m.actor_id == "person:anna-kowalczyk"] == \
        ["Anna Kowalczyk"]


@pytest.mark.model
def test_actors_rules_a_name_never_runs_over_a_line_break(nlp):
    doc = read(nlp, "These senators back the bill:\n- Tom Carper\n- Bob Corker\n- Barbara Boxer\n")
    assert set(linked(doc)) >= {"Tom Carper", "Bob Corker", "Barbara Boxer"}
    assert not any("\n" in m.span.text for m in doc._.stancemap_mentions)
