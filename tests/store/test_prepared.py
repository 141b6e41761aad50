"""Prepared statements store and read back what SQLAlchemy's own statements store and read, with the
SQLite speedups on or off (CI runs the store tests both ways)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, DateTime, bindparam, select
from stored_values import DATES, DATETIMES, JSONS

from workflow.store import sqlite_speedups
from workflow.store.db import make_engine
from workflow.store.prepared import Prepared, bind_processor, result_processor


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


def test_other_dialects_never_use_the_sqlite_speedups(monkeypatch):
    from sqlalchemy.dialects import postgresql

    def refuse(*args):  # noqa: ANN002, ANN202
        raise AssertionError("a SQLite speedup on PostgreSQL")

    monkeypatch.setattr(sqlite_speedups, "bind_processor", refuse)
    monkeypatch.setattr(sqlite_speedups, "result_processor", refuse)
    pg = postgresql.psycopg.dialect()
    for type_ in (Date(), DateTime(timezone=True), JSON(), Boolean()):
        bind_processor(type_, pg)
        result_processor(type_, pg)
