"""Loading a calendar year into the database recomputes the open clocks that depend on it (rules.md §3).

The fixture ``tests/fixtures/calendar-2027.yaml`` (fictional) differs from the provisional 2027
(weekdays minus the statutory holidays) by an 8-day Spring Festival (2027-02-05 .. 02-12) and the
make-up working days 2027-01-31 (Sunday) and 02-20 (Saturday), among others. So:

* received 2026-12-10, 20 working days → 2027-01-08 under both: the due date stays, only the
  provisional flag clears (case A);
* received 2026-12-10 with a 20-day extension, 40 working days → provisional 2027-02-09 (02-05 and
  02-08 are holidays), official 2027-02-04 (Sunday 01-31 is a working day): the due date moves (B).

Choice for a flag-only change (case A): the clock row is updated and the clock ledger gets a
``recompute`` line (so ``deadline explain`` shows it), but there is no audit event and no notice:
the date the office must meet did not change.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import make_world
from sqlalchemy import func, select

from workflow.cli import cli
from workflow.deadlines.recompute import load_year_file, recompute_all
from workflow.engine.audit import verify_chains
from workflow.store.db import read
from workflow.store.models import calendar_year, case_event, outbox
from workflow.store.repository import Repository

FIXTURE_2027 = Path(__file__).resolve().parents[1] / "fixtures" / "calendar-2027.yaml"


def rows(engine, table, **where):
    with read(engine) as conn:
        stmt = select(table)
        for k, v in where.items():
            stmt = stmt.where(table.c[k] == v)
        return [dict(r) for r in conn.execute(stmt).mappings()]


def chains_ok(engine) -> bool:
    with read(engine) as conn:
        _cases, _events, broken = verify_chains(Repository(conn).event_chains())
    return not broken


@pytest.fixture
def world(engine):
    """Case A (due stays, flag clears), case B (due moves), case C (2026 only), case D (concluded)."""
    w = make_world(engine, today=date(2026, 12, 15))
    w.a = w.register(on=date(2026, 12, 10))
    w.b = w.register(on=date(2026, 12, 10))
    w.fire(w.b, "accept", date(2026, 12, 11))
    w.fire(w.b, "extend", date(2026, 12, 14), days=20, reason="申请内容涉及大量历史档案")
    w.c = w.register(on=date(2026, 11, 2))
    w.d = w.register(on=date(2026, 12, 1))
    w.fire(w.d, "withdraw", date(2026, 12, 2), how="电话撤回")
    return w


def show_json(db_url: str, case_no: str) -> dict:
    result = CliRunner().invoke(cli, ["--db", db_url, "--json", "show", case_no])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def reply_view(view: dict) -> dict:
    return next(c for c in view["clocks"] if c["kind"] == "reply")


def test_provisional_before_loading(world, db_url):
    w = world
    a, b = w.clock(w.a, "reply"), w.clock(w.b, "reply")
    assert (a.due_on, a.provisional) == (date(2027, 1, 8), True)
    assert (b.due_on, b.provisional) == (date(2027, 2, 9), True)
    assert reply_view(show_json(db_url, w.b))["provisional"] is True
    assert reply_view(show_json(db_url, w.b))["due"] == "2027-02-09"
    assert not w.clock(w.c, "reply").provisional


def test_load_recomputes_moved_due_dates(world, db_url):
    w = world
    before = {n: w.snapshot(n) for n in (w.a, w.b, w.c, w.d)}
    result = load_year_file(w.services, FIXTURE_2027)
    assert result.status == "new" and result.year == 2027
    summary = result.recompute
    assert summary.cases_checked == 2  # A and B: open clocks touching 2027
    assert summary.cases_recomputed == 1 and summary.clocks_moved == 1 and summary.notices == 1
    assert summary.cases_flag_only == 1
    assert summary.moves == [
        {
            "case_no": w.b,
            "kind": "reply",
            "label": "答复期限",
            "party": None,
            "old_due": "2027-02-09",
            "new_due": "2027-02-04",
            "provisional_before": True,
            "provisional": False,
        }
    ]

    # the calendar row
    (row,) = rows(w.engine, calendar_year)
    assert row["year"] == 2027 and row["checksum"] == result.checksum
    assert row["source"] == "TEST FIXTURE 测试样例（虚构，非官方通知）"
    assert w.services.calendar.source(2027) == "override"

    # case B: clock, ledger, audit event, outbox
    b = w.clock(w.b, "reply")
    assert (b.due_on, b.target_on, b.provisional) == (date(2027, 2, 4), date(2027, 2, 3), False)
    assert b.spec["calendar"]["2027"] == w.services.calendar.fingerprint(2027)
    view = show_json(db_url, w.b)
    assert reply_view(view)["provisional"] is False and reply_view(view)["due"] == "2027-02-04"
    events = w.events(w.b)
    last = events[-1]
    assert last["trigger"] == "recompute_deadline"
    assert (last["actor"], last["role"]) == ("system", "system")
    assert last["from_state"] == last["to_state"] == "in_review" == w.state(w.b)
    assert last["effective_on"] == date(2026, 12, 15) and not last["late"]
    data = json.loads(last["data"])
    assert data["year"] == 2027 and data["source"] == "database (TEST FIXTURE 测试样例（虚构，非官方通知）)"
    assert data["clocks"] == [
        {
            "kind": "reply",
            "label": "答复期限",
            "party": None,
            "old_due": "2027-02-09",
            "new_due": "2027-02-04",
            "provisional_before": True,
            "provisional": False,
        }
    ]
    assert w.case(w.b)["version"] == before[w.b]["case"]["version"] + 1
    ledger = [e for e in w.ledger(w.b) if e["kind"] == "recompute"]
    assert len(ledger) == 1 and ledger[0]["event_seq"] == last["seq"]
    assert (ledger[0]["due_before"], ledger[0]["due_after"]) == (date(2027, 2, 9), date(2027, 2, 4))
    assert chains_ok(w.engine)

    (notice,) = rows(w.engine, outbox, kind="recompute")
    with read(w.engine) as conn:
        clerk_id = Repository(conn).load_case(w.b)["clerk_id"]
    assert notice["recipient_user_id"] == clerk_id
    assert (notice["kind"], notice["template"]) == ("recompute", "calendar_recompute")
    assert notice["idempotency_key"] == f"recompute:{w.b}:reply::2027-02-09:2027-02-04"
    ctx = notice["context"]
    assert ctx["case"]["case_no"] == ctx["case_no"] == w.b
    assert ctx["clock"]["kind"] == "reply" and ctx["clock"]["label"] == "答复期限"
    assert (ctx["old_due"], ctx["new_due"], ctx["year"]) == ("2027-02-09", "2027-02-04", 2027)
    assert ctx["source"] == data["source"]

    # case A: due unchanged, flag cleared; a ledger line, no audit event, no notice
    a = w.clock(w.a, "reply")
    assert (a.due_on, a.provisional) == (date(2027, 1, 8), False)
    assert reply_view(show_json(db_url, w.a))["provisional"] is False
    assert w.events(w.a) == before[w.a]["case_events"]
    assert w.case(w.a)["version"] == before[w.a]["case"]["version"]
    (line,) = [e for e in w.ledger(w.a) if e["kind"] == "recompute"]
    assert line["event_seq"] is None and line["due_before"] == line["due_after"] == date(2027, 1, 8)
    assert line["data"]["provisional_before"] is True and line["data"]["provisional"] is False

    # cases C (2026 only) and D (concluded) untouched
    for n in (w.c, w.d):
        after = w.snapshot(n)
        for key in ("case", "case_events", "case_clocks", "case_ledger"):
            assert after[key] == before[n][key], (n, key)


def test_loading_the_same_file_again_changes_nothing(world):
    w = world
    load_year_file(w.services, FIXTURE_2027)
    snap = w.snapshot(w.b)
    snap_a = w.snapshot(w.a)
    with read(w.engine) as conn:
        loaded_at = conn.execute(select(calendar_year.c.loaded_at)).scalar_one()
    w.today = date(2026, 12, 16)
    again = load_year_file(w.services, FIXTURE_2027)
    assert again.status == "unchanged" and again.previous_checksum == again.checksum
    assert again.recompute.cases_checked == 0 and again.recompute.cases_recomputed == 0
    assert w.snapshot(w.b) == snap and w.snapshot(w.a) == snap_a
    with read(w.engine) as conn:
        assert conn.execute(select(calendar_year.c.loaded_at)).scalar_one() == loaded_at


def test_a_replaced_year_moves_the_date_again(world, tmp_path):
    w = world
    load_year_file(w.services, FIXTURE_2027)
    # the same arrangement without the make-up working day of Sunday 2027-01-31
    text = FIXTURE_2027.read_text(encoding="utf-8").replace("[2027-01-31, 2027-02-20]", "[2027-02-20]")
    changed = tmp_path / "2027.yaml"
    changed.write_text(text, encoding="utf-8")
    result = load_year_file(w.services, changed)
    assert result.status == "replaced"
    # 01-25..29 (15), 02-01..04 (19), 02-05..12 holidays, 02-15 is the 20th
    assert result.recompute.moves[0]["old_due"] == "2027-02-04"
    assert result.recompute.moves[0]["new_due"] == "2027-02-15"
    assert w.clock(w.b, "reply").due_on == date(2027, 2, 15)
    assert [e["trigger"] for e in w.events(w.b)].count("recompute_deadline") == 2
    assert len(rows(w.engine, outbox, kind="recompute")) == 2
    assert chains_ok(w.engine)
    # the engine goes on from the new tail of the chain and with the new calendar
    w.today = date(2026, 12, 17)
    w.fire(w.b, "decide", date(2026, 12, 16), outcome="unavailable_not_held", basis="not_exist")
    w.fire(w.b, "sign_off", date(2026, 12, 17))
    assert w.state(w.b) == "replied" and chains_ok(w.engine)


def test_a_paused_clock_is_recomputed_too(engine):
    w = make_world(engine, today=date(2026, 12, 20))
    case_no = w.register(on=date(2026, 12, 10))
    w.fire(case_no, "accept", date(2026, 12, 10))
    w.fire(case_no, "extend", date(2026, 12, 11), days=20, reason="量大")
    w.fire(case_no, "consult", date(2026, 12, 14), party_kind="agency", party_name="市规划局")
    assert w.clock(case_no, "reply").status == "paused"
    consult = w.clock(case_no, "consultation", "市规划局")
    assert consult.provisional  # 15 working days after 2026-12-14 fall in 2027
    result = load_year_file(w.services, FIXTURE_2027)
    assert result.recompute.cases_checked == 1
    assert w.clock(case_no, "reply").due_on == date(2027, 2, 4)
    assert not w.clock(case_no, "consultation", "市规划局").provisional


def test_recompute_all_after_a_new_override_file(world, tmp_path, monkeypatch):
    """The package or config/calendar gains a year: `calendar recompute` compares fingerprints."""
    w = world
    folder = tmp_path / "calendar"
    folder.mkdir()
    shutil.copy(FIXTURE_2027, folder / "2027.yaml")
    monkeypatch.setattr("workflow.clocks.calendar._default_override_dirs", lambda: [folder])
    summary = recompute_all(w.services)
    assert w.services.calendar.source_detail(2027).endswith("(TEST FIXTURE 测试样例（虚构，非官方通知）)")
    assert summary.cases_recomputed == 1 and summary.moves[0]["case_no"] == w.b
    assert w.clock(w.b, "reply").due_on == date(2027, 2, 4)
    event = w.events(w.b)[-1]
    assert event["trigger"] == "recompute_deadline" and json.loads(event["data"])["year"] == 2027
    assert chains_ok(w.engine)
    # every open clock now carries the fingerprints it was computed with: nothing left to do
    again = recompute_all(w.services)
    assert again.cases_checked == 0 and again.moves == []
    assert len(rows(w.engine, outbox, kind="recompute")) == 1


# --- the commands -----------------------------------------------------------------------------


def test_cli_load_and_recompute(world, db_url):
    w = world
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db_url, "calendar", "load", str(FIXTURE_2027), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["status"] == "new" and out["cases_recomputed"] == 1 and out["clocks_moved"] == 1
    assert out["moves"][0]["case_no"] == w.b
    with read(w.engine) as conn:
        n_events = conn.execute(select(func.count()).select_from(case_event)).scalar_one()

    result = runner.invoke(cli, ["--db", db_url, "calendar", "load", str(FIXTURE_2027)])
    assert result.exit_code == 0, result.output
    assert "未变化 / unchanged" in result.output and "cases recomputed: 0" in result.output
    result = runner.invoke(cli, ["--db", db_url, "--json", "calendar", "recompute"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["cases_recomputed"] == 0
    with read(w.engine) as conn:
        assert conn.execute(select(func.count()).select_from(case_event)).scalar_one() == n_events
    assert len(rows(w.engine, outbox, kind="recompute")) == 1


@pytest.mark.parametrize(
    "content, message",
    [
        ("year: 2027\nsource: x\nholidays:\n  元旦: 2027-13-01\n", "holidays.元旦"),
        (
            "year: 2027\nsource: x\nholidays:\n  元旦: 2027-01-01\nmakeup_workdays:\n  春节: 2027-02-03\n",
            "weekday",
        ),
        ("year: [unclosed\n", "(yaml)"),
        ("year: 1990\nsource: x\nholidays:\n  元旦: 1990-01-01\n", "no version in force"),
    ],
)
def test_cli_load_bad_file_writes_nothing(world, db_url, tmp_path, monkeypatch, capsys, content, message):
    from workflow.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    before = world.snapshot()
    monkeypatch.setattr("sys.argv", ["disclosure", "--db", db_url, "calendar", "load", str(bad)])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err
    assert rows(world.engine, calendar_year) == []
    assert world.snapshot() == before
