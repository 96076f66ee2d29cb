"""The actor knowledge base: loading, aliases, adjectives, capitals, dated roles."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.nlp.actors.kb import load_kb, normalise, slugify


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text,key", [("the U.S.", "us"), ("Zelenskyy's", "zelenskyy"), ("Élysée", "elysee")])
def test_actors_kb_normalise(text, key):
    assert normalise(text) == key


def test_actors_kb_slugify():
    assert slugify("Volodymyr Zelenskyy") == "volodymyr-zelenskyy"


@pytest.mark.parametrize("alias,actor_id", [
    ("the US", "country:USA"), ("U.S.", "country:USA"), ("America", "country:USA"), ("Britain", "country:GBR"),
    ("the UK", "country:GBR"), ("Finland", "country:FIN"), ("the Kremlin", "gov:RUS"),
    ("the White House", "gov:USA"), ("Downing Street", "gov:GBR"), ("the Elysee", "gov:FRA"),
    ("NATO", "org:NATO"), ("the European Union", "org:EU"), ("World Health Organization", "org:WHO"),
    ("OSCE", "org:OSCE"), ("Biden administration", "gov:USA"), ("Kyiv", "gov:UKR"), ("Kiev", "gov:UKR"),
])
def test_actors_kb_alias_lookup(kb, alias, actor_id):
    assert actor_id in kb.lookup(alias)


@pytest.mark.parametrize("word,iso", [("Finnish", "FIN"), ("Dutch", "NLD"), ("Ukrainian", "UKR"), ("French", "FRA")])
def test_actors_kb_adjectives(kb, word, iso):
    assert kb.country_of_word(word) == iso


def test_actors_kb_every_country_has_a_government(kb):
    countries = [a for a in kb.actors if a.startswith("country:")]
    assert len(countries) > 200
    assert all(f"gov:{c[8:]}" in kb.actors for c in countries)


def test_actors_kb_represents_follows_the_article_date(kb):
    on_2020 = kb.actor_on("person:jens-stoltenberg", date(2020, 1, 1))
    on_2010 = kb.actor_on("person:jens-stoltenberg", date(2010, 1, 1))
    assert on_2020.represents == "org:NATO"
    assert on_2010.represents == "gov:NOR"


def test_actors_kb_foreign_minister_from_wikidata(kb):
    actor = kb.actor_on("person:dmytro-kuleba", date(2022, 6, 1))
    assert actor.represents == "gov:UKR"


def test_actors_kb_countryinfo_terms_do_not_run_open(kb):
    # CountryInfo ends in 2012: its open terms must not make people office-holders today
    assert kb.actor_on("person:olafur-ragnar-grimsson", date(2024, 1, 1)).represents is None
