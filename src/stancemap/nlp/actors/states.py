"""US state legislatures: "the S.C. House", "the state Senate", and "the Legislature" in a state story.

Local news names its legislature without its state ("the House approved a 50-cent increase"). Read as
the US House, or as a placeless ``org:house``, such a row can be neither found nor told apart from the
same chamber of another state. This module gives the chamber its state:

- a chamber named with its state, by name or AP abbreviation ("Ohio Senate", "S.C. House",
  "W.Va. Legislature"), is that state's chamber, ``org:<state>-<chamber>``;
- a bare chamber ("the House", "the state Senate", "the Legislature", "the General Assembly") is the
  chamber of the story's *home state* (:func:`home_state`); in a story that also speaks of Congress,
  a bare "House" or "Senate" stays federal ("the state Senate" and "the Legislature" do not).

A home state needs a story that speaks of a state legislature ("state lawmakers", "the Legislature",
"Ohio lawmakers"), a clear lead over any other state, and no other country at its centre; "Washington",
"Georgia" and abbreviations that are also titles or words ("Del.", "Mass.") count only in context.

"House of Representatives" and "House of Delegates" are the state's "House"; "Legislature" and "General
Assembly" are one body; "Assembly" (New York's, California's lower chamber) stays itself. Names and
abbreviations are in ``data/kb/us_states.yaml``.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import yaml
from spacy.tokens import Doc, Span

from .kb import KB_DIR, normalise, slugify

#: spans of these kinds, longer than the state name inside them, are other names ("New York Times")
_OTHER_NAMES = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "NORP"})
#: characters at the start of a story (its headline and dateline), where a state name weighs double
_LEAD_CHARS = 150
#: a state named with its chamber, lawmakers or governor weighs this much more than a bare mention
_EXPLICIT_WEIGHT = 3
#: the least score of a home state
_MIN_SCORE = 3
#: words that speak of a state legislature ("legislators" alone does not: "legislators from farm states")
_STATE_LEVEL = re.compile(
    r"\b[Ss]tate (?:House|Senate|[Ll]awmakers|[Ll]egislators|[Ll]egislature|[Ss]enators?|[Rr]epresentatives?"
    r"|Sen\.|Rep\.)|\bLegislature\b|\bGeneral Assembly\b|\b[Ss]tatehouse\b")
#: after a state's name: its legislature (which also says the story speaks of one) or its governor
_EXPLICIT_LEGISLATURE = re.compile(r"\s+(?:[Ss]tate\s+)?(?:House|Senate|Legislature|General Assembly|Assembly"
                                   r"|[Ll]awmakers|[Ll]egislators)\b")
_EXPLICIT_GOVERNOR = re.compile(r"\s+(?:Gov\.|Governor|[Gg]overnor)\b")
#: a dateline's city right before its state ("CHARLESTON, W.Va.")
_DATELINE = re.compile(r"(?:^|\n|\.\s)[A-Z][A-Z .'-]+,\s*$")
#: chambers Congress shares its names with
_FEDERAL_NAMES = frozenset({"House", "Senate"})
#: words that speak of Congress: its name, its chambers or members named as federal, a Senate race or seat
_FEDERAL = re.compile(r"\bCongress\b|\bcongressional\b|\bU\.?S\.? (?:House|Senate|Sen\.|Rep\.|[Ss]enator"
                      r"|[Rr]epresentative)|\bUnited States (?:House|Senate)\b|\bCapitol Hill\b"
                      r"|\bSenate (?:race|campaign|seat|re-?election|candidate|nominee|majority|bid)s?\b"
                      r"|\([RDI]-[A-Z]{2}\)")
#: words after a state's chamber that make it a federal race or delegation ("the Ohio Senate race")
_FEDERAL_AFTER = frozenset({"race", "races", "seat", "seats", "campaign", "candidate", "candidates", "nominee",
                            "delegation", "primary", "contest", "bid", "district", "districts"})
#: abbreviations that are also titles or words ("Del. Ann Roe", "attended Mass.", "Pa."): a state only after a
#: comma ("Dover, Del.") or a party ("R-Ind.")
_AMBIGUOUS_ABBREVIATIONS = frozenset({"Del.", "Mass.", "Miss.", "Ind.", "Pa.", "La.", "Mo.", "Ore.", "Wash."})
#: a story about the United Nations: its "General Assembly" is no legislature
_UNITED_NATIONS = re.compile(r"\b(?i:united nations)\b|\bU\.N\.|\bUN\b")


@dataclass(frozen=True)
class UsState:
    """A US state, by name; its ``slug`` starts the ids of its chambers (``org:south-carolina-house``)."""

    name: str

    @property
    def slug(self) -> str:
        return slugify(self.name)


@dataclass(frozen=True)
class StateContext:
    """What a document says about US states: its home state, and whether it also speaks of Congress (or of
    the United Nations, whose "General Assembly" is no state's)."""

    home: UsState | None = None
    federal: bool = False
    united_nations: bool = False


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, UsState], dict[str, str], re.Pattern]:
    data = yaml.safe_load((KB_DIR / "us_states.yaml").read_text("utf-8"))
    forms: dict[str, UsState] = {}
    for name, abbreviations in data["states"].items():
        state = UsState(name)
        for form in [name, *abbreviations]:
            forms[form] = state
    pattern = re.compile(r"(?<![A-Za-z.])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![A-Za-z])")
    return forms, dict(data["chambers"]), pattern


