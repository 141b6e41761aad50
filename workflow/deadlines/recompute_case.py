"""The recomputation of one case's open clocks after a calendar change, in one transaction.

What a recomputation writes, per case, in one transaction:

* a **due date moved**: the clocks and their ledger lines (``recompute``), one audit event
  ``recompute_deadline`` (state unchanged, actor and role ``system``) in the case's hash chain under
  the case's version check, and one outbox notice per moved clock to the case's clerk;
* only the **provisional flag** (or the internal target) changed: the clock row and a ``recompute``
  ledger line, no audit event and no notice: the date the office must meet did not change, and the
  ledger keeps the change for ``deadline explain``;
* nothing changed but the fingerprints: they are stored (bookkeeping), nothing else.

The case row is locked by its version (optimistic check) in every case, so a concurrent transition
either waits for the recomputation or fails with a conflict and is retried, never overwrites it.
A recomputation that meets a conflict itself is retried by ``workflow.deadlines.recompute.recompute``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import update

from workflow.clocks.calendar import WorkCalendar
from workflow.clocks.clockset import ClockSet, ClockState, LedgerEntry
from workflow.deadlines.fingerprints import clock_fingerprints, stale_years, touched_years
from workflow.errors import ConflictError
from workflow.isotext import iso_or_none
from workflow.outbox.recipients import queue_to_user
from workflow.store.db import write
from workflow.store.models import disclosure_case
from workflow.store.repository import SYSTEM_USER, Actor, Repository

if TYPE_CHECKING:
    from workflow.runtime import Runtime

TRIGGER = "recompute_deadline"
SYSTEM_ROLE = "system"
NOTICE_KIND = "recompute"
NOTICE_TEMPLATE = "calendar_recompute"

__all__ = ["CaseChange", "recompute_case", "recomputed"]


@dataclass
class CaseChange:
    """What one case's recomputation changed: moved due dates, flag-only changes, notices queued."""

    moves: list[dict[str, Any]]
    flags: list[dict[str, Any]]
    notices: int


def _system_actor(repo: Repository) -> Actor:
    return Actor(repo.add_user(SYSTEM_USER, display_name="系统"), SYSTEM_USER, frozenset({SYSTEM_ROLE}))


def _lock(repo: Repository, case: dict[str, Any]) -> None:
    """Hold the case row under its version without an audit event (a flag-only or bookkeeping write)."""
    result = repo.conn.execute(
        update(disclosure_case)
        .where(disclosure_case.c.id == case["id"], disclosure_case.c.version == case["version"])
        .values(version=disclosure_case.c.version)
    )
    if result.rowcount != 1:
        raise ConflictError(f"案件 {case['case_no']} 已被他人修改 / case {case['case_no']} changed meanwhile")


def _reported_year(years: list[int] | None, stale: set[int], entries: list[LedgerEntry], on: date) -> int:
    """The calendar year an event names: the loaded year; else the year of a moved due date that was
    computed with another calendar (a clock without fingerprints counts every year it touches)."""
    if years:
        return min(years)
    dues = [e.due_after.year for e in entries if e.due_after and e.due_after.year in stale]
    return max(dues) if dues else (max(stale) if stale else on.year)


def recomputed(services: Runtime, case: dict[str, Any], clocks: list[ClockState], cal: WorkCalendar,
               on: date) -> tuple[date, list[LedgerEntry]]:
    """``(effective day, ledger entries)`` of re-deriving ``clocks`` with ``cal`` as of ``on`` (never
    before the case's last event). The clock objects are updated in place; nothing is written."""
    definition = services.registry.get(case["definition_name"], case["definition_version"])
    effective = max(on, case["last_event_on"])
    return effective, ClockSet(definition.clock_rules, clocks, cal, services.target_offset).recompute(effective)


