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
from .lexicon import IRREGULAR_PARTICIPLES, Phrase, Token, find_phrase, load_lexicon, phrases, stem, tokens

LEXICON = "stance"
_MODALS = frozenset({"should", "must", "ought", "may", "need", "needs"})
_SKIP = frozenset({"be", "to", "have", "been", "now", "immediately", "finally", "also", "still"})
_POSSESSIVES = frozenset(stem(w) for w in ("its", "his", "her", "their"))
_PARTICLES = frozenset({"out", "down", "aside", "off", "away"})
#: verbs whose subject undergoes what follows ("X should face trial", "NPR should lose its funding")
_UNDERGO = frozenset(stem(w) for w in ("face", "lose", "forfeit", "suffer", "undergo", "serve", "pay"))
_PREPOSITIONS = frozenset(stem(w) for w in ("from", "of", "on", "in", "over", "for", "with", "to", "into", "at",
                                            "by", "under", "along", "across", "inside", "within", "between",
                                            "against", "about", "near", "through"))
#: irregular past participles that open a reduced relative ("the votes cast in Wisconsin", "the bonuses paid to")
_PARTICIPLES = IRREGULAR_PARTICIPLES


def _reduced_relative(statement: str, toks: list[Token], i: int) -> bool:
    """True when the lowercase word ``i`` is a past participle followed by a preposition: a reduced relative
    after the noun ("the bonuses paid to employees", "the votes cast in Wisconsin") that ends its phrase.  v11."""
    word = statement[toks[i].start:toks[i].end]
    if not word.islower() or i + 1 >= len(toks) or toks[i + 1].stem not in _PREPOSITIONS or \
            toks[i - 1].stem in _DETERMINERS:
        return False
    return word in _PARTICIPLES or (word.endswith("ed") and len(word) > 4 and not word.endswith("eed")
                                    and word != "hundred")


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
#: last words of place names that the first word names alone ("Guantanamo Bay" is "Guantanamo")
_PLACE_HEADS = frozenset(stem(w) for w in (
    "bay", "island", "islands", "river", "lake", "city", "county", "base", "prison", "camp", "valley"))


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


def question_object(question: Question) -> tuple[str, int, str] | None:
    """(what the question's action acts on, the action's valence for it, the action verb's stem), or None."""
    return _patient(question.statement)


def question_target(question: Question) -> Target | None:
    """The patient of the question's action when that action is bad for it, else None."""
    return _target(question.statement)


@functools.lru_cache(maxsize=256)
def _target(statement: str) -> Target | None:
    found = _patient(statement)
    if found is None or found[1] > 0:
        return None
    names = _names(found[0])
    return Target(found[0], names, -1, _surnames(found[0])) if names else None


@functools.lru_cache(maxsize=256)
def _patient(statement: str) -> tuple[str, int, str] | None:
    """The patient's text, the valence of the statement's action for it and the action verb's stem; None
    when there is no modal action, or the action undoes or names a restriction ("lift the embargo", composed
    by the restriction rules).  A restriction that is the action itself ("X should be banned") has a patient:
    the thing banned."""
    toks = tokens(statement)
    modal = next((k for k, t in enumerate(toks) if t.stem in _MODALS), None)
    if modal is None or modal == 0:
        return None
    k = modal + 1
    passive = False
    while k < len(toks) and (toks[k].stem in _SKIP or statement[toks[k].start:toks[k].end].lower().endswith("ly")):
        passive = passive or toks[k].stem == "be"
        k += 1
    if k >= len(toks):
        return None
    bans = _restricts(statement)
    if bans and not _restriction_at(toks, k):
        return None
    valence = -1 if _effect_at(toks, k) < 0 else 1
    subject = _noun_phrase(statement, toks[:modal])
    rest = toks[k + 1:]
    while len(rest) > 2 and rest[0].stem in ("and", "or") and rest[1].stem not in _DETERMINERS:
        rest = rest[2:]  # "should accept and spend the money": the money is what both verbs act on
    if passive or not rest or rest[0].stem in _PARTICLES or (rest[0].stem in _POSSESSIVES and valence < 0) \
            or toks[k].stem in _UNDERGO or (rest[0].stem in _PREPOSITIONS and len(rest) < 2):
        patient = subject  # "the ACA should be repealed", "X should step down", "NPR should lose its funding"
    else:
        if rest[0].stem in _PREPOSITIONS:
            rest = rest[1:]  # "withdraw from NAFTA", "stay in the Paris agreement": the preposition's object
        patient = _noun_phrase(statement, rest)
        n = len(tokens(patient))
        if 0 < n < len(rest) - 1 and rest[n - 1].stem in light_nouns() and rest[n].stem in ("of", "from"):
            # "refuse the backing of labor unions", "donations from lobbyists": what is acted on is the owner
            patient = _noun_phrase(statement, rest[n + 1:])
        elif 0 < n < len(rest) - 1 and rest[n].stem in _LOCATIVE and not re.search(r"\b[A-Z]", patient):
            # "close the prison at Guantanamo Bay": the place's name is what texts call it
            place = _proper_run(statement, rest[n + 1:])
            patient = place or patient
    if bans and re.search(r"\b[A-Z]", patient) and not statement.lstrip().startswith(patient.strip()):
        # banning people by name ("ban Muslims from entering") is about their entry: an attitude towards
        # them is no attitude towards the ban, so the restriction rules compose it
        return None
    return (patient.strip(), valence, toks[k].stem) if patient.strip() else None


