"""JSON articles: ``.json`` holds one article object (or a list of them), ``.jsonl`` one per line.

Fields: ``text`` or ``html`` (one is required), ``url``, ``title``, ``published`` (or ``date``),
``outlet``, ``language``.  A bad line of a .jsonl file fails only that line (``file.jsonl:7``);
.jsonl files are streamed, and the size limit applies to each line.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..model import Article, ReadFailure
from .common import (binary_kind, clean_str, failure, finish_article, load_utf8, parse_date,
                     size_limit_reason, utf8_or_reason)
from .html import PageMeta, article_from_html


def read_json_file(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Read a .json file: one article object, or a list of article objects (``file.json#n``)."""
    text = load_utf8(path, max_bytes)
    if isinstance(text, ReadFailure):
        yield text
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        yield failure(path, f"not valid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield article_from_record(item, f"{path}#{i}", "json", f"JSON item {i}")
    else:
        yield article_from_record(value, str(path), "json", "JSON")


def read_jsonl_file(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Read a .jsonl file, one article object per line; blank lines are skipped."""
    try:
        handle = path.open("rb")
    except OSError as e:
        yield failure(path, f"cannot open file: {e.strerror or e}")
        return
    seen_any = False
    with handle:
        kind = binary_kind(handle.read(4096))
        if kind:
            yield failure(path, f"binary file (looks like {kind})")
            return
        handle.seek(0)
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            seen_any = True
            yield _line(raw, lineno, path, max_bytes)
    if not seen_any:
        yield failure(path, "empty file")


def _line(raw: bytes, lineno: int, path: Path, max_bytes: int) -> Article | ReadFailure:
    where = f"{path}:{lineno}"
    if len(raw) > max_bytes:
        return failure(where, f"JSON line {lineno}: {size_limit_reason(max_bytes)}")
    text, reason = utf8_or_reason(raw)
    if reason:
        return failure(where, f"JSON line {lineno}: {reason}")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        return failure(where, f"JSON line {lineno}: not valid JSON at column {e.colno}: {e.msg}")
    return article_from_record(value, where, "jsonl", f"JSON line {lineno}")


def article_from_record(value: object, source_path: str, fmt: str, label: str) -> Article | ReadFailure:
    """Build an Article from one decoded JSON object."""
    if not isinstance(value, dict):
        return failure(source_path, f"{label}: expected an object with 'text' or 'html', got {type(value).__name__}")
    text, html = clean_str(value.get("text")), clean_str(value.get("html"))
    if not text and not html:
        return failure(source_path, f"{label}: missing 'text' or 'html'")
    published = parse_date(value.get("published") or value.get("date"))
    url, title = clean_str(value.get("url")), clean_str(value.get("title"))
    outlet, language = clean_str(value.get("outlet")), clean_str(value.get("language"))
    if not text:
        meta = PageMeta(url=url, title=title, published=published, outlet=outlet, language=language)
        return article_from_html(html, source_path, fmt, meta)
    article = Article(text=text, title=title, url=url, published=published,
                      published_source="given" if published else None, outlet=outlet,
                      language=language or "en", source_path=source_path, fmt=fmt)
    return finish_article(article)
