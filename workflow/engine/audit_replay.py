"""Does each case row say what its audit trail says? Its events replayed through its definition.

A hash chain proves the events were not changed; it says nothing of the case row beside them, which
the annual report counts. ``audit verify`` therefore replays each case's events under the version
of its definition (:mod:`workflow.engine.replay`, what ``case repin`` uses) and compares the row:
its state, the columns the effects set from events (outcome, basis, concluded, delivered, extension
days, file number), the registration's columns as registered and amended (the date of receipt by the
channel's rule; not the ID number and phone, which the trail keeps masked) and its clocks (status
and due date of each). ``UPDATE disclosure_case SET
outcome = 'disclosed'`` is then reported even though no event was touched.

A case imported from a ledger starts with an ``import`` event that carries the ledger row, not a
registration: only its state is compared with the trail's last event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from workflow.clocks.clockset import Calendar
from workflow.definitions.model import Registry
from workflow.engine.audit import BrokenLink
from workflow.engine.machine import LifecycleMachine
from workflow.engine.replay import REGISTER, Versions, replay_history
from workflow.store.models import disclosure_case
from workflow.store.repository import Repository

MASKED = ("id_number", "phone")  # kept masked in events (CaseEngine._MASKED_IN_EVENTS): read from the row


@dataclass(frozen=True)
class ReplaySetting:
    registry: Registry
    calendar: Calendar
    target_offset: int


def _differences(case: Mapping[str, Any], expected: Mapping[str, Any]) -> list[str]:
    return [f"{column}: row {case[column]!s}, events {value!s}" for column, value in expected.items()
            if case[column] != value]


def _clock_differences(repo: Repository, case_id: int, replayed: Mapping[tuple[str, str], Any]) -> list[str]:
    stored = {(c.kind, c.party): c for c in repo.load_clocks(case_id)}
    out = []
    for key, clock in replayed.items():
        row = stored.get(key)
        if row is None or (row.status, row.due_on) != (clock.status, clock.due_on):
            was = f"{row.status} {row.due_on}" if row else "none"
            out.append(f"clock {'/'.join(k for k in key if k)}: row {was}, events {clock.status} {clock.due_on}")
    # an open clock the history does not derive (a repin ends those it leaves behind)
    out += [f"clock {'/'.join(k for k in key if k)}: row {row.status}, events none" for key, row in stored.items()
            if key not in replayed and row.is_open]
    return out


def row_mismatches(conn: Connection, setting: ReplaySetting, case_id: int | None = None,
                   skip: Iterable[str] = ()) -> list[BrokenLink]:
    """The cases (all, or one) whose row is not what replaying their events gives; ``skip``: case
    numbers already reported (a broken chain is not replayed)."""
    repo, skipped = Repository(conn), set(skip)
    machines: dict[tuple[str, str], LifecycleMachine] = {}
    stmt = select(disclosure_case).order_by(disclosure_case.c.id)
    if case_id is not None:
        stmt = stmt.where(disclosure_case.c.id == case_id)
    broken = []
    for case in [dict(r) for r in conn.execute(stmt).mappings()]:
        if case["case_no"] in skipped:
            continue
        events = repo.events(case["id"])
        if not events:
            continue
        last = events[-1]["seq"]
        if events[0]["trigger"] != REGISTER:
            found = _differences(case, {"state": events[-1]["to_state"]})
        else:
            definition = setting.registry.get(case["definition_name"], case["definition_version"])
            machine = machines.get(definition.key) or machines.setdefault(definition.key, LifecycleMachine(definition))
            replay = replay_history(Versions(definition, machine, definition, setting.registry.vocabulary), case,
                                    events, {k: case[k] for k in MASKED}, calendar=setting.calendar,
                                    target_offset=setting.target_offset, conn=conn)
            if replay.misfit is not None:
                m = replay.misfit
                broken.append(BrokenLink(case["case_no"], m.seq, f"事件无法按定义重演 / the trail does not replay "
                                                                  f"under {definition.name}-{definition.version}: {m.reason}"))
                continue
            found = _differences(case, {"state": replay.state, **replay.row})
            found += _clock_differences(repo, case["id"], replay.clocks.clocks)
        if found:
            broken.append(BrokenLink(case["case_no"], last, "案件记录与审计事件不符 / the case row is not what its "
                                                            "events say: " + "; ".join(found)))
    return broken
