"""Helpers for the ingest tests: the fixture folder and a WARC writer (archives are built at test time)."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

INGEST_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture(scope="session")
def ingest_dir() -> Path:
    return INGEST_FIXTURES


def write_warc(path: Path, pages: list[tuple[str, str, bytes, str]], gzip: bool = False) -> Path:
    """Write a WARC of ``(url, content_type, body, warc_date)`` HTTP 200 responses (plus a request)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, ctype, body, when in pages:
            request = writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                                warc_headers_dict={"WARC-Date": when})
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": when})
            writer.write_record(record)
    return path


@pytest.fixture()
def make_warc():
    return write_warc
