"""Speaker span -> actor id, through the actor layer.

Uses ``stancemap.nlp.actors.resolve.resolve_span`` (linked mentions, pronouns, "the minister", short
names) when it is importable, else the overlap with ``doc._.stancemap_mentions``.  A source span with an
apposition or relative clause ("X, who replaced Y,") is first resolved on its core (the head noun and its
modifiers) so the speaker is X, never Y.
"""
from __future__ import annotations

import functools
import logging
import re
from ..syntax import nearest_conjunct

log = logging.getLogger(__name__)

#: dependents that belong to a speaker's name, not to a description hung on it
CORE_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "prt"})


@functools.lru_cache(maxsize=1)
def _resolver():
    try:
        from ..actors.resolve import resolve_span
    except ImportError:
        log.debug("stancemap.nlp.actors.resolve not available: speaker ids from mention overlap")
        return None
    return resolve_span


def _mention_overlap(doc, start: int, end: int) -> str | None:
    best = None
    for m in doc._.stancemap_mentions or []:
        if m.span.start < end and m.span.end > start:
            size = min(end, m.span.end) - max(start, m.span.start)
            if best is None or size > best[0]:
                best = (size, m.actor_id)
    return best[1] if best else None


def resolve_chars(doc, start: int, end: int, quoted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """Actor id of the characters ``[start, end)`` (None when nothing links); ``quoted``: the ranges of the
    text's quotations, whose named persons a pronoun speaker is not."""
    fn = _resolver()
    if fn is not None:
        try:
            found = fn(doc, start, end, quoted)
        except Exception:  # the actor layer must never break attribution; log and fall back
            log.exception("resolve_span failed on %d-%d", start, end)
            found = None
        if found:
            return found
    return _mention_overlap(doc, start, end)


def core_span(doc, start: int, end: int) -> tuple[int, int]:
    """The head noun of a source span with its name-like dependents (drops appositions, clauses)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return start, end
    root = span.root
    toks = [root] + [t for t in root.subtree if t is not root and t.head is root and t.dep_ in CORE_DEPS
                     and t.i < root.i]
    toks += [t for t in root.subtree if t.head in toks and t.dep_ in ("compound", "flat") and t not in toks]
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t.text) for t in toks)
    return max(start, lo), min(end, hi) if min(end, hi) > max(start, lo) else end


def _enclosing_mention(doc, start: int, end: int, c_start: int, c_end: int) -> str | None:
    """A linked mention inside the source span that holds its whole core ("A group of lawmakers from Kyiv")."""
    for m in doc._.stancemap_mentions or []:
        if start <= m.span.start <= c_start and c_end <= m.span.end <= end:
            return m.actor_id
    return None


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def relative_antecedent(doc, start: int, end: int) -> tuple[int, int] | None:
    """Characters of the noun a relative pronoun source stands for ("Sanders, who says ..." -> "Sanders")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].lower_ not in _RELATIVE_PRONOUNS:
        return None  # "who" alone, or "who in 2010" (the source as the tagger cut it)
    clause = span[0].head
    if clause.dep_ != "relcl" or clause.head.i >= span[0].i:
        return None
    noun = nearest_conjunct(clause.head, span[0].i)
    left = min([noun] + [t for t in noun.lefts], key=lambda t: t.i)
    left = min(left.subtree, key=lambda t: t.i) if left is not noun else noun
    return left.idx, noun.idx + len(noun.text)


def resolve_speaker(doc, start: int, end: int, quoted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """Actor id of a source span: a mention holding its core, its core, then the whole span.

    A relative pronoun ("who") is first replaced by the noun its clause hangs on.  ``quoted``: the character
    ranges of the text's quotations; a pronoun speaker is not a person named only in them."""
    antecedent = relative_antecedent(doc, start, end)
    if antecedent is not None:
        start, end = antecedent
    c_start, c_end = core_span(doc, start, end)
    # the core alone ("group") would resolve by anaphora to an earlier, unrelated group
    enclosing = _enclosing_mention(doc, start, end, c_start, c_end)
    if enclosing:
        return enclosing
    found = resolve_chars(doc, c_start, c_end, quoted)
    if found or (c_start, c_end) == (start, end):
        return found
    return resolve_chars(doc, start, end, quoted)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def outlet_matches(doc, source_text: str) -> bool:
    """True when the source names the article's own outlet (``doc._.stancemap_outlet``)."""
    outlet = doc._.stancemap_outlet
    if not outlet:
        return False
    a, b = _norm(outlet), _norm(source_text)
    if not a or not b:
        return False
    b = re.sub(r"^the ", "", b)
    a = re.sub(r"^the ", "", a)
    return a == b or (len(a) > 3 and b.startswith(a))
