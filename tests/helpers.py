"""A small world builder for engine tests: one agency, one user per role, and short verbs.

    from helpers import make_world                   # tests/ is on sys.path under pytest

    def test_something(engine):                      # the conftest fixture: SQLite and PostgreSQL
        w = make_world(engine, today=date(2026, 11, 25))
        case_no = w.register(on=date(2026, 3, 2))   # in person, submitted = received = 2026-03-02
        w.fire(case_no, "accept", date(2026, 3, 2))  # actor chosen by the trigger's role (clerk)
        w.fire(case_no, "extend", date(2026, 3, 5), days=10, reason="量大")  # head
        assert w.case(case_no)["state"] == "in_review"
        assert w.clock(case_no, "reply").due_on == ...

``today`` is what the services take as today (effective dates may not be later); change
``w.today`` to move it. Trigger data is passed as keyword arguments exactly as the CLI's
``--set key=value`` would pass it (strings are fine; dates and numbers too).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select

from workflow.accounts.tokens import create_intake_token, intake_user_name
from workflow.app import Services
from workflow.clocks.clockset import ClockState
from workflow.definitions.model import Definition, Registry
from workflow.engine.cases import FireResult
from workflow.store.db import read, write
from workflow.store.models import (
    app_user,
    case_event,
    clock,
    clock_event,
    disclosure_case,
    fee_notice,
    letter,
    outbox,
    proceeding,
)
from workflow.store.repository import Repository

ROLES = ("clerk", "reviewer", "head", "supervisor")

# a valid GB 11643 number (check digit X) for registrations that carry one
VALID_ID_NUMBER = "11010519491231002X"
# how to pay a fee: a fee notice cannot be made without it (the world's agency has it unless told)
PAYMENT_INSTRUCTIONS = "通过非税收入缴款平台缴纳（缴款码随本通知书送达）"
# what a reply's remedies paragraph names besides: a world whose cases are archived needs the reply
# letter made (the archive checklist asks for it), and the letter is refused without these
FILING_SETTINGS = {"payment_instructions": PAYMENT_INSTRUCTIONS, "reconsideration_body": "上海市黄浦区人民政府",
                   "court": "上海市黄浦区人民法院"}


@dataclass
class World:
    """One agency (``agency``) with a user per role; ``users[role]`` is that user's name."""

    services: Services
    agency: str
    users: dict[str, str]
    today: date
    defaults: dict[str, Any] = field(default_factory=dict)

    # -- people ------------------------------------------------------------------------------

    @property
    def clerk(self) -> str:
        return self.users["clerk"]

    @property
    def reviewer(self) -> str:
        return self.users["reviewer"]

    @property
    def head(self) -> str:
        return self.users["head"]

    @property
    def supervisor(self) -> str:
        return self.users["supervisor"]

    @property
    def engine(self) -> Engine:
        return self.services.db

    @property
    def registry(self) -> Registry:
        return self.services.registry

    def definition(self, case_no: str) -> Definition:
        row = self.case(case_no)
        return self.registry.get(row["definition_name"], row["definition_version"])

    def with_registry(self, registry: Registry) -> World:
        """The same database, agency and users, with other definitions installed (e.g. a new version)."""
        other = World(
            services=None,
            agency=self.agency,
            users=dict(self.users),
            today=self.today,  # type: ignore[arg-type]
            defaults=dict(self.defaults),
        )
        other.services = Services.for_db(
            self.engine, self.services.settings, today=lambda: other.today, registry=registry
        )
        return other

    def actor_for(self, case_no: str, trigger: str) -> str:
        """The world's user holding the first role of the trigger that the world has a user for."""
        trig = self.definition(case_no).triggers.get(trigger)
        for role in trig.roles if trig else ("clerk",):
            if role in self.users:
                return self.users[role]
        return self.clerk

    # -- verbs -------------------------------------------------------------------------------

    def register(self, on: date | None = None, **overrides: Any) -> str:
        """Register an application; returns the case number.

        Defaults: this world's agency, channel ``in_person``, ``submitted`` = ``on`` (so the date of
        receipt is ``on``), a natural person, a subject. ``on`` (the effective date) defaults to
        ``submitted`` when given, else to ``today``. Any field can be overridden; pass ``None`` to
        leave a default field out. ``actor=`` picks another registering user.
        """
        actor = overrides.pop("actor", None) or self.clerk
        if on is None:
            on = overrides.get("submitted") or self.today
        data: dict[str, Any] = {
            "agency": self.agency,
            "channel": "in_person",
            "submitted": on,
            "applicant_type": "natural_person",
            "applicant_name": "张三",
            "subject": "2025年度本机关行政许可决定书目录",
            **self.defaults,
        }
        data.update(overrides)
        data = {k: v for k, v in data.items() if v is not None}
        case_no = self.services.cases.register(actor, data, on).case_no
        self.services.make_letters(case_no)
        return case_no

    def register_online(self, on: date, agency: str | None = None, **overrides: Any) -> str:
        """Register an application as the agency's website does (its intake user, made here if need
        be; channel ``online``, confirmed ``on``): the case has no clerk until one takes it."""
        agency = agency or self.agency
        with write(self.engine) as conn:
            exists = conn.execute(select(app_user.c.id).where(app_user.c.name == intake_user_name(agency))).first()
            if exists is None:
                create_intake_token(conn, agency)
        return self.register(on=on, actor=intake_user_name(agency), agency=agency, channel="online",
                             submitted=None, confirmed=on, **overrides)

    def fire(
        self,
        case_no: str,
        trigger: str,
        on: date | None = None,
        actor: str | None = None,
        expected_version: int | None = None,
        **data: Any,
    ) -> FireResult:
        """Fire ``trigger`` on ``on`` (default today) as ``actor`` (default: by the trigger's role)."""
        actor = actor or self.actor_for(case_no, trigger)
        result = self.services.cases.fire(
            case_no, trigger, actor, on or self.today, data, expected_version=expected_version
        )
        self.services.make_letters(case_no)  # as ``disclosure fire`` does: the letters it owes, now
        return result

    # -- reading back ------------------------------------------------------------------------

    def case(self, case_no: str) -> dict[str, Any]:
        with read(self.engine) as conn:
            return Repository(conn).load_case(case_no)

    def state(self, case_no: str) -> str:
        return self.case(case_no)["state"]

    def events(self, case_no: str) -> list[dict[str, Any]]:
        with read(self.engine) as conn:
            repo = Repository(conn)
            return repo.events(repo.load_case(case_no)["id"])

    def clocks(self, case_no: str) -> dict[tuple[str, str], ClockState]:
        """The case's clocks keyed by (kind, party); party is "" for clocks that are not per party."""
        with read(self.engine) as conn:
            repo = Repository(conn)
            return {(c.kind, c.party): c for c in repo.load_clocks(repo.load_case(case_no)["id"])}

    def clock(self, case_no: str, kind: str, party: str = "") -> ClockState | None:
        return self.clocks(case_no).get((kind, party))

    def ledger(self, case_no: str) -> list[dict[str, Any]]:
        with read(self.engine) as conn:
            repo = Repository(conn)
            return repo.clock_ledger(repo.load_case(case_no)["id"])

    def proceedings(self, case_no: str) -> list[dict[str, Any]]:
        with read(self.engine) as conn:
            repo = Repository(conn)
            return repo.proceedings(repo.load_case(case_no)["id"])

    def fee_notices(self, case_no: str) -> list[dict[str, Any]]:
        with read(self.engine) as conn:
            case_id = Repository(conn).load_case(case_no)["id"]
            rows = conn.execute(
                select(fee_notice).where(fee_notice.c.case_id == case_id).order_by(fee_notice.c.id)
            ).mappings()
            return [dict(r) for r in rows]

    def snapshot(self, case_no: str | None = None) -> dict[str, Any]:
        """Everything a transition may write, to compare before and after a refused one.

        With ``case_no``: the case row, its events, clocks, clock ledger, fee notices and
        proceedings; always: row counts of the case, event, clock, ledger, outbox, fee, proceeding and letter tables.
        """
        with read(self.engine) as conn:
            snap: dict[str, Any] = {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (
                    ("cases", disclosure_case),
                    ("events", case_event),
                    ("clocks", clock),
                    ("clock_events", clock_event),
                    ("outbox", outbox),
                    ("fee_notices", fee_notice),
                    ("proceedings", proceeding),
                    ("letters", letter),
                )
            }
            if case_no is not None:
                repo = Repository(conn)
                row = repo.load_case(case_no)
                snap["case"] = {k: v for k, v in row.items() if k != "updated_at"}
                snap["updated_at"] = row["updated_at"]
                snap["case_events"] = repo.events(row["id"])
                snap["case_clocks"] = sorted(
                    (
                        dict(r)
                        for r in conn.execute(select(clock).where(clock.c.case_id == row["id"])).mappings()
                    ),
                    key=lambda r: r["id"],
                )
                snap["case_ledger"] = repo.clock_ledger(row["id"])
        return snap


