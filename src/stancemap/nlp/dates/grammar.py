"""The patterns that find date expressions in text, built once from the date lexicon.

Each :class:`Rule` pairs a case-insensitive regular expression with the name of a resolver in
:mod:`.resolve`.  Macros such as ``{MONTH}`` expand to alternations of lexicon words; the rules are
ordered from specific to general, and overlapping matches are settled later (longest wins, then
rule order).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import load_lexicon


@dataclass(frozen=True)
class Rule:
    """A named pattern and the resolver that turns its match into a TIMEX3 value."""

    name: str
    pattern: re.Pattern[str]
    resolver: str


def _alt(words) -> str:
    """A regex alternation of words, longest first, spaces matching any blank run."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@functools.lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    """The regex building blocks, from the lexicon."""
    lex = load_lexicon()
    names = lex["months"]
    abbrevs = {m for m in names if any(o != m and o.startswith(m) and names[o] == names[m] for o in names)}
    months = [m + r"\.?" if m in abbrevs else m for m in names]
    month = "(?:" + "|".join(sorted(months, key=len, reverse=True)) + r")(?![\w])"
    need_dot = set(lex["weekday_abbrev_need_dot"])
    weekdays = [re.escape(w) + (r"\." if w in need_dot else "") for w in lex["weekdays"]]
    weekday = "(?:" + "|".join(sorted(weekdays, key=len, reverse=True)) + r")(?![\w])"
    units = "|".join(sorted(lex["units"], key=len, reverse=True))
    numword = _alt(k for k in lex["numbers"])
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units_num = "one|two|three|four|five|six|seven|eight|nine"
    return {
        "MONTH": month,
        "WEEKDAY": weekday,
        "DAYNUM": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])",
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d|\s*%)",
        "UNIT": rf"(?:{units}|centurie|centuries)s?",
        "NUM": rf"(?:\d+(?:\.\d+)?|(?:{tens})[\s-](?:{units_num})|{numword})",
        "ORD": _alt(lex["ordinals"]) + r"|[1-4](?:st|nd|rd|th)",
        "REL": _alt(lex["relational"]),
        "SEASON": _alt(lex["seasons"]),
        "PART": _alt(lex["day_parts"]),
        "MOD": _alt(lex["modifiers"]),
        "FIXED": _alt(lex["fixed"]),
        "SETW": _alt(lex["sets"]),
        "RELDAY": _alt(lex["relative_days"]),
    }


# (name, pattern, resolver): specific before general.  Named groups feed the resolvers.
_RULES: tuple[tuple[str, str, str], ...] = (
    ("iso-date", r"(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mi>\d\d))?", "absolute"),
    ("numeric-date", r"(?P<mo>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})(?![/\d])", "absolute"),
    ("month-day-year", r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s*(?P<d>{DAYNUM}),?\s+(?P<y>{YEAR})", "absolute"),
    ("day-month-year", r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAYNUM})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<y>{YEAR})", "absolute"),
    ("month-year", r"(?:(?P<mod>{MOD})[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})", "absolute"),
    ("month-day", r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mod>{MOD})[\s-]+)?(?P<month>{MONTH})\s*(?P<d>{DAYNUM})", "month_day"),
    ("day-month", r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAYNUM})\s+(?:of\s+)?(?P<month>{MONTH})", "month_day"),
    ("month", r"(?:(?P<mod>{MOD})[\s-]+)?(?P<month>{MONTH})", "month"),
    ("ago", r"(?:(?P<mod>{MOD})\s+)?(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|before|later|from\s+now|hence)", "ago"),
    ("year-ago-adj", r"(?:the\s+)?(?P<unit>year|month|quarter)[\s-](?P<dir>earlier|ago)(?:\s+(?P<what>period|quarter|month|year|level|levels))?", "year_ago_adj"),
    ("rel-part", r"(?P<rel>this|last|tomorrow|yesterday|today)\s+(?P<part>{PART})", "relative_part"),
    ("weekday", r"(?:(?P<rel>{REL})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?", "weekday"),
    ("rel-day", r"(?:the\s+day\s+(?P<pre>before|after)\s+)?(?P<relday>{RELDAY})", "relative_day"),
    ("quarter", r"(?:the\s+)?(?:(?P<rel>{REL}|latest|same|year-earlier|year-ago)\s+)?(?P<ord>{ORD})[\s-](?P<half>quarter|half)(?:\s*(?:of\s+|,\s*)?(?:(?P<y>{YEAR})|(?:fiscal\s+)?(?P<y2>{YEAR})))?", "quarter"),
    ("q-code", r"(?P<q>Q[1-4])(?:\s*(?P<y>{YEAR}))?", "quarter"),
    ("in-the-unit", r"(?:(?P<mod>{MOD})[\s-]+)?(?P<edge>earlier|later)\s+(?P<rel>this|last|next)\s+(?P<unit>week|month|year|quarter|decade|century)", "relational"),
    ("rel-unit", r"(?:(?P<mod>{MOD})[\s-]+)?(?:(?P<the>the)\s+)?(?P<rel>{REL}|latest|this\s+past)\s+(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal\s+year)(?![\w-])", "relational"),
    ("rel-season", r"(?:(?P<mod>{MOD})[\s-]+)?(?:(?P<rel>{REL}|this\s+past)\s+|the\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?", "season"),
    ("the-unit", r"(?P<the>the)\s+(?P<unit>week|month|quarter|year)(?![\w-])", "the_unit"),
    ("decade", r"(?:(?P<mod>{MOD})[\s-]+)?(?:the\s+)?(?:(?P<dec>1[5-9]\d0|20\d0)|'(?P<short>\d0))s", "decade"),
    ("century", r"(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|{ORD}|nineteenth|twentieth|twenty-first)[\s-]+century", "century"),
    ("fiscal-year", r"(?:(?P<mod>{MOD})[\s-]+)?(?:fiscal(?:\s+year)?\s+|FY\s*)(?P<y>{YEAR})", "year"),
    ("year", r"(?:(?P<mod>{MOD})[\s-]+)?(?P<y>{YEAR})(?![\w'’-])", "year"),
    ("duration", r"(?:(?P<mod>{MOD})\s+)?(?:the\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|final)\s+)?(?P<n>{NUM})[\s-](?P<unit>{UNIT})(?:[\s-]long)?(?![\s-]+old\b)", "duration"),
    ("duration-plural", r"(?:(?P<rel>recent|coming|past|the\s+past|the\s+coming|the\s+next|the\s+last)\s+)?(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)", "duration_vague"),
    ("clock-weekday", r"(?:(?P<hh>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)|(?P<word>noon|midnight|midday))(?:\s+(?P<tz>[ECMP][SD]?T|GMT|UTC))?(?:\s+on)?\s+(?P<wd>{WEEKDAY})", "clock_weekday"),
    ("weekday-clock", r"(?P<wd>{WEEKDAY})\s+(?:at\s+)?(?:(?P<hh>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)|(?P<word>noon|midnight))(?:\s+(?P<tz>[ECMP][SD]?T|GMT|UTC))?", "clock_weekday"),
    ("clock", r"(?P<hh>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?:\s+(?P<tz>[ECMP][SD]?T|GMT|UTC))?", "clock"),
    ("clock-24", r"(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s+(?P<tz>GMT|UTC|[ECMP][SD]T))", "clock"),
    ("noon", r"(?P<word>noon|midnight|midday)", "clock"),
    ("set", r"(?:(?P<every>every|each|per|a)\s+(?:(?P<n>{NUM})\s+)?(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})|(?P<season>{SEASON})))|(?P<setw>{SETW})", "set"),
    ("fixed", r"(?P<fixed>{FIXED})", "fixed"),
)


@functools.lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled rules (``stancemap.DateRules.v1``)."""
    defs = macros()
    out = []
    for name, raw, resolver in _RULES:
        body = re.sub(r"\{([A-Z]+)\}", lambda m: defs[m[1]], raw)
        pattern = re.compile(r"(?<![\w'’])" + body + r"(?![\w])", re.IGNORECASE)
        out.append(Rule(name, pattern, resolver))
    return tuple(out)
