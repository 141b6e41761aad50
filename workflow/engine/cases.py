"""The case engine: register applications and fire triggers, one transaction each.

``fire`` reads top to bottom as its steps, and writes nothing until the checks have passed:

1. **load** the case (a stale ``expected_version`` is a conflict), its definition and the trigger;
2. **authorise**: the actor holds one of the trigger's roles, and the case's state allows it;
3. **validate**: the effective date is not in the future nor before the case's last event, the data
   fits the trigger's fields, the guards pass, and a late action carries a reason;
4. **route**: the Machine fires the trigger and says where the case goes;
5. **apply clocks**: the definition's clock rules change the case's clocks;
6. **record**: the trigger's effects, the new state, one audit event and the clock ledger;
7. **hooks**: the parts above the engine act inside the same transaction (letters owed, …).

A concurrent writer makes the version check of the write fail: the transaction rolls back and the
caller gets a ``ConflictError``. What a trigger needs (its fields, whether it touches clocks, its
effects) was worked out when the definition was loaded (``Definition.plans``); the refusal lines
are built in :mod:`workflow.engine.messages`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from workflow.accounts.tokens import INTAKE_ROLE
from workflow.clocks.clockset import ClockSet, LedgerEntry, TriggerContext
from workflow.definitions.model import GUARDS as GUARD_CHECKS
from workflow.engine import amend
from workflow.engine import messages as say
from workflow.engine.audit import GENESIS, canonical_json, event_hash
from workflow.engine.effects import apply_effects
from workflow.engine.fees import compute_fee
from workflow.engine.fields import validate_fields
from workflow.engine.guards import CONDITIONS, GUARDS, GuardContext, check_guards
from workflow.engine.hooks import Transition, TransitionHook
from workflow.engine.machine import LifecycleMachine
from workflow.engine.reassign import MAX_REASON, REASSIGN_EVENT, ReassignResult, check_reassign
from workflow.engine.registration import receipt_date
from workflow.engine.repin import LEDGER_ACTION as REPIN_LEDGER_ACTION
from workflow.engine.repin import (
    REPIN_EVENT,
    REPIN_ROLE,
    RepinResult,
    check_in_flight,
    check_open_under,
    move_clocks,
    target_definition,
)
from workflow.engine.replay import Versions, replay_history
from workflow.errors import ConflictError, TransitionError, ValidationError
from workflow.isotext import parse_day, utc_iso
from workflow.privacy import mask_id_number, mask_phone
from workflow.store.db import HeldConnection, read
from workflow.store.repository import Actor, NewEvent, Repository, roles_generation

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from workflow.clocks.calendar import WorkCalendar
    from workflow.definitions.model import Definition, Registry, TriggerDef

# personal data is kept in full on the case row only; the audit trail carries it masked
_MASKED_IN_EVENTS = {"id_number": mask_id_number, "phone": mask_phone}


def _masked(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the personal data the trail keeps masked masked, in a nested record too (the
    values an amendment replaces)."""
    if data.keys().isdisjoint(_MASKED_IN_EVENTS) and not any(isinstance(v, dict) for v in data.values()):
        return data
    return {k: _masked(v) if isinstance(v, dict) else (_MASKED_IN_EVENTS[k](v) if k in _MASKED_IN_EVENTS and v else v)
            for k, v in data.items()}


@dataclass(frozen=True)
class FireResult:
    case_no: str
    trigger: str
    from_state: str | None
    to_state: str
    effective_on: date
    seq: int
    late: bool
    changes: dict[str, Any] = field(default_factory=dict)
    # the clocks an amended date of receipt moved: kind, label, party, status and due date before and after
    due_dates: list[dict[str, Any]] = field(default_factory=list)


def today_in(tz: str = "Asia/Shanghai") -> date:
    return datetime.now(ZoneInfo(tz)).date()


