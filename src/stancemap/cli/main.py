"""The ``stancemap`` command: one module per command group, registered here in one place."""
from __future__ import annotations

import logging
import sys

import typer

from ..errors import StancemapError
from . import actors_cmd, extract_cmd, ingest_cmd, ledger_cmd, questions_cmd, quotes_cmd

app = typer.Typer(
    name="stancemap",
    help="Turn news into a sourced ledger of who stands where on what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (ingest_cmd, actors_cmd, quotes_cmd, questions_cmd, extract_cmd, ledger_cmd):
    module.register(app)


def main() -> None:
    """Console entry point: runs the app and turns StancemapError into ``Error: ...`` and exit 2."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except StancemapError as e:
        typer.echo(f"Error: {e}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