def bans_patient(question: Question) -> bool:
    """True when the question's action is itself a restriction of its patient ("X should be banned")."""
    found = _patient(question.statement)
    return found is not None and _restricts(question.statement)


_LOCATIVE = frozenset(stem(w) for w in ("at", "in", "on"))


def _proper_run(statement: str, toks: list[Token]) -> str:
    """The capitalised words that open ``toks`` (a determiner aside), as text; "" when none."""
    words = [t for t in toks if t.stem not in _DETERMINERS] if toks and toks[0].stem in _DETERMINERS else toks
    run = []
    for t in words:
        if not statement[t.start].isupper():
            break
        run.append(t)
    return statement[run[0].start:run[-1].end] if run else ""


def _restriction_at(toks: list[Token], k: int) -> bool:
    """True when a restriction phrase starts at token ``k`` (the statement's action: "should ban")."""
    window = toks[k:k + 4]
    return any(hits and hits[0][0] == 0 for hits in (find_phrase(p, window) for p in phrases(LEXICON, "restriction")))


@functools.lru_cache(maxsize=1)
def light_nouns() -> frozenset[str]:
    """Stems of nouns that stand for what their "of"/"from" phrase owns ("the support of", "money from")."""
    return frozenset(stem(str(w)) for w in load_lexicon(LEXICON).get("light_nouns", []))


def _noun_phrase(statement: str, toks: list[Token]) -> str:
    """The text of the leading noun phrase of ``toks``: up to a preposition, conjunction or relative."""
    end = next((i for i, t in enumerate(toks) if i and (t.stem in _NP_END or t.stem in _PREPOSITIONS
                                                       or _reduced_relative(statement, toks, i))), len(toks))
    if not end:
        return ""
    text = statement[toks[0].start:toks[end - 1].end]
    if text.count("(") <= text.count(")"):
        return text
    # "The Affordable Care Act (Obamacare)" keeps its closed parenthesis; "laws (such as" is cut before it
    return text + ")" if statement[toks[end - 1].end:].lstrip().startswith(")") else text.split("(")[0]


