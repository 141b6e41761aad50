"""What the guards and routing conditions named in the definitions mean.

The definition says *which* guard applies to a trigger and with what parameter, and declares the
names (and whether each reads clocks) in :mod:`workflow.definitions.model`; this module binds a
function to every declared name, checked once on import. A failing guard raises one clear line
(built by :mod:`workflow.engine.messages`); nothing has been written yet. A routing condition is
asked only when the Machine reaches a transition that names it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any, TypeVar

from workflow.clocks.clockset import ClockSet
from workflow.definitions.checklist import evaluate
from workflow.definitions.model import GUARDS as DECLARED_GUARDS
from workflow.definitions.model import ROUTING_CONDITIONS, Definition, TriggerDef, Vocabulary
from workflow.engine import links
from workflow.engine import messages as say
from workflow.errors import TransitionError
from workflow.store.case_file import file_facts
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
    # the installation's case settings (``cases:``) a guard may name; empty in a replay of the trail,
    # which cannot know the settings of the day an event was recorded
    settings: Mapping[str, Any] = field(default_factory=dict)

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


def _within_clock_period(ctx: GuardContext, param: dict[str, str]) -> None:
    """``{clock, article}``: the trigger is taken on or before the clock's due date in force (a
    pause still open counts up to the day), as an extension must be (2019 Art. 33 ¶2, 2008 Art. 24 ¶2)."""
    kind = param["clock"]
    clock = ctx.clocks.get(kind) if ctx.clocks else None
    due = ctx.clocks.due_in_force(clock, ctx.effective) if ctx.clocks and clock and clock.is_open else None
    if due is not None and ctx.effective > due:
        _fail(ctx, say.period_over(ctx.clock_label(kind), due, param.get("article") or ctx.trigger.article))


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


def owed_letters(ctx: GuardContext, kind: str) -> list[dict[str, Any]]:
    """The case's events whose trigger owes a letter of ``kind`` (seq, trigger, effective_on), oldest first."""
    out = []
    for ev in ctx.repo.events(ctx.case["id"]):
        trig = ctx.definition.register if ev["trigger"] == "register" else ctx.definition.triggers.get(ev["trigger"])
        if trig is not None and kind in trig.letters:
            out.append({"seq": ev["seq"], "trigger": ev["trigger"], "label": trig.label,
                        "effective_on": ev["effective_on"]})
    return out


def unserved_letters(ctx: GuardContext, kind: str) -> list[dict[str, Any]]:
    served = {s["event_seq"] for s in ctx.repo.services(ctx.case["id"]) if s["kind"] == kind}
    return [e for e in owed_letters(ctx, kind) if e["seq"] not in served]


def letter_field(ctx: GuardContext, field: str) -> tuple[str | None, bool]:
    """The letter kind a service names (the field's value, else its first choice: the reply) and
    whether it is that first choice; (None, True) when the trigger has no such field (version 1)."""
    f = ctx.trigger.fields.get(field)
    if f is None or not f.choices:
        return None, True
    kind = str(ctx.data.get(field) or f.choices[0])
    return kind, kind == f.choices[0]


def _letter_to_serve(ctx: GuardContext, param: dict[str, str]) -> None:
    """``{field, date_field}``: a letter of that kind is owed and not yet recorded as served, and the
    service date is not before the day it was issued."""
    kind, is_reply = letter_field(ctx, param["field"])
    if kind is None:
        return
    label = ctx.vocabulary.label("served_letters", kind)
    pending = unserved_letters(ctx, kind)
    if not pending and is_reply and not owed_letters(ctx, kind):
        return  # an imported case: its reply was issued outside, its delivery date is all there is to record
    if not pending:
        _fail(ctx, say.no_letter_to_serve(kind, label))
    served_on = ctx.data.get(param["date_field"])
    if served_on is not None and served_on < pending[0]["effective_on"]:
        _fail(ctx, say.served_before_issued(ctx.label(param["date_field"]), served_on, label,
                                            pending[0]["effective_on"]))


def _letters_served(ctx: GuardContext, param: dict[str, str]) -> None:
    """``{by, field}``: every letter of the kinds that trigger's field offers (those with a remedies
    paragraph) is recorded as served."""
    by = ctx.definition.triggers.get(param["by"])
    f = by.fields.get(param["field"]) if by else None
    for kind in f.choices if f else ():
        pending = unserved_letters(ctx, kind)
        if pending:
            first = pending[0]
            _fail(ctx, say.letter_not_served(kind, ctx.vocabulary.label("served_letters", kind), first["label"],
                                             first["seq"], first["effective_on"], param["by"]))


def _file_complete(ctx: GuardContext, _param: Any) -> None:
    """The definition's file_checklist: every item the case's outcome needs is on file."""
    missing = [s for s in evaluate(ctx.definition, ctx.vocabulary, file_facts(ctx.repo, ctx.case)) if not s.done]
    if missing:
        _fail(ctx, say.file_incomplete([(s.label, s.detail) for s in missing]))


