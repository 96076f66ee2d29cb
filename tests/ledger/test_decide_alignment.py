"""Alignment phrases: "X backs it, putting him at odds with Y" gives Y the opposite stance, "joining Y" the
same one (ledger/alignment.py)."""
from __future__ import annotations

import pytest

from stancemap.ledger.decide import decide_stances

CONTENT = "strikes on Russian territory"


def _stances(build_reading, strikes, rules, text: str, cue: str) -> dict[str, str]:
    reading = build_reading(text, attributions=[("Finland", cue, CONTENT)])
    return {r.actor.id: r.stance for r in decide_stances(reading, [strikes], scorer=rules) if not r.via}


@pytest.mark.parametrize("text, cue, want", [
    ("Finland backs strikes on Russian territory, putting it at odds with Germany.", "backs",
     {"country:FIN": "support", "country:DEU": "oppose"}),
    ("Finland backs strikes on Russian territory, joining France.", "backs",
     {"country:FIN": "support", "country:FRA": "support"}),
    ("Finland, breaking with France, opposes strikes on Russian territory.", "opposes",
     {"country:FIN": "oppose", "country:FRA": "support"}),
    ("Like Italy, Finland backs strikes on Russian territory.", "backs",
     {"country:FIN": "support", "country:ITA": "support"}),
])
def test_alignment_gives_the_named_actor_a_side(build_reading, strikes, rules, text, cue, want):
    assert _stances(build_reading, strikes, rules, text, cue) == want


def test_like_inside_a_sentence_compares_nothing(build_reading, strikes, rules):
    text = "Finland backs strikes on Russian territory like those Germany fears."
    assert _stances(build_reading, strikes, rules, text, "backs") == {"country:FIN": "support"}


def test_an_actor_far_from_the_phrase_is_not_aligned(build_reading, strikes, rules):
    text = "Finland backs strikes on Russian territory, at odds with what officials in the region told Germany."
    assert _stances(build_reading, strikes, rules, text, "backs") == {"country:FIN": "support"}


@pytest.mark.model
@pytest.mark.parametrize("text, want", [
    ("Sen. Tom Carper, who joined Goldman Sachs after college, supports raising the federal gas tax.",
     {"Tom Carper": "support"}),
    ("Tom Carper supports raising the federal gas tax, breaking with Senate Republicans.",
     {"Tom Carper": "support"}),
    ("Tom Carper supports raising the federal gas tax, putting him at odds with John Thune.",
     {"Tom Carper": "support", "John Thune": "oppose"}),
])
def test_alignment_end_to_end(read_text, text, want):
    from stancemap.model import Question

    question = Question("gas", "Congress should raise the federal gas tax.")
    got = {r.actor.name: r.stance for r in decide_stances(read_text(text), [question]) if not r.via}
    assert got == want
