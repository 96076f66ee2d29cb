"""The JSON readers: one object per .json file, one per line in .jsonl, bad lines fail alone."""
from __future__ import annotations

from datetime import date

from stancemap.ingest import iter_articles
from stancemap.model import Article, ReadFailure


def test_jsonl_bad_lines_fail_alone(ingest_dir):
    path = ingest_dir / "articles.jsonl"
    items = list(iter_articles([path]))
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "ReadFailure", "Article"]
    assert items[1] == ReadFailure(f"{path}:2", "JSON line 2: missing 'text' or 'html'")
    assert items[2].path == f"{path}:3" and items[2].reason.startswith("JSON line 3: not valid JSON")
    assert items[0].source_path == f"{path}:1" and items[3].source_path == f"{path}:5"


def test_jsonl_text_record_fields(ingest_dir):
    first = next(iter(iter_articles([ingest_dir / "articles.jsonl"])))
    assert first.text == "The regional assembly passed a water bill on Thursday."
    assert (first.title, first.url, first.outlet) == ("Water bill passes", "https://example.org/water", "Example Daily")
    assert first.published == date(2024, 2, 1) and first.published_source == "given"
    assert first.fmt == "jsonl"


def test_jsonl_html_record_goes_through_html_reader(ingest_dir):
    last = list(iter_articles([ingest_dir / "articles.jsonl"]))[-1]
    assert isinstance(last, Article)
    assert "tram line" in last.text and "<p>" not in last.text
    assert last.published == date(2024, 6, 3) and last.published_source == "given"
    assert last.outlet == "example.org"


def test_json_single_object(ingest_dir):
    (art,) = list(iter_articles([ingest_dir / "article.json"]))
    assert art.fmt == "json" and art.outlet == "Arden Post"
    assert art.published == date(2024, 5, 10)


def test_json_invalid_file_fails(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"text": "unterminated', encoding="utf-8")
    (item,) = list(iter_articles([path]))
    assert isinstance(item, ReadFailure) and item.reason.startswith("not valid JSON at line 1")


def test_jsonl_invalid_utf8_line_fails_alone(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"text": "fine"}\n{"text": "caf\xe9"}\n')
    ok, bad = list(iter_articles([path]))
    assert isinstance(ok, Article)
    assert bad == ReadFailure(f"{path}:2", "JSON line 2: not valid UTF-8 at byte 13; re-save as UTF-8")


def test_jsonl_non_object_line_fails(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('["text"]\n', encoding="utf-8")
    (item,) = list(iter_articles([path]))
    assert isinstance(item, ReadFailure) and "expected an object" in item.reason
