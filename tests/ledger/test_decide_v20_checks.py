"""v20's checks (invented sentences).

- A candidate who goes on running is against dropping out, and on the topic ("vowed to remain in the fight",
  "urged her to keep fighting"), only on a question of a candidacy.
- Attitude nouns and idioms of news prose ("her distaste for X", "balked at", "threw cold water on", "got
  behind"); not those with a literal sense ("took aim at", "contempt for", "all for").  "made no secret of" is no
  negation.
- An object pronoun whose gender is that of the person the question names is that person ("band together to stop
  him").
- A drive that a harm judges ("the push for X hurt the party") is no endorsement.
- A levy is the act of taxing; verdicts on land use ("too dense", "an eyesore").
- A condition that opens the text is no embedded question; a share refused is the rest taken.
"""
from __future__ import annotations

import pytest

from stancemap.ledger.anchors import person_genders
from stancemap.ledger.opposites import candidacy_kept
from stancemap.ledger.lexicon import tokens
from stancemap.ledger.polarity import compose
from stancemap.ledger.questions import as_claim
from stancemap.model import Question

QUIT = as_claim(Question("quit", "Senator Ruth Vell should end her presidential campaign."))
BACK = as_claim(Question("back", "Voters should support Gregory Hamm as the party's nominee."))
WAGE = as_claim(Question("wage", "Congress should raise the federal minimum wage."))
GUNS = as_claim(Question("guns", "Congress should pass stricter gun control laws."))


@pytest.mark.parametrize("text", [
    "Vell vowed to remain in the fight through the spring primaries",
    "her aides urged Vell to keep fighting",
    "Vell will fight on, her spokesman said",
    "Vell plans to continue her campaign",
    "Vell said she would fight all the way to the convention",
])
def test_a_candidacy_kept_going_is_against_dropping_out(text):
    assert compose(text, QUIT).stance == "oppose"


@pytest.mark.parametrize("text", [
    "Vell will fight on the issue of water rights",   # fighting on an issue is no candidacy
    "Vell will press on with the water bill",
    "Vell will continue her campaign for cleaner rivers",
])
def test_going_on_with_something_else_is_no_candidacy(text):
    assert not candidacy_kept(text, tokens(text))


def test_going_on_counts_only_on_a_question_of_dropping_out():
    text = "the agency will keep fighting the lawsuit"
    assert compose(text, GUNS).stance is None


@pytest.mark.parametrize("text,stance", [
    ("she made no secret of her distaste for Hamm", "oppose"),
    ("he expressed his disdain for Hamm", "oppose"),
    ("his admiration for Hamm is well known", "support"),
    ("she has no fondness for Hamm", "oppose"),
])
def test_attitude_nouns(text, stance):
    assert compose(text, BACK).stance == stance


@pytest.mark.parametrize("text,stance", [
    ("the senator balked at raising the minimum wage", "oppose"),
    ("the governor threw cold water on raising the minimum wage", "oppose"),
    ("the mayor poured cold water on the minimum wage increase", "oppose"),
    ("she wants nothing to do with a minimum wage increase", "oppose"),
    ("he has qualms about raising the minimum wage", "oppose"),
    ("the union got behind the minimum wage increase", "support"),
    ("the senator signed on to the minimum wage bill", "support"),
    ("the caucus rallied behind the minimum wage increase", "support"),
    ("she is not on board with the minimum wage increase", "oppose"),
    ("he has warmed to raising the minimum wage", "support"),
])
def test_idioms_of_news_prose(text, stance):
    assert compose(text, WAGE).stance == stance


def test_nothing_to_do_with_is_a_refusal_only_when_wanted():
    assert compose("the vote had nothing to do with the minimum wage", WAGE).stance is None


@pytest.mark.parametrize("text", [
    "drones took aim at a refinery as the minimum wage debate went on",   # literal senses are left out
    "he was held in contempt for ignoring the minimum wage subpoena",
    "the hearing was all for show on the minimum wage",
])
def test_idioms_with_a_literal_sense_are_not_operators(text):
    assert compose(text, WAGE).stance is None


