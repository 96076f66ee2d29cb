"""v17's checks: an embedded question takes no side ("asked whether the city would deport them", "wondered if
it would", "asked how he would handle it"), while a request or a plain commitment still does, also after a
question in an earlier clause."""
from __future__ import annotations

import pytest

from stancemap.ledger.polarity import compose
from stancemap.model import Question

LEVY = Question("levy", "Brackley should adopt the proposed tourist levy on hotel stays.")


@pytest.mark.parametrize("text,cue", [
    ("whether the council would adopt the tourist levy", "asked"),
    ("if the council would adopt the tourist levy", "wondered"),
    ("if the council will adopt the tourist levy this year", "asked"),
    ("how the council would adopt the tourist levy", "asked"),
    ("which hotels the council would adopt the tourist levy for", "asked"),
    ("when the council will adopt the tourist levy", "asked"),
    ("why the council would not adopt the tourist levy", "asked"),
    # a short addressee first
    ("the mayor how she would adopt the tourist levy", "asked"),
    ("Berg whether the council would adopt the tourist levy", "asked"),
])
def test_an_embedded_question_takes_no_side(text, cue):
    assert compose(text, LEVY, cue=cue).stance is None


@pytest.mark.parametrize("text", [
    "asked whether the council would adopt the tourist levy",
    "wondered aloud if the council would adopt the tourist levy",
    "declined to say how the council would adopt the tourist levy",
])
def test_a_question_inside_the_text_takes_no_side(text):
    assert compose(text, LEVY).stance is None


@pytest.mark.parametrize("text,cue,stance", [
    ("we will adopt the tourist levy", "said", "support"),
    ("we will adopt the tourist levy if the hotels agree", "said", "support"),  # a condition, not a question
    ("we would not adopt the tourist levy", "said", "oppose"),
    ("the council to adopt the tourist levy", "urged", "support"),
    ("the hotels how the council will adopt the tourist levy", "told", "support"),  # telling is no asking
    # a question earlier in the sentence, closed by a comma, leaves the clause after it alone
    ("asked whether it was fair, we will adopt the tourist levy", None, "support"),
    # the question ends at "and"/"but"; "whether" with no verb of asking asks nothing
    ("people keep asking if we will adopt the tourist levy and we will adopt it", None, "support"),
    ("it is unclear how many hotels will pay but we will adopt the tourist levy", None, "support"),
    ("regardless of whether the hotels like it we will adopt the tourist levy", None, "support"),
    ("whether or not the hotels agree we will adopt the tourist levy", None, "support"),
    ("we will adopt the tourist levy, whether or not the hotels agree", None, "support"),
])
def test_commitments_and_requests_still_count(text, cue, stance):
    assert compose(text, LEVY, cue=cue).stance == stance


def test_an_asked_question_in_a_full_reading_gives_no_record(read_text):
    from stancemap.ledger.decide import decide_stances

    reading = read_text("Councillor Anna Berg asked how the council would adopt the tourist levy on hotel stays "
                        "before the summer.")
    assert [r for r in decide_stances(reading, [LEVY]) if r.actor.id == "person:anna-berg"] == []


DROP_OUT = Question("drop-out", "Maria Lopez should drop out of the mayoral race.")
_FAR_BACK = ("Maria Lopez launched her campaign for mayor of Brackley in March. The campaign has stumbled badly since "
             "the summer. Two of its biggest donors walked away in September. Its polling numbers have fallen every "
             "week since then. Council member Tom Reyes called on her to withdraw from the mayoral race.")


def test_a_pronoun_in_the_reported_words_finds_the_person_further_back(read_text, monkeypatch):
    from stancemap.ledger import rules
    from stancemap.ledger.decide import decide_stances

    reading = read_text(_FAR_BACK)
    found = {(r.actor.id, r.stance) for r in decide_stances(reading, [DROP_OUT]) if not r.via}
    assert ("person:tom-reyes", "support") in found
    # without the pronoun rule the name stands too far back
    monkeypatch.setattr(rules, "_points_to_person", lambda ctx, c: False)
    found = {(r.actor.id, r.stance) for r in decide_stances(reading, [DROP_OUT]) if not r.via}
    assert ("person:tom-reyes", "support") not in found


@pytest.mark.parametrize("text", [
    # "him" is the person named just before, not the question's
    _FAR_BACK.replace("Council member Tom Reyes called on her",
                      "Council candidate Dan Cole has struggled too. Council member Tom Reyes called on him"),
    # "he" is most often the speaker himself
    _FAR_BACK.replace("called on her to withdraw from", "said he would withdraw from"),
])
def test_the_pronoun_rule_needs_an_object_pronoun_and_no_nearer_person(read_text, text):
    from stancemap.ledger.decide import decide_stances

    found = {r.actor.id for r in decide_stances(read_text(text), [DROP_OUT]) if not r.via}
    assert "person:tom-reyes" not in found
