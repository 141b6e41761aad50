"""``calendar show`` and ``calendar due`` use the calendar the engine uses, the years loaded into the
database included; ``calendar load`` warns of a notice that makes a whole month or year holidays."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli

FIXTURE_2027 = Path(__file__).resolve().parents[1] / "fixtures" / "calendar-2027.yaml"


@pytest.fixture
def world(engine):
    """A case received 2026-12-10 and extended by 20 working days: its reply is due 40 working days
    later, in 2027 (provisional 2027-02-09; 2027-02-04 under the fixture's Spring Festival)."""
    w = make_world(engine, today=date(2026, 12, 15))
    w.case_no = w.register(on=date(2026, 12, 10))
    w.fire(w.case_no, "accept", date(2026, 12, 11))
    w.fire(w.case_no, "extend", date(2026, 12, 14), days=20, reason="申请内容涉及大量历史档案")
    return w


def run(db_url: str | None, *args: str) -> dict:
    result = CliRunner().invoke(cli, [*(["--db", db_url] if db_url else []), "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def engine_due(db_url: str, case_no: str) -> str:
    view = run(db_url, "show", case_no)
    return next(c["due"] for c in view["clocks"] if c["kind"] == "reply")


def test_show_and_due_use_the_years_loaded_into_the_database(world, db_url):
    before = run(db_url, "calendar", "due", "--from", "2026-12-10", "--days", "40")
    assert before["due"] == engine_due(db_url, world.case_no) == "2027-02-09" and before["provisional"]
    run(db_url, "calendar", "load", str(FIXTURE_2027))
    after = run(db_url, "calendar", "due", "--from", "2026-12-10", "--days", "40")
    assert after["due"] == engine_due(db_url, world.case_no) == "2027-02-04"
    assert (after["provisional"], after["source"], after["database_years"]) == (False, "override", True)
    year = run(db_url, "calendar", "show", "2027")
    assert (year["source"], year["provisional"], year["database_years"]) == ("override", False, True)
    assert year["source_detail"].startswith("database (")
    assert {"date": "2027-01-31", "name": "春节", "weekday": "星期日"} in year["makeup_workdays"]
    assert {x["date"] for x in year["holidays"]} >= {f"2027-02-{d:02d}" for d in range(5, 13)}
    assert year["working_days"] == world.services.reload_calendar().working_days_in(
        date(2026, 12, 31), date(2027, 12, 31)
    )
    human = CliRunner().invoke(cli, ["--db", db_url, "calendar", "show", "2027"])
    assert "覆盖文件 / override — database" in human.output and "31班" in human.output


def test_without_a_database_they_use_the_files_and_say_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no disclosure.db here
    monkeypatch.delenv("DISCLOSURE_DATABASE_URL", raising=False)
    data = run(None, "calendar", "show", "2027")
    assert (data["source"], data["database_years"]) == ("provisional", False)
    human = CliRunner().invoke(cli, ["calendar", "due", "--from", "2026-12-10", "--days", "40"])
    assert human.exit_code == 0 and "no database: loaded years not included" in human.output
    assert not (tmp_path / "disclosure.db").exists()


def test_a_database_named_but_missing_is_an_error(tmp_path, monkeypatch, capsys):
    from workflow.cli import main

    monkeypatch.setattr(sys, "argv", ["disclosure", "--db", str(tmp_path / "typo.db"), "calendar", "show", "2027"])
    with pytest.raises(SystemExit) as exc:
        main()
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and "typo.db" in err


def notice(tmp_path: Path, holidays: str) -> Path:
    path = tmp_path / "notice.yaml"
    path.write_text(f"year: 2027\nsource: 国办发明电〔2026〕X号\nholidays:\n{holidays}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "holidays, warned",
    [
        ("  春节: 2027-02-01 .. 2027-02-28\n", "2027年2月 整月没有工作日"),
        ("  春节: 2027-02-01 .. 2027-03-31\n  国庆节: 2027-10-01 .. 2027-10-31\n", "2027年2月、2027年3月、2027年10月"),
        ("  元旦: 2027-01-01 .. 2027-12-31\n", "2027 年的每个工作日都被列为假日"),
        ("  春节: 2027-02-05 .. 2027-02-12\n", None),  # a long Spring Festival is not a whole month
    ],
)
def test_load_warns_of_a_notice_that_makes_a_whole_month_or_year_holidays(
    world, db_url, tmp_path, monkeypatch, capsys, holidays, warned
):
    from workflow.cli import main

    path = notice(tmp_path, holidays)
    monkeypatch.setattr(sys, "argv", ["disclosure", "--db", db_url, "calendar", "load", str(path)])
    with pytest.raises(SystemExit) as exc:
        main()
    out, err = capsys.readouterr()
    assert exc.value.code == 0 and "已载入 / loaded" in out  # loaded: the notice is the authority
    if warned is None:
        assert err == ""
    else:
        assert err.count("\n") == 1 and warned in err and "check it against the notice" in err
    data = run(db_url, "calendar", "load", str(path))  # the same file again, as JSON
    assert data["warnings"] == ([] if warned is None else [err.strip()])


def test_the_shipped_years_raise_no_warning():
    from workflow.clocks.calendar_sources import implausible_notice, package_years

    assert all(implausible_notice(spec) is None for spec in package_years()[1].values())
