"""The WARC reader: HTML responses become Articles, dates fall back to WARC-Date."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.ingest import iter_articles
from stancemap.model import Article, ReadFailure

_BODY = ("<p>The river authority of an invented county said on Friday it would open the flood gates "
         "for the first time in ten years, after a week of heavy rain upstream.</p>"
         "<p>Farmers downstream were told to move their animals to higher ground before the weekend, "
         "and the county opened two shelters for families near the old mill.</p>")


def _page(extra_head: str = "") -> bytes:
    return (f"<html><head><title>Flood gates to open</title>{extra_head}</head>"
            f"<body><article>{_BODY}</article></body></html>").encode("utf-8")


@pytest.mark.parametrize("gzip, name", [(False, "crawl.warc"), (True, "crawl.warc.gz")])
def test_warc_html_responses_become_articles(tmp_path, make_warc, ingest_dir, gzip, name):
    path = make_warc(tmp_path / name, [
        ("https://river-news.example/flood", "text/html; charset=utf-8", _page(), "2024-02-09T10:00:00Z"),
        ("https://river-news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", "2024-02-09T10:00:01Z"),
    ], gzip=gzip)
    items = list(iter_articles([path]))
    assert len(items) == 1
    art = items[0]
    assert isinstance(art, Article) and art.fmt == "warc"
    assert art.url == "https://river-news.example/flood"
    assert "flood gates" in art.text and art.source_path.startswith(f"{path}#")
    assert art.published == date(2024, 2, 9) and art.published_source == "warc"


def test_warc_page_date_wins_over_warc_date(tmp_path, make_warc):
    head = '<meta property="article:published_time" content="2024-01-30T08:00:00Z">'
    path = make_warc(tmp_path / "c.warc", [("https://river-news.example/a", "text/html", _page(head),
                                            "2024-02-09T10:00:00Z")])
    (art,) = list(iter_articles([path]))
    assert art.published == date(2024, 1, 30) and art.published_source == "html"


def test_warc_malformed_fails(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a web archive\r\n\r\n" * 3)
    (item,) = list(iter_articles([path]))
    assert isinstance(item, ReadFailure) and item.reason.startswith("malformed WARC: ")


def test_warc_without_html_fails(tmp_path, make_warc):
    path = make_warc(tmp_path / "img.warc", [("https://x.example/a.png", "image/png", b"\x89PNG\r\n\x1a\n",
                                              "2024-02-09T10:00:00Z")])
    (item,) = list(iter_articles([path]))
    assert item == ReadFailure(str(path), "WARC has no HTML response records")


def test_warc_sniffed_when_extension_unknown(tmp_path, make_warc):
    path = make_warc(tmp_path / "crawl.bin", [("https://river-news.example/flood", "text/html", _page(),
                                               "2024-02-09T10:00:00Z")], gzip=True)
    (art,) = list(iter_articles([path]))
    assert isinstance(art, Article) and art.fmt == "warc"


def test_warc_broken_record_header_fails_without_raising(tmp_path):
    path = tmp_path / "trunc.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nabc")
    items = list(iter_articles([path]))
    assert len(items) == 1 and items[0].reason.startswith("malformed WARC")
