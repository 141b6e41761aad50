"""The prepared statements' quicker SQLite processors give exactly what SQLAlchemy's own give."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, String, bindparam, select
from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME

from workflow.store.db import make_engine
from workflow.store.prepared import Prepared, quick_bind_processor, quick_result_processor

DATES = [date(2026, 3, 4), date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31), date(2024, 2, 29)]
DATETIMES = [
    datetime(2026, 3, 17, 8, 5, 9, 123456, tzinfo=UTC),
    datetime(2026, 3, 17, 0, 0, 0, 0, tzinfo=UTC),  # isoformat would drop zero microseconds
    datetime(2026, 3, 17, 23, 59, 59, 1, tzinfo=timezone(timedelta(hours=8))),  # stored without the offset
    datetime(2026, 3, 17, 23, 59, 59, 999999),
    datetime(1, 1, 1, 0, 0),
    datetime(999, 1, 2, 3, 4, 5, 6),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2026, 10, 25, 1, 30, fold=1),
]
JSONS = [{}, [], {"start": "2026-03-03", "length": 20, "pauses": [["2026-03-04", "2026-03-06"]], "open_pause": None},
         {"reason": "需调取档案", "days": 10, "nested": {"ok": True, "none": None, "x": 1.5}}, ["某公司", 1, None]]


class _Day(date):
    pass


@pytest.fixture(scope="module")
def dialect():
    return make_engine("sqlite://").dialect


def _both(type_, dialect, kind):
    if kind == "bind":
        return type_._cached_bind_processor(dialect), quick_bind_processor(type_, dialect)
    return type_._cached_result_processor(dialect, None), quick_result_processor(type_, dialect)


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
    assert quick_bind_processor(custom, dialect)(date(2026, 3, 4)) == "04/03/2026"
    custom_ts = SQLITE_DATETIME(truncate_microseconds=True)
    value = datetime(2026, 3, 4, 5, 6, 7, 8)
    assert quick_bind_processor(custom_ts, dialect)(value) == custom_ts.bind_processor(dialect)(value)


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


def test_other_types_and_other_dialects_keep_sqlalchemys_processors(dialect):
    from sqlalchemy.dialects import postgresql

    assert quick_bind_processor(String(), dialect) is String()._cached_bind_processor(dialect)
    pg = postgresql.psycopg.dialect()
    for type_ in (Date(), DateTime(timezone=True), JSON(), Boolean()):
        assert quick_bind_processor(type_, pg) is type_._cached_bind_processor(pg)
        assert quick_result_processor(type_, pg) is type_._cached_result_processor(pg, None)


def test_a_round_trip_through_sqlite_stores_sqlalchemys_text(tmp_path):
    """The stored text of a prepared insert is what SQLAlchemy's own insert stores."""
    from sqlalchemy import Column, Integer, MetaData, Table, insert

    engine = make_engine(str(tmp_path / "t.db"))
    meta = MetaData()
    table = Table("t", meta, Column("id", Integer, primary_key=True), Column("day", Date), Column("at", DateTime(True)),
                  Column("flag", Boolean), Column("doc", JSON))
    meta.create_all(engine)
    rows = [{"day": d, "at": t, "flag": i % 2 == 0, "doc": JSONS[i % len(JSONS)]}
            for i, (d, t) in enumerate(zip(DATES * 2, DATETIMES, strict=False))]
    rows.append({"day": None, "at": None, "flag": None, "doc": {"x": None}})
    prepared = Prepared(insert(table), column_keys=("day", "at", "flag", "doc"))
    with engine.begin() as conn:
        for row in rows:
            conn.execute(insert(table).values(**row))
            prepared.execute(conn, row).close()
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT day, at, flag, doc FROM t ORDER BY id").fetchall()
        read = Prepared(select(table.c.day, table.c.at, table.c.flag, table.c.doc).where(table.c.id == bindparam("id")))
        for i in range(len(rows)):
            assert stored[2 * i] == stored[2 * i + 1]
            sqlalchemy_row = conn.execute(select(table.c.day, table.c.at, table.c.flag, table.c.doc)
                                          .where(table.c.id == 2 * i + 2)).one()
            assert read.tuples(conn, {"id": 2 * i + 2})[0] == tuple(sqlalchemy_row)



def test_a_bound_parameter_not_given_is_bound_as_null(tmp_path):
    from sqlalchemy import Column, Integer, MetaData, Table, insert, update

    engine = make_engine(str(tmp_path / "t.db"))
    meta = MetaData()
    table = Table("t", meta, Column("id", Integer, primary_key=True), Column("day", Date), Column("n", Integer))
    meta.create_all(engine)
    prepared = Prepared(update(table).where(table.c.id == bindparam("b_id"))
                        .values(day=bindparam("day"), n=bindparam("n")))
    with engine.begin() as conn:
        conn.execute(insert(table).values(id=1, day=date(2026, 3, 4), n=3))
        prepared.execute(conn, {"b_id": 1, "n": 4}).close()
        assert conn.exec_driver_sql("SELECT day, n FROM t").fetchall() == [(None, 4)]
        prepared.execute(conn, {"b_id": 1, "day": date(2026, 3, 5), "n": 5}).close()
        assert conn.exec_driver_sql("SELECT day, n FROM t").fetchall() == [("2026-03-05", 5)]


