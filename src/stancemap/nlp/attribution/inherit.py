"""A second pass over assembled attributions: what the tagged spans leave implicit or get wrong.

* Content hygiene: a content fragment from another sentence than its cue's stays only when it is quoted
  (a quote running on over sentences or paragraphs); no content keeps a headline or a dateline
  ("KYIV (Reuters) -") unless its cue is in there too.
* Possessive sources: "Italy also refused ..., its defence ministry said" speaks for the collective
  actor "its" refers to, through the country's government (``gov:ITA``).
* Inherited sources: a cue with no subject of its own ("X echoed Y, saying ...", "X said ... but warned
  ...") takes the source of the verb it hangs on, keeping that source's span and actor id.

Rules and word lists: ``data/lexicons/attribution_inherit.yaml``.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import replace

import yaml

from ...config import PACKAGE_DATA
from ...model import Attribution, Span
from ..sentindex import SentenceIndex, sentence_index
from .assemble import sentence_hull, speech_kind
from .quotes import QuoteRegion, quote_mask, quoted_ranges
from .speaker import outlet_matches, resolve_speaker

log = logging.getLogger(__name__)

Frag = tuple[int, int]
Quoted = tuple[tuple[int, int], ...]
_LIST_KEYS = ("inherit_deps", "own_subject_deps", "subject_deps", "non_speaker_subjects", "blocking_marks",
              "blocking_advcl_tags", "no_subject_heads", "possessive_pronouns", "institution_heads",
              "antecedent_kinds")


@functools.lru_cache(maxsize=1)
def rules() -> dict:
    """The rules of ``data/lexicons/attribution_inherit.yaml`` (lists as sets), loaded once."""
    with open(PACKAGE_DATA / "lexicons" / "attribution_inherit.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    out = {k: frozenset(data[k]) for k in _LIST_KEYS}
    out["max_climb"] = int(data["max_climb"])
    out["dateline"] = re.compile(data["dateline_pattern"], re.MULTILINE)
    return out


def refine(doc, records: list[Attribution], quotes: list[QuoteRegion], text: str | None = None) -> list[Attribution]:
    """Clean contents, resolve possessive sources and inherit missing sources (see the module doc)."""
    text = doc.text if text is None else text
    sents = sentence_index(doc)
    mask = quote_mask(text, quotes)
    headers = header_regions(text)
    cleaned = [clean_contents(r, sents, text, mask, headers) for r in records]
    out = [possessive_source(doc, r) for r in cleaned if r is not None]
    return inherit_sources(doc, out, text, quoted_ranges(text, quotes))


# -- content hygiene ------------------------------------------------------------------------------

def header_regions(text: str) -> list[Frag]:
    """Headline (a first line followed by a blank line) and dateline regions of ``text``."""
    regions = []
    lead = len(text) - len(text.lstrip())
    first_end = text.find("\n", lead)
    if first_end > lead and text[first_end:first_end + 3].replace("\r", "").startswith("\n\n"):
        regions.append((lead, first_end))
    for m in rules()["dateline"].finditer(text):
        regions.append((m.start(), m.end()))
    return regions


def _trim(text: str, start: int, end: int) -> Frag | None:
    while start < end and (text[start].isspace() or text[start] in "-–—,:;"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def cut_headers(frag: Frag, cue: Span, headers: list[Frag], text: str) -> Frag | None:
    """``frag`` without the header regions it overlaps (a region holding the cue is kept)."""
    for rs, re_ in headers:
        if not (frag[0] < re_ and rs < frag[1]) or (rs <= cue.start < re_):
            continue
        pieces = [p for p in (_trim(text, frag[0], min(frag[1], rs)), _trim(text, max(frag[0], re_), frag[1])) if p]
        if not pieces:
            return None
        frag = max(pieces, key=lambda p: p[1] - p[0])
    return frag


def _quoted(frag: Frag, text: str, mask: bytearray) -> bool:
    """The fragment's first word character is inside a quotation."""
    for i in range(frag[0], min(frag[1], len(text))):
        if text[i].isalnum():
            return bool(mask[i])
    return False


