"""Resolvers for expressions computed from the anchor: weekdays, 'last week', 'two years ago'..."""
from __future__ import annotations

from datetime import date, timedelta

from . import calendar as cal
from .lexicon import load_lexicon
from .resolve import Context, Norm, _key, _mod, _pick, _unit, parse_number

_GRANULARITY = {"day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "quarter",
                "year": "year", "decade": "year", "century": "year", "fortnight": "week"}


def _offset(word: str | None) -> int | None:
    key = _key(word)
    if key in ("latest", "this past"):
        return -1
    return load_lexicon()["relational"].get(key)


def _part_code(word: str | None) -> str | None:
    return load_lexicon()["day_parts"].get(_key(word)) if word else None


def _day(day: date, part: str | None, anchored: bool = True) -> Norm:
    code = _part_code(part)
    if code:
        return Norm(f"{day.isoformat()}T{code}", type="TIME", granularity="other", anchored=anchored)
    return Norm(day.isoformat(), anchored=anchored)


def weekday(g: dict, ctx: Context) -> Norm | None:
    """'Friday', 'last Friday', 'next Friday', 'Friday night': tense gives the direction."""
    word = g["wd"]
    if not word[0].isupper():
        return None
    wd = load_lexicon()["weekdays"][_key(word)]
    if ctx.anchor is None:
        return Norm(f"XXXX-WXX-{wd}", granularity="day")
    back = (ctx.anchor.isoweekday() - wd) % 7
    ahead = (wd - ctx.anchor.isoweekday()) % 7
    rel = _key(g.get("rel"))
    if rel in ("last", "past", "previous", "this past"):
        delta = -(back or 7)
    elif rel in ("next", "coming", "following", "upcoming"):
        delta = ahead or 7
    elif rel == "this":
        delta = wd - ctx.anchor.isoweekday()  # the day of the current ISO week
    elif rel:
        return None
    elif ctx.direction < 0:
        delta = -back
    elif ctx.direction > 0:
        delta = ahead
    else:
        delta = -back if back <= ahead else ahead
    return _day(ctx.anchor + timedelta(days=delta), g.get("part"))


def relative_day(g: dict, ctx: Context) -> Norm | None:
    """'today', 'yesterday', 'tomorrow', 'tonight', 'the day before yesterday'."""
    key = _key(g["relday"])
    delta = load_lexicon()["relative_days"][key]
    delta += {"before": -1, "after": 1}.get(_key(g.get("pre")), 0)
    if ctx.anchor is None:
        return Norm("PRESENT_REF" if delta == 0 and key == "today" else "XXXX-XX-XX", granularity="other")
    return _day(ctx.anchor + timedelta(days=delta), "night" if key == "tonight" else None)


