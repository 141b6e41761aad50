"""Statutory clocks: how a trigger changes a case's clocks, and how a due date is derived.

Pure functions over plain data; no database. A clock's ``spec`` holds the inputs of its derivation
(start, length, closed pauses, an open pause, extension, a set date); the due date is always
recomputed from them, so loading a new calendar is a recomputation, never an edit.

Conventions (rules.md section 4): the start day is not counted; a pause from S to R removes the
working days in (S, R]; a restart counts afresh from the day the corrected application arrived.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from workflow.definitions.clockrules import ClockRule, PauseRule
from workflow.isotext import iso_or_none

OPEN_STATUSES = ("running", "paused")


class Calendar(Protocol):
    def add_working_days(self, start: date, n: int) -> date: ...
    def working_days_in(self, a: date, b: date) -> int: ...
    def any_provisional(self, a: date, b: date) -> bool: ...


@dataclass
class ClockState:
    kind: str
    party: str = ""
    status: str = "running"
    started_on: date | None = None
    due_on: date | None = None
    target_on: date | None = None
    ended_on: date | None = None
    provisional: bool = False
    breached: bool = False
    spec: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    dirty: bool = False
    # the row as stored (column -> value), so a save writes only the columns that changed: each
    # index over a changed column costs a page write at commit
    stored: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class LedgerEntry:
    """One line of a clock's ledger (table ``clock_event``)."""

    kind: str
    party: str
    action: str  # start | pause | resume | restart | stop | extend | delay | met | lapse | end | recompute
    on_date: date
    due_before: date | None
    due_after: date | None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LateAction:
    """A statutory limit the action comes after: the engine requires and records a reason."""

    kind: str
    party: str
    due: date


