"""v19's checks (invented sentences): phrasal paraphrases of the action make a text relevant ("drop out" for
"end her campaign"); a consequence judged of the question's object ("the development would ruin the
neighbourhood"), also through its head noun; a restriction kept ("should remain banned") reads as the
restriction asked for; a campaign suspended is the candidate dropping out."""
from __future__ import annotations

import pytest

from stancemap.ledger import relevance
from stancemap.ledger.polarity import compose
from stancemap.ledger.questions import as_claim
from stancemap.model import Question

QUIT = as_claim(Question("quit", "Senator Vell should end her presidential campaign."))
HOUSING = as_claim(Question("housing", "The council should approve the housing development near the park."))
LEVY = as_claim(Question("levy", "Carbon emissions should be taxed."))
GUNS = as_claim(Question("guns", "Congress should pass stricter gun control laws."))
KEPT = as_claim(Question("kept", "Fracking should remain banned in the county."))


def test_a_phrasal_paraphrase_of_the_action_is_on_the_topic():
    terms = relevance.question_terms(QUIT)
    assert relevance.core_hit("Gov. Park called on Vell to drop out.", terms)
    assert relevance.core_hit("Vell will step aside, he said.", terms)
    assert not relevance.core_hit("Vell dropped by the diner on the way out.", terms)
    scores = relevance.relevance_matrix(["Gov. Park called on Vell to drop out."], [QUIT], use_semantic=False)
    assert scores[0, 0] >= relevance.THRESHOLD


@pytest.mark.parametrize("question,text,stance", [
    (HOUSING, "the development would ruin the neighbourhood", "oppose"),
    (HOUSING, "the development will create jobs", "support"),
    (LEVY, "a carbon tax would hurt families", "oppose"),
    (LEVY, "the carbon tax would not hurt families", "support"),
])
def test_a_consequence_judged_of_the_object(question, text, stance):
    assert compose(text, question).stance == stance


def test_a_judgement_of_something_said_of_the_object_is_not_one_of_it():
    # the enthusiasm is what hurt the party, not the laws
    assert compose("the enthusiasm for stricter gun control laws hurt the party in rural districts", GUNS).stance is None
    assert compose("stricter gun control laws would hurt the party in rural districts", GUNS).stance == "oppose"
    # "of" is kept: the passage of the laws is the laws' doing
    assert compose("passage of stricter gun control laws would be a mistake", GUNS).stance == "oppose"


def test_what_the_object_suffers_is_no_verdict_on_it():
    assert compose("the development was hurt by rising interest rates", HOUSING).stance is None


def test_a_head_noun_is_not_read_when_the_action_is_bad_for_the_object():
    # "close the complex": a bad verdict on the complex is for closing it; the head noun alone is not trusted
    closing = as_claim(Question("close", "The city should close the Rikers Island jail complex."))
    assert compose("the complex is dangerous", closing).stance != "oppose"


def test_a_restriction_kept_is_the_restriction():
    assert KEPT.statement == "Fracking should be banned in the county."
    assert compose("the ban on fracking should stay", KEPT).stance == "support"
    assert compose("fracking should be allowed", KEPT).stance == "oppose"
    # a freedom kept, or a place to stay in, keeps its own reading
    assert as_claim(Question("q", "Abortion should remain legal.")).statement == "Abortion should remain legal."
    assert as_claim(Question("q", "Britain should remain in the EU.")).statement == "Britain should remain in the EU."


@pytest.mark.parametrize("text,stance", [
    ("she would suspend her campaign", "support"),
    ("she will be suspending her presidential bid", "support"),
    ("she would not suspend her campaign", "oppose"),
    ("he urged her to suspend her campaign for the presidency", "support"),
    ("Vell should end her campaign for a second term", "support"),
])
def test_a_campaign_suspended_is_dropping_out(text, stance):
    assert compose(text, QUIT).stance == stance


def test_a_suspension_of_something_else_is_no_drop_out():
    assert compose("she would suspend the campaign for a new stadium", QUIT).stance != "support"
