"""Ledger rows as CSV, Markdown or JSON text (the CLI prints these; the web and API can reuse them)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from .history import LedgerRow, StanceChange

TABLE_COLUMNS = ("actor", "kind", "country", "stance", "since", "condition", "evidence", "outlet")


def row_cells(row: LedgerRow) -> list[str]:
    """The table columns of one row as text."""
    d = row.to_dict()
    return ["" if d[c] is None else " ".join(str(d[c]).split()) for c in TABLE_COLUMNS]


def to_csv(rows: Sequence[LedgerRow]) -> str:
    """Rows as CSV with a header line."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(TABLE_COLUMNS)
    for row in rows:
        writer.writerow(row_cells(row))
    return buf.getvalue()


def to_markdown(rows: Sequence[LedgerRow]) -> str:
    """Rows as a Markdown table (pipes in cells escaped)."""
    lines = ["| " + " | ".join(TABLE_COLUMNS) + " |", "|" + "---|" * len(TABLE_COLUMNS)]
    for row in rows:
        cells = [c.replace("|", "\\|").replace("\n", " ") for c in row_cells(row)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def to_json(items: Sequence[LedgerRow | StanceChange]) -> str:
    """Rows or changes as one JSON array."""
    return json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2)