def _sentences_of(frag: Frag, sents: SentenceIndex) -> range:
    return range(sents.of(frag[0]), sents.of(max(frag[0], frag[1] - 1)) + 1)


def same_sentence(frags: list[Frag], cue: Span, sents: SentenceIndex, text: str, mask: bytearray) -> list[Frag]:
    """Contents of the cue's sentence (else of the content sentence nearest the cue), plus quoted run-ons."""
    if not frags:
        return frags
    anchor = sents.of(cue.start)
    if not any(anchor in _sentences_of(f, sents) for f in frags):
        nearest = min(frags, key=lambda f: min(abs(cue.start - f[1]), abs(f[0] - cue.end)))
        anchor = sents.of(nearest[0])
    return [f for f in frags if anchor in _sentences_of(f, sents) or _quoted(f, text, mask)]


def clean_contents(rec: Attribution, sents: SentenceIndex, text: str, mask: bytearray,
                   headers: list[Frag]) -> Attribution | None:
    """``rec`` with its contents cleaned (None when no content is left)."""
    before = [(c.start, c.end) for c in rec.contents]
    frags = [f for f in (cut_headers(f, rec.cue, headers, text) for f in before) if f]
    frags = same_sentence(frags, rec.cue, sents, text, mask)
    if frags == before:
        return rec
    if not frags:
        log.debug("attribution at %d dropped: no content left after cleaning", rec.cue.start)
        return None
    hull = [(rec.cue.start, rec.cue.end), *frags] + ([(rec.source.start, rec.source.end)] if rec.source else [])
    return replace(rec, contents=[Span(s, e, text[s:e]) for s, e in frags], sentence=sentence_hull(hull, sents, text),
                   speech=speech_kind(frags, mask, text))


# -- possessive sources ---------------------------------------------------------------------------

def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _kind(doc, actor_id: str) -> str | None:
    actor = (doc._.stancemap_actors or {}).get(actor_id)
    if actor is None:
        from ..actors.kb import load_kb

        actor = load_kb().actors.get(actor_id)
    return actor.kind if actor is not None else None


def _subject_depth(doc, mention) -> int | None:
    """Number of heads above a subject mention's root (None when the mention is not a subject)."""
    root = _root(doc, mention.span.start, mention.span.end)
    if root is None or root.dep_ not in rules()["subject_deps"]:
        return None
    return sum(1 for _ in root.ancestors)


def antecedent(doc, start: int) -> str | None:
    """The collective actor a possessive at ``start`` refers to: the main subject before it in its sentence,
    else in the previous sentence (the least embedded subject, then the nearest)."""
    sents = sentence_index(doc)
    here = sents.of(start)
    kinds = rules()["antecedent_kinds"]
    for k in (here, here - 1):
        if k < 0:
            break
        lo, hi = sents.bounds[k][0], min(sents.bounds[k][1], start)
        found = []
        for m in doc._.stancemap_mentions or []:
            if lo <= m.span.start and m.span.end <= hi and _kind(doc, m.actor_id) in kinds:
                depth = _subject_depth(doc, m)
                if depth is not None:
                    found.append((depth, -m.span.start, m.actor_id))
        if found:
            return min(found)[2]
    return None


def speaks_for(doc, actor_id: str) -> str:
    """A country's institutions speak for its government (``country:ITA`` -> ``gov:ITA``)."""
    if not actor_id.startswith("country:"):
        return actor_id
    from ..actors.kb import load_kb

    gov = "gov:" + actor_id.split(":", 1)[1]
    kb_actors = load_kb().actors
    if gov not in kb_actors:
        return actor_id
    actors = doc._.stancemap_actors
    if actors is not None and gov not in actors:
        actors[gov] = kb_actors[gov]  # later stages look speakers up in the doc's actors
    return gov