def recompute_case(services: Runtime, case_no: str, on: date, years: list[int] | None) -> CaseChange | None:
    """Recompute ``case_no``'s open clocks as of ``on`` in one write transaction; None when nothing
    changed (not even the fingerprints). Raises ConflictError when the case changed meanwhile."""
    cal = services.calendar
    vocab = services.registry.vocabulary
    with write(services.db) as conn:
        repo = Repository(conn)
        case = repo.load_case(case_no)
        clocks = repo.load_clocks(case["id"])
        before = {
            (c.kind, c.party): (c.due_on, c.target_on, c.provisional, c.spec.get("calendar")) for c in clocks
        }
        stale: set[int] = set()
        for c in clocks:
            if c.is_open:
                span = touched_years(c.started_on, c.due_on, c.target_on, c.spec)
                stale.update(stale_years(c.spec.get("calendar"), span, cal))
        effective, entries = recomputed(services, case, clocks, cal, on)
        changed = False
        for c in clocks:
            c.dirty = False
            if not c.is_open:
                continue
            c.spec["calendar"] = clock_fingerprints(c, cal)
            if (c.due_on, c.target_on, c.provisional, c.spec["calendar"]) != before[(c.kind, c.party)]:
                c.dirty = changed = True
        if not changed:
            return None
        year = _reported_year(years, stale, entries, effective)
        source = cal.source_detail(year)
        ledger = [
            LedgerEntry(
                e.kind,
                e.party,
                e.action,
                e.on_date,
                e.due_before,
                e.due_after,
                {**e.data, "year": year, "source": source},
            )
            for e in entries
        ]
        described = [
            {
                "case_no": case_no,
                "kind": e.kind,
                "label": vocab.label("clock_kinds", e.kind),
                "party": e.party or None,
                "old_due": iso_or_none(e.due_before),
                "new_due": iso_or_none(e.due_after),
                "provisional_before": e.data.get("provisional_before"),
                "provisional": e.data.get("provisional"),
            }
            for e in entries
        ]
        moves = [m for m in described if m["old_due"] != m["new_due"]]
        flags = [m for m in described if m["old_due"] == m["new_due"]]
        if not moves:
            _lock(repo, case)
            repo.save_clocks(case["id"], clocks, ledger, None)
            return CaseChange([], flags, 0)
        seq = case["last_event_seq"] + 1
        data = {
            "year": year,
            "source": source,
            "years": sorted(stale) or [year],
            "clocks": [{k: v for k, v in m.items() if k != "case_no"} for m in moves],
        }
        event = services.cases._event(
            case_no,
            seq,
            _system_actor(repo),
            SYSTEM_ROLE,
            TRIGGER,
            case["state"],
            case["state"],
            effective,
            data,
            False,
            case["last_event_hash"],
        )
        repo.record_transition(case, {}, event)
        repo.save_clocks(case["id"], clocks, ledger, seq)
        notices = sum(_notify(services, repo, case, m, year, source) for m in moves)
        return CaseChange(moves, flags, notices)


def _notify(
    services: Runtime, repo: Repository, case: dict[str, Any], move: dict[str, Any], year: int, source: str
) -> bool:
    """Queue the notice of a moved due date to the case's clerk (idempotent by its key)."""
    clerk = repo.user_row(case["clerk_id"]) if case.get("clerk_id") else None
    if clerk is None:
        return False
    kind, party, old, new = move["kind"], move["party"] or "", move["old_due"], move["new_due"]
    context = {
        "case": {"case_no": case["case_no"], "state": case["state"]},
        "clock": {"kind": kind, "label": move["label"], "party": party or None, "due": new},
        "case_no": case["case_no"],
        "kind": kind,
        "label": move["label"],
        "party": party or None,
        "old_due": old,
        "new_due": new,
        "provisional": move["provisional"],
        "year": year,
        "source": source,
    }
    return queue_to_user(repo, services.settings, clerk, key=f"recompute:{case['case_no']}:{kind}:{party}:{old}:{new}",
                         kind=NOTICE_KIND, template=NOTICE_TEMPLATE, context=context, case_id=case["id"],
                         subject=f"{case['case_no']} {move['label']}变更：{old} → {new}")
