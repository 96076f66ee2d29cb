"""v18's checks: a verdict on a restriction the text names is composed with it ("the quarry ban is a disaster"),
and an accusation of what a claim says asserts the claim ("accused the referee of bias")."""
from __future__ import annotations

import pytest

from stancemap.ledger.polarity import claim_predicate, compose
from stancemap.model import Question

BAN = Question("ban", "Dunmore should ban quarrying in the valley.")
CLAIM = Question("bias", "Referee Olsen was biased against the visiting team.")


@pytest.mark.parametrize("text,stance", [
    ("the quarrying ban is a disaster", "oppose"),
    ("the ban on quarrying would be a disaster for the town", "oppose"),
    ("a ban on quarrying is a good idea", "support"),
    ("the quarrying ban is not a disaster", "support"),
    ("the quarrying ban is not a good idea", "oppose"),
    # unchanged: a restriction with no verdict, and one with a harm word
    ("Dunmore should ban quarrying in the valley", "support"),
    ("a ban on quarrying would be a mistake", "oppose"),
])
def test_a_verdict_on_the_restriction_is_composed(text, stance):
    assert compose(text, BAN).stance == stance


def test_the_claim_predicate():
    assert claim_predicate(CLAIM.statement) == "bias"
    assert claim_predicate("The election in Tarnow was rigged.") == "rig"
    assert claim_predicate("Quarrying should be banned.") is None  # a call for action
    assert claim_predicate("The referee was not biased.") is None  # a negated claim
    assert claim_predicate("It is time to act.") is None


@pytest.mark.parametrize("text,cue,stance", [
    ("Olsen of bias against the visitors", "accused", "support"),
    ("the referee of bias", "has accused", "support"),
])
def test_an_accusation_of_the_claim_asserts_it(text, cue, stance):
    assert compose(text, CLAIM, cue=cue).stance == stance


def test_an_accusation_of_something_else_is_still_an_attack():
    assert compose("Olsen of lying about the penalty", CLAIM, cue="accused").stance != "support"
