"""Walking folders, skipping, sniffing and failing without raising."""
from __future__ import annotations

from stancemap.ingest import iter_articles
from stancemap.model import Article, ReadFailure


def test_discover_folder_skips_hidden_and_unknown(ingest_dir):
    items = list(iter_articles([ingest_dir / "folder"]))
    paths = [i.source_path for i in items]
    assert all(isinstance(i, Article) for i in items)
    assert paths == [str(ingest_dir / "folder" / "a.txt"), str(ingest_dir / "folder" / "sub" / "b.json")]


def test_discover_missing_path_fails(tmp_path):
    (item,) = list(iter_articles([tmp_path / "nope"]))
    assert isinstance(item, ReadFailure) and item.reason.startswith("no such file or folder")


def test_discover_explicit_unknown_extension_sniffed_as_html(tmp_path, ingest_dir):
    path = tmp_path / "page.php"
    path.write_bytes((ingest_dir / "page.html").read_bytes())
    (art,) = list(iter_articles([path]))
    assert isinstance(art, Article) and art.fmt == "html"


def test_discover_explicit_unknown_extension_sniffed_as_jsonl(tmp_path):
    path = tmp_path / "dump.data"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    items = list(iter_articles([path]))
    assert [i.text for i in items] == ["One.", "Two."]


def test_discover_explicit_unknown_binary_fails(tmp_path):
    path = tmp_path / "scan.dat"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (item,) = list(iter_articles([path]))
    assert item.reason.startswith("binary file (looks like PDF document")


def test_discover_explicit_unknown_text_fails_with_hint(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    (item,) = list(iter_articles([path]))
    assert isinstance(item, ReadFailure) and "unknown file type '.csv'" in item.reason


def test_discover_extensionless_text_read_as_txt(tmp_path):
    path = tmp_path / "ARTICLE"
    path.write_text("A plain article without an extension.", encoding="utf-8")
    (art,) = list(iter_articles([path]))
    assert isinstance(art, Article) and art.fmt == "txt"


def test_discover_explicit_xml_that_is_not_a_feed_fails(ingest_dir):
    (item,) = list(iter_articles([ingest_dir / "folder" / "sitemap.xml"]))
    assert item.reason == "XML file is not an RSS or Atom feed"


def test_discover_empty_explicit_unknown_fails(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"")
    (item,) = list(iter_articles([path]))
    assert item.reason == "empty file"


def test_discover_oversize_html_fails(tmp_path, ingest_dir):
    path = tmp_path / "p.html"
    path.write_bytes((ingest_dir / "page.html").read_bytes())
    (item,) = list(iter_articles([path], max_bytes=200))
    assert item == ReadFailure(str(path), "larger than the 200 bytes limit (set STANCEMAP_MAX_FILE_BYTES)")


def test_discover_default_limit_message_in_megabytes(tmp_path):
    from stancemap.ingest.common import size_limit_reason

    assert size_limit_reason(50 * 1024 * 1024) == "larger than the 50 MB limit (set STANCEMAP_MAX_FILE_BYTES)"


def test_discover_never_touches_the_network(tmp_path, monkeypatch):
    import socket

    calls = []

    def refuse(*args, **kwargs):
        calls.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for name in ("a.html", "b.rss", "c.xml", "d.jsonl"):
        (tmp_path / name).write_text("https://example.com/some/page", encoding="utf-8")
    (tmp_path / "e.json").write_text('{"html": "https://example.com/x"}', encoding="utf-8")
    items = list(iter_articles([tmp_path / n for n in ("a.html", "b.rss", "c.xml", "d.jsonl", "e.json")]))
    assert calls == []
    assert all(isinstance(i, ReadFailure) for i in items)
