"""Moving an in-flight case to another version of its regime (``CaseEngine.repin``, ``disclosure case repin``).

A correction of a lifecycle ships as a new version of its definition file; new registrations take
it, and the cases already running stay on the version they were registered under until an
administrator moves them. A case moves only:

* to a **newer** version of **its own regime** (the date of receipt decides the regime) that covers
  its date of receipt, and not to the version it has;
* while it is **in flight** (its state is open) and stays in flight under the new version;
* when its **history is valid** under the new version (:mod:`workflow.engine.replay` says what that
  means); otherwise the refusal names the first event that does not fit and why.

What a repin writes, in one transaction under the case's version check: the case's
``definition_version``; the clocks as the new version's rules derive them from the same events
(a due date may move: each clock's due date before and after is in the result, in the audit event
and on a ``repin`` line of the clock ledger; an open clock the new version does not derive ends);
and one audit event ``repin`` (role ``admin``, state unchanged, data: the versions and the clocks
that changed) in the case's hash chain. ``dry_run`` works it all out and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from workflow.clocks.clockset import ClockSet, ClockState, LedgerEntry
from workflow.definitions.model import Definition, Registry, Vocabulary
from workflow.engine import messages as say
from workflow.errors import TransitionError, ValidationError
from workflow.isotext import iso_or_none

REPIN_EVENT = "repin"  # the audit event's trigger: the engine's own, not a lifecycle trigger
REPIN_ROLE = "admin"  # 系统管理员: agencies, users, calendars, definitions (vocabulary.md, roles)
LEDGER_ACTION = "repin"
_LIVE = {"running", "paused", "stopped"}


@dataclass(frozen=True)
class ClockChange:
    """One clock before and after the move (``None``: it has no such clock on that side)."""

    kind: str
    label: str
    party: str
    status_before: str | None
    status_after: str | None
    due_before: date | None
    due_after: date | None
    provisional: bool = False

    @property
    def live(self) -> bool:
        """Running, paused or stopped on either side: a clock the office still works against."""
        return bool({self.status_before, self.status_after} & _LIVE)

    @property
    def changed(self) -> bool:
        return (self.status_before, self.due_before) != (self.status_after, self.due_after)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": self.label, "party": self.party or None,
                "status_before": self.status_before, "status_after": self.status_after,
                "due_before": iso_or_none(self.due_before), "due_after": iso_or_none(self.due_after),
                "provisional": self.provisional, "changed": self.changed}


@dataclass
class RepinResult:
    case_no: str
    regime: str
    from_version: str
    to_version: str
    state: str
    state_label: str
    effective: date
    dry_run: bool
    clocks: list[ClockChange] = field(default_factory=list)
    seq: int | None = None  # the audit event written (None on a dry run)

    def event_data(self) -> dict[str, Any]:
        """What the audit event records: the versions and the clocks that changed."""
        return {"definition": self.regime, "from_version": self.from_version, "to_version": self.to_version,
                "clocks": [c.to_json() for c in self.clocks if c.changed]}

    def to_json(self) -> dict[str, Any]:
        return {"case_no": self.case_no, "regime": self.regime, "from_version": self.from_version,
                "to_version": self.to_version, "state": self.state, "state_label": self.state_label,
                "effective": self.effective.isoformat(), "dry_run": self.dry_run, "seq": self.seq,
                "clocks": [c.to_json() for c in self.clocks]}


def target_definition(registry: Registry, case: dict[str, Any], current: Definition, to: str) -> Definition:
    """The version ``to`` names (``2`` or ``GIR2019-2``), once it is one this case may move to."""
    regime, _, version = to.strip().rpartition("-")
    regime = regime or current.name
    case_no = case["case_no"]
    if regime != current.name:
        raise ValidationError(say.repin_other_regime(case_no, current.name, to))
    known = registry.versions(regime)
    if version not in known:
        raise ValidationError(say.repin_unknown_version(regime, version, known))
    if version == current.version:
        raise ValidationError(say.repin_same_version(case_no, regime, version))
    if known.index(version) < known.index(current.version):
        raise ValidationError(say.repin_older_version(case_no, regime, current.version, version))
    target = registry.get(regime, version)
    if not target.applies_to(case["received_on"]):
        span = f"{target.applies_from}–{target.applies_until or ''}"
        raise ValidationError(say.repin_not_in_force(case_no, regime, version, case["received_on"], span))
    return target


def check_in_flight(case: dict[str, Any], current: Definition) -> None:
    state = current.states[case["state"]]
    if not state.is_open:
        raise TransitionError(say.repin_concluded(case["case_no"], state.name, state.label))


def check_open_under(case: dict[str, Any], target: Definition, replayed_state: str | None) -> None:
    if replayed_state != case["state"]:
        raise TransitionError(say.misfit_history_ends(replayed_state, case["state"]))
    if not target.states[case["state"]].is_open:
        raise TransitionError(say.repin_not_open_there(case["case_no"], target.name, target.version, case["state"]))


def move_clocks(before: list[ClockState], replayed: ClockSet, vocabulary: Vocabulary, effective: date,
                action: str, note: dict[str, Any]) -> tuple[list[ClockState], list[LedgerEntry], list[ClockChange]]:
    """The clocks to save (the replayed ones on the rows they replace; an open clock the replay does
    not derive, ended), the ledger lines (``action``, with ``note``) of those that changed, and every
    clock before and after. A repin moves clocks so, and an amended date of receipt."""
    old = {(c.kind, c.party): c for c in before}
    keep: list[ClockState] = []
    for key, new in replayed.clocks.items():
        row = old.get(key)
        if row is not None:  # the same row, so that its ledger and alerts stay with it
            new.id, new.stored = row.id, row.stored
        new.dirty = True
        keep.append(new)
    for key, row in old.items():
        if key in replayed.clocks:
            continue
        if row.is_open:
            ended = ClockState(kind=row.kind, party=row.party, status="ended", started_on=row.started_on,
                               due_on=row.due_on, target_on=row.target_on, ended_on=effective,
                               provisional=row.provisional, breached=row.breached, spec=dict(row.spec),
                               id=row.id, dirty=True, stored=row.stored)
            keep.append(ended)
        else:
            keep.append(row)
    after = {(c.kind, c.party): c for c in keep}
    changes: list[ClockChange] = []
    ledger: list[LedgerEntry] = []
    for key in [*old, *(k for k in after if k not in old)]:
        was, now = old.get(key), after.get(key)
        change = ClockChange(key[0], vocabulary.label("clock_kinds", key[0]), key[1],
                             was.status if was else None, now.status if now else None,
                             was.due_on if was else None, now.due_on if now else None,
                             bool(now and now.provisional))
        changes.append(change)
        if change.changed:
            ledger.append(LedgerEntry(key[0], key[1], action, effective, change.due_before, change.due_after,
                                      {**note, "status_before": change.status_before, "status": change.status_after}))
    return keep, ledger, changes
