"""What the deadline sweep looks for as of a business date: the alert levels and their threshold dates.

Levels (settings ``alerts``; the threshold dates are computed in Python with the working-day
calendar, the comparison runs in SQL over the ``(status, due_on)`` index):

* the **deadline progression** of the ``deadline_kinds`` clocks (the reply clock), running clocks
  only (a paused clock's due date is not final), least to most severe:
  ``before_due_<N>`` (due_on <= today + N working days, for each N), ``internal_target``
  (target_on <= today), ``due_today`` (due_on <= today), ``overdue`` (due_on < today), and
  ``overdue_<k>`` (k = working days overdue // K, k = 1 .. overdue_repeat_max);
* per clock kind: ``correction_notice_closing`` (working day ``correction_notice_warning_day`` of
  the 7 has passed), ``consultation_overdue``, ``fee_window_over`` and ``correction_period_over``
  (due_on < today: they prompt ``lapse_consultation``, ``lapse_fee``, ``lapse_correction``), and
  ``provisional_due`` (running or paused, due date computed on a provisional calendar year).

The thresholds are plain dates, so the SQL in ``workflow.scheduling.sweep_sql`` compares columns against
constants and never calls the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from workflow.outbox.webhooks import alert_events
from workflow.templating import template_level

if TYPE_CHECKING:
    from workflow.clocks.calendar import WorkCalendar
    from workflow.definitions.model import Registry, Vocabulary


@dataclass(frozen=True)
class Rule:
    """One alert level: the clocks it applies to, and ``column <= upper`` (``due_on`` or ``target_on``);
    ``due_from``: a lower bound on due_on."""

    level: str
    kinds: tuple[str, ...] | None
    statuses: tuple[str, ...]
    column: str = "due_on"
    upper: date | None = None
    escalate: bool = False
    provisional_only: bool = False
    due_from: date | None = None


@dataclass(frozen=True)
class Plan:
    today: date
    progression: tuple[Rule, ...]  # least to most severe
    others: tuple[Rule, ...]
    message_superseded: bool = False

    @property
    def escalating(self) -> list[str]:
        return [r.level for r in (*self.progression, *self.others) if r.escalate]


def alert_settings(settings: dict[str, Any]) -> dict[str, Any]:
    raw = dict(settings.get("alerts") or {})
    before = raw.get("before_due_working_days", [3])
    raw["before_due_working_days"] = sorted(
        {int(n) for n in ([before] if isinstance(before, int) else before or [])}, reverse=True
    )
    raw.setdefault("on_internal_target", True)
    raw.setdefault("on_due_day", True)
    raw.setdefault("overdue", True)
    raw["overdue_repeat_every_working_days"] = int(raw.get("overdue_repeat_every_working_days", 5) or 0)
    raw["overdue_repeat_max"] = int(raw.get("overdue_repeat_max", 52))
    raw["correction_notice_warning_day"] = raw.get("correction_notice_warning_day", 5)
    raw["deadline_kinds"] = tuple(raw.get("deadline_kinds") or ("reply",))
    raw.setdefault("message_superseded", False)
    return raw


def working_day_back(cal: WorkCalendar, today: date, m: int) -> date:
    """The m-th working day counting back from ``today`` inclusive: working_days_in(D, today) >= m
    exactly when D < working_day_back(today, m)."""
    return cal.add_working_days(today + timedelta(days=1), -m)


def build_plan(settings: dict[str, Any], registry: Registry, cal: WorkCalendar, today: date) -> Plan:
    a = alert_settings(settings)
    kinds = a["deadline_kinds"]
    running = ("running",)
    prog: list[Rule] = [
        Rule(f"before_due_{n}", kinds, running, upper=cal.add_working_days(today, n))
        for n in a["before_due_working_days"]
        if n > 0
    ]
    if a["on_internal_target"]:
        prog.append(Rule("internal_target", kinds, running, column="target_on", upper=today))
    if a["on_due_day"]:
        prog.append(Rule("due_today", kinds, running, upper=today))
    if a["overdue"]:
        prog.append(Rule("overdue", kinds, running, upper=today - timedelta(days=1), escalate=True))
        every = a["overdue_repeat_every_working_days"]
        if every > 0:
            for k in range(1, a["overdue_repeat_max"] + 1):  # k * every working days late
                upper = working_day_back(cal, today, k * every) - timedelta(days=1)
                prog.append(Rule(f"overdue_{k}", kinds, running, upper=upper, escalate=True))
    others: list[Rule] = []
    warn = a["correction_notice_warning_day"]
    lengths = [
        int(d.clocks["correction_notice"]["length"])
        for d in registry.definitions.values()
        if (d.clocks.get("correction_notice") or {}).get("length")
    ]
    if warn and lengths:
        # day ``warn`` of the notice period has passed: add_working_days(start, warn) <= today, which for
        # a clock of length L is due_on <= today + (L - warn) working days (L = 7 in GIR2019, the only
        # definition with this clock)
        upper = cal.add_working_days(today, max(max(lengths) - int(warn), 0))
        others.append(Rule("correction_notice_closing", ("correction_notice",), running, upper=upper))
    yesterday = today - timedelta(days=1)
    others += [
        Rule("consultation_overdue", ("consultation",), running, upper=yesterday),
        Rule("fee_window_over", ("fee_payment",), running, upper=yesterday),
        Rule("correction_period_over", ("correction_period",), running, upper=yesterday),
    ]
    provisional = cal.provisional_years()
    all_kinds = tuple(sorted({k for d in registry.definitions.values() for k in d.clocks}))
    if provisional and all_kinds:
        paused_too = ("running", "paused")
        first = date(min(provisional), 1, 1)
        others.append(Rule("provisional_due", all_kinds, paused_too, provisional_only=True, due_from=first))
    return Plan(today, tuple(prog), tuple(others), bool(a["message_superseded"]))


__all__ = ["Plan", "Rule", "alert_settings", "build_plan", "working_day_back"]


def webhook_levels(vocabulary: Vocabulary, plan: Plan) -> dict[str, list[str]]:
    """Event -> the plan's alert levels that raise it (the vocabulary names levels as
    ``workflow.templating.template_level`` does: ``before_due`` is every ``before_due_<N>``)."""
    levels = [r.level for r in (*plan.progression, *plan.others)]
    return {
        event: [lv for lv in levels if template_level(lv) in raised_by]
        for event, raised_by in alert_events(vocabulary).items()
    }
