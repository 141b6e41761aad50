"""The deadline sweep: each level on its business date, once; moved due dates; recipients; the CLI.

Every test runs on SQLite and PostgreSQL (the ``engine`` fixture). Cases are built through the
engine (``helpers.make_world``). ``oracle`` below is an independent, per-clock statement of the
alert rules in working days (``working_days_in``), against which the set-based SQL is checked.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner
from helpers import make_world
from sqlalchemy import func, select

from workflow.cli import cli
from workflow.scheduling.sweep import sweep
from workflow.scheduling.sweep_plan import build_plan
from workflow.store.db import read, write
from workflow.store.models import alert, clock, outbox, sweep_run
from workflow.store.repository import Repository

R = date(2026, 3, 2)  # Monday; reply due 2026-03-30 (20 wd), internal target 2026-03-27
DUE = date(2026, 3, 30)
REPEAT = 5
BUCKETS = 52


# -- the oracle ----------------------------------------------------------------------------------------


def oracle(row: dict, today: date, cal) -> set[str]:  # noqa: ANN001
    """The levels a clock should have as of ``today``, counted in working days, clock by clock."""
    kind, status, due = row["kind"], row["status"], row["due_on"]
    out: set[str] = set()
    if due is None:
        return out
    if status in ("running", "paused") and row["provisional"]:
        out.add("provisional_due")
    if status != "running":
        return out
    if kind == "reply":
        left = cal.working_days_in(today, due) if due > today else 0
        if due <= today or left <= 3:
            out.add("before_due_3")
        if row["target_on"] is not None and row["target_on"] <= today:
            out.add("internal_target")
        if due <= today:
            out.add("due_today")
        if due < today:
            out.add("overdue")
            late = cal.working_days_in(due, today)
            out.update(f"overdue_{k}" for k in range(1, min(late // REPEAT, BUCKETS) + 1))
    elif kind == "correction_notice":
        if cal.working_days_in(row["started_on"], today) >= 5:  # day 5 of the 7 has passed
            out.add("correction_notice_closing")
    elif due < today:
        out.add(
            {
                "consultation": "consultation_overdue",
                "fee_payment": "fee_window_over",
                "correction_period": "correction_period_over",
            }[kind]
        )
    return out


def clock_rows(engine) -> list[dict]:  # noqa: ANN001
    with read(engine) as conn:
        return [dict(r) for r in conn.execute(select(clock)).mappings()]


def expected(engine, today: date, cal) -> set[tuple[int, str, date]]:  # noqa: ANN001
    return {(r["id"], lvl, r["due_on"]) for r in clock_rows(engine) for lvl in oracle(r, today, cal)}


def alerts(engine) -> list[dict]:  # noqa: ANN001
    with read(engine) as conn:
        return [dict(r) for r in conn.execute(select(alert).order_by(alert.c.id)).mappings()]


def alert_set(engine) -> set[tuple[int, str, date]]:  # noqa: ANN001
    return {(a["clock_id"], a["level"], a["due_on"]) for a in alerts(engine)}


def outbox_rows(engine, kind: str = "alert") -> list[dict]:  # noqa: ANN001
    """The outbox rows of ``kind`` (transitions queue rows of their own, e.g. letter notices)."""
    with read(engine) as conn:
        return [
            dict(r)
            for r in conn.execute(
                select(outbox).where(outbox.c.kind == kind).order_by(outbox.c.id)
            ).mappings()
        ]


def days(start: date, end: date):  # noqa: ANN201
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


def registered(w, on: date = R, accept: bool = True) -> str:  # noqa: ANN001
    case_no = w.register(on=on)
    if accept:
        w.fire(case_no, "accept", on)
    return case_no


# -- levels on their dates -------------------------------------------------------------------------------


def test_each_level_appears_on_its_business_date(engine):
    w = make_world(engine, today=date(2026, 5, 1))
    case_no = registered(w)
    reply = w.clock(case_no, "reply")
    assert (reply.due_on, reply.target_on) == (DUE, date(2026, 3, 27))
    first_seen: dict[str, date] = {}
    for d in days(R, date(2026, 4, 30)):
        result = sweep(w.services, d)
        for level in result.by_level:
            assert level not in first_seen, f"{level} created twice"
            first_seen[level] = d
    assert first_seen == {
        "before_due_3": date(2026, 3, 25),  # 3 working days before 03-30: 03-26, 03-27, 03-30
        "internal_target": date(2026, 3, 27),  # one working day before the due date
        "due_today": date(2026, 3, 30),
        "overdue": date(2026, 3, 31),
        "overdue_1": date(2026, 4, 7),  # 5 working days late: 03-31 .. 04-03, 04-07 (04-04..06 Qingming)
        "overdue_2": date(2026, 4, 14),
        "overdue_3": date(2026, 4, 21),
        "overdue_4": date(2026, 4, 28),
    }
    assert all(a["created_on"] == first_seen[a["level"]] and a["due_on"] == DUE for a in alerts(engine))


def test_a_second_sweep_creates_nothing(engine):
    w = make_world(engine, today=date(2026, 4, 8))
    registered(w)
    first = sweep(w.services, date(2026, 4, 8))
    n_outbox = len(outbox_rows(engine))
    assert first.created == 5 and first.queued == 3  # before_due_3 .. overdue_1, all at once
    second = sweep(w.services, date(2026, 4, 8))
    assert (second.created, second.queued, second.by_level) == (0, 0, {})
    assert len(outbox_rows(engine)) == n_outbox
    with read(engine) as conn:
        runs = conn.execute(select(sweep_run).order_by(sweep_run.c.id)).mappings().all()
    assert [(r["job"], r["business_date"], r["created"]) for r in runs] == [
        ("sweep", date(2026, 4, 8), 5),
        ("sweep", date(2026, 4, 8), 0),
    ]
    assert all(r["finished_at"] >= r["started_at"] for r in runs)


def test_sql_matches_the_oracle_every_day_and_after_a_jump(engine):
    """Many clocks of every kind; sweep daily: the alert set always equals the oracle's."""
    w = make_world(engine, today=date(2026, 3, 2))
    cal = w.services.calendar
    for i, on in enumerate([date(2026, 2, 2), date(2026, 2, 10), date(2026, 2, 24), date(2026, 3, 2)]):
        w.today = on
        a = registered(w, on)  # reply running
        b = registered(w, on, accept=False)  # reply + correction notice running
        c = registered(w, on)
        w.fire(c, "consult", on, party_kind="third_party", party_name=f"甲公司{i}")  # reply paused
        d = registered(w, on)
        w.fire(d, "notify_fee", on, charge_method="by_volume", pages=40)
        e = registered(w, on, accept=False)
        w.fire(
            e, "request_correction", on, items="写明文号", correct_by=(on + timedelta(days=10)).isoformat()
        )
        assert a and b
    checked = 0
    for d in days(date(2026, 3, 2), date(2026, 5, 15)):
        sweep(w.services, d)
        assert alert_set(engine) == expected(engine, d, cal), d
        checked += 1
    assert checked > 70
    levels = {lvl for _, lvl, _ in alert_set(engine)}
    assert {
        "before_due_3",
        "internal_target",
        "due_today",
        "overdue",
        "overdue_1",
        "correction_notice_closing",
        "consultation_overdue",
        "fee_window_over",
        "correction_period_over",
    } <= levels


