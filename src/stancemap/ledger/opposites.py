"""The opposite of a question's action: "defend the ACA" is against "repeal the ACA", "remain in the EU"
against "leave the EU", "overturn the gun laws" against "adopt stricter gun laws".

The question's action verb is read from its statement ("... should be repealed" -> repeal); the lexicon
(``action_opposites`` in ``data/lexicons/stance.yaml``) pairs each group of action verbs with the verbs
that undo or refuse it.  An opposite verb counts only where it acts on the question's topic: a word of the
question among the next few tokens ("remaining within the Union"), a pronoun object right after it
("defend it"), or, for a passive ("the act should be preserved"), a word of the question just before it.
"Questions remain" or "cut taxes" therefore do not count.
"""
from __future__ import annotations

import functools
import re

from ..model import Question
from .lexicon import IRREGULAR_PARTICIPLES, Phrase, Token, compile_phrase, find_phrase, load_lexicon, stem
from .relevance import question_terms

#: how many tokens after the opposite verb may hold a word of the question
WINDOW = 5
_PUNCT = re.compile(r"[,;:.!?()\"“”]")
#: words right after the verb that show the topic is not what the verb acts on
_NOT_OBJECT = frozenset({"about", "after", "before", "as", "for", "with", "since", "until", "at", "from",
                         "over", "unclear", "uncertain", "high", "low", "open"})
_PRONOUNS = frozenset({"it", "this", "them", "that", "these", "those", "him", "her"})
#: words that may follow "him" or "her" as an object ("defeat her in November"); any other word makes "her" a
#: possessive ("defeat her opponent")
_AFTER_OBJECT = frozenset({"in", "on", "at", "by", "for", "from", "with", "to", "and", "or", "but", "before", "after",
                           "next", "this", "last", "during", "again", "now", "soundly", "easily", "outright"})


@functools.lru_cache(maxsize=1)
def _groups() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    raw = load_lexicon("stance").get("action_opposites", [])
    return tuple((entry_stems(g["action"]), entry_stems(g["opposite"])) for g in raw)


def entry_stems(entries) -> frozenset[str]:
    """Stems of lexicon entries; an entry of several words keeps them, stemmed one by one ("drop out")."""
    return frozenset(" ".join(stem(w) for w in str(e).split()) for e in entries)


def action_groups() -> tuple[frozenset[str], ...]:
    """The action verb groups (stems), usable as paraphrase groups of a statement's action."""
    return tuple(action for action, _ in _groups())


def opposite_stems(action: frozenset[str]) -> frozenset[str]:
    """Stems of the verbs opposite to a statement's action stems (empty when the lexicon has none)."""
    out: set[str] = set()
    for group, opposite in _groups():
        if group & action:
            out |= opposite
    return frozenset(out - action)


#: where a statement names what it rejects: "should take effect as planned, not be delayed or repealed",
#: "should punish Russia rather than engage with it"
REJECTED = re.compile(r"(?:,\s*(?:and\s+|but\s+)?not|\brather\s+than|\binstead\s+of)\s+", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:should|must|ought|may|might|can|could|will|would|needs?)\s+\S", re.IGNORECASE)
_LINKS = frozenset({"or", "and", "nor", "be", "being", "to"})
_OBJECT_START = frozenset({"it", "them", "him", "her", "the", "a", "an", "its", "their", "with", "this", "these",
                           "those"})


def rejected_spans(statement: str) -> list[re.Match[str]]:
    """The matches of :data:`REJECTED` after the statement's modal and its verb: "Instead of a fee, the city
    should ban plastic bags" and "Congress, not the states, should ban ..." reject no action."""
    modal = _MODAL.search(statement)
    return [m for m in REJECTED.finditer(statement) if modal is not None and m.start() > modal.end()]


def statement_opposites(statement: str) -> frozenset[str]:
    """Stems of the verbs a statement says its action is instead of: "should take effect as planned, not be
    delayed or repealed" -> delay, repeal; "should punish Russia rather than engage with it" -> engage.

    After ", not" a word counts when it is a participle ("delayed", "repealed", "built"); after "rather than"
    or "instead of" when it is a gerund or takes an object ("engage with it"), so that a noun ("rather than
    tariffs") is no verb.  Words joined by "or", "and", "nor" or a comma count too.  v13.
    """
    return frozenset(_rejected(statement))


