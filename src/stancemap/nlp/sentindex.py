"""A per-doc sentence index: character offset or token index -> sentence number, by bisection.

``doc.sents`` builds a new Span for every sentence at each access, so code that asks "which sentence
is this in?" many times per doc (speaker resolution, attribution linking) shares one index, computed
once per Doc object and held in a weak-keyed cache: it dies with the doc, and a new doc that happens
to get the same ``id()`` never sees the old entry.  An index whose doc has changed length (retokenised)
or has since been parsed is rebuilt; code that moves sentence boundaries by hand after a component has
read the index must not rely on it.
"""
from __future__ import annotations

import bisect
import weakref

from spacy.tokens import Doc

_CACHE: weakref.WeakKeyDictionary[Doc, SentenceIndex] = weakref.WeakKeyDictionary()


class SentenceIndex:
    """Sentence boundaries of one doc, in characters and in tokens.

    ``bounds[k]`` is ``(start_char, end_char)`` of sentence ``k``; ``starts`` / ``token_starts`` are the
    sentence starts in characters / tokens.  A doc without sentence boundaries is one sentence.
    """

    def __init__(self, doc: Doc) -> None:
        self.has_sents = doc.has_annotation("SENT_START")
        if self.has_sents:
            sents = list(doc.sents)
            self.bounds = [(s.start_char, s.end_char) for s in sents]
            self.token_starts = [s.start for s in sents]
        else:
            self.bounds = [(0, len(doc.text))]
            self.token_starts = [0]
        self.starts = [b[0] for b in self.bounds]
        self.n_tokens = len(doc)

    def of(self, offset: int) -> int:
        """Number of the sentence holding character ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def of_token(self, token_i: int) -> int:
        """Number of the sentence holding token ``token_i``."""
        return max(0, bisect.bisect_right(self.token_starts, token_i) - 1)


def sentence_index(doc: Doc) -> SentenceIndex:
    """The :class:`SentenceIndex` of ``doc``, built on first use and then reused for the same Doc."""
    index = _CACHE.get(doc)
    if index is None or index.n_tokens != len(doc) or index.has_sents != doc.has_annotation("SENT_START"):
        index = SentenceIndex(doc)
        _CACHE[doc] = index
    return index