@pytest.mark.parametrize("text", [
    '{"a": 1}', '[1, 2]', '"x"', "3", "null", '{"start": "2026-03-04", "pauses": [["a", "b"]], "reason": "需调取档案"}',
    ' {"a": 1}', '{"a": 1} ', '{"a": 1}\n', "\ufeff{}", '{"a": 1}{', '{"a": 1} x', "", "{", '{"a": NaN}',
    '{"a": 1, "a": 2}', '"\\ud800"', "1e400", "12345678901234567890123"])
def test_json_text_reads_as_json_loads_reads_it(dialect, text):
    import json

    quick = quick_result_processor(JSON(), dialect)
    try:
        expected = json.loads(text)
    except ValueError as exc:
        with pytest.raises(type(exc)):
            quick(text)
        return
    got = quick(text)
    assert got == expected or (got != got and expected != expected)
    assert type(got) is type(expected)


_LOOP: list = []
_LOOP.append(_LOOP)
ENCODED = [*JSONS, "中文\"\\\n\u2028😀", 1.5, float("nan"), float("inf"), -0.0, 10**30, True, None,
           {"b": 1, "a": [2, {"d": 3, "c": 4}]},
           {3: "int key", 2.5: "float key", None: "none key", True: "bool key"}, {"day": date(2026, 3, 4)}, ("tuple",),
           _Day(2026, 3, 4), Decimal("1.10"), {(1, 2): "tuple key"}, _LOOP, [float("nan")], {"x": object()}]
ENCODERS = [
    {"ensure_ascii": False},
    {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":"), "default": str},
    {},
    {"ensure_ascii": True, "allow_nan": False, "skipkeys": True, "check_circular": False},
    {"sort_keys": True, "indent": 2},
]


def _outcome(encode, value):
    try:
        return "ok", encode(value)
    except (TypeError, ValueError, RecursionError) as exc:
        return type(exc).__name__, str(exc)


# a circular value without the circular check recurses until RecursionError in both, at different
# depths (so with different messages): that pair is not compared
ENCODER_CASES = [pytest.param(options, value, id=f"{i}-{type(value).__name__}")
                 for i, options in enumerate(ENCODERS) for value in ENCODED
                 if not (value is _LOOP and not options.get("check_circular", True))]


@pytest.mark.parametrize(("options", "value"), ENCODER_CASES)
def test_one_shot_encoder_gives_encodes_own_text_and_errors(options, value):
    from workflow.quicktext import one_shot_encoder

    encoder = json.JSONEncoder(**options)
    assert _outcome(one_shot_encoder(encoder), value) == _outcome(encoder.encode, value)


def test_one_shot_encoder_keeps_an_overridden_encode():
    from workflow.quicktext import one_shot_encoder

    class Loud(json.JSONEncoder):
        def iterencode(self, o, _one_shot=False):
            return iter(["LOUD"])

    assert one_shot_encoder(Loud())({}) == "LOUD"


@pytest.mark.parametrize("day", [*DATES, _Day(2026, 3, 4)])
def test_iso_date_is_isoformat(day):
    from workflow.quicktext import iso_date

    assert iso_date(day) == day.isoformat()
    assert iso_date(day) == day.isoformat()  # remembered the second time


def test_iso_date_of_a_subclass_is_its_own_isoformat():
    from workflow.quicktext import iso_date

    class Odd(date):
        def isoformat(self):
            return "odd"

    assert iso_date(date(2026, 3, 4)) == "2026-03-04"
    assert iso_date(Odd(2026, 3, 4)) == "odd"  # not the remembered text of the equal date


@pytest.mark.parametrize("moment", DATETIMES + [datetime(2026, 3, 17, 8, 5, 9, tzinfo=timezone(timedelta(0), "Z")),
                                                datetime(5, 6, 7, 8, 9, 10, 11, tzinfo=UTC)])
def test_utc_iso_is_isoformat_to_the_microsecond(moment):
    from workflow.quicktext import utc_iso

    assert utc_iso(moment) == moment.isoformat(timespec="microseconds")


def test_one_shot_encoder_falls_back_when_the_private_c_encoder_changes(monkeypatch):
    import json

    from workflow import quicktext

    def changed_signature(*args):  # noqa: ANN002, ANN202 - stands in for a later Python's helper
        raise TypeError("c_make_encoder() takes 10 arguments")

    monkeypatch.setattr(quicktext, "c_make_encoder", changed_signature)
    encoder = json.JSONEncoder(ensure_ascii=False)
    encode = quicktext.one_shot_encoder(encoder)
    assert encode == encoder.encode
    assert encode({"a": [1, "申请"]}) == '{"a": [1, "申请"]}'
