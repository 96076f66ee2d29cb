"""Write flat ``{"name": number}`` figures to ``reports/*.json``, merging with what is there."""
from __future__ import annotations

import json
import math
from pathlib import Path

REPORTS = Path("reports")


def write_figures(name: str, figures: dict[str, float]) -> Path:
    """Merge ``figures`` into ``reports/<name>.json`` (keys from earlier runs of other modules stay)."""
    REPORTS.mkdir(exist_ok=True)
    path = REPORTS / f"{name}.json"
    current: dict[str, float] = {}
    if path.exists():
        try:
            current = json.loads(path.read_text())
        except json.JSONDecodeError:
            current = {}
    for key, value in figures.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
            continue
        current[key] = round(float(value), 4)
    path.write_text(json.dumps(dict(sorted(current.items())), indent=2) + "\n")
    return path