def relative_part(g: dict, ctx: Context) -> Norm | None:
    """'this morning', 'last night', 'tomorrow afternoon'."""
    rel = _key(g["rel"])
    if rel == "last" and _key(g["part"]) not in ("night",):
        return None  # "last evening" is rare; "last morning" is no date
    delta = {"this": 0, "today": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if ctx.anchor is None:
        return None
    return _day(ctx.anchor + timedelta(days=delta), g["part"])


def ago(g: dict, ctx: Context) -> Norm | None:
    """'two years ago', 'a week earlier', 'three days later' (counted from the anchor)."""
    n = parse_number(g["n"])
    unit = _unit(g["unit"])
    if unit not in _GRANULARITY or n is None:
        return None
    sign = -1 if _key(g["dir"]) in ("ago", "earlier", "before") else 1
    if n == "X":
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF", granularity="other", anchored=ctx.anchor is not None)
    if ctx.anchor is None:
        return None
    day = cal.shift(ctx.anchor, unit, sign * int(n))
    value = cal.value_at(day, "week" if unit in ("weekend", "fortnight") else unit)
    return Norm(value, granularity=_GRANULARITY[unit], mod=_mod(g.get("mod")), anchored=True)


def year_ago_adj(g: dict, ctx: Context) -> Norm | None:
    """'year-earlier', 'the year-ago quarter': the same period one unit before the anchor's."""
    if ctx.anchor is None:
        return None
    unit = _unit(g["unit"])
    what = _unit(g.get("what")) or unit
    day = cal.shift(ctx.anchor, unit, -1)
    if what == "quarter" and ctx.direction < 0:
        day = cal.shift(day, "quarter", -1)
    target = what if what in _GRANULARITY else unit
    return Norm(cal.value_at(day, target), granularity=_GRANULARITY[target], anchored=True)


def relational(g: dict, ctx: Context) -> Norm | None:
    """'last week', 'this year', 'next month', 'earlier this year', 'late last year'."""
    unit = _unit(g["unit"])
    offset = _offset(g["rel"])
    if offset is None or unit not in _GRANULARITY:
        return None
    mod = _mod(g.get("mod")) or {"earlier": "START", "later": "END"}.get(_key(g.get("edge")))
    if g.get("the") and _key(g["rel"]) == "past":
        return Norm(f"P1{cal_code(unit)}", type="DURATION", granularity="other")
    if ctx.anchor is None:
        return Norm({-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[offset], granularity="other")
    day = cal.shift(ctx.anchor, unit, offset)
    return Norm(cal.value_at(day, unit), granularity=_GRANULARITY[unit], mod=mod, anchored=True)


def cal_code(unit: str) -> str:
    """TIMEX3 duration letter(s) of a unit: 'year' -> 'Y', 'hour' -> 'TH' (with its T)."""
    return load_lexicon()["units"][unit]["code"]


def the_unit(g: dict, ctx: Context) -> Norm | None:
    """'the week', 'the quarter', 'the year' (when spaCy also read a date there): the current one."""
    if not ctx.in_entity or ctx.anchor is None:
        return None
    unit = _unit(g["unit"])
    day = ctx.anchor
    if unit == "quarter" and ctx.direction < 0:
        day = cal.shift(day, "quarter", -1)  # a quarter talked about in the past is the last complete one
    return Norm(cal.value_at(day, unit), granularity=_GRANULARITY[unit], anchored=True)


def quarter(g: dict, ctx: Context) -> Norm | None:
    """'the first quarter', 'third-quarter', 'Q2 2024', 'the second half of 2023'."""
    letter = "H" if _key(g.get("half")) == "half" else "Q"
    if g.get("q"):
        n = int(g["q"][1])
    else:
        word = _key(g["ord"])
        if word == "last":
            return _previous_period(letter, ctx)
        n = load_lexicon()["ordinals"].get(word) or (int(word[0]) if word[0].isdigit() else None)
    if not n or n > (2 if letter == "H" else 4):
        return None
    granularity = "quarter" if letter == "Q" else "other"
    explicit = g.get("y") or g.get("y2")
    if explicit:
        return Norm(f"{int(explicit):04d}-{letter}{n}", granularity=granularity)
    if ctx.anchor is None:
        return Norm(f"XXXX-{letter}{n}", granularity=granularity)
    rel = _key(g.get("rel"))
    if rel in ("year earlier", "year ago", "last", "previous"):
        return Norm(f"{ctx.anchor.year - 1:04d}-{letter}{n}", granularity=granularity, anchored=True)
    if rel in ("next", "coming"):
        return Norm(f"{ctx.anchor.year + 1:04d}-{letter}{n}", granularity=granularity, anchored=True)
    options = []
    for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        first = date(y, (n - 1) * (3 if letter == "Q" else 6) + 1, 1)
        options.append((first, cal.add_months(first, 3 if letter == "Q" else 6) - timedelta(days=1)))
    direction = ctx.direction if ctx.direction else -1  # "the third quarter" is usually a reported one
    day = _pick(ctx.anchor, direction, options)
    return Norm(f"{day.year:04d}-{letter}{n}", granularity=granularity, anchored=True)


def _previous_period(letter: str, ctx: Context) -> Norm | None:
    if ctx.anchor is None or letter != "Q":
        return None
    day = cal.shift(ctx.anchor, "quarter", -1)
    return Norm(cal.value_at(day, "quarter"), granularity="quarter", anchored=True)


def season(g: dict, ctx: Context) -> Norm | None:
    """'this summer', 'last fall', 'spring 2022'."""
    code = load_lexicon()["seasons"][_key(g["season"])]
    mod = _mod(g.get("mod"))
    if g.get("y"):
        return Norm(f"{int(g['y']):04d}-{code}", granularity="other", mod=mod)
    offset = _offset(g.get("rel")) if g.get("rel") else None
    if offset is None and not (ctx.in_entity and g[0].lower().startswith("the")):
        return None
    if ctx.anchor is None:
        return Norm(f"XXXX-{code}", granularity="other", mod=mod)
    return Norm(f"{ctx.anchor.year + (offset or 0):04d}-{code}", granularity="other", mod=mod, anchored=True)
