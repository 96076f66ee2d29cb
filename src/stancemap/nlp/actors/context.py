"""What the whole document says before any span is linked: its shape and its main country.

- title-case lines (headlines: "Derelict Obama And Clinton"), where NER glues headline words to names;
- datelines ("LONDON -", "SEOUL, Oct 3", "Hanoi (VNA) -"), which are places, not actors;
- names written in the body (outside headlines), which confirm a name seen in a headline;
- acronyms defined in the text ("Democratic National Committee (DNC)");
- the countries the document names most (context for "the Foreign Ministry", "Congress");
- the US state a story is about, for "the House" or "the Legislature" in state news (``states.py``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .kb import KnowledgeBase, normalise
from .states import StateContext, home_state

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
    expansions: dict[str, str] = field(default_factory=dict)  # acronym -> full name
    countries: Counter = field(default_factory=Counter)  # ISO3 -> mentions
    upper_words: set[str] = field(default_factory=set)  # all-capital words ("DNC", "ANC"), for initials
    states: StateContext = field(default_factory=StateContext)  # the US state a story is about, if any

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
    ctx.expansions = {acr: name for name, acr in ctx.acronyms.items()}
    ctx.upper_words = {t.text for t in doc if t.is_upper and t.is_alpha and 2 <= len(t.text) <= 8}
    ctx.states = home_state(doc)
    return ctx


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines written in title case (most content words capitalised).

    The items of a list are not headlines, though a list of names is title case: a line that opens with a
    bullet or a number ("- Gov. Jared Polis (Colorado)", "3. Sen. Mike Lee"), or one of the lines that follow
    a line ending in a colon ("These senators back the bill:").
    """
    out, pos, in_list = [], 0, False
    for line in text.split("\n"):
        stripped = line.strip()
        item = in_list or bool(LIST_ITEM.match(stripped))
        words = re.findall(r"[^\W\d_][\w'\u2019.-]*", _URL.sub(" ", line))
        content = [w for w in words if w.lower() not in _MINOR]
        caps = sum(1 for w in content if w[0].isupper())
        if not item and len(content) >= _MIN_TITLE_WORDS and caps >= 0.8 * len(content):
            out.append((pos, pos + len(line)))
        if stripped:  # a list runs on until a line of prose
            in_list = stripped.endswith(":") or (in_list and not reads_as_prose(stripped))
        pos += len(line) + 1
    return out


def reads_as_prose(line: str) -> bool:
    """A line that reads as a paragraph, not a list item: long, or a sentence of more than a few words."""
    line = line.strip()
    return len(line) > _MAX_ITEM_CHARS or (line[-1:] in (".", "!", "?", '"', "\u201d")
                                           and len(line.split()) > _MAX_ITEM_WORDS)


_MAX_ITEM_CHARS = 120
_MAX_ITEM_WORDS = 12
#: the marker that opens a list item: a bullet, or a number with a point or parenthesis
LIST_ITEM = re.compile(r"^(?:[-\u2013\u2014*\u2022\u25aa\u25cf]|\d{1,3}[.)])\s+")


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
    """True when token i is the first word on its line (spaCy keeps line breaks as space tokens)."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.text_with_ws and (prev.is_space or prev.whitespace_ != "")


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
    """The words before token ``end`` whose initials spell ``letters``: capitalised words only
    ("Democratic National Committee (DNC)") or with minor words ("Registrar of Societies (ROS)")."""
    words: list[Token] = []
    i = end - 1
    while i >= 0 and len(words) < 2 * len(letters) + 2:
        tok = doc[i]
        if not (tok.text[:1].isupper() or tok.lower_ in _MINOR or tok.text in {"-", "&"}):
            break
        words.insert(0, tok)
        if tok.text[:1].isupper():
            caps = [t for t in words if t.text[:1].isupper()]
            if "".join(t.text[0] for t in caps) == letters or \
                    "".join(t.text[0] for t in words if t.is_alpha).upper() == letters:
                return doc[tok.i:end].text
        i -= 1
    return None
