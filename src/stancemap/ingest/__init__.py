"""Ingestion: read articles from files and folders (txt, html, json/jsonl, RSS/Atom, WARC), and
find near-duplicates.

Public API::

    iter_articles(paths, max_bytes) -> Iterator[Article | ReadFailure]
    canonical_url(url) -> str | None
    MinHasher().signature(text) -> bytes; MinHasher().similarity(a, b) -> float
    StoryClusterer().add(key, sig); StoryClusterer().match(sig) -> str | None
"""
from __future__ import annotations

from .dedup import MinHasher, StoryClusterer
from .discover import iter_articles
from .urls import canonical_url

__all__ = ["MinHasher", "StoryClusterer", "canonical_url", "iter_articles"]
