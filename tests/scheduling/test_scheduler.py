"""The scheduler: the lease, fencing, downtime catch-up, the daily jobs, and failover between processes.

SQLite and PostgreSQL (the ``engine`` fixture). The failover tests start real scheduler processes
(``python -m workflow scheduler``) on the same database with a 2-second lease, kill the leader with
SIGKILL, freeze another with SIGSTOP, and check from the database that the standby took over in time,
that no two holders ever swept at once (``sweep_run``) and that no alert was created twice.
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from click.testing import CliRunner
from helpers import make_world
from sqlalchemy import select
from test_sweep import alert_set, expected

from workflow.cli import cli
from workflow.scheduling.digest import queue_digests, queue_report_reminders, reminder_step
from workflow.scheduling.lease import Lease, LeaseLost
from workflow.scheduling.scheduler import Scheduler
from workflow.scheduling.sweep import sweep
from workflow.store.db import read, write
from workflow.store.models import alert, outbox, published_report, scheduler_lease, sweep_run
from workflow.store.repository import Repository

SHANGHAI = ZoneInfo("Asia/Shanghai")
LEASE = 2.0
POLL = 0.2


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def at(day: date, hh: int = 9, mm: int = 0) -> datetime:
    """``day`` at hh:mm in Shanghai, as a UTC instant."""
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=SHANGHAI).astimezone(UTC)


def runs(engine, job: str = "sweep") -> list[dict]:  # noqa: ANN001
    with read(engine) as conn:
        return [
            dict(r)
            for r in conn.execute(
                select(sweep_run).where(sweep_run.c.job == job).order_by(sweep_run.c.id)
            ).mappings()
        ]


def file_settings(tmp_path: Path) -> dict:
    from workflow.settings import load_settings

    settings = load_settings()
    settings["channels"] = {
        **settings["channels"],
        "default": "file",
        "file": {"folder": str(tmp_path / "mail")},
    }
    return settings


# -- the lease -------------------------------------------------------------------------------------------


def test_lease_acquire_renew_expire_takeover_release(engine):
    clock = FakeClock(datetime(2026, 3, 2, 1, 0, tzinfo=UTC))
    a = Lease(engine, "A", 30, clock=clock)
    b = Lease(engine, "B", 30, clock=clock)
    assert a.acquire() and a.token == 1
    assert not b.acquire() and b.token is None
    clock.advance(seconds=20)
    assert a.renew() and not b.acquire()
    clock.advance(seconds=29)  # 29 s after the renewal: still A's
    assert not b.acquire()
    clock.advance(seconds=2)  # expired
    assert b.acquire() and b.token == 2  # a takeover bumps the fencing token
    assert not a.renew() and a.token is None
    with pytest.raises(LeaseLost), write(engine) as conn:
        a.token = 1  # a zombie that still believes in its old token
        a.fence(conn)
    assert a.acquire() is False
    assert b.acquire() and b.token == 2  # re-acquiring one's own lease keeps the token
    b.release()
    assert a.acquire() and a.token == 3  # released: taken at once, no waiting for expiry
    row = Lease.current(engine)
    assert (row["holder"], row["fencing_token"]) == ("A", 3)


def test_a_zombie_leader_writes_nothing(engine, tmp_path):
    w = make_world(engine, today=date(2026, 3, 31), settings=file_settings(tmp_path))
    w.register(on=date(2026, 3, 2))
    clock = FakeClock(at(date(2026, 3, 31)))
    a = Scheduler(w.services, holder="A", clock=clock, lease_seconds=30)
    b = Scheduler(w.services, holder="B", clock=clock, lease_seconds=30)
    assert a.heartbeat() and not b.heartbeat()
    clock.advance(seconds=45)  # A is paused (GC, SIGSTOP, a partition) past its lease
    assert b.heartbeat()
    assert a.is_leader  # A does not know yet
    assert a.run_sweep() is None and not a.is_leader  # its fenced transaction finds the new token
    assert runs(engine) == [] and alert_set(engine) == set()
    assert a.run_daily() is None and a.run_outbox() is None
    result = b.run_sweep()
    assert result.created > 0
    assert [r["holder"] for r in runs(engine)] == ["B"]


# -- downtime ----------------------------------------------------------------------------------------------


def test_scheduler_down_for_ten_days_catches_up_exactly_once(engine, tmp_path):
    w = make_world(engine, today=date(2026, 3, 2), settings=file_settings(tmp_path))
    cal = w.services.calendar
    for on in (date(2026, 2, 24), date(2026, 3, 2), date(2026, 3, 6), date(2026, 3, 10)):
        w.today = on
        case_no = w.register(on=on)
        if on.day % 2 == 0:
            w.fire(case_no, "accept", on)
    clock = FakeClock(at(date(2026, 3, 23)))
    w.today = date(2026, 3, 23)
    a = Scheduler(w.services, holder="A", clock=clock, lease_seconds=30)
    for day in (
        date(2026, 3, 23),
        date(2026, 3, 24),
        date(2026, 3, 25),
        date(2026, 3, 26),
        date(2026, 3, 27),
    ):
        clock.now, w.today = at(day), day
        assert a.tick()
        assert alert_set(engine) == expected(engine, day, cal)
    before = alert_set(engine)
    last_day = date(2026, 3, 27)
    # the process dies (no release); ten days later another one starts
    restart = last_day + timedelta(days=10)
    clock.now, w.today = at(restart), restart
    b = Scheduler(w.services, holder="B", clock=clock, lease_seconds=30)
    assert b.tick()
    after = alert_set(engine)
    assert after == expected(engine, restart, cal)
    gap = after - before
    assert gap == expected(engine, restart, cal) - expected(engine, last_day, cal) and gap
    with read(engine) as conn:
        created = conn.execute(
            select(alert.c.clock_id, alert.c.level, alert.c.due_on, alert.c.created_on)
        ).all()
    assert len(created) == len(after)  # each alert exactly once
    assert {(c, lvl, d) for c, lvl, d, on in created if on == restart} == gap
    assert [r["holder"] for r in runs(engine)] == ["A"] * 5 + ["B"]
    # a second round the same day adds nothing
    assert b.tick() and alert_set(engine) == after
    # the digest ran each working day the scheduler was up, and once on the restart day (not for the gap)
    with read(engine) as conn:
        keys = sorted(
            conn.execute(select(outbox.c.idempotency_key).where(outbox.c.kind == "digest")).scalars()
        )
    assert not cal.is_workday(restart)  # 2026-04-06, Qingming: no digest that day
    assert [k.split(":")[1] for k in keys] == [
        "2026-03-23",
        "2026-03-24",
        "2026-03-25",
        "2026-03-26",
        "2026-03-27",
    ]
    clock.now, w.today = at(restart + timedelta(days=1)), restart + timedelta(days=1)
    assert b.tick()
    with read(engine) as conn:
        keys = conn.execute(select(outbox.c.idempotency_key).where(outbox.c.kind == "digest")).scalars().all()
    assert len(keys) == 6 and any(k.startswith("digest:2026-04-07:") for k in keys)


# -- daily jobs -----------------------------------------------------------------------------------------------


def test_digest_to_each_supervisor_on_working_days(engine, tmp_path):
    w = make_world(engine, today=date(2026, 3, 2), settings=file_settings(tmp_path))
    for on in (date(2026, 2, 2), date(2026, 3, 2)):
        w.today = on
        w.fire(w.register(on=on, applicant_name="李四"), "accept", on)
    w.today = date(2026, 3, 6)
    assert queue_digests(w.services, date(2026, 3, 7)) == 0  # Saturday
    assert queue_digests(w.services, date(2026, 3, 6)) == 1
    assert queue_digests(w.services, date(2026, 3, 6)) == 0  # idempotent
    with read(engine) as conn:
        (row,) = conn.execute(select(outbox).where(outbox.c.kind == "digest")).mappings().all()
    ctx = row["context"]
    assert row["template"] == "daily_digest" and row["idempotency_key"].startswith("digest:2026-03-06:")
    # received 02-02: due 03-06 (Spring Festival 02-15..23 in between), today; received 03-02: due 03-30
    assert [(r["due"], r["working_days_left"]) for r in ctx["rows"]] == [
        ("2026-03-06", 0),
        ("2026-03-30", 16),
    ]
    assert ctx["total"] == 2 and ctx["rows"][0]["applicant_name"] == "李四"  # masked by the template
    from workflow.outbox.delivery import deliver_all

    assert deliver_all(w.services, datetime.now(UTC) + timedelta(minutes=1)).failed == 0
    mails = list((tmp_path / "mail").glob("digest-*.eml"))
    assert len(mails) == 1
    msg = email.message_from_bytes(mails[0].read_bytes(), policy=email.policy.default)
    assert msg["Subject"].startswith("【每日督办】") and msg["X-Idempotency-Key"] == row["idempotency_key"]
    body = msg.get_body(("plain",)).get_content()
    assert "李*" in body and "李四" not in body and "今日到期" in body


def test_annual_report_reminders(engine, tmp_path):
    w = make_world(engine, today=date(2026, 1, 5), settings=file_settings(tmp_path))
    cal = w.services.calendar
    internal, department = date(2026, 1, 20), date(2026, 1, 31)
    ten_before = cal.add_working_days(internal, -10)
    assert reminder_step(cal, internal, ten_before - timedelta(days=1), [1, 5, 10]) is None
    assert queue_report_reminders(w.services, ten_before - timedelta(days=1)) == 0
    assert queue_report_reminders(w.services, ten_before) == 1  # the head, internal date, step 10
    assert queue_report_reminders(w.services, ten_before) == 0
    # down for a week: one reminder for the latest step passed, not one per missed step
    one_before = cal.add_working_days(internal, -1)
    n = queue_report_reminders(w.services, one_before)
    steps = [s for s in (1, 5, 10) if cal.add_working_days(department, -s) <= one_before]
    assert n == 1 + (1 if steps else 0)
    with read(engine) as conn:
        keys = sorted(
            conn.execute(select(outbox.c.idempotency_key).where(outbox.c.kind == "reminder")).scalars()
        )
        ctx = conn.execute(select(outbox.c.context).where(outbox.c.kind == "reminder")).scalars().first()
    assert keys[0].startswith("report:2025:") and any(":internal_due:1:" in k for k in keys)
    assert not any(":internal_due:5:" in k for k in keys)
    assert ctx["year"] == 2025 and ctx["deadline"] in ("internal_due", "department_due")
    with write(engine) as conn:  # the report for 2025 is published: no more reminders
        agency_id = Repository(conn).agency_id(w.agency)
        conn.execute(
            published_report.insert().values(
                agency_id=agency_id, year=2025, data={}, recorded_at=datetime.now(UTC)
            )
        )
    assert queue_report_reminders(w.services, cal.add_working_days(department, -1)) == 0


def test_cli_scheduler_once(engine, db_url, tmp_path):
    w = make_world(engine, today=date(2026, 3, 2))
    w.register(on=date(2026, 3, 2))
    cfg = tmp_path / "settings.yaml"
    cfg.write_text(
        yaml.safe_dump({"channels": {"default": "file", "file": {"folder": str(tmp_path / "mail")}}}),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli,
        [
            "--db",
            db_url,
            "--config",
            str(cfg),
            "--json",
            "scheduler",
            "--once",
            "--quiet",
            "--holder",
            "once",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"holder": "once", "leader": True}
    assert [r["holder"] for r in runs(engine)] == ["once"]
    assert Lease.current(engine)["expires_at"] is not None
    assert Lease(engine, "other", 30).acquire()  # released on the way out


# -- failover between processes ---------------------------------------------------------------------------------


def _spawn(db_url: str, cfg: Path, holder: str, tmp_path: Path) -> subprocess.Popen:
    log = open(tmp_path / f"{holder}.log", "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workflow",
            "--db",
            db_url,
            "--config",
            str(cfg),
            "scheduler",
            "--holder",
            holder,
        ],
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def _wait(predicate, timeout: float, what: str, procs: list) -> float:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return time.monotonic()
        for p in procs:
            assert p.poll() is None or p.returncode in (-9, 0, -15), f"scheduler exited with {p.returncode}"
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _holder(engine) -> str | None:  # noqa: ANN001
    with read(engine) as conn:
        return conn.execute(select(scheduler_lease.c.holder)).scalar()


def _freeze_outside_a_write(proc: subprocess.Popen, engine) -> None:  # noqa: ANN001
    """SIGSTOP the process at a moment it holds no SQLite write lock.

    A writer frozen inside its transaction keeps SQLite's lock, and no standby can take over until
    it wakes (the scheduler's docstring says so; PostgreSQL ends such a session, tested on its own).
    What this test checks is the fencing of a zombie, so on SQLite it freezes B between writes: it
    stops B, probes the lock with a zero timeout, and if B holds it, lets B run a moment and retries.
    """
    for _ in range(200):
        proc.send_signal(signal.SIGSTOP)
        if engine.dialect.name != "sqlite" or _sqlite_write_lock_free(engine.url.database):
            return
        proc.send_signal(signal.SIGCONT)
        time.sleep(0.05)
    raise AssertionError("B held the SQLite write lock every time it was stopped")


def _sqlite_write_lock_free(path: str) -> bool:
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        probe.close()


def _assert_never_concurrent(rows: list[dict]) -> None:
    done = sorted((r for r in rows if r["finished_at"] is not None), key=lambda r: r["started_at"])
    for prev, nxt in zip(done, done[1:], strict=False):
        if prev["holder"] != nxt["holder"]:
            assert prev["finished_at"] <= nxt["started_at"], (prev, nxt)


@pytest.mark.slow
def test_failover_between_scheduler_processes(engine, db_url, tmp_path):
    today = datetime.now(SHANGHAI).date()
    w = make_world(engine, today=today)
    cal = w.services.calendar
    for back in (30, 23, 21, 19, 8):
        on = cal.add_working_days(today, -back)
        w.today = on
        w.fire(w.register(on=on), "accept", on)
    w.today = today
    cfg = tmp_path / "settings.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "scheduler": {"lease_seconds": LEASE, "poll_seconds": POLL},
                "alerts": {"sweep_every_minutes": 0.01},  # every 0.6 s
                "outbox": {"poll_seconds": 1},
                "channels": {"default": "file", "file": {"folder": str(tmp_path / "mail")}},
            }
        ),
        encoding="utf-8",
    )
    procs: dict[str, subprocess.Popen] = {}
    try:
        procs["A"] = _spawn(db_url, cfg, "A", tmp_path)
        _wait(lambda: any(r["holder"] == "A" for r in runs(engine)), 30, "A to sweep", list(procs.values()))
        procs["B"] = _spawn(db_url, cfg, "B", tmp_path)
        time.sleep(2.5)  # B is up and polling
        assert _holder(engine) == "A" and not [r for r in runs(engine) if r["holder"] == "B"]

        # 1. kill -9 the leader: B takes over within one lease period (plus one poll)
        procs["A"].send_signal(signal.SIGKILL)
        procs["A"].wait(10)
        killed = time.monotonic()
        took = _wait(lambda: _holder(engine) == "B", 15, "B to take over", list(procs.values()))
        assert took - killed <= LEASE + POLL + 1.5, f"takeover after {took - killed:.2f}s"
        _wait(lambda: any(r["holder"] == "B" for r in runs(engine)), 10, "B to sweep", list(procs.values()))

        # 2. freeze B (a zombie), let C take over, wake B: B must never sweep again
        _freeze_outside_a_write(procs["B"], engine)
        procs["C"] = _spawn(db_url, cfg, "C", tmp_path)
        time.sleep(LEASE + 1.5)
        procs["B"].send_signal(signal.SIGCONT)  # (on PostgreSQL, if B froze mid-transaction, C waited for it)
        _wait(lambda: _holder(engine) == "C", 20, "C to take over", list(procs.values()))
        _wait(lambda: any(r["holder"] == "C" for r in runs(engine)), 10, "C to sweep", list(procs.values()))
        time.sleep(2.0)  # B is awake again and has run its jobs
        all_runs = runs(engine)
        first_c = min(r["started_at"] for r in all_runs if r["holder"] == "C")
        assert all(r["started_at"] < first_c for r in all_runs if r["holder"] == "B")
        assert _holder(engine) == "C"
        for name in ("B", "C"):
            procs[name].send_signal(signal.SIGTERM)
        for name in ("B", "C"):
            assert procs[name].wait(15) in (0, -15)
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.send_signal(signal.SIGCONT)
                p.kill()
                p.wait(10)
    all_runs = runs(engine)
    assert {r["holder"] for r in all_runs} == {"A", "B", "C"}
    _assert_never_concurrent(all_runs)
    assert alert_set(engine) == expected(engine, today, cal)  # nothing missing, nothing twice
    with read(engine) as conn:
        n_alerts = len(conn.execute(select(alert.c.id)).all())
        keys = conn.execute(select(outbox.c.idempotency_key).where(outbox.c.kind == "alert")).scalars().all()
    assert n_alerts == len(alert_set(engine)) and len(keys) == len(set(keys))
    assert sweep(w.services, today).created == 0
    logs = {n: (tmp_path / f"{n}.log").read_text(errors="replace") for n in ("A", "B", "C")}
    assert "became the leader" in logs["B"] and "became the leader" in logs["C"]
    assert os.path.isdir(tmp_path / "mail")


def test_a_leader_frozen_inside_a_job_does_not_block_failover_on_postgresql(engine, db_url):
    """A leader frozen between its fence (which locks the lease row) and its commit would make a
    standby's acquire wait on the row lock for ever; the server ends the frozen session after one
    lease period, and the standby takes over."""
    import contextlib
    import threading

    from workflow.scheduling.lease import end_abandoned_transactions
    from workflow.store.db import make_engine

    if engine.dialect.name != "postgresql":
        # the setting is PostgreSQL's (SQLite has no server to end a frozen writer's transaction):
        # the SQLite pool is left as it is
        with engine.connect():
            pass
        pooled = engine.pool.checkedin()
        end_abandoned_transactions(engine, 1.0)
        assert pooled == 1 and engine.pool.checkedin() == 1
        return
    lease_seconds = 1.0
    frozen_engine, standby_engine = make_engine(db_url), make_engine(db_url)
    end_abandoned_transactions(frozen_engine, lease_seconds)
    frozen = frozen_engine.connect()
    try:
        leader = Lease(frozen_engine, "frozen", lease_seconds)
        assert leader.acquire()
        frozen.begin()
        leader.fence(frozen)  # inside a job's transaction, then nothing: the process is stopped
        time.sleep(lease_seconds + 0.2)  # the lease has expired, the row is still locked
        took: list[bool] = []
        standby = threading.Thread(target=lambda: took.append(Lease(standby_engine, "standby", 30).acquire()),
                                   daemon=True)
        standby.start()
        standby.join(lease_seconds + 5)
        assert took == [True], "the standby is still waiting on the frozen leader's row lock"
        assert _holder(engine) == "standby"
        with pytest.raises(Exception):  # noqa: B017,PT011 - the server ended the frozen session
            frozen.execute(select(scheduler_lease.c.holder)).all()
    finally:
        with contextlib.suppress(Exception):  # without the setting: end the frozen transaction here
            frozen.rollback()
        frozen.invalidate()
        frozen_engine.dispose()
        standby_engine.dispose()


# -- a long delivery --------------------------------------------------------------------------------------


def test_a_long_delivery_logs_no_warning_on_each_poll_it_outlasts(engine, tmp_path, monkeypatch, caplog):
    w = make_world(engine, today=date(2026, 3, 2), settings=file_settings(tmp_path))
    started, release = threading.Event(), threading.Event()
    deliveries: list[int] = []

    def slow_delivery(*_args, **_kwargs):  # noqa: ANN002, ANN003 - deliver_all's signature
        deliveries.append(1)
        started.set()
        release.wait(10)

    monkeypatch.setattr("workflow.outbox.delivery.deliver_all", slow_delivery)
    scheduler = Scheduler(w.services, holder="A", lease_seconds=30, sweep_minutes=60)
    scheduler.outbox_seconds = 0.2
    assert scheduler.heartbeat()
    aps = scheduler.build()
    caplog.set_level(logging.DEBUG)
    runner = threading.Thread(target=aps.start, daemon=True)
    runner.start()
    try:
        assert started.wait(20)
        time.sleep(2)  # some ten polls while the first delivery runs
    finally:
        release.set()
        aps.shutdown(wait=True)
        runner.join(10)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    skipped = [r for r in caplog.records if "outbox poll skipped" in r.getMessage()]
    assert len(skipped) >= 3 and all(r.levelno == logging.DEBUG for r in skipped)
    assert len(deliveries) <= 2  # one delivery at a time: none started beside the long one
