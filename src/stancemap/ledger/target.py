"""The question's patient: what its action is good or bad for, and texts that take sides on it.

A question such as "NPR should lose its federal funding" or "The Affordable Care Act should be repealed"
asks for something bad for its patient (NPR, the ACA).  Texts often take a side on the patient without
naming the action: "Pelosi said she supports the Affordable Care Act" is against repealing it, "Senate
Republicans voted to defund NPR" is for taking its funding.  The effect of the question's action on the
patient is its *valence* (+/-effect verbs, Choi & Wiebe 2014): the stance is the text's attitude towards
the patient times that valence.

Only questions whose action is bad for the patient use this (valence -1): there an attitude for the
patient is clearly against the question.  An attitude against the patient counts only with a verb that
does the harm ("defund", "scrap", "get rid of"); criticism alone ("called the ACA a crazy system",
"criticised Trump") is not a call to repeal or to withdraw.  A question about a restriction ("lift the
embargo") is left to the restriction rules of :mod:`stancemap.ledger.polarity`.

Lexicon: ``negative_effect`` and ``positive_effect`` in ``data/lexicons/stance.yaml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..model import Question
from .lexicon import Phrase, Token, find_phrase, load_lexicon, phrases, stem, tokens

LEXICON = "stance"
_MODALS = frozenset({"should", "must", "ought", "may", "need", "needs"})
_SKIP = frozenset({"be", "to", "have", "been", "now", "immediately", "finally", "also", "still"})
_POSSESSIVES = frozenset(stem(w) for w in ("its", "his", "her", "their"))
_PARTICLES = frozenset({"out", "down", "aside", "off", "away"})
_PREPOSITIONS = frozenset(stem(w) for w in ("from", "of", "on", "in", "over", "for", "with", "to", "into", "at",
                                            "by", "under"))
_DETERMINERS = frozenset(stem(w) for w in ("the", "a", "an", "this", "that", "these", "those", "its", "his",
                                           "her", "their"))
#: words that end a noun phrase of the statement
_NP_END = frozenset(stem(w) for w in ("and", "or", "which", "who", "that", "because", "if", "unless", "so", "as",
                                      "than"))
#: last words of names that do not name the patient alone ("the Act", "the Union")
_GENERIC_HEADS = frozenset(stem(w) for w in (
    "act", "law", "bill", "union", "party", "states", "kingdom", "nations", "court", "house", "senate", "program",
    "programme", "plan", "service", "agency", "association", "council", "committee", "department", "ministry",
    "government", "treaty", "agreement", "deal", "accord", "pipeline", "project", "fund", "bank", "company"))


@dataclass(frozen=True)
class Target:
    """A question's patient and the valence of its action for it.

    ``names`` are the patient's word groups as stems: a text mentions the patient when it holds every stem
    of one group ("affordable care act" or "obamacare").
    """

    text: str
    names: tuple[tuple[str, ...], ...]
    valence: int
    #: last words of multi-word proper names that name the patient alone ("Menendez", "Parenthood")
    heads: frozenset[str] = frozenset()

    @property
    def animate(self) -> bool:
        """True when the patient looks like a person's name: opposing a person is no call to sanction them."""
        return bool(self.heads)


@functools.lru_cache(maxsize=1)
def effect_phrases() -> tuple[tuple[Phrase, int], ...]:
    """The +/-effect verbs with their sign, longest first."""
    out = [(p, -1) for p in phrases(LEXICON, "negative_effect")]
    out += [(p, 1) for p in phrases(LEXICON, "positive_effect")]
    return tuple(sorted(out, key=lambda x: -len(x[0].parts)))


def _effect_at(toks: list[Token], k: int) -> int:
    """The effect sign of the phrase starting at token ``k`` (0 when none starts there)."""
    for phrase, sign in effect_phrases():
        hits = find_phrase(phrase, toks[k:k + len(phrase.parts) + 3])
        if hits and hits[0][0] == 0:
            return sign
    return 0


def question_target(question: Question) -> Target | None:
    """The patient of the question's action when that action is bad for it, else None."""
    return _target(question.statement)


