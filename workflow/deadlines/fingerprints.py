"""Calendar fingerprints of open clocks: which years a clock's due date was derived from, and which
cases hold a clock computed with another calendar than the current one (rules.md §3).

Each open clock records, in ``spec["calendar"]``, the fingerprint of every year its derivation
touched (``{"2027": "override:9c97…"}``); ``workflow.deadlines.recompute`` recomputes the cases this module
finds stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from workflow.clocks.calendar import WorkCalendar
from workflow.clocks.clockset import OPEN_STATUSES, ClockState
from workflow.store.db import read
from workflow.store.models import clock, disclosure_case

if TYPE_CHECKING:
    from workflow.runtime import Runtime

__all__ = ["candidate_case_nos", "clock_fingerprints", "stale_years", "touched_years"]


def _d(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def touched_years(started: date | None, due: date | None, target: date | None, spec: dict[str, Any]) -> range:
    """The years a clock's derivation reads: start, target, due, and the ends of its pauses."""
    days = [d for d in (started, due, target, _d(spec.get("start"))) if d]
    for s, r in spec.get("pauses") or []:
        days += [_d(s), _d(r)]
    if spec.get("open_pause"):
        days.append(_d(spec["open_pause"]["since"]))
    if not days:
        return range(0)
    return range(min(days).year, max(days).year + 1)


def clock_fingerprints(c: ClockState, cal: WorkCalendar) -> dict[str, str]:
    years = touched_years(c.started_on, c.due_on, c.target_on, c.spec)
    return {str(y): cal.fingerprint(y) for y in years if cal.first_year <= y <= cal.last_year}


def stale_years(stored: dict[str, str] | None, years: Iterable[int], cal: WorkCalendar) -> list[int]:
    """Years whose fingerprint differs from what the clock was computed with (all, when unknown)."""
    stored = stored or {}
    return [
        y for y in years if cal.first_year <= y <= cal.last_year and stored.get(str(y)) != cal.fingerprint(y)
    ]


def candidate_case_nos(services: Runtime, cal: WorkCalendar, years: list[int] | None) -> list[str]:
    """Cases with an open clock computed with another calendar than ``cal`` for a year it touches.

    With ``years``, SQL keeps only open clocks whose span (started_on .. due_on) touches one of them.
    """
    stmt = (
        select(disclosure_case.c.case_no, clock.c.started_on, clock.c.due_on, clock.c.target_on, clock.c.spec)
        .join(disclosure_case, disclosure_case.c.id == clock.c.case_id)
        .where(clock.c.status.in_(OPEN_STATUSES))
    )
    if years:
        stmt = stmt.where(
            clock.c.started_on <= date(max(years), 12, 31), clock.c.due_on >= date(min(years), 1, 1)
        )
    found: set[str] = set()
    with read(services.db) as conn:
        for case_no, started, due, target, spec in conn.execution_options(yield_per=2000).execute(stmt):
            if case_no in found:
                continue
            spec = spec or {}
            span = touched_years(started, due, target, spec)
            if stale_years(spec.get("calendar"), span, cal):
                found.add(case_no)
    return sorted(found)
