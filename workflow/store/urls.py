"""Which database: the URL resolved from the command line, the environment or the settings.

Kept free of SQLAlchemy so that a read-only command on an SQLite file (``show``) can find its file
without importing it.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_URL = "DISCLOSURE_DATABASE_URL"
DEFAULT_SQLITE_PATH = "disclosure.db"

_SQLITE_SCHEMES = ("sqlite:///", "sqlite+pysqlite:///")


def resolve_url(url: str | None = None, settings_url: str | None = None) -> str:
    """The database URL: explicit, else the environment, else the settings file, else a local file.

    A bare file path is accepted and means an SQLite file.
    """
    chosen = url or os.environ.get(ENV_URL) or settings_url or DEFAULT_SQLITE_PATH
    if "://" not in chosen:
        chosen = "sqlite:///" + str(Path(chosen).expanduser().resolve())
    if chosen.startswith("postgresql://"):
        chosen = "postgresql+psycopg://" + chosen[len("postgresql://") :]
    return chosen


def sqlite_file(url: str) -> str | None:
    """The file of a plain SQLite URL (``sqlite:///relative.db``, ``sqlite:////abs/path.db``), the
    way SQLAlchemy reads it; None for any other database, an in-memory one, or a URL with options
    (those are left to SQLAlchemy to interpret)."""
    for scheme in _SQLITE_SCHEMES:
        if url.startswith(scheme):
            path = url[len(scheme) :]
            if not path or path == ":memory:" or "?" in path:
                return None
            return path
    return None
