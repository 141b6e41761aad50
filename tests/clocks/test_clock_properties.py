"""Properties of due-date derivation (rules.md §4) on the official calendar, for any dates.

A pause from S to R removes the working days in (S, R]; these properties must hold whatever the
dates, holidays and make-up working days: a pause never brings a due date earlier, two adjacent
pauses equal one spanning both, and a due date is always a working day.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from workflow.clocks.calendar import default_calendar
from workflow.clocks.clockset import derive_due

CAL = default_calendar()
STARTS = st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 6, 30))
OFFSETS = st.integers(min_value=0, max_value=60)
LENGTHS = st.sampled_from([7, 15, 20])


def _spec(start: date, length: int, pauses: list[tuple[date, date]], extension: int = 0) -> dict:
    return {"start": start.isoformat(), "length": length, "extension": {"days": extension} if extension else None,
            "pauses": [[s.isoformat(), r.isoformat()] for s, r in pauses]}


@settings(max_examples=300, deadline=None)
@given(start=STARTS, length=LENGTHS, s=OFFSETS, span=OFFSETS)
def test_a_pause_never_brings_the_due_date_earlier(start, length, s, span):
    pause_start = start + timedelta(days=s)
    plain = derive_due(_spec(start, length, []), CAL)
    paused = derive_due(_spec(start, length, [(pause_start, pause_start + timedelta(days=span))]), CAL)
    assert paused >= plain


@settings(max_examples=300, deadline=None)
@given(start=STARTS, length=LENGTHS, s=OFFSETS, first=OFFSETS, second=OFFSETS)
def test_two_adjacent_pauses_equal_one_spanning_both(start, length, s, first, second):
    a = start + timedelta(days=s)
    b = a + timedelta(days=first)
    c = b + timedelta(days=second)
    one = derive_due(_spec(start, length, [(a, c)]), CAL)
    two = derive_due(_spec(start, length, [(a, b), (b, c)]), CAL)
    assert one == two


@settings(max_examples=300, deadline=None)
@given(start=STARTS, length=LENGTHS, s=OFFSETS, span=OFFSETS, extension=st.integers(min_value=0, max_value=20))
def test_a_due_date_is_always_a_working_day_after_the_start(start, length, s, span, extension):
    pause_start = start + timedelta(days=s)
    due = derive_due(_spec(start, length, [(pause_start, pause_start + timedelta(days=span))], extension), CAL)
    assert CAL.is_workday(due)
    assert due > start
    # exactly length + extension + paused working days after the start (start day not counted)
    removed = CAL.working_days_in(pause_start, pause_start + timedelta(days=span))
    assert CAL.working_days_in(start, due) == length + extension + removed
