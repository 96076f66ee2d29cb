"""Stance candidates from possessed proposals and from relative clauses about a named actor.

Proposals: "Trump's proposed ban", "his call for a ban on Muslims".

A proposal, plan, call or promise that a text attributes to an actor through a possessive is that
actor's position, whoever else in the sentence criticises it ("Clinton bashed Trump's proposal to ban
Muslims": Trump is for the ban, Clinton against).  The possessor gets the polarity of
"propose <what follows>", composed like any other text.  Possessive pronouns ("his proposal") go to the
nearest person named before them in the sentence.

Relative clauses and appositions: "Clinton, who opposes the TPP, ..." - the clause right after the
actor's name (", who ...") says where that actor stands.

Passive agents: "the ban was condemned by X", "the plan, proposed by X," - X is the one who acts.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..model import ActorMention, Span
from .candidates import Candidate, Context, _mentions_in, clauses
from .lexicon import load_lexicon, stem, tokens
from .polarity import LEXICON, compose
from .relevance import core_hit, question_terms

#: how many modifier words may stand between the possessor and the proposal noun ("repeated calls")
_MAX_MODIFIERS = 2
_POSSESSIVE = re.compile(r"^['’]s?\s")
_PRONOUNS = frozenset({"his", "her", "their"})
_STOP = re.compile(r"[;:]|,\s|\s[-–—]+\s|\n")


@functools.lru_cache(maxsize=1)
def _noun_verbs() -> dict[str, str]:
    """Possessed noun stem -> the verb its possessor is composed with ("opposition" -> "oppose")."""
    lex = load_lexicon(LEXICON)
    out = {stem(w): "propose" for w in lex["proposal_nouns"]}
    out.update({stem(w): "support" for w in lex["attitude_nouns"]["for"]})
    out.update({stem(w): "oppose" for w in lex["attitude_nouns"]["against"]})
    return out


def from_proposals(ctx: Context) -> Iterator[Candidate]:
    """Candidates for the possessors of proposal nouns in relevant sentences."""
    terms = question_terms(ctx.question)
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        mentions = _mentions_in(ctx, sentence)
        for owner, rest_start, verb in _possessed_proposals(ctx, sentence, mentions):
            rest = _STOP.split(sentence.text[rest_start - sentence.start:], maxsplit=1)[0]
            if not rest.strip() or not core_hit(rest, terms):
                continue
            pol = compose(f"{verb} {rest}", ctx.question)
            if pol.stance is None or pol.stance == "neutral":
                continue
            date, source = ctx.sentence_date(sentence)
            content = Span(rest_start, rest_start + len(rest), rest)
            yield Candidate(owner.actor_id, pol, sentence, "proposal", 0.75, content=content,
                            speaker=owner.span, date=date, date_source=source, relevance=rel)


def _possessed_proposals(ctx: Context, sentence: Span,
                         mentions: list[ActorMention]) -> Iterator[tuple[ActorMention, int, str]]:
    """(possessor, offset after the noun, verb) for each "X's / his <proposal or attitude noun>"."""
    text = sentence.text
    for m in mentions:
        after = text[m.span.end - sentence.start:]
        if _POSSESSIVE.match(after):
            found = _proposal_end(after)
            if found is not None:
                yield m, m.span.end + found[0], found[1]
    for tok in tokens(text):
        if text[tok.start:tok.end].lower() not in _PRONOUNS:
            continue
        found = _proposal_end(text[tok.end:])
        if found is None:
            continue
        owner = _person_before(ctx, mentions, sentence.start + tok.start)
        if owner is not None:
            yield owner, sentence.start + tok.end + found[0], found[1]


def _proposal_end(after: str) -> tuple[int, str] | None:
    """(offset in ``after`` just past a proposal/attitude noun among its first words, its verb), else None."""
    for tok in tokens(after)[:_MAX_MODIFIERS + 1]:
        if tok.stem in _noun_verbs():
            return tok.end, _noun_verbs()[tok.stem]
        if re.search(r"[,;:.]", after[:tok.start]) or not after[tok.start].islower():
            return None  # a modifier is a lowercase word ("repeated calls"), not a name ("Britain's Parliament")
    return None


def _person_before(ctx: Context, mentions: list[ActorMention], offset: int) -> ActorMention | None:
    """The nearest person mentioned before ``offset`` (the antecedent of "his"/"her")."""
    for m in reversed([m for m in mentions if m.span.end <= offset]):
        actor = ctx.reading.actors.get(m.actor_id)
        if actor is not None and actor.kind == "person" and not actor.anonymous:
            return m
    return None


_RELATIVE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*who\s+")
_CLAUSE_END = re.compile(r",|;|:|\s[-–—]+\s|\n")


def from_relatives(ctx: Context) -> Iterator[Candidate]:
    """"X, who has backed the wall, ...": X gets the polarity of the relative clause."""
    terms = question_terms(ctx.question)
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        for m in _mentions_in(ctx, sentence):
            after = sentence.text[m.span.end - sentence.start:]
            opener = _RELATIVE.match(after)
            if not opener:
                continue
            body = _CLAUSE_END.split(after[opener.end():], maxsplit=1)[0]
            if not body.strip() or not core_hit(body, terms):
                continue
            pol = compose(body, ctx.question)
            if pol.stance is None or pol.stance == "neutral":
                continue
            start = m.span.end + opener.end()
            date, source = ctx.sentence_date(sentence)
            yield Candidate(m.actor_id, pol, sentence, "relative", 0.6, content=Span(start, start + len(body), body),
                            speaker=m.span, date=date, date_source=source, relevance=rel)


_AGENT = re.compile(r"\b([a-z]+(?:ed|en))\s+(?:\w+\s+)?by\s*$")


def from_agents(ctx: Context) -> Iterator[Candidate]:
    """"The proposal was condemned by X": X gets the polarity of the clause up to "by"."""
    terms = question_terms(ctx.question)
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        for clause in clauses(sentence):
            for m in _mentions_in(ctx, clause):
                before = clause.text[:m.span.start - clause.start]
                if not _AGENT.search(before):
                    continue
                body = re.split(r";|:|\s[-–—]+\s|\n", before)[-1]
                if not core_hit(body, terms):
                    continue
                pol = compose(body, ctx.question)
                if pol.stance is None or pol.stance == "neutral":
                    continue
                start = m.span.start - len(body)
                date, source = ctx.sentence_date(sentence)
                yield Candidate(m.actor_id, pol, sentence, "agent", 0.55, content=Span(start, m.span.start, body),
                                speaker=m.span, date=date, date_source=source, relevance=rel)