def test_downtime_creates_every_missed_alert_once(engine):
    w = make_world(engine, today=date(2026, 3, 20))
    cal = w.services.calendar
    for on in (date(2026, 2, 16), date(2026, 2, 26), date(2026, 3, 2), date(2026, 3, 9)):
        w.today = on
        registered(w, on)
        registered(w, on, accept=False)
    sweep(w.services, date(2026, 3, 20))
    before = alert_set(engine)
    assert before == expected(engine, date(2026, 3, 20), cal)
    # nothing runs for 25 days
    result = sweep(w.services, date(2026, 4, 14))
    after = alert_set(engine)
    assert after == expected(engine, date(2026, 4, 14), cal)
    assert result.created == len(after - before) > 0
    assert all(
        a["created_on"] == date(2026, 4, 14)
        for a in alerts(engine)
        if (a["clock_id"], a["level"], a["due_on"]) in after - before
    )


def test_paused_clock_has_no_due_alerts(engine):
    w = make_world(engine, today=date(2026, 3, 3))
    case_no = registered(w)
    w.fire(case_no, "consult", date(2026, 3, 3), party_kind="third_party", party_name="甲公司")
    assert w.clock(case_no, "reply").status == "paused"
    result = sweep(w.services, date(2026, 4, 30))  # long past the unpaused due date
    levels = {(a["level"]) for a in alerts(engine)}
    assert levels == {"consultation_overdue"}  # the consultation's 15 days are over: prompts lapse
    assert result.by_level == {"consultation_overdue": 1}