def state_named(text: str) -> UsState | None:
    """The state a written form names exactly ("South Carolina", "S.C."), else None."""
    return _gazetteer()[0].get(text.strip())


def state_forms(state: UsState) -> list[str]:
    """The written forms of a state: its name and its AP abbreviations ("Wisconsin", "Wis.")."""
    return [form for form, named in _gazetteer()[0].items() if named == state]


def _counts_as_state(doc: Doc, start: int, end: int, form: str) -> bool:
    """False for a state name inside a longer name ("New York Times", "Ohio State University", "Kansas City"),
    for the ambiguous "Washington" (the capital, unless "Washington state"), "Georgia" (the country, unless
    the story names Atlanta or "Ga.") and abbreviations that are also titles or words ("Del. Ann Roe")."""
    text = doc.text
    if form == "Washington":
        return text[end:end + 6] == " state"
    if form == "Georgia" and "Atlanta" not in text and "Ga." not in text:
        return False
    if form in _AMBIGUOUS_ABBREVIATIONS and not re.search(r"(?:,|\b[RDI]-)\s*$", text[max(0, start - 3):start]):
        return False
    if re.match(r"\s+City\b", text[end:end + 6]):
        return False
    return not any(e.label_ in _OTHER_NAMES and e.start_char <= start and e.end_char >= end
                   and (e.start_char, e.end_char) != (start, end) for e in doc.ents)


