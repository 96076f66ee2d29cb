"""Stance of a bare text (no attribution, no actors) towards a question: relevance, then polarity.

Used by the outside-reference evaluations (VAST comments, FNC-1 bodies): the text is its author's own
content, so every relevant sentence is composed and the signs are summed, weighted by relevance.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Question
from .polarity import compose
from .relevance import THRESHOLD, combine, core_hit, lexical_score, question_terms

_SENT = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])")
_SIGN = {"support": 1.0, "conditional": 0.5, "oppose": -1.0, "neutral": 0.0}


@dataclass(frozen=True)
class BareStance:
    """The decision on a bare text: stance (None when no relevant sentence takes a side) and relevance."""

    stance: str | None
    relevance: float
    decided: int = 0  # relevant sentences with a stance


def split_sentences(text: str) -> list[str]:
    """A light sentence split (for texts the spaCy pipeline does not read)."""
    return [s.strip() for s in _SENT.split(text) if s.strip()]


def bare_stance(sentences: Sequence[str], question: Question, cosines: Sequence[float] | None = None,
                threshold: float = THRESHOLD) -> BareStance:
    """Decide a bare text's stance on ``question``.

    Args:
        sentences: the text's sentences.
        question: the question (a topic phrase works as a statement too).
        cosines: each sentence's semantic cosine to the question, when computed by the caller in a batch.
        threshold: combined relevance a sentence needs.
    """
    terms = question_terms(question)
    total, best, decided = 0.0, 0.0, 0
    for k, sent in enumerate(sentences):
        if not core_hit(sent, terms):
            continue
        rel = combine(lexical_score(sent, terms), None if cosines is None else float(cosines[k]))
        best = max(best, rel)
        if rel < threshold:
            continue
        pol = compose(sent, question)
        if pol.stance is None:
            continue
        decided += 1
        total += _SIGN[pol.stance] * rel
    if total > 0:
        return BareStance("support", best, decided)
    if total < 0:
        return BareStance("oppose", best, decided)
    return BareStance("neutral" if decided else None, best, decided)
