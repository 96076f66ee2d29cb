"""Token features for the attribution tagger, shared by training and inference.

Each token gets categorical ids (lowercase form, lemma, word shape, lemma of its syntactic head, POS,
dependency labels, entity type) and dense quote / lexicon / position flags.  ``doc.tensor`` is not used
on purpose: it is not stored in DocBin caches and differs between spaCy pipelines (sm vs trf), so a
tagger trained on it would silently break with ``--model``.
"""
from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field

import numpy as np
import yaml

from ...config import PACKAGE_DATA
from .quotes import QUOTE_MARKS, find_quotes, quote_mask
from .tokens import TokenTable, token_table

LABELS = ("Source", "Cue", "Content")
TAGS = ("O",) + tuple(f"{p}-{lab}" for lab in LABELS for p in ("B", "I"))
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
N_FLAGS = 13
#: dependents of a cue-lexicon verb whose subtrees are likely contents / sources
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "advcl", "parataxis"})
SOURCE_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
CAT_FIELDS = ("lower", "lemma", "shape", "head_lemma", "pos", "dep", "ent", "head_dep")


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """The attribution cue lexicon (``data/lexicons/attribution.yaml``), loaded once."""
    with open(PACKAGE_DATA / "lexicons" / "attribution.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    data["verbs_set"] = frozenset(data.get("verbs", []))
    data["nouns_set"] = frozenset(data.get("nouns", []))
    return data


@dataclass
class Vocab:
    """String -> id tables for the categorical features (id 0 = unknown)."""

    tables: dict[str, dict[str, int]] = field(default_factory=lambda: {f: {} for f in CAT_FIELDS})

    def ids(self, fieldname: str, value: str) -> int:
        return self.tables[fieldname].get(value, 0)

    def sizes(self) -> dict[str, int]:
        return {f: len(t) + 1 for f, t in self.tables.items()}

    def to_json(self) -> dict:
        return {"tables": self.tables}

    @classmethod
    def from_json(cls, data: dict) -> Vocab:
        return cls(tables={f: dict(t) for f, t in data["tables"].items()})


def _canonical_marks(text: str, regions: list | None = None) -> dict[int, str]:
    """Offsets of quote marks other than ``“ ” "`` -> ``“`` (opening) or ``”`` (closing).

    The tagger learnt quotes from English news (curly and straight); «guillemets», „low marks“ and
    ‹singles› are shown to it as the curly marks they stand for.
    """
    out = {}
    for r in find_quotes(text) if regions is None else regions:
        if text[r.start] not in '“"':
            out[r.start] = "“"
        if r.closed and text[r.end - 1] not in '”"':
            out[r.end - 1] = "”"
    return out


def token_columns(doc, text: str | None = None, regions: list | None = None,
                  table: TokenTable | None = None) -> list[list[str]]:
    """The categorical feature strings of every token, one list per field in ``CAT_FIELDS`` order.

    ``text`` / ``regions`` (``doc.text`` and its quote regions) and ``table`` (:func:`token_table`) may
    be passed when already computed: ``Doc.text`` is rebuilt from the tokens at every access.
    """
    marks = _canonical_marks(doc.text if text is None else text, regions)
    t = token_table(doc) if table is None else table
    lower, lemma, shape = list(t.lower), list(t.lemma), list(t.shape)
    for i, start in enumerate(t.idx):
        mark = marks.get(start) if t.length[i] == 1 else None
        if mark:
            lower[i] = lemma[i] = shape[i] = mark
    head_lemma = [t.lemma[h] for h in t.head]
    head_dep = [t.dep[h] for h in t.head]
    return [lower, lemma, shape, head_lemma, t.pos, t.dep, t.ent, head_dep]


def token_strings(doc, text: str | None = None, regions: list | None = None) -> list[tuple[str, ...]]:
    """The categorical feature strings of every token, in ``CAT_FIELDS`` order (see :func:`token_columns`)."""
    return list(zip(*token_columns(doc, text, regions))) if len(doc) else []


def build_vocab(docs, min_count: int = 3) -> Vocab:
    """Build the id tables from training docs (forms seen fewer than ``min_count`` times are unknown)."""
    counts: dict[str, dict[str, int]] = {f: {} for f in CAT_FIELDS}
    for doc in docs:
        for strings in token_strings(doc):
            for f, s in zip(CAT_FIELDS, strings):
                counts[f][s] = counts[f].get(s, 0) + 1
    vocab = Vocab()
    for f, c in counts.items():
        keep = sorted(s for s, n in c.items() if n >= (min_count if f in ("lower", "lemma", "shape", "head_lemma") else 1))
        vocab.tables[f] = {s: i + 1 for i, s in enumerate(keep)}
    return vocab


def _flags(doc, text: str, regions: list, table: TokenTable | None = None) -> np.ndarray:
    """Dense flags 0-12 per token (quote, lexicon, position and cue-subtree flags)."""
    lex = lexicon()
    verbs, nouns = lex["verbs_set"], lex["nouns_set"]
    mask = quote_mask(text, regions)
    t = token_table(doc) if table is None else table
    n = len(t)
    starts = t.idx
    # the previous token's text and trailing white space run up to this token's start
    newline = [True] + ["\n" in text[a:b] for a, b in zip(starts, starts[1:])]
    columns = (
        [mask[i] if i < len(mask) else 0 for i in starts],
        [text[i:i + 1] in QUOTE_MARKS for i in starts],
        [lemma in verbs for lemma in t.lemma],
        [lemma in nouns for lemma in t.lemma],
        [t.lemma[h] in verbs for h in t.head],
        [i == 0 or s for i, s in enumerate(t.sent_start)],  # None (no boundaries) becomes NaN
        newline[:n],
        t.punct,
        [i < h for i, h in enumerate(t.head)],
    )
    flags = np.zeros((n, N_FLAGS), dtype=np.float32)
    for k, col in enumerate(columns):
        flags[:, k] = np.array(col, dtype=np.float32)
    _subtree_flags(doc, flags, verbs, t)
    return flags


def _subtree_flags(doc, flags: np.ndarray, verbs: frozenset, table: TokenTable) -> None:
    """Flags 9-12: inside a likely content / source subtree of a cue verb, and that subtree's edges."""
    for i, (pos, lemma) in enumerate(zip(table.pos, table.lemma)):
        if pos not in ("VERB", "AUX") or lemma not in verbs:
            continue
        tok = doc[i]
        for child in tok.children:
            col = 9 if child.dep_ in CONTENT_DEPS else 10 if child.dep_ in SOURCE_DEPS else -1
            if col < 0:
                continue
            lo, hi = child.left_edge.i, child.right_edge.i
            flags[lo:hi + 1, col] = 1.0
            flags[lo, 11] = 1.0
            flags[hi, 12] = 1.0


@dataclass
class DocFeatures:
    """A doc's feature strings (one list per field of ``CAT_FIELDS``) and flags, computed once and
    encoded for any vocabulary."""

    columns: list[list[str]]
    flags: np.ndarray

    @classmethod
    def of(cls, doc, text: str | None = None, regions: list | None = None) -> DocFeatures:
        """Features of ``doc`` (pass ``doc.text`` and its quote regions when already at hand)."""
        text = doc.text if text is None else text
        regions = find_quotes(text) if regions is None else regions
        table = token_table(doc)
        return cls(token_columns(doc, text, regions, table), _flags(doc, text, regions, table))

    def encode(self, vocab: Vocab, n_flags: int = N_FLAGS) -> tuple[np.ndarray, np.ndarray]:
        """(ids [n, len(CAT_FIELDS)] int64, dense flags [n, n_flags] float32)."""
        n = len(self.flags)
        cols = [list(map(vocab.tables[f].get, col, itertools.repeat(0, n))) if f not in _WORD_FIELDS
                else [_word_id(vocab.tables[f], s) for s in col] for f, col in zip(CAT_FIELDS, self.columns)]
        ids = np.array(cols, dtype=np.int64).reshape(len(CAT_FIELDS), n).T.copy()
        return ids, self.flags[:, :n_flags]


#: the fields that hold words, where a British spelling the vocabulary lacks takes its American id
_WORD_FIELDS = frozenset({"lower", "lemma", "head_lemma"})
#: British endings and their American forms ("favour", "criticised", "organisation", "travelled", "defence")
_AMERICAN_ENDINGS = (("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ise", "ize"),
                     ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("isation", "ization"),
                     ("yse", "yze"), ("ysed", "yzed"), ("ence", "ense"), ("tre", "ter"), ("lled", "led"),
                     ("lling", "ling"), ("ogue", "og"), ("amme", "am"))


def american_spelling(word: str) -> str | None:
    """The American spelling of a British word form by its ending ("favour" -> "favor"), else None."""
    for british, american in _AMERICAN_ENDINGS:
        if word.endswith(british) and len(word) > len(british) + 2:
            return word[:-len(british)] + american
    return None


def _word_id(table: dict[str, int], word: str) -> int:
    """The id of a word, or of its American spelling when the vocabulary (trained on US news) lacks it."""
    found = table.get(word)
    if found is None:
        variant = american_spelling(word)
        found = table.get(variant, 0) if variant else 0
    return found


def doc_features(doc, vocab: Vocab, n_flags: int = N_FLAGS) -> tuple[np.ndarray, np.ndarray]:
    """(ids, dense flags) for one doc; ``n_flags`` < ``N_FLAGS`` keeps the first flags only (models
    trained before flags were added)."""
    return DocFeatures.of(doc).encode(vocab, n_flags)


def spans_to_tags(doc, spans: dict[str, list[tuple[int, int]]]) -> np.ndarray:
    """BIO tag ids for a doc from labelled character fragments (a token takes the first label it overlaps)."""
    tags = np.zeros(len(doc), dtype=np.int64)
    for label, frags in spans.items():
        for start, end in frags:
            toks = [t for t in doc if t.idx < end and t.idx + len(t.text) > start and not t.is_space]
            for k, tok in enumerate(toks):
                if tags[tok.i] == 0:
                    tags[tok.i] = TAG_INDEX[("B-" if k == 0 else "I-") + label]
    return tags