def test_per_kind_prompts(engine):
    w = make_world(engine, today=date(2026, 3, 2))
    notice = registered(w, accept=False)  # correction notice: 7 wd from 03-02, due 03-11
    assert w.clock(notice, "correction_notice").due_on == date(2026, 3, 11)
    assert sweep(w.services, date(2026, 3, 6)).by_level == {}
    assert sweep(w.services, date(2026, 3, 9)).by_level == {"correction_notice_closing": 1}  # day 5 passed
    w.today = date(2026, 3, 9)
    w.fire(notice, "request_correction", date(2026, 3, 9), items="写明文号", correct_by="2026-03-20")
    assert sweep(w.services, date(2026, 3, 20)).by_level == {}
    assert sweep(w.services, date(2026, 3, 21)).by_level == {"correction_period_over": 1}
    fee = registered(w, date(2026, 3, 9))
    w.fire(fee, "notify_fee", date(2026, 3, 9), charge_method="by_volume", pages=40)
    due = w.clock(fee, "fee_payment").due_on
    assert sweep(w.services, due).by_level.get("fee_window_over") is None
    assert sweep(w.services, due + timedelta(days=1)).by_level.get("fee_window_over") == 1


def test_provisional_due_date(engine):
    w = make_world(engine, today=date(2026, 12, 21))
    case_no = registered(w, date(2026, 12, 21))
    reply = w.clock(case_no, "reply")
    assert reply.provisional and reply.due_on.year == 2027
    result = sweep(w.services, date(2026, 12, 21))
    assert result.by_level == {"provisional_due": 1}  # the reply clock (the notice clock ended on accept)
    assert sweep(w.services, date(2026, 12, 22)).created == 0


def test_a_moved_due_date_yields_new_alerts(engine):
    w = make_world(engine, today=date(2026, 3, 25))
    case_no = registered(w)
    assert sweep(w.services, date(2026, 3, 25)).by_level == {"before_due_3": 1}
    w.fire(case_no, "extend", date(2026, 3, 25), days=10, reason="需会商")
    new_due = w.clock(case_no, "reply").due_on
    assert new_due == date(2026, 4, 14)
    assert sweep(w.services, date(2026, 3, 26)).created == 0
    assert sweep(w.services, date(2026, 4, 9)).by_level == {"before_due_3": 1}  # 04-10, 04-13, 04-14
    assert sweep(w.services, date(2026, 4, 15)).by_level == {
        "internal_target": 1,
        "due_today": 1,
        "overdue": 1,
    }
    got = sorted((a["level"], a["due_on"]) for a in alerts(engine))
    assert got == sorted(
        [
            ("before_due_3", DUE),
            ("before_due_3", new_due),
            ("internal_target", new_due),
            ("due_today", new_due),
            ("overdue", new_due),
        ]
    )


