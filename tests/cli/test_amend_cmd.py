"""``disclosure fire CASE amend``: the moved due dates are named on the command line, ``show`` prints
each amendment as before → after (ID numbers masked), and an amendment that changes nothing is one
line with exit code 2."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner
from helpers import VALID_ID_NUMBER, make_world

from workflow.cli import cli
from workflow.cli.common import CliError

R = date(2026, 3, 2)  # reply due 2026-03-30; received 2026-02-27 it is due 2026-03-26


def _run(w, *args: str) -> object:
    url = w.engine.url.render_as_string(hide_password=False)
    return CliRunner().invoke(cli, ["--db", url, *args])


def _case(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=R, id_number=VALID_ID_NUMBER)
    w.fire(case_no, "accept", R)
    return w, case_no


def test_fire_amend_names_each_due_date_before_and_after(engine):
    w, case_no = _case(engine)
    result = _run(
        w,
        "fire",
        case_no,
        "amend",
        "--as",
        w.clerk,
        "--on",
        "2026-03-04",
        "--set",
        "submitted=2026-02-27",
        "--set",
        "reason=登记时误录提交日期",
    )
    assert result.exit_code == 0, result.output
    assert "期限重新计算 / due date moved: 答复期限 2026-03-30 → 2026-03-26" in result.output
    data = json.loads(w.events(case_no)[-1]["data"])
    assert data["previous"] == {"submitted": "2026-03-02"}


def test_fire_amend_in_json_lists_the_moved_due_dates(engine):
    w, case_no = _case(engine)
    result = _run(
        w,
        "--json",
        "fire",
        case_no,
        "amend",
        "--as",
        w.clerk,
        "--on",
        "2026-03-04",
        "--set",
        "submitted=2026-02-27",
        "--set",
        "reason=录错",
    )
    assert result.exit_code == 0, result.output
    moved = {d["kind"]: (d["due_before"], d["due_after"]) for d in json.loads(result.output)["due_dates"]}
    assert moved["reply"] == ("2026-03-30", "2026-03-26")


def test_show_prints_the_amendment_with_the_id_number_masked(engine):
    w, case_no = _case(engine)
    w.fire(
        case_no,
        "amend",
        date(2026, 3, 4),
        submitted="2026-02-27",
        id_number="110105194912310038",
        reason="录错",
    )
    shown = _run(w, "show", case_no)
    assert shown.exit_code == 0, shown.output
    line = next(x for x in shown.output.splitlines() if "更正:" in x)
    assert "提交日期 2026-03-02 → 2026-02-27" in line
    assert "身份证号码 1101**********002X → 1101**********0038" in line
    assert "答复期限 2026-03-30 → 2026-03-26" in line
    assert "更正登记信息  审核办理中 → 审核办理中" in shown.output


def test_an_amendment_that_changes_nothing_is_one_line_and_exit_2(engine):
    w, case_no = _case(engine)
    result = _run(
        w,
        "fire",
        case_no,
        "amend",
        "--as",
        w.clerk,
        "--on",
        "2026-03-04",
        "--set",
        "applicant_name=张三",
        "--set",
        "reason=核对",
    )
    assert isinstance(result.exception, CliError) and result.exception.exit_code == 2
    assert "没有任何字段与现有登记不同" in str(result.exception) and "\n" not in str(result.exception)
    assert len(w.events(case_no)) == 2
