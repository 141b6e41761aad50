"""Importing an office's ledger (台账): cases and proceedings, checked like the engine, written in bulk.

How an import runs (``import_cases`` / ``import_proceedings``):

1. **Read and check every row** before anything is written (importer_rows.py): known codes or
   labels, valid dates not in the future, concluded ≥ received, outcome ⇔ concluded, an open state
   when not concluded, the agency exists, case numbers unique in the file. For cases, the reply
   clock is computed here too, so a calendar problem is a row error like any other.
2. **Check against the database** inside the write transaction (a read one for ``--dry-run``):
   a case number already taken is an error unless that case was imported from this very row
   (same fingerprint), which makes re-importing a file a no-op; a row without case number is known
   by its fingerprint (sha256 of the normalised row, ``disclosure_case.import_fingerprint``).
3. **All or nothing.** Any bad row and nothing is written (exit 2), unless ``skip_invalid``: then
   the good rows are written and the bad ones listed. The writes of one file are **one
   transaction**, in batches of ``BATCH`` rows (executemany of Core inserts); an error in any batch
   rolls back every batch (a key a concurrent writer took: ConflictError). Row checks run first, so
   the write lock is held only while inserting (~10 s per 100,000 rows on SQLite, bench/import_rate.py).

Each imported case gets one ``import`` audit event as the first link of its hash chain (actor: the
``--as`` user or the user ``import``, created with the clerk role; data: the row as read, ID number
and phone masked by the engine's event builder). Its clocks are those a registration starts (the
reply clock from the date of receipt; the other clocks only while the case is still in the
definition's initial state), and a concluded case's are finished by the trigger that concludes a
case with its outcome (sign_off: ``met``, breached when late; withdraw, lapse_*: ``ended``), so the
sweep and the on-time rate see imported cases like registered ones. An imported open case in a
state whose clock would be stopped or paused (awaiting_correction, consulting) gets a running reply
clock: the ledger does not say since when. Transition hooks (acknowledgement letters) do not run.
A proceeding row adds an ``import`` event to its case's chain (state unchanged).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, case, insert, select, update
from sqlalchemy.exc import IntegrityError

from workflow.accounts.tokens import INTAKE_ROLE
from workflow.engine.audit import GENESIS
from workflow.errors import ConflictError, DisclosureError, ValidationError
from workflow.importer import bulk as bulk
from workflow.importer import ledger as ledger
from workflow.importer import records as records
from workflow.importer import rows as row_checks
from workflow.importer import xlsx as xlsx
from workflow.importer.rows import CaseRow, ProceedingRow
from workflow.importer.summary import ImportResult, RowError
from workflow.runtime import Runtime
from workflow.store import audit_chain
from workflow.store.db import read, write
from workflow.store.models import agency, case_counter, case_event, clock, clock_event, fee_notice
from workflow.store.models import disclosure_case as dc
from workflow.store.models import proceeding as proceeding_t
from workflow.store.repository import Actor, Repository, utcnow

if TYPE_CHECKING:
    from workflow.definitions.model import Definition, TriggerDef
    from workflow.engine.cases import CaseEngine

BATCH = 2000
IMPORT_USER = "import"
IMPORT_TRIGGER = "import"
Progress = Callable[[str, int, int], None]  # (phase, rows done, rows in all; 0 while not known)



class ImportRuntime(Runtime, Protocol):
    """The runtime and the case engine: imported events are hashed as the engine hashes its own."""

    cases: CaseEngine

class _Import:
    """What both kinds share: the file and its columns, the row context, the actors, the result."""

    def __init__(self, services: ImportRuntime, path: str | Path, kind: str, *, dry_run: bool, skip_invalid: bool,
                 as_user: str | None, progress: Progress | None) -> None:  # fmt: skip
        self.services, self.kind, self.dry_run, self.skip_invalid = services, kind, dry_run, skip_invalid
        self.as_user, self.progress = as_user, progress or (lambda phase, done, total: None)
        self.started, self.memos = time.perf_counter(), {}
        spec = ledger.load_ledger_spec(services.registry.vocabulary)
        max_xlsx = xlsx.max_uncompressed_bytes(services.settings)
        self.table, self.colmap, ignored = ledger.read_table(path, spec, kind, max_xlsx_bytes=max_xlsx)
        self.file = self.table.path.name
        self.result = ImportResult(kind, str(path), self.table.format, self.table.encoding, dry_run=dry_run)
        self.result.ignored_columns = ignored
        with read(services.db) as conn:
            agencies = conn.execute(select(agency.c.id, agency.c.code, agency.c.name, agency.c.prefix)).all()
        self.prefixes = {a.id: a.prefix for a in agencies}
        lookup = {ledger.norm(a.name): (a.id, a.code) for a in agencies}
        lookup.update({ledger.norm(a.code): (a.id, a.code) for a in agencies})  # a code wins over a name
        headers = {k: self.table.headers[i] for k, i in self.colmap.items()}
        self.ctx = row_checks.RowContext(spec, services.registry, kind, headers, services.today(), lookup)

    def rows(self) -> Iterable[tuple[int, dict[str, str]]]:
        """(row number, cell text by field key) of every row with something in a known column."""
        items, width = list(self.colmap.items()), max(self.colmap.values()) + 1
        for number, cells in self.table.rows:
            if self.table.format == "csv" and len(cells) >= width:  # text cells: the common, quick case
                raw = {k: cells[i].strip() for k, i in items}
            else:
                raw = {k: ledger.cell_text(cells[i]) if i < len(cells) else "" for k, i in items}
            if any(raw.values()):
                self.result.rows += 1
                if self.result.rows % 1000 == 0:
                    self.progress("check", self.result.rows, 0)
                yield number, raw

    def error(self, row: int, key: str, value: Any, reason: str) -> None:
        self.result.errors.append(RowError(row, key, self.ctx.headers.get(key, ""), str(value), reason))

    def actors(
        self, repo: Repository, agency_ids: set[int], trigs: Iterable[TriggerDef]
    ) -> dict[int, tuple[Actor, str]]:
        """Per agency, the user who records the rows and the role they act in (a role of ``trigs``).

        The ``--as`` user must hold one; the default user ``import`` is created and given the first.
        The website's intake role registers online applications one at a time and never imports a
        ledger, so it does not count here.
        """
        roles = {r: None for t in trigs for r in t.roles if r != INTAKE_ROLE}
        out: dict[int, tuple[Actor, str]] = {}
        name = self.as_user or IMPORT_USER
        if self.dry_run and self.as_user is None:
            return out  # the import user is created when the rows are written
        for agency_id in sorted(agency_ids):
            if self.as_user is None:
                repo.grant_role(
                    repo.add_user(IMPORT_USER, display_name="台账导入"), agency_id, next(iter(roles))
                )
            actor = repo.actor(name, agency_id)
            held = [r for r in roles if r in actor.roles]
            if not held:
                code = repo.agency_row(agency_id)["code"]
                raise ValidationError(f"用户 {name} 在机关 {code} 没有 {'/'.join(roles)} 角色 / {name} may not "
                                      f"record cases at {code}")  # fmt: skip
            out[agency_id] = (actor, held[0])
        return out

    def event(self, case_no: str, seq: int, actor: tuple[Actor, str], from_state: str | None, to_state: str,
              effective: date, raw: dict[str, str], row: int, late: bool, prev_hash: str) -> dict[str, Any]:  # fmt: skip
        """The hashed audit event, built by the engine (which masks ID numbers and phones)."""
        data = {**raw, "import_file": self.file, "import_row": row}
        ev = self.services.cases._event(case_no, seq, actor[0], actor[1], IMPORT_TRIGGER, from_state, to_state,
                                        effective, data, late, prev_hash)  # fmt: skip
        return ev.__dict__

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """The write transaction (a read one for a dry run); a key a concurrent writer took: conflict."""
        engine = self.services.db
        try:
            with (read if self.dry_run else write)(engine) as conn:
                yield conn
        except (IntegrityError, engine.dialect.loaded_dbapi.IntegrityError) as exc:
            raise ConflictError(f"导入期间另有写入占用了相同的案件编号，未写入任何数据 / a concurrent write took a key this "
                                f"import needed; nothing was written ({str(getattr(exc, 'orig', exc)).splitlines()[0]})") from exc  # fmt: skip

    def finish(self) -> ImportResult:
        self.result.seconds = time.perf_counter() - self.started
        return self.result


# -- cases ---------------------------------------------------------------------------------------


def import_cases(services: ImportRuntime, path: str | Path, *, dry_run: bool = False, skip_invalid: bool = False,
                 as_user: str | None = None, progress: Progress | None = None, batch_size: int = BATCH) -> ImportResult:  # fmt: skip
    """Import a ledger of applications (see the module docstring)."""
    job = _Import(services, path, "cases", dry_run=dry_run, skip_invalid=skip_invalid, as_user=as_user,
                  progress=progress)  # fmt: skip
    cal, offset, memo = services.calendar, services.target_offset, {}
    good: list[CaseRow] = []
    first_row: dict[str, int] = {}
    for number, raw in job.rows():
        row, errors = row_checks.check_case_row(job.ctx, number, raw)
        job.result.errors.extend(errors)
        if row is None:
            continue
        case_no = row.values.get("case_no")
        key = case_no or row.fingerprint
        if key in first_row:
            what = "案件编号重复" if case_no else "内容完全相同（且无案件编号）"
            reason = f"与第{first_row[key]}行{what} / duplicate of row {first_row[key]}"
            job.error(number, "case_no", case_no or "", reason)
            continue
        first_row[key] = number
        try:
            records.case_clocks(row, cal, offset, memo)
        except DisclosureError as exc:  # a date outside the working-day calendar
            job.error(number, "received", raw.get("received", ""), str(exc))
            continue
        good.append(row)
    with job.transaction() as conn:
        todo = _not_imported(job, conn, good)
        job.result.valid = len(todo)
        if (job.result.errors and not skip_invalid) or not todo:
            return job.finish()
        actors = job.actors(
            Repository(conn),
            {r.agency_id for r in todo},
            {r.definition.key: r.definition.register for r in todo}.values(),
        )
        if dry_run:
            return job.finish()
        numbers = _case_numbers(job, conn, todo)
        for i, batch in enumerate(bulk.chunks(todo, batch_size)):
            _write_cases(job, conn, batch, numbers[i * batch_size : (i + 1) * batch_size], actors)
            job.result.imported += len(batch)
            job.progress("write", job.result.imported, len(todo))
        job.result.written = True
    return job.finish()


def _not_imported(job: _Import, conn: Connection, rows: list[CaseRow]) -> list[CaseRow]:
    """Drop the rows imported before; a case number that another case holds is an error."""
    given = [r.values["case_no"] for r in rows if r.values.get("case_no")]
    taken = dict(bulk.lookup(conn, dc.c.case_no, given, dc.c.import_fingerprint))
    known = {fp for (fp,) in bulk.lookup(conn, dc.c.import_fingerprint, [r.fingerprint for r in rows])}
    todo: list[CaseRow] = []
    for r in rows:
        case_no = r.values.get("case_no")
        if case_no in taken and taken[case_no] != r.fingerprint:
            how = "由内容不同的台账行导入，导入不修改已有案件" if taken[case_no] else "已登记"
            job.error(
                r.row, "case_no", case_no, f"案件编号已存在（{how}）/ case number already in the database"
            )
        elif case_no in taken or r.fingerprint in known:
            job.result.already += 1
        else:
            todo.append(r)
    return todo


def _counter_upsert(conn: Connection, agency_id: int, year: int, value: Any, insert_value: int) -> int:
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(case_counter).values(agency_id=agency_id, year=year, last_no=insert_value)
    stmt = stmt.on_conflict_do_update(index_elements=[case_counter.c.agency_id, case_counter.c.year],
                                      set_={"last_no": value}).returning(case_counter.c.last_no)  # fmt: skip
    return int(conn.execute(stmt).scalar_one())


def _case_numbers(job: _Import, conn: Connection, rows: list[CaseRow]) -> list[str]:
    """The given case numbers, and the engine's ``prefix-year-seq`` numbers for rows without one.

    Like ``Repository.next_case_number`` but a block at a time. Given numbers that follow the
    pattern move the counter past them, so that later registrations do not collide with them.
    """
    numbers: list[str] = [r.values.get("case_no", "") for r in rows]
    highest: dict[tuple[int, int], int] = {}
    need: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(rows):
        pattern = rf"{re.escape(job.prefixes[r.agency_id])}-(\d{{4}})-(\d+)"
        m = re.fullmatch(pattern, numbers[i]) if numbers[i] else None
        if m:
            key = (r.agency_id, int(m[1]))
            highest[key] = max(highest.get(key, 0), int(m[2]))
        elif not numbers[i]:
            need.setdefault((r.agency_id, r.values["received"].year), []).append(i)
    last_no = case_counter.c.last_no
    for (agency_id, year), n in highest.items():
        _counter_upsert(conn, agency_id, year, case((last_no < n, n), else_=last_no), n)
    given = {n for n in numbers if n}
    for (agency_id, year), idxs in need.items():
        found: list[str] = []
        while len(found) < len(idxs):
            k = len(idxs) - len(found)
            last = _counter_upsert(conn, agency_id, year, last_no + k, k)
            block = [f"{job.prefixes[agency_id]}-{year}-{n:04d}" for n in range(last - k + 1, last + 1)]
            clash = given | {n for (n,) in bulk.lookup(conn, dc.c.case_no, block)}
            found += [n for n in block if n not in clash]
        for i, number in zip(idxs, found, strict=True):
            numbers[i] = number
    return numbers


def _write_cases(job: _Import, conn: Connection, batch: Sequence[CaseRow], numbers: Sequence[str],
                 actors: dict[int, tuple[Actor, str]]) -> None:  # fmt: skip
    """One batch: executemany for cases, events, clocks, clock ledgers and fees; the new ids are read
    back by their unique keys (case_no; case, kind and party) in a few queries."""
    now, memos = utcnow(), job.memos
    cases, events = [], []
    for r, case_no in zip(batch, numbers, strict=True):
        actor = actors[r.agency_id]
        effective = r.values.get("concluded") or r.values["received"]
        ev = job.event(case_no, 1, actor, None, r.state, effective, r.raw, r.row, r.late, GENESIS)
        events.append(ev)
        cases.append(records.case_record(r, case_no, actor[0].id, ev["hash"], now))
    bulk.insert_many(conn, dc, cases, memos)
    id_of = dict(bulk.lookup(conn, dc.c.case_no, numbers, dc.c.id))
    owned = list(zip([id_of[n] for n in numbers], batch, strict=True))
    links = audit_chain.extend(conn, [ev["hash"] for ev in events])
    rows = [{"case_id": i, **ev, "global_seq": n, "global_hash": link}
            for (i, _), ev, (n, link) in zip(owned, events, links, strict=True)]
    bulk.insert_many(conn, case_event, rows, memos)
    bulk.insert_many(conn, clock, [records.clock_record(i, c) for i, r in owned for c in r.clocks], memos)
    clock_of = {(i, kind, party): cid for i, kind, party, cid in bulk.lookup(
        conn, clock.c.case_id, [i for i, _ in owned], clock.c.kind, clock.c.party, clock.c.id)}  # fmt: skip
    ledger_rows = [records.ledger_record(i, clock_of[(i, e.kind, e.party)], e) for i, r in owned for e in r.ledger]
    bulk.insert_many(conn, clock_event, ledger_rows, memos)
    bulk.insert_many(conn, fee_notice, [f for i, r in owned if (f := records.fee_record(i, r))], memos)


# -- proceedings -------------------------------------------------------------------------------


def import_proceedings(services: ImportRuntime, path: str | Path, *, dry_run: bool = False, skip_invalid: bool = False,
                       as_user: str | None = None, progress: Progress | None = None) -> ImportResult:  # fmt: skip
    """Import reconsideration and litigation records of concluded cases already in the database.

    A row is known by (case_no, kind, filed): re-importing it changes nothing, except that a
    proceeding recorded as pending takes the result a newer ledger gives it.
    """
    job = _Import(services, path, "proceedings", dry_run=dry_run, skip_invalid=skip_invalid, as_user=as_user,
                  progress=progress)  # fmt: skip
    rows: list[ProceedingRow] = []
    first_row: dict[tuple[str, str, date], int] = {}
    for number, raw in job.rows():
        row, errors = row_checks.check_proceeding_row(job.ctx, number, raw)
        job.result.errors.extend(errors)
        if row is not None and row.key in first_row:
            job.error(number, "filed", raw.get("filed", ""),
                      f"与第{first_row[row.key]}行重复（同一案件、类型、提起日期）/ duplicate of row {first_row[row.key]}")  # fmt: skip
        elif row is not None:
            first_row[row.key] = number
            rows.append(row)
    with job.transaction() as conn:
        cols = ("id", "agency_id", "state", "received_on", "concluded_on", "definition_name", "definition_version", "version",
                "last_event_seq", "last_event_on", "last_event_hash")  # fmt: skip
        found = bulk.lookup(conn, dc.c.case_no, [r.values["case_no"] for r in rows], *(dc.c[c] for c in cols))
        cases = {c.case_no: c._asdict() for c in found}
        p = proceeding_t.c
        existing = {(x.case_id, x.kind, x.filed_on): x for x in bulk.lookup(
            conn, p.case_id, [c["id"] for c in cases.values()], p.id, p.kind, p.filed_on, p.result, p.decided_on)}  # fmt: skip
        todo = []
        for r in rows:
            c = cases.get(r.values["case_no"])
            known = existing.get((c["id"], r.values["kind"], r.values["filed"])) if c else None
            is_open = bool(c) and _definition(services, c).states[c["state"]].is_open
            open_allowed = bool(c) and c["state"] in _recording_trigger(_definition(services, c)).sources()
            action, problem = row_checks.match_proceeding(r, c, is_open, known, open_allowed=open_allowed)
            if problem:
                job.error(r.row, problem[0], r.raw.get(problem[0], ""), problem[1])
            elif action == "already":
                job.result.already += 1
            else:
                todo.append((r, c, known))
        job.result.valid = len(todo)
        if (job.result.errors and not skip_invalid) or not todo:
            return job.finish()
        trigs = {
            c["definition_name"] + c["definition_version"]: _recording_trigger(_definition(services, c))
            for _, c, _ in todo
        }.values()
        actors = job.actors(Repository(conn), {c["agency_id"] for _, c, _ in todo}, trigs)
        if dry_run:
            return job.finish()
        for done, (r, c, known) in enumerate(todo, start=1):
            _write_proceeding(job, conn, r, c, known, actors[c["agency_id"]])
            job.progress("write", done, len(todo))
        job.result.written = True
    return job.finish()


def _definition(services: ImportRuntime, case_row: dict[str, Any]) -> Definition:
    return services.registry.get(case_row["definition_name"], case_row["definition_version"])


def _recording_trigger(defn: Definition) -> TriggerDef:
    """The trigger that records a proceeding (the one with the open_proceeding effect)."""
    return next(t for t in defn.triggers.values() if "open_proceeding" in t.effects)


def _write_proceeding(job: _Import, conn: Connection, r: ProceedingRow, c: dict[str, Any], known: Any,
                      actor: tuple[Actor, str]) -> None:  # fmt: skip
    """Insert (or decide) the proceeding and append an ``import`` event to its case's chain."""
    v = r.values
    if known is None:
        conn.execute(insert(proceeding_t).values(case_id=c["id"], agency_id=c["agency_id"], kind=v["kind"],
                     filed_on=v["filed"], body=v.get("body"), result=v.get("result"), decided_on=v.get("decided")))  # fmt: skip
        job.result.imported += 1
    else:
        conn.execute(update(proceeding_t).where(proceeding_t.c.id == known.id)
                     .values(result=v["result"], decided_on=v["decided"]))  # fmt: skip
        job.result.updated += 1
    effective = max(v.get("decided") or v["filed"], c["last_event_on"])
    seq = c["last_event_seq"] + 1
    ev = job.event(
        c["case_no"], seq, actor, c["state"], c["state"], effective, r.raw, r.row, False, c["last_event_hash"]
    )
    tail = {
        "last_event_seq": seq,
        "last_event_on": effective,
        "last_event_hash": ev["hash"],
        "version": c["version"] + 1,
    }
    stmt = (
        update(dc).where(dc.c.id == c["id"], dc.c.version == c["version"]).values(**tail, updated_at=utcnow())
    )
    if conn.execute(stmt).rowcount != 1:
        raise ConflictError(
            f"案件 {c['case_no']} 已被他人修改，未写入任何数据 / case changed meanwhile; nothing written"
        )
    ((n, link),) = audit_chain.extend(conn, (ev["hash"],))
    conn.execute(insert(case_event).values(case_id=c["id"], **ev, global_seq=n, global_hash=link))
    c.update(tail)
