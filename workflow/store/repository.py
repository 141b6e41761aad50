"""The repository: the domain verbs the engine and the delivery layers need, over one connection.

A ``Repository`` is bound to a connection inside a transaction opened by the caller
(``workflow.store.db.write`` / ``read``); it never commits. That is what makes every transition
one transaction: the engine opens it, calls several verbs, and the context manager commits.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, overload

from sqlalchemy import Connection, and_, bindparam, func, insert, select, update

from workflow.clocks.clockset import ClockState, LedgerEntry
from workflow.errors import ConflictError, NotFoundError, ValidationError
from workflow.store import audit_chain
from workflow.store import letter_statements as letter_sql
from workflow.store import statements as sql
from workflow.store.attachments import AttachmentVerbs
from workflow.store.bounds import check_settings_text, check_text
from workflow.store.fee_verbs import FeeVerbs
from workflow.store.link_verbs import LinkVerbs
from workflow.store.models import (
    agency,
    app_user,
    case_counter,
    case_event,
    clock,
    clock_event,
    disclosure_case,
    letter,
    letter_counter,
    letter_service,
    outbox,
    proceeding,
    user_role,
)

SYSTEM_USER = "system"

def _plain(value: Any) -> Any:
    """``value`` with dates, amounts and other scalars JSON lacks as strings: what the templates get
    back when delivery reads the row (the same as a JSON round trip with ``default=str``)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


_roles_generation = 0


def roles_generation() -> int:
    """Bumped whenever this process grants a role, so in-process caches of roles see it at once."""
    return _roles_generation


def utcnow() -> datetime:
    return datetime.now(UTC)


@overload
def aware(moment: datetime) -> datetime: ...
@overload
def aware(moment: None) -> None: ...
def aware(moment: datetime | None) -> datetime | None:
    """A timestamp read back from the database, comparable with :func:`utcnow`: SQLite hands them
    back naive (they are stored in UTC), PostgreSQL aware."""
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Actor:
    id: int
    name: str
    roles: frozenset[str]


@dataclass(frozen=True)
class NewEvent:
    seq: int
    actor: str
    role: str
    trigger: str
    from_state: str | None
    to_state: str
    effective_on: date
    recorded_at: str
    data: str
    late: bool
    prev_hash: str
    hash: str


