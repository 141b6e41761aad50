"""Guards and routing conditions named in the definitions, and the side effects they declare.

The definition says *which* guard applies to a trigger and with what parameter; this module says
what each guard means. A failing guard raises one clear line; nothing has been written yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from workflow.clocks.clockset import ClockSet
from workflow.definitions.model import Definition, TriggerDef, Vocabulary
from workflow.errors import TransitionError
from workflow.store.repository import Repository


@dataclass
class GuardContext:
    definition: Definition
    vocabulary: Vocabulary
    trigger: TriggerDef
    case: dict[str, Any]
    data: dict[str, Any]
    effective: date
    clocks: ClockSet | None
    repo: Repository

    def label(self, field: str) -> str:
        f = self.trigger.fields.get(field)
        return f"{field}（{f.label}）" if f else field

    def clock_label(self, kind: str) -> str:
        return self.vocabulary.label("clock_kinds", kind)


def _fail(ctx: GuardContext, message: str) -> None:
    raise TransitionError(f"{ctx.case['case_no']} 不能执行 {ctx.trigger.name}（{ctx.trigger.label}）: {message}")


def _date_after_effective(ctx: GuardContext, field: str) -> None:
    if ctx.data.get(field) is not None and ctx.data[field] <= ctx.effective:
        _fail(ctx, f"{ctx.label(field)} 应晚于办理日期 {ctx.effective} / must be after the effective date")


def _date_not_before_effective(ctx: GuardContext, field: str) -> None:
    if ctx.data.get(field) is not None and ctx.data[field] < ctx.effective:
        _fail(ctx, f"{ctx.label(field)} 不得早于办理日期 {ctx.effective} / must not be before the effective date")


def _date_not_after_effective(ctx: GuardContext, field: str) -> None:
    if ctx.data.get(field) is not None and ctx.data[field] > ctx.effective:
        _fail(ctx, f"{ctx.label(field)} 不得晚于办理日期 {ctx.effective} / must not be after the effective date")


def _once(ctx: GuardContext, trigger: str) -> None:
    if ctx.repo.has_event(ctx.case["id"], trigger):
        _fail(ctx, f"每个案件只能执行一次 {trigger} / {trigger} is allowed once per case and was already done")


def _clock_expired(ctx: GuardContext, kind: str, party: str = "") -> None:
    clock = ctx.clocks.get(kind, party) if ctx.clocks else None
    if clock is None or clock.due_on is None:
        _fail(ctx, f"没有{ctx.clock_label(kind)} / no {kind} clock on this case")
    if ctx.effective <= clock.due_on:
        _fail(ctx, f"{ctx.clock_label(kind)}至 {clock.due_on} 届满，届满后方可执行 / allowed only after {clock.due_on}")


def _date_field_not_before_clock_due(ctx: GuardContext, param: dict[str, str]) -> None:
    field, kind = param["field"], param["clock"]
    clock = ctx.clocks.get(kind) if ctx.clocks else None
    value = ctx.data.get(field)
    if clock is not None and clock.due_on and value is not None and value < clock.due_on:
        _fail(ctx, f"{ctx.label(field)} {value} 早于现行{ctx.clock_label(kind)} {clock.due_on} / must not be "
                   f"before the {kind} due date in force")


def _party(ctx: GuardContext) -> str:
    return str(ctx.data.get("party_name", ""))


def _party_clock_running(ctx: GuardContext, kind: str) -> None:
    clock = ctx.clocks.get(kind, _party(ctx)) if ctx.clocks else None
    if clock is None or not clock.is_open:
        outstanding = [c.party for c in ctx.clocks.running(kind)] if ctx.clocks else []
        _fail(ctx, f"没有正在进行的对 {_party(ctx)!r} 的征求意见 / no outstanding consultation of that party; "
                   f"outstanding: {', '.join(outstanding) or '(none)'}")


def _party_clock_not_running(ctx: GuardContext, kind: str) -> None:
    clock = ctx.clocks.get(kind, _party(ctx)) if ctx.clocks else None
    if clock is not None and clock.is_open:
        _fail(ctx, f"已在征求 {_party(ctx)!r} 的意见 / that party is already being consulted")


def _party_clock_expired(ctx: GuardContext, kind: str) -> None:
    _clock_expired(ctx, kind, _party(ctx))


def _basis_fits_outcome(ctx: GuardContext, _param: Any) -> None:
    basis = ctx.data.get("basis")
    if basis is None:
        return
    outcome = ctx.vocabulary.get("outcomes", ctx.data["outcome"])
    allowed = outcome.extra.get("bases", []) if outcome else []
    if basis not in allowed:
        _fail(ctx, f"答复依据 {basis} 与办理结果 {ctx.data['outcome']} 不符 / basis must be one of: "
                   f"{', '.join(allowed) or '(none for this outcome)'}")


def _delivery_recorded_in(ctx: GuardContext, states: list[str]) -> None:
    if ctx.case["state"] in states and ctx.case.get("delivered_on") is None:
        _fail(ctx, "答复尚未登记送达 / record the delivery of the reply (record_delivery) before archiving")


def _proceeding_pending(ctx: GuardContext, field: str) -> None:
    pid = ctx.data.get(field)
    rows = {p["id"]: p for p in ctx.repo.proceedings(ctx.case["id"])}
    pending = [str(i) for i, p in rows.items() if p["result"] is None]
    if pid not in rows or rows[pid]["result"] is not None:
        _fail(ctx, f"复议或诉讼 {pid} 不存在或已有结果 / proceeding must be a pending one of this case: "
                   f"{', '.join(pending) or '(none)'}")


def _has_corrected_proceeding(ctx: GuardContext, _param: Any) -> None:
    if not any(p["result"] == "corrected" for p in ctx.repo.proceedings(ctx.case["id"])):
        _fail(ctx, "须先登记结果为“纠正”的复议决定或判决 / a proceeding with result 'corrected' must be recorded first")


GUARDS: dict[str, Callable[[GuardContext, Any], None]] = {
    "date_field_after_effective": _date_after_effective,
    "date_field_not_before_effective": _date_not_before_effective,
    "date_field_not_after_effective": _date_not_after_effective,
    "date_field_not_before_clock_due": _date_field_not_before_clock_due,
    "once": _once,
    "clock_expired": _clock_expired,
    "party_clock_running": _party_clock_running,
    "party_clock_not_running": _party_clock_not_running,
    "party_clock_expired": _party_clock_expired,
    "basis_fits_outcome": _basis_fits_outcome,
    "delivery_recorded_in": _delivery_recorded_in,
    "proceeding_pending": _proceeding_pending,
    "has_corrected_proceeding": _has_corrected_proceeding,
}

GUARDS_NEEDING_CLOCKS = {"date_field_not_before_clock_due", "clock_expired", "party_clock_running", "party_clock_not_running", "party_clock_expired"}


def check_guards(ctx: GuardContext) -> None:
    for name, param in ctx.trigger.guards:
        GUARDS[name](ctx, param)


def routing_answers(ctx: GuardContext, conditions: set[str]) -> dict[str, bool]:
    """Answers for the routing conditions of the transitions from the case's state."""
    answers: dict[str, bool] = {}
    if "outcome_releases_information" in conditions:
        outcome = ctx.vocabulary.get("outcomes", ctx.data.get("outcome", ""))
        answers["outcome_releases_information"] = bool(outcome and outcome.extra.get("releases_information"))
    if "consultations_outstanding" in conditions:
        party = _party(ctx)
        others = [c for c in (ctx.clocks.running("consultation") if ctx.clocks else []) if c.party != party]
        answers["consultations_outstanding"] = bool(others)
    return answers