@functools.lru_cache(maxsize=256)
def _target(statement: str) -> Target | None:
    toks = tokens(statement)
    modal = next((k for k, t in enumerate(toks) if t.stem in _MODALS), None)
    if modal is None or modal == 0:
        return None
    k = modal + 1
    passive = False
    while k < len(toks) and (toks[k].stem in _SKIP or statement[toks[k].start:toks[k].end].lower().endswith("ly")):
        passive = passive or toks[k].stem == "be"
        k += 1
    if k >= len(toks) or _effect_at(toks, k) >= 0:
        return None
    if _restricts(statement):
        return None  # the restriction rules compose these ("lift its embargo")
    subject = statement[:toks[modal].start]
    rest = toks[k + 1:]
    if passive or not rest or rest[0].stem in _PARTICLES or rest[0].stem in _POSSESSIVES \
            or rest[0].stem in _PREPOSITIONS - {"from"}:
        patient = subject  # "the ACA should be repealed", "X should step down", "NPR should lose its funding"
    else:
        if rest[0].stem == "from":
            rest = rest[1:]
        end = next((i for i, t in enumerate(rest) if t.stem in _NP_END or t.stem in _PREPOSITIONS), len(rest))
        if not end:
            return None
        patient = statement[rest[0].start:rest[end - 1].end]
    names = _names(patient)
    return Target(patient.strip(), names, -1, _surnames(patient)) if names else None


def _restricts(statement: str) -> bool:
    toks = tokens(statement)
    return any(find_phrase(p, toks) for p in phrases(LEXICON, "restriction"))


_GROUPS = re.compile(r"[(),;]|\bor\b|\band\b")


def _names(patient: str) -> tuple[tuple[str, ...], ...]:
    """Word groups naming the patient: each parenthesised or coordinated part, without determiners."""
    out = []
    for part in _GROUPS.split(patient):
        stems = tuple(t.stem for t in tokens(part) if t.stem not in _DETERMINERS and len(t.stem) > 1)
        if stems:
            out.append(stems)
    return tuple(out)


def _surnames(patient: str) -> frozenset[str]:
    """Last words of the patient's proper names of two or three words, unless generic ("Act")."""
    out = set()
    for part in _GROUPS.split(patient):
        words = [w for w in re.findall(r"[A-Za-z][\w.'’-]*", part) if stem(w) not in _DETERMINERS]
        if 2 <= len(words) <= 3 and all(w[0].isupper() for w in words):
            last = stem(words[-1])
            if last not in _GENERIC_HEADS and len(last) >= 4:
                out.add(last)
    return frozenset(out)


def mentions_patient(toks: list[Token], target: Target) -> bool:
    """True when the tokens hold every stem of one of the patient's names, or its surname."""
    return bool(patient_positions(toks, target))


def patient_positions(toks: list[Token], target: Target) -> list[int]:
    """Token indices where a name of the patient (or its surname) starts."""
    out = []
    for k, tok in enumerate(toks):
        if tok.stem in target.heads:
            out.append(k)
            continue
        for name in target.names:
            window = {t.stem for t in toks[k:k + len(name) + 2]}
            if tok.stem == name[0] and all(s in window for s in name):
                out.append(k)
                break
    return out


#: an effect verb acts on the patient when the patient follows within this many tokens ("voted to defund
#: NPR", "cutting the federal funding of NPR"), or precedes it with only these words between ("NPR should be
#: defunded", "NAFTA must go")
OBJECT_WINDOW = 6
_BETWEEN = frozenset(stem(w) for w in ("should", "must", "will", "would", "can", "could", "be", "been", "being",
                                       "is", "are", "was", "were", "to", "not", "never", "have", "has", "had"))


def acts_on_patient(toks: list[Token], first: int, last: int, patients: list[int]) -> bool:
    """True when the effect phrase at tokens ``first..last`` acts on a patient mention at ``patients``."""
    for p in patients:
        if last < p <= last + OBJECT_WINDOW:
            return True
        if p < first and all(t.stem in _BETWEEN for t in toks[p + 1:first][-4:]) and first - p <= 5:
            return True
    return False


def patient_hit(text: str, question: Question) -> bool:
    """True when ``text`` names the patient of a question whose action is bad for it."""
    target = question_target(question)
    return target is not None and mentions_patient(tokens(text), target)


@functools.lru_cache(maxsize=1)
def criticism_stems() -> frozenset[str]:
    """Stems of the refusal words that only criticise ("slammed", "decried")."""
    return frozenset(stem(str(w).split()[0]) for w in load_lexicon(LEXICON)["criticism"])


def effects(toks: list[Token]) -> list[tuple[int, int, int]]:
    """(first, last, sign) of every +/-effect phrase in the tokens, each token used once."""
    found: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for phrase, sign in effect_phrases():
        for first, last in find_phrase(phrase, toks):
            span = set(range(first, last + 1))
            if not span & used:
                used |= span
                found.append((first, last, sign))
    return sorted(found)
