"""The SQLite speedups give exactly what SQLAlchemy's own processors give, value for value."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, String
from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from stored_values import DATES, DATETIMES, JSONS

from workflow.store import sqlite_speedups
from workflow.store.db import make_engine


class _Day(date):
    pass


@pytest.fixture(scope="module")
def dialect():
    return make_engine("sqlite://").dialect


def _both(type_, dialect, kind):
    """SQLAlchemy's processor (by its public API) and the speedup's for it."""
    impl = type_.dialect_impl(dialect)
    if kind == "bind":
        proc = impl.bind_processor(dialect)
        return proc, sqlite_speedups.bind_processor(type_, dialect, proc)
    proc = impl.result_processor(dialect, None)
    return proc, sqlite_speedups.result_processor(type_, dialect, proc)


@pytest.mark.parametrize("value", DATES + DATETIMES + [_Day(2026, 3, 4)])
def test_dates_bind_to_the_same_text(dialect, value):
    sqlalchemy_proc, quick = _both(Date(), dialect, "bind")
    assert quick is not sqlalchemy_proc
    assert quick(value) == sqlalchemy_proc(value)
    assert type(quick(value)) is str


@pytest.mark.parametrize("value", DATETIMES + DATES)
def test_timestamps_bind_to_the_same_text(dialect, value):
    for type_ in (DateTime(), DateTime(timezone=True)):
        sqlalchemy_proc, quick = _both(type_, dialect, "bind")
        assert quick is not sqlalchemy_proc
        assert quick(value) == sqlalchemy_proc(value)


@pytest.mark.parametrize("value", ["2026-03-04", 20260304, object()])
def test_what_is_not_a_date_is_refused_the_same_way(dialect, value):
    for type_ in (Date(), DateTime()):
        sqlalchemy_proc, quick = _both(type_, dialect, "bind")
        with pytest.raises(TypeError):
            sqlalchemy_proc(value)
        with pytest.raises(TypeError):
            quick(value)


def test_a_date_with_its_own_storage_format_keeps_sqlalchemys_processor(dialect):
    custom = SQLITE_DATE(storage_format="%(day)02d/%(month)02d/%(year)04d")
    sqlalchemy_proc, quick = _both(custom, dialect, "bind")
    assert quick is sqlalchemy_proc and quick(date(2026, 3, 4)) == "04/03/2026"
    custom_ts = SQLITE_DATETIME(truncate_microseconds=True)
    sqlalchemy_proc, quick = _both(custom_ts, dialect, "bind")
    assert quick is sqlalchemy_proc


@pytest.mark.parametrize("value", [True, False, 1, 0])
def test_booleans_bind_to_the_same_integer(dialect, value):
    sqlalchemy_proc, quick = _both(Boolean(), dialect, "bind")
    assert quick is not sqlalchemy_proc
    assert quick(value) == sqlalchemy_proc(value)
    assert type(quick(value)) is type(sqlalchemy_proc(value))
    with pytest.raises(TypeError):
        sqlalchemy_proc("yes")
    with pytest.raises(TypeError):
        quick("yes")


@pytest.mark.parametrize("value", [*JSONS, "text", 3, None, JSON.NULL, {"d": Decimal("1.50")}])
def test_json_binds_to_the_same_text(dialect, value):
    sqlalchemy_proc, quick = _both(JSON(), dialect, "bind")
    assert quick is not sqlalchemy_proc
    try:
        expected = sqlalchemy_proc(value)
    except TypeError:  # a Decimal: json cannot write it either way
        with pytest.raises(TypeError):
            quick(value)
        return
    assert quick(value) == expected


@pytest.mark.parametrize("value", JSONS)
def test_json_reads_back_the_same_value(dialect, value):
    sqlalchemy_proc, quick = _both(JSON(), dialect, "result")
    stored = _both(JSON(), dialect, "bind")[0](value)
    assert quick is not sqlalchemy_proc
    assert quick(stored) == sqlalchemy_proc(stored) == value
    assert quick(None) is sqlalchemy_proc(None) is None
    assert quick(7) == sqlalchemy_proc(7) == 7  # a number SQLite returned for a JSON column


def test_other_types_keep_sqlalchemys_processors(dialect):
    sqlalchemy_proc, quick = _both(String(), dialect, "bind")
    assert quick is sqlalchemy_proc


@pytest.mark.parametrize("text", [
    '{"a": 1}', '[1, 2]', '"x"', "3", "null", '{"start": "2026-03-04", "pauses": [["a", "b"]], "reason": "需调取档案"}',
    ' {"a": 1}', '{"a": 1} ', '{"a": 1}\n', "\ufeff{}", '{"a": 1}{', '{"a": 1} x', "", "{", '{"a": NaN}',
    '{"a": 1, "a": 2}', '"\\ud800"', "1e400", "12345678901234567890123"])
def test_json_text_reads_as_json_loads_reads_it(dialect, text):
    quick = _both(JSON(), dialect, "result")[1]
    try:
        expected = json.loads(text)
    except ValueError as exc:
        with pytest.raises(type(exc)):
            quick(text)
        return
    got = quick(text)
    assert got == expected or (got != got and expected != expected)
    assert type(got) is type(expected)


@pytest.mark.parametrize(("value", "expected"), [("0", False), ("1", True), ("off", False), (" ", True)])
def test_the_environment_switches_them(monkeypatch, value, expected):
    monkeypatch.setenv(sqlite_speedups.ENV, value)
    sqlite_speedups.enabled.cache_clear()
    try:
        assert sqlite_speedups.enabled() is expected  # " ": unset, the shipped setting (on)
    finally:
        sqlite_speedups.enabled.cache_clear()
