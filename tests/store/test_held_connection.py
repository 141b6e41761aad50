"""The engine's write unit (``HeldConnection``): one transaction each, whatever runs inside it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, insert, select

from workflow.store.db import HeldConnection
from workflow.store.models import agency
from workflow.store.repository import Repository


def count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(agency)).scalar_one()


def test_statements_through_sqlalchemy_and_the_driver_commit_together(engine):
    held = HeldConnection(engine)
    with held.write() as conn:
        conn.execute(insert(agency).values(code="A", name="甲", prefix="A", settings={}))  # SQLAlchemy joins
        Repository(conn).next_case_number(1, 2026)  # a prepared statement on the driver cursor
    with held.write() as conn:
        assert Repository(conn).next_case_number(1, 2026) == 2
    assert count(engine) == 1


@pytest.mark.parametrize("through_sqlalchemy", [True, False])
def test_an_exception_rolls_everything_back_and_the_next_unit_works(engine, through_sqlalchemy):
    held = HeldConnection(engine)
    with pytest.raises(RuntimeError), held.write() as conn:
        if through_sqlalchemy:
            conn.execute(insert(agency).values(code="A", name="甲", prefix="A", settings={}))
        else:
            Repository(conn).add_agency("A", "甲", "A")
        raise RuntimeError("a later check failed")
    assert count(engine) == 0
    with held.write() as conn:
        Repository(conn).add_agency("B", "乙", "B")
    assert count(engine) == 1


def test_each_thread_writes_on_its_own_connection(engine):
    held = HeldConnection(engine)
    errors: list[BaseException] = []

    def work(code: str) -> None:
        try:
            for i in range(5):
                with held.write() as conn:
                    Repository(conn).add_agency(f"{code}{i}", code, f"{code}{i}")  # a prefix of its own, as agency add requires
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in "XYZ"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert count(engine) == 15