def home_state(doc: Doc) -> StateContext:
    """The state a story is about, when it speaks of a state legislature.

    Each mention of a state by name or abbreviation scores 1 (2 in the first ``_LEAD_CHARS`` characters),
    and ``_EXPLICIT_WEIGHT`` more when it names that state's chamber, lawmakers or governor ("Ohio
    lawmakers", "S.C. House", "Ohio Gov.") or stands in the dateline ("CHARLESTON, W.Va. --"). The home
    state is the one strictly ahead with at least ``_MIN_SCORE``, in a story that speaks of a state
    legislature at all ("state lawmakers", "the Legislature", "Ohio lawmakers"; a governor is not enough).
    ``federal`` tells whether the story also speaks of Congress: its name, a Senate race or seat, a member
    named as federal ("U.S. Sen.") or by a member's tag ("Sen. Ann Roe (D-Ill.)").
    """
    forms, chambers, pattern = _gazetteer()
    text = doc.text
    scores: Counter = Counter()
    united_nations = bool(_UNITED_NATIONS.search(text))
    legislature = any(not (united_nations and m.group(0) == "General Assembly") for m in _STATE_LEVEL.finditer(text))
    for match in pattern.finditer(text):
        form = match.group(1)
        state = forms[form]
        counts = _counts_as_state(doc, match.start(), match.end(), form)
        if _EXPLICIT_LEGISLATURE.match(text, match.end()) and (counts or form not in ("Washington", "Georgia")):
            scores[state] += _EXPLICIT_WEIGHT  # "Mass. legislators", "Washington state lawmakers"
            legislature = True
        elif not counts:
            continue
        elif _EXPLICIT_GOVERNOR.match(text, match.end()) or _DATELINE.search(text, 0, match.start()) \
                and match.start() < _LEAD_CHARS:
            scores[state] += _EXPLICIT_WEIGHT  # "Ohio Gov.", "CHARLESTON, W.Va. --"
        scores[state] += 2 if match.start() < _LEAD_CHARS else 1
    federal = bool(_FEDERAL.search(text) or _party_tag().search(text))
    if not scores or not legislature:
        return StateContext(None, federal, united_nations)
    ranked = scores.most_common(2)
    top, score = ranked[0]
    if score < _MIN_SCORE or len(ranked) > 1 and ranked[1][1] == score:
        return StateContext(None, federal, united_nations)
    return StateContext(top, federal, united_nations)


@functools.lru_cache(maxsize=1)
def _party_tag() -> re.Pattern:
    """A member of Congress's tag: party and state ("(D-Ill.)", "R-Texas") or the state alone ("(Ky.)")."""
    forms = "|".join(re.escape(f) for f in sorted(_gazetteer()[0], key=len, reverse=True))
    return re.compile(r"\b[RDI]-(?:" + forms + r")(?![A-Za-z])|\((?:" + forms + r")\)")


def state_chamber(span: Span, context: StateContext,
                  foreign: Callable[[], bool] = lambda: False) -> tuple[str, str] | None:
    """``(id, name)`` of the state chamber a span names, else None.

    "S.C. House" / "the Ohio Senate" / "New York State Senate": the named state's chamber, unless a race,
    seat or delegation follows ("the Ohio Senate race"); "Washington" and "Georgia" only in a story about
    that state. "the House" / "the Senate": the home state's, unless the story speaks of Congress too.
    "the state Senate" / "the Legislature" / "the General Assembly": the home state's, even then (not the
    United Nations' "General Assembly"). ``foreign()`` (asked only of a bare chamber in a story with a home
    state) tells whether the chamber is another country's ("Mexico's Senate") or the story is about another
    country, where no bare chamber is a state's.
    """
    forms, chambers, _ = _gazetteer()
    words = re.sub(r"^(?:the|a)\s+", "", " ".join(span.text.split()), flags=re.I)
    words = re.sub(r"['\u2019]s?$", "", words).split()
    if not words or not words[0][:1].isupper():
        return None  # "the house": a building
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _FEDERAL_AFTER:
        return None  # "the Ohio Senate race", "the Texas House delegation"
    for n in (2, 1):
        state = forms.get(" ".join(words[:n]))
        if state is not None and len(words) > n:
            if state.name in ("Washington", "Georgia") and context.home != state:
                return None  # "Washington" is mostly the capital, "Georgia" may be the country
            rest = normalise(" ".join(words[n:])).removeprefix("state ")
            return _chamber(state, chambers.get(rest))
    key = normalise(" ".join(words))
    stated = key.startswith("state ") or span.start > 0 and doc[span.start - 1].lower_ == "state"
    key = key.removeprefix("state ")
    if key not in chambers or context.home is None or foreign():
        return None
    if context.federal and not stated and chambers[key] in _FEDERAL_NAMES:
        return None  # "the Senate" in a story that speaks of Congress; Congress is never "the Legislature"
    if context.united_nations and key in ("assembly", "general assembly"):
        return None
    return _chamber(context.home, chambers[key])


def _chamber(state: UsState, chamber: str | None) -> tuple[str, str] | None:
    if chamber is None:
        return None
    return f"org:{state.slug}-{slugify(chamber)}", f"{state.name} {chamber}"
