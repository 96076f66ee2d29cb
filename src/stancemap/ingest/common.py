"""Helpers shared by the readers: loading bytes safely, decoding, dates, outlets, failures."""
from __future__ import annotations

import logging
import re
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from ..model import Article, ReadFailure

log = logging.getLogger(__name__)

# Magic numbers of common non-text files, so a failure can say what the file looks like.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document; convert it to text first"),
    (b"PK\x03\x04", "ZIP archive (or a .docx/.xlsx file); unpack or convert it first"),
    (b"\x1f\x8b", "gzip archive; only .warc.gz files are read compressed"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office document; convert it to text first"),
    (b"RIFF", "RIFF media file"),
    (b"SQLite format 3\x00", "SQLite database"),
)


def failure(path: str | Path, reason: str) -> ReadFailure:
    """A ReadFailure, logged at INFO level."""
    log.info("cannot read %s: %s", path, reason)
    return ReadFailure(str(path), reason)


def size_limit_reason(max_bytes: int) -> str:
    """The failure reason for a file over ``max_bytes``."""
    mb = max_bytes / (1024 * 1024)
    size = f"{mb:.0f} MB" if mb >= 1 else f"{max_bytes} bytes"
    return f"larger than the {size} limit (set STANCEMAP_MAX_FILE_BYTES)"


def load_bytes(path: Path, max_bytes: int) -> bytes | ReadFailure:
    """Read a whole file, or a ReadFailure when it is missing, unreadable, empty or too large."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return failure(path, size_limit_reason(max_bytes))
        data = path.read_bytes()
    except OSError as e:
        return failure(path, f"cannot open file: {e.strerror or e}")
    if not data.strip():
        return failure(path, "empty file")
    return data


def binary_kind(data: bytes) -> str | None:
    """A description of a binary file (``"PNG image"``...), or None when the bytes look like text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:4096]:
        return "unknown binary data (contains NUL bytes)"
    return None


def utf8_or_reason(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) when ``data`` is UTF-8, else (None, a reason naming the first bad byte)."""
    kind = binary_kind(data)
    if kind:
        return None, f"binary file (looks like {kind})"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return None, f"not valid UTF-8 at byte {e.start}; re-save as UTF-8"


def parse_date(value: object) -> date | None:
    """A calendar date from a metadata value (date, datetime, ISO string, RFC 822, "3 June 2024")."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, tuple) and len(value) >= 3:  # feedparser's time.struct_time
        try:
            return date(int(value[0]), int(value[1]), int(value[2]))
        except (TypeError, ValueError):
            return None
    text = str(value).strip()
    return _parse_date_string(text) if text else None


def _parse_date_string(text: str) -> date | None:
    from dateutil import parser as du_parser

    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})([T ].*)?", text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        return du_parser.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError, TypeError):
        pass
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


def load_markup(path: Path, max_bytes: int) -> bytes | ReadFailure:
    """The bytes of an HTML/XML file, or a failure for a missing, oversize, empty or binary file."""
    data = load_bytes(path, max_bytes)
    if isinstance(data, ReadFailure):
        return data
    kind = binary_kind(data)
    return failure(path, f"binary file (looks like {kind})") if kind else data


def load_utf8(path: Path, max_bytes: int) -> str | ReadFailure:
    """The text of a UTF-8 file, or a failure that says why it cannot be read."""
    data = load_bytes(path, max_bytes)
    if isinstance(data, ReadFailure):
        return data
    text, reason = utf8_or_reason(data)
    return failure(path, reason) if reason else text


def infer_published(text: str) -> tuple[date | None, str | None]:
    """Ask the dates stage to infer a publication date from the text (dateline, copyright...).

    Returns (None, None) while that module is not available.
    """
    try:
        from ..nlp.dates.infer import infer_published as _infer
    except ImportError:
        return None, None
    try:
        return _infer(text)
    except Exception:  # noqa: BLE001 - a date guess must never stop ingestion
        log.warning("publication date inference failed", exc_info=True)
        return None, None


def _refine_year(text: str, day: date) -> tuple[date, str]:
    """Only the copyright year is known: estimate the day as the latest date of that year the text reports."""
    try:
        from ..nlp.dates.infer import latest_date_in_year
    except ImportError:
        return day, "copyright-year"
    latest = latest_date_in_year(text, day.year)
    return (latest, "latest-date-in-text") if latest else (day, "copyright-year")


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without ``www.``, as a fallback outlet name."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


# "Copyright 2024, Example News" / "© 2024 Example News. All rights reserved." at the end of a text
_COPYRIGHT_HOLDER = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:(?:19|20)\d\d\s*[-–]\s*)?(?:19|20)\d\d[,.]?\s+(?:by\s+)?"
    r"(?P<name>[A-Z][\w&.' -]{1,60}?)\s*(?:[.,;]\s*all rights reserved.*)?\.?\s*$",
    re.I | re.M)
# "(Example News) — The text begins" or "LONDON (Example News) -" at the very start of the body
_LEADING_CREDIT = re.compile(r"\A(?:[A-Z][A-Za-z .'-]{1,40}\s+)?\((?P<name>[A-Z][\w&.' -]{1,60})\)\s*[-–—]")


def outlet_from_text(text: str) -> str | None:
    """The publisher named by a copyright line at the end or a parenthetical credit at the start."""
    tail = text[-400:]
    m = None
    for m in _COPYRIGHT_HOLDER.finditer(tail):
        pass
    if m:
        return m.group("name").strip(" .,")
    for para in text.split("\n")[:4]:
        lead = _LEADING_CREDIT.match(para.strip())
        if lead and lead.group("name").strip().lower() not in _WIRE_WORDS:
            return lead.group("name").strip()
    return None


_WIRE_WORDS = {"ap", "afp", "reuters", "upi", "dpa", "cnn"}  # wire credits name the agency, not the outlet


def clean_str(value: object) -> str | None:
    """A stripped string, or None for empty/missing values."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def finish_article(article: Article) -> Article:
    """Fill the publication date from the text when no metadata gave one, and the outlet from the url."""
    if article.published is None:
        day, how = infer_published(article.text)
        if how == "copyright-year":
            day, how = _refine_year(article.text, day)
        if day is not None:
            article.published, article.published_source = day, how
    if article.outlet is None:
        article.outlet = outlet_from_url(article.url) or outlet_from_text(article.text)
    return article
