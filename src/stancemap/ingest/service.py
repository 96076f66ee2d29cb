"""Ingest files into a store: read articles, skip duplicates, cluster near-duplicates, read, decide, store.

Each article is committed on its own, so an interrupted run keeps everything it reported as stored, and
a failing article is recorded as a :class:`ReadFailure` without stopping the run.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import DEFAULT_MODEL, MAX_FILE_BYTES
from ..errors import ConfigError
from ..model import Article, Question, Reading, ReadFailure, StanceRecord
from ..store import RecordError, Store
from ..store.db import canonical

log = logging.getLogger(__name__)

EventHandler = Callable[[str, dict[str, Any]], None]
Decider = Callable[[Reading, list[Question]], list[StanceRecord]]


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest: which spaCy model and stages read the articles, and batch sizes."""

    model: str = DEFAULT_MODEL
    stages: tuple[str, ...] = ("dates", "actors", "attribution", "actions")
    read: bool = True  # False: store articles without reading them
    decide: bool = True  # decide stances on the store's questions (when there are any)
    max_bytes: int = MAX_FILE_BYTES
    batch_size: int = 16  # articles read together by nlp.pipe (each is still committed alone)


@dataclass
class IngestSummary:
    """Counts of one ingest run, and every failure with its reason."""

    read: int = 0  # articles read from the input files
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: int = 0
    failures: list[ReadFailure] = field(default_factory=list)

    def count(self, status: str) -> None:
        """Count one stored article by its AddResult status."""
        attr = status.replace("-", "_")
        setattr(self, attr, getattr(self, attr) + 1)


@dataclass
class _Pending:
    article: Article
    signature: bytes | None
    near_of: str | None


def ingest(paths: Iterable[str | Path], store: Store, options: IngestOptions = IngestOptions(),
           on_event: EventHandler | None = None) -> IngestSummary:
    """Ingest files or folders into ``store``.

    Args:
        paths: files or folders in any format the readers know (txt, html, json, jsonl, feeds, warc).
        store: the database to write.
        options: model, stages and switches; see :class:`IngestOptions`.
        on_event: called as ``on_event(kind, payload)`` with kind ``article`` (payload: path,
            article_id, status, cluster_id) after each commit, ``failure`` (path, reason) and ``done``.
    Returns:
        IngestSummary: counts and failures.
    Raises:
        ConfigError: the model or a stage is unknown.  StoreError: the database cannot be written.
    """
    from . import iter_articles

    run = _Run(store, options, on_event or (lambda kind, payload: None))
    for item in iter_articles([str(p) for p in paths], max_bytes=options.max_bytes):
        run.take(item)
    run.flush()
    run.emit("done", {"summary": run.summary})
    return run.summary


