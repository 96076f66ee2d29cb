"""Stance candidates from "pro-X" and "anti-X" labels attached to an actor.

News labels actors by their side: "the pro-Brexit UK Independence Party", "anti-TPP senator Bernie
Sanders", "Sanders, an anti-TPP Democrat,".  When X names the question's topic (a keyword, an object name
of the statement or its patient), the labelled actor is for X ("pro-") or against it ("anti-"), composed
like "support X" / "oppose X" so that a question against X ("The ACA should be repealed") turns it round.

A label counts for the actor it modifies: the first actor named within a few words after it, with only
capitalised words, role titles and articles between ("anti-TPP senator Bernie Sanders"), or the actor
right before an apposition that holds it ("Sanders, an anti-TPP Democrat").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import ActorMention, Span
from .candidates import Candidate, Context, mentions_in
from .polarity import compose
from .target import names_topic

_LABEL = re.compile(r"\b(pro|anti)[-‐]([A-Za-z$][\w$]*(?:[-‐][A-Za-z]\w*)*)", re.IGNORECASE)
#: how many words may stand between a label and the actor it modifies ("anti-TPP senator Bernie Sanders")
MAX_BETWEEN = 4
_APPOSITION = re.compile(r",\s+(?:an?|the)\s+$", re.IGNORECASE)


def from_labels(ctx: Context) -> Iterator[Candidate]:
    """Candidates for actors labelled "pro-X" / "anti-X" where X is the question's topic."""
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        mentions = mentions_in(ctx, sentence)
        if not mentions:
            continue
        for m in _LABEL.finditer(sentence.text):
            topic = m.group(2).replace("-", " ").replace("‐", " ")
            if not names_topic(topic, ctx.question):
                continue
            owner = _labelled(sentence, m, mentions)
            if owner is None:
                continue
            verb = "support" if m.group(1).lower() == "pro" else "oppose"
            pol = compose(f"{verb} {topic}", ctx.question)
            if pol.stance is None or pol.stance == "neutral":
                continue
            start = sentence.start + m.start(2)  # the topic: what the label is for or against
            date, source = ctx.sentence_date(sentence)
            yield Candidate(owner.actor_id, pol, sentence, "label", 0.6,
                            content=Span(start, start + len(m.group(2)), m.group(2)), speaker=owner.span,
                            date=date, date_source=source, relevance=rel)


def _labelled(sentence: Span, label: re.Match[str], mentions: list[ActorMention]) -> ActorMention | None:
    """The actor the label modifies: named just after it, or just before the apposition holding it."""
    label_end = sentence.start + label.end()
    for m in mentions:
        if m.span.start < label_end:
            continue
        between = sentence.text[label.end():m.span.start - sentence.start]
        words = re.findall(r"[A-Za-z][\w.'’-]*", between)
        if re.search(r"[,;:()]", between) or len(words) > MAX_BETWEEN:
            break
        if all(w[0].isupper() or w.lower() in _MODIFIER_WORDS for w in words):
            return m
        break
    head = sentence.text[:label.start()]
    before = [m for m in mentions if m.span.end <= sentence.start + label.start()]
    if before and _APPOSITION.search(head):
        last = before[-1]
        gap = sentence.text[last.span.end - sentence.start:label.start()]
        if _APPOSITION.fullmatch(gap) or re.fullmatch(r"\s*(?:\([^)]*\))?" + _APPOSITION.pattern, gap,
                                                        re.IGNORECASE):
            return last
    return None


#: lowercase words that may stand between a label and the actor it modifies
_MODIFIER_WORDS = frozenset({
    "the", "a", "an", "senator", "sen.", "rep.", "gov.", "governor", "congressman", "congresswoman", "candidate",
    "group", "groups", "activist", "activists", "campaigner", "campaigners", "lawmaker", "lawmakers", "leader",
    "billionaire", "businessman", "party", "organization", "organisation", "lobby", "politician", "former",
    "presidential", "democratic", "republican", "conservative", "liberal", "progressive", "such", "as", "like"})
