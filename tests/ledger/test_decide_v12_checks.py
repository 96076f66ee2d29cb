"""v12's checks: engaging in the question's action ("fund a recount"), word families and stems of "-us" words."""
from __future__ import annotations

import pytest

from stancemap.ledger.decide import decide_stances
from stancemap.ledger.lexicon import stem
from stancemap.ledger.polarity import compose
from stancemap.ledger.relevance import lexical_score, question_terms
from stancemap.model import Question

RECOUNT = Question("recount", "The votes cast in the county should be recounted.")
FUNDS = Question("funds", "Towns should accept and spend the federal flood relief money.",
                 keywords=["flood relief money"])
BONUSES = Question("bonuses", "The bonuses paid to the bank's managers should be given back.")


@pytest.mark.parametrize("text,stance", [
    ("she has raised enough money to fund a recount in the county", "support"),
    ("the campaign would participate in the county's recount", "support"),
    ("the party will pay for the recount", "support"),
    ("she will not fund a recount", "oppose"),
    ("he refused to take part in the recount", "oppose"),
])
def test_engaging_in_the_action_is_a_deed_for_it(text, stance):
    assert compose(text, RECOUNT).stance == stance


@pytest.mark.parametrize("text", [
    "filed for bankruptcy after the recount",  # the filing's object is the bankruptcy
    "she saw her lead shrink as the recount went on",  # "her lead" is a noun; "as" ends the object
    "volunteers joined protesters outside the recount centre",  # the joining's object is the protesters
])
def test_engagement_needs_the_action_as_its_object(text):
    assert compose(text, RECOUNT).stance is None


@pytest.mark.parametrize("text,stance", [
    ("the town would invest the flood relief money in its roads", "support"),
    ("the county will not invest the flood relief money", "oppose"),
    ("the mayor said the flood relief money will never reach us", None),  # "us" is no form of "use"
])
def test_investing_the_money_is_spending_it(text, stance):
    assert compose(text, FUNDS).stance == stance


def test_a_singular_in_us_has_the_stem_of_its_plural():
    assert stem("bonus") == stem("bonuses") == "bonus"
    assert stem("stimulus") == "stimulus" and stem("status") == stem("statuses")


def test_giving_back_one_bonus_is_for_giving_the_bonuses_back():
    assert compose("the manager agreed to forfeit his bonus", BONUSES).stance == "support"


@pytest.mark.parametrize("a,b", [("revenue", "revenge"), ("contra", "control"), ("intend", "intense"),
                                 ("Persia", "persist")])
def test_a_vowel_left_over_is_no_family_without_a_demonym_ending(a, b):
    from stancemap.ledger.lexicon import stems_match

    assert not stems_match(stem(a), stem(b))


def test_five_shared_letters_are_no_word_family():
    # "recoup" as a keyword made every sentence about a recount relevant to taking bonuses back (v11)
    terms = question_terms(Question("b", "The bonuses should be recovered.", keywords=["recoup"]))
    assert lexical_score("She also wants recounts in two more states.", terms) < 0.3


def test_a_text_is_about_the_question_it_is_most_relevant_to():
    import numpy as np

    from stancemap.ledger.rules import COMPETING_MARGIN, competing

    m = np.array([[0.9, 0.5], [0.6, 0.55], [0.2, 0.1]], dtype=np.float32)
    out = competing(m)
    assert out[0].tolist() == [np.float32(0.9), 0.0]  # far more about the first question
    assert out[1].tolist() == m[1].tolist()  # about both: kept for both
    assert out[2].tolist() == m[2].tolist()  # within the margin
    assert competing(m[:, :1]).tolist() == m[:, :1].tolist()  # one question competes with none
    assert 0.9 - 0.5 >= COMPETING_MARGIN > 0.6 - 0.55  # the margin the rows above were written for


EXPEL = Question("expel", "Countries should expel Lanvari diplomats over the poisoning in Marlow.")


@pytest.mark.parametrize("text,stance", [
    ("Lanvari diplomats were expelled by Ostrava", "support"),
    ("twenty Lanvari diplomats have been quietly expelled by Ostrava", "support"),
    ("Lanvari diplomats were not expelled by Ostrava", "oppose"),
    # a deed without its doer, or one asked about or supposed, is no stance of whoever reports it
    ("Lanvari diplomats were expelled in 2009", None),
    ("it is unclear whether Lanvari diplomats were expelled by Ostrava", None),
    ("if Lanvari diplomats are expelled by Ostrava, Lanvar will retaliate", None),
    ("When asked, the minister said 20 Lanvari diplomats were expelled by Ostrava", "support"),  # "when" asks nothing here
])
def test_a_passive_deed_with_its_agent_states_the_action(text, stance):
    assert compose(text, EXPEL).stance == stance


def test_every_agent_in_a_list_did_the_passive_deed(read_text):
    records = decide_stances(read_text("Lanvari diplomats were expelled by Bulgaria, Luxembourg and Malta."), [EXPEL])
    found = {r.actor.id: r.stance for r in records if r.via is None}
    assert {found.get(a) for a in ("country:BGR", "country:LUX", "country:MLT")} == {"support"}


@pytest.mark.parametrize("after,goes_on", [(" and Malta.", True), (", North Macedonia, Estonia and Malta", True),
                                            (", Poland said.", False), (", Senator Warren said.", False)])
def test_a_listed_agent_needs_an_and_after_it(after, goes_on):
    from stancemap.ledger.patterns import _LIST_GOES_ON

    assert bool(_LIST_GOES_ON.match(after)) is goes_on  # "Pol-and", "Senat-or" are no "and" / "or"


def test_a_speaker_after_the_agent_is_no_agent(read_text):
    text = "The expulsion of Lanvari diplomats was opposed by Donald Trump, Hillary Clinton said."
    found = {r.actor.name: r.stance for r in decide_stances(read_text(text), [EXPEL]) if r.via is None}
    assert "Hillary Clinton" not in found


def test_the_subject_of_a_passive_deed_undergoes_it(read_text):
    # "Russian diplomats" (the expelled) took no side; before v12 the clause's subject got the deed
    question = Question("expel", "Countries should expel Russian diplomats over the poisoning in Marlow.")
    reading = read_text("Twenty Russian diplomats have been expelled from Bulgaria.")
    assert any(a.startswith("anon:") for a in reading.actors)
    records = decide_stances(reading, [question])
    assert not [r for r in records if r.actor.id.startswith(("anon:", "group:"))]
