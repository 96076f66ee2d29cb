"""Articles inside the shared XML geoparsing corpora (TR-News, LGL), named as ``FILE.xml#DOCID``.

A gold file may point at one ``<article docid="...">`` of such a corpus; its text is the ``<text>`` element's
content exactly as :mod:`xml.etree.ElementTree` parses it (offsets index into that string), its title the
``<title>`` element (stripped) and its date the ``<dltime>`` element (the day the corpus builders downloaded it).
"""
from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..config import shared_path
from ..errors import DataMissingError


@dataclass(frozen=True)
class CorpusArticle:
    """One article of an XML corpus: its text, title and download date."""

    text: str
    title: str | None
    downloaded: date | None


def is_reference(file: str) -> bool:
    """Whether a gold ``file`` names an article inside an XML corpus (``path.xml#docid``)."""
    path, sep, docid = file.partition("#")
    return bool(sep) and path.endswith(".xml") and bool(docid)


@functools.lru_cache(maxsize=4)
def _articles(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    return {a.get("docid", ""): a for a in root.iter("article")}


def _date(raw: str | None) -> date | None:
    try:
        return date.fromisoformat((raw or "").strip()[:10])
    except ValueError:
        return None


def corpus_article(file: str) -> CorpusArticle:
    """The article a ``path.xml#docid`` reference names (path relative to the shared data root)."""
    rel, _, docid = file.partition("#")
    path = shared_path(*rel.split("/"))
    element = _articles(path).get(docid)
    if element is None:
        raise DataMissingError(f"{rel} has no <article docid={docid!r}>: check the gold file's reference")
    title = element.findtext("title")
    return CorpusArticle(text=element.findtext("text") or "", title=title.strip() if title else None,
                         downloaded=_date(element.findtext("dltime")))
