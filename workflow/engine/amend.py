"""Amending registration data (更正登记信息): a trigger whose definition lists ``amends``.

The fields amended are the registration's own (the loader copies them, optional), so a corrected
value passes the checks it passed at registration. What the engine adds, before anything is written:

* the fields given with their current value are dropped, and an amendment that changes nothing is
  refused; the event records the new values, and under ``previous`` the values they replace (masked
  as registration masks them: ``CaseEngine._event``);
* the channel's dates give the date of receipt by the channel's rule; a new date of receipt may not
  be after the amendment's date nor after the date of any event of the case (the registration's
  first), nor after a date an event recorded as not before receipt (a proceeding's filing); it stays
  in the year of the case number and in the span of the case's definition; an imported case (whose
  clocks came from its ledger row, not from events) keeps its date of receipt;
* a changed date of receipt re-derives every clock from the case's history with the new date
  (what a replay of the trail does too, :mod:`workflow.engine.replay`): the clocks that change get
  an ``amend`` line in their ledger, and the event lists each under ``due_dates``, before and after.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from workflow.clocks.clockset import Calendar, ClockSet, LedgerEntry, TriggerContext
from workflow.definitions.model import AMEND_DUE_DATES, AMEND_PREVIOUS, Definition
from workflow.engine.guards import GuardContext
from workflow.engine.registration import column, date_fields, receipt_date
from workflow.engine.repin import move_clocks
from workflow.errors import TransitionError, ValidationError

PREVIOUS = AMEND_PREVIOUS  # the event's record of the values an amendment replaces
DUE_DATES = AMEND_DUE_DATES  # the event's record of the due dates a new date of receipt moved
RECORD_KEYS = frozenset({PREVIOUS, DUE_DATES})  # recorded with the event, not typed by the clerk
LEDGER_ACTION = "amend"
REGISTER = "register"
_RECEIPT_GUARD = "date_field_not_before_receipt"  # a date an event keeps as not before receipt


def _nothing_changed(case_no: str, labels: Iterable[str]) -> str:
    return (
        f"{case_no} 更正登记信息：没有任何字段与现有登记不同，可更正 {'、'.join(labels)} / nothing to amend: "
        f"no field differs from the registration"
    )


def _receipt_refused(case_no: str, why_zh: str, why_en: str) -> str:
    return f"{case_no} 更正收到申请之日：{why_zh} / the date of receipt cannot be amended: {why_en}"


def narrow(ctx: GuardContext) -> dict[str, Any]:
    """Keep in ``ctx.data`` only the amended fields whose value changes, and record the values they
    replace under ``previous``; refuse an amendment that changes nothing. Returns the changes."""
    case, trig = ctx.case, ctx.trigger
    given = [n for n in trig.amends if ctx.data.get(n) is not None]
    changed = {n: ctx.data[n] for n in given if ctx.data[n] != case[column(n)]}
    if not changed:
        fields = ctx.definition.all_fields(trig)
        raise ValidationError(
            _nothing_changed(case["case_no"], [f"{n}（{fields[n].label}）" for n in trig.amends]),
            field=given[0] if given else None,
        )
    for n in given:
        if n not in changed:
            del ctx.data[n]
    ctx.data[PREVIOUS] = {n: case[column(n)] for n in changed}
    return changed


def new_receipt(ctx: GuardContext) -> date:
    """The date of receipt the case's channel gives with the amended dates (refused if they do not fit it)."""
    register = ctx.definition.register
    dates = {f: ctx.data[f] if f in ctx.data else ctx.case[column(f)] for f in date_fields(register)}
    return receipt_date(ctx.vocabulary, ctx.case["channel"], dates)