@functools.lru_cache(maxsize=256)
def _object_names(statement: str, keywords: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    found = _patient(statement)
    if found is None:
        return ()
    parts = [p for p in _GROUPS.split(found[0]) if tokens(p)]
    proper = [p for p in parts if all(w[0].isupper() for w in re.findall(r"[A-Za-z][\w-]*", p)
                                      if stem(w) not in _DETERMINERS)]
    # a proper name of the object ("the Trans-Pacific Partnership (TPP) trade agreement") makes the
    # common words beside it ("trade agreement") too general to name it
    names = list(_names(" ; ".join(proper or parts)))
    # an acronym in or after the object ("its NATO allies", "its commitment to defend its NATO allies")
    # names it alone
    tail = statement[max(0, statement.find(found[0])):]
    names += [(stem(w),) for w in dict.fromkeys(re.findall(r"\b[A-Z]{3,}\b", tail)) if (stem(w),) not in names]
    stated = {t.stem for t in tokens(statement)}
    effect_words = {p.parts[0] for p, _ in effect_phrases()} | {found[2]}
    if not proper:
        for kw in keywords:
            stems = tuple(t.stem for t in tokens(kw) if t.stem not in _DETERMINERS)
            if len(stems) >= 2 and all(s in stated for s in stems) and not set(stems) & effect_words \
                    and stems not in names:
                names.append(stems)
    return tuple(names)


def object_names(question: Question) -> tuple[tuple[str, ...], ...]:
    """Names of what the question's action acts on, whatever its valence: the patient's noun phrase and
    the keywords of two or more words that the statement itself uses ("minimum wage", "background checks")."""
    return _object_names(question.statement, tuple(question.keywords))


def name_positions(toks: list[Token], names: tuple[tuple[str, ...], ...]) -> list[int]:
    """Token indices where one of ``names`` starts (its stems within a few tokens)."""
    out = []
    for k, tok in enumerate(toks):
        for name in names:
            window = {t.stem for t in toks[k:k + len(name) + 2]}
            if tok.stem == name[0] and all(s in window for s in name):
                out.append(k)
                break
    return out


@functools.lru_cache(maxsize=2)
def _evaluations(person: bool = False) -> tuple[tuple[Phrase, int], ...]:
    out = [(p, 1) for p in phrases(LEXICON, "evaluation_good")] + [(p, -1) for p in phrases(LEXICON, "evaluation_bad")]
    if person:  # v14: judgements of a candidate
        out += [(p, 1) for p in phrases(LEXICON, "person_judgement_good")] + \
            [(p, -1) for p in phrases(LEXICON, "person_judgement_bad")]
    return tuple(sorted(out, key=lambda x: -len(x[0].parts)))


#: a name right after "for" is the object of another noun ("support for gun control", "the push for a ban"), not
#: what a judgement after it is about ("of" and "to" are left out: "passage of the bill would be a mistake"
#: judges the bill's passage, and "to" is also an infinitive's).  v19.
_OF_SOMETHING_ELSE = frozenset(stem(w) for w in ("for",))
#: an evaluation judges the object when it follows the object's name within this many tokens
EVALUATION_WINDOW = 8
_NEGATIONS = frozenset(stem(w) for w in ("not", "never", "no", "hardly", "cannot"))


def evaluation_of(toks: list[Token], positions: list[int], names: tuple[tuple[str, ...], ...] = (),
                  person: bool = False) -> int:
    """+1 when the text judges the named object good ("the bill is a crucial step forward"), -1 when bad
    ("a $15 minimum wage would kill jobs"), 0 when it does not judge it; a negation between the name and
    the judgement flips it ("would not work"); the words of ``names`` may stand between ("repealing the
    Affordable Care Act would be a disaster").  With ``person`` (a candidacy question) judgements of a candidate
    count too ("Hillary Clinton is a joke")."""
    if not positions:
        return 0
    name_words = {w for name in names for w in name}
    used: set[int] = set()
    for phrase, sign in _evaluations(person):
        for first, last in find_phrase(phrase, toks):
            if set(range(first, last + 1)) & used:
                continue
            used |= set(range(first, last + 1))
            if last + 1 < len(toks) and toks[last + 1].stem == "by":
                continue  # "the development was hurt by rising rates": the named thing suffers it (v19)
            for p in positions:
                if p > 0 and toks[p - 1].stem in _OF_SOMETHING_ELSE:
                    continue  # "support for gun control hurt the party" judges the support (v19)
                between = toks[p + 1:first]
                named = sum(t.stem in name_words for t in between)
                if p < first <= p + EVALUATION_WINDOW + named \
                        and all(t.stem in _PREDICATE_WORDS or t.stem in name_words for t in between[1:]):
                    flips = sum(t.stem in _NEGATIONS for t in between)
                    return sign * (-1) ** flips
    return 0


#: nouns of a policy instrument; after a determiner or possessive ("his executive actions", "the bill") they
#: point back to what the relevant text is about
_POLICY_NOUNS = frozenset(stem(w) for w in (
    "law", "bill", "plan", "proposal", "measure", "legislation", "rule", "order", "action", "policy", "program",
    "deal", "agreement", "reform", "initiative", "amendment", "executive", "accord", "pact", "treaty"))
_POINTERS = frozenset(stem(w) for w in ("the", "this", "that", "these", "those", "his", "her", "their", "its"))


def policy_pointers(toks: list[Token], text: str) -> list[int]:
    """Token indices of policy nouns after a determiner or possessive ("the bill", "Obama's new actions")."""
    out = []
    for k, tok in enumerate(toks):
        if tok.stem not in _POLICY_NOUNS:
            continue
        for j in range(k - 1, max(-1, k - 4), -1):
            prev = toks[j]
            if prev.stem in _POINTERS or text[prev.end:prev.end + 2] in ("'s", "’s"):
                out.append(k)
                break
            if not text[prev.start].islower():
                break
    return out


def head_pointers(toks: list[Token], names: tuple[tuple[str, ...], ...]) -> list[int]:
    """Token indices of the head noun (of four letters or more) of a name of several words right after a
    determiner ("the development" for "the housing development near the park", "this treaty" for "the Paris
    climate treaty"): the text refers back to the named thing.  v19."""
    heads = {name[-1] for name in names if len(name) > 1 and len(name[-1]) >= 4}
    return [k for k in range(1, len(toks)) if toks[k].stem in heads and toks[k - 1].stem in _POINTERS]


#: words that may stand between the object's name and a judgement of it: the rest of the name ("gun
#: control *laws*", "the background check *bill*"), copulas, modals, articles, negations and degree words
#: ("the minimum wage *debate* was crucial" judges the debate, not the wage)
_PREDICATE_WORDS = frozenset(stem(w) for w in (
    "law", "laws", "bill", "bills", "plan", "proposal", "measure", "measures", "legislation", "rule", "order",
    "action", "actions", "increase", "hike", "ban", "policy", "policies", "program", "deal", "agreement", "system",
    "is", "are", "was", "were", "be", "been", "being", "would", "will", "could", "can", "might", "may", "must",
    "a", "an", "the", "also", "just", "really", "very", "simply", "only", "still", "both", "not", "never", "no",
    "quite", "so", "too", "truly", "clearly", "and", "as", "it", "that", "this", "these", "they",
    "seem", "seems", "remain", "remains", "become", "becomes", "prove", "proves", "call", "called"))


def _restricts(statement: str) -> bool:
    """True when the statement's own clause (parentheses aside) names a restriction ("lift its embargo")."""
    toks = tokens(re.sub(r"\([^)]*\)", " ", statement))
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
            if last not in _GENERIC_HEADS | _PLACE_HEADS and len(last) >= 4:
                out.add(last)
            elif len(words) == 2 and last in _PLACE_HEADS and len(stem(words[0])) >= 5:
                out.add(stem(words[0]))  # "Guantanamo Bay" is "Guantanamo"
    return frozenset(out)


def mentions_patient(toks: list[Token], target: Target) -> bool:
    """True when the tokens hold every stem of one of the patient's names, or its surname."""
    return bool(patient_positions(toks, target))


def patient_positions(toks: list[Token], target: Target) -> list[int]:
    """Token indices where a name of the patient (or its surname) starts."""
    heads = {k for k, tok in enumerate(toks) if tok.stem in target.heads}
    return sorted(heads | set(name_positions(toks, target.names)))


#: an effect verb acts on the patient when the patient follows within this many tokens ("voted to defund
#: NPR", "cutting the federal funding of NPR"), or precedes it with only these words between ("NPR should be
#: defunded", "NAFTA must go")
OBJECT_WINDOW = 6
_BETWEEN = frozenset(stem(w) for w in ("should", "must", "will", "would", "can", "could", "be", "been", "being",
                                       "is", "are", "was", "were", "to", "not", "never", "have", "has", "had"))


def acts_on_patient(toks: list[Token], first: int, last: int, patients: list[int],
                    name_words: frozenset[str] = frozenset()) -> bool:
    """True when the effect phrase at tokens ``first..last`` acts on a patient mention at ``patients``
    (the rest of the patient's name, ``name_words``, may stand between: "the death penalty should be kept")."""
    for p in patients:
        if last < p <= last + OBJECT_WINDOW:
            return True
        between = [t for t in toks[p + 1:first] if t.stem not in name_words]
        if p < first and all(t.stem in _BETWEEN for t in between[-4:]) and len(between) <= 4:
            return True
    return False


def patient_hit(text: str, question: Question) -> bool:
    """True when ``text`` names the patient of a question whose action is bad for it."""
    target = question_target(question)
    # "anti-Obamacare" names Obamacare: hyphens split words here (same length, offsets unchanged)
    return target is not None and mentions_patient(tokens(text.replace("-", " ")), target)


@functools.lru_cache(maxsize=1)
def criticism_stems() -> frozenset[str]:
    """Stems of the refusal words that only criticise ("slammed", "decried")."""
    return frozenset(stem(str(w).split()[0]) for w in load_lexicon(LEXICON)["criticism"])


#: effect verbs that take nothing when "from" follows them ("recover from the flood")
_INTRANSITIVE_WITH_FROM = frozenset(stem(w) for w in ("recover", "recoup"))


def effects(toks: list[Token]) -> list[tuple[int, int, int]]:
    """(first, last, sign) of every +/-effect phrase in the tokens, each token used once."""
    found: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for phrase, sign in effect_phrases():
        for first, last in find_phrase(phrase, toks):
            span = set(range(first, last + 1))
            if first == last and toks[first].stem in _INTRANSITIVE_WITH_FROM and last + 1 < len(toks) \
                    and toks[last + 1].stem == "from":
                continue  # "to recover from the flood" takes nothing back
            if not span & used:
                used |= span
                found.append((first, last, sign))
    return sorted(found)


def names_topic(text: str, question: Question) -> bool:
    """True when ``text`` names the question's topic: one of its keywords, its patient or an object name
    ("$15 minimum wage plan", "anti-Obamacare")."""
    from .relevance import keyword_hit, question_terms  # relevance imports this module

    return bool(text.strip()) and (keyword_hit(text, question_terms(question)) or patient_hit(text, question)
                                   or bool(name_positions(tokens(text), object_names(question))))

