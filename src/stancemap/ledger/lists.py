"""Stance candidates for the actors a list names under a head that states their position.

Roundups say who stands where in a list: a head that ends in a colon and names no one ("These governors
have called for a ban on fracking:", "The following senators said Tuesday that fracking should be
banned:"), then the actors, one a line ("- Gov. Jared Polis (Colorado)") or in a run on the same line
("Bernie Sanders of Vermont, Elizabeth Warren of Massachusetts and Ed Markey"). Each listed actor holds
the head's position: its cue and the words between the cue and the colon, composed as usual.

A head is an attribution or action whose holder is nobody the linker resolved, or a collective plural
("Republicans who have called on Trump to step aside:"), and whose content runs up to the colon: a colon
later in the sentence ("... met on Tuesday with the following guests:") introduces something else.  A
named person's words before a colon are that person's, not a list's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import ActorMention, Span
from ..nlp.actors.context import LIST_ITEM, reads_as_prose
from .candidates import Candidate, Context, mentions_in
from .collective import holder_phrase, is_collective
from .polarity import compose, cue_attitude

#: the most characters of titles before the name that opens a list item ("Former Gov. ")
MAX_LEAD = 24
#: the most lines a list may hold
MAX_ITEMS = 80
#: the most words after the name in one part of a run ("Bernie Sanders of Vermont")
MAX_AFTER_WORDS = 4
#: how far before the colon the head's content may end (spaces, a closing quote)
_GAP = 3
_SEPARATOR = re.compile(r"[;,]|\band\b")
#: lowercase words that may stand before a listed name ("- the Chamber of Commerce", "former Gov. X")
_LEAD_WORDS = frozenset({"the", "a", "an", "former", "then", "and", "sen.", "rep.", "gov."})


def from_lists(ctx: Context) -> Iterator[Candidate]:
    """Candidates for every actor listed under a relevant head that states a position."""
    text = ctx.reading.article.text
    for cue, content_end, holder_id in _heads(ctx):
        i = ctx.sentence_index(cue.start)
        if i is None or i not in ctx.relevant:
            continue
        sentence = ctx.reading.sentences[i]
        colon = text.find(":", cue.end, sentence.end)
        if colon < 0 or content_end < colon - _GAP:
            continue  # no colon, or the content stops short of it: the colon belongs to something else
        claim = text[cue.end:colon].strip()
        # a cue with no attitude of its own is the head's verb: "have lifted" + "their restrictions"
        pol = compose(claim, ctx.question, cue=cue.text) if cue_attitude(cue.text) is not None \
            else compose(f"{cue.text} {claim}", ctx.question)
        if pol.stance is None:
            continue
        head = Span(sentence.start, colon + 1, text[sentence.start:colon + 1])
        date, source = ctx.sentence_date(sentence)
        for mention in listed(ctx, colon + 1):
            if mention.actor_id == holder_id:
                continue
            yield Candidate(mention.actor_id, pol, head, "list", 0.75,
                            content=Span(cue.end, colon, text[cue.end:colon]), cue=cue, speaker=mention.span,
                            date=date, date_source=source, relevance=ctx.relevant[i])


def _heads(ctx: Context) -> Iterator[tuple[Span, int, str | None]]:
    """(cue, where its content ends, holder id) of the attributions and actions no named actor holds."""
    seen: set[int] = set()
    for att in ctx.reading.attributions:
        if att.cue is not None and att.contents and _unnamed(ctx, att.actor_id, att.source, att.sentence):
            seen.add(att.cue.start)
            yield att.cue, max(c.end for c in att.contents), att.actor_id
    for act in ctx.reading.actions:
        if act.verb.start not in seen and act.obj is not None \
                and _unnamed(ctx, act.actor_id, act.subject, act.sentence):
            yield act.verb, act.obj.end, act.actor_id


def _unnamed(ctx: Context, actor_id: str | None, holder: Span | None, sentence: Span) -> bool:
    """True when the holder is nobody the linker knows, or a collective plural ("Republicans who ...")."""
    if actor_id is None or actor_id not in ctx.reading.actors:
        return True
    if ctx.reading.actors[actor_id].kind == "person" or holder is None:
        return False
    return is_collective(holder_phrase(ctx.reading.article.text, holder.start, holder.end, sentence.start))


def listed(ctx: Context, start: int) -> list[ActorMention]:
    """The actors a list names after offset ``start``: a run on the rest of the line, else one a line,
    until a line that does not open with a name or reads as prose."""
    text = ctx.reading.article.text
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if text[start:line_end].strip():
        return _run(ctx, start, line_end)
    out: list[ActorMention] = []
    pos = line_end + 1
    while pos < len(text) and len(out) < MAX_ITEMS:
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos:nxt]
        if line.strip():
            first = None if reads_as_prose(line) else _opening(ctx, Span(pos, nxt, line))
            if first is None:
                break
            out.append(first)
        pos = nxt + 1
    return out


def _opening(ctx: Context, part: Span) -> ActorMention | None:
    """The actor whose name opens a list item, after a bullet and a title ("- Sen. Mike Lee (Utah)")."""
    mentions = [m for m in mentions_in(ctx, part) if "\n" not in m.span.text]
    if not mentions:
        return None
    lead = part.text[:mentions[0].span.start - part.start].strip()
    bullet = LIST_ITEM.match(lead + " ")
    words = (lead[bullet.end():] if bullet else lead).split()
    if len(" ".join(words)) > MAX_LEAD or any(w[:1].islower() and w.lower() not in _LEAD_WORDS for w in words):
        return None
    return mentions[0]


def _run(ctx: Context, start: int, end: int) -> list[ActorMention]:
    """Actors named in a run on one line ("A of Vermont, B of Oregon and C."): every part must be a name
    with at most a few title-case words after it; none unless at least two parts are."""
    text = ctx.reading.article.text
    seps = list(_SEPARATOR.finditer(text, start, end))
    bounds = zip([start] + [m.end() for m in seps], [m.start() for m in seps] + [end])
    out: list[ActorMention] = []
    for a, b in bounds:
        if not text[a:b].strip():
            continue
        first = _opening(ctx, Span(a, b, text[a:b]))
        if first is None or not _only_a_name(text[first.span.end:b]):
            return []
        if first.actor_id not in {m.actor_id for m in out}:
            out.append(first)
    return out if len(out) >= 2 else []


def _only_a_name(after: str) -> bool:
    """True when what follows a name in its part is a place or a title ("of Vermont", "(D-Mass.)")."""
    words = re.sub(r"\([^)]*\)", " ", after).strip(" .;:!?\"'\u201d").split()
    return len(words) <= MAX_AFTER_WORDS and all(w[:1].isupper() or w in ("of", "the") for w in words)
