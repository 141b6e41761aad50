"""Calendar years loaded into the database, and the recomputation of open clocks they cause (rules.md §3).

A due date is always derived from its clock's ``spec`` and the calendar, so a new calendar means a
recomputation, never an edit. Each open clock records, in ``spec["calendar"]``, the fingerprint of
every year its derivation touched (``{"2027": "override:9c97…"}``); a clock whose fingerprints differ
from the current calendar's (or which has none yet) is a candidate for recomputation.

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
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from workflow.calendar import CalendarError, WorkCalendar, YearSpec, load_calendar, parse_year_file
from workflow.clocks import OPEN_STATUSES, ClockSet, ClockState, LedgerEntry
from workflow.errors import ConflictError
from workflow.store.db import read, write
from workflow.store.models import calendar_year, clock, disclosure_case
from workflow.store.repository import SYSTEM_USER, Actor, Repository

if TYPE_CHECKING:
    from workflow.service import Services

log = logging.getLogger(__name__)

TRIGGER = "recompute_deadline"
SYSTEM_ROLE = "system"
NOTICE_KIND = "recompute"
NOTICE_TEMPLATE = "calendar_recompute"
ATTEMPTS = 3

__all__ = [
    "CalendarError",
    "LoadResult",
    "RecomputeSummary",
    "clock_fingerprints",
    "load_year",
    "load_year_file",
    "recompute",
    "recompute_all",
    "touched_years",
]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _d(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


# --- fingerprints ---------------------------------------------------------------------------


def touched_years(started: date | None, due: date | None, target: date | None, spec: dict[str, Any]) -> range:
    """The years a clock's derivation reads: start, target, due, and the ends of its pauses."""
    days = [d for d in (started, due, target, _d(spec.get("start"))) if d]
    for s, r in spec.get("pauses") or []:
        days += [_d(s), _d(r)]
    if spec.get("open_pause"):
        days.append(_d(spec["open_pause"]["since"]))
    if not days:
        return range(0)
    return range(min(days).year, max(days).year + 1)


def clock_fingerprints(c: ClockState, cal: WorkCalendar) -> dict[str, str]:
    years = touched_years(c.started_on, c.due_on, c.target_on, c.spec)
    return {str(y): cal.fingerprint(y) for y in years if cal.first_year <= y <= cal.last_year}


def _stale_years(stored: dict[str, str] | None, years: Iterable[int], cal: WorkCalendar) -> list[int]:
    """Years whose fingerprint differs from what the clock was computed with (all, when unknown)."""
    stored = stored or {}
    return [
        y for y in years if cal.first_year <= y <= cal.last_year and stored.get(str(y)) != cal.fingerprint(y)
    ]


# --- results --------------------------------------------------------------------------------


@dataclass
class RecomputeSummary:
    years: list[int] | None
    cases_checked: int = 0  # cases with a clock whose calendar fingerprints were stale
    cases_recomputed: int = 0  # a due date moved: audited and notified
    cases_flag_only: int = 0  # provisional flag or internal target changed, due unchanged
    clocks_moved: int = 0
    notices: int = 0
    moves: list[dict[str, Any]] = field(default_factory=list)
    flag_changes: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class LoadResult:
    year: int
    source: str
    source_detail: str
    checksum: str
    status: str  # new | replaced | unchanged
    previous_checksum: str | None
    recompute: RecomputeSummary

    def to_json(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "recompute"}
        return {**out, **self.recompute.to_json()}


# --- candidates -----------------------------------------------------------------------------


def _candidate_case_nos(services: Services, cal: WorkCalendar, years: list[int] | None) -> list[str]:
    """Cases with an open clock computed with another calendar than ``cal`` for a year it touches.

    With ``years``, SQL keeps only open clocks whose span (started_on .. due_on) touches one of them.
    """
    stmt = (
        select(disclosure_case.c.case_no, clock.c.started_on, clock.c.due_on, clock.c.target_on, clock.c.spec)
        .join(disclosure_case, disclosure_case.c.id == clock.c.case_id)
        .where(clock.c.status.in_(OPEN_STATUSES))
    )
    if years:
        stmt = stmt.where(
            clock.c.started_on <= date(max(years), 12, 31), clock.c.due_on >= date(min(years), 1, 1)
        )
    found: set[str] = set()
    with read(services.engine) as conn:
        for case_no, started, due, target, spec in conn.execution_options(yield_per=2000).execute(stmt):
            if case_no in found:
                continue
            spec = spec or {}
            span = touched_years(started, due, target, spec)
            if _stale_years(spec.get("calendar"), span, cal):
                found.add(case_no)
    return sorted(found)


# --- one case -------------------------------------------------------------------------------


@dataclass
class _CaseChange:
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


