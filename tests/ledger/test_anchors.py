"""The names a question is about (stancemap.ledger.anchors) and the v8 checks that use them."""
from __future__ import annotations

import pytest

from stancemap.ledger.anchors import anchored, is_acted_on, names_another, question_names
from stancemap.ledger.decide import decide_stances
from stancemap.model import Actor, Question

RETURNS = Question("returns", "Ivo Brandt should release his tax returns.")
BACK = Question("back", "Conservatives should support Ivo Brandt as their party's candidate.")
STRIKES = Question("strikes", "Norland may use Ostravan-supplied weapons to strike targets on Vellish territory.")


def anchor_forms(statement):
    return {f for n in question_names(Question("q", statement)).names if n.anchors for f in n.forms}


@pytest.mark.parametrize("statement,forms", [
    # a person is found by the surname
    ("Ivo Brandt should release his tax returns.", {"Brandt"}),
    # the one acted on is a participant; a statement's first word that is a common noun is not
    ("Candidates should refuse donations from Ana Pell.", set()),
    ("Candidates should refuse the backing of Ana Pell's party.", {"Pell"}),
    ("Lobbyists should back Ana Pell.", {"Pell"}),
    ("Lobbyists should vote for Ana Pell.", {"Pell"}),
    # names after a preposition set the scene, and so does a name joined to one of them
    ("Norland should accept refugees from Vell.", set()),
    ("Norland should impose tariffs on imports from Vell or Ostrava.", set()),
    ("Norland should build a wall along its border with Ostrava.", set()),
    # ... unless they own what follows
    ("The assembly should hold a vote on Ana Pell's nomination to the High Court.", {"Pell"}),
    # a generic last word: the other words and the initials; another name in brackets counts
    ("The Harbour Relief Act (Harbourcare) should be repealed.",
     {"Harbour Relief Act", "Harbour", "Relief", "HRA", "Harbourcare"}),
    # a bracketed phrase after a common noun, or a bracketed clause, does not
    ("Norland should adopt a single-payer system (Medicare for all).", set()),
    ("Abortion should remain legal in Norland (Pell v. Vane should stand).", set()),
    ("The votes cast in Vell (and in the other close states, Ostrava and Norland) should be recounted.", set()),
    # a year between the preposition and the name does not make it a participant (v12)
    ("Towns should spend the money of the 2009 Harbour Relief Act.", set()),
    ("Norland should send aid to 20 Ostravan towns.", {"Ostravan"}),  # a count is no year
    # a subject whose action names what it is about does not anchor; one that undergoes it does
    ("Norland may use Ostravan-supplied weapons to strike targets on Vellish territory.", set()),
    ("Ana Pell should resign as chair of the Harbour Committee.", {"Pell"}),
    ("Ana Pell should step down.", {"Pell"}),
    ("The Harbour Fund should be shut down.", {"Harbour Fund", "Harbour"}),  # no initials under three letters
    # titles, the words of a yes/no question, the country most questions are about and adjectives do not
    ("Senator Ana Pell should step down.", {"Pell"}),
    ("Is Harbourcare a mistake?", {"Harbourcare"}),
    ("The United States should ratify the Harbour Partnership (HP) agreement.",
     {"Harbour Partnership", "Harbour", "Partnership", "HP"}),
    ("The 2011 US-led intervention in Vell was the right decision.", set()),
    # a capitalised word is no modal ("Theresa May")
    ("Ana May should resign.", {"May"}),
])
def test_question_names(statement, forms):
    assert anchor_forms(statement) == forms


def test_the_knowledge_base_adds_other_names_of_an_organisation():
    assert {"EU", "European Union"} <= anchor_forms("Norland should join the EU.")
    assert anchored(Question("q", "Norland should join the EU."), ["Norland applied to the European Union."])


def test_backed_names_are_the_objects_of_backing_verbs():
    def backed(statement):
        return [n.words for n in question_names(Question("q", statement)).names if n.backed]
    assert backed(BACK.statement) == [("Ivo", "Brandt")]
    assert backed("Lobbyists should vote for Ana Pell.") == [("Ana", "Pell")]
    assert backed("The Senate should convict Ivo Brandt.") == []  # his view on his conviction is a stance
    assert backed(RETURNS.statement) == []


