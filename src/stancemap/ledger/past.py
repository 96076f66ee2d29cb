"""Positions the text itself marks as given up: "Clinton, who once praised the TPP, ...".

A past marker ("once", "formerly", "used to") right before the stance-bearing verb says the actor held
that position before and no longer does.  Such a candidate keeps its evidence but loses a conflict in
its own sentence to any other candidate for the same actor, and its confidence is cut, so a current
position elsewhere in the article wins the article's row.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Reading
from .candidates import Candidate
from .lexicon import find_phrase, phrases, tokens
from .polarity import LEXICON

#: confidence kept by a position the text marks as past
PAST_FACTOR = 0.5
#: characters before the cue (or the start of the content) searched for a marker ("who had once")
WINDOW = 24


def is_past(reading: Reading, cand: Candidate) -> bool:
    """True when a past marker stands right before the candidate's cue, or opens its content."""
    anchor = cand.cue or cand.content
    if anchor is None:
        return False
    text = reading.article.text
    start = max(cand.sentence.start, anchor.start - WINDOW)
    window = text[start:anchor.end] if cand.cue else text[anchor.start:anchor.start + WINDOW]
    toks = tokens(window)
    return any(find_phrase(p, toks) for p in phrases(LEXICON, "past_markers"))


def mark_past(reading: Reading, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, with past positions weakened (see the module docstring)."""
    for c in cands:
        if is_past(reading, c):
            c.base *= PAST_FACTOR
            c.past = True
            c.polarity = replace(c.polarity, reason=f"{c.polarity.reason}; marked as a past position")
    return cands
