"""The working-day calendar (rules.md §3): official days, deadline arithmetic, provisional years,
override files, and the ``calendar due`` / ``calendar show`` commands."""

from __future__ import annotations

import csv
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from workflow.clocks.calendar import WorkCalendar, default_calendar, load_calendar
from workflow.clocks.calendar_sources import CalendarError, YearSpec, parse_year_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_2027 = FIXTURES / "calendar-2027.yaml"


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    # no override directory: the result must not depend on what an administrator put in config/
    return load_calendar(override_dirs=[])


@pytest.fixture(scope="module")
def cal_2027(tmp_path_factory) -> WorkCalendar:
    folder = tmp_path_factory.mktemp("overrides")
    (folder / "2027.yaml").write_text(FIXTURE_2027.read_text(encoding="utf-8"), encoding="utf-8")
    return load_calendar(override_dirs=[folder])


def naive_add(start: date, n: int) -> date:
    """Reference: step day by day over chinese_calendar.is_workday (start not counted)."""
    d, step, left = start, (1 if n > 0 else -1), abs(n)
    while left:
        d += timedelta(days=step)
        if chinese_calendar.is_workday(d):
            left -= 1
    return d


# --- known official days --------------------------------------------------------------------


def test_known_official_days(cal):
    assert cal.is_workday(date(2026, 2, 14))  # Saturday, 补班 for the Spring Festival
    assert cal.day_kind(date(2026, 2, 14)) == ("makeup_workday", "春节")
    assert cal.is_workday(date(2024, 2, 4))  # Sunday, 补班
    for day in range(1, 8):
        d = date(2026, 10, day)
        assert not cal.is_workday(d)
        assert cal.day_kind(d)[0] == "holiday"
    assert cal.is_workday(date(2026, 10, 8))
    assert not cal.is_workday(date(2026, 10, 11))  # an ordinary Sunday
    assert cal.day_kind(date(2026, 10, 11)) == ("weekend", None)
    assert cal.day_kind(date(2026, 10, 12)) == ("workday", None)


def test_court_confirmed_example(cal):
    assert cal.add_working_days(date(2022, 9, 30), 20) == date(2022, 11, 2)
    assert cal.working_days_in(date(2022, 9, 30), date(2022, 11, 2)) == 20


def test_package_years_are_package(cal):
    assert cal.first_year == 2004 and cal.last_year >= 2040
    for year in (2004, 2019, 2026):
        assert cal.source(year) == "package"
        assert not cal.is_provisional(year)
        assert cal.source_detail(year) == f"chinesecalendar {chinese_calendar.__version__}"
    assert not cal.any_provisional(date(2025, 3, 1), date(2026, 12, 31))
    assert cal.any_provisional(date(2026, 12, 1), date(2027, 1, 5))


def test_zero_and_negative_steps(cal):
    sunday = date(2026, 10, 11)
    assert cal.add_working_days(sunday, 0) == sunday
    assert cal.add_working_days(date(2026, 10, 8), -1) == date(2026, 9, 30)  # over the National Day break
    assert cal.add_working_days(sunday, -1) == date(2026, 10, 10)  # the make-up Saturday
    assert cal.add_working_days(date(2026, 10, 12), -3) == date(2026, 10, 8)
    assert cal.working_days_in(date(2026, 10, 12), date(2026, 10, 1)) == 0
    assert cal.working_days_in(date(2026, 10, 1), date(2026, 10, 1)) == 0


def test_out_of_range_dates_raise(cal):
    with pytest.raises(CalendarError, match="outside the working-day calendar"):
        cal.add_working_days(date(2003, 12, 31), 1)
    with pytest.raises(CalendarError, match="outside"):
        cal.is_workday(date(cal.last_year + 1, 1, 1))
    with pytest.raises(CalendarError, match="beyond the working-day calendar"):
        cal.add_working_days(date(cal.last_year, 12, 20), 30)
    with pytest.raises(CalendarError, match="beyond"):
        cal.add_working_days(date(2004, 1, 5), -10)
    with pytest.raises(CalendarError, match="outside"):
        cal.working_days_in(date(2026, 1, 1), date(cal.last_year + 1, 1, 2))
    with pytest.raises(CalendarError):
        cal.source(1999)
    with pytest.raises(TypeError):
        cal.add_working_days(date(2026, 1, 5), 1.5)