class Repository(FeeVerbs, AttachmentVerbs, LinkVerbs):
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- agencies and users -------------------------------------------------------------------

    def add_agency(self, code: str, name: str, prefix: str, parent_code: str | None = None,
                   settings: dict[str, Any] | None = None) -> int:
        check_text(agency, {"code": code, "name": name, "prefix": prefix})
        check_settings_text("agency.settings", settings or {})
        if self.conn.execute(select(agency.c.id).where(agency.c.code == code)).first():
            raise ValidationError(f"机关代码已存在 / agency code already exists: {code}")
        taken = self.conn.execute(select(agency.c.code).where(agency.c.prefix == prefix)).scalar()
        if taken is not None:
            # case numbers are prefix-year-number, counted per agency: a shared prefix would give two
            # agencies the same case numbers
            raise ValidationError(f"案件编号前缀 {prefix} 已由机关 {taken} 使用 / case-number prefix {prefix!r} is "
                                  f"already used by agency {taken}; give --prefix another one")
        parent_id = self.agency_id(parent_code) if parent_code else None
        return self.conn.execute(
            insert(agency).values(code=code, name=name, prefix=prefix, parent_id=parent_id, settings=settings or {})
        ).inserted_primary_key[0]

    def update_agency_settings(self, code: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Merge ``changes`` into the agency's settings (the letters read them when they are made);
        returns the settings as stored."""
        check_settings_text("agency.settings", changes)
        agency_id = self.agency_id(code)
        current = self.conn.execute(select(agency.c.settings).where(agency.c.id == agency_id)).scalar_one() or {}
        settings = {**current, **changes}
        self.conn.execute(update(agency).where(agency.c.id == agency_id).values(settings=settings))
        return settings

    def agency_id(self, code: str) -> int:
        row = self.conn.execute(select(agency.c.id).where(agency.c.code == code)).first()
        if row is None:
            known = ", ".join(self.conn.execute(select(agency.c.code).order_by(agency.c.code)).scalars()) or "none yet"
            raise NotFoundError(f"机关不存在 / unknown agency {code!r}; known: {known}")
        return row[0]

    def agency_row(self, agency_id: int) -> dict[str, Any]:
        row = sql.AGENCY_ROW.first(self.conn, {"agency_id": agency_id})
        if row is None:
            raise NotFoundError(f"机关不存在 / unknown agency id {agency_id}")
        return row

    def agencies(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(select(agency).order_by(agency.c.code)).mappings()]

    def agency_subtree(self, agency_id: int) -> list[int]:
        """The agency and every agency below it (a recursive query, same SQL on SQLite and PostgreSQL)."""
        tree = select(agency.c.id).where(agency.c.id == agency_id).cte("tree", recursive=True)
        tree = tree.union_all(select(agency.c.id).where(agency.c.parent_id == tree.c.id))
        return list(self.conn.execute(select(tree.c.id)).scalars())

    def add_user(self, name: str, *, email: str | None = None, display_name: str | None = None,
                 addresses: dict[str, str] | None = None) -> int:
        check_text(app_user, {"name": name, "email": email, "display_name": display_name})
        row = self.conn.execute(select(app_user.c.id).where(app_user.c.name == name)).first()
        if row:
            if email or addresses:
                self.conn.execute(update(app_user).where(app_user.c.id == row[0]).values(
                    **({"email": email} if email else {}), **({"addresses": addresses} if addresses else {})))
            return row[0]
        return self.conn.execute(
            insert(app_user).values(name=name, email=email, display_name=display_name, addresses=addresses or {})
        ).inserted_primary_key[0]

    def grant_role(self, user_id: int, agency_id: int, role: str) -> None:
        present = self.conn.execute(select(user_role.c.id).where(
            user_role.c.user_id == user_id, user_role.c.agency_id == agency_id, user_role.c.role == role)).first()
        if not present:
            global _roles_generation
            self.conn.execute(insert(user_role).values(user_id=user_id, agency_id=agency_id, role=role))
            _roles_generation += 1

    def actor(self, name: str, agency_id: int) -> Actor:
        """The user and the roles they hold at the agency or at any agency above it."""
        user = self.conn.execute(sql.USER_ID, {"name": name}).first()
        if user is None:
            raise NotFoundError(f"用户不存在 / unknown user {name!r}")
        roles = self.conn.execute(sql.ROLES, {"user_id": user[0], "agency_id": agency_id}).scalars()
        return Actor(user[0], name, frozenset(roles))

    def roles_held_at(self, user_id: int, agency_id: int) -> frozenset[str]:
        """The roles the user holds at the agency itself (not inherited from an agency above)."""
        return frozenset(self.conn.execute(select(user_role.c.role).where(
            user_role.c.user_id == user_id, user_role.c.agency_id == agency_id)).scalars())

    def users_with_role(self, agency_id: int, role: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            select(app_user).join(user_role, user_role.c.user_id == app_user.c.id)
            .where(user_role.c.agency_id == agency_id, user_role.c.role == role).order_by(app_user.c.name)
        ).mappings()
        return [dict(r) for r in rows]

    def user_row(self, user_id: int) -> dict[str, Any] | None:
        return sql.USER_ROW.first(self.conn, {"user_id": user_id})

    # -- cases ----------------------------------------------------------------------------------

    def _next_in(self, counter: Any, agency_id: int, year: int) -> int:
        """Atomic per agency and year: an upsert that increments and returns the counter."""
        stmt = sql.upsert(self.conn, counter.name, counter, lambda insert_: insert_.values(
            agency_id=bindparam("agency_id"), year=bindparam("year"), last_no=1).on_conflict_do_update(
            index_elements=[counter.c.agency_id, counter.c.year], set_={"last_no": counter.c.last_no + 1},
        ).returning(counter.c.last_no))
        return stmt.insert_returning_id(self.conn, {"agency_id": agency_id, "year": year})

    def next_case_number(self, agency_id: int, year: int) -> int:
        return self._next_in(case_counter, agency_id, year)

    def next_letter_number(self, agency_id: int, year: int) -> int:
        """The next reply-letter sequence (文号) of the agency in the year of issue."""
        return self._next_in(letter_counter, agency_id, year)

    def insert_case(self, values: dict[str, Any]) -> int:
        now = utcnow()
        params = {**values, "created_at": now, "updated_at": now, "version": 1}
        return sql.insert_case_stmt(frozenset(params)).insert_returning_id(self.conn, params)

    def load_case(self, case_no: str, *, for_transition: bool = False) -> dict[str, Any]:
        if for_transition:  # a dict of its own already
            row = sql.LOAD_CASE_FOR_TRANSITION.first(self.conn, {"case_no": case_no})
        else:
            mapping = self.conn.execute(sql.LOAD_CASE, {"case_no": case_no}).mappings().first()
            row = None if mapping is None else dict(mapping)
        if row is None:
            raise NotFoundError(f"案件不存在 / unknown case {case_no!r}")
        return row

    def user_agency_ids(self, name: str) -> list[int]:
        """The agencies where the user holds a role."""
        stmt = (select(user_role.c.agency_id).join(app_user, app_user.c.id == user_role.c.user_id)
                .where(app_user.c.name == name).distinct())
        return list(self.conn.execute(stmt).scalars())

    def case_numbers_ending(self, suffix: str, agency_ids: Collection[int] | None) -> list[str]:
        """The case numbers that end with ``suffix`` (of ``agency_ids`` only, unless None)."""
        stmt = select(disclosure_case.c.case_no).where(disclosure_case.c.case_no.endswith(suffix, autoescape=True))
        if agency_ids is not None:
            stmt = stmt.where(disclosure_case.c.agency_id.in_(list(agency_ids)))
        return list(self.conn.execute(stmt).scalars())

    def case_exists(self, case_no: str) -> bool:
        return self.conn.execute(select(disclosure_case.c.id).where(disclosure_case.c.case_no == case_no)).first() is not None

    def record_transition(self, case: dict[str, Any], changes: dict[str, Any], event: NewEvent) -> None:
        """Move the case to its new state and append its audit event, if nobody moved it first.

        A column whose value does not change is left out of the UPDATE: SQLite rewrites the entries
        of every index over a column the statement sets, even to the same value (an extension keeps
        the state; a second decision often the outcome), and each costs a page at commit."""
        params = {k: v for k, v in changes.items() if k not in case or case[k] != v}
        params |= {"last_event_seq": event.seq, "last_event_on": event.effective_on,
                  "last_event_hash": event.hash, "updated_at": utcnow(), "version": case["version"] + 1}
        stmt = sql.update_case_stmt(frozenset(params))
        params["b_id"], params["b_version"] = case["id"], case["version"]
        updated = stmt.rowcount(self.conn, params)
        if updated != 1:
            current = self.conn.execute(
                select(disclosure_case.c.state, disclosure_case.c.version).where(disclosure_case.c.id == case["id"])
            ).first()
            state, version = (current or ("?", "?"))
            raise ConflictError(
                f"案件 {case['case_no']} 已被他人修改 / conflict: case {case['case_no']} changed meanwhile "
                f"(now in state {state}, version {version}; you had version {case['version']}); nothing was written"
            )
        self.append_event(case["id"], event)

    def append_event(self, case_id: int, event: NewEvent) -> None:
        """Append the event to its case's chain and to the global chain (whose head it locks until
        the transaction ends: workflow.store.audit_chain)."""
        ((n, link),) = audit_chain.extend(self.conn, (event.hash,))
        sql.INSERT_EVENT.execute(self.conn, {"case_id": case_id, **event.__dict__, "global_seq": n,
                                             "global_hash": link}).close()

    def latest_event(self, case_id: int, trigger: str, *, up_to: int | None = None) -> dict[str, Any] | None:
        """The case's latest event of ``trigger`` (seq, trigger, data, effective_on), or None; with
        ``up_to``, the latest at or before the event of that seq (the history as a letter saw it)."""
        if up_to is not None:
            return letter_sql.LATEST_EVENT_UP_TO.first(self.conn, {"case_id": case_id, "trigger": trigger,
                                                                    "up_to": up_to})
        return sql.LATEST_EVENT.first(self.conn, {"case_id": case_id, "trigger": trigger})

    def has_event(self, case_id: int, trigger: str) -> bool:
        return self.latest_event(case_id, trigger) is not None

    def events(self, case_id: int) -> list[dict[str, Any]]:
        return sql.EVENTS.all(self.conn, {"case_id": case_id})

    def event_chains(self, case_id: int | None = None) -> Iterable[dict[str, Any]]:
        """Every audit event with its case number, ordered by case and sequence (streamed)."""
        stmt = (select(case_event, disclosure_case.c.case_no)
                .join(disclosure_case, disclosure_case.c.id == case_event.c.case_id)
                .order_by(case_event.c.case_id, case_event.c.seq))
        if case_id is not None:
            stmt = stmt.where(case_event.c.case_id == case_id)
        for row in self.conn.execution_options(yield_per=2000).execute(stmt).mappings():
            yield dict(row)

    # -- clocks ---------------------------------------------------------------------------------

    def load_clocks(self, case_id: int) -> list[ClockState]:
        clocks = []
        # the row's values in sql.CLOCK_KEYS order (read on most transitions: no dict of the row in between)
        for clock_id, kind, party, status, started, due, target, ended, provisional, breached, spec in \
                sql.LOAD_CLOCKS.tuples(self.conn, {"case_id": case_id}):
            stored = {"status": status, "started_on": started, "due_on": due, "target_on": target, "ended_on": ended,
                      "provisional": provisional, "breached": breached, "spec": spec}
            clocks.append(ClockState(kind=kind, party=party, status=status, started_on=started, due_on=due,
                                     target_on=target, ended_on=ended, provisional=provisional, breached=breached,
                                     spec=dict(spec), id=clock_id, stored=stored))
        return clocks

    def save_clocks(self, case_id: int, clocks: Iterable[ClockState], ledger: Sequence[LedgerEntry],
                    event_seq: int | None) -> None:
        ids: dict[tuple[str, str], int] = {}
        for c in clocks:
            if c.id is not None:
                ids[(c.kind, c.party)] = c.id
            if not c.dirty:
                continue
            values = {"status": c.status, "started_on": c.started_on, "due_on": c.due_on, "target_on": c.target_on,
                      "ended_on": c.ended_on, "provisional": c.provisional, "breached": c.breached, "spec": c.spec}
            if c.id is None:
                c.id = sql.INSERT_CLOCK.insert_returning_id(
                    self.conn, {"case_id": case_id, "kind": c.kind, "party": c.party, **values})
                ids[(c.kind, c.party)] = c.id
            else:
                stored = c.stored or {}
                changed = {k: v for k, v in values.items() if k not in stored or stored[k] != v}
                if changed:
                    sql.update_clock_stmt(frozenset(changed)).execute(self.conn, {"b_id": c.id, **changed}).close()
            c.stored = {**values, "spec": dict(c.spec)}  # a later edit of c.spec must not edit this
            c.dirty = False
        if ledger:
            sql.INSERT_CLOCK_EVENT.executemany(self.conn, [
                {"clock_id": ids[(e.kind, e.party)], "case_id": case_id, "event_seq": event_seq, "kind": e.action,
                 "on_date": e.on_date, "due_before": e.due_before, "due_after": e.due_after, "data": e.data}
                for e in ledger
            ])

    def clock_ledger(self, case_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            select(clock_event, clock.c.kind.label("clock_kind"), clock.c.party)
            .join(clock, clock.c.id == clock_event.c.clock_id)
            .where(clock_event.c.case_id == case_id).order_by(clock_event.c.id)).mappings()
        return [dict(r) for r in rows]

    def open_clock_case_ids(self, years: Iterable[int] | None = None) -> list[int]:
        """Cases with a running or paused clock (optionally: whose due date falls in one of ``years``)."""
        stmt = select(clock.c.case_id).where(clock.c.status.in_(("running", "paused"))).distinct()
        if years is not None:
            years = sorted(set(years))
            stmt = stmt.where(and_(clock.c.due_on >= date(years[0] - 1, 1, 1)))
        return list(self.conn.execute(stmt).scalars())

    # -- proceedings, delivery (fees: workflow.store.fee_verbs) -----------------------------------

    def open_proceeding(self, case: dict[str, Any], kind: str, filed_on: date, body: str | None) -> int:
        return self.conn.execute(insert(proceeding).values(case_id=case["id"], agency_id=case["agency_id"], kind=kind,
                                                           filed_on=filed_on, body=body)).inserted_primary_key[0]

    def proceedings(self, case_id: int) -> list[dict[str, Any]]:
        return sql.PROCEEDINGS.all(self.conn, {"case_id": case_id})

    def decide_proceeding(self, case_id: int, proceeding_id: int, result: str, decided_on: date) -> None:
        self.conn.execute(update(proceeding).where(proceeding.c.id == proceeding_id, proceeding.c.case_id == case_id)
                          .values(result=result, decided_on=decided_on))

    def record_service(self, case_id: int, kind: str, event_seq: int, *, served_on: date, method: str,
                       tracking_no: str | None, recorded_seq: int) -> None:
        """The letter ``kind`` owed by event ``event_seq`` was served (linked to the stored letter, if made)."""
        letter_id = self.conn.execute(select(letter.c.id).where(
            letter.c.case_id == case_id, letter.c.kind == kind, letter.c.event_seq == event_seq,
        ).order_by(letter.c.id.desc())).scalar()
        self.conn.execute(insert(letter_service).values(
            case_id=case_id, kind=kind, event_seq=event_seq, letter_id=letter_id, served_on=served_on,
            method=method, tracking_no=tracking_no, recorded_seq=recorded_seq))

    def services(self, case_id: int) -> list[dict[str, Any]]:
        """The letters of the case recorded as served, in the order of the events that owed them."""
        stmt = select(letter_service).where(letter_service.c.case_id == case_id)
        return [dict(r) for r in self.conn.execute(stmt.order_by(letter_service.c.event_seq, letter_service.c.id)).mappings()]

    # -- letters --------------------------------------------------------------------------------

    def store_letter(self, case_id: int, kind: str, *, issued_on: date, body_text: str, body_html: str | None = None,
                     letter_no: str | None = None, event_seq: int | None = None) -> int:
        """Keep a letter as issued (its words do not change when the templates do); returns its id."""
        return sql.INSERT_LETTER.insert_returning_id(self.conn, {
            "case_id": case_id, "kind": kind, "letter_no": letter_no, "issued_on": issued_on,
            "event_seq": event_seq, "body_text": body_text, "body_html": body_html, "created_at": utcnow()})

    def letters(self, case_id: int, kind: str | None = None) -> list[dict[str, Any]]:
        """The case's stored letters (of one kind), oldest first."""
        stmt = select(letter).where(letter.c.case_id == case_id)
        if kind is not None:
            stmt = stmt.where(letter.c.kind == kind)
        return [dict(r) for r in self.conn.execute(stmt.order_by(letter.c.id)).mappings()]

    def request_letters(self, case_id: int, event_seq: int, kinds: Sequence[str], facts: dict[str, Any]) -> None:
        """Owe the letters ``kinds`` of the case's event ``event_seq`` (made later by the letter worker)."""
        letter_sql.INSERT_REQUEST.execute(self.conn, {
            "case_id": case_id, "event_seq": event_seq, "kinds": list(kinds), "facts": facts, "attempts": 0,
            "created_at": utcnow()}).close()

    def letter_requests(self, *, case_id: int | None = None, after: int = 0, limit: int = 100,
                        max_attempts: int = 1_000_000) -> list[dict[str, Any]]:
        """Letters owed with their case numbers, oldest first (of one case; with ids above ``after``),
        skipping those whose making failed ``max_attempts`` times."""
        params = {"after": after, "limit": limit, "max_attempts": max_attempts}
        if case_id is None:
            return letter_sql.PENDING.all(self.conn, params)
        return letter_sql.PENDING_OF_CASE.all(self.conn, {**params, "case_id": case_id})

    def take_letter_request(self, request_id: int) -> bool:
        """Remove the request before making its letters; False when another worker took it first."""
        return letter_sql.TAKE.rowcount(self.conn, {"request_id": request_id}) == 1

    def letter_request_failed(self, request_id: int, error: str) -> None:
        letter_sql.FAILED.execute(self.conn, {"request_id": request_id, "error": error[:2000]}).close()

    def retry_letter_request(self, request_id: int) -> bool:
        """Try a request that failed again from its first attempt; False when there is no such request."""
        return letter_sql.RETRY.rowcount(self.conn, {"request_id": request_id}) == 1

    def event_at(self, case_id: int, seq: int) -> dict[str, Any] | None:
        """The case's event ``seq`` (seq, trigger, data, effective_on), or None."""
        return letter_sql.EVENT.first(self.conn, {"case_id": case_id, "seq": seq})

    # -- outbox ---------------------------------------------------------------------------------

    def enqueue(self, *, key: str, kind: str, channel: str, template: str, context: dict[str, Any],
                case_id: int | None = None, recipient_user_id: int | None = None, address: str | None = None,
                subject: str | None = None) -> bool:
        """Queue one message in the caller's transaction; False when that idempotency key exists already."""
        now = utcnow()
        return sql.upsert(self.conn, "outbox_ignore", outbox, lambda stmt: stmt.on_conflict_do_nothing(
            index_elements=[outbox.c.idempotency_key]), sql.OUTBOX_KEYS).rowcount(self.conn, {
                "idempotency_key": key, "kind": kind, "case_id": case_id, "recipient_user_id": recipient_user_id,
                "channel": channel, "address": address, "template": template,
                "context": _plain(context), "subject": subject, "status": "pending",
                "attempts": 0, "next_attempt_at": now, "created_at": now}) == 1

    # -- listing ----------------------------------------------------------------------------------

    def count_cases(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(disclosure_case)).scalar_one())
