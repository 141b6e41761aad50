"""What the guards and routing conditions named in the definitions mean.

The definition says *which* guard applies to a trigger and with what parameter, and declares the
names (and whether each reads clocks) in :mod:`workflow.definitions.model`; this module binds a
function to every declared name, checked once on import. A failing guard raises one clear line
(built by :mod:`workflow.engine.messages`); nothing has been written yet. A routing condition is
asked only when the Machine reaches a transition that names it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, TypeVar

from workflow.clocks.clockset import ClockSet
from workflow.definitions.model import GUARDS as DECLARED_GUARDS
from workflow.definitions.model import ROUTING_CONDITIONS, Definition, TriggerDef, Vocabulary
from workflow.engine import messages as say
from workflow.errors import TransitionError
from workflow.store.repository import Repository

T = TypeVar("T")


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


def bind(what: str, declared: Iterable[str], implemented: dict[str, T]) -> Mapping[str, T]:
    """``implemented``, once it is checked to have exactly the ``declared`` names."""
    names = set(declared)
    if names != implemented.keys():
        raise RuntimeError(f"{what}: declared but not implemented {sorted(names - implemented.keys())}, "
                           f"implemented but not declared {sorted(implemented.keys() - names)}")
    return MappingProxyType(implemented)


def _fail(ctx: GuardContext, reason: str) -> None:
    raise TransitionError(say.guard_failed(ctx.case["case_no"], ctx.trigger.name, ctx.trigger.label, reason))


def _date_after_effective(ctx: GuardContext, field: str) -> None:
    if ctx.data.get(field) is not None and ctx.data[field] <= ctx.effective:
        _fail(ctx, say.must_be_after_effective(ctx.label(field), ctx.effective))


def _date_not_before_effective(ctx: GuardContext, field: str) -> None:
    if ctx.data.get(field) is not None and ctx.data[field] < ctx.effective:
        _fail(ctx, say.must_not_be_before_effective(ctx.label(field), ctx.effective))


def _date_not_after_effective(ctx: GuardContext, field: str) -> None:
    if ctx.data.get(field) is not None and ctx.data[field] > ctx.effective:
        _fail(ctx, say.must_not_be_after_effective(ctx.label(field), ctx.effective))


def _once(ctx: GuardContext, trigger: str) -> None:
    if ctx.repo.has_event(ctx.case["id"], trigger):
        _fail(ctx, say.only_once(trigger))


def _clock_expired(ctx: GuardContext, kind: str, party: str = "") -> None:
    clock = ctx.clocks.get(kind, party) if ctx.clocks else None
    if clock is None or clock.due_on is None:
        _fail(ctx, say.no_clock(kind, ctx.clock_label(kind)))
    if ctx.effective <= clock.due_on:
        _fail(ctx, say.clock_not_expired(ctx.clock_label(kind), clock.due_on))


def _date_field_not_before_clock_due(ctx: GuardContext, param: dict[str, str]) -> None:
    field, kind = param["field"], param["clock"]
    clock = ctx.clocks.get(kind) if ctx.clocks else None
    value = ctx.data.get(field)
    if clock is not None and clock.due_on and value is not None and value < clock.due_on:
        _fail(ctx, say.date_before_clock_due(ctx.label(field), value, kind, ctx.clock_label(kind), clock.due_on))


def _party(ctx: GuardContext) -> str:
    return str(ctx.data.get("party_name", ""))


def _party_clock_running(ctx: GuardContext, kind: str) -> None:
    clock = ctx.clocks.get(kind, _party(ctx)) if ctx.clocks else None
    if clock is None or not clock.is_open:
        outstanding = [c.party for c in ctx.clocks.running(kind)] if ctx.clocks else []
        _fail(ctx, say.no_consultation_of(_party(ctx), outstanding))


def _party_clock_not_running(ctx: GuardContext, kind: str) -> None:
    clock = ctx.clocks.get(kind, _party(ctx)) if ctx.clocks else None
    if clock is not None and clock.is_open:
        _fail(ctx, say.already_consulting(_party(ctx)))


def _party_clock_expired(ctx: GuardContext, kind: str) -> None:
    _clock_expired(ctx, kind, _party(ctx))


def _basis_fits_outcome(ctx: GuardContext, _param: Any) -> None:
    basis = ctx.data.get("basis")
    if basis is None:
        return
    outcome = ctx.vocabulary.get("outcomes", ctx.data["outcome"])
    allowed = outcome.extra.get("bases", []) if outcome else []
    if basis not in allowed:
        _fail(ctx, say.basis_does_not_fit(basis, ctx.data["outcome"], allowed))


def _delivery_recorded_in(ctx: GuardContext, states: list[str]) -> None:
    if ctx.case["state"] in states and ctx.case.get("delivered_on") is None:
        _fail(ctx, say.delivery_not_recorded())


def _proceeding_pending(ctx: GuardContext, field: str) -> None:
    pid = ctx.data.get(field)
    rows = {p["id"]: p for p in ctx.repo.proceedings(ctx.case["id"])}
    pending = [str(i) for i, p in rows.items() if p["result"] is None]
    if pid not in rows or rows[pid]["result"] is not None:
        _fail(ctx, say.proceeding_not_pending(pid, pending))


def _has_corrected_proceeding(ctx: GuardContext, _param: Any) -> None:
    if not any(p["result"] == "corrected" for p in ctx.repo.proceedings(ctx.case["id"])):
        _fail(ctx, say.no_corrected_proceeding())


GUARDS: Mapping[str, Callable[[GuardContext, Any], None]] = bind("guards", DECLARED_GUARDS, {
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
})


def check_guards(ctx: GuardContext) -> None:
    for name, param in ctx.trigger.guards:
        GUARDS[name](ctx, param)


# -- routing conditions: which of a trigger's transitions from a state applies ----------------------


def _outcome_releases_information(ctx: GuardContext) -> bool:
    outcome = ctx.vocabulary.get("outcomes", ctx.data.get("outcome", ""))
    return bool(outcome and outcome.extra.get("releases_information"))


def _consultations_outstanding(ctx: GuardContext) -> bool:
    party = _party(ctx)
    return any(c.party != party for c in (ctx.clocks.running("consultation") if ctx.clocks else []))


CONDITIONS: Mapping[str, Callable[[GuardContext], bool]] = bind("routing conditions", ROUTING_CONDITIONS, {
    "outcome_releases_information": _outcome_releases_information,
    "consultations_outstanding": _consultations_outstanding,
})