# -- side effects declared by a trigger's ``effects`` ---------------------------------------------


def _open_fee_notice(ctx: GuardContext, changes: dict[str, Any]) -> None:
    d = ctx.data
    ctx.repo.open_fee_notice(ctx.case, ctx.effective, d["received_by_applicant"], d["fee_basis"], d["quantity"], d["amount"])


def _pay_fee_notice(ctx: GuardContext, changes: dict[str, Any]) -> None:
    ctx.repo.settle_fee_notice(ctx.case["id"], ctx.effective, paid_amount=ctx.data["amount"])


def _waive_fee_notice(ctx: GuardContext, changes: dict[str, Any]) -> None:
    ctx.repo.settle_fee_notice(ctx.case["id"], ctx.effective, waived=True)


def _open_proceeding(ctx: GuardContext, changes: dict[str, Any]) -> None:
    ctx.repo.open_proceeding(ctx.case, ctx.data["kind"], ctx.data["filed"], ctx.data.get("body"))


def _decide_proceeding(ctx: GuardContext, changes: dict[str, Any]) -> None:
    ctx.repo.decide_proceeding(ctx.case["id"], ctx.data["proceeding"], ctx.data["result"], ctx.effective)


def _record_delivery(ctx: GuardContext, changes: dict[str, Any]) -> None:
    changes["delivered_on"] = ctx.effective


def _set_file_no(ctx: GuardContext, changes: dict[str, Any]) -> None:
    if ctx.data.get("file_no"):
        changes["file_no"] = ctx.data["file_no"]


def _issue_reply(ctx: GuardContext, changes: dict[str, Any]) -> None:
    """The reply's 文号: given by the head, or the next number of the agency's pattern in the year of issue."""
    if ctx.data.get("letter_no"):
        changes["letter_no"] = ctx.data["letter_no"]
        return
    from workflow.letter_index import letter_number

    agency = ctx.repo.agency_row(ctx.case["agency_id"])
    seq = ctx.repo.next_letter_number(ctx.case["agency_id"], ctx.effective.year)
    changes["letter_no"] = letter_number(agency, year=ctx.effective.year, seq=seq)


EFFECTS: dict[str, Callable[[GuardContext, dict[str, Any]], None]] = {
    "open_fee_notice": _open_fee_notice,
    "pay_fee_notice": _pay_fee_notice,
    "waive_fee_notice": _waive_fee_notice,
    "open_proceeding": _open_proceeding,
    "decide_proceeding": _decide_proceeding,
    "record_delivery": _record_delivery,
    "set_file_no": _set_file_no,
    "issue_reply": _issue_reply,
}