def make_world(
    engine: Engine,
    today: date = date(2026, 11, 25),
    *,
    agency: str = "sjj",
    prefix: str = "SJJ",
    registry: Registry | None = None,
    settings: dict[str, Any] | None = None,
    agency_settings: dict[str, Any] | None = None,
) -> World:
    """Create an agency and four users (``clerk_<agency>``, ``reviewer_<agency>``, ``head_<agency>``, ``supervisor_<agency>``)
    holding one role each there, and return the world. ``engine`` must be migrated (the ``engine``
    fixture is). ``registry`` replaces the shipped definitions (e.g. one loaded from tmp_path).
    ``agency_settings`` default: only ``payment_instructions`` (a fee notice needs it).
    """
    kwargs: dict[str, Any] = {}
    if registry is not None:
        kwargs["registry"] = registry
    world = World(
        services=None,
        agency=agency,
        users={r: f"{r}_{agency}" for r in ROLES},  # type: ignore[arg-type]
        today=today,
    )
    world.services = Services.for_db(engine, settings, today=lambda: world.today, **kwargs)
    with write(engine) as conn:
        repo = Repository(conn)
        if agency_settings is None:
            agency_settings = {"payment_instructions": PAYMENT_INSTRUCTIONS}
        agency_id = repo.add_agency(agency, f"测试机关{agency}", prefix, settings=agency_settings)
        for role, name in world.users.items():
            repo.grant_role(repo.add_user(name, display_name=name), agency_id, role)
    return world


