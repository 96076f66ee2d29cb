"""Plain-text articles (.txt), with optional front matter.

Front matter is either a leading ``---`` YAML block or ``Key: value`` header lines (title, url,
published/date, outlet/source, language) ended by a blank line.  Without front matter, a short first
line followed by a blank line is taken as the title (it stays in the text).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from ..model import Article, ReadFailure
from .common import clean_str, failure, finish_article, load_utf8, parse_date

_KEYS = {
    "title": "title", "headline": "title",
    "url": "url", "link": "url", "source_url": "url",
    "published": "published", "date": "published", "published_at": "published", "pubdate": "published",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
    "language": "language", "lang": "language",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):[ \t]*(.*)$")
_YAML_BLOCK = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MAX_TITLE = 250


def read_text_file(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Read one .txt file into one Article (or one ReadFailure)."""
    text = load_utf8(path, max_bytes)
    if isinstance(text, ReadFailure):
        yield text
        return
    yield article_from_text(text, str(path))


def article_from_text(raw: str, source_path: str, fmt: str = "txt") -> Article | ReadFailure:
    """Build an Article from the text of a .txt file (front matter removed and applied)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(raw)
    if isinstance(meta, str):
        return failure(source_path, meta)
    body = body.strip()
    if not body:
        return failure(source_path, "empty file" if not meta else "front matter but no article text")
    published = parse_date(meta.get("published"))
    article = Article(
        text=body,
        title=clean_str(meta.get("title")) or _title_line(body),
        url=clean_str(meta.get("url")),
        published=published,
        published_source="given" if published else None,
        outlet=clean_str(meta.get("outlet")),
        language=clean_str(meta.get("language")) or "en",
        source_path=source_path,
        fmt=fmt,
    )
    return finish_article(article)


def split_front_matter(raw: str) -> tuple[dict[str, object] | str, str]:
    """(metadata, body); metadata is an error message string when a YAML block is malformed."""
    stripped = raw.lstrip("\ufeff")
    m = _YAML_BLOCK.match(stripped)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark else ""
            return f"malformed YAML front matter{where}; fix it or remove the leading '---' block", ""
        if not isinstance(loaded, dict):
            return "YAML front matter is not a mapping of 'key: value' lines", ""
        return _known(loaded), stripped[m.end():]
    return _header_lines(stripped)


def _known(values: dict) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        field = _KEYS.get(str(key).strip().lower().replace(" ", "_").replace("-", "_"))
        if field and field not in out and value not in (None, ""):
            out[field] = value
    return out


def _header_lines(raw: str) -> tuple[dict[str, object], str]:
    """``Key: value`` lines at the very top, ended by a blank line; only when every key is known."""
    lines = raw.split("\n")
    pairs: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if pairs:
                return _known(pairs), "\n".join(lines[i + 1:])
            return {}, raw
        m = _HEADER_LINE.match(line)
        if not m or _KEYS.get(m.group(1).strip().lower().replace(" ", "_").replace("-", "_")) is None:
            return {}, raw
        pairs[m.group(1)] = m.group(2).strip()
    return {}, raw  # headers with no body after them: treat the file as plain text


def _title_line(body: str) -> str | None:
    """The first line as title when it is short and stands alone (followed by a blank line)."""
    first, sep, rest = body.partition("\n")
    first = first.strip()
    if not sep or not rest.startswith("\n") or not first or len(first) > _MAX_TITLE:
        return None
    if first.endswith((".", ",", ";", ":")) and not first.endswith("..."):
        return None
    return first
