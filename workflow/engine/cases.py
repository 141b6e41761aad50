"""The case engine: register applications and fire triggers, one transaction each.

``fire`` checks, in this order, and writes nothing until all pass: the case exists; the trigger is
in the case's definition; the actor holds one of the trigger's roles; the case's state allows the
trigger; the effective date is not in the future nor before the case's last event; the data fits
the trigger's fields; the guards pass; a late action carries a reason. Then one transaction
writes the new state, the clock changes and their ledger, one audit event, the side effects the
definition declares, and the outbox rows. A concurrent writer makes the version check fail: the
transaction rolls back and the caller gets a ``ConflictError``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from workflow.clocks.clockset import ClockSet, TriggerContext, by_identity
from workflow.engine.audit import GENESIS, canonical_json, event_hash
from workflow.engine.fields import validate_fields
from workflow.engine.guards import EFFECTS, GUARDS_NEEDING_CLOCKS, GuardContext, check_guards, routing_answers
from workflow.engine.hooks import Transition, TransitionHook
from workflow.engine.machine import machine_for
from workflow.errors import ConflictError, TransitionError, ValidationError
from workflow.identity import mask_id_number, mask_phone
from workflow.quicktext import utc_iso
from workflow.store.db import HeldConnection
from workflow.store.repository import Actor, NewEvent, Repository, roles_generation

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from workflow.clocks.calendar import WorkCalendar
    from workflow.definitions.model import Definition, FieldDef, Registry, TriggerDef

# personal data is kept in full on the case row only; the audit trail carries it masked
_MASKED_IN_EVENTS = {"id_number": mask_id_number, "phone": mask_phone}


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


@dataclass(frozen=True)
class _TriggerFacts:
    """What a transition needs to know of its trigger that only the definition decides."""

    fields: dict[str, FieldDef]  # the trigger's fields and the common ones
    needs_clocks: bool  # the trigger changes a clock or a guard reads one (a routing condition may too)
    extension_field: str | None  # the trigger extends the reply: the field giving the days


def _facts_of(definition: Definition, trig: TriggerDef) -> _TriggerFacts:
    ext = definition.clocks.get("reply", {}).get("extension")
    return _TriggerFacts(
        fields=definition.all_fields(trig),
        needs_clocks=definition.clocks_touched_by(trig.name) or any(g in GUARDS_NEEDING_CLOCKS for g, _ in trig.guards),
        extension_field=ext["field"] if ext and trig.name == ext["by"] else None)


_FACTS: dict[int, tuple[TriggerDef, _TriggerFacts]] = {}


def _trigger_facts(definition: Definition, trig: TriggerDef) -> _TriggerFacts:
    # a trigger object belongs to the one definition it was loaded with
    return by_identity(_FACTS, trig, lambda t: _facts_of(definition, t))


def today_in(tz: str = "Asia/Shanghai") -> date:
    return datetime.now(ZoneInfo(tz)).date()


class CaseEngine:
    # Who holds which role changes rarely and is read on every transition: it is cached for a few
    # seconds per process. A role granted or revoked elsewhere takes effect within ACTOR_TTL.
    ACTOR_TTL = 5.0

    def __init__(self, db: Engine, registry: Registry, *, calendar: Callable[[], WorkCalendar], target_offset: int,
                 today: Callable[[], date], hooks: Sequence[TransitionHook] = ()) -> None:
        """``calendar`` and ``today`` are asked on each transition (a calendar year loaded meanwhile
        applies at once); ``hooks`` run in order after each transition, inside its transaction."""
        self.registry = registry
        self.vocabulary = registry.vocabulary
        self.calendar, self.target_offset, self.hooks = calendar, target_offset, hooks
        self._today = today
        self._actors: dict[tuple[str, int], tuple[float, int, Actor]] = {}
        self._connections = HeldConnection(db)

    def _actor(self, repo: Repository, name: str, agency_id: int) -> Actor:
        key = (name, agency_id)
        now = time.monotonic()
        hit = self._actors.get(key)
        if hit and hit[0] > now and hit[1] == roles_generation():
            return hit[2]
        actor = repo.actor(name, agency_id)
        self._actors[key] = (now + self.ACTOR_TTL, roles_generation(), actor)
        return actor

    # -- helpers ----------------------------------------------------------------------------

    def _check_effective(self, effective: date, case: dict[str, Any] | None) -> None:
        today = self._today()
        if effective > today:
            raise ValidationError(f"办理日期 {effective} 晚于今天 {today} / the effective date may not be in the future")
        if case is not None and effective < case["last_event_on"]:
            raise ValidationError(
                f"办理日期 {effective} 早于该案上一事件日期 {case['last_event_on']} / the effective date may not be "
                f"before the case's last event")

    def _role_for(self, trig: TriggerDef, actor: Actor, agency_id: int, repo: Repository) -> str:
        for role in trig.roles:
            if role in actor.roles:
                return role
        agency_code = repo.agency_row(agency_id)["code"]
        labels = "、".join(f"{r}（{self.vocabulary.label('roles', r)}）" for r in trig.roles)
        raise TransitionError(
            f"{actor.name} 在 {agency_code} 没有执行 {trig.name}（{trig.label}）的角色 / role required: {labels}; "
            f"{actor.name} has: {', '.join(sorted(actor.roles)) or '(no role at this agency)'}")

    def allowed_triggers(self, definition: Definition, state: str, roles: frozenset[str] | None = None) -> list[str]:
        names = machine_for(definition).triggers_from(state)
        if roles is not None:
            names = [n for n in names if set(definition.triggers[n].roles) & roles]
        return names

    def _event(self, case_no: str, seq: int, actor: Actor, role: str, trigger: str, from_state: str | None,
               to_state: str, effective: date, data: dict[str, Any], late: bool, prev_hash: str) -> NewEvent:
        recorded_at = utc_iso(datetime.now(UTC))
        stored = data if data.keys().isdisjoint(_MASKED_IN_EVENTS) else {
            k: (_MASKED_IN_EVENTS[k](v) if k in _MASKED_IN_EVENTS and v else v) for k, v in data.items()}
        payload = canonical_json(stored)
        digest = event_hash(case_no=case_no, seq=seq, actor=actor.name, role=role, trigger=trigger,
                            from_state=from_state, to_state=to_state, effective_on=effective,
                            recorded_at=recorded_at, data=payload, late=late, prev_hash=prev_hash)
        return NewEvent(seq, actor.name, role, trigger, from_state, to_state, effective, recorded_at, payload, late,
                        prev_hash, digest)

    def _late_check(self, clocks: ClockSet, ctx: TriggerContext, data: dict[str, Any], case_no: str) -> bool:
        late = clocks.late_actions(ctx)
        if late and not data.get("late_reason"):
            limits = "; ".join(f"{self.vocabulary.label('clock_kinds', x.kind)} {x.due}" for x in late)
            raise ValidationError(
                f"{case_no}: 已超过法定期限（{limits}），须说明原因: --set late_reason=… / the action comes after its "
                f"statutory limit and needs a late_reason")
        return bool(late)

    def _after(self, transition: Transition) -> None:
        for hook in self.hooks:
            hook(transition)

    # -- register ---------------------------------------------------------------------------

    def receipt_date(self, channel: str, dates: dict[str, date | None]) -> date:
        """The date of receipt by the channel's rule (Art. 31); refuses dates that do not fit it."""
        entry = self.vocabulary.get("channels", channel)
        if entry is None:
            raise ValidationError(f"申请方式无效 {channel!r} / channel must be one of: "
                                  f"{', '.join(self.vocabulary.codes('channels'))}")
        field_name = entry.extra["receipt_from"]
        received = dates.get(field_name)
        if received is None:
            raise ValidationError(f"{channel}（{entry.label}）须填写 {field_name} 日期（收到申请之日依此确定） / "
                                  f"the {channel} channel needs the {field_name} date")
        submitted = dates.get("submitted")
        for other in ("signed_for", "confirmed"):
            if submitted and dates.get(other) and dates[other] < submitted:
                raise ValidationError(f"{other} 日期 {dates[other]} 早于提交日期 {submitted} / {other} may not be "
                                      f"before submitted")
        return received

    def register(self, actor_name: str, data: dict[str, Any], effective: date | None = None) -> FireResult:
        """Register a new application; returns its case number in ``FireResult.case_no``."""
        data = {k: v for k, v in data.items() if v is not None and v != ""}
        for key in ("submitted", "signed_for", "confirmed"):
            if isinstance(data.get(key), str):
                try:
                    data[key] = date.fromisoformat(data[key])
                except ValueError:
                    raise ValidationError(f"register: {key} 日期格式错误 {data[key]!r} / expects YYYY-MM-DD") from None
        if "channel" not in data:
            raise ValidationError("register: 缺少必填字段 channel（申请方式） / missing required field channel")
        received = self.receipt_date(str(data["channel"]), data)
        effective = effective or self._today()
        self._check_effective(effective, None)
        if received > effective:
            raise ValidationError(f"收到申请之日 {received} 晚于登记日期 {effective} / the date of receipt may not be "
                                  f"after the registration date")
        definition = self.registry.for_received(received)
        trig = definition.register
        values = validate_fields("register", definition.all_fields(trig), data, effective)
        with self._connections.write() as conn:
            repo = Repository(conn)
            agency_id = repo.agency_id(values["agency"])
            actor = self._actor(repo, actor_name, agency_id)
            role = self._role_for(trig, actor, agency_id, repo)
            agency = repo.agency_row(agency_id)
            number = repo.next_case_number(agency_id, received.year)
            case_no = f"{agency['prefix']}-{received.year}-{number:04d}"
            clocks = ClockSet(definition.clocks, [], self.calendar(), self.target_offset)
            ctx = TriggerContext("register", effective, received, values, actor.name)
            ledger = clocks.apply(ctx)
            event = self._event(case_no, 1, actor, role, "register", None, definition.initial, effective, values,
                                False, GENESIS)
            case_id = repo.insert_case({
                "case_no": case_no, "agency_id": agency_id, "clerk_id": actor.id,
                "definition_name": definition.name, "definition_version": definition.version,
                "state": definition.initial, "channel": values["channel"],
                "submitted_on": values.get("submitted"), "signed_for_on": values.get("signed_for"),
                "confirmed_on": values.get("confirmed"), "received_on": received,
                "applicant_type": values["applicant_type"], "applicant_name": values["applicant_name"],
                "id_number": values.get("id_number"), "phone": values.get("phone"),
                "address": values.get("address"), "email": values.get("email"), "subject": values["subject"],
                "form": values.get("form"), "delivery": values.get("delivery"), "extension_days": 0,
                "last_event_seq": 1, "last_event_on": effective, "last_event_hash": event.hash,
            })
            repo.append_event(case_id, event)
            repo.save_clocks(case_id, clocks.clocks.values(), ledger, 1)
            self._after(Transition(repo, {"id": case_id, "case_no": case_no, "agency_id": agency_id,
                                          "clerk_id": actor.id, "state": definition.initial},
                                   "register", event, definition, list(clocks.clocks.values())))
        return FireResult(case_no, "register", None, definition.initial, effective, 1, False)

    # -- fire ---------------------------------------------------------------------------------

    def fire(self, case_no: str, trigger: str, actor_name: str, effective: date | None = None,
             data: dict[str, Any] | None = None, *, expected_version: int | None = None) -> FireResult:
        data = dict(data or {})
        effective = effective or self._today()
        with self._connections.write() as conn:
            repo = Repository(conn)
            case = repo.load_case(case_no, for_transition=True)
            if expected_version is not None and case["version"] != expected_version:
                # the caller acted on a view that is out of date: a conflict, whatever else would fail now
                raise ConflictError(
                    f"案件 {case_no} 已被他人修改 / conflict: case {case_no} changed meanwhile (now in state "
                    f"{case['state']}, version {case['version']}; you had version {expected_version}); "
                    f"nothing was written")
            definition = self.registry.get(case["definition_name"], case["definition_version"])
            trig = definition.triggers.get(trigger)
            actor = self._actor(repo, actor_name, case["agency_id"])
            if trig is None:
                raise TransitionError(
                    f"未知操作 {trigger!r} / unknown trigger; allowed now in state {case['state']}: "
                    f"{', '.join(self.allowed_triggers(definition, case['state'], actor.roles)) or '(none)'}")
            role = self._role_for(trig, actor, case["agency_id"], repo)
            machine = machine_for(definition)
            if trigger not in machine.triggers_from(case["state"]):
                state_label = definition.states[case["state"]].label
                raise TransitionError(
                    f"{case_no} 处于“{state_label}”（{case['state']}），不能执行 {trigger}（{trig.label}） / not allowed "
                    f"in this state; allowed now: "
                    f"{', '.join(self.allowed_triggers(definition, case['state'], actor.roles)) or '(none)'}")
            self._check_effective(effective, case)
            facts = _trigger_facts(definition, trig)
            values = validate_fields(trigger, facts.fields, data, effective)
            conditions = machine.conditions_for(trigger, case["state"])
            needs_clocks = facts.needs_clocks or "consultations_outstanding" in conditions
            clocks = ClockSet(definition.clocks, repo.load_clocks(case["id"]) if needs_clocks else [],
                              self.calendar(), self.target_offset)
            gctx = GuardContext(definition, self.vocabulary, trig, case, values, effective, clocks, repo)
            check_guards(gctx)
            tctx = TriggerContext(trigger, effective, case["received_on"], values, actor.name)
            late = self._late_check(clocks, tctx, values, case_no) if needs_clocks else False
            answers = routing_answers(gctx, conditions)
            dest = machine.resolve(case["state"], trigger, answers)
            if dest is None:  # pragma: no cover - every routed trigger has an unconditional fallback
                raise TransitionError(f"{case_no}: 没有适用的转换 / no transition of {trigger} applies")
            ledger = clocks.apply(tctx) if needs_clocks else []
            changes: dict[str, Any] = {"state": dest}
            if trig.sets_outcome:
                changes["outcome"] = trig.sets_outcome
                changes["basis"] = None
            elif "outcome" in trig.fields:
                changes["outcome"] = values["outcome"]
                changes["basis"] = values.get("basis")
            if trig.concludes and case["concluded_on"] is None:
                changes["concluded_on"] = effective
            if facts.extension_field is not None:
                changes["extension_days"] = int(values[facts.extension_field])
            for effect in trig.effects:
                EFFECTS[effect](gctx, changes)
            seq = case["last_event_seq"] + 1
            event = self._event(case_no, seq, actor, role, trigger, case["state"], dest, effective, values, late,
                                case["last_event_hash"])
            repo.record_transition(case, changes, event)
            if needs_clocks:
                repo.save_clocks(case["id"], clocks.clocks.values(), ledger, seq)
            self._after(Transition(repo, {**case, **changes}, trigger, event, definition,
                                   list(clocks.clocks.values()) if needs_clocks else None))
        return FireResult(case_no, trigger, case["state"], dest, effective, seq, late, changes)