# -- messages -----------------------------------------------------------------------------------------------


def test_overdue_alerts_reach_clerk_supervisors_and_heads(engine):
    w = make_world(engine, today=date(2026, 3, 2))
    with write(engine) as conn:
        repo = Repository(conn)
        agency_id = repo.agency_id(w.agency)
        second_sup = repo.add_user("supervisor2", email="sup2@example.gov.cn")
        second_head = repo.add_user("head2", email="head2@example.gov.cn", addresses={"prefer": "smtp"})
        repo.grant_role(second_sup, agency_id, "supervisor")
        repo.grant_role(second_head, agency_id, "head")
        other = repo.add_agency("other", "别的机关", "OTH")
        repo.grant_role(repo.add_user("outsider"), other, "supervisor")
        names = {
            u: repo.user_row(repo.add_user(u))["id"]
            for u in (w.clerk, w.supervisor, w.head, w.reviewer, "supervisor2", "head2", "outsider")
        }
    case_no = registered(w)
    sweep(w.services, date(2026, 3, 25))  # before_due_3: the clerk only
    rows = outbox_rows(engine)
    assert [(r["recipient_user_id"], r["template"]) for r in rows] == [(names[w.clerk], "alert")]
    result = sweep(w.services, date(2026, 3, 31))  # internal_target, due_today, overdue
    assert result.by_level == {"internal_target": 1, "due_today": 1, "overdue": 1}
    new = outbox_rows(engine)[1:]
    by_user = {r["recipient_user_id"]: r for r in new}
    assert len(new) == len(by_user) == 5  # the overdue stage only: superseded levels are not messaged
    assert by_user[names[w.clerk]]["template"] == "alert"
    for who in (w.supervisor, w.head, "supervisor2", "head2"):
        assert by_user[names[who]]["template"] == "overdue_escalation"
    assert names[w.reviewer] not in by_user and names["outsider"] not in by_user
    assert by_user[names["head2"]]["channel"] == "smtp" and by_user[names[w.clerk]]["channel"] == "file"
    (overdue,) = [a for a in alerts(engine) if a["level"] == "overdue"]
    for r in new:
        assert r["idempotency_key"] == f"alert:{overdue['id']}:{r['recipient_user_id']}"
        assert r["status"] == "pending" and r["kind"] == "alert" and r["case_id"] == overdue["case_id"]
        ctx = r["context"]
        assert ctx == {
            "alert_id": overdue["id"],
            "level": "overdue",
            "case_no": case_no,
            "due": "2026-03-30",
            "as_of": "2026-03-31",
        }  # the rest (clock label, target, names) is added at delivery


def test_message_superseded_setting(engine):
    w = make_world(engine, today=date(2026, 3, 2))
    w.services.settings = {
        **w.services.settings,
        "alerts": {**w.services.settings["alerts"], "message_superseded": True},
    }
    registered(w)
    result = sweep(w.services, date(2026, 3, 31))
    assert result.created == 4
    clerk_rows = [r for r in outbox_rows(engine) if r["template"] == "alert"]
    assert len(clerk_rows) == 4


def test_plan_thresholds_are_working_days():
    from workflow.clocks.calendar import default_calendar
    from workflow.definitions.registry import default_registry
    from workflow.settings import load_settings

    plan = build_plan(load_settings(), default_registry(), default_calendar(), date(2026, 4, 3))  # a Friday
    rules = {r.level: r for r in (*plan.progression, *plan.others)}
    assert rules["before_due_3"].upper == date(2026, 4, 9)  # Tue 04-07, Wed, Thu (Qingming 04-04..06)
    assert rules["due_today"].upper == date(2026, 4, 3)
    assert rules["overdue"].upper == date(2026, 4, 2)
    assert rules["overdue_1"].upper == date(2026, 3, 29)  # 5 wd late on 04-03: due before 03-30
    assert rules["correction_notice_closing"].upper == date(2026, 4, 8)
    assert [r.level for r in plan.progression][:5] == [
        "before_due_3",
        "internal_target",
        "due_today",
        "overdue",
        "overdue_1",
    ]
    assert len([r for r in plan.progression if r.level.startswith("overdue_")]) == BUCKETS


