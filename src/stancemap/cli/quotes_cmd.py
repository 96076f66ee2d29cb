"""``stancemap quotes``: reported speech found in the stored articles (who said what, when)."""
from __future__ import annotations

import csv
import io
import json
from enum import Enum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..config import DEFAULT_DB
from ..errors import StancemapError
from ..model import Attribution
from ..store import Store

EXAMPLE = """
Example:

    stancemap quotes --db sqlite:///news.db --actor "Rutte"

    stancemap quotes --doc 346f10588c0b5644 --format csv > quotes.csv
"""

CSV_FIELDS = ("document", "actor_id", "source", "source_type", "cue", "speech", "content", "date",
              "date_source", "content_start", "content_end", "sentence_start", "sentence_end")


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def attribution_row(article_id: str, a: Attribution) -> dict[str, Any]:
    """One attribution as a flat dict (contents joined with `` … ``; offsets of the first and last)."""
    contents = a.contents or []
    return {
        "document": article_id,
        "actor_id": a.actor_id,
        "source": a.source.text if a.source else None,
        "source_type": a.source_type,
        "cue": a.cue.text,
        "speech": a.speech,
        "content": " … ".join(c.text for c in contents),
        "date": a.date,
        "date_source": a.date_source,
        "content_start": contents[0].start if contents else None,
        "content_end": contents[-1].end if contents else None,
        "sentence_start": a.sentence.start,
        "sentence_end": a.sentence.end,
    }


def attribution_json(article_id: str, a: Attribution) -> dict[str, Any]:
    """One attribution with every span and its offsets (the json format)."""
    return {
        "document": article_id,
        "actor_id": a.actor_id,
        "source_type": a.source_type,
        "source": a.source.to_dict() if a.source else None,
        "cue": a.cue.to_dict(),
        "contents": [c.to_dict() for c in a.contents],
        "speech": a.speech,
        "date": a.date,
        "date_source": a.date_source,
        "sentence": a.sentence.to_dict(),
        "score": a.score,
    }


def quotes_command(
    actor: Annotated[str | None, typer.Option("--actor", help="Actor id or part of an actor's name.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only this article id.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="table, json (one array) or csv.")] = Format.table,
    db: Annotated[str, typer.Option("--db", help="Database URL (sqlite:///file.db or postgresql+psycopg://...).")] = DEFAULT_DB,
) -> None:
    """List who said what: speaker, cue, quoted or reported content, date, direct/indirect speech.

    Every row can be traced to its article (document id) and character offsets.
    """
    try:
        with Store(db) as store:
            found = store.attributions(actor=actor, doc=doc)
    except StancemapError as e:
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(2) from e
    if fmt is Format.json:
        typer.echo(json.dumps([attribution_json(d, a) for d, a in found], ensure_ascii=False, indent=2))
    elif fmt is Format.csv:
        typer.echo(_csv(found), nl=False)
    else:
        Console().print(_table(found, actor, doc))


def _csv(found: list[tuple[str, Attribution]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for article_id, a in found:
        writer.writerow(attribution_row(article_id, a))
    return buf.getvalue()


def _table(found: list[tuple[str, Attribution]], actor: str | None, doc: str | None) -> Table:
    """The attributions as a rich table."""
    title = "quotes" + (f" by {actor}" if actor else "") + (f" in {doc}" if doc else "")
    table = Table(title=f"{title} ({len(found)})")
    table.add_column("doc", no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("cue", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("content", ratio=6)
    table.add_column("date", no_wrap=True)
    for article_id, a in found:
        row = attribution_row(article_id, a)
        speaker = row["actor_id"] or row["source"] or f"({row['source_type']})"
        table.add_row(article_id[:8], speaker, row["cue"], row["speech"], row["content"], row["date"] or "")
    return table


def register(app: typer.Typer) -> None:
    """Add ``stancemap quotes`` to the app."""
    app.command("quotes", epilog=EXAMPLE)(quotes_command)