@functools.lru_cache(maxsize=256)
def _rejected(statement: str) -> dict[str, str]:
    """The stems of the verbs a statement rejects, each with the stem of the word after it in the statement
    ("engage" -> "with"): the verb's own preposition is no sign that its object is elsewhere."""
    out: dict[str, str] = {}
    for m in rejected_spans(statement):
        after = re.findall(r"[A-Za-z][A-Za-z-]*|,", statement[m.end():m.end() + 120])
        participles = m.group(0).strip().lower().startswith((",", "and", "but"))
        k = 0
        while k < len(after):
            word = after[k].lower()
            if word == "," or word in _LINKS:
                k += 1
                continue
            raw_next = after[k + 1] if k + 1 < len(after) else ""
            nxt = raw_next.lower()
            previous = after[k - 1].lower() if k else ""
            # "-en" only as a known participle or after "be" ("men", "children", "green" are no verbs)
            participle = word.endswith("ed") or word in IRREGULAR_PARTICIPLES \
                or (word.endswith("en") and previous in ("be", "being"))
            # a gerund or verb with an object ("engaging Russia", "engage with it"; not "spending cuts")
            takes_object = nxt in _OBJECT_START or raw_next[:1].isupper() or nxt in ("", ",")
            verb = participle or (not participles and takes_object and (word.endswith("ing") or nxt in _OBJECT_START
                                                                        or raw_next[:1].isupper()))
            if not verb:
                break
            out[stem(word)] = stem(after[k + 1]) if k + 1 < len(after) else ""
            k += 1
            # go on only through a link word to the next verb ("delayed or repealed", "delayed, weakened"), not
            # past a comma that opens another clause ("kept, not scrapped, and expanded")
            link = after[k].lower() if k < len(after) else ""
            if link not in ("or", "and", "nor", ",") or (link == "," and k + 1 < len(after)
                                                         and after[k + 1].lower() in ("and", "but", "so")):
                break
    return out


def find_opposites(text: str, toks: list[Token], question: Question, action: frozenset[str]) -> list[int]:
    """Indices of tokens (of ``text``) that name the opposite of the question's action, acting on its topic:
    a verb the lexicon pairs with the action, or one the statement itself rejects (:func:`statement_opposites`).

    The topic must follow in the verb's own phrase: "kills jobs, including the TPP" does not kill the TPP.
    """
    rejected = {k: v for k, v in _rejected(question.statement).items() if k not in action}
    opposite = opposite_stems(action) | frozenset(rejected)
    if not opposite:
        return []
    concepts = question_terms(question).concepts
    hits = []
    for k, tok in enumerate(toks):
        if tok.stem not in opposite:
            continue
        after = [t for t in toks[k + 1:k + 1 + WINDOW] if not _PUNCT.search(text, toks[k].end, t.start)]
        if any(t.stem == "by" for t in after[:2]):
            continue  # "was killed by a gun", "could be delayed by legal challenges": the topic is not undone
        if _modal_passive(text, toks, k, concepts, action):
            hits.append(k)  # "the council should be kept", "Clinton should be disqualified from the presidency"
            continue
        own = after and rejected.get(tok.stem) == after[0].stem  # "engage with it": the statement's own phrase
        if after and after[0].stem in _NOT_OBJECT and not own:
            continue  # "questions remain about the union": the topic is not undone
        if (after and after[0].stem in _PRONOUNS and pronoun_object(text, toks, k + 1)) \
                or any(t.stem in c for t in after for c in concepts):
            hits.append(k)
    if "drop out" in action and is_candidacy(question.statement):
        hits += [k for k in candidacy_kept(text, toks) if k not in hits]
    for phrase in _opposite_phrases(action):
        for first, last in find_phrase(phrase, toks):
            # a phrase with a gap acts on what stands in the gap ("keep Guantanamo open", "bring the troops
            # home"), one without a gap on what follows it ("pull out of the agreement")
            gap = None in phrase.parts
            stop = last if gap else last + 1 + WINDOW
            near = [t for t in toks[first + 1:stop] if not _PUNCT.search(text, toks[first].end, t.start)]
            if first not in hits and any(t.stem in c for t in near for c in concepts):
                hits.append(first)
    return sorted(hits)


