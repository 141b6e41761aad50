"""A late extension in earlier history (version 1 let it through with a late_reason) extends nothing:
the reply clock keeps the due date in force, and the case page, the list, the alerts, compliance and
the annual report all say the case is overdue, then replied late. The on-time rate is one function."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner
from helpers import make_world
from repin_fixtures import folder, v1_text
from sqlalchemy import select

from workflow.cli import cli
from workflow.deadlines.explain import compliance, explain_case
from workflow.deadlines.on_time import on_time_rate
from workflow.report import service as report_service
from workflow.scheduling.sweep import sweep
from workflow.store.db import read
from workflow.store.models import alert
from workflow.store.repository import Repository

RECEIVED = date(2026, 9, 1)


def test_a_late_extension_in_history_leaves_every_figure_overdue(engine, tmp_path):
    w = make_world(engine, today=date(2026, 11, 25))
    v1 = w.with_registry(folder(tmp_path, {"GIR2019-1.yaml": v1_text()}))
    case_no = v1.register(on=RECEIVED)
    v1.fire(case_no, "accept", RECEIVED)
    due = v1.clock(case_no, "reply").due_on
    v1.fire(case_no, "extend", date(2026, 10, 20), days=10, reason="量大", late_reason="审批遗漏")
    assert v1.clock(case_no, "reply").due_on == due  # the extension moved nothing
    with read(w.engine) as conn:
        explained = explain_case(w.services, Repository(conn), case_no)
    reply = next(c for c in explained["clocks"] if c["kind"] == "reply")
    assert reply["extension"]["counted"] is False and "延期不计入" in reply["extension"]["text"]
    assert "（延期）" not in reply["formula"] and reply["due"] == reply["computed_due"] == due.isoformat()
    url = w.engine.url.render_as_string(hide_password=False)
    shown = json.loads(CliRunner().invoke(cli, ["--db", url, "--json", "show", case_no]).output)
    assert next(c for c in shown["clocks"] if c["kind"] == "reply")["due"] == due.isoformat()
    listed = json.loads(CliRunner().invoke(cli, ["--db", url, "--json", "list", "--overdue"]).output)
    assert [c["case_no"] for c in listed["cases"]] == [case_no]
    sweep(w.services, date(2026, 11, 2))
    with read(w.engine) as conn:
        assert "overdue" in set(conn.execute(select(alert.c.level)).scalars())
        open_year = compliance(w.services, Repository(conn), 2026, "sjj")
    assert [(b["case_no"], b["type"]) for b in open_year["breaches"]] == [(case_no, "overdue_open")]
    # replied within the date the extension claimed (2026-11-02): late all the same
    v1.fire(case_no, "decide", date(2026, 11, 2), outcome="unavailable_not_held", basis="not_exist")
    v1.fire(case_no, "sign_off", date(2026, 11, 2), late_reason="审批遗漏")
    assert v1.clock(case_no, "reply").breached
    with read(w.engine) as conn:
        rep = compliance(w.services, Repository(conn), 2026, "sjj")
    assert rep["totals"]["on_time"] == 0 and rep["totals"]["met"] == 1
    report = report_service.generate(w.engine, year=2026, agency="sjj")
    assert (report.raw_values["on_time"], report.raw_values["replied"]) == (0, 1)
    assert report.values["on_time_rate"] == "0.0%"


def test_the_on_time_rate_counts_replies_only_and_a_withdrawal_is_none(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    replied = w.register(on=date(2026, 3, 2))
    w.fire(replied, "accept", date(2026, 3, 2))
    w.fire(replied, "decide", date(2026, 3, 5), outcome="unavailable_not_held", basis="not_exist")
    w.fire(replied, "sign_off", date(2026, 3, 5))
    withdrawn = w.register(on=date(2026, 3, 2))
    w.fire(withdrawn, "withdraw", date(2026, 3, 3), how="电话")
    report = report_service.generate(w.engine, year=2026, agency="sjj")
    assert report.raw_values["results_total"] == 2
    assert (report.raw_values["on_time"], report.raw_values["replied"]) == (1, 1)
    assert report.values["on_time_rate"] == "100.0%"
    with read(w.engine) as conn:
        reply = next(k for k in compliance(w.services, Repository(conn), 2026, "sjj")["kinds"] if k["kind"] == "reply")
    assert (reply["met"], reply["on_time"], reply["on_time_rate"]) == (1, 1, on_time_rate(1, 1))
    assert on_time_rate(0, 0) is None
