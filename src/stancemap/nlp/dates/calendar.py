"""Calendar arithmetic for TIMEX3 values: shifting by units and the days a value covers."""
from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_MOD_THIRDS = {"START": 0, "MID": 1, "END": 2}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def week_value(day: date) -> str:
    """ISO week value of a day, e.g. ``2024-W23``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    """The quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def shift(anchor: date, unit: str, n: int) -> date:
    """The anchor moved ``n`` units (day, week, weekend, month, quarter, year, decade, century)."""
    if unit == "day":
        return anchor + timedelta(days=n)
    if unit in ("week", "weekend"):
        return anchor + timedelta(weeks=n)
    if unit == "fortnight":
        return anchor + timedelta(weeks=2 * n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return anchor
    return add_months(anchor, months * n)


def value_at(day: date, unit: str) -> str | None:
    """The TIMEX3 value of the ``unit`` that contains ``day`` (``2024-06`` for month...)."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        return week_value(day)
    if unit == "weekend":
        return week_value(day) + "-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return None


def _span_of(value: str) -> tuple[date, date] | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (monday, monday + timedelta(days=6))
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, _cal.monthrange(y, mo)[1])
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", value)
    if m:
        y, size, n = int(m[1]), 3 if m[2] == "Q" else 6, int(m[3])
        first = date(y, (n - 1) * size + 1, 1)
        return first, add_months(first, size) - timedelta(days=1)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y, (a, b) = int(m[1]), SEASON_MONTHS[m[2]]
        end_year = y + 1 if b < a else y
        return date(y, a, 1), date(end_year, b, _cal.monthrange(end_year, b)[1])
    m = re.fullmatch(r"(\d{4}|\d{3}|\d{2})", value)
    if m:
        width = 10 ** (4 - len(value))
        y = int(value) * width
        return date(max(y, 1), 1, 1), date(y + width - 1, 12, 31)
    return None


def interval(value: str, mod: str | None = None) -> tuple[str, str] | None:
    """First and last ISO day a calendar value covers; None for other values.

    ``mod`` START/MID/END ("early/mid/late June") narrows the interval to the first, middle or last
    third of the period, so "early June" covers 1-10 June.
    """
    try:
        span = _span_of(value)
    except ValueError:  # an impossible date such as 2023-02-30 or week 54
        return None
    if span is None:
        return None
    first, last = span
    third = _MOD_THIRDS.get(mod or "")
    if third is not None and last > first:
        days = (last - first).days + 1
        first, last = (first + timedelta(days=days * third // 3),
                       first + timedelta(days=days * (third + 1) // 3 - 1))
    return first.isoformat(), last.isoformat()
