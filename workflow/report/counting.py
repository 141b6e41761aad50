"""The report's numbers, aggregated in SQL (rules.md §6).

Every figure is a ``GROUP BY`` over indexed columns of ``disclosure_case`` (agency, date, outcome,
applicant type), ``proceeding`` or ``fee_notice``: the database returns at most one row per
(agency, applicant type, outcome) and no case is loaded into Python. The same predicates serve
``report explain``, which lists the cases behind a cell, so a cell and its explanation cannot
disagree.

Each measure is computed directly (结转下年度 is counted, not derived as a difference), so that
the checks compare independent figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Connection, and_, case, func, literal, or_, select

from workflow.deadlines.on_time import clock_done, clock_on_time
from workflow.errors import NotFoundError
from workflow.store.models import agency, clock, disclosure_case, fee_notice, proactive_conversion, proceeding

dc = disclosure_case


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


@dataclass(frozen=True)
class AgencyRef:
    id: int
    code: str
    name: str
    parent_id: int | None = None
    depth: int = 0


@dataclass(frozen=True)
class Scope:
    root: AgencyRef
    agencies: tuple[AgencyRef, ...]  # the root first, then its descendants depth-first
    include_subordinates: bool

    @property
    def ids(self) -> list[int]:
        return [a.id for a in self.agencies]


def resolve_scope(conn: Connection, code: str, include_subordinates: bool = False) -> Scope:
    """The agency with ``code`` and, if asked, every descendant (a recursive CTE over parent_id)."""
    root = conn.execute(
        select(agency.c.id, agency.c.code, agency.c.name, agency.c.parent_id).where(agency.c.code == code)
    ).first()
    if root is None:
        raise NotFoundError(f"机构不存在: {code} / unknown agency code")
    root_ref = AgencyRef(root.id, root.code, root.name, root.parent_id, 0)
    if not include_subordinates:
        return Scope(root_ref, (root_ref,), False)
    tree = (
        select(agency.c.id, agency.c.parent_id, agency.c.code, agency.c.name, literal(0).label("depth"))
        .where(agency.c.id == root.id)
        .cte("agency_tree", recursive=True)
    )
    child = agency.alias("child")
    tree = tree.union_all(
        select(child.c.id, child.c.parent_id, child.c.code, child.c.name, tree.c.depth + 1).where(
            child.c.parent_id == tree.c.id
        )
    )
    found = [AgencyRef(r.id, r.code, r.name, r.parent_id, r.depth) for r in conn.execute(select(tree))]
    by_parent: dict[int | None, list[AgencyRef]] = {}
    for a in found:
        by_parent.setdefault(a.parent_id, []).append(a)
    ordered: list[AgencyRef] = []

    def walk(a: AgencyRef) -> None:
        ordered.append(a)
        for c in sorted(by_parent.get(a.id, []), key=lambda x: x.code):
            walk(c)

    walk(next(a for a in found if a.id == root.id))
    return Scope(ordered[0], tuple(ordered), True)


def in_scope(column: ColumnElement, ids: list[int]) -> ColumnElement:
    return column == ids[0] if len(ids) == 1 else column.in_(ids)


# An upper bound that changes no result: it makes ``concluded_on > X`` a two-sided range, which
# SQLite's planner (without ANALYZE statistics) rates above the one-sided ``received_on < Y`` and
# so walks the concluded-date index, whose range is short for a recent year.
FAR_FUTURE = date(9999, 12, 31)


def measure_parts(measure: str, year: int) -> list[tuple[ColumnElement, ColumnElement | None]]:
    """A measure's predicate as disjoint alternatives ``(index part, residual)``: the index part
    goes into WHERE; a residual on an open case is counted with ``FILTER`` so that the planner
    cannot pick the received-date index and scan the whole history for the few open cases."""
    jan1, dec31 = year_bounds(year)
    if measure == "new_received":
        return [(dc.c.received_on.between(jan1, dec31), None)]
    if measure == "results_total":
        return [(dc.c.concluded_on.between(jan1, dec31), None)]
    if measure == "carried_over_in":  # received before 1 January, not concluded by then
        return [
            (dc.c.concluded_on.is_(None), dc.c.received_on < jan1),
            (and_(dc.c.concluded_on >= jan1, dc.c.concluded_on <= FAR_FUTURE, dc.c.received_on < jan1), None),
        ]
    if measure == "carried_over_out":  # received by 31 December, not concluded by then
        return [
            (dc.c.concluded_on.is_(None), dc.c.received_on <= dec31),
            (
                and_(dc.c.concluded_on > dec31, dc.c.concluded_on <= FAR_FUTURE, dc.c.received_on <= dec31),
                None,
            ),
        ]
    raise ValueError(f"unknown measure {measure!r}")


def measure_condition(measure: str, year: int) -> ColumnElement:
    alts = [
        part if residual is None else and_(part, residual) for part, residual in measure_parts(measure, year)
    ]
    return alts[0] if len(alts) == 1 else or_(*alts)


def cell_condition(
    year: int, *, measure: str | None = None, outcomes: tuple[str, ...] = (), column: str | None = None
) -> ColumnElement:
    """The cases behind a table-三 cell: a measure, or results restricted to ``outcomes``; a column
    code restricts the applicant type (``None`` = the total column, every applicant type)."""
    parts = [measure_condition(measure or "results_total", year)]
    if outcomes:
        parts.append(dc.c.outcome.in_(outcomes))
    if column is not None:
        parts.append(dc.c.applicant_type == column)
    return and_(*parts)


@dataclass
class Tallies:
    """Counts per agency as the database grouped them; nothing here is per case."""

    measures: dict[str, Counter] = field(default_factory=dict)  # measure -> (agency, type) -> n
    results: Counter = field(default_factory=Counter)  # (agency, outcome, type) -> n
    replied: Counter = field(default_factory=Counter)  # agency -> replies (the reply clock met)
    on_time: Counter = field(default_factory=Counter)  # agency -> replies on time
    proceedings: Counter = field(default_factory=Counter)  # (agency, kind, result at 31 Dec | None) -> n
    notices: Counter = field(default_factory=Counter)  # agency -> n
    amount_notified: dict[int, Decimal] = field(default_factory=dict)
    amount_collected: dict[int, Decimal] = field(default_factory=dict)
    waived: Counter = field(default_factory=Counter)  # agency -> fee notices waived in the year
    amount_waived: dict[int, Decimal] = field(default_factory=dict)
    converted: Counter = field(default_factory=Counter)  # agency -> conversions to proactive published in the year


def count_measure(conn: Connection, ids: list[int], measure: str, year: int) -> Counter:
    """(agency, applicant type) -> number of cases, for one of the case-level measures."""
    out: Counter = Counter()
    for part, residual in measure_parts(measure, year):
        counted = func.count() if residual is None else func.count().filter(residual)
        stmt = (
            select(dc.c.agency_id, dc.c.applicant_type, counted)
            .where(in_scope(dc.c.agency_id, ids), part)
            .group_by(dc.c.agency_id, dc.c.applicant_type)
        )
        for agency_id, applicant_type, n in conn.execute(stmt):
            out[(agency_id, applicant_type)] += n
    return out


def tally(conn: Connection, ids: list[int], year: int, *, clock_kind: str) -> Tallies:
    jan1, dec31 = year_bounds(year)
    t = Tallies()
    for measure in ("new_received", "carried_over_in", "carried_over_out"):
        t.measures[measure] = count_measure(conn, ids, measure, year)

    concluded = and_(in_scope(dc.c.agency_id, ids), dc.c.concluded_on.between(jan1, dec31))
    stmt = (
        select(dc.c.agency_id, dc.c.outcome, dc.c.applicant_type, func.count())
        .where(concluded)
        .group_by(dc.c.agency_id, dc.c.outcome, dc.c.applicant_type)
    )
    for agency_id, outcome, applicant_type, n in conn.execute(stmt):
        t.results[(agency_id, outcome, applicant_type)] += n
    results_total: Counter = Counter()
    for (agency_id, _outcome, applicant_type), n in t.results.items():
        results_total[(agency_id, applicant_type)] += n
    t.measures["results_total"] = results_total

    # replies and on-time replies among the cases concluded in the year, as defined once in
    # workflow.deadlines.on_time. On SQLite the concluded cases are sorted by id first so that the
    # clock look-ups walk the clock index in order.
    cases = select(dc.c.id, dc.c.agency_id).where(concluded)
    if conn.dialect.name == "sqlite":
        cases = cases.order_by(dc.c.id)
    cases = cases.subquery("concluded_cases")
    stmt = (
        select(cases.c.agency_id, func.count(), func.count().filter(clock_on_time()))
        .select_from(cases.join(clock, and_(clock.c.case_id == cases.c.id, clock.c.kind == clock_kind)))
        .where(clock_done())
        .group_by(cases.c.agency_id)
    )
    for agency_id, replied, on_time in conn.execute(stmt):
        t.replied[agency_id], t.on_time[agency_id] = replied, on_time

    as_of = case(
        (and_(proceeding.c.result.is_not(None), proceeding.c.decided_on <= dec31), proceeding.c.result),
        else_=None,
    ).label("result_as_of")
    stmt = (
        select(proceeding.c.agency_id, proceeding.c.kind, as_of, func.count())
        .where(in_scope(proceeding.c.agency_id, ids), proceeding.c.filed_on.between(jan1, dec31))
        .group_by(proceeding.c.agency_id, proceeding.c.kind, as_of)
    )
    for agency_id, kind, result, n in conn.execute(stmt):
        t.proceedings[(agency_id, kind, result)] += n

    stmt = (
        select(fee_notice.c.agency_id, func.count(), func.coalesce(func.sum(fee_notice.c.amount), 0))
        .where(in_scope(fee_notice.c.agency_id, ids), fee_notice.c.sent_on.between(jan1, dec31))
        .group_by(fee_notice.c.agency_id)
    )
    for agency_id, n, amount in conn.execute(stmt):
        t.notices[agency_id] = n
        t.amount_notified[agency_id] = Decimal(str(amount))
    stmt = (
        select(fee_notice.c.agency_id, func.coalesce(func.sum(fee_notice.c.paid_amount), 0))
        .where(in_scope(fee_notice.c.agency_id, ids), fee_notice.c.paid_on.between(jan1, dec31))
        .group_by(fee_notice.c.agency_id)
    )
    for agency_id, amount in conn.execute(stmt):
        t.amount_collected[agency_id] = Decimal(str(amount))
    stmt = (
        select(fee_notice.c.agency_id, func.count(), func.coalesce(func.sum(fee_notice.c.amount), 0))
        .where(in_scope(fee_notice.c.agency_id, ids), fee_notice.c.waived_on.between(jan1, dec31))
        .group_by(fee_notice.c.agency_id)
    )
    for agency_id, n, amount in conn.execute(stmt):
        t.waived[agency_id] = n
        t.amount_waived[agency_id] = Decimal(str(amount))
    # 依申请公开转主动公开 (条例 Art. 44): counted in the year it was published
    stmt = (
        select(proactive_conversion.c.agency_id, func.count())
        .where(in_scope(proactive_conversion.c.agency_id, ids), proactive_conversion.c.published_on.between(jan1, dec31))
        .group_by(proactive_conversion.c.agency_id)
    )
    for agency_id, n in conn.execute(stmt):
        t.converted[agency_id] = n
    return t


def _pick(ids: set[int] | None, agency_id: int) -> bool:
    return ids is None or agency_id in ids


def columns_of(counter: Counter, columns: tuple[str, ...], total: str, ids: set[int] | None) -> list[int]:
    """One value per column code; the total column counts every applicant type, known or not."""
    by_type: Counter = Counter()
    for (agency_id, applicant_type), n in counter.items():
        if _pick(ids, agency_id):
            by_type[applicant_type] += n
    return [sum(by_type.values()) if c == total else by_type.get(c, 0) for c in columns]


def table3_values(t: Tallies, layout, ids: set[int] | None = None) -> dict[str, list[int]]:  # noqa: ANN001
    """JSON row key -> the 7 column values, for all agencies of the tally or the subset ``ids``."""
    out: dict[str, list[int]] = {}
    for row in layout.json_rows:
        if row.measure:
            counter = t.measures[row.measure]
        else:
            counter = Counter()
            for (agency_id, outcome, applicant_type), n in t.results.items():
                if outcome == row.outcome:
                    counter[(agency_id, applicant_type)] += n
        out[row.key] = columns_of(counter, layout.columns, layout.total_column, ids)
    return out


def table4_values(t: Tallies, layout, ids: set[int] | None = None) -> dict[str, list[int]]:  # noqa: ANN001
    """Group key -> the 5 column values; the total counts every proceeding of the group."""
    out: dict[str, list[int]] = {}
    for g in layout.t4_groups:
        by_result: Counter = Counter()
        for (agency_id, kind, result), n in t.proceedings.items():
            if kind == g.kind and _pick(ids, agency_id):
                by_result[result] += n
        values = []
        for c in layout.t4_columns:
            if c.total:
                values.append(sum(by_result.values()))
            elif c.pending:
                values.append(by_result.get(None, 0))
            else:
                values.append(by_result.get(c.result, 0))
        out[g.key] = values
    return out


def fees_values(t: Tallies, ids: set[int] | None = None) -> dict[str, object]:
    def total(d: dict) -> Decimal:
        return sum((v for k, v in d.items() if _pick(ids, k)), Decimal(0))

    return {
        "notices": sum(n for k, n in t.notices.items() if _pick(ids, k)),
        "amount_notified": float(total(t.amount_notified).quantize(Decimal("0.01"))),
        "amount_collected": float(total(t.amount_collected).quantize(Decimal("0.01"))),
    }


def waiver_values(t: Tallies, ids: set[int] | None = None) -> dict[str, object]:
    """Fee notices waived in the year and their amount (减免, GIR2008 Art. 28): values for the
    paragraphs; the public JSON's ``fees`` keeps its three keys."""
    amount = sum((v for k, v in t.amount_waived.items() if _pick(ids, k)), Decimal(0))
    return {
        "waived": sum(n for k, n in t.waived.items() if _pick(ids, k)),
        "amount_waived": float(amount.quantize(Decimal("0.01"))),
    }


def proactive_values(t: Tallies, ids: set[int] | None = None) -> dict[str, object]:
    """Information released on application and published proactively in the year (条例 Art. 44)."""
    return {"converted_to_proactive": sum(n for k, n in t.converted.items() if _pick(ids, k))}


def on_time_value(t: Tallies, ids: set[int] | None = None) -> int:
    return sum(n for k, n in t.on_time.items() if _pick(ids, k))


def replied_value(t: Tallies, ids: set[int] | None = None) -> int:
    return sum(n for k, n in t.replied.items() if _pick(ids, k))
