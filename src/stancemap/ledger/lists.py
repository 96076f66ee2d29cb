"""Stance candidates for the actors a list names under a head that states their position.

Roundups say who stands where in a list: a head that ends in a colon and names no one ("These governors
have called for a ban on fracking:", "The following senators said Tuesday that fracking should be
banned:"), then the actors, one a line ("- Gov. Jared Polis (Colorado)") or in a run on the same line
("Bernie Sanders of Vermont, Elizabeth Warren of Massachusetts and Ed Markey"). Each listed actor holds
the head's position: its cue and the words between the cue and the colon, composed as usual.

A head's holder is nobody the linker resolved, or a collective plural ("Republicans who have called on
Trump to step aside:"); a named person's words before a colon are that person's, not a list's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import ActorMention, Span
from .candidates import Candidate, Context, _mentions_in
from .lexicon import collective_plurals
from .polarity import compose, cue_attitude

#: the most characters of titles and bullets before the name that opens a list item ("- Former Gov. ")
MAX_LEAD = 24
#: the most lines a list may hold
MAX_ITEMS = 80
_BULLET = re.compile(r"^\s*(?:[-\u2013\u2014*\u2022\u25aa\u25cf]|\d{1,3}[.)])?\s*")
#: the separators of a run of names on one line
_RUN_SPLIT = re.compile(r"\s*(?:;|,\s*(?:and\s+)?|\band\b)\s*")


def from_lists(ctx: Context) -> Iterator[Candidate]:
    """Candidates for every actor listed under a relevant head that states a position."""
    text = ctx.reading.article.text
    for cue, holder, holder_id in _heads(ctx):
        colon = _colon_after(text, cue)
        if colon is None:
            continue
        i = ctx.sentence_index(cue.start)
        if i is None or i not in ctx.relevant:
            continue
        claim = text[cue.end:colon].strip()
        # a cue with no attitude of its own is the head's verb: "have lifted" + "their restrictions"
        pol = compose(claim, ctx.question, cue=cue.text) if cue_attitude(cue.text) is not None \
            else compose(f"{cue.text} {claim}", ctx.question)
        if pol.stance is None:
            continue
        sentence = ctx.reading.sentences[i]
        head = Span(sentence.start, colon + 1, text[sentence.start:colon + 1])
        date, source = ctx.sentence_date(sentence)
        for mention in listed(ctx, colon + 1):
            if mention.actor_id == holder_id:
                continue
            yield Candidate(mention.actor_id, pol, head, "list", 0.75,
                            content=Span(cue.end, colon, text[cue.end:colon]), cue=cue, speaker=mention.span,
                            date=date, date_source=source, relevance=ctx.relevant[i])


def _heads(ctx: Context) -> Iterator[tuple[Span, Span | None, str | None]]:
    """(cue, holder phrase, holder id) of the attributions and actions no named actor holds."""
    seen: set[int] = set()
    for att in ctx.reading.attributions:
        if att.cue is not None and _unnamed(ctx, att.actor_id, att.source):
            seen.add(att.cue.start)
            yield att.cue, att.source, att.actor_id
    for act in ctx.reading.actions:
        if act.verb.start not in seen and _unnamed(ctx, act.actor_id, act.subject):
            yield act.verb, act.subject, act.actor_id


def _unnamed(ctx: Context, actor_id: str | None, holder: Span | None) -> bool:
    """True when the holder is nobody the linker knows, or a collective plural ("Republicans who ...")."""
    if actor_id is None or actor_id not in ctx.reading.actors:
        return True
    if ctx.reading.actors[actor_id].kind == "person" or holder is None:
        return False
    words = holder.text.split(",")[0].split()
    return any(w.lower() in collective_plurals() for w in words[:2])


def _colon_after(text: str, cue: Span) -> int | None:
    """The offset of the colon that ends the cue's clause, if the clause ends in one before a sentence ends."""
    end = cue.end
    for m in re.finditer(r"[:.!?\n]", text[end:end + 300]):
        ch = m.group()
        if ch == ":":
            return end + m.start()
        if ch == "\n" or not _abbreviation(text, end + m.start()):
            return None
    return None


def _abbreviation(text: str, dot: int) -> bool:
    """A full stop that ends a title or an initial ("Gov.", "U.S."), not a sentence."""
    word = re.search(r"(\S+)$", text[max(0, dot - 6):dot])
    return text[dot] == "." and word is not None and (len(word.group(1)) <= 3 or "." in word.group(1))


def listed(ctx: Context, start: int) -> list[ActorMention]:
    """The actors a list names after offset ``start``: a run on the rest of the line, else one a line."""
    text = ctx.reading.article.text
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if text[start:line_end].strip():
        return _run(ctx, Span(start, line_end, text[start:line_end]))
    out: list[ActorMention] = []
    pos = line_end + 1
    while pos < len(text) and len(out) < MAX_ITEMS:
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos:nxt]
        if line.strip():
            first = _opening(ctx, Span(pos, nxt, line))
            if first is None:
                break
            out.append(first)
        pos = nxt + 1
    return out


def _opening(ctx: Context, line: Span) -> ActorMention | None:
    """The actor whose name opens a list line, after a bullet and a title ("- Sen. Mike Lee (Utah)")."""
    mentions = _mentions_in(ctx, line)
    if not mentions:
        return None
    lead = line.text[:mentions[0].span.start - line.start]
    bullet = _BULLET.match(lead)
    rest = lead[bullet.end():] if bullet else lead
    if len(rest) > MAX_LEAD or any(w[:1].islower() for w in rest.split()):
        return None
    return mentions[0]


def _run(ctx: Context, line: Span) -> list[ActorMention]:
    """Actors named in a run on one line ("A of Vermont, B of Oregon and C."), each opening its part; none
    unless at least two parts open with a name."""
    out: list[ActorMention] = []
    pos = line.start
    for part in _RUN_SPLIT.split(line.text):
        at = line.text.find(part, pos - line.start) + line.start if part else pos
        if part.strip():
            first = _opening(ctx, Span(at, at + len(part), part))
            if first is not None and first.actor_id not in {m.actor_id for m in out}:
                out.append(first)
        pos = at + len(part)
    return out if len(out) >= 2 else []
