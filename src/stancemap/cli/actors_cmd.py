"""``stancemap actors``: the actors found in the stored articles, with mention counts."""
from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..config import DEFAULT_DB
from ..errors import StancemapError
from ..store import ActorRow, Store

EXAMPLE = """
Example:

    stancemap actors --db sqlite:///news.db --limit 20

    stancemap actors --doc 346f10588c0b5644 --format json
"""


class Format(str, Enum):
    table = "table"
    json = "json"


def actors_command(
    doc: Annotated[str | None, typer.Option("--doc", help="Only actors mentioned in this article id.")] = None,
    db: Annotated[str, typer.Option("--db", help="Database URL (sqlite:///file.db or postgresql+psycopg://...).")] = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Show at most N actors.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="table, or json (one array).")] = Format.table,
) -> None:
    """List actors with kind, country, roles and mention counts, most mentioned first.

    The json format adds each actor's aliases, roles with dates, and the number of documents.
    """
    try:
        with Store(db) as store:
            rows = store.actor_summary(doc=doc)
    except StancemapError as e:
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(2) from e
    rows = rows[:limit] if limit else rows
    if fmt is Format.json:
        typer.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
    else:
        Console().print(_table(rows, doc))


def _table(rows: list[ActorRow], doc: str | None) -> Table:
    """The actors as a rich table."""
    table = Table(title=f"actors in {doc}" if doc else "actors")
    table.add_column("id", overflow="fold", ratio=3)
    table.add_column("name", ratio=3)
    table.add_column("kind", no_wrap=True)
    table.add_column("ctry", no_wrap=True)
    table.add_column("roles", ratio=4, overflow="fold")
    table.add_column("mentions", justify="right", no_wrap=True)
    for row in rows:
        a = row.actor
        roles = "; ".join(r.title + (f" ({r.country})" if r.country else "") for r in a.roles)
        table.add_row(a.id, a.name, a.kind, a.country or "", roles, str(row.mentions),
                      style="dim" if row.mentions == 0 else None)
    return table


def register(app: typer.Typer) -> None:
    """Add ``stancemap actors`` to the app."""
    app.command("actors", epilog=EXAMPLE)(actors_command)