def check_receipt(ctx: GuardContext, received: date, events: Sequence[Mapping[str, Any]]) -> None:
    """Refuse a new date of receipt that the case's history or number cannot take."""
    case, old = ctx.case, ctx.case["received_on"]

    def refuse(zh: str, en: str, field: str | None = None) -> None:
        raise TransitionError(_receipt_refused(case["case_no"], zh, en), field=field)

    if not events or events[0]["trigger"] != REGISTER:
        refuse(
            "案件由台账导入，期限按台账计算，收到申请之日不在此更正",
            "an imported case's clocks come from its ledger row",
        )
    if received > ctx.effective:
        refuse(
            f"{received} 晚于本次更正的办理日期 {ctx.effective}", f"{received} is after the effective date"
        )
    for ev in events:
        if received > ev["effective_on"]:
            label = ctx.definition.register.label if ev["trigger"] == REGISTER else ev["trigger"]
            refuse(
                f"{received} 晚于第 {ev['seq']} 步（{label}）的办理日期 {ev['effective_on']}",
                f"{received} is after the date of event {ev['seq']} ({ev['trigger']}), {ev['effective_on']}",
            )
        trig = ctx.definition.triggers.get(ev["trigger"])
        for guard, field in trig.guards if trig else ():
            value = json.loads(ev["data"]).get(field) if guard == _RECEIPT_GUARD else None
            if value is not None and received > date.fromisoformat(value):
                refuse(
                    f"{received} 晚于第 {ev['seq']} 步（{trig.label}）记录的 {field} {value}",
                    f"{received} is after the {field} {value} recorded by event {ev['seq']}",
                )
    if received.year != old.year:
        refuse(
            f"案件编号按收到申请的年份（{old.year}）编排，不能改到 {received.year} 年",
            f"the case number carries the year of receipt {old.year}",
        )
    if not ctx.definition.applies_to(received):
        refuse(
            f"{received} 不在 {ctx.definition.label} 的适用期间内",
            f"{received} is outside the span of {ctx.definition.name}",
        )


def prepare(ctx: GuardContext) -> None:
    """The checks of an amendment, after the guards: what changes, and whether the date of receipt may."""
    # a transition reads the few columns it needs (statements.ENGINE_COLUMNS); an amendment, the registration
    ctx.case.update({k: v for k, v in ctx.repo.load_case(ctx.case["case_no"]).items() if k not in ctx.case})
    narrow(ctx)
    received = new_receipt(ctx)
    if received != ctx.case["received_on"]:
        check_receipt(ctx, received, ctx.repo.events(ctx.case["id"]))


def clocks_from_history(
    definition: Definition, steps: Iterable[TriggerContext], received: date, cal: Calendar, target_offset: int
) -> ClockSet:
    """The clocks ``definition``'s rules derive from a history's steps with ``received`` as the date of receipt."""
    clocks = ClockSet(definition.clock_rules, [], cal, target_offset)
    for step in steps:
        clocks.apply(replace(step, received=received))
    clocks.ledger.clear()  # only where the clocks end is wanted, not how
    return clocks


def history_steps(definition: Definition, events: Iterable[Mapping[str, Any]]) -> list[TriggerContext]:
    """The lifecycle events of a trail as clock steps (the events outside the lifecycle move no clock)."""
    return [
        TriggerContext(e["trigger"], e["effective_on"], e["effective_on"], json.loads(e["data"]), e["actor"])
        for e in events
        if e["trigger"] == REGISTER or e["trigger"] in definition.triggers
    ]


def rebase_clocks(ctx: GuardContext, cal: Calendar, target_offset: int) -> list[LedgerEntry]:
    """When the amendment moves the date of receipt: the case's clocks (``ctx.clocks``) re-derived from
    its history with the new date, the moved due dates recorded under ``due_dates``; the ledger lines."""
    received = new_receipt(ctx)
    if received == ctx.case["received_on"] or ctx.clocks is None:
        return []
    steps = history_steps(ctx.definition, ctx.repo.events(ctx.case["id"]))
    rebuilt = clocks_from_history(ctx.definition, steps, received, cal, target_offset)
    keep, ledger, changes = move_clocks(
        list(ctx.clocks.clocks.values()),
        rebuilt,
        ctx.vocabulary,
        ctx.effective,
        LEDGER_ACTION,
        {"received_before": ctx.case["received_on"].isoformat(), "received": received.isoformat()},
    )
    ctx.clocks.clocks = {(c.kind, c.party): c for c in keep}
    ctx.data[DUE_DATES] = [
        {k: v for k, v in c.to_json().items() if k != "changed"} for c in changes if c.changed
    ]
    return ledger
