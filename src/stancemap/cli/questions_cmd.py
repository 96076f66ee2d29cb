"""``stancemap questions add|list``: the user's policy questions."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..config import DEFAULT_DB, DEFAULT_MODEL
from ..errors import StancemapError
from ..ledger.questions import load_questions
from ..ledger.service import redecide
from ..store import Store

EXAMPLE = """
Example:

    stancemap questions add questions.yaml --db sqlite:///news.db

    stancemap questions list --db sqlite:///news.db

The YAML file holds a 'questions:' list; each question needs an id and a statement, keywords and
examples are optional.  Adding questions re-decides the stances of every stored article on them.
"""

questions_app = typer.Typer(help="Add or list the policy questions stances are decided on.",
                            no_args_is_help=True, epilog=EXAMPLE)


@questions_app.command("add", epilog=EXAMPLE)
def add_command(
    file: Annotated[Path, typer.Argument(help="A question file (YAML).", show_default=False)],
    db: Annotated[str, typer.Option("--db", help="Database URL (sqlite:///file.db or postgresql+psycopg://...).")] = DEFAULT_DB,
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline name or path.")] = DEFAULT_MODEL,
    no_decide: Annotated[bool, typer.Option("--no-decide", help="Store the questions without re-deciding stances.")] = False,
) -> None:
    """Store the questions in FILE, then decide every stored article's stances on them."""
    try:
        questions = load_questions(file)
        with Store(db) as store:
            store.save_questions(questions)
            n = 0 if no_decide else redecide(store, questions, model)
    except StancemapError as e:
        _fail(str(e))
    typer.echo(f"{len(questions)} question(s) stored; stances decided for {n} stored article(s)")


@questions_app.command("list", epilog=EXAMPLE)
def list_command(
    db: Annotated[str, typer.Option("--db", help="Database URL (sqlite:///file.db or postgresql+psycopg://...).")] = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON array.")] = False,
) -> None:
    """List the stored questions."""
    try:
        with Store(db) as store:
            questions = store.questions()
    except StancemapError as e:
        _fail(str(e))
    if as_json:
        typer.echo(json.dumps([{"id": q.id, "statement": q.statement, "keywords": q.keywords,
                                "examples": q.examples} for q in questions], ensure_ascii=False, indent=2))
        return
    table = Table(title="questions")
    table.add_column("id", no_wrap=True)
    table.add_column("statement", ratio=4)
    table.add_column("keywords", ratio=2)
    for q in questions:
        table.add_row(q.id, q.statement, ", ".join(q.keywords))
    Console().print(table)


def _fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add ``stancemap questions`` to the app."""
    app.add_typer(questions_app, name="questions")
