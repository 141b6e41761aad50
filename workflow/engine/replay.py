"""A case's recorded history replayed through another version of its definition: does it fit, and
which clocks would the case have under it (what ``case repin`` decides with).

**Valid under a version** means, replaying the audit events in order from no state:

* the first event is ``register``, recorded by a role the version's registration allows, with data
  that fits its registration fields, into the version's initial state;
* every later event of the lifecycle (a trigger of the case's current definition) names a trigger
  the version has, recorded by one of its roles, with data that fits its fields (no unknown field,
  every required field present, each value of its type, choices and range); its recorded from-state
  is the replayed state, the version's Machine allows the trigger there and routes it (its routing
  conditions asked of the event's data and the replayed clocks) to the recorded to-state;
* the version's guards that the current definition does not have on that trigger (new, or with
  another parameter) pass against the replay: the events before it, the replayed clocks, the event's
  data. A guard both have was checked when the event was recorded (or at an earlier repin) against
  the facts of that day; a proceeding's result, for one, is not in the history, so it is not
  checked again;
* an action that comes after a limit of the version's clocks carries a late reason, as the engine
  would have required;
* an event outside the lifecycle (a deadline recomputation after a holiday notice, an earlier repin,
  a proceeding imported from a ledger) keeps the state it found.

Personal data is kept masked in the events; the fields it came from are checked with the case row's
values. The date of receipt is the registration's (by its channel's rule) until an amendment changes
it; then the clocks are re-derived from the events so far with the new date, as the engine did. The clocks are those the version's clock rules derive from the same events, with today's
calendar; effects already done (letters, fee notices, the reply's number) are facts, not replayed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from workflow.clocks.clockset import Calendar, ClockSet, TriggerContext
from workflow.definitions.model import Definition, TriggerDef, Vocabulary
from workflow.engine import messages as say
from workflow.engine.amend import RECORD_KEYS, clocks_from_history
from workflow.engine.effects import ROW_COLUMNS, apply_row_effects
from workflow.engine.fees import COMPUTED_KEYS
from workflow.engine.fields import validate_fields
from workflow.engine.guards import CONDITIONS, GUARDS, GuardContext
from workflow.engine.machine import LifecycleMachine
from workflow.engine.registration import registration_row
from workflow.errors import DisclosureError
from workflow.store.repository import Repository

REGISTER = "register"  # the first event of a registered case (CaseEngine.register)


@dataclass(frozen=True)
class Misfit:
    """The first event that does not fit, and why (one line)."""

    seq: int
    trigger: str
    label: str  # the trigger's label in the case's current definition ("" for an event outside it)
    reason: str


@dataclass
class Replay:
    state: str | None
    clocks: ClockSet
    misfit: Misfit | None = None
    # the case-row columns the history sets (effects.ROW_COLUMNS, and the registration's but those kept
    # masked), as the replay leaves them
    row: dict[str, Any] = field(default_factory=lambda: dict(ROW_COLUMNS))


class _HistorySoFar(Repository):
    """The repository as a guard replayed at an event sees it: the triggers recorded before that event.

    Everything else is read from the database as it is now (see the module docstring)."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.triggers: set[str] = set()

    def has_event(self, case_id: int, trigger: str) -> bool:
        return trigger in self.triggers


@dataclass(frozen=True)
class Versions:
    """The version a history is replayed under (with its Machine) and the one the case is under now."""

    target: Definition
    machine: LifecycleMachine
    current: Definition
    vocabulary: Vocabulary


def replay_history(versions: Versions, case: dict[str, Any], events: Sequence[Mapping[str, Any]],
                   unmasked: Mapping[str, Any], *, calendar: Calendar, target_offset: int,
                   conn: Connection) -> Replay:
    """Replay ``events`` (the case's audit trail, by seq) under ``versions.target``; ``unmasked``: the
    case row's values of the fields that events keep masked."""
    replayer = _Replayer(versions, case, unmasked, _HistorySoFar(conn),
                         Replay(None, ClockSet(versions.target.clock_rules, [], calendar, target_offset)),
                         calendar, target_offset)
    for ev in events:
        reason = replayer.step(ev)
        if reason is not None:
            trig = _trigger(versions.current, ev["trigger"])
            replayer.replay.misfit = Misfit(ev["seq"], ev["trigger"], trig.label if trig else "", reason)
            break
        replayer.history.triggers.add(ev["trigger"])
    return replayer.replay


def _trigger(definition: Definition, name: str) -> TriggerDef | None:
    return definition.register if name == REGISTER else definition.triggers.get(name)


