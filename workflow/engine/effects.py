"""What the effects of a trigger do: the case-row changes and the rows a transition writes besides.

Every effect a trigger has is in its ``TriggerPlan.effects``, worked out when the definition was
loaded: those listed under ``effects:`` and those implied by its other keys (``sets_outcome``, an
``outcome`` field, ``concludes``, the reply clock's ``extension``). ``fire`` runs them in that order
and knows no trigger by name. An effect adds to ``changes`` (the case-row columns the transition
sets) or writes through the repository, in the transition's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from workflow.definitions.model import EFFECT_NAMES, Step
from workflow.engine.guards import GuardContext, bind, letter_field, unserved_letters
from workflow.engine.registration import column, row_receipt
from workflow.letter_index import letter_number

Effect = Callable[[GuardContext, dict[str, Any], Any], None]


def _set_outcome(ctx: GuardContext, changes: dict[str, Any], outcome: str) -> None:
    changes["outcome"] = outcome
    changes["basis"] = None


def _record_outcome(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    changes["outcome"] = ctx.data["outcome"]
    changes["basis"] = ctx.data.get("basis")


def _conclude(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    # a reopened case keeps the date it was first concluded on
    if ctx.case["concluded_on"] is None:
        changes["concluded_on"] = ctx.effective


def _record_extension(ctx: GuardContext, changes: dict[str, Any], field: str) -> None:
    changes["extension_days"] = int(ctx.data[field])


def _open_fee_notice(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    d = ctx.data
    ctx.repo.open_fee_notice(ctx.case, ctx.effective, d["received_by_applicant"], d["fee_basis"], d["quantity"], d["amount"])


def _pay_fee_notice(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    ctx.repo.settle_fee_notice(ctx.case["id"], ctx.effective, paid_amount=ctx.data["amount"])


def _reduce_fee_notice(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    ctx.repo.reduce_fee_notice(ctx.case["id"], ctx.data["amount"], ctx.data["reason"])


def _waive_fee_notice(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    ctx.repo.settle_fee_notice(ctx.case["id"], ctx.effective, waived=True, ground=ctx.data.get("reason"))


def _open_proceeding(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    ctx.repo.open_proceeding(ctx.case, ctx.data["kind"], ctx.data["filed"], ctx.data.get("body"))


def _decide_proceeding(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    ctx.repo.decide_proceeding(ctx.case["id"], ctx.data["proceeding"], ctx.data["result"],
                               ctx.data.get("decided") or ctx.effective)


def _delivery_date(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    """The case's delivery date, when the letter served is the reply (a version-1 trigger names no
    letter: always the reply). Reads only the event: what a replay recomputes."""
    _kind, is_reply = letter_field(ctx, "letter")
    if is_reply:
        changes["delivered_on"] = ctx.data.get("served_on") or ctx.effective


def _record_delivery(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    """The service of a letter (the reply when none is named): a ``letter_service`` row for the
    earliest letter of that kind not yet served, and the case's delivery date when it is the reply."""
    kind, _is_reply = letter_field(ctx, "letter")
    pending = unserved_letters(ctx, kind) if kind is not None else []
    if pending:
        ctx.repo.record_service(ctx.case["id"], kind, pending[0]["seq"],
                                served_on=ctx.data.get("served_on") or ctx.effective,
                                method=ctx.data["method"], tracking_no=ctx.data.get("tracking_no"),
                                recorded_seq=ctx.case["last_event_seq"] + 1)
    _delivery_date(ctx, changes, _param)


def _set_file_no(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    if ctx.data.get("file_no"):
        changes["file_no"] = ctx.data["file_no"]


def _amend_registration(ctx: GuardContext, changes: dict[str, Any], amends: tuple[str, ...]) -> None:
    """The amended registration fields (only those that change are in the event) and the date of
    receipt they give by the channel's rule. Reads only the event and the row: what a replay recomputes."""
    changes.update({column(n): ctx.data[n] for n in amends if ctx.data.get(n) is not None})
    received = row_receipt(ctx.vocabulary, ctx.definition.register, {**ctx.case, **changes})
    if received != ctx.case["received_on"]:
        changes["received_on"] = received


def _issue_reply(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    """The reply's 文号: given by the head, or the next number of the agency's pattern in the year of issue."""
    if ctx.data.get("letter_no"):
        changes["letter_no"] = ctx.data["letter_no"]
        return
    agency = ctx.repo.agency_row(ctx.case["agency_id"])
    seq = ctx.repo.next_letter_number(ctx.case["agency_id"], ctx.effective.year)
    changes["letter_no"] = letter_number(agency, year=ctx.effective.year, seq=seq)


EFFECTS: Mapping[str, Effect] = bind("effects", EFFECT_NAMES, {
    "set_outcome": _set_outcome,
    "record_outcome": _record_outcome,
    "conclude": _conclude,
    "record_extension": _record_extension,
    "open_fee_notice": _open_fee_notice,
    "pay_fee_notice": _pay_fee_notice,
    "reduce_fee_notice": _reduce_fee_notice,
    "waive_fee_notice": _waive_fee_notice,
    "open_proceeding": _open_proceeding,
    "decide_proceeding": _decide_proceeding,
    "record_delivery": _record_delivery,
    "set_file_no": _set_file_no,
    "issue_reply": _issue_reply,
    "amend_registration": _amend_registration,
})


def apply_effects(ctx: GuardContext, steps: tuple[Step, ...], changes: dict[str, Any]) -> None:
    for step in steps:
        EFFECTS[step.name](ctx, changes, step.param)


# the case-row part of the effects that set case-row columns from the event itself: a replay of the
# audit trail (``audit verify``) recomputes them and compares the row, and writes nothing (the service
# of a letter is replayed as its delivery date only); the other effects write rows or take numbers
ROW_EFFECTS: Mapping[str, Effect] = MappingProxyType({
    "set_outcome": _set_outcome, "record_outcome": _record_outcome, "conclude": _conclude,
    "record_extension": _record_extension, "record_delivery": _delivery_date, "set_file_no": _set_file_no,
    "amend_registration": _amend_registration,
})
# the case-row columns those effects set, as a case has them before its first event
ROW_COLUMNS: Mapping[str, Any] = {"outcome": None, "basis": None, "concluded_on": None, "delivered_on": None,
                                  "extension_days": 0, "file_no": None}


def apply_row_effects(ctx: GuardContext, steps: tuple[Step, ...], changes: dict[str, Any]) -> None:
    """``apply_effects`` limited to ``ROW_EFFECTS``: writes nothing."""
    for step in steps:
        if step.name in ROW_EFFECTS:
            ROW_EFFECTS[step.name](ctx, changes, step.param)