def possessive_source(doc, rec: Attribution) -> Attribution:
    """"its defence ministry" / "their spokesperson" -> the actor the possessive refers to."""
    if rec.source is None:
        return rec
    root = _root(doc, rec.source.start, rec.source.end)
    r = rules()
    if root is None or root.lower_ not in r["institution_heads"]:
        return rec
    if not any(c.dep_ == "poss" and c.lower_ in r["possessive_pronouns"] for c in root.children):
        return rec
    ante = antecedent(doc, rec.source.start)
    if ante is None:
        return rec
    return replace(rec, actor_id=speaks_for(doc, ante), source_type="named")


# -- inherited sources ----------------------------------------------------------------------------

def _speaks_for_itself(tok) -> bool:
    own = rules()["own_subject_deps"]
    return tok.lower_ == "according" or any(c.dep_ in own for c in tok.children)


def _blocked(tok) -> bool:
    """An "if"/"unless" clause or a passive participle ("Asked about X, ..."): not the main speaker speaking."""
    r = rules()
    if tok.dep_ != "advcl":
        return False
    return tok.tag_ in r["blocking_advcl_tags"] or any(
        c.dep_ == "mark" and c.lower_ in r["blocking_marks"] for c in tok.children)


def _covering(records: list[Attribution], tok, field: str) -> Attribution | None:
    """The record whose cue (``field="cue"``) or one of whose contents (``"contents"``) holds ``tok``."""
    for rec in records:
        frags = [rec.cue] if field == "cue" else rec.contents
        if any(f.start <= tok.idx < f.end for f in frags):
            return rec
    return None


def _subject_source(doc, verb, text: str, quoted: Quoted = ()) -> tuple[Span, str | None, str] | None:
    """(span, actor id, source type) of the verb's subject, when it can be a speaker (``quoted``: the text's
    quotations, whose named persons a pronoun subject is not, as in :func:`assemble.build`)."""
    r = rules()
    for c in verb.children:
        if c.dep_ in r["subject_deps"] and c.lower_ not in r["non_speaker_subjects"]:
            toks = [t for t in c.subtree if not t.is_punct and not t.is_space]
            start, end = min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
            span = Span(start, end, text[start:end])
            if outlet_matches(doc, span.text):
                return span, None, "outlet"
            return span, resolve_speaker(doc, start, end, quoted), "named"
    return None


def inherited_source(doc, rec: Attribution, records: list[Attribution],
                     text: str, quoted: Quoted = ()) -> tuple[Span, str | None, str] | None:
    """The source a subjectless cue inherits from the cue or verb it depends on (None when none)."""
    tok = _root(doc, rec.cue.start, rec.cue.end)
    r = rules()
    if tok is None or _speaks_for_itself(tok):
        return None
    for _ in range(r["max_climb"]):
        if tok.dep_ not in r["inherit_deps"] or tok.head is tok or _blocked(tok):
            return None
        head = tok.head
        # a verb inside a content hangs on that content's speaker: "X said Y would keep Z, adding ..."
        parent = _covering(records, head, "cue") or _covering(records, head, "contents")
        if parent is not None:
            if parent.source is None or parent.source.text.lower() in r["non_speaker_subjects"]:
                return None
            return parent.source, parent.actor_id, parent.source_type
        if head.dep_ in r["no_subject_heads"]:
            return None
        found = _subject_source(doc, head, text, quoted)
        if found is not None or _speaks_for_itself(head):
            return found
        tok = head
    return None


def inherit_sources(doc, records: list[Attribution], text: str | None = None,
                    quoted: Quoted = ()) -> list[Attribution]:
    """Records with missing sources filled in by inheritance (in text order, so chains resolve); ``quoted``: the
    ranges of the text's quotations (:func:`stancemap.nlp.attribution.quotes.quoted_ranges`)."""
    text = doc.text if text is None else text
    out = list(records)
    for k in sorted(range(len(out)), key=lambda i: out[i].cue.start):
        rec = out[k]
        if rec.source is not None or rec.source_type != "none":
            continue
        found = inherited_source(doc, rec, out, text, quoted)
        if found is not None:
            source, actor_id, source_type = found
            out[k] = replace(rec, source=source, actor_id=actor_id, source_type=source_type)
    return out
