"""A doc's token annotations read in one pass, as plain Python lists.

Iterating a Doc builds a new ``Token`` object per token, and ``tok.head`` another one per access; the
tagger's features need about six such objects per token.  :func:`token_table` reads the annotations
once with ``Doc.to_array`` and turns them into strings through the vocabulary, giving the same values
as the ``Token`` attributes named on each field.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_PUNCT, LEMMA, LENGTH, LOWER, POS, SENT_START, SHAPE

_ATTRS = (LOWER, LEMMA, SHAPE, POS, DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LENGTH, IS_PUNCT, SENT_START)
#: ``Token.ent_iob_`` by ``ENT_IOB`` value
_IOB = ("", "I", "O", "B")


@dataclass
class TokenTable:
    """Per-token annotations of one doc (index ``i`` = token ``i``)."""

    lower: list[str]         # tok.lower_
    lemma: list[str]         # tok.lemma_.lower()
    shape: list[str]         # tok.shape_
    pos: list[str]           # tok.pos_
    dep: list[str]           # tok.dep_
    ent: list[str]           # tok.ent_iob_ + "-" + tok.ent_type_
    head: list[int]          # tok.head.i
    idx: list[int]           # tok.idx
    length: list[int]        # len(tok.text)
    punct: list[bool]        # tok.is_punct
    sent_start: list[bool | None]  # tok.is_sent_start

    def __len__(self) -> int:
        return len(self.idx)


def _strings(doc, ids: np.ndarray) -> list[str]:
    """Vocabulary strings of hash/symbol ids, looking each distinct id up once."""
    store = doc.vocab.strings
    table = {h: store[h] for h in set(ids.tolist())}
    return [table[h] for h in ids.tolist()]


def _sent_start(value: int) -> bool | None:
    return None if value == 0 else value > 0


def token_table(doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``."""
    if len(doc) == 0:
        return TokenTable([], [], [], [], [], [], [], [], [], [], [])
    arr = doc.to_array(list(_ATTRS))
    col = {attr: arr[:, k] for k, attr in enumerate(_ATTRS)}
    iob = col[ENT_IOB].tolist()
    types = _strings(doc, col[ENT_TYPE])
    heads = col[HEAD].astype(np.int64) + np.arange(len(doc), dtype=np.int64)  # HEAD is relative
    return TokenTable(
        lower=_strings(doc, col[LOWER]),
        lemma=[s.lower() for s in _strings(doc, col[LEMMA])],
        shape=_strings(doc, col[SHAPE]),
        pos=_strings(doc, col[POS]),
        dep=_strings(doc, col[DEP]),
        ent=[_IOB[b] + "-" + t for b, t in zip(iob, types)],
        head=heads.tolist(),
        idx=col[IDX].tolist(),
        length=col[LENGTH].tolist(),
        punct=[bool(v) for v in col[IS_PUNCT].tolist()],
        sent_start=[_sent_start(v) for v in col[SENT_START].astype(np.int64).tolist()],
    )
