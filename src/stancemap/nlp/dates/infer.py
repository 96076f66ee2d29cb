"""Infer an article's publication date from its text when no metadata gives one.

Looks, in order, for a dateline at the start ("WASHINGTON, June 3 (Reuters) -", "June 3, 2024 -"),
a date line near the top ("Updated: 3 June 2024", "Published Monday, June 3, 2024"), then a
copyright line ("Copyright 2024, X", "(c) 2024") which gives only the year.
"""
from __future__ import annotations

import logging
import re
from datetime import date

from .lexicon import load_lexicon

log = logging.getLogger(__name__)

HEAD_CHARS = 600  # a dateline or date line sits in the first few lines
_YEAR = r"(?P<y>(?:19|20)\d\d)"


def _month_alt() -> str:
    return "|".join(sorted((re.escape(m) for m in load_lexicon()["months"]), key=len, reverse=True))


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    months = _month_alt()
    md = rf"(?P<mo>{months})\.?\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    dm = rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<mo2>{months})\.?"
    full = rf"(?:{md}|{dm}),?\s+{_YEAR}"
    dateline = re.compile(
        rf"^\s*(?:[A-Z][A-Za-z .'-]{{1,40}},\s+)?(?:[A-Z][a-z]+\.?,?\s+)?(?:{md}|{dm})(?:,?\s+{_YEAR})?"
        rf"\s*(?:\([^)]{{1,40}}\)\s*)?(?:[-–—:]|$)", re.I | re.M)
    line = re.compile(rf"(?:^|\b(?:updated|published|posted|date|dated|last modified)\b[:\s]*)[^\n]{{0,30}}?{full}",
                      re.I | re.M)
    iso = re.compile(rf"\b{_YEAR}-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b")
    copyright_ = re.compile(rf"(?:copyright|©|\(c\))\s*(?:{_YEAR}\s*[-–]\s*)?(?P<last>(?:19|20)\d\d)", re.I)
    return dateline, line, iso, copyright_


_COMPILED: tuple | None = None


def _compiled():
    global _COMPILED
    if _COMPILED is None:
        _COMPILED = _patterns()
    return _COMPILED


def _make(m: re.Match, default_year: int | None) -> date | None:
    groups = m.groupdict()
    month_word = groups.get("mo") or groups.get("mo2")
    day = groups.get("d") or groups.get("d2")
    year = int(groups["y"]) if groups.get("y") else default_year
    if not (month_word and day and year):
        return None
    month = int(month_word) if month_word.isdigit() else load_lexicon()["months"].get(month_word.lower().rstrip("."))
    try:
        return date(year, month, int(day)) if month else None
    except ValueError:
        return None


def _copyright_year(text: str) -> int | None:
    years = [int(m["last"]) for m in _compiled()[3].finditer(text)]
    return max(years) if years else None


def infer_published(text: str) -> tuple[date | None, str | None]:
    """The publication date a text states, and how it was found.

    Returns:
        ``(date, "dateline")`` from a dateline at the start (a dateline without a year takes it from a
        copyright line, else gives up); ``(date, "text")`` from a dated line near the top;
        ``(date(Y, 1, 1), "copyright-year")`` when only a copyright year is known (the day and month
        mean nothing then); ``(None, None)`` when nothing is found.  Never raises.
    """
    try:
        return _infer(text or "")
    except Exception:  # noqa: BLE001 - inference is best effort by contract
        log.debug("publication date inference failed", exc_info=True)
        return None, None


def _infer(text: str) -> tuple[date | None, str | None]:
    dateline, line, iso, _ = _compiled()
    head = text[:HEAD_CHARS]
    copyright_year = _copyright_year(text[:HEAD_CHARS] + text[-HEAD_CHARS:])
    m = dateline.search(head[:200])
    if m:
        found = _make(m, copyright_year)
        if found:
            return found, "dateline"
    for pattern in (line, iso):
        m = pattern.search(head)
        if m:
            found = _make(m, None)
            if found:
                return found, "text"
    if copyright_year:
        return date(copyright_year, 1, 1), "copyright-year"
    return None, None


def latest_date_in_year(text: str, year: int) -> date | None:
    """The latest full calendar day of ``year`` that the text mentions ("May 28", "28 May 2024").

    Used when only a copyright year is known: a news text is written on or after the last day it
    reports, so that day is a better anchor for "last week" than the first of January.
    """
    from .extract import find_dates

    try:
        found = find_dates(text, anchor=date(year, 12, 31), direction_at=lambda s, e: -1)
    except Exception:  # noqa: BLE001 - best effort by contract
        log.debug("latest_date_in_year failed", exc_info=True)
        return None
    days = []
    for expr in found:
        value = expr.value
        if expr.granularity == "day" and len(value) == 10 and value.startswith(f"{year}-"):
            try:
                days.append(date.fromisoformat(value))
            except ValueError:
                continue
    return max(days) if days else None