class CaseEngine:
    # Who holds which role changes rarely and is read on every transition: it is cached for a few
    # seconds per process. A role granted or revoked elsewhere takes effect within ACTOR_TTL.
    ACTOR_TTL = 5.0

    def __init__(self, db: Engine, registry: Registry, *, calendar: Callable[[], WorkCalendar], target_offset: int,
                 today: Callable[[], date], hooks: Sequence[TransitionHook] = (),
                 settings: Mapping[str, Any] | None = None) -> None:
        """``calendar`` and ``today`` are asked on each transition (a calendar year loaded meanwhile
        applies at once); ``hooks`` run in order after each transition, inside its transaction;
        ``settings``: the case settings (``cases:``) the definitions' guards may name."""
        self.registry = registry
        self.vocabulary = registry.vocabulary
        self.calendar, self.target_offset, self.hooks = calendar, target_offset, hooks
        self._today = today
        self.settings: Mapping[str, Any] = dict(settings or {})
        self._actors: dict[tuple[str, int], tuple[float, int, Actor]] = {}
        self._connections = HeldConnection(db)
        self._machines = {key: LifecycleMachine(d) for key, d in registry.definitions.items()}

    def _machine(self, definition: Definition) -> LifecycleMachine:
        machine = self._machines.get(definition.key)
        if machine is None:  # a version added to the registry after the engine was built
            machine = self._machines[definition.key] = LifecycleMachine(definition)
        return machine

    def _actor(self, repo: Repository, name: str, agency_id: int) -> Actor:
        key = (name, agency_id)
        now = time.monotonic()
        hit = self._actors.get(key)
        if hit and hit[0] > now and hit[1] == roles_generation():
            return hit[2]
        actor = repo.actor(name, agency_id)
        self._actors[key] = (now + self.ACTOR_TTL, roles_generation(), actor)
        return actor

    def allowed_triggers(self, definition: Definition, state: str, roles: frozenset[str] | None = None) -> list[str]:
        names = self._machine(definition).triggers_from(state)
        if roles is not None:
            names = [n for n in names if set(definition.triggers[n].roles) & roles]
        return names

    def why_not_now(self, repo: Repository, case: dict[str, Any], definition: Definition, names: list[str],
                    effective: date) -> dict[str, str]:
        """Why each of ``names`` would be refused on ``effective`` by a guard that does not depend on
        what the clerk enters (a step taken only once, a period not yet over, a delivery not
        recorded); a trigger those guards let through is absent."""
        needs_clocks = any(GUARD_CHECKS[g].reads_clocks for n in names for g, _ in definition.triggers[n].guards
                           if not GUARD_CHECKS[g].reads_data)
        clocks = ClockSet(definition.clock_rules, repo.load_clocks(case["id"]), self.calendar(),
                          self.target_offset) if needs_clocks else None
        reasons: dict[str, str] = {}
        for name in names:
            trig = definition.triggers[name]
            ctx = GuardContext(definition, self.vocabulary, trig, case, {}, effective, clocks, repo, self.settings)
            try:
                for guard, param in trig.guards:
                    if not GUARD_CHECKS[guard].reads_data:
                        GUARDS[guard](ctx, param)
            except TransitionError as refusal:
                reasons[name] = str(refusal)
        return reasons

    # -- checks shared by register and fire --------------------------------------------------

    def _check_effective(self, effective: date, case: dict[str, Any] | None) -> None:
        today = self._today()
        if effective > today:
            raise ValidationError(say.effective_in_future(effective, today))
        if case is not None and effective < case["last_event_on"]:
            raise ValidationError(say.effective_before_last_event(effective, case["last_event_on"]))

    def _role_for(self, trig: TriggerDef, actor: Actor, agency_id: int, repo: Repository) -> str:
        for role in trig.roles:
            if role in actor.roles:
                return role
        labels = [f"{r}（{self.vocabulary.label('roles', r)}）" for r in trig.roles]
        raise TransitionError(say.role_required(actor.name, repo.agency_row(agency_id)["code"], trig.name, trig.label,
                                                labels, actor.roles))

    def _event(self, case_no: str, seq: int, actor: Actor, role: str, trigger: str, from_state: str | None,
               to_state: str, effective: date, data: dict[str, Any], late: bool, prev_hash: str) -> NewEvent:
        recorded_at = utc_iso(datetime.now(UTC))
        payload = canonical_json(_masked(data))
        digest = event_hash(case_no=case_no, seq=seq, actor=actor.name, role=role, trigger=trigger,
                            from_state=from_state, to_state=to_state, effective_on=effective,
                            recorded_at=recorded_at, data=payload, late=late, prev_hash=prev_hash)
        return NewEvent(seq, actor.name, role, trigger, from_state, to_state, effective, recorded_at, payload, late,
                        prev_hash, digest)

    def _after(self, transition: Transition) -> None:
        for hook in self.hooks:
            hook(transition)

    # -- register ---------------------------------------------------------------------------

    def receipt_date(self, channel: str, dates: dict[str, date | None]) -> date:
        """The date of receipt by the channel's rule (Art. 31); refuses dates that do not fit it."""
        return receipt_date(self.vocabulary, channel, dates)

    def register(self, actor_name: str, data: dict[str, Any], effective: date | None = None) -> FireResult:
        """Register a new application; returns its case number in ``FireResult.case_no``."""
        data = {k: v for k, v in data.items() if v is not None and v != ""}
        for key in ("submitted", "signed_for", "confirmed"):
            if isinstance(data.get(key), str):
                try:
                    data[key] = parse_day(data[key])
                except ValueError as exc:
                    raise ValidationError(say.bad_register_date(key, str(exc))) from None
        if "channel" not in data:
            raise ValidationError(say.missing_channel())
        received = self.receipt_date(str(data["channel"]), data)
        effective = effective or self._today()
        self._check_effective(effective, None)
        if received > effective:
            raise ValidationError(say.received_after_registration(received, effective))
        definition = self.registry.for_received(received)
        trig = definition.register
        values = validate_fields("register", definition.plans["register"].fields, data, effective)
        with self._connections.write() as conn:
            repo = Repository(conn)
            agency_id = repo.agency_id(values["agency"])
            actor = self._actor(repo, actor_name, agency_id)
            role = self._role_for(trig, actor, agency_id, repo)
            agency = repo.agency_row(agency_id)
            number = repo.next_case_number(agency_id, received.year)
            case_no = f"{agency['prefix']}-{received.year}-{number:04d}"
            clocks = ClockSet(definition.clock_rules, [], self.calendar(), self.target_offset)
            ctx = TriggerContext("register", effective, received, values, actor.name)
            ledger = clocks.apply(ctx)
            event = self._event(case_no, 1, actor, role, "register", None, definition.initial, effective, values,
                                False, GENESIS)
            # the website's intake user hands the application to the agency: it waits, unassigned, for a clerk
            clerk_id = None if role == INTAKE_ROLE else actor.id
            case_id = repo.insert_case({
                "case_no": case_no, "agency_id": agency_id, "clerk_id": clerk_id,
                "definition_name": definition.name, "definition_version": definition.version,
                "state": definition.initial, "channel": values["channel"],
                "submitted_on": values.get("submitted"), "signed_for_on": values.get("signed_for"),
                "confirmed_on": values.get("confirmed"), "received_on": received,
                "applicant_type": values["applicant_type"], "applicant_name": values["applicant_name"],
                "id_number": values.get("id_number"), "credit_code": values.get("credit_code"),
                "phone": values.get("phone"),
                "address": values.get("address"), "email": values.get("email"), "subject": values["subject"],
                "form": values.get("form"), "delivery": values.get("delivery"), "extension_days": 0,
                "last_event_seq": 1, "last_event_on": effective, "last_event_hash": event.hash,
            })
            repo.append_event(case_id, event)
            repo.save_clocks(case_id, clocks.clocks.values(), ledger, 1)
            self._after(Transition(repo, {"id": case_id, "case_no": case_no, "agency_id": agency_id,
                                          "clerk_id": clerk_id, "state": definition.initial},
                                   "register", event, definition, list(clocks.clocks.values())))
        return FireResult(case_no, "register", None, definition.initial, effective, 1, False)

    # -- fire ---------------------------------------------------------------------------------

    def fire(self, case_no: str, trigger: str, actor_name: str, effective: date | None = None,
             data: dict[str, Any] | None = None, *, expected_version: int | None = None) -> FireResult:
        effective = effective or self._today()
        with self._connections.write() as conn:
            repo = Repository(conn)
            case, definition, trig, actor = self._load(repo, case_no, trigger, actor_name, expected_version)
            role = self._authorise(repo, case, definition, trig, actor)
            ctx, late = self._validate(repo, case, definition, trig, dict(data or {}), effective, actor)
            dest = self._route(ctx)
            ledger = self._apply_clocks(ctx, actor)
            changes, event = self._record(ctx, actor, role, dest, late, ledger)
            self._after(Transition(repo, {**case, **changes}, trigger, event, definition,
                                   list(ctx.clocks.clocks.values()) if ctx.clocks is not None else None))
        return FireResult(case_no, trigger, case["state"], dest, effective, event.seq, late, changes,
                          list(ctx.data.get(amend.DUE_DATES, [])))

    def _load(self, repo: Repository, case_no: str, trigger: str, actor_name: str,
              expected_version: int | None) -> tuple[dict[str, Any], Definition, TriggerDef, Actor]:
        case = repo.load_case(case_no, for_transition=True)
        if expected_version is not None and case["version"] != expected_version:
            # the caller acted on a view that is out of date: a conflict, whatever else would fail now
            raise ConflictError(say.conflict(case_no, case["state"], case["version"], expected_version))
        definition = self.registry.get(case["definition_name"], case["definition_version"])
        actor = self._actor(repo, actor_name, case["agency_id"])
        trig = definition.triggers.get(trigger)
        if trig is None:
            raise TransitionError(say.unknown_trigger(
                trigger, case["state"], self.allowed_triggers(definition, case["state"], actor.roles)))
        return case, definition, trig, actor

    def _authorise(self, repo: Repository, case: dict[str, Any], definition: Definition, trig: TriggerDef,
                   actor: Actor) -> str:
        role = self._role_for(trig, actor, case["agency_id"], repo)
        if trig.name not in self._machine(definition).triggers_from(case["state"]):
            raise TransitionError(say.not_allowed_in_state(
                case["case_no"], case["state"], definition.states[case["state"]].label, trig.name, trig.label,
                self.allowed_triggers(definition, case["state"], actor.roles)))
        return role

    def _validate(self, repo: Repository, case: dict[str, Any], definition: Definition, trig: TriggerDef,
                  data: dict[str, Any], effective: date, actor: Actor) -> tuple[GuardContext, bool]:
        """The checked context of the transition, and whether it comes after a statutory limit."""
        self._check_effective(effective, case)
        plan = definition.plans[trig.name]
        values = validate_fields(trig.name, plan.fields, data, effective)
        # clocks are loaded only for the triggers whose plan needs them: most transitions do not
        clocks = ClockSet(definition.clock_rules, repo.load_clocks(case["id"]), self.calendar(),
                          self.target_offset) if plan.needs_clocks else None
        ctx = GuardContext(definition, self.vocabulary, trig, case, values, effective, clocks, repo, self.settings)
        check_guards(ctx)
        if trig.amends:  # 更正登记信息: what changes, and whether the date of receipt may (workflow.engine.amend)
            amend.prepare(ctx)
        if trig.fee_tariff is not None:  # the amount is the tariff's, recorded with the event
            ctx.data.update({k: v for k, v in compute_fee(ctx).items() if v is not None})
        return ctx, self._late(ctx, actor)

    def _late(self, ctx: GuardContext, actor: Actor) -> bool:
        if ctx.clocks is None:
            return False
        late = ctx.clocks.late_actions(self._clock_context(ctx, actor))
        if late and not ctx.data.get("late_reason"):
            limits = [f"{self.vocabulary.label('clock_kinds', x.kind)} {x.due}" for x in late]
            raise ValidationError(say.late_without_reason(ctx.case["case_no"], limits))
        return bool(late)

    def _route(self, ctx: GuardContext) -> str:
        dest = self._machine(ctx.definition).route(ctx.case["state"], ctx.trigger.name,
                                                   lambda condition: CONDITIONS[condition](ctx))
        if dest is None:  # pragma: no cover - every routed trigger has an unconditional fallback
            raise TransitionError(say.no_transition(ctx.case["case_no"], ctx.trigger.name))
        return dest

    def _clock_context(self, ctx: GuardContext, actor: Actor) -> TriggerContext:
        return TriggerContext(ctx.trigger.name, ctx.effective, ctx.case["received_on"], ctx.data, actor.name)

    def _apply_clocks(self, ctx: GuardContext, actor: Actor) -> list[LedgerEntry]:
        ledger = ctx.clocks.apply(self._clock_context(ctx, actor)) if ctx.clocks is not None else []
        if ctx.trigger.amends:
            ledger = [*ledger, *amend.rebase_clocks(ctx, self.calendar(), self.target_offset)]
        return ledger

    def _record(self, ctx: GuardContext, actor: Actor, role: str, dest: str, late: bool,
                ledger: list[LedgerEntry]) -> tuple[dict[str, Any], NewEvent]:
        """The case-row changes and the audit event, written with the clocks and their ledger."""
        case = ctx.case
        changes: dict[str, Any] = {"state": dest}
        apply_effects(ctx, ctx.definition.plans[ctx.trigger.name].effects, changes)
        seq = case["last_event_seq"] + 1
        event = self._event(case["case_no"], seq, actor, role, ctx.trigger.name, case["state"], dest, ctx.effective,
                            ctx.data, late, case["last_event_hash"])
        ctx.repo.record_transition(case, changes, event)
        if ctx.clocks is not None:
            ctx.repo.save_clocks(case["id"], ctx.clocks.clocks.values(), ledger, seq)
        return changes, event

    # -- reassign: another clerk of the agency (workflow.engine.reassign) ------------------------

    def reassign(self, case_no: str, clerk: str, actor_name: str, reason: str, effective: date | None = None, *,
                 expected_version: int | None = None) -> ReassignResult:
        effective = effective or self._today()
        reason = " ".join((reason or "").split())
        if not reason or len(reason) > MAX_REASON:
            raise ValidationError(say.reassign_reason(MAX_REASON))
        with self._connections.write() as conn:
            repo = Repository(conn)
            case = repo.load_case(case_no, for_transition=True)
            if expected_version is not None and case["version"] != expected_version:
                raise ConflictError(say.conflict(case_no, case["state"], case["version"], expected_version))
            actor = self._actor(repo, actor_name, case["agency_id"])
            self._check_effective(effective, case)
            role, clerk_id, previous = check_reassign(repo, self.vocabulary, case, actor, clerk)
            seq = case["last_event_seq"] + 1
            event = self._event(case_no, seq, actor, role, REASSIGN_EVENT, case["state"], case["state"], effective,
                                {"clerk": clerk, "previous_clerk": previous, "reason": reason}, False,
                                case["last_event_hash"])
            repo.record_transition(case, {"clerk_id": clerk_id}, event)
        return ReassignResult(case_no, previous, clerk, seq, case["version"] + 1)

    # -- repin: another version of the case's regime --------------------------------------------

    def repin(self, case_no: str, to: str, actor_name: str, *, dry_run: bool = False) -> RepinResult:
        """Move an in-flight case to the version ``to`` of its regime when its history is valid under
        it (:mod:`workflow.engine.repin`); with ``dry_run``, say what would change and write nothing."""
        with (read(self._connections.engine) if dry_run else self._connections.write()) as conn:
            repo = Repository(conn)
            case = repo.load_case(case_no)  # the whole row: events keep personal data masked, replay needs it
            current = self.registry.get(case["definition_name"], case["definition_version"])
            actor = self._actor(repo, actor_name, case["agency_id"])
            if REPIN_ROLE not in actor.roles:
                raise TransitionError(say.role_required(
                    actor.name, repo.agency_row(case["agency_id"])["code"], f"case {REPIN_EVENT}", "变更适用版本",
                    [f"{REPIN_ROLE}（{self.vocabulary.label('roles', REPIN_ROLE)}）"], actor.roles))
            target = target_definition(self.registry, case, current, to)
            check_in_flight(case, current)
            replay = replay_history(
                Versions(target, self._machine(target), current, self.vocabulary), case, repo.events(case["id"]),
                {k: case[k] for k in _MASKED_IN_EVENTS}, calendar=self.calendar(),
                target_offset=self.target_offset, conn=conn)
            if replay.misfit is not None:
                m = replay.misfit
                raise TransitionError(say.repin_misfit(case_no, target.name, target.version, m.seq, m.trigger,
                                                       m.label, m.reason))
            check_open_under(case, target, replay.state)
            effective = max(self._today(), case["last_event_on"])
            clocks, ledger, changes = move_clocks(repo.load_clocks(case["id"]), replay.clocks, self.vocabulary,
                                                  effective, REPIN_LEDGER_ACTION,
                                                  {"from_version": current.version, "to_version": target.version})
            result = RepinResult(case_no, current.name, current.version, target.version, case["state"],
                                 target.states[case["state"]].label, effective, dry_run, changes)
            if dry_run:
                return result
            seq = case["last_event_seq"] + 1
            event = self._event(case_no, seq, actor, REPIN_ROLE, REPIN_EVENT, case["state"], case["state"],
                                effective, result.event_data(), False, case["last_event_hash"])
            repo.record_transition(case, {"definition_version": target.version}, event)
            repo.save_clocks(case["id"], clocks, ledger, seq)
            result.seq = seq
        return result
