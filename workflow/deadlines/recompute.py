"""Calendar years loaded into the database, and the recomputation of open clocks they cause (rules.md §3).

A due date is always derived from its clock's ``spec`` and the calendar, so a new calendar means a
recomputation, never an edit. Each open clock records, in ``spec["calendar"]``, the fingerprint of
every year its derivation touched (``{"2027": "override:9c97…"}``); a clock whose fingerprints differ
from the current calendar's (or which has none yet) is a candidate for recomputation.

What a recomputation writes per case, and how it stays safe against concurrent transitions, is in
``workflow.deadlines.recompute_case``; the fingerprints and the search for stale clocks are in
``workflow.deadlines.fingerprints``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from workflow.clocks.calendar import load_calendar
from workflow.clocks.calendar_sources import CalendarError, YearSpec, parse_year_file
from workflow.deadlines.fingerprints import candidate_case_nos, clock_fingerprints, touched_years
from workflow.deadlines.recompute_case import recompute_case, recomputed
from workflow.errors import ConflictError
from workflow.store.db import read, write
from workflow.store.models import calendar_year
from workflow.store.repository import Repository

if TYPE_CHECKING:
    from workflow.runtime import Runtime

log = logging.getLogger(__name__)
ATTEMPTS = 3

__all__ = [
    "CalendarError",
    "LoadResult",
    "RecomputeSummary",
    "clock_fingerprints",
    "load_year",
    "load_year_file",
    "preview_year",
    "recompute",
    "recompute_all",
    "touched_years",
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


# --- many cases -----------------------------------------------------------------------------


def recompute(services: Runtime, years: list[int] | None = None) -> RecomputeSummary:
    """Recompute the open clocks computed with another calendar than the current one.

    ``years``: only clocks whose span touches one of these years (a calendar year was loaded);
    ``None``: every open clock (the package was upgraded, or a file in config/calendar changed).
    """
    cal = services.calendar
    summary = RecomputeSummary(sorted(years) if years else None)
    on = services.today()
    for case_no in candidate_case_nos(services, cal, years):
        summary.cases_checked += 1
        for attempt in range(1, ATTEMPTS + 1):
            try:
                change = recompute_case(services, case_no, on, years)
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


def recompute_all(services: Runtime) -> RecomputeSummary:
    """After a chinesecalendar upgrade or an override file change: rebuild the calendar, recompute."""
    services.reload_calendar()
    return recompute(services, None)


# --- loading a year -------------------------------------------------------------------------


def _stored_years(services: Runtime) -> dict[int, YearSpec]:
    with read(services.db) as conn:
        rows = conn.execute(select(calendar_year.c.spec)).scalars().all()
    return {spec.year: spec for spec in (YearSpec.from_json(r) for r in rows)}


def load_year(services: Runtime, spec: YearSpec) -> LoadResult:
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
        with write(services.db) as conn:
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


def preview_year(services: Runtime, spec: YearSpec) -> list[dict[str, Any]]:
    """The due dates that loading ``spec`` would move, as :func:`load_year` would move them (the same
    candidates, the same derivation), without writing anything: what an administrator checks first."""
    cal = load_calendar(overrides={**_stored_years(services), spec.year: spec})
    vocab = services.registry.vocabulary
    on = services.today()
    moves = []
    with read(services.db) as conn:
        repo = Repository(conn)
        for case_no in candidate_case_nos(services, cal, [spec.year]):
            case = repo.load_case(case_no)
            clocks = repo.load_clocks(case["id"])
            _, entries = recomputed(services, case, clocks, cal, on)
            for e in entries:
                if e.due_before != e.due_after:
                    shift = None
                    if e.due_before and e.due_after:
                        shift = (e.due_after - e.due_before).days
                    moves.append({"case_no": case_no, "kind": e.kind, "label": vocab.label("clock_kinds", e.kind),
                                  "party": e.party or None, "old_due": e.due_before, "new_due": e.due_after,
                                  "days": shift})
    return moves


def load_year_file(services: Runtime, path: str | Path) -> LoadResult:
    """Parse and validate a year file (``CalendarError`` names the file and key), then :func:`load_year`."""
    spec = parse_year_file(Path(path))
    return load_year(services, spec)