def hear_reasons(w: World, case_no: str, on: date, answer_by: date | None = None) -> None:
    """Art. 35's first steps, which a delayed reply needs: the applicant asked for reasons on ``on``
    (by ``answer_by``, default a fortnight later) and answering the same day."""
    w.fire(case_no, "request_reasons", on, answer_by=answer_by or date.fromordinal(on.toordinal() + 14))
    w.fire(case_no, "receive_reasons", on, text="申请人称所需信息用于课题研究")


def link_to_earlier_reply(w: World, case_no: str, earlier_on: date) -> str:
    """What a decision of ``declined_repeat`` needs (条例 Art. 36 item (六)): an earlier application of
    the same applicant, received on ``earlier_on`` and answered that day, confirmed as the one this
    case repeats (``link_repeat``). Returns the earlier case's number."""
    case = w.case(case_no)
    same = {k: case[k] for k in ("applicant_type", "applicant_name", "id_number", "credit_code", "subject")}
    earlier = w.register(on=earlier_on, **same)
    w.fire(earlier, "accept", earlier_on)
    w.fire(earlier, "decide", earlier_on, outcome="unavailable_not_held", basis="not_exist")
    w.fire(earlier, "sign_off", earlier_on)
    w.fire(case_no, "link_repeat", max(earlier_on, case["received_on"]), earlier=earlier)
    return earlier


def missing_file_items(w: World, case_no: str) -> list[str]:
    """The names of the case's archive checklist items not yet on file."""
    from workflow.definitions.checklist import evaluate
    from workflow.store.case_file import file_facts

    with read(w.engine) as conn:
        repo = Repository(conn)
        statuses = evaluate(w.definition(case_no), w.registry.vocabulary, file_facts(repo, repo.load_case(case_no)))
    return [s.name for s in statuses if not s.done]


def file_the_case(w: World, case_no: str) -> list[str]:
    """Attach a sample scan for every missing item of the case's archive checklist that an attachment
    meets (the application, a 送达回证, a third party's written opinion, ...), as a clerk filing the
    case would; returns the kinds attached. Services and events are the test's own to record."""
    from workflow.demo.samples import sample_pdf

    checklist = w.definition(case_no).file_checklist
    kinds = []
    for name in missing_file_items(w, case_no) if checklist else []:
        way = next((x for x in checklist.items[name].ways if x.kind == "attachment"), None)
        if way is not None:
            kinds.append(way.values[0])
    for kind in kinds:
        w.services.attachments.attach(case_no, w.clerk, sample_pdf(f"{case_no} {kind}"), filename=f"{kind}.pdf",
                                      kind=kind)
    return kinds
