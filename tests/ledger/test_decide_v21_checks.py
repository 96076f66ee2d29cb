"""v21's checks (invented sentences): support taken back is a refusal of what it backed."""
from __future__ import annotations

import pytest

from stancemap.ledger.polarity import compose
from stancemap.ledger.questions import as_claim
from stancemap.model import Question

BACK = as_claim(Question("back", "Voters should support Gregory Hamm as the party's nominee."))
PARK = as_claim(Question("park", "The city should build the riverside stadium."))


@pytest.mark.parametrize("text", [
    "The mayor pulled his support for Gregory Hamm",
    "Two senators pulled their endorsement of Hamm after the debate",
    "The governor said she would pull her support from the Hamm campaign",
    "She said she would formally un-endorse Hamm",
    "The donors pulled the plug on their Hamm endorsement",
])
def test_support_taken_back_is_against(text):
    assert compose(text, BACK).stance == "oppose"


def test_support_not_taken_back_is_for():
    assert compose("The mayor will not pull his support for Gregory Hamm", BACK).stance == "support"


def test_pulling_the_plug_on_the_action_is_against_it_and_on_its_ban_for_it():
    assert compose("The council pulled the plug on the riverside stadium", PARK).stance == "oppose"
    assert compose("The council pulled the plug on the ban on the riverside stadium", PARK).stance == "support"


def test_pulling_something_else_is_no_stance_operator():
    # "pull" alone is no operator: only support, an endorsement or backing taken back, or a plug pulled
    ops = compose("Hamm pulled ahead in the polls after the stadium vote", BACK).operators
    assert not [o for o in ops if o.category == "refusal"]


@pytest.mark.parametrize("text", [
    "The council pulled together broad support for Gregory Hamm",
    "The campaign pulled in endorsements from three unions for Hamm",
    "The mayor pulled back from her doubts and now backs Hamm",
])
def test_support_gathered_is_not_support_taken_back(text):
    # found by a review: only "pull" + a possessive + support/endorsement takes support back
    assert compose(text, BACK).stance != "oppose"
