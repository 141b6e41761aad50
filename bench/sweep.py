"""Benchmark of the deadline sweep on a million open cases.

    python bench/sweep.py                       # SQLite file in a temporary folder, 1,000,000 cases
    python bench/sweep.py --cases 200000 --db postgresql://postgres@127.0.0.1/bench

Cases and clocks are bulk-inserted with executemany Core inserts (not through the engine), with
fixed values in the NOT NULL columns. The business date is a fixed Monday. ``--spread realistic``
(default): 95 % of the dates of receipt fall in the last 20 working days (the reply is not due
yet; 15 % are within 3 working days of it) and 5 % 20 to 35 working days back (overdue by up to 15
working days). ``--spread uniform30``: uniform over the last 30 working days, so a third of the
cases are overdue (a stress case). 5 % of the cases also have a running correction-notice clock,
3 % are paused in a consultation (with a running consultation clock). 10 agencies, 50 clerks each,
one supervisor and one head each.

Prints one JSON object: seconds and alerts created for the first sweep (which also queues the
outbox rows) and for a repeat sweep with nothing new.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select  # noqa: E402

from workflow.app import Services  # noqa: E402
from workflow.scheduling.sweep import sweep  # noqa: E402
from workflow.settings import load_settings  # noqa: E402
from workflow.store.db import make_engine, read, upgrade, write  # noqa: E402
from workflow.store.models import (  # noqa: E402
    agency,
    alert,
    app_user,
    clock,
    disclosure_case,
    outbox,
    user_role,
)

TODAY = date(2026, 6, 15)  # a Monday
AGENCIES = 10
CLERKS_PER_AGENCY = 50
CHUNK = 20_000


def received_offset(rng: random.Random, spread: str) -> int:
    """Working days between the date of receipt and the business date."""
    if spread == "uniform30":
        return rng.randrange(0, 30)
    return rng.randrange(0, 20) if rng.random() >= 0.05 else rng.randrange(20, 36)


def populate(engine, cases: int, cal, seed: int = 7, spread: str = "realistic") -> float:  # noqa: ANN001
    rng = random.Random(seed)
    t0 = time.perf_counter()
    now = datetime.now(UTC)
    with write(engine) as conn:
        conn.execute(
            insert(agency),
            [
                {"id": a, "code": f"a{a}", "name": f"机关{a}", "prefix": f"A{a}", "settings": {}}
                for a in range(1, AGENCIES + 1)
            ],
        )
        users, roles = [], []
        uid = 0
        for a in range(1, AGENCIES + 1):
            for role, n in (("clerk", CLERKS_PER_AGENCY), ("supervisor", 1), ("head", 1)):
                for _ in range(n):
                    uid += 1
                    users.append(
                        {
                            "id": uid,
                            "name": f"{role}{uid}",
                            "email": f"{role}{uid}@example.gov.cn",
                            "addresses": {},
                        }
                    )
                    roles.append({"user_id": uid, "agency_id": a, "role": role})
        conn.execute(insert(app_user), users)
        conn.execute(insert(user_role), roles)
    clerks = {
        a: [r["user_id"] for r in roles if r["agency_id"] == a and r["role"] == "clerk"]
        for a in range(1, AGENCIES + 1)
    }
    received_by_offset = {k: cal.add_working_days(TODAY, -k) for k in range(0, 37)}
    due_by_received = {d: cal.add_working_days(d, 20) for d in received_by_offset.values()}
    target_by_due = {d: cal.add_working_days(d, -1) for d in due_by_received.values()}
    clock_id = 0
    for start in range(0, cases, CHUNK):
        case_rows, clock_rows = [], []
        for i in range(start + 1, min(start + CHUNK, cases) + 1):
            a = 1 + i % AGENCIES
            received = received_by_offset[received_offset(rng, spread)]
            due = due_by_received[received]
            roll = rng.random()
            consulting = roll < 0.03
            case_rows.append(
                {
                    "id": i,
                    "case_no": f"A{a}-2026-{i:07d}",
                    "agency_id": a,
                    "clerk_id": rng.choice(clerks[a]),
                    "definition_name": "GIR2019",
                    "definition_version": "1",
                    "state": "consulting" if consulting else "in_review",
                    "version": 1,
                    "channel": "in_person",
                    "received_on": received,
                    "submitted_on": received,
                    "applicant_type": "natural_person",
                    "applicant_name": "张三",
                    "subject": "政府信息公开申请",
                    "extension_days": 0,
                    "last_event_seq": 1,
                    "last_event_on": received,
                    "last_event_hash": "0" * 64,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            clock_id += 1
            clock_rows.append(
                {
                    "id": clock_id,
                    "case_id": i,
                    "kind": "reply",
                    "party": "",
                    "status": "paused" if consulting else "running",
                    "started_on": received,
                    "due_on": due,
                    "target_on": target_by_due[due],
                    "provisional": False,
                    "breached": False,
                    "spec": {},
                }
            )
            if consulting:
                clock_id += 1
                sent = cal.add_working_days(received, 3)
                cdue = cal.add_working_days(sent, 15)
                clock_rows.append(
                    {
                        "id": clock_id,
                        "case_id": i,
                        "kind": "consultation",
                        "party": "某公司",
                        "status": "running",
                        "started_on": sent,
                        "due_on": cdue,
                        "target_on": cal.add_working_days(cdue, -1),
                        "provisional": False,
                        "breached": False,
                        "spec": {},
                    }
                )
            elif roll < 0.08 and received >= received_by_offset[7]:
                clock_id += 1
                ndue = cal.add_working_days(received, 7)
                clock_rows.append(
                    {
                        "id": clock_id,
                        "case_id": i,
                        "kind": "correction_notice",
                        "party": "",
                        "status": "running",
                        "started_on": received,
                        "due_on": ndue,
                        "target_on": cal.add_working_days(ndue, -1),
                        "provisional": False,
                        "breached": False,
                        "spec": {},
                    }
                )
        with write(engine) as conn:
            conn.execute(insert(disclosure_case), case_rows)
            conn.execute(insert(clock), clock_rows)
    return time.perf_counter() - t0


def count(engine, table) -> int:  # noqa: ANN001
    with read(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=int, default=1_000_000)
    p.add_argument("--db", help="database URL (default: an SQLite file in a temporary folder)")
    p.add_argument(
        "--spread",
        choices=["realistic", "uniform30"],
        default="realistic",
        help="dates of receipt: 95%% within the 20-working-day period and 5%% overdue (default), "
        "or uniform over 30 working days (a third overdue)",
    )
    args = p.parse_args(argv)
    tmp = None
    url = args.db
    if url is None:
        tmp = tempfile.TemporaryDirectory(prefix="sweep-bench-")
        url = f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    engine = make_engine(url)
    upgrade(engine)
    services = Services.for_db(engine, load_settings(), today=lambda: TODAY)
    cal = services.calendar
    setup = populate(engine, args.cases, cal, spread=args.spread)
    if engine.dialect.name == "postgresql":  # what autovacuum does to a loaded table sooner or later
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE disclosure_case, clock, app_user, user_role")
    first = sweep(services, TODAY, holder="bench")
    repeat = sweep(services, TODAY, holder="bench")
    out = {
        "database": engine.dialect.name,
        "cases": args.cases,
        "spread": args.spread,
        "clocks": count(engine, clock),
        "business_date": TODAY.isoformat(),
        "setup_seconds": round(setup, 2),
        "first_sweep": {
            "seconds": round(first.seconds, 3),
            "alerts_created": first.created,
            "outbox_rows_queued": first.queued,
            "by_level": first.by_level,
        },
        "repeat_sweep": {
            "seconds": round(repeat.seconds, 3),
            "alerts_created": repeat.created,
            "outbox_rows_queued": repeat.queued,
        },
        "alerts_total": count(engine, alert),
        "outbox_total": count(engine, outbox),
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))
    engine.dispose()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
