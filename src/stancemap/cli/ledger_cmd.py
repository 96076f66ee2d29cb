"""``stancemap table|timeline|changes``: the stance ledger of a question."""
from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..config import DEFAULT_DB
from ..errors import StancemapError
from ..ledger import history, render
from ..model import StanceRecord
from ..store import Store
from .options import MinConfidence

#: terminal tables cut evidence to this many characters; csv, json and md keep the whole sentence
SHORT_EVIDENCE = 160


def _short(text: str, limit: int = SHORT_EVIDENCE) -> str:
    """One line of at most ``limit`` characters, for a table on a terminal."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

DB_HELP = "Database URL (sqlite:///file.db or postgresql+psycopg://...)."
TABLE_EXAMPLE = """
Example:

    stancemap table --question strikes-in-russia --db sqlite:///news.db

    stancemap table --question strikes-in-russia --as-of 2024-05-15 --format csv > ledger.csv
"""
TIMELINE_EXAMPLE = """
Example:

    stancemap timeline --question strikes-in-russia --actor Germany
"""
CHANGES_EXAMPLE = """
Example:

    stancemap changes --question strikes-in-russia --format json
"""


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    md = "md"


class ListFormat(str, Enum):
    table = "table"
    json = "json"


def _records(db: str, question: str, actor: str | None = None, min_confidence: float = 0.0) -> list[StanceRecord]:
    """The stored records of a question at or above ``min_confidence``; exits 2 with a message when the
    question is unknown."""
    try:
        with Store(db) as store:
            if store.question(question) is None:
                known = ", ".join(q.id for q in store.questions()) or "none; add some with 'stancemap questions add'"
                raise StancemapError(f"no question {question!r} in {db} (known: {known})")
            return [r for r in store.stance_records(question, actor=actor) if r.confidence >= min_confidence]
    except StancemapError as e:
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(2) from e


def table_command(
    question: Annotated[str, typer.Option("--question", help="Question id.", show_default=False)],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Stances as of this date (YYYY[-MM[-DD]]).")] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", help="table, csv, json or md.")] = TableFormat.table,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Who stands where on a question: one row per actor with stance, since when and the evidence."""
    try:
        rows = history.table(_records(db, question, min_confidence=min_confidence), as_of)
    except StancemapError as e:
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(2) from e
    if fmt is TableFormat.csv:
        typer.echo(render.to_csv(rows), nl=False)
    elif fmt is TableFormat.md:
        typer.echo(render.to_markdown(rows), nl=False)
    elif fmt is TableFormat.json:
        typer.echo(render.to_json(rows))
    else:
        title = f"{question}" + (f" as of {as_of}" if as_of else "")
        table = Table(title=title)
        for col in render.TABLE_COLUMNS:
            table.add_column(col, overflow="fold", ratio=4 if col == "evidence" else None)
        evidence = render.TABLE_COLUMNS.index("evidence") if "evidence" in render.TABLE_COLUMNS else None
        for row in rows:
            cells = render.row_cells(row)
            if evidence is not None:
                cells[evidence] = _short(cells[evidence])
            table.add_row(*cells)
        Console().print(table)


def timeline_command(
    question: Annotated[str, typer.Option("--question", help="Question id.", show_default=False)],
    actor: Annotated[str | None, typer.Option("--actor", help="Actor id or part of a name.")] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", help="table or json.")] = ListFormat.table,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Positions on a question in date order (one per actor and story)."""
    records = history.history(_records(db, question, actor, min_confidence))
    if fmt is ListFormat.json:
        import json

        typer.echo(json.dumps([r.to_contract() for r in records], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{question} timeline" + (f": {actor}" if actor else ""))
    for col in ("date", "actor", "stance", "condition", "via", "evidence", "outlet"):
        table.add_column(col, overflow="fold", ratio=4 if col == "evidence" else None)
    for r in records:
        table.add_row(r.date or "", r.actor.name, r.stance, r.condition or "", r.via or "",
                      _short(r.evidence.sentence.text), r.evidence.outlet or "")
    Console().print(table)


def changes_command(
    question: Annotated[str, typer.Option("--question", help="Question id.", show_default=False)],
    fmt: Annotated[ListFormat, typer.Option("--format", help="table or json.")] = ListFormat.table,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Changes of position on a question: date, actor, from, to, and both evidences."""
    found = history.changes(_records(db, question, min_confidence=min_confidence))
    if fmt is ListFormat.json:
        typer.echo(render.to_json(found))
        return
    table = Table(title=f"{question} changes")
    for col in ("date", "actor", "from", "to", "before", "after"):
        table.add_column(col, overflow="fold", ratio=4 if col in ("before", "after") else None)
    for c in found:
        table.add_row(c.date or "", c.actor.name, c.from_stance, c.to_stance,
                      f"{c.before.date or ''}: {_short(c.before.evidence.sentence.text)}",
                      f"{c.after.date or ''}: {_short(c.after.evidence.sentence.text)}")
    Console().print(table)


def register(app: typer.Typer) -> None:
    """Add ``stancemap table``, ``timeline`` and ``changes`` to the app."""
    app.command("table", epilog=TABLE_EXAMPLE)(table_command)
    app.command("timeline", epilog=TIMELINE_EXAMPLE)(timeline_command)
    app.command("changes", epilog=CHANGES_EXAMPLE)(changes_command)
