"""Stances told by alignment: "X backs the tax, putting him at odds with Y" (Y is against), "X, joining Y,
backs the tax" (Y is for it too), "Like Y, X wants ...", "X, breaking with Y, opposes ...".

An alignment phrase relates the actor named after it to an actor whose stance the same sentence already
states (the anchor). It gives the named actor the anchor's stance, or the opposite one. Only support and
oppose turn round; a conditional anchor lends nothing to a rival. A sentence whose anchors disagree lends
nothing at all.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import ActorMention
from .candidates import Candidate, Context, mentions_in
from .collective import is_collective
from .polarity import Polarity

#: phrases that put the actor after them on the anchor's side (+1) or against it (-1)
PHRASES: dict[str, int] = {
    "joining": 1, "joined": 1, "joined by": 1, "in step with": 1, "in line with": 1, "siding with": 1,
    "sided with": 1, "echoing": 1, "echoed": 1, "agreeing with": 1, "like": 1,
    "at odds with": -1, "breaking with": -1, "broke with": -1, "unlike": -1, "in contrast to": -1,
    "in contrast with": -1, "contradicting": -1, "defying": -1, "splitting with": -1, "split with": -1,
    "parting ways with": -1, "parted ways with": -1, "disagreeing with": -1, "at loggerheads with": -1,
    "clashing with": -1, "clashed with": -1,
}
#: phrases that relate two positions only as a participle set off by a comma (", joining Y"): elsewhere they
#: say something else ("who joined Goldman Sachs after college", "broke with tradition")
_AFTER_COMMA = frozenset(p for p in PHRASES if p.split()[0].endswith(("ing", "ed")) or p.startswith("broke"))
#: phrases that open the sentence ("Like Y, X wants ...", "Unlike Y, X opposes ...")
_OPENING = frozenset({"like", "unlike"})
_PHRASE = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(p) for p in PHRASES), key=len, reverse=True))
                     + r")\s+", re.IGNORECASE)
#: what may stand between the phrase and the actor: a few words of a group, then "including" or "such as"
_BETWEEN = re.compile(r"^(?:(?:the|a|many|most|some|several|other|fellow|his|her|their|its|top|leading|"
                      r"prominent|former|then|of|[A-Z][\w.-]*)\s+){0,5}"
                      r"(?:\w+s,?\s+(?:including|such as|notably|like)\s+)?$")
_OPPOSITE = {"support": "oppose", "oppose": "support"}
BASE = 0.5


def from_alignment(ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """Candidates for actors aligned with (or against) an anchor whose stance ``found`` holds."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in found:
        by_sentence.setdefault(c.sentence.start, []).append(c)
    for anchors in by_sentence.values():
        stances = {c.polarity.stance for c in anchors}
        if len(stances) != 1:
            continue
        anchor = max(anchors, key=lambda c: c.base)
        sentence = anchor.sentence
        mentions = mentions_in(ctx, sentence)
        for m in _PHRASE.finditer(sentence.text):
            phrase = m.group(1).lower()
            before = sentence.text[:m.start()].rstrip()
            if phrase in _OPENING and before.strip("\"'\u201c\u2018") \
                    or phrase in _AFTER_COMMA and before and not before.endswith(","):
                continue
            sign = PHRASES[phrase]
            other = _named_after(mentions, sentence.start + m.end(), sentence.text[m.end():])
            if other is None or other.actor_id == anchor.actor_id:
                continue
            stance = anchor.polarity.stance if sign > 0 else _OPPOSITE.get(anchor.polarity.stance or "")
            if stance is None:
                continue
            pol = Polarity(stance, sign * anchor.polarity.sign, anchor.polarity.condition if sign > 0 else None,
                           anchor.polarity.operators, f"aligned {'with' if sign > 0 else 'against'} another's stance")
            yield Candidate(other.actor_id, pol, sentence, "aligned", BASE, content=anchor.content, cue=anchor.cue,
                            speaker=other.span, date=anchor.date, date_source=anchor.date_source,
                            relevance=anchor.relevance)


def _named_after(mentions: list[ActorMention], start: int, rest: str) -> ActorMention | None:
    """The first actor named right after the phrase (a few words of a group may stand between; a collective
    plural is such a group)."""
    for mention in mentions:
        if mention.span.start < start:
            continue
        if is_collective(mention.span.text + rest[mention.span.end - start:].split(",")[0][:20]):
            continue  # "many Republicans, including Jeb Bush", "Senate Republicans": members, not the body
        between = rest[:mention.span.start - start]
        return mention if _BETWEEN.match(between) else None
    return None
