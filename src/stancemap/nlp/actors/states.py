"""US state legislatures: "the S.C. House", "the state Senate", and "the Legislature" in a state story.

Local news names its legislature without its state ("the House approved a 50-cent increase"). Read as
the US House, or as a placeless ``org:house``, such a row can be neither found nor told apart from the
same chamber of another state. This module gives the chamber its state:

- a chamber named with its state, by name or AP abbreviation ("Ohio Senate", "S.C. House",
  "W.Va. Legislature"), is that state's chamber, ``org:<state>-<chamber>``;
- a bare chamber ("the House", "the state Senate", "the Legislature", "the General Assembly") is the
  chamber of the story's *home state* (:func:`home_state`); in a story that also speaks of Congress,
  a bare "House" or "Senate" stays federal ("the state Senate" and "the Legislature" do not).

The lower chamber is "House" whatever the state calls it ("House of Delegates"); "Legislature" and
"General Assembly" are one body. Names and abbreviations are in ``data/kb/us_states.yaml``.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

import yaml
from spacy.tokens import Doc, Span

from .kb import KB_DIR, normalise, slugify

#: spans of these kinds, longer than the state name inside them, are other names ("New York Times")
_OTHER_NAMES = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "NORP"})
#: characters of the headline and dateline, where a state name weighs double
_LEAD_CHARS = 300
#: a state named with its chamber, lawmakers or governor weighs this much more than a bare mention
_EXPLICIT_WEIGHT = 3
#: words that speak of a state legislature
_STATE_LEVEL = re.compile(
    r"\bstate (?:House|Senate|[Ll]awmakers|[Ll]egislators|[Ll]egislature|[Ss]enators?|[Rr]epresentatives?|Sen\.|Rep\.)"
    r"|\bLegislature\b|\bGeneral Assembly\b|\b[Ss]tatehouse\b|\b[Ll]egislators\b")
#: after a state's name: its legislature (which also says the story speaks of one) or its governor
_EXPLICIT_LEGISLATURE = re.compile(r"\s+(?:[Ss]tate\s+)?(?:House|Senate|Legislature|General Assembly|Assembly"
                                   r"|[Ll]awmakers|[Ll]egislators)\b")
_EXPLICIT_GOVERNOR = re.compile(r"\s+(?:Gov\.|Governor|[Gg]overnor)\b")
#: words that speak of Congress: its name, its chambers named as federal, a Senate race or seat
#: chambers Congress shares its names with
_FEDERAL_NAMES = frozenset({"House", "Senate"})
_FEDERAL = re.compile(r"\bCongress\b|\bcongressional\b|\bU\.?S\.? (?:House|Senate)\b"
                      r"|\bUnited States (?:House|Senate)\b|\bCapitol Hill\b"
                      r"|\bSenate (?:race|campaign|seat|re-?election|candidate|nominee|majority|bid)s?\b")


@dataclass(frozen=True)
class UsState:
    """A US state, by name; its ``slug`` starts the ids of its chambers (``org:south-carolina-house``)."""

    name: str

    @property
    def slug(self) -> str:
        return slugify(self.name)


@dataclass(frozen=True)
class StateContext:
    """What a document says about US states: its home state, and whether it also speaks of Congress."""

    home: UsState | None = None
    federal: bool = False


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


def _counts_as_state(doc: Doc, start: int, end: int, form: str) -> bool:
    """False for a state name inside a longer name ("New York Times", "Ohio State University"), for the
    ambiguous "Washington" (the capital, unless "Washington state") and for "Georgia" in a story about
    the country."""
    if form == "Washington":
        return doc.text[end:end + 6] == " state"
    if form == "Georgia" and ("Tbilisi" in doc.text or "Georgian" in doc.text):
        return False
    return not any(e.label_ in _OTHER_NAMES and e.start_char <= start and e.end_char >= end
                   and (e.start_char, e.end_char) != (start, end) for e in doc.ents)


def home_state(doc: Doc) -> StateContext:
    """The state a story is about, when it speaks of a state legislature.

    Each mention of a state by name or abbreviation scores 1 (2 in the headline or dateline), and
    ``_EXPLICIT_WEIGHT`` more when it names that state's chamber, lawmakers or governor ("Ohio lawmakers",
    "S.C. House", "Ohio Gov."). The home state is the one strictly ahead with at least 2, in a story that
    speaks of a state legislature at all ("state lawmakers", "the Legislature", "Ohio lawmakers"; a governor
    is not enough). ``federal`` tells whether the story also speaks of Congress: its name, a Senate race or
    seat, or a member's tag ("Sen. Ann Roe (D-Ill.)").
    """
    forms, chambers, pattern = _gazetteer()
    text = doc.text
    scores: Counter = Counter()
    legislature = bool(_STATE_LEVEL.search(text))
    for match in pattern.finditer(text):
        form = match.group(1)
        state = forms[form]
        if _EXPLICIT_LEGISLATURE.match(text, match.end()):
            scores[state] += _EXPLICIT_WEIGHT
            legislature = True
        elif _EXPLICIT_GOVERNOR.match(text, match.end()):
            scores[state] += _EXPLICIT_WEIGHT
        elif not _counts_as_state(doc, match.start(), match.end(), form):
            continue
        scores[state] += 2 if match.start() < _LEAD_CHARS else 1
    federal = bool(_FEDERAL.search(text) or _party_tag().search(text))
    if not scores or not legislature:
        return StateContext(None, federal)
    ranked = scores.most_common(2)
    top, score = ranked[0]
    if score < 2 or len(ranked) > 1 and ranked[1][1] == score:
        return StateContext(None, federal)
    return StateContext(top, federal)


@functools.lru_cache(maxsize=1)
def _party_tag() -> re.Pattern:
    """A member of Congress's tag: party and state ("(D-Ill.)", "R-Texas") or the state alone ("(Ky.)")."""
    forms = "|".join(re.escape(f) for f in sorted(_gazetteer()[0], key=len, reverse=True))
    return re.compile(r"\b[RDI]-(?:" + forms + r")(?![A-Za-z])|\((?:" + forms + r")\)")


