"""Concurrent writers never fork the global audit chain: the head row of ``audit_head`` is locked by
each writer until it commits (workflow.store.audit_chain), so every event gets the next number and
links to the one committed before it. Threads on both stores; processes on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_world
from sqlalchemy import func, select
from test_concurrency import _run_processes, race

from workflow.engine.audit_verify import verify_audit
from workflow.store import audit_chain
from workflow.store.db import read
from workflow.store.models import case_event

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)


def assert_one_chain(engine, events: int) -> None:
    with read(engine) as conn:
        numbers = list(conn.execute(select(case_event.c.global_seq).order_by(case_event.c.global_seq)).scalars())
        assert numbers == list(range(1, events + 1))
        assert conn.execute(select(func.count()).select_from(case_event)).scalar_one() == events
        assert audit_chain.head(conn)[0] == events
        report = verify_audit(conn)
    assert report.ok, str(report)


def test_threads_writing_to_different_cases_share_one_chain(engine):
    """Eight threads, each registering and accepting its own cases: no conflict, no fork."""
    w = make_world(engine, today=TODAY)

    def work(i: int) -> int:
        for n in range(4):
            w.fire(w.register(on=R, applicant_name=f"申请人{i}-{n}"), "accept", R)
        return 8

    results = race(*[lambda i=i: work(i) for i in range(8)])
    assert all(kind == "ok" for kind, _ in results), results
    assert_one_chain(w.engine, 64)


@pytest.mark.slow
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # SQLite serialises writers on its file lock
def test_processes_writing_to_different_cases_share_one_chain_on_postgresql(engine, db_url):
    w = make_world(engine, today=TODAY)
    cases = [w.register(on=TODAY) for _ in range(8 * 6)]  # the workers act today: not late
    plans = [
        [step for case_no in cases[p * 6:(p + 1) * 6]
         for step in ((case_no, "accept", w.clerk, {}),
                      (case_no, "extend", w.head, {"days": 5, "reason": "需调取档案"}))]
        for p in range(8)
    ]
    results = _run_processes(db_url, plans)
    outcomes = [kind for r in results for kind, _ in r]
    assert outcomes == ["ok"] * 96, [o for r in results for o in r if o[0] != "ok"]
    assert_one_chain(w.engine, 48 + 96)