@dataclass
class _Replayer:
    versions: Versions
    case: dict[str, Any]
    unmasked: Mapping[str, Any]
    history: _HistorySoFar
    replay: Replay
    calendar: Calendar
    target_offset: int
    steps: list[TriggerContext] = field(default_factory=list)  # the lifecycle events replayed, as clock steps

    def step(self, ev: Mapping[str, Any]) -> str | None:
        """Apply one event to the replay; the reason it does not fit, or None."""
        target, name, state = self.versions.target, ev["trigger"], self.replay.state
        if _trigger(self.versions.current, name) is None:  # an event outside the lifecycle keeps the state
            if state is None:
                return say.misfit_not_registration()
            if ev["from_state"] != state or ev["to_state"] != state:
                return say.misfit_changes_state(ev["from_state"], ev["to_state"], state)
            return None
        if state is None and name != REGISTER:
            return say.misfit_not_registration()
        trig = _trigger(target, name)
        if trig is None or (state is not None and name == REGISTER):
            return say.misfit_no_trigger(name)
        if ev["role"] not in trig.roles:
            return say.misfit_role(ev["role"], trig.roles)
        recorded = json.loads(ev["data"])
        if trig.fee_tariff is not None:  # computed when the event was recorded: only the typed fields are checked
            recorded = {k: v for k, v in recorded.items() if k not in COMPUTED_KEYS}
        if trig.amends:  # the values replaced and the due dates moved are records, not typed fields
            recorded = {k: v for k, v in recorded.items() if k not in RECORD_KEYS}
        recorded.update({k: v for k, v in self.unmasked.items() if k in recorded and v is not None})
        try:
            values = validate_fields(name, target.plans[name].fields, recorded, ev["effective_on"], formats=False)
        except DisclosureError as exc:
            return str(exc)
        if ev["to_state"] not in target.states:
            return say.misfit_no_state(ev["to_state"])
        row = self.replay.row
        if name == REGISTER:  # the date of receipt is the registration's, until an amendment changes it
            try:
                row.update(registration_row(self.versions.vocabulary, target.register, values))
            except DisclosureError as exc:
                return str(exc)
        received = row.get("received_on") or self.case["received_on"]
        clock_ctx = TriggerContext(name, ev["effective_on"], received, values, ev["actor"])
        if state is None:
            if ev["to_state"] != target.initial:
                return say.misfit_first_state(ev["to_state"], target.initial)
        else:
            reason = self._transition(ev, trig, values, clock_ctx)
            if reason is not None:
                return reason
        self.replay.clocks.apply(clock_ctx)
        self.replay.clocks.ledger.clear()  # the replay's own ledger is not written, only where it ends
        self.steps.append(clock_ctx)
        apply_row_effects(GuardContext(target, self.versions.vocabulary, trig, {**self.case, **row, "state": state},
                                       values, clock_ctx.effective, self.replay.clocks, self.history),
                          target.plans[name].effects, row)
        if row.get("received_on", received) != received:  # an amended date of receipt: the clocks re-derived
            self.replay.clocks = clocks_from_history(target, self.steps, row["received_on"], self.calendar,
                                                     self.target_offset)
        self.replay.state = ev["to_state"]
        return None

    def _transition(self, ev: Mapping[str, Any], trig: TriggerDef, values: dict[str, Any],
                    clock_ctx: TriggerContext) -> str | None:
        """The checks of a transition from the replayed state, in the order the engine makes them."""
        target, machine, state = self.versions.target, self.versions.machine, str(self.replay.state)
        if ev["from_state"] != state:
            return say.misfit_from_state(ev["from_state"], state)
        if state not in target.states:
            return say.misfit_no_state(state)
        allowed = machine.triggers_from(state)
        if trig.name not in allowed:
            return say.misfit_not_allowed(state, allowed)
        # the date of receipt as it was then (an amendment may have changed it since)
        case = {**self.case, "state": state, "received_on": clock_ctx.received}
        ctx = GuardContext(target, self.versions.vocabulary, trig, case, values, clock_ctx.effective,
                           self.replay.clocks, self.history)
        checked_then = _trigger(self.versions.current, trig.name)
        for guard, param in trig.guards:
            if checked_then is not None and (guard, param) in checked_then.guards:
                continue
            try:
                GUARDS[guard](ctx, param)
            except DisclosureError as exc:
                return str(exc)
        late = self.replay.clocks.late_actions(clock_ctx)
        if late and not values.get("late_reason"):
            label = self.versions.vocabulary.label
            return say.misfit_late([f"{label('clock_kinds', x.kind)} {x.due}" for x in late])
        dest = machine.route(state, trig.name, lambda condition: CONDITIONS[condition](ctx))
        if dest != ev["to_state"]:
            return say.misfit_leads_elsewhere(state, str(dest), ev["to_state"])
        return None
