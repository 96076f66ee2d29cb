"""Walk files and folders and hand each file to the reader for its format."""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .. import config
from ..model import Article, ReadFailure
from .common import binary_kind, failure
from .feed import read_feed_file
from .html import read_html_file
from .jsonl import read_json_file, read_jsonl_file
from .sniff import SNIFF_BYTES, format_by_name, sniff_format
from .text import read_text_file
from .warc import read_warc_file

log = logging.getLogger(__name__)

Reader = Callable[[Path, int], Iterator[Article | ReadFailure]]
READERS: dict[str, Reader] = {
    "txt": read_text_file,
    "html": read_html_file,
    "json": read_json_file,
    "jsonl": read_jsonl_file,
    "feed": read_feed_file,
    "warc": read_warc_file,
}


def iter_articles(paths: Iterable[str | Path], max_bytes: int = config.MAX_FILE_BYTES) -> Iterator[Article | ReadFailure]:
    """Read every article under ``paths`` (files or folders, walked recursively in name order).

    Inside folders, hidden entries and files with unknown extensions are skipped silently; a file
    named explicitly is sniffed when its extension is unknown.  Nothing raises for bad input: each
    unreadable file (or record) yields one :class:`ReadFailure` with a reason a user can act on.

    Args:
        paths: files and folders.
        max_bytes: the size limit of one file (of one line/record for .jsonl and WARC files).
    Yields:
        Articles and ReadFailures, in file order.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_in_folder(file, max_bytes)
        elif path.is_file():
            yield from _read_explicit(path, max_bytes)
        elif path.exists():
            yield failure(path, "not a regular file or folder")
        else:
            yield failure(path, "no such file or folder; check the path")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, sorted, without hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _read_in_folder(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    fmt = format_by_name(path)
    if fmt is None:
        log.debug("skipping %s: unknown extension", path)
        return
    if path.suffix.lower() == ".xml" and _head_format(path) != "feed":
        log.debug("skipping %s: XML but not an RSS/Atom feed", path)
        return
    yield from READERS[fmt](path, max_bytes)


def _read_explicit(path: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    fmt = format_by_name(path)
    if fmt == "feed" and path.suffix.lower() == ".xml" and _head_format(path) != "feed":
        yield failure(path, "empty file" if _is_empty(path) else "XML file is not an RSS or Atom feed")
        return
    if fmt is None:
        fmt = _sniff_unknown(path)
        if fmt.startswith("!"):
            yield failure(path, fmt[1:])
            return
    yield from READERS[fmt](path, max_bytes)


def _sniff_unknown(path: Path) -> str:
    """A reader name for a file with an unknown extension, or ``"!reason"`` when none fits."""
    head = _head(path)
    if isinstance(head, ReadFailure):
        return "!" + head.reason
    if not head.strip():
        return "!empty file"
    fmt = sniff_format(head)
    if fmt:
        return fmt
    kind = binary_kind(head)
    if kind:
        return f"!binary file (looks like {kind})"
    if not path.suffix:
        return "txt"  # an extension-less file of plain text
    return (f"!unknown file type {path.suffix!r}: give articles as .txt, .html, .json, .jsonl, "
            f".rss/.atom/.xml or .warc(.gz) files")


def _head(path: Path) -> bytes | ReadFailure:
    try:
        with path.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except OSError as e:
        return ReadFailure(str(path), f"cannot open file: {e.strerror or e}")


def _is_empty(path: Path) -> bool:
    head = _head(path)
    return not isinstance(head, ReadFailure) and not head.strip()


def _head_format(path: Path) -> str | None:
    head = _head(path)
    return None if isinstance(head, ReadFailure) else sniff_format(head)
