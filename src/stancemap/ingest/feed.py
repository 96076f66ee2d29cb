"""RSS and Atom feeds (.rss/.atom/.xml, or sniffed): one Article per entry, the feed title as outlet."""
from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

from ..model import Article, ReadFailure
from .common import clean_str, failure, finish_article, load_markup, parse_date
from .html import fragment_text

log = logging.getLogger(__name__)


def read_feed_file(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Read an RSS/Atom file; each entry becomes an Article with ``source_path`` ``file#n``."""
    data = load_markup(path, max_bytes)
    if isinstance(data, ReadFailure):
        yield data
        return
    yield from articles_from_feed(data, str(path))


def articles_from_feed(data: bytes, source_path: str) -> Iterator[Article | ReadFailure]:
    """Parse feed bytes (never a URL: nothing is fetched) and yield one Article per entry."""
    import feedparser

    # a stream, never a str: feedparser fetches strings that look like URLs
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    bozo = f"malformed feed: {parsed.get('bozo_exception')}" if parsed.get("bozo") else None
    if not parsed.entries:
        yield failure(source_path, bozo or "feed has no entries")
        return
    outlet = clean_str(parsed.feed.get("title"))
    language = _language(parsed.feed.get("language"))
    items = [article_from_entry(e, f"{source_path}#{i}", outlet, language) for i, e in enumerate(parsed.entries)]
    if bozo:
        if not any(isinstance(item, Article) for item in items):
            yield failure(source_path, bozo)  # nothing usable recovered: the feed itself is the problem
            return
        log.warning("%s: %s; reading the entries that could be recovered", source_path, bozo)
    yield from items


def article_from_entry(entry, source_path: str, outlet: str | None, language: str | None) -> Article | ReadFailure:
    """One feed entry as an Article (content first, else summary; title as first paragraph)."""
    html = _entry_html(entry)
    body = fragment_text(html) if html else ""
    if not body:
        return failure(source_path, "feed entry has no content or summary text")
    title = clean_str(entry.get("title"))
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        published = parse_date(entry.get(key))
        if published:
            break
    if published is None:
        published = parse_date(entry.get("published") or entry.get("updated"))
    article = Article(text=text, title=title, url=clean_str(entry.get("link")), published=published,
                      published_source="given" if published else None, outlet=outlet,
                      language=language or "en", source_path=source_path, fmt="feed")
    return finish_article(article)


def _entry_html(entry) -> str:
    """The longest of the entry's content blocks and its summary."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    return max(candidates, key=len).strip()


def _language(value: object) -> str | None:
    lang = clean_str(value)
    return lang.split("-")[0].split("_")[0].lower() if lang else None
