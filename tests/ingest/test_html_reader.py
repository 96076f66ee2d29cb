"""The HTML reader: main text, title, date and outlet from the page, offline."""
from __future__ import annotations

from datetime import date

from stancemap.ingest import iter_articles
from stancemap.model import Article, ReadFailure


def test_html_main_text_without_boilerplate(ingest_dir):
    (art,) = list(iter_articles([ingest_dir / "page.html"]))
    assert isinstance(art, Article) and art.fmt == "html"
    assert "two early crossings" in art.text and "north pier" in art.text
    assert "Sport" not in art.text and "All rights reserved" not in art.text


def test_html_metadata_from_page(ingest_dir):
    (art,) = list(iter_articles([ingest_dir / "page.html"]))
    assert art.title == "Harbour council approves new ferry timetable"
    assert art.text.startswith(art.title)
    assert art.published == date(2023, 9, 14) and art.published_source == "html"
    assert art.outlet == "The Coastal Ledger"
    assert art.url == "https://www.coastal-ledger.example/news/ferry-timetable"
    assert art.language == "en"


def test_html_page_without_text_fails(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title><script>var a=1;</script></head><body></body></html>",
                    encoding="utf-8")
    (item,) = list(iter_articles([path]))
    assert isinstance(item, ReadFailure) and "no article text" in item.reason


def test_html_binary_with_html_extension_fails(tmp_path):
    path = tmp_path / "img.html"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (item,) = list(iter_articles([path]))
    assert item == ReadFailure(str(path), "binary file (looks like JPEG image)")


def test_html_latin1_page_with_declared_charset(tmp_path):
    body = "<p>" + "Le conseil municipal a vot\u00e9 le budget apr\u00e8s un long d\u00e9bat. " * 8 + "</p>"
    html = f'<html><head><meta charset="iso-8859-1"><title>Budget</title></head><body><article>{body}</article></body></html>'
    path = tmp_path / "fr.html"
    path.write_bytes(html.encode("latin-1"))
    (art,) = list(iter_articles([path]))
    assert isinstance(art, Article) and "vot\u00e9 le budget" in art.text
