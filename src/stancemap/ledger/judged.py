"""Judgements whose subject is an action: "withdrawing the troops would be a grave mistake".

News often reports a position as a verdict on a course of action rather than as a call for it:

* a gerund subject: "Barring Muslims from entering the country is divisive and wrong";
* an infinitive subject: "To admit the refugees now is our moral duty";
* an extraposed one: "It would be a mistake to close the base";
* a proposal of it: "Calls for him to quit the race are premature".

:func:`find_judgement` finds the action phrase and the verdict on it; the polarity module then reads the
action phrase against the question (the question's own action, or one that undoes it) and multiplies by the
verdict.  A negation in the copula ("would not be a mistake") turns the verdict round.  The verdicts are the
lexicon's ``judgement_good`` / ``judgement_bad`` with ``evaluation_good`` / ``evaluation_bad`` /
``evaluation``.  Only a verdict right after the copula counts ("is a grave mistake", not "is, he said in a
speech that mentioned a mistake").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import Phrase, Token, match_at, phrases, stem

LEXICON = "stance"

#: words that open the clause an action phrase is the subject of ("said that closing ...")
_OPENERS = frozenset(stem(w) for w in (
    "that", "said", "say", "says", "but", "and", "because", "think", "thinks", "thought", "believe", "believes",
    "argue", "argued", "argues", "insist", "insisted", "warn", "warned", "added", "noted", "wrote", "why",
    "so", "while", "although", "though", "declared", "stated", "contend", "contended", "maintained"))
_COPULAS = frozenset(stem(w) for w in ("is", "was", "are", "were", "would", "will", "could", "might", "may"))
#: words that may stand between the copula and the verdict ("would also be a grave mistake")
_CHAIN = frozenset(stem(w) for w in (
    "be", "been", "is", "was", "are", "were", "would", "will", "could", "might", "may", "also", "simply", "just",
    "really", "clearly", "certainly", "absolutely", "probably", "likely", "surely", "truly", "quite", "a", "an",
    "the", "such", "so", "very", "too", "grave", "big", "huge", "terrible", "serious", "real", "tragic",
    "historic", "major", "great", "fundamental", "colossal", "costly", "our", "my", "their", "his", "her",
    "not", "never", "no", "only", "both", "deeply", "profoundly", "entirely", "completely", "utterly",
    "strategic", "political", "moral", "national"))
_NEGATIONS = frozenset(stem(w) for w in ("not", "never", "no"))
#: nouns of a proposal whose "for" / "of" / "to" phrase is the action judged ("calls for him to quit are
#: premature", "the idea of closing the base is absurd")
_PROPOSALS = frozenset(stem(w) for w in ("call", "calls", "demand", "demands", "idea", "talk", "proposal", "plan",
                                         "push", "suggestion", "notion"))
#: verbs of thinking or saying: "it would be wrong to suggest (that) ..." judges a claim, not an action
_THINKING = frozenset(stem(w) for w in (
    "think", "say", "suggest", "assume", "believe", "imply", "ask", "claim", "argue", "expect", "predict",
    "conclude", "call", "describe", "characterize", "characterise", "note", "point", "add", "speculate",
    "pretend", "blame", "compare", "dismiss", "underestimate", "overstate", "ignore", "forget"))
_DETERMINERS = frozenset(stem(w) for w in ("the", "this", "these", "those", "that", "any", "his", "her", "their"))
#: the longest action phrase read as a subject, in words
_MAX_PHRASE = 14
_MAX_CHAIN = 6
_BREAK = re.compile(r"[.;!?]")
_CLAUSE_MARK = re.compile(r"[\"“”:;(—–]")


@dataclass(frozen=True)
class Judgement:
    """A verdict on an action phrase: tokens ``first``..``last`` (inclusive) are the action phrase."""

    first: int
    last: int
    sign: int  # +1 good, -1 bad, already turned by a negation in the copula
    verdict: str


@functools.lru_cache(maxsize=1)
def _verdicts() -> tuple[tuple[Phrase, int], ...]:
    out = [(p, 1) for cat in ("judgement_good", "evaluation_good") for p in phrases(LEXICON, cat)]
    out += [(p, -1) for cat in ("judgement_bad", "evaluation_bad", "evaluation") for p in phrases(LEXICON, cat)]
    return tuple(sorted(out, key=lambda x: -len(x[0].parts)))


def _verdict_at(toks: list[Token], m: int) -> tuple[int, int, str] | None:
    """(sign, last token, text) of a verdict that starts at token ``m``."""
    for phrase, sign in _verdicts():
        last = match_at(phrase, toks, m)
        if last is not None:
            return sign, last, phrase.text
    return None


def _chain(toks: list[Token], j: int) -> tuple[int, int]:
    """From the copula at ``j``: (index of the first word after the chain, negations in it)."""
    m, flips = j, 0
    while m < len(toks) and m - j <= _MAX_CHAIN and toks[m].stem in _CHAIN:
        flips += toks[m].stem in _NEGATIONS
        m += 1
    return m, flips


def _clause_start(text: str, toks: list[Token], k: int) -> bool:
    """True when token ``k`` opens a clause (start of text, after a quote mark, colon, "that", "said")."""
    if k == 0:
        return True
    return toks[k - 1].stem in _OPENERS or bool(_CLAUSE_MARK.search(text[toks[k - 1].end:toks[k].start]))


def _proposal_object(toks: list[Token], k: int) -> int | None:
    """For a proposal noun at ``k`` ("calls for X to quit", "the idea of closing it"): where what it proposes
    starts, else None."""
    if toks[k].stem not in _PROPOSALS:
        return None
    nxt = k + 1
    return nxt + 1 if nxt + 1 < len(toks) and toks[nxt].stem in ("for", "of", "to") else None


def _subject_judgement(text: str, toks: list[Token]) -> Judgement | None:
    """A gerund, infinitive or proposal phrase at the start of a clause, a copula, then a verdict."""
    for k, tok in enumerate(toks):
        word = text[tok.start:tok.end].lower()
        infinitive = tok.stem == "to" and k + 1 < len(toks)
        opener = k - 1 if k > 0 and toks[k - 1].stem in _DETERMINERS else k
        proposed = _proposal_object(toks, k) if _clause_start(text, toks, opener) else None
        if proposed is None and (not (word.endswith("ing") or infinitive) or not _clause_start(text, toks, k)):
            continue
        first = proposed if proposed is not None else k + 1 if infinitive else k
        if toks[first].stem in _THINKING:
            continue  # "saying that ... would be a mistake" judges a claim
        for j in range(first + 1, min(len(toks), first + _MAX_PHRASE)):
            if _BREAK.search(text[toks[j - 1].end:toks[j].start]):
                break
            if toks[j].stem not in _COPULAS:
                continue
            m, flips = _chain(toks, j)
            found = _verdict_at(toks, m) if m < len(toks) else None
            if found is not None and not _BREAK.search(text[toks[j].start:toks[m].start]):
                sign, _, verdict = found
                return Judgement(first, j - 1, sign * (-1) ** flips, verdict)
            break
    return None


def _extraposed_judgement(text: str, toks: list[Token]) -> Judgement | None:
    """ "It would be a mistake to close the base": "it", a copula, a verdict, then "to" and the action."""
    for k, tok in enumerate(toks[:-3]):
        if tok.stem != "it" or toks[k + 1].stem not in _COPULAS:
            continue
        m, flips = _chain(toks, k + 1)
        found = _verdict_at(toks, m) if m < len(toks) else None
        if found is None:
            continue
        sign, last, verdict = found
        to = next((i for i in range(last + 1, min(len(toks), last + 3)) if toks[i].stem == "to"), None)
        if to is None or to + 1 >= len(toks) or _BREAK.search(text[toks[k].start:toks[to + 1].start]) \
                or toks[to + 1].stem in _THINKING:
            continue  # "it would be a mistake to think ...", "it is fair to say ...": no verdict on an action
        end = to + 1
        while end + 1 < len(toks) and end + 1 - to <= _MAX_PHRASE \
                and not _BREAK.search(text[toks[end].end:toks[end + 1].start]):
            end += 1
        return Judgement(to + 1, end, sign * (-1) ** flips, verdict)
    return None


def find_judgement(text: str, toks: list[Token]) -> Judgement | None:
    """The verdict the text passes on an action phrase, or None."""
    return _subject_judgement(text, toks) or _extraposed_judgement(text, toks)
