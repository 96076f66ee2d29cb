"""Collective plurals: a holder named as a party's members ("Democrats insist ...", "The Republicans who
have called on Trump to quit:") is those members, not a position the party took (its leaders and statements
are); nor is a former insider ("one former GOP leadership aide").  One test for every finder that meets a
holder phrase."""
from __future__ import annotations

import functools
import re

from .lexicon import load_lexicon

#: capitalised words that may open a collective plural ("Senate Republicans", "Many Democrats")
MODIFIERS = frozenset({"Senate", "House", "Congressional", "The", "Many", "Most", "Some", "More", "Other",
                       "Several", "Few", "Two", "Three", "Prominent", "Top", "Leading", "A", "An", "Even", "All",
                       "Both", "Those", "These", "Only", "GOP", "Democratic", "Republican", "Party"})
_RELATIVE = frozenset({"who", "which", "that"})
#: a relative pronoun that closes a holder phrase ("Republicans who", "House members that")
_TRAILING_RELATIVE = re.compile(r"\s+(?:who|which|that)\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def collective_plurals() -> frozenset[str]:
    """The plurals that name a party's members ("democrats", "republicans"), lowercase."""
    return frozenset(str(w).lower() for w in load_lexicon("stance").get("collective_plurals", []))


def is_collective(phrase: str) -> bool:
    """True when ``phrase`` names a collective plural, with only lowercase words or :data:`MODIFIERS` before
    it ("Many Democrats", "Senate Republicans, who hold a majority,", "A chorus of prominent Republicans",
    "House members who", "pro-life members of the Democrat Party")."""
    phrase = _TRAILING_RELATIVE.sub("", phrase.split(",")[0])
    # "pro-life members of the Democrat Party": the head comes before "of"
    return any(_plural_head(part.split()) for part in (phrase, phrase.split(" of ")[0]))


def _plural_head(words: list[str]) -> bool:
    # "a spokesman for Senate Republicans" is one person who speaks for them
    return bool(words) and words[-1].lower().strip(".:;") in collective_plurals() and all(
        (w.islower() or w in MODIFIERS) and w.lower().rstrip("s") not in _offices() for w in words[:-1])


@functools.lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("stance").get("office_nouns", []))


def is_former_insider(phrase: str) -> bool:
    """True when ``phrase`` names one former holder of a post ("one former GOP leadership aide", "a former
    party official"): whoever that is no longer speaks for the body."""
    words = [w.strip(".:;") for w in phrase.split(",")[0].lower().split()]
    if "former" not in words:
        return False
    at = words.index("former")
    if any(_office(w) for w in words[:at]):
        return False  # "the chairman of the committee and former senator" holds a post now
    run = []
    for w in words[at + 1:]:
        if w in ("who", "which", "that"):
            return False  # "a former senator who now chairs the committee" may hold a post now
        if w in _RUN_ENDS or w.endswith(("'s", "’s")):
            break  # "the former Soviet Union's minister"
        run.append(w)
    return bool(run) and _office(run[-1])


_RUN_ENDS = frozenset({"and", "or", "of", "for", "at", "in", "with", "to"})


def _office(word: str) -> bool:
    """An office noun or its regular plural ("aides"; not "chairs", which reads as a verb)."""
    return word in _offices() or (word.endswith("s") and word[:-1] in _offices() and word != "chairs")


def holder_phrase(text: str, start: int, end: int, floor: int) -> str:
    """The words that name a holder at ``text[start:end]``; for a relative pronoun ("The Republicans who
    have called ..."), the phrase it refers back to, after the last comma and not before ``floor``."""
    phrase = text[start:end]
    if phrase.strip().lower() in _RELATIVE:
        return text[max(floor, start - 80):start].rsplit(",", 1)[-1]
    return phrase