# --- the shared deadline vectors ------------------------------------------------------------


def test_deadline_vectors_without_events(cal, shared_domain):
    rows = list(csv.DictReader((shared_domain / "deadline-vectors.csv").open(encoding="utf-8")))
    checked, wrong = 0, []
    for row in rows:
        if row["events"].strip():
            continue
        received = date.fromisoformat(row["received"])
        days = 15 if row["regime"] == "GIR2008" else 20
        got = cal.add_working_days(received, days)
        if got != date.fromisoformat(row["reply_due"]):
            wrong.append((row["id"], "reply_due", got, row["reply_due"]))
        checked += 1
        if row["correction_notice_due"]:
            got = cal.add_working_days(received, 7)
            if got != date.fromisoformat(row["correction_notice_due"]):
                wrong.append((row["id"], "correction_notice_due", got, row["correction_notice_due"]))
    assert checked >= 5
    assert wrong == []


# --- properties -----------------------------------------------------------------------------

DATES = st.dates(min_value=date(2004, 1, 1), max_value=date(2039, 12, 31))


@settings(max_examples=300, deadline=None)
@given(a=DATES, n=st.integers(min_value=0, max_value=250))
def test_counting_back_what_was_added(cal, a, n):
    due = cal.add_working_days(a, n)
    assert cal.working_days_in(a, due) == n
    if n:
        assert due > a
        assert cal.is_workday(due)
        # nothing earlier is already n working days away
        assert cal.working_days_in(a, due - timedelta(days=1)) == n - 1


@settings(max_examples=300, deadline=None)
@given(
    a=st.dates(min_value=date(2005, 1, 1), max_value=date(2040, 12, 31)),
    n=st.integers(min_value=1, max_value=250),
)
def test_backwards_is_inverse_on_workdays(cal, a, n):
    back = cal.add_working_days(a, -n)
    assert back < a and cal.is_workday(back)
    # the n-1 working days strictly between, plus ``a`` itself when it is one
    assert cal.working_days_in(back, a) == n - 1 + cal.is_workday(a)
    if cal.is_workday(a):
        assert cal.add_working_days(back, n) == a


@settings(max_examples=300, deadline=None)
@given(days=st.lists(DATES, min_size=3, max_size=3))
def test_working_days_in_is_additive(cal, days):
    a, b, c = sorted(days)
    assert cal.working_days_in(a, b) + cal.working_days_in(b, c) == cal.working_days_in(a, c)
    assert cal.working_days_in(c, a) == 0


@settings(max_examples=200, deadline=None)
@given(a=DATES, n=st.integers(min_value=0, max_value=200), k=st.integers(min_value=1, max_value=50))
def test_monotone_in_n(cal, a, n, k):
    assert cal.add_working_days(a, n) < cal.add_working_days(a, n + k)


def test_agrees_with_naive_day_by_day_reference(cal):
    rng = random.Random(20240204)
    lo, hi = date(2005, 1, 1).toordinal(), date(2026, 8, 31).toordinal()
    starts = [date.fromordinal(rng.randint(lo, hi)) for _ in range(400)]
    rest_days = sorted(d for d in chinese_calendar.holidays if date(2005, 1, 1) <= d <= date(2026, 8, 31))
    starts += rng.sample(rest_days, 100)  # starts on holidays
    starts += sorted(chinese_calendar.workdays)[10:60]  # starts on make-up weekend days
    assert any(not chinese_calendar.is_workday(s) for s in starts)
    for s in starts:
        n = rng.randint(1, 60)
        assert cal.add_working_days(s, n) == naive_add(s, n), (s, n)
        if s.year >= 2005:
            assert cal.add_working_days(s, -n) == naive_add(s, -n), (s, -n)
        assert cal.is_workday(s) == chinese_calendar.is_workday(s)


