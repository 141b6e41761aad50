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
# the stores the schema, its triggers and the tests cover (SQLAlchemy's dialect names)
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
_SQLITE_MAGIC = b"SQLite format 3\x00"


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


def unsupported_backend(url: str) -> str | None:
    """One line saying why ``url`` names a database this project does not run on, else None."""
    scheme = url.split("://", 1)[0]
    backend = scheme.split("+", 1)[0].lower()
    if backend in SUPPORTED_BACKENDS:
        return None
    return (f"不支持的数据库类型 / unsupported database {scheme!r}: use an SQLite file path, "
            f"sqlite:///FILE or postgresql://USER@HOST/DB")


def not_an_sqlite_file(path: str) -> str | None:
    """One line saying that the existing file at ``path`` is not an SQLite database, else None.
    An empty file is a new database (SQLite writes its header on the first table)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        return f"无法读取数据库文件 / cannot read the database file {path}: {exc.strerror or exc}"
    if head and head != _SQLITE_MAGIC:
        return f"不是 SQLite 数据库文件 / not an SQLite database: {path}"
    return None
