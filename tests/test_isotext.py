"""Dates as people write them: a wrong form and a date that does not exist are told apart."""

from __future__ import annotations

from datetime import date

import pytest

from workflow.isotext import parse_day


@pytest.mark.parametrize(("text", "day"), [
    ("2026-03-02", date(2026, 3, 2)), ("2026-3-2", date(2026, 3, 2)), (" 2028-02-29 ", date(2028, 2, 29)),
])
def test_it_reads_a_date(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize(("text", "says"), [
    ("2026-02-30", "2026-02-30 is not a date: February 2026 has 28 days"),
    ("2026-02-29", "2026年2月只有28天"),
    ("2026-04-31", "April 2026 has 30 days"),
    ("2026-13-01", "there is no month 13"),
    ("2026-00-10", "there is no month 0"),
    ("2026/03/02", "expected YYYY-MM-DD, got '2026/03/02'"),
    ("next week", "expected YYYY-MM-DD"),
    ("", "expected YYYY-MM-DD"),
])
def test_it_says_what_is_wrong(text, says):
    with pytest.raises(ValueError, match=says):
        parse_day(text)
