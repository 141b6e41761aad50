"""An extension is approved and notified within the period in force, never after it (2019 Art. 33 ¶2;
2008 Art. 24 ¶2): a late one is refused in both regimes, one line citing the article and the due date."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.errors import TransitionError

REGIMES = [("GIR2019", date(2026, 9, 1), "第三十三条第二款"), ("GIR2008", date(2019, 3, 1), "第二十四条第二款")]


@pytest.mark.parametrize("regime, received, article", REGIMES)
def test_it_refuses_a_late_extension_and_writes_nothing(engine, regime, received, article):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=received)
    assert w.case(case_no)["definition_name"] == regime
    w.fire(case_no, "accept", received)
    due = w.clock(case_no, "reply").due_on
    late = w.services.calendar.add_working_days(due, 1)
    before = w.snapshot(case_no)
    with pytest.raises(TransitionError) as refused:
        w.fire(case_no, "extend", late, days=10, reason="量大", late_reason="审批遗漏")
    line = str(refused.value)
    assert article in line and due.isoformat() in line and "\n" not in line
    assert w.snapshot(case_no) == before


@pytest.mark.parametrize("regime, received, article", REGIMES)
def test_it_allows_an_extension_on_the_due_date_itself(engine, regime, received, article):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=received)
    w.fire(case_no, "accept", received)
    due = w.clock(case_no, "reply").due_on
    w.fire(case_no, "extend", due, days=10, reason="量大")
    assert w.clock(case_no, "reply").due_on == w.services.calendar.add_working_days(due, 10)


def test_a_pause_still_open_counts_towards_the_period_in_force(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    received = date(2026, 9, 1)
    case_no = w.register(on=received)
    w.fire(case_no, "accept", received)
    due = w.clock(case_no, "reply").due_on
    w.fire(case_no, "consult", date(2026, 9, 10), party_kind="third_party", party_name="某公司")
    # past the unpaused due date, but the consultation (still running) stopped the count
    w.fire(case_no, "extend", w.services.calendar.add_working_days(due, 2), days=5, reason="量大")
    assert w.state(case_no) == "consulting"


def test_the_command_line_refuses_it_with_exit_2(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=date(2026, 9, 1))
    w.fire(case_no, "accept", date(2026, 9, 1))
    due = w.clock(case_no, "reply").due_on
    url = w.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(cli, ["--db", url, "fire", case_no, "extend", "--as", w.head, "--on", "2026-10-20",
                                      "--set", "days=10", "--set", "reason=量大", "--set", "late_reason=遗漏"])
    assert isinstance(result.exception, CliError) and result.exception.exit_code == 2
    assert "第三十三条第二款" in str(result.exception) and due.isoformat() in str(result.exception)
    shown = json.loads(CliRunner().invoke(cli, ["--db", url, "--json", "show", case_no]).output)
    assert [e["trigger"] for e in shown["events"]] == ["register", "accept"]