def test_anchored_matches_plural_possessive_capitals_and_hyphenated_forms_only_with_the_capital():
    assert anchored(RETURNS, ["The anti-Brandt campaign said nothing."])
    assert anchored(RETURNS, ["Brandt's lawyers object."])
    assert anchored(RETURNS, ["BRANDT MUST GO, the banner read."])
    assert anchored(Question("q", "Norland should admit Vellish Muslims."), ["a ban on Muslim travellers"])
    shun = Question("q", "Candidates should shun super PACs.")
    assert anchored(shun, ["the super PAC gave money"]) and not anchored(shun, ["the donors gave money"])
    assert not anchored(RETURNS, ["Ana Pell released her tax returns."])
    assert not anchored(Question("q", "Ana May should resign."), ["Prices may rise if she goes."])
    assert anchored(STRIKES, ["Anything at all."])  # no anchoring name


def test_is_acted_on_needs_a_backed_person_with_the_full_name():
    assert is_acted_on(Actor("person:ivo-brandt", "Ivo Brandt", "person"), BACK)
    assert not is_acted_on(Actor("person:ada-brandt", "Ada Brandt", "person"), BACK)
    assert not is_acted_on(Actor("person:ivo-brandt", "Ivo Brandt", "person"), RETURNS)  # the subject acts
    assert not is_acted_on(Actor("org:brandt", "Brandt", "organisation"), BACK)
    assert not is_acted_on(None, BACK)


def test_names_another_counts_the_subject_even_when_it_does_not_anchor():
    quit_and_back = Question("q", "Ivo Brandt should back Ana Pell.")
    pell = Actor("person:ana-pell", "Ana Pell", "person")
    assert names_another(quit_and_back, pell, "Pell called on Brandt to quit the race.")
    assert not names_another(quit_and_back, pell, "Pell said she was honoured.")


def test_end_to_end_support_for_another_person_is_not_support_for_the_named_one(read_text):
    reading = read_text("Senator Ana Pell said she supports Oskar Vane's candidacy. "
                        "Senator Rolf Aster said conservatives should support Ivo Brandt as their candidate.")
    got = {(r.actor.name, r.stance) for r in decide_stances(reading, [BACK]) if not r.via}
    assert ("Rolf Aster", "support") in got
    assert not any(name == "Ana Pell" for name, _ in got)


def test_end_to_end_the_one_acted_on_holds_no_stance_unless_he_names_the_action(read_text):
    reading = read_text("Governor Ivo Brandt said he was honoured by the support of conservatives. "
                        "Senator Rolf Aster said conservatives should support Ivo Brandt as their candidate.")
    records = [r for r in decide_stances(reading, [BACK]) if not r.via]
    assert ("Rolf Aster", "support") in {(r.actor.name, r.stance) for r in records}
    assert not any(r.actor.name == "Ivo Brandt" for r in records)


def test_dotted_and_spelled_out_forms_of_a_known_organisation():
    eu = Question("q", "Norland should rejoin the EU.")
    assert anchored(eu, ["He backs E.U. membership."]) and anchored(eu, ["the European Union said"])
    assert not anchored(eu, ["Brussels said nothing."])  # a seat of government is no name of the union


def test_a_possessive_opening_the_statement_is_a_name():
    assert anchor_forms("Pell's harbour plan should be scrapped.") == {"Pell"}


def test_a_known_first_name_makes_a_person_found_by_the_surname_as_written():
    assert anchor_forms("Jim Rivers should resign.") == {"Rivers"}  # not "River", not "Jim"


@pytest.mark.parametrize("statement,subject_anchors", [
    ("The Harbour League should support Ivo Brandt as its candidate.", False),  # possessive past the object
    ("Ivo Brandt should release the transcripts of his speeches.", True),
    ("Ivo Brandt should recuse himself.", True),
    ("Ivo Brandt should face charges over his conduct.", True),  # he undergoes the action
])
def test_a_possessive_binds_the_action_to_the_subject_only_inside_the_object(statement, subject_anchors):
    names = question_names(Question("q", statement)).names
    assert names[0].anchors is subject_anchors
