"""``stancemap ingest``: read news files into the store."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..config import DEFAULT_DB, DEFAULT_MODEL
from ..errors import StancemapError
from ..ingest.service import IngestOptions, IngestSummary, ingest
from ..store import Store

EXAMPLE = """
Example:

    stancemap ingest news/ feeds/world.xml --db sqlite:///news.db

Reads txt, html, json, jsonl, RSS/Atom and WARC files (folders are walked), skips exact duplicates,
groups near-duplicates into story clusters, reads each new article with spaCy and stores it.
Exit code 0: all files read; 1: some files or articles failed (listed); 2: bad option or database.
"""


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of news articles.", show_default=False)],
    db: Annotated[str, typer.Option("--db", help="Database URL (sqlite:///file.db or postgresql+psycopg://...).")] = DEFAULT_DB,
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline name or path.")] = DEFAULT_MODEL,
    no_read: Annotated[bool, typer.Option("--no-read", help="Store the articles without reading them.")] = False,
    stages: Annotated[str, typer.Option("--stages", help="Comma-separated reading stages.")] = ",".join(IngestOptions.stages),
) -> None:
    """Ingest news files into the store (duplicates are skipped, near-duplicates clustered)."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    options = IngestOptions(model=model, read=not no_read,
                            stages=tuple(s.strip() for s in stages.split(",") if s.strip()))
    try:
        with Store(db) as store:
            summary = _run_with_progress(paths, store, options)
    except StancemapError as e:
        _fail(str(e))
    _print_summary(summary)
    raise typer.Exit(1 if summary.failed else 0)


def _run_with_progress(paths: list[Path], store: Store, options: IngestOptions) -> IngestSummary:
    """Run the ingest with a transient progress line on stderr."""
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} articles"),
               TimeElapsedColumn())
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_event(kind: str, payload: dict[str, Any]) -> None:
            if kind in ("article", "failure"):
                progress.update(task, advance=1, description=f"{kind}: {Path(payload['path']).name}")

        return ingest(paths, store, options, on_event=on_event)


def _print_summary(summary: IngestSummary) -> None:
    """The counts as a table on stdout, then one ``path: reason`` line per failure on stderr."""
    table = Table(title="ingest summary")
    heads = ("read", "new", "duplicate", "near-duplicate", "failed")
    for head in heads:
        table.add_column(head, justify="right")
    table.add_row(*(str(getattr(summary, h.replace("-", "_"))) for h in heads))
    Console().print(table)
    for failure in summary.failures:
        typer.echo(f"{failure.path}: {failure.reason}", err=True)  # echo: paths may hold rich markup


def _fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add ``stancemap ingest`` to the app."""
    app.command("ingest", epilog=EXAMPLE)(ingest_command)
