"""v14's checks: a restriction of "the deal", threats ("will leave if it passes"), judgements of a candidate,
"favors" as a noun, and third persons inside a quote ("the people who can't vote against it")."""
from __future__ import annotations

import pytest

from stancemap.ledger.polarity import compose
from stancemap.model import Question

MERGER = Question("merger", "Acme may merge with Globex, moving its tax home abroad (a tax inversion).")
ANNEX = Question("annex", "The town should annex the commercial strip along Route 9.")


@pytest.mark.parametrize("text,stance", [
    ("called on the regulators to block the deal", "oppose"),
    ("urged the board to stop the proposed merger", "oppose"),
    ("wants to block the merger with Globex", "oppose"),
])
def test_a_restriction_of_the_deal_acts_on_the_question(text, stance):
    assert compose(text, MERGER).stance == stance


def test_a_restriction_of_something_else_stays_stray():
    # "the weather" is no policy noun: the restriction acts on something else, and the call for it says nothing
    assert compose("urged the board to block the weather report", MERGER).stance is None
    assert compose("urged Acme to merge with Globex", MERGER).stance == "support"


@pytest.mark.parametrize("text,stance", [
    ("“They only target the people who can’t vote against it,”", None),
    ("going after those who won't oppose the annexation", None),
    ("we will vote against the annexation", "oppose"),
])
def test_words_about_third_persons_in_a_quote_take_no_side(text, stance):
    assert compose(text, ANNEX).stance == stance


MAYOR = Question("mayor", "Jane Porter should win the city's mayoral election and become mayor.")


@pytest.mark.parametrize("text,stance", [
    ("they got rich trading favors with lobbyists", None),
    ("he asked a favor of the Porter campaign", None),
    ("I favor Jane Porter for mayor", "support"),
    ("most voters are in favor of Porter winning", "support"),
])
def test_favors_done_are_no_endorsement(text, stance):
    assert compose(text, MAYOR).stance == stance


WALL = Question("wall", "The US should build a wall on the Mexican border.")


@pytest.mark.parametrize("question,text,stance", [
    # review of v14: a stray restriction drops only a call ("urge ... to") for it, not support given beside it
    (WALL, "I support the wall because it will stop drugs and crime", "support"),
    (MAYOR, "I endorse Porter because she will stop the crime wave", "support"),
    (MAYOR, "I back Porter and her plan to ban fracking", "support"),
    # "the sale of the Ohio plant" is another thing
    (MERGER, "Smith backs the Globex merger and urged regulators to block the sale of the Ohio plant", "support"),
    (ANNEX, "I do favor the annexation of the strip", "support"),
    # the speaker addressing people is no third party's view
    (ANNEX, "I'm asking all residents who can vote against this annexation to do so on Tuesday", "oppose"),
    (MAYOR, "I'm urging voters who will support Porter to go to the polls", "support"),
])
def test_review_cases_keep_their_stance(question, text, stance):
    assert compose(text, question).stance == stance


CHARTER = Question("charter", "Springfield voters should pass Charter Amendment 4, which caps property taxes.")


@pytest.mark.parametrize("text,stance", [
    ("she planned to study here but will leave if the amendment is passed", "oppose"),
    ("the landlords vowed to sue if Charter Amendment 4 passes", "oppose"),
    ("I will leave if the amendment is not passed", "support"),
    # no threat about the action: a condition of something else, or weather
    ("I will leave if it rains on Tuesday", None),
    ("the union will sue if the budget passes", None),
    ("the landlords vowed to sue if it passes", "oppose"),
])
def test_a_threat_if_the_action_happens_is_against_it(text, stance):
    assert compose(text, CHARTER).stance == stance


@pytest.mark.parametrize("text,stance", [
    ("Jane Porter is a joke", "oppose"),
    ("Porter is a liar and a fraud", "oppose"),
    ("Porter is not qualified", "oppose"),
    ("Jane Porter would make a great mayor", "support"),
    # a judgement of someone else, or of something else, is none of the candidate's
    ("her rival is a liar", None),
    ("the election is a joke", None),
    ("Porter was in a terrible mood", None),
])
def test_judgements_of_a_candidate_count_on_a_candidacy_question(text, stance):
    assert compose(text, MAYOR).stance == stance


def test_judgements_of_a_person_count_only_on_a_candidacy_question():
    resign = Question("resign", "Jane Porter should resign as mayor.")
    assert compose("Porter is a liar", resign).stance is None