def test_going_on_counts_only_for_a_candidacy():
    paris = as_claim(Question("paris", "The United States should pull out of the Paris climate agreement."))
    # "pull out" shares the action group of "drop out", but the agreement is no candidacy
    assert compose("the president vowed to keep fighting the Paris climate agreement", paris).stance != "oppose"


def test_the_gender_of_the_person_a_question_names():
    assert person_genders(BACK) == {"male"}
    assert person_genders(QUIT) == {"female"}
    assert person_genders(WAGE) == frozenset()
    # a place or an organisation opening with a first name is no person
    assert person_genders(as_claim(Question("p", "Georgia Power should close its coal plants."))) == frozenset()
    assert person_genders(as_claim(Question("t", "Virginia Tech should fire its coach."))) == frozenset()


def test_an_object_pronoun_of_the_named_persons_gender_is_that_person():
    assert compose("conservatives must band together to stop him", BACK).stance == "oppose"
    # "her" is not the man the question names: nothing is restricted
    assert compose("conservatives must band together to stop her", BACK).stance != "oppose"


def test_a_drive_judged_by_a_harm_is_no_endorsement():
    assert compose("the enthusiasm for stricter gun control laws hurt the party", GUNS).stance is None
    assert compose("her support for stricter gun control laws hurt her in the polls", GUNS).stance != "support"
    assert compose("she voiced support for stricter gun control laws", GUNS).stance == "support"


@pytest.mark.parametrize("text", [
    "she reiterated her support for stricter gun control laws, saying weak laws hurt families",
    "the governor renewed her push for stricter gun control laws because lax rules harm children",
])
def test_a_harm_in_another_clause_leaves_the_drive(text):
    assert compose(text, GUNS).stance == "support"


def test_going_on_running_is_on_the_topic():
    from stancemap.ledger import relevance

    text = "Gov. Bill Park urged Vell to keep fighting until the convention."
    assert relevance.relevance_matrix([text], [QUIT], use_semantic=False)[0, 0] > 0
    assert relevance.relevance_matrix([text], [GUNS], use_semantic=False)[0, 0] == 0


def test_a_levy_is_the_action_of_taxing():
    levy = as_claim(Question("levy", "Carbon emissions should be taxed."))
    assert compose("the carbon levy is a mistake", levy).stance == "oppose"
    assert compose("the province will levy a fee on carbon emissions", levy).stance == "support"


@pytest.mark.parametrize("text,stance", [
    ("the development is too dense and will bring traffic", "oppose"),
    ("the housing development would be an eyesore", "oppose"),
    ("the development is not too big", "support"),
])
def test_verdicts_of_land_use(text, stance):
    housing = as_claim(Question("housing", "The council should approve the housing development near the park."))
    assert compose(text, housing).stance == stance


def test_a_condition_that_opens_the_text_is_no_embedded_question():
    assert compose("If the bill comes up, I will vote against raising the minimum wage", WAGE).stance == "oppose"
    assert compose("If Hamm wins the primary, I will not vote for him", BACK).stance == "oppose"
    # what stands inside the condition is still asked, not said
    assert compose("if he supports the minimum wage increase, he should say so", WAGE).stance is None
    assert compose("He asked if the minimum wage should rise", WAGE).stance is None


@pytest.mark.parametrize("text,stance", [
    ("the governor would reject nearly a third of the stimulus money", "conditional"),
    ("the governor rejected part of the stimulus money", "conditional"),
    ("the governor rejected the stimulus money", "oppose"),
    ("the governor rejected most of the stimulus money", "oppose"),
])
def test_a_share_refused_is_the_rest_taken(text, stance):
    money = as_claim(Question("money", "States should accept the federal stimulus money."))
    assert compose(text, money).stance == stance
