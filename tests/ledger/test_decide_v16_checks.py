"""v16's checks: a decision taken ("voted 5-2 to adopt", "agreed not to renew") commits to its infinitive's action,
and dissenters in a vote are against what the body decided ("with A and B dissenting, the board approved ...")."""
from __future__ import annotations

import pytest

from stancemap.ledger.candidates import Context
from stancemap.ledger.decide import decide_stances
from stancemap.ledger.dissent import from_dissents
from stancemap.ledger.polarity import compose
from stancemap.model import Question

LEVY = Question("levy", "Brackley should adopt the proposed tourist levy on hotel stays.")


@pytest.mark.parametrize("text,stance", [
    # a deed's text starts at its verb (ledger.candidates._action_polarity)
    ("voted to adopt the tourist levy", "support"),
    ("voted 5-2 on Tuesday to adopt the tourist levy", "support"),
    ("agreed unanimously to adopt the levy on hotel stays", "support"),
    ("decided not to adopt the tourist levy", "oppose"),
    ("The council voted against a motion to adopt the tourist levy.", "oppose"),
])
def test_a_decision_commits_to_its_infinitive(text, stance):
    assert compose(text, LEVY).stance == stance


@pytest.mark.parametrize("text", [
    "The council moved to adopt the tourist levy.",  # "moved" is no decision word (it also means relocated)
    "The council was asked whether to adopt the tourist levy.",
])
def test_other_verbs_before_to_commit_to_nothing(text):
    assert compose(text, LEVY).stance is None


def _dissenters(build_reading, text, relevant):
    ctx = Context(build_reading(text), LEVY, relevant, {})
    return {c.actor_id: c.polarity.stance for c in from_dissents(ctx)}


def test_dissenters_are_against_what_was_approved(build_reading):
    text = ("In a 5-2 vote, with Anna Berg and Li Wei dissenting, the council approved the tourist levy on hotel "
            "stays.")
    assert _dissenters(build_reading, text, {0: 0.9}) == {"person:anna-berg": "oppose", "person:li-wei": "oppose"}


def test_a_dissenter_after_the_decision_and_from_a_rejection(build_reading):
    assert _dissenters(build_reading, "The council approved the tourist levy, with Anna Berg dissenting.",
                       {0: 0.9}) == {"person:anna-berg": "oppose"}
    assert _dissenters(build_reading, "Anna Berg dissented when the council rejected the tourist levy.",
                       {0: 0.9}) == {"person:anna-berg": "support"}


def test_the_decision_may_stand_in_the_sentence_before(build_reading):
    text = "The council rejected the tourist levy on Monday. Anna Berg cast the lone dissenting vote."
    assert _dissenters(build_reading, text, {0: 0.9}) == {"person:anna-berg": "support"}
    # with no relevant decision before it, a lone dissent says nothing
    assert _dissenters(build_reading, text, {}) == {}


@pytest.mark.parametrize("text", [
    "Dissent over the tourist levy grew, and Anna Berg spoke at the meeting.",  # dissent as a noun, no dissenter
    "Anna Berg wrote a dissenting opinion on the tourist levy.",  # an opinion, not a vote
    "With Anna Berg dissenting, the council discussed the tourist levy.",  # no decision the rules can read
])
def test_no_dissenter_without_a_vote_on_a_decision(build_reading, text):
    assert _dissenters(build_reading, text, {0: 0.9}) == {}


def test_a_dissent_beats_the_plain_clause_of_its_sentence(build_reading, rules):
    text = "Anna Berg dissented when the council approved the tourist levy on hotel stays."
    got = {r.actor.id: r.stance for r in decide_stances(build_reading(text), [LEVY], scorer=rules) if not r.via}
    assert got.get("person:anna-berg") == "oppose"


@pytest.mark.parametrize("text", [
    "Anna Berg said the council voted to adopt the tourist levy.",  # a report of the council's deed
    "If the council votes to adopt the tourist levy, hotels will raise prices.",
    "Anna Berg, a hotelier from the coast who once chaired the tourism board, voted to adopt the levy.",
])
def test_a_decision_reported_supposed_or_far_from_the_start_commits_no_one(text):
    assert compose(text, LEVY).stance is None


@pytest.mark.parametrize("text", [
    "The council voted on whether to adopt the tourist levy.",  # another clause between the vote and its "to"
    "The vote to adopt the tourist levy failed 3-4.",  # the noun, not a decision taken
    "Did the council vote to adopt the tourist levy?",
    "The council voted to study whether to adopt the tourist levy.",  # the decision's own infinitive is "study"
    "the council voted to adopt the tourist levy",  # reported content: the decision does not start the text
])
def test_a_decision_must_start_the_text_and_govern_the_action(text):
    assert compose(text, LEVY).stance is None


def test_the_cut_starts_at_the_dissenters_before_the_marker(build_reading):
    text = ("The council rejected the tourist levy in 2023 after Anna Berg lobbied for it, but approved the levy "
            "on Tuesday with Anna Berg dissenting.")
    assert _dissenters(build_reading, text, {0: 0.9}).get("person:anna-berg") in (None, "oppose")
    assert _dissenters(build_reading, "With Anna Berg dissenting, the council approved the tourist levy.",
                       {0: 0.9}) == {"person:anna-berg": "oppose"}


@pytest.mark.parametrize("text", [
    "The council approved the tourist levy. Anna Berg cast the lone dissenting vote on the budget.",
    "Li Wei praised the tourist levy at a rally. Anna Berg cast the lone dissenting vote.",
    "The council approved the tourist levy. Anna Berg, who dissented from her party on housing, spoke next.",
])
def test_a_dissent_about_something_else_or_after_no_decision_says_nothing(build_reading, text):
    assert _dissenters(build_reading, text, {0: 0.9, 1: 0.9}) == {}
