"""Guess a file's format from its name, or from its first bytes when the name does not say."""
from __future__ import annotations

import re
import zlib
from pathlib import Path

_BY_SUFFIX: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".warc.gz": "warc",
}
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|article|p|div|h1)[\s>]", re.I)
SNIFF_BYTES = 65536


def format_by_name(path: Path) -> str | None:
    """The reader name for a file's extension, or None when the extension is unknown."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return _BY_SUFFIX.get(path.suffix.lower())


def sniff_format(head: bytes) -> str | None:
    """The reader name for content starting with ``head``, or None when it is not recognised."""
    if head.startswith(b"\x1f\x8b"):
        return "warc" if _gunzip_head(head).startswith(b"WARC/") else None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"WARC/"):
        return "warc"
    if text[:1] in (b"{", b"["):
        return _json_kind(text)
    start = text[:4096]
    if _FEED.search(start) and not re.search(rb"<html[\s>]", start, re.I):
        return "feed"
    if _HTML.search(start):
        return "html"
    return None


def is_feed(head: bytes) -> bool:
    """True when XML content looks like an RSS, Atom or RDF feed."""
    return sniff_format(head) == "feed"


def _json_kind(text: bytes) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) > 1 and text[:1] == b"{" and all(ln.lstrip()[:1] == b"{" for ln in lines[:-1]) \
            and lines[0].rstrip().endswith(b"}"):
        return "jsonl"
    return "json"


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return b""