def _date_not_before_receipt(ctx: GuardContext, field: str) -> None:
    if ctx.data.get(field) is not None and ctx.data[field] < ctx.case["received_on"]:
        _fail(ctx, say.before_receipt(ctx.label(field), ctx.data[field], ctx.case["received_on"]))


def _decided_not_before_filing(ctx: GuardContext, param: dict[str, str]) -> None:
    """``{proceeding, date_field}``: the decision date is not before the named proceeding's filing."""
    row = next((p for p in ctx.repo.proceedings(ctx.case["id"]) if p["id"] == ctx.data.get(param["proceeding"])), None)
    decided = ctx.data.get(param["date_field"]) or ctx.effective
    if row is not None and decided < row["filed_on"]:
        _fail(ctx, say.decided_before_filing(ctx.label(param["date_field"]), decided, row["filed_on"]))


def _proceeding_pending(ctx: GuardContext, field: str) -> None:
    pid = ctx.data.get(field)
    rows = {p["id"]: p for p in ctx.repo.proceedings(ctx.case["id"])}
    pending = [str(i) for i, p in rows.items() if p["result"] is None]
    if pid not in rows or rows[pid]["result"] is not None:
        _fail(ctx, say.proceeding_not_pending(pid, pending))


def _has_corrected_proceeding(ctx: GuardContext, _param: Any) -> None:
    if not any(p["result"] == "corrected" for p in ctx.repo.proceedings(ctx.case["id"])):
        _fail(ctx, say.no_corrected_proceeding())


def _after_event(ctx: GuardContext, trigger: str) -> None:
    if not ctx.repo.has_event(ctx.case["id"], trigger):
        earlier = ctx.definition.triggers.get(trigger)
        _fail(ctx, say.needs_event_first(trigger, earlier.label if earlier else trigger, ctx.trigger.article))


def _field_required_for(ctx: GuardContext, param: dict[str, Any]) -> None:
    """``{field, outcomes: [...], bases: [...], article, only}``: the field is required when the
    trigger's outcome or basis is one of those listed; with ``only``, it is refused otherwise."""
    field = param["field"]
    outcomes, bases = list(param.get("outcomes") or []), list(param.get("bases") or [])
    outcome, basis = ctx.data.get("outcome"), ctx.data.get("basis")
    if outcome in outcomes or basis in bases:
        if not ctx.data.get(field):
            what = f"outcome {outcome}" if outcome in outcomes else f"basis {basis}"
            _fail(ctx, say.field_required_for(ctx.label(field), field, what, param.get("article")))
    elif param.get("only") and ctx.data.get(field):
        _fail(ctx, say.field_only_for(ctx.label(field), field, outcomes + bases))


def _event_data(event: dict[str, Any]) -> dict[str, Any]:
    return json.loads(event["data"]) if event.get("data") else {}


def _reasons_heard(ctx: GuardContext, param: dict[str, Any]) -> None:
    """``{outcome, asked, answered, answer_by, article}``: that outcome only after the applicant was
    asked for reasons (trigger ``asked``) and has answered (``answered``) or let the date in the
    ``asked`` event's ``answer_by`` field pass."""
    outcome = ctx.data.get("outcome")
    if outcome != param["outcome"]:
        return
    asked = ctx.repo.latest_event(ctx.case["id"], param["asked"])
    if asked is None:
        asking = ctx.definition.triggers.get(param["asked"])
        _fail(ctx, say.reasons_not_asked(outcome, param["asked"], asking.label if asking else param["asked"],
                                         param.get("article")))
    answered = ctx.repo.latest_event(ctx.case["id"], param["answered"])
    if answered is not None and answered["seq"] > asked["seq"]:
        return
    answer_by = _event_data(asked).get(param["answer_by"])
    if answer_by is not None and ctx.effective <= date.fromisoformat(str(answer_by)):
        _fail(ctx, say.reasons_pending(outcome, answer_by))


def _party_objected(ctx: GuardContext, param: dict[str, Any]) -> None:
    """``{consulted_by, kind, answered_by, opinion}``: the party named in the trigger's data was
    consulted as a party of ``kind`` and its latest recorded opinion is ``opinion``."""
    consulted: set[str] = set()
    latest: dict[str, str] = {}
    for ev in ctx.repo.events(ctx.case["id"]):
        if ev["trigger"] == param["consulted_by"]:
            data = _event_data(ev)
            if data.get("party_kind") == param["kind"]:
                consulted.add(str(data.get("party_name")))
        elif ev["trigger"] == param["answered_by"]:
            data = _event_data(ev)
            latest[str(data.get("party_name"))] = str(data.get("opinion"))
    objecting = sorted(p for p in consulted if latest.get(p) == param["opinion"])
    if _party(ctx) not in objecting:
        _fail(ctx, say.party_did_not_object(_party(ctx), objecting))


