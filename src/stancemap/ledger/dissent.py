"""Stance candidates from dissent in a vote: the dissenters are against what the body decided.

"In a 5-2 vote, with councillors A and B dissenting, the council approved the levy": A and B are against
the levy.  "A dissented when the board rejected the plan": A is for the plan.  The decision is the rest of
the sentence with the dissent phrase cut out, composed like any text; the dissenters get its opposite.  A lone
"A cast the only dissenting vote." takes the decision the sentence before reports.

Only a dissent with no object of its own counts: "dissented from her party on housing" or "the lone dissenting
vote on the budget" is about something else, and so is "dissent" as a noun ("political dissent is growing").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .candidates import Candidate, Context, mentions_in
from .lexicon import tokens
from .polarity import DECISION_STEMS, Polarity, compose
from .reasons import listed_before

#: the confidence base of a dissent (an attribution proper has 0.85, a deed 0.8)
BASE = 0.75
#: "A and B dissenting", "A dissented", "A, who dissented,": the marker right after the dissenters
_MARKER = re.compile(r"(?:,\s*who\s+)?\b(?:dissenting|dissented|dissents)\b", re.IGNORECASE)
#: "A cast the lone dissenting vote", "A was the only dissenter", "A cast the sole no vote"
_VOTE_MARKER = re.compile(r"\s+(?:cast|casting|casts|was|were|is|are)\s+(?:the\s+)?(?:lone|only|sole|two|three|"
                          r"four)\s+(?:dissenting\s+votes?|dissenters?|no\s+votes?|votes?\s+against)\b", re.IGNORECASE)
#: what may stand between the dissenters and the marker besides nothing: a relative pronoun
_GAP = re.compile(r"^(?:\s*,?\s*who)?\s*$", re.IGNORECASE)
#: what may follow the marker: the end of its clause, or the decision's "when"/"as" clause (not an object of its
#: own: "dissented from ...", "dissenting vote on the budget", "dissenting opinion")
_AFTER = re.compile(r"^\s*(?:[,.;:!?)\u2014\u2013-]|$|when\b|as\b)", re.IGNORECASE)
#: a sentence that reports a body's decision, for a lone dissent in the sentence after it
_REPORTS_DECISION = re.compile(r"\b(?:approv|reject|pass|adopt|vot|ratif|defeat|endors|block|veto|overr|uph[oe]ld|"
                       r"repeal|agreed|decided)\w*", re.IGNORECASE)
#: words a lone dissent sentence may hold besides the dissent ("on Tuesday", "again")
_LONE = re.compile(r"^[\s,.;:]*(?:(?:on|in|at|last|this|again|also|then|later|\w+day|\d[\w,-]*)\b[\s,.;:]*)*$",
                   re.IGNORECASE)


def from_dissents(ctx: Context) -> Iterator[Candidate]:
    """The actors named as dissenting, against the decision their sentence reports, or for a lone dissent
    ("Berg cast the lone dissenting vote.") the one the sentence before reports."""
    for i, sentence in enumerate(ctx.reading.sentences):
        text = sentence.text
        if "dissent" not in text.lower() and not _VOTE_MARKER.search(text):
            continue
        mentions = mentions_in(ctx, sentence)
        for start, end, doers in _dissents(text, sentence.start, mentions):
            lo, hi = _clause_around(text, start, end)
            rest = (text[lo:start] + " " + text[end:hi]).strip()
            decision, rel = _decision(rest, ctx), ctx.relevant.get(i)
            if _LONE.match(rest) and i > 0 and (i - 1) in ctx.relevant \
                    and _REPORTS_DECISION.search(ctx.reading.sentences[i - 1].text):
                decision, rel = _decision(ctx.reading.sentences[i - 1].text, ctx), ctx.relevant[i - 1]
            if rel is None or decision.stance not in ("support", "oppose"):
                continue
            pol = Polarity("oppose" if decision.sign > 0 else "support", -decision.sign, None, decision.operators,
                           f"dissents from a decision: {decision.reason}")
            date, source = ctx.sentence_date(sentence)
            for actor_id in doers:
                yield Candidate(actor_id, pol, sentence, "dissent", BASE, date=date, date_source=source,
                                relevance=rel)


#: clause breaks: a decision in another clause ("rejected it in 2023, but approved it on Tuesday with A dissenting")
#: is not the one dissented from
_BREAK = re.compile(r",?\s+(?:but|while|whereas|although|though)\s+|;\s+", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the clause of ``text`` that holds ``[start, end)``."""
    lo, hi = 0, len(text)
    for b in _BREAK.finditer(text):
        if b.end() <= start:
            lo = b.end()
        elif b.start() >= end and hi == len(text):
            hi = b.start()
    return lo, hi


def _decision(text: str, ctx: Context) -> Polarity:
    """The polarity of a decision: the text composed, or from its decision verb on ("the city council voted 6-1
    to adopt it": "voted ... to" commits only when it starts the text, see ``polarity._decided``)."""
    pol = compose(text, ctx.question)
    verb = next((t for t in tokens(text)[1:] if t.stem in DECISION_STEMS), None)
    if pol.stance is None and verb is not None:
        pol = compose(text[verb.start:], ctx.question)
    return pol


def _dissents(text: str, base: int, mentions) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, actor ids) of each dissent phrase: the dissenters and their marker, as offsets into text."""
    for pattern in (_MARKER, _VOTE_MARKER):
        for m in pattern.finditer(text):
            if not _AFTER.match(text[m.end():]):
                continue  # "dissented from her party", "the lone dissenting vote on the budget"
            listed = listed_before(mentions, base, text, m.start(), _GAP)
            if not listed:
                continue
            doers = list(dict.fromkeys(x.actor_id for x in listed))
            cut = _with_preposition(text, min(x.span.start for x in listed) - base)
            yield cut, m.end(), doers


def _with_preposition(text: str, start: int) -> int:
    """The dissent phrase's start, taking in a "with" and title words before the names ("with trustees")."""
    found = re.search(r"\bwith\s+(?:[a-z]+\s+){0,2}$", text[:start], re.IGNORECASE)
    return found.start() if found else start
