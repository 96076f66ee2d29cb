"""Options shared by several commands."""
from __future__ import annotations

from typing import Annotated

import typer

#: --min-confidence, for every command that prints stance records
MinConfidence = Annotated[float, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Leave out records less sure than this (0-1). On the held-out test sets, records of 0.8 and above "
         "were right 45-48% of the time, all records 26-41% (README, Measured).")]
