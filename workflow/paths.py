"""Where the shipped data directories live.

In a wheel they are packed under ``workflow/_data``; in a source checkout (editable install or
tests) they sit at the repository root. Both layouts are supported so that ``pip install .`` works
from any directory and a developer's checkout works without a build step.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    packed = _PACKAGE / "_data" / name
    if packed.is_dir():
        return packed
    source = _PACKAGE.parent / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"data directory {name!r} not found in {packed} or {source}")


def definitions_dir() -> Path:
    return _data_dir("definitions")


def notifications_dir() -> Path:
    return _data_dir("notifications")


def config_dir() -> Path:
    return _data_dir("config")
