"""The RSS/Atom reader: one Article per entry, feed title as outlet."""
from __future__ import annotations

from datetime import date

from stancemap.ingest import iter_articles
from stancemap.model import Article, ReadFailure


def test_feed_rss_entries(ingest_dir):
    path = ingest_dir / "feed.rss"
    items = list(iter_articles([path]))
    assert len(items) == 3
    first, second, empty = items
    assert first.source_path == f"{path}#0" and first.fmt == "feed"
    assert first.outlet == "Valley Courier" and first.published == date(2024, 3, 5)
    assert first.published_source == "given"
    assert first.text == ("Library extends opening hours\n\nThe valley library will open until nine in the "
                          "evening from April.\n\nThe board approved the change on Monday.")
    assert second.url == "https://valley-courier.example/bridge"
    assert isinstance(empty, ReadFailure) and empty.path == f"{path}#2"


def test_feed_atom_entry_prefers_published_over_updated(ingest_dir):
    (art,) = list(iter_articles([ingest_dir / "feed.atom"]))
    assert isinstance(art, Article)
    assert art.published == date(2024, 1, 19)
    assert art.outlet == "Northern Gazette"
    assert "rejected the proposed budget" in art.text and "<p>" not in art.text


def test_feed_malformed_fails_with_bozo_message(tmp_path):
    path = tmp_path / "bad.rss"
    path.write_text("<rss><channel><title>x</title><item><title>a</ti", encoding="utf-8")
    items = list(iter_articles([path]))
    assert len(items) == 1 and isinstance(items[0], ReadFailure)
    assert items[0].reason.startswith("malformed feed: ") or items[0].reason == "feed has no entries"


def test_feed_sniffed_without_extension(tmp_path, ingest_dir):
    path = tmp_path / "download"
    path.write_bytes((ingest_dir / "feed.atom").read_bytes())
    (art,) = list(iter_articles([path]))
    assert isinstance(art, Article) and art.fmt == "feed"


def test_feed_garbage_xml_fails_with_bozo_message(tmp_path):
    path = tmp_path / "bad.atom"
    path.write_text('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</ti',
                    encoding="utf-8")
    (item,) = list(iter_articles([path]))
    assert item.path == str(path) and item.reason.startswith("malformed feed: ")
