"""What the whole document says before any span is linked: its shape and its main country.

- title-case lines (headlines: "Derelict Obama And Clinton"), where NER glues headline words to names;
- datelines ("LONDON -", "SEOUL, Oct 3", "Hanoi (VNA) -"), which are places, not actors;
- names written in the body (outside headlines), which confirm a name seen in a headline;
- acronyms defined in the text ("Democratic National Committee (DNC)");
- the countries the document names most (context for "the Foreign Ministry", "Congress").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .kb import KnowledgeBase, normalise

#: words that stay lower case in a title-case headline
_MINOR = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by",
          "as", "from", "into", "over", "up", "via", "vs", "is", "are", "be", "its", "it"}
_DASHES = {"-", "\u2013", "\u2014", "--"}
_MIN_TITLE_WORDS = 3
_URL = re.compile(r"\S+://\S+|www\.\S+")


@dataclass
class DocContext:
    """Document-level facts the linker consults span by span."""

    title_lines: list[tuple[int, int]] = field(default_factory=list)  # character ranges
    body_words: set[str] = field(default_factory=set)  # normalised words of PERSON/ORG names in the body
    body_names: set[str] = field(default_factory=set)  # normalised PERSON/ORG names in the body
    acronyms: dict[str, str] = field(default_factory=dict)  # normalised full name -> acronym
    countries: Counter = field(default_factory=Counter)  # ISO3 -> mentions

    def in_title_line(self, span: Span) -> bool:
        """True when the span lies on a title-case line (a headline)."""
        return any(s <= span.start_char < e for s, e in self.title_lines)

    def main_countries(self) -> list[str]:
        """ISO3 codes by how often the document names them (ties: first named first)."""
        return [iso for iso, _ in self.countries.most_common()]


def build_context(kb: KnowledgeBase, doc: Doc) -> DocContext:
    """Scan the doc once for headlines, body names, acronym definitions and country counts."""
    ctx = DocContext(title_lines=_title_lines(doc.text))
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP") or ent.label_ == "ORG" and len(ent) <= 3:
            iso = kb.country_of_word(ent.text) or kb.capitals.get(normalise(ent.text))
            if iso:
                ctx.countries[iso] += 1
        if ent.label_ in ("PERSON", "ORG") and not ctx.in_title_line(ent):
            key = normalise(ent.text)
            ctx.body_names.add(key)
            ctx.body_words.update(key.split())
    ctx.acronyms = _acronyms(doc)
    return ctx


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines written in title case (most content words capitalised)."""
    out, pos = [], 0
    for line in text.split("\n"):
        words = re.findall(r"[^\W\d_][\w'\u2019.-]*", _URL.sub(" ", line))
        content = [w for w in words if w.lower() not in _MINOR]
        caps = sum(1 for w in content if w[0].isupper())
        if len(content) >= _MIN_TITLE_WORDS and caps >= 0.8 * len(content):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def is_dateline(span: Span) -> bool:
    """A place opening a paragraph as a dateline: "LONDON -", "SEOUL, South Korea", "Hanoi (VNA) -"."""
    doc = span.doc
    if not _line_start(doc, span.start):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if span.text.isupper() and len(span.text) > 1:
        return True
    return nxt is not None and (nxt.text == "(" or nxt.text in _DASHES)


def _line_start(doc: Doc, i: int) -> bool:
    """True when token i is the first word on its line."""
    start = doc[i].idx
    return not doc.text[doc.text.rfind("\n", 0, start) + 1:start].strip()


def _acronyms(doc: Doc) -> dict[str, str]:
    """"Full Name (FN)" definitions whose capital letters match the initials of the name."""
    out: dict[str, str] = {}
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        acr = doc[tok.i + 1].text
        letters = "".join(c for c in acr if c.isupper())
        if len(letters) < 2 or not acr[0].isupper():
            continue
        name = _name_before(doc, tok.i, letters)
        if name:
            out[normalise(name)] = acr
    return out


def _name_before(doc: Doc, end: int, letters: str) -> str | None:
    """The capitalised words before token ``end`` whose initials spell ``letters`` (minor words skipped)."""
    caps: list[Token] = []
    i = end - 1
    while i >= 0 and len(caps) < len(letters):
        tok = doc[i]
        if tok.text[:1].isupper():
            caps.insert(0, tok)
        elif tok.lower_ not in _MINOR and tok.text not in {"-", "&"}:
            return None
        i -= 1
    if len(caps) == len(letters) and "".join(t.text[0] for t in caps) == letters:
        return doc[caps[0].i:end].text
    return None
