"""``disclosure list``: the open cases, nearest due date first, streamed, saying when it cuts."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world
from sqlalchemy import update

from workflow.cli import cli
from workflow.cli.text import clean, fit, width
from workflow.store.db import write
from workflow.store.models import disclosure_case

TODAY = date(2026, 11, 25)


@pytest.fixture
def listed(engine):
    w = make_world(engine, today=TODAY)
    late = w.register(on=date(2026, 9, 1))                       # due 2026-09-29: overdue
    soon = w.register(on=date(2026, 11, 20), applicant_name="李四")  # due 2026-12-18
    with write(engine) as conn:  # stored before input refused control characters (or imported so)
        conn.execute(update(disclosure_case).where(disclosure_case.c.case_no == soon)
                     .values(applicant_name="\x1b[31m李四\u202e"))
    done = w.register(on=date(2026, 3, 2))
    w.fire(done, "withdraw", date(2026, 3, 3), how="电话")
    url = w.engine.url.render_as_string(hide_password=False)

    def run(*args: str):  # noqa: ANN202
        # the command line's today is the real one; these cases lie before it either way
        return CliRunner().invoke(cli, ["--db", url, *args])

    return w, run, (late, soon, done)


def test_it_lists_open_cases_overdue_first_and_marked(listed):
    w, run, (late, soon, done) = listed
    result = run("list")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith(late) and "已逾期" in lines[1]
    assert lines[2].startswith(soon)
    assert done not in result.output
    assert lines[-1] == "共 2 件 / 2 cases"


def test_it_says_when_it_cuts(listed):
    _, run, (late, soon, _) = listed
    result = run("list", "--limit", "1")
    assert result.exit_code == 0
    assert late in result.output and soon not in result.output
    assert "showing 1 of 2" in result.output.splitlines()[-1]


def test_it_refuses_a_limit_below_one(listed):
    _, run, _ = listed
    result = run("list", "--limit", "-1")
    assert result.exit_code == 2 and "--limit" in result.output


def test_it_includes_concluded_cases_when_asked(listed):
    _, run, (late, soon, done) = listed
    result = run("--json", "list", "--all")
    payload = json.loads(result.output)
    assert payload["total"] == payload["shown"] == 3
    assert [c["case_no"] for c in payload["cases"]] == [late, soon, done]
    assert payload["cases"][0]["overdue"] is True and payload["cases"][1]["overdue"] is False


def test_it_prints_stored_values_without_terminal_controls(listed):
    _, run, _ = listed
    result = run("list")
    assert "\x1b" not in result.output and "\u202e" not in result.output


@pytest.mark.parametrize(("raw", "shown"), [
    ("\x1b[31m红色\x1b[0m", "红色"),
    ("\x1b]0;title\x07名字", "名字"),
    ("abc\u202edef\u2066x\u2069", "abcdefx"),
    ("a\tb\nc\x00d\x07", "a b cd"),
])
def test_clean_removes_what_a_terminal_would_obey(raw, shown):
    assert clean(raw) == shown


def test_fit_pads_by_terminal_columns():
    assert width("罗应急-2026") == 11 and fit("张三", 6) == "张三  " and fit("toolong", 3) == "toolong"
