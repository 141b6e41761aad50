"""Concurrent writers: optimistic versions, one winner per version, nothing of the loser written,
an intact audit chain, distinct case numbers. Threads on both stores; processes on PostgreSQL."""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from datetime import date
from typing import Any

import pytest
from helpers import make_world

from workflow.engine.audit_verify import verify_audit
from workflow.errors import ConflictError, DisclosureError, TransitionError
from workflow.store.db import read

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)


def race(*calls) -> list[tuple[str, Any]]:
    """Run the calls in threads released together; [("ok", result) | ("error", exception)] in order."""
    barrier = threading.Barrier(len(calls))
    out: list[tuple[str, Any]] = [("missing", None)] * len(calls)

    def run(i: int, call) -> None:
        barrier.wait()
        try:
            out[i] = ("ok", call())
        except Exception as exc:  # noqa: BLE001 - reported to the test
            out[i] = ("error", exc)

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a writer hung"
    return out


# (trigger, data) pairs that are each allowed from the state the other one leads to, and some that are not
RACES = {
    "accept-vs-withdraw": ("received", ("accept", {}), ("withdraw", {"how": "电话"})),
    "extend-vs-consult": (
        "in_review",
        ("extend", {"days": 5, "reason": "r"}),
        ("consult", {"party_kind": "third_party", "party_name": "甲公司"}),
    ),
    "fee-vs-correction": (
        "in_review",
        ("notify_fee", {"charge_method": "by_volume", "pages": 40}),
        ("request_correction", {"items": "x", "correct_by": "2026-03-20"}),
    ),
}


@pytest.mark.parametrize("name", list(RACES))
def test_same_expected_version_one_wins(engine, name):
    w = make_world(engine, today=TODAY)
    state, (t1, d1), (t2, d2) = RACES[name]
    case_no = w.register(on=R)
    if state == "in_review":
        w.fire(case_no, "accept", R)
    version = w.case(case_no)["version"]
    before = w.snapshot(case_no)
    on = date(2026, 3, 3)
    results = race(
        lambda: w.fire(case_no, t1, on, expected_version=version, **d1),
        lambda: w.fire(case_no, t2, on, expected_version=version, **d2),
    )
    wins = [i for i, (kind, _) in enumerate(results) if kind == "ok"]
    assert len(wins) == 1, results
    winner, loser = wins[0], 1 - wins[0]
    error = results[loser][1]
    assert isinstance(error, ConflictError), repr(error)
    win_trigger = (t1, t2)[winner]
    now = w.case(case_no)
    assert case_no in str(error) and f"now in state {now['state']}" in str(error)
    assert f"you had version {version}" in str(error)
    # exactly the winner's writes: one event, the version bumped once, the winner's clock changes only
    after = w.snapshot(case_no)
    events = after["case_events"]
    assert len(events) == len(before["case_events"]) + 1 and events[-1]["trigger"] == win_trigger
    assert now["version"] == version + 1 == now["last_event_seq"]
    assert {e["event_seq"] for e in after["case_ledger"]} <= {e["seq"] for e in events}
    assert after["events"] == before["events"] + 1
    lose_trigger = (t1, t2)[loser]
    if lose_trigger == "notify_fee":
        assert after["fee_notices"] == before["fee_notices"]
    if lose_trigger == "consult":
        assert not [k for k in w.clocks(case_no) if k[0] == "consultation"]
    if lose_trigger == "extend":
        assert now["extension_days"] == 0
    with read(w.engine) as conn:
        assert verify_audit(conn).ok
    # the loser, told the new version, may try again on what it now sees
    retry = w.case(case_no)
    with contextlib.suppress(
        TransitionError
    ):  # no longer allowed in the winner's state: a refusal, not a conflict
        w.fire(case_no, lose_trigger, on, expected_version=retry["version"], **(d1, d2)[loser])


def test_stale_version_is_a_conflict_even_when_the_trigger_no_longer_applies(engine):
    w = make_world(engine, today=TODAY)
    case_no = w.register(on=R)
    w.fire(case_no, "withdraw", R)
    before = w.snapshot(case_no)
    with pytest.raises(ConflictError, match=f"case {case_no} changed meanwhile .*now in state closed"):
        w.fire(case_no, "accept", R, expected_version=1)
    assert w.snapshot(case_no) == before


def test_writers_without_expected_version_never_see_a_conflict(engine):
    """Eight threads each recording five proceedings on one case, none asking for a version: each
    waits for the one before it and checks its trigger against the case as it then is, so all forty
    succeed (on PostgreSQL 162 of 200 such attempts were conflicts before the row lock), one event
    each, no gaps."""
    w = make_world(engine, today=TODAY)
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", R, outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", R)
    start = len(w.events(case_no))

    def deliver(i: int) -> int:
        for _ in range(5):
            w.fire(case_no, "record_proceeding", date(2026, 3, 3), kind="reconsideration", filed="2026-03-03",
                   body=f"复议机关{i}")
        return 5

    results = race(*[lambda i=i: deliver(i) for i in range(8)])
    assert all(kind == "ok" for kind, _ in results), results
    events = w.events(case_no)
    assert len(events) == start + 40
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    case = w.case(case_no)
    assert case["version"] == case["last_event_seq"] == len(events)
    with read(w.engine) as conn:
        assert verify_audit(conn).ok