def _d(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def derive_due(spec: dict[str, Any], cal: Calendar) -> date | None:
    """The legal due date from a clock's derivation inputs (the open pause, if any, not counted)."""
    if spec.get("delayed_to"):
        return _d(spec["delayed_to"])
    if spec.get("fixed_due"):
        return _d(spec["fixed_due"])
    start = _d(spec.get("start"))
    if start is None or spec.get("length") is None:
        return None
    paused = sum(cal.working_days_in(_d(s), _d(r)) for s, r in spec.get("pauses", []))
    return cal.add_working_days(start, int(spec["length"]) + paused + extension_counted(spec, cal))


def due_before_extension(spec: dict[str, Any], cal: Calendar, on: date) -> date | None:
    """The due date in force on ``on`` leaving the extension out: the pauses begun by then count up
    to that day (a pause still open on ``on`` counts up to it too)."""
    start = _d(spec.get("start"))
    if start is None or spec.get("length") is None:
        return None
    spans = [(_d(s), _d(r)) for s, r in spec.get("pauses", [])]
    if spec.get("open_pause"):
        spans.append((_d(spec["open_pause"]["since"]), on))
    paused = sum(cal.working_days_in(s, min(r, on)) for s, r in spans if s is not None and r is not None and s < on)
    return cal.add_working_days(start, int(spec["length"]) + paused)


def extension_counted(spec: dict[str, Any], cal: Calendar) -> int:
    """The working days of the extension that move the due date: all of them, or none when it was
    granted after the due date in force that day. Both regulations let an extension be approved
    and notified only within the period (2019 Art. 33 ¶2; 2008 Art. 24 ¶2): a late one extends
    nothing, whatever history (an import, a case handled under an earlier version) records it."""
    ext = spec.get("extension") or {}
    days = int(ext.get("days", 0))
    granted = _d(ext.get("on"))
    if not days or granted is None:
        return days
    due = due_before_extension(spec, cal, granted)
    return days if due is None or granted <= due else 0


def refresh(clock: ClockState, cal: Calendar, target_offset: int) -> bool:
    """Recompute due, target and provisional from the spec; True when the due date moved."""
    before = clock.due_on
    if clock.status == "stopped":
        clock.due_on = clock.target_on = None
        clock.provisional = False
        clock.dirty = True
        return before is not None
    due = derive_due(clock.spec, cal)
    clock.due_on = due
    clock.target_on = cal.add_working_days(due, -target_offset) if due and target_offset else due
    start = _d(clock.spec.get("start")) or due
    clock.provisional = bool(due and cal.any_provisional(min(start, due), due))
    clock.dirty = True
    return before != due


@dataclass
class TriggerContext:
    trigger: str
    effective: date
    received: date
    data: dict[str, Any]
    actor: str


class ClockSet:
    """A case's clocks keyed by (kind, party), with the definition's clock rules applied to them."""

    def __init__(self, rules: Mapping[str, ClockRule], clocks: list[ClockState],
                 cal: Calendar, target_offset: int = 1) -> None:
        """``rules``: a definition's compiled clock rules (``Definition.clock_rules``) or a subset of them."""
        self.rules = rules
        self.clocks = {(c.kind, c.party): c for c in clocks}
        self.cal = cal
        self.target_offset = target_offset
        self.ledger: list[LedgerEntry] = []

    # -- queries used by guards and routing -------------------------------------------------

    def get(self, kind: str, party: str = "") -> ClockState | None:
        return self.clocks.get((kind, party))

    def running(self, kind: str, party_kinds: list[str] | None = None) -> list[ClockState]:
        return [
            c for c in self.clocks.values()
            if c.kind == kind and c.is_open and (not party_kinds or c.spec.get("party_kind") in party_kinds)
        ]

    def _party(self, rule: ClockRule, data: dict[str, Any]) -> str:
        return str(data.get(rule.per_party.name_field, "")) if rule.per_party else ""

    def late_actions(self, ctx: TriggerContext) -> list[LateAction]:
        """Statutory limits this trigger comes after (evaluated before the trigger changes anything)."""
        late: list[LateAction] = []
        for kind, rule in self.rules.items():
            met_late, ext_late = rule.late_limits(ctx.trigger)
            checks = []
            if met_late:
                checks.append(self.get(kind, self._party(rule, ctx.data)))
            if ext_late:
                checks.append(self.get(kind))
            for clock in checks:
                # an ended correction-notice clock still has its limit: a notice sent after it is late
                due = self.due_in_force(clock, ctx.effective) if clock and clock.status != "met" else None
                if due and ctx.effective > due:
                    late.append(LateAction(kind, clock.party, due))
        return late

    def due_in_force(self, clock: ClockState, on: date) -> date | None:
        """The due date on ``on``: a paused clock does not run, so its open pause counts up to that day."""
        pause = clock.spec.get("open_pause")
        if clock.status != "paused" or not pause or not clock.due_on:
            return clock.due_on
        spec = {**clock.spec, "pauses": [*clock.spec.get("pauses", []), [pause["since"], on.isoformat()]]}
        return derive_due(spec, self.cal) or clock.due_on

    # -- applying a trigger -----------------------------------------------------------------

    def apply(self, ctx: TriggerContext) -> list[LedgerEntry]:
        for kind, rule in self.rules.items():
            named = rule.parts_naming(ctx.trigger)
            if named:
                self._apply_rule(kind, rule, named, ctx)
        for kind, rule in self.rules.items():
            self._open_pauses(kind, rule.pauses_by.get(ctx.trigger, ()), ctx)
        self._close_pauses(ctx)
        return self.ledger

    def _log(self, clock: ClockState, action: str, on: date, before: date | None, **data: Any) -> None:
        self.ledger.append(LedgerEntry(clock.kind, clock.party, action, on, before, clock.due_on,
                                       {k: v for k, v in data.items() if v is not None}))

    def _finish(self, clock: ClockState, status: str, on: date, action: str) -> None:
        before = clock.due_on
        clock.status = status
        clock.ended_on = on
        if status == "met" and clock.due_on and on > clock.due_on:
            clock.breached = True
        clock.dirty = True
        self._log(clock, action, on, before)

    def _apply_rule(self, kind: str, rule: ClockRule, named: frozenset[str], ctx: TriggerContext) -> None:
        """Apply one clock rule; ``named``: the parts of the rule (met, end, …) that name the trigger."""
        on = ctx.effective
        per_party = rule.per_party
        if per_party and not ctx.data.get(per_party.name_field) and "end" in named:
            # a trigger naming no party (withdraw) ends the clocks of every party
            for other in [c for c in self.clocks.values() if c.kind == kind and c.is_open]:
                self._finish(other, "ended", on, "end")
        party = self._party(rule, ctx.data)
        clock = self.get(kind, party)
        if clock and clock.status == "ended" and "met" in named:
            self._finish(clock, "met", on, "met")
        elif clock and clock.status == "stopped" and "end" in named:
            # withdrawn or lapsed while waiting for a correction: the stopped clock is over
            self._finish(clock, "ended", on, "end")
        elif clock and clock.is_open:
            if "met" in named:
                self._finish(clock, "met", on, "met")
            elif "lapse" in named:
                self._finish(clock, "lapsed", on, "lapse")
            elif "end" in named:
                self._finish(clock, "ended", on, "end")
            elif "stop" in named:
                before = clock.due_on
                clock.status = "stopped"
                clock.spec["open_pause"] = None
                refresh(clock, self.cal, self.target_offset)
                self._log(clock, "stop", on, before)
        if clock and "restart" in named and clock.status in ("stopped", "met", "ended", "lapsed"):
            before = clock.due_on
            clock.status, clock.ended_on, clock.breached, clock.started_on = "running", None, False, on
            clock.spec.update(start=on.isoformat(), pauses=[], open_pause=None, delayed_to=None)
            refresh(clock, self.cal, self.target_offset)
            self._log(clock, "restart", on, before)
        start = rule.part("start")
        if start and "start" in named and (clock is None or not clock.is_open):
            begin = self._start_date(start.date, ctx)
            spec: dict[str, Any] = {"start": begin.isoformat(), "length": rule.length, "pauses": [],
                                    "open_pause": None}
            if rule.due_field:
                spec["fixed_due"] = iso_or_none(_d(ctx.data[rule.due_field]))
            if per_party:
                spec["party_kind"] = ctx.data.get(per_party.kind_field)
            new = ClockState(kind=kind, party=party, started_on=begin, spec=spec,
                             id=clock.id if clock else None, dirty=True)
            refresh(new, self.cal, self.target_offset)
            self.clocks[(kind, party)] = clock = new
            self._log(new, "start", on, None, rule=start.date)
        ext = rule.part("extension")
        if clock and clock.is_open and ext and "extension" in named:
            before = clock.due_on
            clock.spec["extension"] = {"days": int(ctx.data[ext.field]), "approved_by": ctx.actor,
                                       "on": on.isoformat(), "reason": ctx.data.get("reason")}
            refresh(clock, self.cal, self.target_offset)
            counted = extension_counted(clock.spec, self.cal) > 0
            self._log(clock, "extend", on, before, days=int(ctx.data[ext.field]), approved_by=ctx.actor,
                      counted=None if counted else False)
        delay = rule.part("delay")
        if clock and clock.is_open and delay and "delay" in named and ctx.data.get(delay.field):
            before = clock.due_on
            clock.spec["delayed_to"] = iso_or_none(_d(ctx.data[delay.field]))
            refresh(clock, self.cal, self.target_offset)
            self._log(clock, "delay", on, before, set_by=ctx.actor, reason=ctx.data.get("reason"))

    def _start_date(self, rule: str, ctx: TriggerContext) -> date:
        if rule == "received":
            return ctx.received
        if rule.startswith("field:"):
            value = _d(ctx.data.get(rule[len("field:"):]))
            return value or ctx.effective
        return ctx.effective

    def _open_pauses(self, kind: str, pauses: tuple[PauseRule, ...], ctx: TriggerContext) -> None:
        for pause in pauses:
            # the spec is stored as JSON: a list, as it reads back
            party_kinds = list(pause.party_kinds) if pause.party_kinds else None
            if party_kinds and ctx.data.get("party_kind") not in party_kinds:
                continue
            for clock in [c for c in self.clocks.values() if c.kind == kind and c.status == "running"]:
                clock.status = "paused"
                clock.spec["open_pause"] = {"since": ctx.effective.isoformat(), "reason": pause.label,
                                            "while_clock": pause.while_clock,
                                            "party_kinds": party_kinds}
                clock.dirty = True
                self._log(clock, "pause", ctx.effective, clock.due_on, reason=pause.label or None)

    def _close_pauses(self, ctx: TriggerContext) -> None:
        for clock in self.clocks.values():
            pause = clock.spec.get("open_pause")
            if clock.status != "paused" or not pause:
                continue
            if self.running(pause["while_clock"], pause.get("party_kinds")):
                continue
            # the pause ends when the last clock it waited on ended: its answer came back, or its window
            # closed. Several consultations pause once, over the union of their periods.
            since = _d(pause["since"])
            resume = since
            for waited in self.clocks.values():
                if (waited.kind != pause["while_clock"] or waited.is_open or waited.ended_on is None
                        or (pause.get("party_kinds") and waited.spec.get("party_kind") not in pause["party_kinds"])):
                    continue
                end = waited.ended_on
                if waited.status == "lapsed" and waited.due_on:
                    end = min(end, waited.due_on)
                resume = max(resume, end)
            before = clock.due_on
            clock.spec["pauses"] = [*clock.spec.get("pauses", []), [pause["since"], resume.isoformat()]]
            clock.spec["open_pause"] = None
            clock.status = "running"
            refresh(clock, self.cal, self.target_offset)
            self._log(clock, "resume", resume, before,
                      removed_working_days=self.cal.working_days_in(since, resume), reason=pause.get("reason"))

    def recompute(self, on: date) -> list[LedgerEntry]:
        """Re-derive every open clock with the current calendar; ledger lines for the ones that moved."""
        moved: list[LedgerEntry] = []
        for clock in self.clocks.values():
            if not clock.is_open:
                continue
            before, was_provisional = clock.due_on, clock.provisional
            if refresh(clock, self.cal, self.target_offset) or was_provisional != clock.provisional:
                entry = LedgerEntry(clock.kind, clock.party, "recompute", on, before, clock.due_on,
                                    {"provisional_before": was_provisional, "provisional": clock.provisional})
                moved.append(entry)
                self.ledger.append(entry)
        return moved