# -- CLI ----------------------------------------------------------------------------------------------------


def test_cli_sweep_on_a_business_date(engine, db_url):
    w = make_world(engine, today=date(2026, 3, 2))
    registered(w)
    runner = CliRunner()
    result = runner.invoke(
        cli,
        ["--db", db_url, "--json", "sweep", "--on", "2026-03-31"],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["business_date"] == "2026-03-31" and payload["created"] == 4 and payload["queued"] == 3
    assert payload["by_level"] == {"before_due_3": 1, "internal_target": 1, "due_today": 1, "overdue": 1}
    again = runner.invoke(cli, ["--db", db_url, "sweep", "--on", "2026-03-31"])
    assert again.exit_code == 0 and "新增提醒 0 条" in again.output
    bad = runner.invoke(cli, ["--db", db_url, "sweep", "--on", "31/3"])
    assert bad.exit_code != 0
    future = (date.today() + timedelta(days=2)).isoformat()  # the command line's today is the real one
    ahead = runner.invoke(cli, ["--db", db_url, "sweep", "--on", future])
    assert ahead.exception.exit_code == 2 and f"--on {future} is in the future" in str(ahead.exception)
    with read(engine) as conn:
        assert conn.execute(select(func.count()).select_from(sweep_run)).scalar_one() == 2


@pytest.mark.parametrize("n", [3])
def test_sweep_is_one_transaction(engine, n, monkeypatch):
    """A failure half-way (here: queueing the messages) leaves no alert and no sweep_run behind."""
    import workflow.scheduling.sweep as sweep_module

    w = make_world(engine, today=date(2026, 3, 2))
    for _ in range(n):
        registered(w)

    def boom(*args, **kwargs):  # noqa: ANN002, ANN003
        raise RuntimeError("disk full")

    monkeypatch.setattr(sweep_module, "_queue_messages", boom)
    with pytest.raises(RuntimeError):
        sweep(w.services, date(2026, 3, 31))
    assert alerts(engine) == [] and outbox_rows(engine) == []
    monkeypatch.undo()
    assert sweep(w.services, date(2026, 3, 31)).created == 4 * n
    if engine.dialect.name == "sqlite":  # the sweep turns foreign-key checks off for itself only
        conns = [engine.connect().execution_options(sqlite_begin="DEFERRED") for _ in range(3)]
        try:
            assert [c.exec_driver_sql("PRAGMA foreign_keys").scalar() for c in conns] == [1, 1, 1]
        finally:
            for c in conns:
                c.close()


def test_an_online_application_no_clerk_has_taken_alerts_every_clerk_of_its_agency(engine):
    w = make_world(engine, today=date(2026, 3, 2))
    with write(engine) as conn:
        repo = Repository(conn)
        agency_id = repo.agency_id(w.agency)
        second = repo.add_user("clerk2")
        repo.grant_role(second, agency_id, "clerk")
        clerks = {repo.user_row(repo.add_user(u))["id"] for u in (w.clerk, "clerk2")}
    case_no = w.register_online(R)
    assert w.case(case_no)["clerk_id"] is None
    sweep(w.services, date(2026, 3, 25))  # before_due_3 (and the correction window's), to each clerk
    first = outbox_rows(engine)
    assert {r["recipient_user_id"] for r in first} == clerks and len(first) == 2 * len(alerts(engine))
    w.services.cases.reassign(case_no, w.clerk, w.head, "网上申请分办")
    sweep(w.services, date(2026, 3, 27))  # internal_target: the assigned clerk only
    new = outbox_rows(engine)[len(first):]
    assert new and {r["recipient_user_id"] for r in new} == {w.case(case_no)["clerk_id"]}
