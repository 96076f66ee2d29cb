"""Find and normalise every date expression of a text: run the grammar, settle overlaps, resolve."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime

from ...model import Span, TimeExpr
from . import amounts, relative, resolve
from .calendar import interval
from .grammar import rules
from .resolve import Context

RESOLVERS: dict[str, Callable] = {
    "absolute": resolve.absolute, "month_day": resolve.month_day, "month": resolve.month,
    "year": resolve.year, "decade": resolve.decade, "century": resolve.century,
    "weekday": relative.weekday, "relative_day": relative.relative_day, "relative_part": relative.relative_part,
    "ago": relative.ago, "year_ago_adj": relative.year_ago_adj, "relational": relative.relational,
    "the_unit": relative.the_unit, "quarter": relative.quarter, "season": relative.season,
    "duration": amounts.duration, "duration_vague": amounts.duration_vague, "set": amounts.set_,
    "clock": amounts.clock, "clock_weekday": amounts.clock_weekday, "fixed": amounts.fixed,
}
_WORD_BEFORE = re.compile(r"([\w'’]+|[^\w\s])\s*$")


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _as_date(anchor) -> date | None:
    if isinstance(anchor, datetime):
        return anchor.date()
    return anchor if isinstance(anchor, date) else None


def candidates(text: str) -> list[tuple[int, int, int, re.Match]]:
    """Every grammar match as (start, end, rule index, match), longest and earliest rule first."""
    found = []
    for index, rule in enumerate(rules()):
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), index, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    return found


def find_dates(text: str, anchor=None, direction_at: Callable[[int, int], int] | None = None,
               entities: Sequence[tuple[int, int]] = (), narrative: bool = False) -> list[TimeExpr]:
    """Date expressions of ``text`` as TIMEX3-style :class:`TimeExpr`, in text order.

    Args:
        text: the article text.
        anchor: the publication date (``date``/``datetime``) relative expressions count from, or None.
        direction_at: ``(start, end) -> -1|0|1``, the tense of the clause around a match (default 0).
        entities: character ranges that spaCy (or another tagger) labelled DATE or TIME.
        narrative: count relative expressions from the last date the text mentioned (history,
            Wikipedia) instead of from the anchor (news); see :func:`_renarrate`.
    Returns:
        non-overlapping expressions; the longest match that resolves wins.
    """
    anchor = _as_date(anchor)
    rule_list = rules()
    taken = bytearray(len(text))
    ent_mask = bytearray(len(text))
    for s, e in entities:
        ent_mask[s:e] = b"\x01" * (e - s)
    chosen = []
    for start, end, index, m in candidates(text):
        if taken.find(1, start, end) != -1:
            continue
        ctx = Context(anchor=anchor, direction=direction_at(start, end) if direction_at else 0,
                      in_entity=ent_mask.find(1, start, end) != -1, before=_word_before(text, start))
        groups = m.groupdict()
        groups[0] = m.group(0)
        resolver = RESOLVERS[rule_list[index].resolver]
        norm = resolver(groups, ctx)
        if norm is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, norm, resolver, groups, ctx))
    chosen.sort(key=lambda c: c[0])
    if narrative:
        chosen = _renarrate(chosen)
    return [_time_expr(text, start, len(groups[0]), norm) for start, norm, _, groups, _ in chosen]


def _time_expr(text: str, start: int, length: int, norm) -> TimeExpr:
    end = start + length
    return TimeExpr(span=Span(start, end, text[start:end]), value=norm.value, type=norm.type,
                    granularity=norm.granularity, interval=interval(norm.value, norm.mod),
                    anchored=norm.anchored, mod=norm.mod)


def _renarrate(chosen: list) -> list:
    """Re-resolve anchored expressions from the reference time of a narrative.

    The reference time is the middle of the latest date the text gave with its year ("June 10,
    1940", "1941"); a month or a day without a year takes the nearest year ("December 5" after
    "1941" is 1941-12-05), "twelve days later" and "the previous year" count from it.  Only dates
    stated with a year move the reference, so errors do not drift along the text.
    """
    reference = None
    out = []
    for start, norm, resolver, groups, ctx in chosen:
        if norm.anchored and reference is not None:
            again = resolver(groups, Context(anchor=reference, direction=0, in_entity=ctx.in_entity,
                                             before=ctx.before))
            norm = again or norm
        elif not norm.anchored and norm.type == "DATE" and norm.value[:4].isdigit():
            span = interval(norm.value)
            if span:
                first, last = date.fromisoformat(span[0]), date.fromisoformat(span[1])
                reference = first + (last - first) / 2
        out.append((start, norm, resolver, groups, ctx))
    return out
