"""canonical_url: one key for the same page reached by different links."""
from __future__ import annotations

import pytest

from stancemap.ingest import canonical_url


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://WWW.Example.COM/News/Story/", "https://www.example.com/News/Story"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("http://example.com:80/a", "http://example.com/a"),
    ("http://example.com:8080/a", "http://example.com:8080/a"),
    ("https://example.com/a#comments", "https://example.com/a"),
    ("https://example.com/a?utm_source=x&utm_medium=y&id=7&fbclid=abc", "https://example.com/a?id=7"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    ("https://example.com/", "https://example.com"),
    ("https://example.com", "https://example.com"),
    ("https://example.com//a//b/", "https://example.com/a/b"),
    ("  https://example.com/a?gclid=1  ", "https://example.com/a"),
])
def test_canonical_url_normalises(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", [None, "", "   ", "not a url", "/relative/path", "http://[::1"])
def test_canonical_url_rejects_non_urls(url):
    assert canonical_url(url) is None


def test_canonical_url_is_idempotent():
    once = canonical_url("https://Example.com/x/?utm_campaign=a&q=1#top")
    assert canonical_url(once) == once