def _recompute_case(
    services: Services, case_no: str, on: date, years: list[int] | None
) -> _CaseChange | None:
    cal = services.calendar
    vocab = services.registry.vocabulary
    with write(services.engine) as conn:
        repo = Repository(conn)
        case = repo.load_case(case_no)
        definition = services.registry.get(case["definition_name"], case["definition_version"])
        clocks = repo.load_clocks(case["id"])
        before = {
            (c.kind, c.party): (c.due_on, c.target_on, c.provisional, c.spec.get("calendar")) for c in clocks
        }
        stale: set[int] = set()
        for c in clocks:
            if c.is_open:
                span = touched_years(c.started_on, c.due_on, c.target_on, c.spec)
                stale.update(_stale_years(c.spec.get("calendar"), span, cal))
        effective = max(on, case["last_event_on"])
        entries = ClockSet(definition.clocks, clocks, cal, services.target_offset).recompute(effective)
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
                "old_due": _iso(e.due_before),
                "new_due": _iso(e.due_after),
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
            return _CaseChange([], flags, 0)
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
        return _CaseChange(moves, flags, notices)


def _notify(
    services: Services, repo: Repository, case: dict[str, Any], move: dict[str, Any], year: int, source: str
) -> bool:
    """Queue the notice of a moved due date to the case's clerk (idempotent by its key)."""
    clerk = repo.user_row(case["clerk_id"]) if case.get("clerk_id") else None
    if clerk is None:
        return False
    from workflow.outbox import recipient_channel

    channel, address = recipient_channel(clerk, services.settings)
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
    return repo.enqueue(
        key=f"recompute:{case['case_no']}:{kind}:{party}:{old}:{new}",
        kind=NOTICE_KIND,
        channel=channel,
        template=NOTICE_TEMPLATE,
        context=context,
        case_id=case["id"],
        recipient_user_id=clerk["id"],
        address=address,
        subject=f"{case['case_no']} {move['label']}变更：{old} → {new}",
    )


# --- many cases -----------------------------------------------------------------------------


def recompute(services: Services, years: list[int] | None = None) -> RecomputeSummary:
    """Recompute the open clocks computed with another calendar than the current one.

    ``years``: only clocks whose span touches one of these years (a calendar year was loaded);
    ``None``: every open clock (the package was upgraded, or a file in config/calendar changed).
    """
    cal = services.calendar
    summary = RecomputeSummary(sorted(years) if years else None)
    on = services.today()
    for case_no in _candidate_case_nos(services, cal, years):
        summary.cases_checked += 1
        for attempt in range(1, ATTEMPTS + 1):
            try:
                change = _recompute_case(services, case_no, on, years)
                break
            except ConflictError:
                if attempt == ATTEMPTS:
                    log.warning("recompute %s: conflict after %d attempts", case_no, ATTEMPTS)
                    summary.conflicts.append(case_no)
                    change = None
        if change is None:
            continue
        if change.moves:
            summary.cases_recomputed += 1
            summary.clocks_moved += len(change.moves)
            summary.moves.extend(change.moves)
            summary.notices += change.notices
        elif change.flags:
            summary.cases_flag_only += 1
        summary.flag_changes.extend(change.flags)
    return summary


def recompute_all(services: Services) -> RecomputeSummary:
    """After a chinesecalendar upgrade or an override file change: rebuild the calendar, recompute."""
    services.reload_calendar()
    return recompute(services, None)


# --- loading a year -------------------------------------------------------------------------


def _stored_years(services: Services) -> dict[int, YearSpec]:
    with read(services.engine) as conn:
        rows = conn.execute(select(calendar_year.c.spec)).scalars().all()
    return {spec.year: spec for spec in (YearSpec.from_json(r) for r in rows)}


def load_year(services: Services, spec: YearSpec) -> LoadResult:
    """Store ``spec`` in table calendar_year (upsert by year), rebuild the calendar, recompute.

    The same arrangement twice (same checksum and source) writes nothing and reports ``unchanged``;
    the recomputation still runs and finds nothing to do, unless an earlier load was interrupted
    before it finished (then it completes it).
    """
    stored = _stored_years(services)
    previous = stored.get(spec.year)
    load_calendar(overrides={**stored, spec.year: spec})  # refuses a year the calendar cannot hold
    checksum = spec.checksum()
    if previous is None:
        status = "new"
    elif previous.checksum() == checksum:
        status = "unchanged"
    else:
        status = "replaced"
    if previous is None or previous.checksum() != checksum or previous.source != spec.source:
        values = {
            "source": spec.source,
            "checksum": checksum,
            "spec": spec.to_json(),
            "loaded_at": datetime.now(UTC),
        }
        with write(services.engine) as conn:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            stmt = dialect.insert(calendar_year).values(year=spec.year, **values)
            conn.execute(stmt.on_conflict_do_update(index_elements=[calendar_year.c.year], set_=values))
    cal = services.reload_calendar()
    summary = recompute(services, [spec.year])
    return LoadResult(
        spec.year,
        spec.source,
        cal.source_detail(spec.year),
        checksum,
        status,
        previous.checksum() if previous else None,
        summary,
    )


def load_year_file(services: Services, path: str | Path) -> LoadResult:
    """Parse and validate a year file (``CalendarError`` names the file and key), then :func:`load_year`."""
    spec = parse_year_file(Path(path))
    return load_year(services, spec)
