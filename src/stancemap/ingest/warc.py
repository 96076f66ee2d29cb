"""Web archives (.warc / .warc.gz): each HTML ``response`` record becomes an Article via the HTML reader.

``url`` is the WARC-Target-URI; the date comes from the page, else the text, else the WARC-Date
(``published_source="warc"``).  Files are streamed; the size limit applies to each record, since
crawl archives are routinely larger than any single page.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from ..model import Article, ReadFailure
from .common import failure, parse_date, size_limit_reason
from .sniff import sniff_format
from .html import PageMeta, article_from_html

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc_file(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Read the HTML responses of a WARC file; a broken archive yields one ReadFailure and stops."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = path.open("rb")
    except OSError as e:
        yield failure(path, f"cannot open file: {e.strerror or e}")
        return
    found = 0
    with handle:
        head = handle.read(4096)
        if not head.strip():
            yield failure(path, "empty file")
            return
        if not _starts_as_warc(head):
            yield failure(path, "malformed WARC: the file does not start with a 'WARC/1.x' record header")
            return
        handle.seek(0)
        try:
            for index, record in enumerate(ArchiveIterator(handle)):
                item = _record_article(record, f"{path}#{index}", max_bytes)
                if item is not None:
                    found += 1
                    yield item
        except ArchiveLoadFailed as e:
            yield failure(path, f"malformed WARC: {_first_line(e)}")
            return
        except Exception as e:  # noqa: BLE001 - warcio fails on broken headers with any error type
            yield failure(path, f"malformed WARC after {found} article(s): {type(e).__name__}: {_first_line(e)}")
            return
    if not found:
        yield failure(path, "WARC has no HTML response records")


def _record_article(record, source_path: str, max_bytes: int) -> Article | ReadFailure | None:
    """An Article for an HTML 200 response record; None for every other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if status != "200" or not ctype.startswith(_HTML_TYPES):
        return None
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return failure(source_path, f"WARC record {size_limit_reason(max_bytes)}")
    if not payload.strip():
        return failure(source_path, "empty HTML response in WARC")
    headers = record.rec_headers
    meta = PageMeta(url=headers.get_header("WARC-Target-URI"),
                    fallback_date=parse_date(headers.get_header("WARC-Date")), fallback_source="warc")
    return article_from_html(payload, source_path, "warc", meta)


def _starts_as_warc(head: bytes) -> bool:
    # warcio reads any text as a legacy ARC file; only WARC is accepted here
    return sniff_format(head) == "warc"


def _first_line(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:300]
