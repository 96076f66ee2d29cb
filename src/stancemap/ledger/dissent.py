"""Stance candidates from dissent in a vote: the dissenters are against what the body decided.

"In a 5-2 vote, with councillors A and B dissenting, the council approved the levy": A and B are against
the levy.  "A dissented when the board rejected the plan": A is for the plan.  The decision is the rest of
the sentence with the dissent phrase cut out, composed like any text; the dissenters get its opposite.
A dissent in a sentence with no decision the rules can read ("political dissent is growing") yields nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .candidates import Candidate, Context, mentions_in
from .polarity import Polarity, compose
from .reasons import doers_before

#: the confidence base of a dissent (an attribution proper has 0.85, a deed 0.8)
BASE = 0.75
#: "A and B dissenting", "A dissented", "A, who dissented,": the marker right after the dissenters
_MARKER = re.compile(r"(?:,\s*who\s+)?\b(?:dissenting|dissented|dissents)\b(?!\s+(?:opinion|voices?|views?|groups?|"
                     r"members|factions?|shareholders|investors)\b)", re.IGNORECASE)
#: "A cast the lone dissenting vote", "A was the only dissenter", "A cast the sole no vote"
_VOTE_MARKER = re.compile(r"\s+(?:cast|casting|casts|was|were|is|are)\s+(?:the\s+)?(?:lone|only|sole|two|three|"
                          r"four)\s+(?:dissenting\s+votes?|dissenters?|no\s+votes?|votes?\s+against)\b", re.IGNORECASE)
#: what may stand between the dissenters and the marker besides nothing: a relative pronoun
_GAP = re.compile(r"^(?:\s*,?\s*who)?\s*$", re.IGNORECASE)


def from_dissents(ctx: Context) -> Iterator[Candidate]:
    """The actors named as dissenting, against the decision their sentence reports, or failing that the one the
    sentence before reports ("The board approved the levy. Gray cast the lone dissenting vote.")."""
    for i, sentence in enumerate(ctx.reading.sentences):
        text = sentence.text
        if "dissent" not in text.lower() and not _VOTE_MARKER.search(text):
            continue
        mentions = mentions_in(ctx, sentence)
        for start, end, doers in _dissents(text, sentence.start, mentions):
            decision, rel = compose(text[:start] + " " + text[end:], ctx.question), ctx.relevant.get(i)
            if decision.stance is None and i > 0 and (i - 1) in ctx.relevant:
                decision, rel = compose(ctx.reading.sentences[i - 1].text, ctx.question), ctx.relevant[i - 1]
            if rel is None or decision.stance not in ("support", "oppose"):
                continue
            pol = Polarity("oppose" if decision.sign > 0 else "support", -decision.sign, None, decision.operators,
                           f"dissents from a decision: {decision.reason}")
            date, source = ctx.sentence_date(sentence)
            for actor_id in doers:
                yield Candidate(actor_id, pol, sentence, "dissent", BASE, date=date, date_source=source,
                                relevance=rel)


def _dissents(text: str, base: int, mentions) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, actor ids) of each dissent phrase: the dissenters and their marker, as offsets into text."""
    for pattern in (_MARKER, _VOTE_MARKER):
        for m in pattern.finditer(text):
            doers = doers_before(mentions, base, text, m.start(), _GAP)
            if not doers:
                continue
            first = min(x.span.start for x in mentions if x.actor_id in doers) - base
            cut = _with_preposition(text, first)
            yield cut, m.end(), doers


def _with_preposition(text: str, start: int) -> int:
    """The dissent phrase's start, taking in a "with" and title words before the names ("with trustees")."""
    before = text[:start]
    found = re.search(r"\bwith\s+(?:[a-z]+\s+){0,2}$", before)
    return found.start() if found else start