# --- provisional years and overrides --------------------------------------------------------


def test_2027_without_override_is_provisional(cal):
    from lunar_python import Lunar

    assert cal.source(2027) == "provisional"
    assert cal.is_provisional(2027)
    assert cal.source_detail(2027).startswith("provisional: 《全国年节及纪念日放假办法》")
    eve = Lunar.fromYmd(2027, 1, 1).next(-1).getSolar()
    assert date(eve.getYear(), eve.getMonth(), eve.getDay()) == date(2027, 2, 5)
    for day in (5, 6, 7, 8):  # 除夕 and 正月初一..初三 (2025 version: 4 days)
        assert cal.day_kind(date(2027, 2, day)) == ("holiday", "春节")
    assert cal.is_workday(date(2027, 2, 9))  # no 调休 in a provisional year
    assert cal.day_kind(date(2027, 4, 5)) == ("holiday", "清明节")
    assert cal.day_kind(date(2027, 5, 1)) == ("holiday", "劳动节")
    assert cal.day_kind(date(2027, 5, 2)) == ("holiday", "劳动节")
    assert cal.day_kind(date(2027, 5, 3)) == ("workday", None)
    assert cal.is_workday(date(2027, 3, 3))  # an ordinary Wednesday
    assert not cal.is_workday(date(2027, 3, 6))  # an ordinary Saturday
    assert cal.year_spec(2027).makeup_workdays == {}
    assert len(cal.year_spec(2027).holidays) == 13  # 1 + 4 + 1 + 2 + 1 + 1 + 3


def test_2027_with_override_file(cal, cal_2027):
    assert cal_2027.source(2027) == "override"
    assert not cal_2027.is_provisional(2027)
    assert "TEST FIXTURE" in cal_2027.source_detail(2027)
    assert cal_2027.source(2026) == "package" and cal_2027.source(2028) == "provisional"
    saturday = date(2027, 2, 20)
    assert saturday.weekday() == 5
    assert not cal.is_workday(saturday)
    assert cal_2027.is_workday(saturday)
    assert cal_2027.day_kind(saturday) == ("makeup_workday", "春节")
    assert not cal_2027.is_workday(date(2027, 2, 9))
    # received Wed 2027-02-03: counted by hand over the fixture's 8-day break and its make-up Saturday
    received = date(2027, 2, 3)
    assert cal.add_working_days(received, 7) == date(2027, 2, 16)
    assert cal_2027.add_working_days(received, 7) == saturday
    assert cal.add_working_days(received, 20) == date(2027, 3, 5)
    assert cal_2027.add_working_days(received, 20) == date(2027, 3, 10)
    assert cal.fingerprint(2027) != cal_2027.fingerprint(2027)
    assert cal.fingerprint(2026) == cal_2027.fingerprint(2026)


def test_database_override_beats_file(cal_2027):
    spec = parse_year_file(FIXTURE_2027)
    changed = YearSpec(
        2027, "国办发明电（测试）", {**spec.holidays, date(2027, 3, 3): "测试日"}, spec.makeup_workdays
    )
    both = load_calendar(overrides={2027: changed}, override_dirs=[FIXTURES])
    assert not both.is_workday(date(2027, 3, 3))
    assert both.source(2027) == "override"
    assert both.source_detail(2027).startswith("database")
    assert both.fingerprint(2027) != cal_2027.fingerprint(2027)
    with pytest.raises(CalendarError, match="expected the YearSpec of 2028"):
        load_calendar(overrides={2028: changed}, override_dirs=[])


def test_override_extends_the_range():
    far = YearSpec(2045, "test", {date(2045, 1, 1): "元旦"}, {})
    c = load_calendar(overrides={2045: far}, override_dirs=[])
    assert c.last_year == 2045 and c.source(2045) == "override" and c.source(2044) == "provisional"


def test_two_files_for_one_year_are_refused(tmp_path):
    text = FIXTURE_2027.read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CalendarError, match="already given by"):
        load_calendar(override_dirs=[tmp_path])
    with pytest.raises(CalendarError, match="expected a directory"):
        load_calendar(override_dirs=[tmp_path / "missing"])


