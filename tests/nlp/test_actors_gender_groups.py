"""Persons sharing a surname told apart by courtesy titles and pronouns, full names NER tagged ORG, groups
named by a modified plural subject, and "who" speakers.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from stancemap.nlp.attribution.speaker import resolve_speaker


def _read(nlp, text):
    return nlp(text)


def _linked(doc, surface):
    return [m.actor_id for m in doc._.stancemap_mentions if m.span.text == surface]


def test_mr_goes_to_the_man_sharing_a_surname(nlp_read):
    doc = _read(nlp_read, "Amira Dalton spoke at the rally on Monday. She said her brother died in the war. "
                          "Tobias Dalton also spoke. He held up a photograph. Mr. Dalton said nobody listened.")
    assert _linked(doc, "Dalton") == ["person:tobias-dalton"]


def test_mrs_never_goes_to_a_man(nlp_read):
    doc = _read(nlp_read, "Victor Hale met the press in Ohio. He said he would run again. "
                          "Mrs. Hale said the race was unfair.")
    assert "person:victor-hale" not in _linked(doc, "Hale")


def test_bare_surname_goes_to_most_recent_full_name(nlp_read):
    doc = _read(nlp_read, "Amira Dalton spoke first. Later Tobias Dalton arrived at the hall. "
                          "Dalton said the hall was full.")
    assert _linked(doc, "Dalton") == ["person:tobias-dalton"]


def test_different_first_names_never_merge(nlp_read):
    doc = _read(nlp_read, "Karen Weller spoke first. Kevin Weller arrived later.")
    assert {m.actor_id for m in doc._.stancemap_mentions} >= {"person:karen-weller", "person:kevin-weller"}


@pytest.mark.parametrize("text, group", [
    ("Civil rights groups said the law was unfair.", "group:civil-rights-groups"),
    ("Refugee advocates warned that the policy would hurt families.", "group:refugee-advocates"),
    ("Human rights organisations condemned the arrests.", "group:human-rights-organisations"),
])
def test_modified_plural_subject_is_a_group(nlp_read, text, group):
    doc = _read(nlp_read, text)
    assert group in {m.actor_id for m in doc._.stancemap_mentions}


def test_groups_alone_is_no_actor(nlp_read):
    doc = _read(nlp_read, "Groups said the law was unfair.")
    assert not [m for m in doc._.stancemap_mentions if m.actor_id.startswith("group:")]


def test_relative_who_speaker_is_the_antecedent(nlp_read):
    text = "Bernie Sanders, who says the deal is disastrous, spoke to reporters on Friday."
    doc = _read(nlp_read, text)
    start = text.index("who")
    assert resolve_speaker(doc, start, start + 3) == "person:bernie-sanders"


def test_name_listed_with_a_person_is_a_person(nlp_read):
    doc = _read(nlp_read, "Governor Mary Okafor and Lindqvist said the bill would pass.")
    linked = {m.span.text: m.actor_id for m in doc._.stancemap_mentions}
    assert linked.get("Lindqvist", "").startswith("person:")


def test_a_name_after_mr_without_a_dot_is_a_person(nlp_read):
    # NER tags these names ORG after a dotless "Mr"
    for text, name in (("Council backs scheme. But Mr Birch said the new road would bring growth and investment to "
                        "Kelso.", "birch"),
                       ("Trust backs plan. But Mr Stone said the harbour scheme would bring money and investment into "
                        "Ayr.", "stone")):
        ids = {m.actor_id for m in _read(nlp_read, text)._.stancemap_mentions}
        assert f"person:{name}" in ids and not any(i.startswith("org:") and name in i for i in ids)


def test_the_verb_miss_makes_no_person(nlp_read):
    doc = _read(nlp_read, "Fans said they would miss Sunbelt Rentals after the sponsorship ended.")
    assert not any(m.actor_id.startswith("person:") for m in doc._.stancemap_mentions)


@pytest.mark.parametrize("text,actor_id", [
    ("Superintendent Marian Kowalczyk turned down the raise on Monday.", "person:marian-kowalczyk"),
    ("Landowner Oskar Lindgren said he would fight the rezoning.", "person:oskar-lindgren"),
])
def test_a_role_word_before_a_name_is_no_part_of_it(nlp_read, text, actor_id):
    ids = {m.actor_id for m in _read(nlp_read, text)._.stancemap_mentions}
    assert actor_id in ids and not any("superintendent" in i or "landowner" in i for i in ids)
