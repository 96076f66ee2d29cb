"""The .txt reader: front matter, titles, encodings."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.ingest import iter_articles
from stancemap.model import Article, ReadFailure


def _one(path):
    items = list(iter_articles([path]))
    assert len(items) == 1
    return items[0]


def test_text_yaml_front_matter_sets_metadata(ingest_dir):
    art = _one(ingest_dir / "yaml_front.txt")
    assert isinstance(art, Article)
    assert art.title == "Port authority signs dredging contract"
    assert art.url == "https://port-news.example/dredging"
    assert art.published == date(2024, 4, 22) and art.published_source == "given"
    assert art.outlet == "Port News" and art.fmt == "txt"
    assert not art.text.startswith("---") and "title:" not in art.text


def test_text_header_lines_set_metadata(ingest_dir):
    art = _one(ingest_dir / "header_front.txt")
    assert art.title == "Museum reopens after flood"
    assert art.published == date(2024, 3, 12)
    assert art.outlet == "City Herald"
    assert art.text.startswith("The city museum reopened")


def test_text_plain_file_takes_first_line_as_title(ingest_dir):
    art = _one(ingest_dir / "plain.txt")
    assert art.title == "Town fair draws record crowd"
    assert art.text.startswith("Town fair draws record crowd\n\n")
    assert art.source_path == str(ingest_dir / "plain.txt")


def test_text_colon_in_first_sentence_is_not_a_header(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Warning: the river is rising.\n\nOfficials closed two roads.\n", encoding="utf-8")
    art = _one(path)
    assert art.text.startswith("Warning: the river is rising.")


def test_text_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffA short article about a town.".encode("utf-8"))
    art = _one(path)
    assert isinstance(art, Article) and art.text == "A short article about a town."


@pytest.mark.parametrize("payload, reason", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (looks like PNG image)"),
    ("Caf\u00e9 owners protest".encode("cp1252"), "not valid UTF-8 at byte 3; re-save as UTF-8"),
])
def test_text_bad_input_fails_with_reason(tmp_path, payload, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(payload)
    item = _one(path)
    assert isinstance(item, ReadFailure)
    assert item.reason == reason and item.path == str(path)


def test_text_malformed_yaml_fails(tmp_path):
    path = tmp_path / "y.txt"
    path.write_text("---\ntitle: [unclosed\n---\nBody text.\n", encoding="utf-8")
    item = _one(path)
    assert isinstance(item, ReadFailure) and "front matter" in item.reason


def test_text_oversize_fails(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    item = list(iter_articles([path], max_bytes=100))[0]
    assert isinstance(item, ReadFailure)
    assert "limit (set STANCEMAP_MAX_FILE_BYTES)" in item.reason


def test_text_same_text_gives_same_id(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The council met.\r\nIt voted  yes.\n", encoding="utf-8")
    b.write_text("The council met.\nIt voted yes.", encoding="utf-8")
    first, second = list(iter_articles([a, b]))
    assert first.id == second.id
    c = tmp_path / "c.txt"
    c.write_text("The council met.\nIt voted no.", encoding="utf-8")
    assert _one(c).id != first.id
