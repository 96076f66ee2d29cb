"""Stance candidates from the reason a text gives for praising or blaming actors.

"ridiculed A, B and C for criticizing the decision to take in refugees": A, B and C criticised it.
The actors named right before "for <verb>-ing" are the ones who did what the gerund says, whoever
praises or blames them for it, so they get the polarity of the gerund phrase, composed like any text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .candidates import Candidate, Context, mentions_in
from .polarity import compose

#: the confidence base of a reason clause (an attribution proper has 0.85)
BASE = 0.7
_FOR_GERUND = re.compile(r"\bfor\s+(?=[a-z]+ing\b)")
_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|,?\s*as well as\s+)?$")
_END = re.compile(r"[;:]|\s[-–—]+\s|,\s+(?:but|while|which|who)\b")


def from_reasons(ctx: Context) -> Iterator[Candidate]:
    """The actors named just before "for <gerund>" in a relevant sentence, with the gerund's polarity."""
    for i, rel in ctx.relevant.items():
        sentence = ctx.reading.sentences[i]
        text = sentence.text
        mentions = mentions_in(ctx, sentence)
        for m in _FOR_GERUND.finditer(text):
            doers = doers_before(mentions, sentence.start, text, m.start())
            if not doers:
                continue
            rest = text[m.end():]
            end = _END.search(rest)
            phrase = rest[:end.start()] if end else rest
            pol = compose(phrase, ctx.question)
            if pol.stance is None:
                continue
            date, source = ctx.sentence_date(sentence)
            for actor_id in doers:
                yield Candidate(actor_id, pol, sentence, "reason", BASE, date=date, date_source=source,
                                relevance=rel)


def doers_before(mentions, base: int, text: str, at: int, first_gap: re.Pattern[str] | None = None) -> list[str]:
    """Actor ids of the mentions that end right before offset ``at`` (a coordinated list counts).

    ``first_gap`` is what may stand between the last mention and ``at`` (default: only spaces)."""
    out: list[str] = []
    for m in listed_before(mentions, base, text, at, first_gap):
        if m.actor_id not in out:
            out.append(m.actor_id)
    return out


def listed_before(mentions, base: int, text: str, at: int, first_gap: re.Pattern[str] | None = None) -> list:
    """The mentions that end right before offset ``at``, last first (see :func:`doers_before`)."""
    out = []
    edge = at
    for m in sorted((m for m in mentions if m.span.end - base <= at), key=lambda m: -m.span.end):
        gap = text[m.span.end - base:edge]
        if edge == at and (not first_gap.match(gap) if first_gap is not None else gap.strip()):
            break
        if edge != at and not _JOIN.match(gap):
            break
        out.append(m)
        edge = m.span.start - base
    return out
