"""Pressure on an actor: the one pressed holds the position against, the one it comes from is for what the
pressure asks ("under fire from Germany to ratify the treaty")."""
from __future__ import annotations

import pytest

from stancemap.ledger.candidates import Context, from_patterns
from stancemap.model import Question

TREATY = Question("treaty", "The assembly should ratify the harbour treaty with Ostrava.")
LIFT = Question("lift", "Finland should lift its ban on the harbour treaty.")


def candidates(build_reading, text, question=TREATY):
    ctx = Context(build_reading(text), question, {0: 1.0}, {})
    return {(c.actor_id, c.origin, c.polarity.stance) for c in from_patterns(ctx, set())}


@pytest.mark.parametrize("text,stance", [
    ("Finland is under pressure from Germany to ratify the harbour treaty.", "support"),
    ("Finland has come under fire from Germany to ratify the harbour treaty.", "support"),
    ("Finland faces growing calls from Germany to ratify the harbour treaty.", "support"),
    ("Finland was urged by Germany on Monday to ratify the harbour treaty.", "support"),
    ("Finland faces calls from Germany not to ratify the harbour treaty.", "oppose"),
    ("She has come under fire from Germany to ratify the harbour treaty.", "support"),  # the one pressed unnamed
])
def test_the_one_pressure_comes_from_is_for_what_it_asks(build_reading, text, stance):
    assert ("country:DEU", "presser", stance) in candidates(build_reading, text)


@pytest.mark.parametrize("text", [
    "Finland is under pressure from its voters, and Germany wants to ratify the harbour treaty.",
    "Finland spoke to Germany about the harbour treaty.",
    "Finland is under pressure from voters in Germany over jobs.",                 # no "to": no call
    "Finland is under pressure from Germany to cut its taxes.",                    # a call on something else
    "Finland came under fire from Germany over its decision to ratify the harbour treaty.",
    "Finland came under fire from Germany after agreeing to ratify the harbour treaty.",
    "Finland was asked by reporters whether Germany intends to ratify the harbour treaty.",
    "Finland was pressed by Germany's opponents to ratify the harbour treaty.",
    "Finland is under pressure from voters who distrust Germany to ratify the harbour treaty.",
])
def test_no_presser_without_a_call_from_it(build_reading, text):
    assert not {c for c in candidates(build_reading, text) if c[1] == "presser"}


def test_the_one_pressed_to_lift_a_ban_holds_it(build_reading):
    found = candidates(build_reading, "Finland is under pressure from Germany to lift its ban on the treaty.", LIFT)
    assert ("country:FIN", "pressed", "oppose") in found and ("country:DEU", "presser", "support") in found


def test_criticism_of_a_decision_makes_no_holder(build_reading):
    found = candidates(build_reading, "Finland came under fire over its decision to lift its ban on the treaty.", LIFT)
    assert not {c for c in found if c[1] in ("pressed", "presser")}
