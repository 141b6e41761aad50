"""``disclosure compliance``: a year not over yet is reported "as of" a day, and what is overdue in
it is not called overdue at the year's end."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli

TODAY = date(2026, 11, 25)


@pytest.fixture
def run(engine, monkeypatch):
    monkeypatch.setattr("workflow.engine.cases.today_in", lambda _zone: TODAY)
    w = make_world(engine, today=TODAY)
    w.register(on=date(2025, 12, 1))  # due 2025-12-29, still open: overdue at the end of 2025
    w.register(on=date(2026, 9, 1))   # due 2026-09-29, still open: overdue so far in 2026
    url = engine.url.render_as_string(hide_password=False)
    return lambda *args: CliRunner().invoke(cli, ["--db", url, *args])


def test_the_current_year_is_reported_as_of_yesterday_without_year_end_words(run):
    result = run("compliance", "--year", "2026")
    assert result.exit_code == 0, result.output
    assert "截至 2026-11-24，年度尚未结束 / as of 2026-11-24" in result.output.splitlines()[0]
    assert "年末" not in result.output
    assert "超期未结" in result.output


def test_a_past_year_still_speaks_of_its_end(run):
    result = run("compliance", "--year", "2025")
    assert result.exit_code == 0, result.output
    assert "截至 2025-12-31" in result.output and "年度尚未结束" not in result.output
    assert "年末超期未结" in result.output


def test_the_json_says_whether_the_year_is_over(run):
    assert json.loads(run("--json", "compliance", "--year", "2026").output)["year_over"] is False
    assert json.loads(run("--json", "compliance", "--year", "2025").output)["year_over"] is True
