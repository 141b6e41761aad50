"""``disclosure report``: the year must lie within the regime and not after this one; a Word or
Excel report without --output gets a file name of its own, as a letter does."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli
from workflow.cli.common import CliError

TODAY = date(2026, 11, 25)


@pytest.fixture
def run(engine, monkeypatch, tmp_path):
    monkeypatch.setattr("workflow.engine.cases.today_in", lambda _zone: TODAY)
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path / "out")
    w = make_world(engine, today=TODAY)
    w.register(on=date(2026, 9, 1))
    url = engine.url.render_as_string(hide_password=False)
    return lambda *args: CliRunner().invoke(cli, ["--db", url, *args])


@pytest.mark.parametrize("year", ["2007", "2027"])
def test_it_refuses_a_year_before_the_regime_or_after_this_one(run, tmp_path, year):
    for args in (("report", "--year", year, "--agency", "sjj", "--format", "docx", "--force"),
                 ("report", "explain", "--year", year, "--agency", "sjj", "--row", "disclosed")):
        refused = run(*args).exception
        assert isinstance(refused, CliError) and refused.exit_code == 2 and refused.field == "year"
        assert str(refused).endswith(f"--year {year}: allowed from 2008 to 2026")
    assert list((tmp_path / "out").iterdir()) == []


def test_the_first_and_the_current_year_are_allowed(run):
    for year in ("2008", "2026"):
        result = run("--json", "report", "--year", year, "--agency", "sjj", "--force")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["year"] == int(year)


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_word_or_excel_report_without_output_is_named_after_agency_and_year(run, tmp_path, fmt):
    result = run("report", "--year", "2026", "--agency", "sjj", "--format", fmt, "--force")
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / f"sjj-2026-年度报告.{fmt}"
    assert written.stat().st_size > 0
    assert str(written.name) in result.output