class _Run:
    """The state of one ingest run: clusterer, pipeline, questions, the batch waiting to be read."""

    def __init__(self, store: Store, options: IngestOptions, emit: EventHandler) -> None:
        from . import MinHasher, StoryClusterer

        self.store, self.options, self.emit = store, options, emit
        self.summary = IngestSummary()
        self.hasher, self.clusterer = MinHasher(), StoryClusterer()
        self._warm()
        self.nlp = _pipeline(options) if options.read else None
        self.questions = store.questions() if options.decide and self.nlp is not None else []
        self.decide = _decider() if self.questions else None
        self.batch: list[_Pending] = []
        self.batch_keys: set[str] = set()

    def _warm(self) -> None:
        """Index the stored articles' signatures, so new copies of stored stories join their cluster."""
        for article_id, sig in self.store.signatures():
            try:
                self.clusterer.add(article_id, sig)
            except ValueError as e:  # a signature from another MinHash setting: it cannot be compared
                log.warning("stored signature of %s ignored: %s", article_id, e)

    def take(self, item: Article | ReadFailure) -> None:
        """Handle one item from the readers: a failure, a duplicate, or an article to read."""
        if isinstance(item, ReadFailure):
            self.fail(item.path, item.reason)
            return
        self.summary.read += 1
        keys = {item.content_hash, canonical(item.url) or ""} - {""}
        if keys & self.batch_keys:
            self.flush()  # its twin is still waiting to be read: store that first
        if self.store.find_duplicate(item) is not None:
            self.store_one(item, None, None, None)  # cheap skip: only a copy row is recorded
            return
        sig = self.hasher.signature(item.text)
        near = self.clusterer.match(sig)
        self.clusterer.add(item.id, sig)
        self.batch.append(_Pending(item, sig, near))
        self.batch_keys |= keys
        if len(self.batch) >= self.options.batch_size:
            self.flush()

    def flush(self) -> None:
        """Read the waiting articles together, then decide and store each one in its own transaction."""
        batch, self.batch, self.batch_keys = self.batch, [], set()
        if not batch:
            return
        readings = self.read([p.article for p in batch])
        for pending, reading in zip(batch, readings):
            if isinstance(reading, Exception):
                self.fail(_where(pending.article), f"reading failed: {_describe(reading)}")
                continue
            self.store_one(pending.article, reading, pending.signature, pending.near_of)

    def read(self, articles: list[Article]) -> list[Reading | None | Exception]:
        """Readings for a batch (None when not reading); one bad article does not spoil the others."""
        if self.nlp is None:
            return [None] * len(articles)
        from ..nlp.pipeline import doc_to_reading, read_article, read_docs

        try:
            return [doc_to_reading(a, doc) for a, doc in read_docs(self.nlp, articles, self.options.batch_size)]
        except Exception as e:  # noqa: BLE001 - isolate the article that broke the batch, below
            log.info("batch reading failed (%s); reading its %d articles one by one", e, len(articles))
        out: list[Reading | None | Exception] = []
        for article in articles:
            try:
                out.append(read_article(self.nlp, article))
            except Exception as e:  # noqa: BLE001 - a bad article becomes a ReadFailure, never aborts
                log.warning("cannot read %s: %s", _where(article), e, exc_info=log.isEnabledFor(logging.DEBUG))
                out.append(e)
        return out

    def store_one(self, article: Article, reading: Reading | None, sig: bytes | None, near: str | None) -> None:
        """Decide stances on a reading and commit the article with them."""
        try:
            stances = self.decide(reading, self.questions) if self.decide and reading is not None else []
        except Exception as e:  # noqa: BLE001 - the article stays unstored, so a later run retries it
            self.fail(_where(article), f"deciding stances failed: {_describe(e)}")
            return
        stages = self.options.stages if reading is not None else None
        try:
            result = self.store.add_article(article, reading, stances, minhash=sig, near_of=near, stages=stages)
        except RecordError as e:
            self.fail(_where(article), str(e))
            return
        self.summary.count(result.status)
        self.emit("article", {"path": _where(article), "article_id": result.article_id,
                              "status": result.status, "cluster_id": result.cluster_id})

    def fail(self, path: str, reason: str) -> None:
        """Record one failure."""
        failure = ReadFailure(path, reason)
        self.summary.failed += 1
        self.summary.failures.append(failure)
        self.emit("failure", {"path": failure.path, "reason": failure.reason})


def _pipeline(options: IngestOptions):
    from ..nlp.pipeline import cached_pipeline

    try:
        return cached_pipeline(options.model, tuple(options.stages))
    except ImportError as e:  # a stage's component is not installed in this version
        raise ConfigError(f"a reading stage of {list(options.stages)} cannot be loaded ({e}); "
                          "choose other stages or ingest with --no-read") from e


def _decider() -> Decider | None:
    """``stancemap.ledger.decide.decide_stances`` when that module exists, else None."""
    try:
        from ..ledger.decide import decide_stances
    except ModuleNotFoundError as e:
        if e.name not in ("stancemap.ledger.decide", "stancemap.ledger"):
            raise
        log.info("stancemap.ledger.decide is not available: storing articles without stance decisions")
        return None
    return decide_stances


def _where(article: Article) -> str:
    return article.source_path or article.url or f"article {article.id}"


def _describe(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {text}" if text else type(e).__name__