def _case_outcome_releases_information(ctx: GuardContext, _param: Any) -> None:
    outcome = ctx.vocabulary.get("outcomes", ctx.case.get("outcome") or "")
    if not (outcome and outcome.extra.get("releases_information")):
        releasing = [c.code for c in ctx.vocabulary.lists["outcomes"] if c.extra.get("releases_information")]
        _fail(ctx, say.outcome_not_releasing(ctx.case.get("outcome"), releasing))


def _fee_tariff_in_force(ctx: GuardContext, _param: Any) -> None:
    ref = ctx.trigger.fee_tariff
    tariff = ctx.definition.tariffs[ref.tariff] if ref else None
    if tariff is not None and ctx.effective < tariff.in_force_from:
        _fail(ctx, say.fee_tariff_not_in_force(tariff.source, tariff.in_force_from, ctx.effective))


def _agency_setting(ctx: GuardContext, param: dict[str, str]) -> None:
    """``{name, label}``: the case's agency has that setting (a letter the trigger owes prints it)."""
    agency = ctx.repo.agency_row(ctx.case["agency_id"])
    if not str((agency.get("settings") or {}).get(param["name"]) or "").strip():
        _fail(ctx, say.agency_setting_missing(agency["code"], param["name"], param.get("label", param["name"])))


def _amount_against_fee_due(ctx: GuardContext, relation: str) -> None:
    """``equal``: the trigger's amount is the amount due on the case's pending fee notice (a payment);
    ``below``: it is less (a reduction)."""
    pending = ctx.repo.pending_fee_notice(ctx.case["id"])
    if pending is None:
        _fail(ctx, say.no_fee_due())
    amount, due = ctx.data.get("amount"), pending["due"]
    if relation == "equal" and amount != due:
        _fail(ctx, say.amount_not_fee_due(ctx.label("amount"), amount, due))
    if relation == "below" and amount is not None and amount >= due:
        _fail(ctx, say.amount_not_below_fee_due(ctx.label("amount"), amount, due))


def last_concluded(ctx: GuardContext) -> date | None:
    """The day the case last went from an open state to a concluded one (a reopened case's latest)."""
    states = ctx.definition.states
    days = [e["effective_on"] for e in ctx.repo.events(ctx.case["id"])
            if e["from_state"] in states and states[e["from_state"]].is_open
            and e["to_state"] in states and not states[e["to_state"]].is_open]
    return max(days) if days else None


def _within_days_after_conclusion(ctx: GuardContext, setting: str) -> None:
    """``<setting>``: an open case, or one concluded no more than that many calendar days before the
    effective date (the setting under ``cases:``; not checked when no setting is given: a replay)."""
    days = ctx.settings.get(setting)
    if days is None or ctx.definition.states[ctx.case["state"]].is_open:
        return
    concluded = last_concluded(ctx)
    if concluded is not None and ctx.effective > concluded + timedelta(days=int(days)):
        _fail(ctx, say.window_over(concluded, int(days), concluded + timedelta(days=int(days)), setting))


GUARDS: Mapping[str, Callable[[GuardContext, Any], None]] = bind("guards", DECLARED_GUARDS, {
    "date_field_after_effective": _date_after_effective,
    "date_field_not_before_effective": _date_not_before_effective,
    "date_field_not_after_effective": _date_not_after_effective,
    "date_field_not_before_clock_due": _date_field_not_before_clock_due,
    "once": _once,
    "clock_expired": _clock_expired,
    "within_clock_period": _within_clock_period,
    "party_clock_running": _party_clock_running,
    "party_clock_not_running": _party_clock_not_running,
    "party_clock_expired": _party_clock_expired,
    "basis_fits_outcome": _basis_fits_outcome,
    "delivery_recorded_in": _delivery_recorded_in,
    "letter_to_serve": _letter_to_serve,
    "letters_served": _letters_served,
    "file_complete": _file_complete,
    "date_field_not_before_receipt": _date_not_before_receipt,
    "decided_not_before_filing": _decided_not_before_filing,
    "proceeding_pending": _proceeding_pending,
    "has_corrected_proceeding": _has_corrected_proceeding,
    "after_event": _after_event,
    "field_required_for": _field_required_for,
    "reasons_heard": _reasons_heard,
    "party_objected": _party_objected,
    "case_outcome_releases_information": _case_outcome_releases_information,
    "fee_tariff_in_force": _fee_tariff_in_force,
    "agency_setting": _agency_setting,
    "amount_against_fee_due": _amount_against_fee_due,
    "within_days_after_conclusion": _within_days_after_conclusion,
    "repeat_of_same_applicant": links.repeat_of_same_applicant,
    "event_required_for": links.event_required_for,
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