def test_pre_2025_statutory_version_is_used_for_older_years(tmp_path):
    """Replace the package years 2014-2026 by nothing: the 2014 version applies to 2014-2024."""
    from workflow.clocks.calendar import YearEntry
    from workflow.clocks.calendar_sources import load_statutory, version_in_force

    versions = load_statutory(
        Path(__file__).resolve().parents[2] / "definitions/calendar/statutory-holidays.yaml"
    )
    old, new = version_in_force(versions, 2024), version_in_force(versions, 2025)
    assert old.valid_from == date(2014, 1, 1) and new.valid_from == date(2025, 1, 1)
    spec_2024 = old.year_spec(2024)
    spring = sorted(d for d, n in spec_2024.holidays.items() if n == "春节")
    assert spring == [date(2024, 2, 10), date(2024, 2, 11), date(2024, 2, 12)]  # 正月初一..初三
    assert [d for d, n in spec_2024.holidays.items() if n == "劳动节"] == [date(2024, 5, 1)]
    spring_2025 = sorted(d for d, n in new.year_spec(2025).holidays.items() if n == "春节")
    assert spring_2025 == [date(2025, 1, 28) + timedelta(days=i) for i in range(4)]  # 除夕..初三
    with pytest.raises(CalendarError, match="no version in force"):
        version_in_force(versions, 2010)
    c = WorkCalendar({2024: YearEntry(spec_2024, "provisional", "test")})
    assert not c.is_workday(date(2024, 2, 12)) and c.is_workday(date(2024, 2, 13))


# --- override file validation ---------------------------------------------------------------

GOOD = FIXTURE_2027.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "key", "expected"),
    [
        (("劳动节: 2027-04-25", "劳动节: 2027-04-26"), "makeup_workdays.劳动节", "is a weekday"),
        (
            ("端午节: [2027-06-09]", "端午节: [2027-06-31]"),
            "holidays.端午节[0]",
            "expected a date YYYY-MM-DD",
        ),
        (("中秋节: 2027-09-15", "中秋节: 2028-09-15"), "holidays.中秋节", "is not in 2027"),
        (("year: 2027", "year: twenty"), "year", "expected a year"),
        (("year: 2027", "year: 2027\nnotes: x"), "notes", "unknown key"),
        (("中秋节: 2027-09-15", "中秋节: 2027-10-01"), "holidays.国庆节", "already listed under 中秋节"),
        (("劳动节: 2027-04-25", "劳动节: 2027-04-03"), "makeup_workdays.劳动节", "also listed as a holiday"),
        (
            ("清明节: 2027-04-03 .. 2027-04-05", "清明节: 2027-04-05 .. 2027-04-03"),
            "holidays.清明节",
            "ends before",
        ),
        (
            ('source: "TEST FIXTURE 测试样例（虚构，非官方通知）"', 'source: ""'),
            "source",
            "expected the notice",
        ),
    ],
)
def test_bad_override_file_names_file_and_key(tmp_path, edit, key, expected):
    old, new = edit
    assert old in GOOD
    bad = tmp_path / "bad-2027.yaml"
    bad.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CalendarError) as err:
        parse_year_file(bad)
    message = str(err.value)
    assert message.startswith(f"{bad}: {key}: "), message
    assert expected in message
    assert "\n" not in message


def test_file_name_year_must_match_and_yaml_errors(tmp_path):
    wrong = tmp_path / "2028.yaml"
    wrong.write_text(GOOD, encoding="utf-8")
    with pytest.raises(CalendarError, match=r"2028.yaml: year: 2027 does not match the file name"):
        parse_year_file(wrong)
    broken = tmp_path / "broken.yaml"
    broken.write_text("year: 2027\nholidays: [unclosed\n", encoding="utf-8")
    with pytest.raises(CalendarError, match=r"broken.yaml: \(yaml\): expected valid YAML at line"):
        parse_year_file(broken)
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(CalendarError, match=r"empty.yaml: \(top level\): expected a mapping"):
        parse_year_file(empty)


# --- YearSpec -------------------------------------------------------------------------------


