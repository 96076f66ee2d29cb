"""v9's lexicon checks: an endorsement is support, and a withdrawn or rescinded one is against."""
from __future__ import annotations

import pytest

from stancemap.ledger.polarity import compose
from stancemap.model import Question

BACK = Question("back", "Conservatives should support Ivo Brandt as their party's candidate.")
BACK_KW = Question("back", BACK.statement, keywords=["endorse Brandt", "support Brandt"])


@pytest.mark.parametrize("text,stance", [
    ("announced his endorsement of Ivo Brandt", "support"),
    ("withdrew his endorsement of Ivo Brandt", "oppose"),
    ("rescinded her endorsement of Ivo Brandt after the debate", "oppose"),
    ("would not withdraw his endorsement of Ivo Brandt", "support"),
])
def test_an_endorsement_and_its_withdrawal(text, stance):
    assert compose(text, BACK).stance == stance


@pytest.mark.parametrize("cue", ["rescinded", "withdrew", "revoked", "retracted"])
def test_a_cue_that_takes_back_what_follows_is_against_it(cue):
    assert compose("his support for Ivo Brandt", BACK, cue=cue).stance == "oppose"


@pytest.mark.parametrize("text", [
    "what he thinks of Anna Berg's endorsement of Ivo Brandt",
    "asked about Li Wei's support for Ivo Brandt",
])
def test_a_named_owners_position_is_not_the_speakers(text):
    assert compose(text, BACK).stance is None


def test_a_participle_after_a_possessive_still_counts():
    assert compose("praised Brandt's proposed tax plan", Question("t", "The tax plan should be adopted.")).stance \
        == compose("praised the proposed tax plan", Question("t", "The tax plan should be adopted.")).stance


@pytest.mark.parametrize("text,stance", [
    ("Anna Berg will endorse Brandt rival Li Wei at a rally in Turku.", "oppose"),
    ("Anna Berg will endorse Brandt's main challenger Li Wei at a rally in Turku.", "oppose"),
    ("Anna Berg will endorse Ivo Brandt at a rally in Turku.", "support"),
])
def test_backing_a_rival_of_the_one_backed_is_against(build_reading, text, stance):
    from stancemap.ledger.decide import decide_stances

    reading = build_reading(text, actions=[("Anna Berg", "endorse", "allow", text.split("endorse ")[1].split(" at")[0])])
    records = [r for r in decide_stances(reading, [BACK_KW]) if r.actor.id == "person:anna-berg"]
    assert [r.stance for r in records] == [stance]


def test_any_other_stance_towards_a_rival_says_nothing(build_reading):
    from stancemap.ledger.candidates import Candidate, Context
    from stancemap.ledger.polarity import Polarity
    from stancemap.ledger.rules import _rival_turned
    from stancemap.model import Span

    text = "Anna Berg criticised Brandt rival Li Wei in Turku."
    ctx = Context(build_reading(text), BACK, {0: 1.0}, {})
    content = Span(21, 40, text[21:40])
    sentence = Span(0, len(text), text)
    against = Candidate("person:anna-berg", Polarity("oppose", -1), sentence, "action", 0.8, content=content)
    assert _rival_turned(ctx, against) is None
    other = Candidate("person:anna-berg", Polarity("oppose", -1), sentence, "action", 0.8,
                      content=Span(0, 9, "Anna Berg"))
    assert _rival_turned(ctx, other) is other


def test_a_cue_that_is_the_questions_action_is_not_a_refusal():
    troops = Question("t", "The United States should withdraw its troops from Syria.")
    assert compose("the troops from Syria", troops, cue="withdrew").stance != "oppose"


@pytest.mark.parametrize("text,stance", [
    ("criticised France's opposition to the trade deal", "support"),   # the speaker's verdict on it
    ("welcomed France's support for the trade deal", "support"),
    ("Let's support the trade deal", "support"),                       # a contraction, not an owner
])
def test_an_owned_position_judged_by_the_speaker_counts(text, stance):
    assert compose(text, Question("d", "The assembly should ratify the trade deal.")).stance == stance
