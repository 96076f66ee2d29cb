"""``stancemap extract``: stance records of one article, without a database."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..config import DEFAULT_MODEL
from ..errors import StancemapError
from ..ledger.questions import load_questions
from ..ledger.service import extract
from ..model import StanceRecord
from .options import MinConfidence

EXAMPLE = """
Example:

    stancemap extract article.txt --questions questions.yaml

    stancemap extract page.html --questions questions.yaml --format table

jsonl prints one stance record a line: actor {id, name, kind, country}, question, stance, condition,
date, confidence, evidence {start, end, text, document}, via, method.
"""


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


def extract_command(
    file: Annotated[Path, typer.Argument(help="One article (txt, html, json, jsonl, feed, warc).", show_default=False)],
    questions: Annotated[Path, typer.Option("--questions", help="The question file (YAML).", show_default=False)],
    fmt: Annotated[Format, typer.Option("--format", help="jsonl (one record a line) or table.")] = Format.jsonl,
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline name or path.")] = DEFAULT_MODEL,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Decide the stances in one article on the questions, and print them."""
    try:
        records = [r for r in extract(file, load_questions(questions), model=model) if r.confidence >= min_confidence]
    except StancemapError as e:
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(2) from e
    if fmt is Format.jsonl:
        for r in records:
            typer.echo(json.dumps(r.to_contract(), ensure_ascii=False))
    else:
        Console().print(_table(records))


def _table(records: list[StanceRecord]) -> Table:
    table = Table(title="stances")
    for head in ("question", "actor", "kind", "stance", "condition", "date", "conf", "via", "evidence"):
        table.add_column(head, overflow="fold")
    for r in records:
        table.add_row(r.question, r.actor.name, r.actor.kind, r.stance, r.condition or "", r.date or "",
                      f"{r.confidence:.2f}", r.via or "", r.evidence.sentence.text)
    return table


def register(app: typer.Typer) -> None:
    """Add ``stancemap extract`` to the app."""
    app.command("extract", epilog=EXAMPLE)(extract_command)