#: a candidate who goes on running: "vowed to remain in the fight", "urged her to keep fighting", "will fight on",
#: "continue his campaign", "fight all the way to the convention".  Only on a question of a candidate dropping out
#: (:func:`find_opposites`), where these undo it (v20); "fight on the issue", "press on with the plan", "continue
#: their campaign of pressure" are something else.
_CANDIDACY_KEPT = re.compile(
    r"\b(?:remain|stay)(?:s|ed|ing)?\s+in\s+(?:the\s+)?(?:(?:presidential|primary|senate)\s+)?"
    r"(?:race|fight|contest|running)\b"
    r"|\b(?:keep(?:s|ing)?|kept)\s+(?:on\s+)?(?:fighting|running|campaigning)\b(?!\s+(?:for|against|to|the|a|an|ads?)\b)"
    r"|\b(?:fight(?:s|ing)?|fought|press(?:es|ed|ing)?|soldier(?:s|ed|ing)?)\s+on\b"
    r"(?=\s*(?:[,.;:!?\"”]|$|\b(?:until|till|through|to\s+the|into|in\s+the|and|despite)\b))"
    r"|\bcontinu(?:e|es|ed|ing)\s+(?:his|her|their|its|the)\s+(?:(?:presidential|primary|long-shot|insurgent)\s+)?"
    r"(?:campaign|candidacy|bid|run|fight)\b(?!\s+(?:of|on|against|to)\b)(?!\s+for\s+(?!the\s+(?:nomination|presidency)))"
    r"|\b(?:fight(?:s|ing)?|fought|campaign(?:s|ed|ing)?|compete|competes|competed|competing)\s+"
    r"(?:(?:all\s+)?the\s+way\s+)?(?:to|until|till|through)\s+the\s+(?:\w+\s+)?convention\b",
    re.IGNORECASE)


_CANDIDACY_WORDS = re.compile(r"\b(?:campaign|candidacy|bid|race|running|nomination|drop(?:s|ped)?\s+out|bow\s+out)\b",
                              re.IGNORECASE)


def is_candidacy(statement: str) -> bool:
    """True when the statement is about a candidacy ("should end his campaign", "should drop out of the race"),
    not another withdrawal ("should pull out of the Paris agreement", "should step down").  v20."""
    return _CANDIDACY_WORDS.search(statement) is not None


def candidacy_kept(text: str, toks: list[Token]) -> list[int]:
    """Indices of the first tokens of the phrases that keep a candidacy going (:data:`_CANDIDACY_KEPT`).  v20."""
    out = []
    for m in _CANDIDACY_KEPT.finditer(text):
        k = next((k for k, t in enumerate(toks) if t.end > m.start()), None)
        if k is not None and toks[k].start < m.end() and k not in out:
            out.append(k)
    return out


def pronoun_object(text: str, toks: list[Token], j: int) -> bool:
    """True when the pronoun at ``j`` is the verb's object: "him" or "her" only when no word of a noun phrase
    follows ("defeat her in November", not "defeat her opponent").  v13."""
    if toks[j].stem not in ("him", "her"):
        return True
    if j + 1 >= len(toks) or _PUNCT.search(text, toks[j].end, toks[j + 1].start):
        return True
    return toks[j + 1].stem in _AFTER_OBJECT


@functools.lru_cache(maxsize=256)
def _opposite_phrases(action: frozenset[str]) -> tuple[Phrase, ...]:
    """The opposites of several words ("keep * open", "bring * home") of the groups ``action`` belongs to."""
    raw = load_lexicon("stance").get("action_opposites", [])
    return tuple(compile_phrase(str(e)) for g in raw if entry_stems(g["action"]) & action
                 for e in g["opposite"] if " " in str(e))


def _modal_passive(text: str, toks: list[Token], k: int, concepts, action: frozenset[str]) -> bool:
    """True when the verb at ``k`` is a participle in a modal passive ("should be kept") whose subject ends
    in a word of the question, right before the modal ("the council should be kept"; not "the ACA subsidies
    were expanded", "the ACA repeal should be kept secret": the subject there is something else)."""
    word = text[toks[k].start:toks[k].end].lower()
    if not (word.endswith(("ed", "en")) or word in _PARTICIPLES) or k < 3 or toks[k - 1].stem != "be":
        return False
    m = k - 2
    while m >= 0 and toks[m].stem in _ADVERBS:
        m -= 1
    if m < 1 or toks[m].stem not in _MODALS:
        return False  # "was abandoned in May" reports an event; "should be abandoned" takes a side
    subject = toks[m - 1]
    if _PUNCT.search(text, subject.end, toks[m].start) or subject.stem in action:
        return False
    return any(subject.stem in c for c in concepts)


_MODALS = frozenset(stem(w) for w in ("should", "must", "will", "would", "shall", "ought", "need", "can",
                                      "could"))
_ADVERBS = frozenset(stem(w) for w in ("not", "never", "also", "still", "now", "to"))
_PARTICIPLES = IRREGULAR_PARTICIPLES
