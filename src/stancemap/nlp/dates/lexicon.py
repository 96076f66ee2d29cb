"""The date lexicon (``data/lexicons/dates.yaml``), loaded once."""
from __future__ import annotations

import functools
from typing import Any

import yaml

from ...config import PACKAGE_DATA
from ...errors import ConfigError

LEXICON_PATH = PACKAGE_DATA / "lexicons" / "dates.yaml"


@functools.lru_cache(maxsize=1)
def load_lexicon() -> dict[str, Any]:
    """The date word lists as a dict (months, weekdays, numbers, units, ...)."""
    try:
        data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the date lexicon {LEXICON_PATH}: {e}; reinstall stancemap") from e
    if not isinstance(data, dict) or "months" not in data:
        raise ConfigError(f"{LEXICON_PATH} has no 'months' list; reinstall stancemap")
    return data
