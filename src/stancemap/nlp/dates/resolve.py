"""Resolvers: turn a grammar match into a TIMEX3 value, type and granularity.

Each resolver takes the match's named groups and a :class:`Context` (publication date as anchor,
tense direction of the clause, whether spaCy also saw a DATE/TIME entity there) and returns a
:class:`Norm`, or None to reject the match (a lower-case "may", a bare number that is no year...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import calendar as cal
from .lexicon import load_lexicon

# words that make a following bare year or ambiguous month name a date ("in May", "since 2019")
_CUES = {"in", "since", "until", "till", "by", "of", "from", "through", "before", "after", "during",
         "early", "mid", "late", "last", "next", "this", "to", "between", "and", "or", "the", "fiscal",
         "around", "circa", "throughout", "on", "for", "end", "beginning", "start", "middle", "year",
         "summer", "spring", "autumn", "winter", "fall", "-", "–", "—", "(", ","}


@dataclass(frozen=True)
class Context:
    """What a resolver may know beyond the match itself."""

    anchor: date | None
    direction: int = 0  # -1 past, 0 present or unknown, +1 future
    in_entity: bool = False  # spaCy tagged (part of) this stretch as DATE or TIME
    before: str = ""  # the word just before the match, lower case


@dataclass(frozen=True)
class Norm:
    """A resolved expression."""

    value: str
    type: str = "DATE"
    granularity: str = "day"
    mod: str | None = None
    anchored: bool = False


def _key(text: str | None) -> str:
    return re.sub(r"[\s-]+", " ", (text or "").lower().rstrip(".")).strip()


def _month(word: str | None) -> int | None:
    if not word or not word[0].isupper():
        return None  # "may", "march" in lower case are verbs
    return load_lexicon()["months"].get(_key(word))


def _mod(word: str | None) -> str | None:
    return load_lexicon()["modifiers"].get(_key(word)) if word else None


def parse_number(text: str | None) -> int | str | None:
    """'two' -> 2, '14' -> 14, 'twenty-five' -> 25, 'a few' -> 'X'; None when not a count."""
    key = _key(text)
    if not key:
        return None
    if re.fullmatch(r"\d+", key):
        return int(key)
    numbers = load_lexicon()["numbers"]
    if key in numbers:
        return numbers[key]
    parts = key.split(" ")
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return numbers[parts[0]] + numbers[parts[1]]
    return None


def _unit(word: str | None) -> str:
    key = _key(word)
    key = "century" if key.startswith("centur") else key.removesuffix("s")
    return "year" if key == "fiscal year" else key


def _pick(anchor: date, direction: int, options: list[tuple[date, date]]) -> date:
    """Among (first, last) day spans, the one nearest the anchor in the tense's direction."""
    if direction < 0:
        past = [o for o in options if o[0] <= anchor]
        if past:
            return max(past)[0]
    elif direction > 0:
        future = [o for o in options if o[1] >= anchor]
        if future:
            return min(future)[0]
    def gap(o):
        return 0 if o[0] <= anchor <= o[1] else min(abs((o[0] - anchor).days), abs((o[1] - anchor).days))
    return min(options, key=gap)[0]


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 50 else 1900
    return y


def absolute(g: dict, ctx: Context) -> Norm | None:
    """Dates with a year: '3 June 2024', 'June 2024', '2024-06-03', '6/3/2024'."""
    month = int(g["mo"]) if g.get("mo") else _month(g.get("month"))
    if not month:
        return None
    year = _year(g["y"])
    if not g.get("d"):
        return Norm(f"{year:04d}-{month:02d}", granularity="month", mod=_mod(g.get("mod")))
    try:
        day = date(year, month, int(re.match(r"\d+", g["d"])[0]))
    except ValueError:
        return None
    if g.get("hh"):
        return Norm(f"{day.isoformat()}T{g['hh']}:{g['mi']}", type="TIME", granularity="other")
    return Norm(day.isoformat())


def month_day(g: dict, ctx: Context) -> Norm | None:
    """'May 27', '27 May': the year that keeps it nearest the anchor in the tense's direction."""
    month = _month(g["month"])
    if not month:
        return None
    d = int(re.match(r"\d+", g["d"])[0])
    if ctx.anchor is None:
        return Norm(f"XXXX-{month:02d}-{d:02d}")
    options = []
    for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        try:
            options.append((date(y, month, d),) * 2)
        except ValueError:
            continue
    if not options:
        return None
    wd = load_lexicon()["weekdays"].get(_key(g.get("wd"))) if g.get("wd") else None
    matching = [o for o in options if wd and o[0].isoweekday() == wd]
    day = matching[0][0] if len(matching) == 1 else _pick(ctx.anchor, ctx.direction, options)
    return Norm(day.isoformat(), mod=_mod(g.get("mod")), anchored=True)


def month(g: dict, ctx: Context) -> Norm | None:
    """A month name alone ('in March', 'early June'), in the anchor's year or the nearest one."""
    number = _month(g["month"])
    if not number:
        return None
    key = _key(g["month"])
    if len(key) <= 4 and key not in ("may", "june", "july") and not g["month"].endswith("."):
        return None  # a bare "Jan" or "Mar" is a name more often than a month
    if key in load_lexicon()["ambiguous_months"]:
        if not (g.get("mod") or ctx.in_entity or ctx.before in _CUES):
            return None
    if ctx.anchor is None:
        return Norm(f"XXXX-{number:02d}", granularity="month", mod=_mod(g.get("mod")))
    options = []
    for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        first = date(y, number, 1)
        options.append((first, cal.add_months(first, 1) - timedelta(days=1)))
    day = _pick(ctx.anchor, ctx.direction, options)
    return Norm(cal.value_at(day, "month"), granularity="month", mod=_mod(g.get("mod")), anchored=True)


def year(g: dict, ctx: Context) -> Norm | None:
    """'2022', 'in 2022', 'fiscal 2024', 'mid-2024'; a bare number needs a cue or spaCy's DATE."""
    if not (g.get("mod") or ctx.in_entity or ctx.before in _CUES or "fiscal" in g[0].lower()
            or g[0].upper().startswith("FY")):
        return None
    return Norm(f"{int(g['y']):04d}", granularity="year", mod=_mod(g.get("mod")))


def decade(g: dict, ctx: Context) -> Norm | None:
    """'the 1990s' -> 199, "the '90s" -> 199."""
    if g.get("dec"):
        return Norm(g["dec"][:3], granularity="year", mod=_mod(g.get("mod")))
    short = int(g["short"])
    now = (ctx.anchor or date.today()).year % 100
    century = 20 if short <= now else 19
    return Norm(f"{century}{short // 10}", granularity="year", mod=_mod(g.get("mod")))


def century(g: dict, ctx: Context) -> Norm | None:
    """'the 20th century' -> 19."""
    word = _key(g["ord"])
    words = {"nineteenth": 19, "twentieth": 20, "twenty first": 21}
    n = words.get(word) or load_lexicon()["ordinals"].get(word)
    if n is None and re.match(r"\d+", word):
        n = int(re.match(r"\d+", word)[0])
    if not n or word == "last":
        return None
    return Norm(f"{n - 1:02d}", granularity="year")
