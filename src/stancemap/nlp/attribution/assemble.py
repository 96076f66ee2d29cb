"""Turn labelled spans (cues, sources, contents) into :class:`Attribution` records.

Linking: each content fragment goes to the nearest cue in its own sentence, else to the nearest cue in
the neighbouring sentences (a quote that runs on after ``he said.``); each source goes to the nearest cue
in its sentence.  Then per record: direct / indirect / mixed speech from the quote regions, the sentence
hull, the date (a date in the cue's sentence, else the publication date), the source type and the
speaker's actor id.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ...model import Attribution, Span
from ..sentindex import SentenceIndex, sentence_index
from .quotes import QuoteRegion, quote_mask, quoted_ranges
from .speaker import outlet_matches, resolve_speaker

log = logging.getLogger(__name__)

Frag = tuple[int, int]
#: how many sentences away a content may sit from its cue (quotes that run on after "he said.")
MAX_SENT_GAP = 2
#: a quoted content right after another content joins its attribution even when far from any cue
RUN_ON_QUOTES = True


@dataclass
class _Group:
    cue: Frag
    contents: list[Frag] = field(default_factory=list)
    sources: list[Frag] = field(default_factory=list)


def _distance(a: Frag, b: Frag) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _nearest_cue(frag: Frag, cues: list[Frag], sents: SentenceIndex, max_gap: int) -> int | None:
    here = sents.of(frag[0])
    best, best_key = None, None
    for k, cue in enumerate(cues):
        gap = abs(sents.of(cue[0]) - here)
        if gap > max_gap:
            continue
        key = (gap, _distance(frag, cue))
        if best_key is None or key < best_key:
            best, best_key = k, key
    return best


def _runs_on(prev: Frag, frag: Frag, text: str, mask: bytearray) -> bool:
    """``frag`` is a quoted content that directly follows the content ``prev`` (only white space between)."""
    return RUN_ON_QUOTES and bool(mask[frag[0]]) and not text[prev[1]:frag[0]].strip()


def link(spans: dict[str, list[Frag]], sents: SentenceIndex, text: str, mask: bytearray) -> list[_Group]:
    """Group cues with their contents and sources (cues that get no content are dropped)."""
    cues = sorted(spans.get("Cue", []))
    groups = [_Group(c) for c in cues]
    prev: tuple[Frag, int] | None = None
    for frag in sorted(spans.get("Content", [])):
        k = _nearest_cue(frag, cues, sents, MAX_SENT_GAP)
        if k is None and prev is not None and _runs_on(prev[0], frag, text, mask):
            k = prev[1]  # a quote running on over paragraphs, far from its cue
        if k is not None:
            groups[k].contents.append(frag)
            prev = (frag, k)
    for frag in sorted(spans.get("Source", [])):
        k = _nearest_cue(frag, cues, sents, 0)
        if k is not None:
            groups[k].sources.append(frag)
    return [g for g in groups if g.contents]


def speech_kind(contents: list[Frag], quotes: list[QuoteRegion] | bytearray, text: str) -> str:
    """direct when every word character of the contents is inside a quote, indirect when none, else mixed.

    ``quotes`` is the list of quote regions or a ready per-character mask (:func:`quote_mask`).
    """
    mask = quotes if isinstance(quotes, bytearray) else quote_mask(text, quotes)
    inside = total = 0
    for start, end in contents:
        for i in range(start, min(end, len(text))):
            if text[i].isalnum():
                total += 1
                inside += mask[i]
    if total == 0 or inside == 0:
        return "indirect"
    return "direct" if inside == total else "mixed"


def _span(text: str, frag: Frag) -> Span:
    return Span(frag[0], frag[1], text[frag[0]:frag[1]])


def sentence_hull(frags: list[Frag], sents: SentenceIndex, text: str) -> Span:
    """The whole sentences holding every fragment, without trailing white space."""
    first = min(sents.of(f[0]) for f in frags)
    last = max(sents.of(max(f[0], f[1] - 1)) for f in frags)
    start, end = sents.bounds[first][0], sents.bounds[last][1]
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def _date_for(doc, cue: Frag, sents: SentenceIndex) -> tuple[str | None, str]:
    """A date expression in the cue's sentence (nearest to the cue), else the publication date."""
    s_start, s_end = sents.bounds[sents.of(cue[0])]
    best = None
    for tx in doc._.stancemap_dates or []:
        if tx.type != "DATE" or not (s_start <= tx.span.start and tx.span.end <= s_end):
            continue
        d = _distance((tx.span.start, tx.span.end), cue)
        if best is None or d < best[0]:
            best = (d, tx.value)
    if best:
        return best[1], "sentence"
    published = doc._.stancemap_published
    if published is not None:
        return published.isoformat(), "published"
    return None, "none"


def build(doc, spans: dict[str, list[Frag]], quotes: list[QuoteRegion], score: float = 1.0,
          text: str | None = None) -> list[Attribution]:
    """Attribution records for ``doc`` from labelled fragments (``quotes``: the quote regions of the text)."""
    text = doc.text if text is None else text
    sents = sentence_index(doc)
    mask = quote_mask(text, quotes)
    quoted = quoted_ranges(text, quotes)
    out = []
    for g in link(spans, sents, text, mask):
        source = None
        if g.sources:
            src = min(g.sources, key=lambda f: _distance(f, g.cue))
            source = _span(text, src)
        all_frags = [g.cue, *g.contents] + ([(source.start, source.end)] if source else [])
        date, date_source = _date_for(doc, g.cue, sents)
        if source is None:
            source_type, actor_id = "none", None
        elif outlet_matches(doc, source.text):
            source_type, actor_id = "outlet", None
        else:
            # a pronoun speaker is nobody named only inside a quotation (v21 reading)
            source_type, actor_id = "named", resolve_speaker(doc, source.start, source.end, quoted)
        out.append(Attribution(
            cue=_span(text, g.cue), contents=[_span(text, f) for f in g.contents],
            sentence=sentence_hull(all_frags, sents, text), source=source, actor_id=actor_id,
            speech=speech_kind(g.contents, mask, text), date=date, date_source=date_source,
            source_type=source_type, score=score))
    return out
