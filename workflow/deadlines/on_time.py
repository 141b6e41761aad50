"""On time (按期), defined once: the annual report's paragraph and ``disclosure compliance`` both ask here.

A clock of the agency's own limits (the reply, the correction notice) is **done** when the act it
waits for was taken: the reply clock when a reply was issued (``met``). It is **late** when that
came after its due date (``breached``) or when the history holds an extension granted after the due
date in force (2019 Art. 33 ¶2, 2008 Art. 24 ¶2: such an extension extends nothing, so a case
whose clock was computed before that rule, or imported with it, still counts late).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, or_

from workflow.store.models import case_event, clock, clock_event

MET = "met"


def clock_done() -> ColumnElement[bool]:
    """The clock's act was taken: a reply issued, a correction notice sent."""
    return clock.c.status == MET


def clock_late() -> ColumnElement[bool]:
    """Done after the due date, or extended after the due date in force (a late ``extend`` event)."""
    ce, ev = clock_event.alias("late_ce"), case_event.alias("late_ev")
    extended_late = exists().where(
        ce.c.clock_id == clock.c.id,
        ce.c.kind == "extend",
        ev.c.case_id == ce.c.case_id,
        ev.c.seq == ce.c.event_seq,
        ev.c.late.is_(True),
    )
    return or_(clock.c.breached.is_(True), extended_late)


def clock_on_time() -> ColumnElement[bool]:
    return and_(clock_done(), ~clock_late())


def on_time_rate(on_time: int, done: int) -> float | None:
    """The on-time rate (按期办结率): on-time replies over replies, as a fraction (None when there is none).

    Which concluded cases count: those the agency **replied to** (the reply clock met: a reply
    issued, a reopened case's new reply included). A case that ended without a reply (withdrawn by
    the applicant, correction or fee not forthcoming: 视为放弃申请) is not an on-time reply, nor a
    late one: it counts in neither figure. Each reply is on time when :func:`clock_on_time` holds.
    """
    return round(on_time / done, 4) if done else None