def test_checksum_and_json_round_trip():
    spec = parse_year_file(FIXTURE_2027)
    reordered = YearSpec(
        2027,
        "another label",
        dict(reversed(list(spec.holidays.items()))),
        dict(reversed(list(spec.makeup_workdays.items()))),
    )
    assert reordered.checksum() == spec.checksum()
    assert reordered == YearSpec(2027, "another label", spec.holidays, spec.makeup_workdays)
    moved = dict(spec.holidays)
    del moved[date(2027, 6, 9)]
    moved[date(2027, 6, 10)] = "端午节"
    assert YearSpec(2027, spec.source, moved, spec.makeup_workdays).checksum() != spec.checksum()
    renamed = {**spec.holidays, date(2027, 6, 9): "端午"}
    assert YearSpec(2027, spec.source, renamed, spec.makeup_workdays).checksum() != spec.checksum()

    data = json.loads(json.dumps(spec.to_json(), ensure_ascii=False))
    back = YearSpec.from_json(data)
    assert back == spec and back.checksum() == spec.checksum()
    data["holidays"]["2027-06-10"] = "端午节"
    with pytest.raises(CalendarError, match="checksum"):
        YearSpec.from_json(data)
    with pytest.raises(CalendarError, match="Saturday or Sunday"):
        YearSpec(2027, "x", {}, {date(2027, 3, 3): "bad"})
    with pytest.raises(CalendarError, match="expected dates of 2027"):
        YearSpec(2027, "x", {date(2026, 12, 31): "bad"}, {})
    assert len({spec, back}) == 1


def test_default_calendar_is_cached_and_invalidated():
    first = default_calendar()
    assert default_calendar() is first
    default_calendar.cache_clear()
    assert default_calendar() is not first


# --- CLI ------------------------------------------------------------------------------------


def run(*args):
    from workflow.cli import cli

    return CliRunner().invoke(cli, list(args))


def test_cli_due_human_and_json():
    res = run("calendar", "due", "--from", "2022-09-30", "--days", "20")
    assert res.exit_code == 0, res.output
    assert "法定到期日 / due date:     2022-11-02" in res.output
    assert "2022-11-01" in res.output  # internal target
    assert "package" in res.output and "否 / no" in res.output

    res = run("--json", "calendar", "due", "--from", "2026-12-15", "--days", "20")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["due"] > "2027-01-01"
    assert data["provisional"] is True
    assert [y["source"] for y in data["years"]] == ["package", "provisional"]
    assert data["internal_target"] < data["due"]

    data = json.loads(run("--json", "calendar", "due", "--from", "2026-02-13", "--days", "1").output)
    assert data["due"] == "2026-02-14"  # the make-up Saturday
    assert data["internal_target"] == "2026-02-13"


def test_cli_show():
    res = run("calendar", "show", "2026")
    assert res.exit_code == 0, res.output
    assert "14班" in res.output and "15休" in res.output
    assert "来源 / source" in res.output and "package" in res.output

    data = json.loads(run("--json", "calendar", "show", "2026").output)
    assert data["source"] == "package" and data["provisional"] is False
    assert {"date": "2026-02-14", "name": "春节", "weekday": "星期六"} in data["makeup_workdays"]
    assert {x["date"] for x in data["holidays"]} >= {f"2026-10-0{i}" for i in range(1, 8)}

    res = run("calendar", "show", "2030")
    assert res.exit_code == 0
    assert "暂定 / PROVISIONAL" in res.output


@pytest.mark.parametrize(
    "args",
    [
        ("calendar", "due", "--from", "2022-02-30", "--days", "20"),
        ("calendar", "due", "--from", "2022-09-30", "--days", "0"),
        ("calendar", "due", "--from", "1990-01-01", "--days", "5"),
        ("calendar", "show", "1999"),
    ],
)
def test_cli_errors_are_one_line_exit_2(monkeypatch, capsys, args):
    from workflow.cli import main

    monkeypatch.setattr(sys, "argv", ["disclosure", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("错误: ") and err.count("\n") == 1 and "Traceback" not in err
