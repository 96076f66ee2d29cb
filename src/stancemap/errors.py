"""One exception hierarchy; messages name the file, the field and the fix."""
from __future__ import annotations


class StancemapError(Exception):
    """Base class of every error stancemap raises on purpose."""


class InputError(StancemapError):
    """A file or record a user gave cannot be read (names the file and the reason)."""


class ConfigError(StancemapError):
    """A setting, question file or model name is wrong."""


class StoreError(StancemapError):
    """The database cannot be opened or written."""


class DataMissingError(StancemapError):
    """A shared data set needed for eval/training is absent (set STANCEMAP_DATA)."""