def test_concurrent_registrations_get_distinct_numbers(engine):
    w = make_world(engine, today=TODAY)

    def register_five():
        return [w.register(on=R, applicant_name=f"申请人{n}") for n in range(5)]

    results = race(*[register_five for _ in range(8)])
    assert all(kind == "ok" for kind, _ in results), results
    numbers = [n for _, batch in results for n in batch]
    assert sorted(numbers) == [f"SJJ-2026-{i:04d}" for i in range(1, 41)]
    assert w.snapshot()["cases"] == 40
    with read(w.engine) as conn:
        report = verify_audit(conn)
    assert report.ok and (report.cases, report.events) == (40, 40)


# --- separate processes on PostgreSQL ------------------------------------------------------------


def _process_worker(
    index: int, url: str, today: date, plan: list[tuple[str, str, str, dict]], barrier, queue
) -> None:
    """Fire ``plan`` [(case_no, trigger, actor, data)] in a fresh interpreter; report each outcome."""
    from workflow.app import Services
    from workflow.store.db import make_engine

    engine = make_engine(url)
    services = Services.for_db(engine, today=lambda: today)
    outcomes = []
    barrier.wait(60)
    for case_no, trigger, actor, data in plan:
        try:
            r = services.cases.fire(case_no, trigger, actor, today, data)
            outcomes.append(("ok", r.seq))
        except ConflictError:
            outcomes.append(("conflict", None))
        except DisclosureError as exc:
            outcomes.append(("refused", str(exc)))
        except Exception as exc:  # noqa: BLE001 - anything else fails the test
            outcomes.append(("crash", f"{type(exc).__name__}: {exc}"))
    engine.dispose()
    queue.put((index, outcomes))


def _run_processes(db_url: str, plans: list[list]) -> list[list[tuple[str, Any]]]:
    """Each plan in its own spawned process, all released together; the outcomes, in plan order."""
    ctx = multiprocessing.get_context("spawn")
    barrier, queue = ctx.Barrier(len(plans)), ctx.Queue()
    procs = [
        ctx.Process(target=_process_worker, args=(i, db_url, TODAY, plan, barrier, queue))
        for i, plan in enumerate(plans)
    ]
    for p in procs:
        p.start()
    results = dict(queue.get(timeout=240) for _ in procs)
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    return [results[i] for i in range(len(plans))]


@pytest.mark.slow
# a PostgreSQL test: SQLite serialises writers on its file lock
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_processes_firing_different_triggers_at_one_case(engine, db_url):
    w = make_world(engine, today=TODAY)
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)  # open: proceedings (against a failure to reply) and consultations
    start = len(w.events(case_no))
    n = 25
    proceedings = [
        (
            case_no,
            "record_proceeding",
            w.clerk,
            {"kind": "reconsideration", "filed": "2026-03-03", "body": f"复议{i}"},
        )
        for i in range(n)
    ]
    consultations = [
        (case_no, "consult", w.clerk, {"party_kind": "third_party", "party_name": f"乙公司{i}"}) for i in range(n)
    ]
    results = _run_processes(db_url, [proceedings, consultations])
    flat = [o for r in results for o in r]
    assert not [o for o in flat if o[0] in ("crash", "refused")], flat
    won_seqs = [seq for kind, seq in flat if kind == "ok"]
    events = w.events(case_no)
    # at most one writer per version: every success has its own sequence number, and there is no other event
    assert len(won_seqs) == len(set(won_seqs)) == len(events) - start
    assert sorted(won_seqs) == list(range(start + 1, len(events) + 1))
    case = w.case(case_no)
    assert case["version"] == case["last_event_seq"] == len(events)
    # no lost update: each success, and only it, left its event and its effect
    wins = [sum(1 for kind, _ in r if kind == "ok") for r in results]
    assert (
        wins[0]
        == len([e for e in events if e["trigger"] == "record_proceeding"])
        == len(w.proceedings(case_no))
    )
    assert wins[1] == len([e for e in events if e["trigger"] == "consult"])
    assert wins[1] == len([c for (kind, _), c in w.clocks(case_no).items() if kind == "consultation"])
    with read(w.engine) as conn:
        assert verify_audit(conn).ok


@pytest.mark.slow
# a PostgreSQL test: SQLite serialises writers on its file lock
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_processes_racing_accept_and_withdraw(engine, db_url):
    """Conflicting state changes on many cases at once: each case ends consistent with its trail."""
    w = make_world(engine, today=TODAY)
    cases = [w.register(on=R) for _ in range(20)]
    plans = {
        "accept": [(c, "accept", w.clerk, {}) for c in cases],
        "withdraw": [(c, "withdraw", w.clerk, {"how": "电话"}) for c in cases],
    }
    results = dict(zip(plans, _run_processes(db_url, list(plans.values())), strict=True))
    assert not [o for r in results.values() for o in r if o[0] == "crash"], results
    for i, case_no in enumerate(cases):
        events = w.events(case_no)
        case = w.case(case_no)
        assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
        assert case["state"] == events[-1]["to_state"] and case["version"] == len(events)
        triggers = [e["trigger"] for e in events[1:]]
        assert triggers in (["accept"], ["withdraw"], ["accept", "withdraw"]), triggers
        assert set(triggers) == {t for t, r in results.items() if r[i][0] == "ok"}
        if triggers[-1] == "withdraw":
            assert (case["state"], case["outcome"]) == ("closed", "closed_other")
        else:
            assert results["withdraw"][i][0] in ("conflict", "refused")
    with read(w.engine) as conn:
        assert verify_audit(conn).ok
