"""Quicker SQLite type processors for the prepared statements, behind a setting.

THIS MODULE READS PRIVATE SQLAlchemy ATTRIBUTES (``_storage_format``, ``_reg``, ``_str_impl``,
``_json_serializer``, ``_json_deserializer``) and is the only module that may. Everything else uses
the processors SQLAlchemy's public ``bind_processor`` / ``result_processor`` give.

SQLAlchemy's SQLite processors for dates, timestamps, booleans and JSON are general (a format dict
per date, several checks per JSON value) and run for every value of every transition. For the exact
value types the engine binds, these produce the same stored text or value by a shorter route;
anything else goes to SQLAlchemy's own processor (tests/store/test_sqlite_speedups.py checks both
directions against SQLAlchemy). Should a SQLAlchemy release change those attributes, switch them
off: ``database.sqlalchemy_speedups: false`` in config/settings.yaml or
``DISCLOSURE_SQLALCHEMY_SPEEDUPS=0`` (the environment wins); CI runs the store and engine tests both
ways.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import sqltypes
from sqlalchemy.types import TypeEngine

ENV = "DISCLOSURE_SQLALCHEMY_SPEEDUPS"

Processor = Callable[[Any], Any]


@functools.cache
def enabled() -> bool:
    """Whether the prepared statements use these processors: the environment variable (0 or 1),
    else ``database.sqlalchemy_speedups`` of the shipped settings. Decided once per process: the
    statements are compiled once."""
    value = os.environ.get(ENV)
    if value is not None and value.strip():
        return value.strip().lower() not in ("0", "false", "no", "off")
    from workflow.settings import load_settings

    return bool(load_settings().get("database", {}).get("sqlalchemy_speedups", True))


def bind_processor(type_: TypeEngine[Any], dialect: Dialect, proc: Processor) -> Processor:
    """An equivalent of SQLAlchemy's bind processor ``proc`` of ``type_`` on SQLite, or ``proc``."""
    impl = type_.dialect_impl(dialect)
    if _default_sqlite_format(impl, SQLITE_DATE):
        return _bind_date(proc)
    if _default_sqlite_format(impl, SQLITE_DATETIME):
        return _bind_datetime(proc)
    if type(impl) is sqltypes.Boolean and not dialect.supports_native_boolean:
        return _bind_boolean(proc)
    if isinstance(impl, sqltypes.JSON) and impl._str_impl.bind_processor(dialect) is None:
        return _bind_json(dialect._json_serializer or json.dumps, proc)
    return proc


def result_processor(type_: TypeEngine[Any], dialect: Dialect, proc: Processor) -> Processor:
    """An equivalent of SQLAlchemy's result processor ``proc`` of ``type_`` on SQLite, or ``proc``."""
    impl = type_.dialect_impl(dialect)
    if isinstance(impl, sqltypes.JSON) and impl._str_impl.result_processor(dialect, None) is None:
        return _result_json(dialect._json_deserializer or json.loads, proc)
    return proc


def _default_sqlite_format(impl: TypeEngine[Any], kind: type) -> bool:
    # SQLAlchemy's own DATE or DATETIME (the driver's subclass included) with the default storage
    # format: one declared with its own format or regexp, or a subclass of ours, keeps its processor
    return (isinstance(impl, kind) and type(impl).__module__.startswith("sqlalchemy.") and impl._reg is None
            and impl._storage_format == kind._storage_format)


def _bind_date(fallback: Processor) -> Processor:
    def process(value: Any) -> Any:
        # "%(year)04d-%(month)02d-%(day)02d" is what isoformat writes for every date
        return value.isoformat() if type(value) is date else fallback(value)
    return process


# SQLAlchemy's own storage format, filled from the attributes in one step (without the offset)
_SQLITE_DATETIME = "%04d-%02d-%02d %02d:%02d:%02d.%06d"


def _bind_datetime(fallback: Processor) -> Processor:
    def process(v: Any) -> Any:
        if type(v) is datetime:
            return _SQLITE_DATETIME % (v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond)
        return fallback(v)
    return process


def _bind_boolean(fallback: Processor) -> Processor:
    def process(value: Any) -> Any:
        if value is True:
            return 1
        return 0 if value is False else fallback(value)
    return process


def _bind_json(serializer: Processor, fallback: Processor) -> Processor:
    def process(value: Any) -> Any:
        kind = type(value)
        return serializer(value) if kind is dict or kind is list else fallback(value)
    return process


def _result_json(deserializer: Processor, fallback: Processor) -> Processor:
    def process(value: Any) -> Any:
        return deserializer(value) if type(value) is str else fallback(value)
    return process
