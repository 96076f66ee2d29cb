"""Stage one of a stance decision: is this text about the question?

Lexical relevance matches the stems of the statement and keywords (with general paraphrase groups from
``data/lexicons/stance_relevance.yaml``); semantic relevance is the cosine of all-MiniLM-L6-v2
embeddings against the statement, keywords and examples.  Lexical overlap alone misses paraphrase ("hit
targets inside Russia") and semantic similarity alone over-fires on sentences about the same war, so the
score combines both.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Question
from . import semantic
from .lexicon import load_lexicon, stem, stems_match, tokens
from .target import patient_hit

#: a text is relevant at or above this combined score
THRESHOLD = 0.45
#: semantic cosine that counts as full similarity (MiniLM cosines of paraphrases sit around 0.6-0.8)
SEM_FULL = 0.65
SEM_FLOOR = 0.15


#: weight of a capitalised word of the statement (a name: "Ukraine", "NATO") against a common word;
#: names recur in every article about a conflict, the predicate is what makes a text about the question
NAME_WEIGHT = 0.4


@dataclass(frozen=True)
class QuestionTerms:
    """The stems a question is recognised by: statement concepts (each with paraphrases) and keywords."""

    concepts: tuple[frozenset[str], ...]
    weights: tuple[float, ...]
    keywords: tuple[tuple[frozenset[str], ...], ...]
    targets: tuple[str, ...]  # texts for semantic similarity
    core: tuple[frozenset[str], ...] = ()  # the predicate: common words of statement and keywords
    #: keywords that name the question's own object ("TPP", "Trans-Pacific Partnership"): specific
    #: enough to make a text about the question without a common word
    named: tuple[tuple[frozenset[str], ...], ...] = ()


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(stem(w) for w in load_lexicon("stance_relevance")["stopwords"])


@functools.lru_cache(maxsize=1)
def _synonym_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stem(w) for w in g) for g in load_lexicon("stance_relevance")["synonyms"])


def _concept(word_stem: str) -> frozenset[str]:
    """A stem with its paraphrase group."""
    out = {word_stem}
    for group in _synonym_groups():
        if any(stems_match(word_stem, g) for g in group):
            out |= group
    return frozenset(out)


def _concepts(text: str, sentence: bool = False) -> tuple[tuple[frozenset[str], float], ...]:
    """The text's concepts with their weights (names weigh less than common words).

    A capitalised word is a name.  With ``sentence`` (a question's statement) the first word is
    capitalised as a sentence starts: it is a name only when it looks like one (:func:`first_is_name`), so
    "Marijuana should be legal" is about marijuana while "Ukraine may strike Russia" names Ukraine.
    """
    seen: dict[frozenset[str], float] = {}
    for k, tok in enumerate(tokens(text)):
        if tok.stem in _stopwords() or len(tok.stem) < 2:
            continue
        c = _concept(tok.stem)
        is_name = text[tok.start].isupper()
        if is_name and sentence and k == 0 and tok.start == len(text) - len(text.lstrip()):
            is_name = first_is_name(text, tok.start, tok.end)
        seen[c] = max(seen.get(c, 0.0), NAME_WEIGHT if is_name else 1.0)
    return tuple(seen.items())


def first_is_name(text: str, start: int, end: int) -> bool:
    """True when a statement's first word is a name: an acronym, part of a capitalised phrase ("Planned
    Parenthood"), or a name or country word of the actor knowledge base ("Ukraine", "Finland")."""
    word = text[start:end]
    if word.isupper() and len(word) > 1:
        return True
    following = text[end:].split()
    if following and following[0][:1].isupper():
        return True
    from ..nlp.actors.kb import load_kb  # the KB is loaded once and shared with the reader

    kb = load_kb()
    return bool(kb.lookup(word)) or kb.country_of_word(word) is not None


def _with_action_phrases(weighted: tuple[tuple[frozenset[str], float], ...],
                         statement: str) -> tuple[tuple[frozenset[str], float], ...]:
    """The statement's action verb with its phrasal paraphrases ("should end her campaign": "drop out", "step
    aside", "bow out"), so a text that uses one of them is about the action ("called on Kane to drop out").
    Only entries of several words are added: single-word paraphrases ("take" for "accept") are too common to
    make a text about a question.  A phrase that stands for the verb and its object ("drop out" for "end her
    campaign") covers the object's concept too.  v19."""
    from .polarity import CANDIDACY_STEMS, verb_stems  # polarity builds on this module

    phrases = frozenset(s for s in verb_stems(statement) if " " in s)
    if not phrases:
        return weighted
    covered = verb_stems(statement) | (CANDIDACY_STEMS if "drop out" in phrases else frozenset())
    return tuple((c | phrases if c & covered else c, w) for c, w in weighted)


@functools.lru_cache(maxsize=256)
def _terms_cached(statement: str, keywords: tuple[str, ...], examples: tuple[str, ...]) -> QuestionTerms:
    weighted = _with_action_phrases(_concepts(statement, sentence=True), statement)
    core = [c for c, w in weighted if w == 1.0]
    worded = tuple(kw for kw in keywords if not _amount_only(kw))
    for kw in worded:
        core.extend(c for c, w in _concepts(kw) if w == 1.0 and c not in core)
    return QuestionTerms(
        core=tuple(core),
        concepts=tuple(c for c, _ in weighted),
        weights=tuple(w for _, w in weighted),
        keywords=tuple(k for k in (tuple(c for c, _ in _concepts(kw)) for kw in worded) if k),
        targets=(statement, *keywords, *examples),
        named=tuple(tuple(c for c, _ in _concepts(kw)) for kw in worded if _is_name(kw, statement)),
    )


#: words of an amount ("$110 billion", "3.5 per cent"): with its number gone, a keyword of these names nothing
_AMOUNT_WORDS = frozenset({"billion", "million", "thousand", "trillion", "bn", "m", "k", "per", "cent", "percent",
                           "dollars", "dollar", "euros", "euro", "pounds", "pound", "usd", "eur", "a", "an", "the"})


def _amount_only(keyword: str) -> bool:
    """True for a keyword that is an amount ("$110 billion", "3.5 per cent"): the tokens drop its number, and
    "billion" alone would make every sum in the news relevant.  It still counts for semantic similarity.  v15."""
    if not re.search(r"\d", keyword):
        return False
    words = re.findall(r"[A-Za-z]+", keyword.lower())
    return all(w in _AMOUNT_WORDS for w in words)


def _is_name(keyword: str, statement: str) -> bool:
    """True for a keyword that is an acronym or a multi-word proper name the statement itself uses.

    "TPP" and "Trans-Pacific Partnership" name the question's object; a single country name such as
    "Ukraine" does not count (it recurs in every article about a conflict).
    """
    words = keyword.split()
    if len(words) == 1:
        w = words[0]
        return len(w) >= 3 and w.isupper() and w.isalpha() and w in statement
    return all(w[0].isupper() for w in words) and keyword in statement


def question_terms(question: Question) -> QuestionTerms:
    """The (cached) terms of a question."""
    examples = tuple(e for key in ("support", "oppose", "conditional", "neutral")
                     for e in question.examples.get(key, []))
    return _terms_cached(question.statement, tuple(question.keywords), examples)


def _has(concept: frozenset[str], text_stems: frozenset[str]) -> bool:
    if concept & text_stems:
        return True
    # word families match one word at a time; two words side by side match a phrase only as they are
    return any(stems_match(c, t) for c in concept if len(c) >= 5 and " " not in c
               for t in text_stems if len(t) >= 5 and " " not in t)


_SENTENCE_END = re.compile(r"[.!?;:]")


@functools.lru_cache(maxsize=1 << 16)
def _text_stems(text: str) -> frozenset[str]:
    """The stems of the text's words, of the parts of its hyphenated words ("pro-minimum-wage"), and of each two
    words side by side ("drop out", matched by a phrasal paraphrase of the question's action)."""
    toks = tokens(text)
    whole = {t.stem for t in toks} | {f"{a.stem} {b.stem}" for a, b in zip(toks, toks[1:])
                                      if not _SENTENCE_END.search(text, a.end, b.start)}
    return frozenset(whole | {t.stem for t in tokens(text.replace("-", " "))}) if "-" in text else frozenset(whole)


def lexical_score(text: str, terms: QuestionTerms) -> float:
    """Weighted share of the statement's concepts found in ``text``; a whole keyword found counts 0.8."""
    text_stems = _text_stems(text)
    if not terms.concepts or not text_stems:
        return 0.0
    covered = sum(w for c, w in zip(terms.concepts, terms.weights) if _has(c, text_stems)) / sum(terms.weights)
    keyword = 0.8 if any(all(_has(c, text_stems) for c in kw) for kw in terms.keywords) else 0.0
    return max(covered, keyword)


def keyword_hit(text: str, terms: QuestionTerms) -> bool:
    """True when every word of one of the question's keywords (or their paraphrases) is in the text."""
    text_stems = _text_stems(text)
    return any(all(_has(c, text_stems) for c in kw) for kw in terms.keywords)


def core_hit(text: str, terms: QuestionTerms) -> bool:
    """True when the text has a word of the question's predicate, not only its names.

    Names ("Ukraine", "NATO") recur in every article about a conflict; a text is only about the
    question when some common word of the statement or keywords (or a paraphrase) is there too.
    """
    text_stems = _text_stems(text)
    if any(all(_has(c, text_stems) for c in kw) for kw in terms.named):
        return True
    if terms.named:
        # the question names its object ("the TPP"): a predicate word inside another name ("North American
        # Free Trade Agreement") is about that other object
        text_stems = _common_stems(text)
    return any(_has(c, text_stems) for c in terms.core) if terms.core else True


@functools.lru_cache(maxsize=1 << 16)
def _common_stems(text: str) -> frozenset[str]:
    """Stems of the words that are not part of a name (lowercase, or the text's first word)."""
    return frozenset(t.stem for k, t in enumerate(tokens(text)) if k == 0 or not text[t.start].isupper())


def combine(lexical: float, cosine: float | None) -> float:
    """The combined relevance in [0, 1]; without semantics it is the lexical score."""
    if cosine is None:
        return lexical
    sem = min(1.0, max(0.0, (cosine - SEM_FLOOR) / (SEM_FULL - SEM_FLOOR)))
    return 0.5 * lexical + 0.5 * sem


def relevance_matrix(texts: Sequence[str], questions: Sequence[Question],
                     use_semantic: bool | None = None) -> np.ndarray:
    """Relevance of each text (rows) to each question (columns), batched per call.

    Args:
        texts: sentences or content spans of one article.
        questions: the questions to decide.
        use_semantic: force semantic similarity on/off; None uses it when :func:`semantic.available`.
    Returns:
        an array of shape (len(texts), len(questions)) with scores in [0, 1].
    """
    out = np.zeros((len(texts), len(questions)), dtype=np.float32)
    if not texts or not questions:
        return out
    sem_on = semantic.available() if use_semantic is None else use_semantic
    text_vecs = semantic.encode(list(texts), cache=False) if sem_on else None
    for j, q in enumerate(questions):
        terms = question_terms(q)
        cos = None
        if text_vecs is not None:
            cos = (text_vecs @ semantic.encode(list(terms.targets)).T).max(axis=1)
        for i, text in enumerate(texts):
            running = _keeps_running(text, q)
            if core_hit(text, terms) or running:
                # going on running is the action's opposite: it covers the action's concept as "drop out" would
                lexical = lexical_score(f"{text} drop out" if running else text, terms)
                out[i, j] = combine(lexical, None if cos is None else float(cos[i]))
            if patient_hit(text, q):
                # a text that names what the question's action harms is about the question; whether it
                # takes a side is for the composition to say (stancemap.ledger.target)
                out[i, j] = max(out[i, j], THRESHOLD + 0.001)  # float32: 0.45 would read back as 0.4499
    return out


def _keeps_running(text: str, question: Question) -> bool:
    """True when the question is about a candidate dropping out and the text has one going on running ("urged
    Kane to keep fighting"): the opposite of the action is on the topic, though no word of it is.  v20."""
    from .opposites import candidacy_kept, is_candidacy  # opposites builds on this module
    from .polarity import verb_stems

    return is_candidacy(question.statement) and "drop out" in verb_stems(question.statement) \
        and bool(candidacy_kept(text, tokens(text)))


#: how many sentences back a topic anaphor may find its antecedent, and the share of its relevance kept
ANAPHORA_WINDOW = 3
ANAPHORA_FACTOR = 0.8


@functools.lru_cache(maxsize=1)
def _anaphora() -> re.Pattern[str]:
    """A determiner right before a noun of something said or proposed ("the proposal", "his remarks").

    Possessive names and modifiers ("Trump's latest comments") are left out: on the dev half used for
    checking they found other speakers' topics more often than the question's.
    """
    lex = load_lexicon("stance_relevance")
    dets = "|".join(re.escape(w) for w in lex.get("anaphora_determiners", []))
    nouns = "|".join(re.escape(w) for w in lex.get("anaphora_nouns", []))
    return re.compile(rf"\b(?:{dets})\s+(?:{nouns})s?\b", re.IGNORECASE)


def has_topic_anaphor(text: str) -> bool:
    """True when the text refers back to something said or proposed ("the proposal", "his remarks")."""
    return _anaphora().search(text) is not None


def inherit_anaphora(texts: Sequence[str], relevant: dict[int, float]) -> dict[int, float]:
    """Add sentences that refer back ("the proposal") to a relevant sentence shortly before them.

    Args:
        texts: the article's sentences in order.
        relevant: sentence index -> relevance of the sentences already found relevant.
    Returns:
        a new mapping with each anaphoric sentence that has a relevant (or itself inherited) sentence
        within :data:`ANAPHORA_WINDOW` sentences before it, at :data:`ANAPHORA_FACTOR` of that relevance.
    """
    out = dict(relevant)
    for i, text in enumerate(texts):
        if i in out:
            continue
        if has_topic_anaphor(text):
            prior = [out[k] for k in range(max(0, i - ANAPHORA_WINDOW), i) if k in out]
            if prior:
                out[i] = round(ANAPHORA_FACTOR * prior[-1], 4)
                continue
        named = _definite_policy_nouns(text)
        if named:
            # "the compromise" far below "a compromise gun measure": the same noun in a relevant sentence
            prior = [relevant[k] for k in range(i) if k in relevant and named & _policy_nouns_in(texts[k])]
            if prior:
                out[i] = round(ANAPHORA_FACTOR * prior[-1], 4)
    return out


@functools.lru_cache(maxsize=1)
def _policy_noun_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in load_lexicon("stance_relevance").get("policy_anaphora_nouns", []))


def _policy_nouns_in(text: str) -> frozenset[str]:
    return frozenset(t.stem for t in tokens(text)) & _policy_noun_stems()


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+([a-z]+)\b")


def _definite_policy_nouns(text: str) -> frozenset[str]:
    """Stems of policy nouns right after "the"/"this"/"that" ("endorsed the compromise")."""
    return frozenset(stem(m.group(1)) for m in _DEFINITE.finditer(text)) & _policy_noun_stems()
