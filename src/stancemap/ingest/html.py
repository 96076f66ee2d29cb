"""HTML pages (.html/.htm): main text with trafilatura, date with htmldate (through trafilatura's
metadata, original publication date first, markup only), fully offline.

The page title, when found, is put as the first paragraph of ``Article.text`` (as in a .txt file), so
the reading stages see the headline too.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..model import Article, ReadFailure
from .common import (clean_str, failure, finish_article, load_markup, outlet_from_url,
                     parse_date)

log = logging.getLogger(__name__)


@dataclass
class PageMeta:
    """Metadata known before parsing a page (from a feed entry, a WARC header, a JSON record)."""

    url: str | None = None
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    language: str | None = None
    fallback_date: date | None = None  # used after htmldate and the text itself fail (WARC-Date)
    fallback_source: str | None = None


def read_html_file(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Read one .html/.htm file into one Article (or one ReadFailure)."""
    data = load_markup(path, max_bytes)
    if isinstance(data, ReadFailure):
        yield data
        return
    yield article_from_html(data, str(path), "html", PageMeta())


def article_from_html(html: bytes | str, source_path: str, fmt: str, meta: PageMeta) -> Article | ReadFailure:
    """Extract the main text and metadata of an HTML page into an Article.

    Args:
        html: the page, as bytes (charset detected) or text.
        source_path: what ``Article.source_path`` and failures name.
        fmt: the reader's name for ``Article.fmt``.
        meta: values already known; they win over what the page says.
    Returns:
        an Article, or a ReadFailure when no main text can be found.
    """
    extracted = _extract(html, meta.url)
    if isinstance(extracted, str):
        return failure(source_path, extracted)
    doc, lang_attr = extracted
    body = (doc.text or "").strip()
    if not body:
        return failure(source_path, "no article text found in the HTML (a front page, or a page built by scripts?)")
    title = meta.title or clean_str(doc.title)
    url = meta.url or clean_str(doc.url)
    published, how = meta.published, "given" if meta.published else None
    if published is None:
        published = parse_date(clean_str(doc.date))
        how = "html" if published else None
    article = Article(
        text=_with_title(title, body), title=title, url=url, published=published, published_source=how,
        outlet=meta.outlet or clean_str(doc.sitename) or outlet_from_url(url),
        language=meta.language or _language(lang_attr, doc) or "en", source_path=source_path, fmt=fmt,
    )
    article = finish_article(article)
    if article.published is None and meta.fallback_date is not None:
        article.published, article.published_source = meta.fallback_date, meta.fallback_source
    return article


def _extract(html: bytes | str, url: str | None):
    """(trafilatura's Document, the html lang attribute) for the page, or a failure reason."""
    import trafilatura
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    tree = load_html(html)  # parse ourselves: a bare URL string must never be fetched
    if tree is None:
        return "not parseable as HTML"
    try:
        doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, date_extraction_params=set_date_params(extensive=False))
    except Exception as e:  # noqa: BLE001 - trafilatura raises many kinds on odd markup
        log.debug("trafilatura failed", exc_info=True)
        return f"HTML extraction failed ({type(e).__name__}: {e})"
    if doc is None:
        return "no article text found in the HTML (a front page, or a page built by scripts?)"
    return doc, tree.get("lang")


def _language(lang_attr: str | None, doc) -> str | None:
    lang = clean_str(lang_attr) or clean_str(getattr(doc, "language", None))
    return lang.split("-")[0].split("_")[0].lower() if lang else None


def _with_title(title: str | None, body: str) -> str:
    if not title or body.startswith(title):
        return body
    return f"{title}\n\n{body}"


_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "section", "article", "header", "footer", "tr", "table", "pre", "figure", "figcaption"})
_SKIP = frozenset({"script", "style", "noscript", "template"})


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    import lxml.html
    from lxml import etree

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    parts: list[str] = []
    _walk(root, parts)
    paragraphs = [" ".join(p.split()) for p in "".join(parts).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _walk(node, parts: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _SKIP:
        parts.append(node.tail or "")
        return
    block = tag in _BLOCKS
    if block:
        parts.append("\n\n")
    if tag == "br":
        parts.append("\n\n")
    parts.append(node.text or "")
    for child in node:
        _walk(child, parts)
    if block:
        parts.append("\n\n")
    parts.append(node.tail or "")
