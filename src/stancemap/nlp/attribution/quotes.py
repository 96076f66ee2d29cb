"""Find quoted stretches of text, whatever the typography.

Handles straight and curly double quotes, „German“ and «French» / »German« guillemets, ‹single›
guillemets, Swedish-style ”…” pairs, unbalanced marks and quotes running over several paragraphs (the
news convention: a paragraph that continues a quotation starts with an opening mark and the previous
paragraph has no closing mark).  Single quotes ‘…’ / '…' are treated as nested quotes (they are part of
the surrounding quotation), never as top-level quotes, because apostrophes make them ambiguous.
Never raises: any string gives a (possibly empty) list of regions.
"""
from __future__ import annotations

from dataclasses import dataclass

#: opening mark -> the marks that may close it
CLOSERS: dict[str, str] = {
    '"': '"“”',
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    "»": "«",
    "‹": "›",
    "”": '”"',
}
QUOTE_MARKS = frozenset('"“”„«»‹›‘’‚\'')


@dataclass(frozen=True)
class QuoteRegion:
    """A quoted stretch: ``start``/``end`` include the marks; ``closed`` False when it ran to paragraph end."""

    start: int
    end: int
    closed: bool = True
    continued: bool = False  # True when it continues a quote left open in the previous paragraph

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        s = self.start + 1
        e = self.end - 1 if self.closed else self.end
        return (s, max(s, e))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


def _looks_like_opener(text: str, i: int, end: int) -> bool:
    """A straight or ambiguous mark opens when a word follows it (not space or the end)."""
    return i + 1 < end and not text[i + 1].isspace()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _scan_paragraph(text: str, start: int, end: int, carried: bool) -> tuple[list[QuoteRegion], bool]:
    """Regions in one paragraph; returns (regions, left_open)."""
    regions: list[QuoteRegion] = []
    open_at, opener = -1, ""
    for i in range(start, end):
        ch = text[i]
        if open_at < 0:
            if ch in CLOSERS and _looks_like_opener(text, i, end):
                open_at, opener = i, ch
            continue
        if ch in CLOSERS[opener] and not _looks_like_nested_open(text, i, end, opener):
            regions.append(QuoteRegion(open_at, i + 1, True, carried and not regions))
            open_at, opener = -1, ""
    if open_at >= 0:
        if opener == "”":  # a lone right quote is a stray mark, not an opening
            return regions, False
        stop = _rstrip(text, open_at, end)
        regions.append(QuoteRegion(open_at, stop, False, carried and not regions))
        return regions, True
    return regions, False


def _looks_like_nested_open(text: str, i: int, end: int, opener: str) -> bool:
    """``“`` inside a ``“`` quote that is followed by a word and preceded by space opens a nested quote."""
    ch = text[i]
    if ch != "“" or opener != "“":
        return False
    return i > 0 and text[i - 1].isspace() and _looks_like_opener(text, i, end)


def find_quotes(text: str) -> list[QuoteRegion]:
    """Every top-level quoted region of ``text``, in order.

    A paragraph left open continues into the next paragraph only when that one starts with an
    opening mark (the multi-paragraph quote convention); the regions are returned per paragraph and
    the continuation is flagged with ``continued=True``.
    """
    if not text:
        return []
    regions: list[QuoteRegion] = []
    left_open = False
    for p_start, p_end in _paragraphs(text):
        first = p_start
        while first < p_end and text[first].isspace():
            first += 1
        if first >= p_end:
            continue
        carried = left_open and text[first] in CLOSERS
        found, left_open = _scan_paragraph(text, p_start, p_end, carried)
        regions.extend(found)
    return regions


def quote_mask(text: str, regions: list[QuoteRegion] | None = None) -> bytearray:
    """Per character: 1 inside a quoted region (marks included), else 0."""
    mask = bytearray(len(text))
    for r in regions if regions is not None else find_quotes(text):
        mask[r.start:r.end] = b"\x01" * (r.end - r.start)
    return mask


def quoted_ranges(text: str, regions: list[QuoteRegion]) -> tuple[tuple[int, int], ...]:
    """The character ranges of the quotations that surely are ones: closed, and with no opening curly mark
    inside (a mark left open pairs with the next quote's close and would take in the narration between)."""
    return tuple((r.start, r.end) for r in regions if r.closed and "\u201c" not in text[r.start + 1:r.end])
