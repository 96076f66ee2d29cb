"""Typewriter quote conventions made readable to the parser, without moving any character offset.

Some news archives (LDC corpora, older wire feeds, PolNeAR's New York Times texts) mark quotations with
doubled apostrophes and backticks: ``''Not now,'' she said.`` spaCy's English pipelines and the quote
finder (:mod:`stancemap.nlp.attribution.quotes`) read a doubled apostrophe as two apostrophes, so the
quote is not seen and the sentence splitter cuts after the opening mark.  :func:`parse_text` turns each
doubled mark into a straight double quote plus a space, keeping the text's length, so every offset the
pipeline reports still points into the article text unchanged.  It also reads the line breaks of a
hard-wrapped paragraph as spaces (:func:`unwrap`), for the same reason.
"""
from __future__ import annotations

import re

_DOUBLED = re.compile(r"''|``")
_OPEN_BEFORE = frozenset("([{—–-/")


def _opens(text: str, start: int, end: int) -> bool:
    """A doubled mark opens a quote when a word follows it and none runs into it."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if after.isspace() or after in ".,;:!?)":
        return False
    return before.isspace() or before in _OPEN_BEFORE or before in "\"'"


def parse_text(text: str) -> str:
    """``text`` with every ``''`` / ````` ` ` ````` quote mark as ``"`` plus a space (same length).

    An opening mark becomes `` "`` (the space goes before it) and a closing one ``" `` (the space goes
    after it), so neither mark touches a word the wrong way round.  A text without doubled marks is
    returned as it is.
    """
    text = unwrap(text)
    if "''" not in text and "``" not in text:
        return text

    def swap(m: re.Match[str]) -> str:
        if m.group() == "``" or _opens(text, m.start(), m.end()):
            return ' "'
        return '" '

    return _DOUBLED.sub(swap, text)


#: a line break inside a sentence of a hard-wrapped text: after a word or a comma, before more text on the next
#: line (its indentation allowed)
_WRAP = re.compile(r"(?<=[A-Za-z0-9,])\n(?=[ \t]*[A-Za-z0-9(\"“‘'])")
#: a line shorter than this may be a headline or a dateline, which ends without a full stop
WRAP_MIN_LINE = 50


#: small words a title-case headline leaves in lowercase
_MINOR = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by",
                    "as", "from", "into", "over", "up", "via", "vs", "is", "are", "be", "its", "it"})


def _title_case(line: str) -> bool:
    """True for a headline written in title case ("Obama to Meet with the Leaders of Mexico on the Trade Deal")."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if w.lower() not in _MINOR]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: a next line that starts something of its own: a numbered item, a speaker's turn or a dateline in capitals
#: ("2. Sen. Lee", "CLINTON:", "MADISON, Wis. -")
_OWN_START = re.compile(r"\d{1,3}[.)]\s|[A-Z][A-Z.'’ -]*[A-Z](?::|,\s|\s+\(|\s+[-–—])")


def unwrap(text: str) -> str:
    """``text`` with each line break inside a sentence of a hard-wrapped paragraph as a space (same length).

    Some corpora keep the line wrapping of the page ("... led by lawyer John\\n    Bonifaz and ..."); spaCy's
    English pipelines read the break as a boundary, so they miss the name across it and may cut the sentence
    there.  A break counts as a wrap when the line before it is at least :data:`WRAP_MIN_LINE` characters
    long, is not written in title case (a headline) and ends in a word or a comma, and text follows on the next
    line, or when the next line goes on in lowercase; a blank line, a line ending in a full stop, a link, the
    first line (unless lowercase follows), a short line before a capital, and a line before a numbered item or a
    word in capitals with a colon, comma, bracket or dash after it (a speaker's turn, a dateline) keep their
    breaks.
    """
    if "\n" not in text:
        return text
    out = list(text)
    first_break = text.find("\n")
    for m in _WRAP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()].strip()
        if "://" in line or "=" in line:
            continue  # a link or markup
        following = text[m.end():m.end() + 40].lstrip(" \t")
        if _OWN_START.match(following):
            continue
        if following[:1].islower() or (m.start() != first_break and len(line) >= WRAP_MIN_LINE
                                       and not _title_case(line)):  # the first line may be the headline
            out[m.start()] = " "
    return "".join(out)


def widen_to_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` grown by one character where it cuts a doubled quote mark in half, so a sentence
    read from :func:`parse_text` shows the article's whole mark."""
    if start > 0 and text[start - 1:start + 1] in ("''", "``"):
        start -= 1
    if end < len(text) and text[end - 1:end + 1] == "''":
        end += 1
    return start, end