def state_chamber(span: Span, context: StateContext) -> tuple[str, str] | None:
    """``(id, name)`` of the state chamber a span names, else None.

    "S.C. House" / "the Ohio Senate" / "New York State Senate": the named state's chamber, always.
    "the House" / "the Senate": the home state's, unless the story speaks of Congress too.
    "the state Senate" / "the Legislature" / "the General Assembly": the home state's, even then.
    """
    forms, chambers, _ = _gazetteer()
    words = re.sub(r"^(?:the|a)\s+", "", " ".join(span.text.split()), flags=re.I)
    words = re.sub(r"['\u2019]s?$", "", words).split()
    if not words or not words[0][:1].isupper():
        return None  # "the house": a building
    for n in (2, 1):
        state = forms.get(" ".join(words[:n]))
        if state is not None and len(words) > n:
            rest = normalise(" ".join(words[n:])).removeprefix("state ")
            return _chamber(state, chambers.get(rest))
    key = normalise(" ".join(words))
    doc = span.doc
    stated = key.startswith("state ") or span.start > 0 and doc[span.start - 1].lower_ == "state"
    key = key.removeprefix("state ")
    if key not in chambers or context.home is None:
        return None
    if context.federal and not stated and chambers[key] in _FEDERAL_NAMES:
        return None  # "the Senate" in a story that speaks of Congress; Congress is never "the Legislature"
    return _chamber(context.home, chambers[key])


def _chamber(state: UsState, chamber: str | None) -> tuple[str, str] | None:
    if chamber is None:
        return None
    return f"org:{state.slug}-{slugify(chamber)}", f"{state.name} {chamber}"
