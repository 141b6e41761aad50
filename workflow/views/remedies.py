"""The last days for the remedies a served letter names, as the case page shows them.

The periods, their eras and counting rules are data (``definitions/remedies``, read by
``workflow.definitions.remedies``); this module only counts: the start day is not counted, a period
in days ends that many days later, one in months on the corresponding day (the month's last day
when there is none), and a last day that is not a working day on the official calendar moves to the
next working day. A period started before an era's ``from`` and not run out by then follows that era
when the era says ``unexpired`` (e.g. 3 → 6 months on 2015-05-01).
"""

from __future__ import annotations

import calendar as _months
from datetime import date, timedelta
from typing import Any

from workflow.clocks.calendar import WorkCalendar
from workflow.clocks.calendar_sources import CalendarError
from workflow.definitions.remedies import Era, Period, RemedyRules


def nominal_last_day(start: date, era: Era) -> date:
    """The last day before any roll-forward: the start day itself not counted."""
    if era.days is not None:
        return start + timedelta(days=era.days)
    assert era.months is not None
    index = start.month - 1 + era.months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, _months.monthrange(year, month)[1]))


def _rolled(day: date, calendar: WorkCalendar) -> tuple[date, bool]:
    """``day`` moved to the next working day when it is a rest day; whether the calendar covers it."""
    try:
        return calendar.next_workday_on_or_after(day), True
    except CalendarError:
        return day, False


def era_for(period: Period, start: date, calendar: WorkCalendar) -> Era | None:
    era = period.era_on(start)
    if era is None:
        return None
    for later in period.eras:
        if (
            later.start > start
            and later.unexpired
            and _rolled(nominal_last_day(start, era), calendar)[0] >= later.start
        ):
            era = later
    return era


def last_day(
    period: Period, start: date, calendar: WorkCalendar, *, outcome: str | None = None
) -> dict[str, Any] | None:
    """One period's last day from ``start`` (None when no era of the period covers that date)."""
    era = era_for(period, start, calendar)
    if era is None:
        return None
    out: dict[str, Any] = {
        "period": period.code,
        "label": period.label,
        "from": start.isoformat(),
        "length": era.length_label,
        "article": era.article,
        "era_from": era.start.isoformat(),
        "counting": era.counting.label,
        "counting_rule": era.counting.rule,
        "counting_articles": list(era.counting.articles),
        "transition": era.transition if era.start > start else None,
        "available": True,
        "reconsideration_first": None,
        "nominal": None,
        "last_day": None,
        "rolled": False,
        "calendar_covers": True,
        "provisional": False,
    }
    if outcome is not None and outcome in era.first_outcomes:
        out.update(available=False, reconsideration_first=era.first_article)
        return out
    nominal = nominal_last_day(start, era)
    due, covered = _rolled(nominal, calendar)
    out.update(
        nominal=nominal.isoformat(),
        last_day=due.isoformat(),
        rolled=due != nominal,
        calendar_covers=covered,
        provisional=covered and calendar.is_provisional(due.year),
    )
    if due != nominal:
        kind, name = calendar.day_kind(nominal)
        out["rolled_because"] = name or {"weekend": "休息日", "holiday": "法定节假日"}.get(kind, kind)
    return out


def service_deadlines(
    rules: RemedyRules, calendar: WorkCalendar, service: dict[str, Any], outcome: str | None
) -> list[dict[str, Any]]:
    """The periods that run from the service of one letter ([] for a letter without remedies)."""
    carries_outcome = service["kind"] in rules.outcome_letters
    if carries_outcome and outcome in rules.without_remedies:
        return []
    found = (
        last_day(p, service["served_on"], calendar, outcome=outcome if carries_outcome else None)
        for p in rules.for_start("service")
    )
    return [d for d in found if d is not None]


def decision_deadlines(
    rules: RemedyRules, calendar: WorkCalendar, proceeding: dict[str, Any]
) -> list[dict[str, Any]]:
    """The periods that run from a decided proceeding (suit after a reconsideration decision)."""
    if proceeding["decided_on"] is None:
        return []
    found = (
        last_day(p, proceeding["decided_on"], calendar)
        for p in rules.for_start("reconsideration_decision")
        if p.proceeding_kind == proceeding["kind"]
    )
    return [d for d in found if d is not None]


def describe(d: dict[str, Any]) -> str:
    """One line for a clerk: the period, its last day and why (the CLI prints it)."""
    if not d["available"]:
        return f"{d['label']}：不适用，须先申请行政复议（{d['reconsideration_first']}）"
    line = f"{d['label']}：{d['length']}，最后一日 {d['last_day']}（{d['article']}）"
    if d["rolled"]:
        line += f"；{d['nominal']} 为{d.get('rolled_because', '休息日')}，顺延"
    if d["transition"]:
        line += f"；起算时尚未届满，适用新法（{d['transition']}）"
    if not d["calendar_covers"]:
        line += "；工作日历未覆盖该日，未作顺延"
    elif d["provisional"]:
        line += "（该年放假安排尚未公布，暂定）"
    return line
