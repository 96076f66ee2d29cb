"""Resolvers for durations, sets, clock times and fixed references ('now', 'recently')."""
from __future__ import annotations

from .lexicon import load_lexicon
from .resolve import Context, Norm, _key, _mod, _unit, parse_number

_VAGUE_CONTEXT = {"for", "in", "within", "over", "the", "recent", "coming", "past", "last", "next", "few", "several",
                  "many", "of", "after", "before", "nearly", "almost", "about"}


def duration_value(n: int | str, unit: str) -> str | None:
    """TIMEX3 duration: (2, 'year') -> 'P2Y', (3, 'hour') -> 'PT3H', ('X', 'week') -> 'PXW'."""
    spec = load_lexicon()["units"].get(unit)
    if spec is None:
        return None
    code = spec["code"]
    if isinstance(n, int):
        if code == "DE":
            n, code = n * 10, "Y"
        elif code == "CE":
            n, code = n * 100, "Y"
        elif code == "W2":
            n, code = n * 2, "W"
        elif code == "WE":
            return None
    elif code in ("DE", "CE", "W2", "WE"):
        code = {"DE": "DE", "CE": "CE", "W2": "W", "WE": "WE"}[code]
    if code.startswith("T"):
        return f"PT{n}{code[1:]}"
    return f"P{n}{code}"


def duration(g: dict, ctx: Context) -> Norm | None:
    """'three years', 'the past two months', 'a two-year term', 'the first nine months'."""
    n = parse_number(g["n"])
    unit = _unit(g["unit"])
    if n is None or (isinstance(n, int) and n > 5000) or "." in g["n"]:
        return None
    value = duration_value(n, unit)
    if value is None or (unit == "quarter" and "-" in g[0]):
        return None  # "three-quarters" is a fraction
    return Norm(value, type="DURATION", granularity="other", mod=_mod(g.get("mod")))


def duration_vague(g: dict, ctx: Context) -> Norm | None:
    """'years', 'recent months', 'the coming weeks' (only after a cue: 'for years', 'in recent years')."""
    rel = _key(g.get("rel"))
    unit = _unit(g["unit"])
    if rel == "recent" and unit in ("year", "decade"):
        return Norm("PAST_REF", granularity="other", anchored=ctx.anchor is not None)
    if not rel and ctx.before not in _VAGUE_CONTEXT:
        return None
    value = duration_value("X", unit)
    return Norm(value, type="DURATION", granularity="other") if value else None


def set_(g: dict, ctx: Context) -> Norm | None:
    """'every week', 'each Monday', 'daily', 'twice a year'."""
    if g.get("setw"):
        return Norm(load_lexicon()["sets"][_key(g["setw"])], type="SET", granularity="other")
    every = _key(g["every"])
    if every == "a" and ctx.before not in ("times", "once", "twice", "thrice"):
        return None
    if g.get("wd"):
        wd = load_lexicon()["weekdays"][_key(g["wd"])]
        return Norm(f"XXXX-WXX-{wd}", type="SET", granularity="other")
    if g.get("season"):
        code = load_lexicon()["seasons"][_key(g["season"])]
        return Norm(f"XXXX-{code}", type="SET", granularity="other")
    n = parse_number(g["n"]) if g.get("n") else 1
    value = duration_value(n if isinstance(n, int) else 1, _unit(g["unit"]))
    return Norm(value, type="SET", granularity="other") if value else None


def clock(g: dict, ctx: Context) -> Norm | None:
    """'3 p.m.', '10:30 a.m. EST', 'noon' on the anchor's day (TIMEX3 TIME)."""
    word = _key(g.get("word"))
    if word:
        hh, mi = (24, 0) if word == "midnight" else (12, 0)
    else:
        hh, mi = int(g["hh"]), int(g.get("mi") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return Norm(f"{day}T{hh:02d}:{mi:02d}", type="TIME", granularity="other", anchored=ctx.anchor is not None)


def fixed(g: dict, ctx: Context) -> Norm | None:
    """'now', 'currently' -> PRESENT_REF; 'recently' -> PAST_REF; 'the future' -> FUTURE_REF."""
    key = _key(g["fixed"])
    lex = load_lexicon()
    if key in lex["fixed_weak"] and not ctx.in_entity:
        return None
    return Norm(lex["fixed"][key], granularity="other", anchored=ctx.anchor is not None)


def clock_weekday(g: dict, ctx: Context) -> Norm | None:
    """'9 a.m. Tuesday', 'noon Thursday', 'Friday at 5 p.m.': the clock time on that weekday."""
    from .relative import weekday

    day = weekday({"wd": g["wd"]}, ctx)
    time = clock(g, Context(None))
    if day is None or time is None or ctx.anchor is None:
        return None
    return Norm(day.value + time.value[len("XXXX-XX-XX"):], type="TIME", granularity="other", anchored=True)
