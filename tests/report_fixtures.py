"""Case logs for report tests, built from the report they must yield.

``case_specs_from_report(expected, year)`` turns a table 三 / 四 (our JSON shape or the shape of
``shared/domain/example-report-stcsm-2024.json``) into a list of :class:`CaseSpec`: per applicant
column, the 上年结转 cases are received in December of the previous year and concluded in
January, the remaining outcomes go to cases received during the year, and whatever must be
carried out is received in the year and concluded next January (or left open). Each table-四
proceeding is attached to a concluded case. The specs say *what* happened, so the same list can be
replayed through direct inserts (``insert_specs`` here), the engine's triggers or the importer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert

from workflow.store.models import agency, app_user, clock, disclosure_case, fee_notice, proceeding

NOW = datetime(2025, 1, 15, 8, 0, tzinfo=UTC)


@dataclass
class ProceedingSpec:
    kind: str
    filed_on: date
    result: str | None = None
    decided_on: date | None = None


@dataclass
class FeeSpec:
    sent_on: date
    amount: Decimal
    paid_on: date | None = None
    paid_amount: Decimal | None = None
    waived_on: date | None = None


@dataclass
class CaseSpec:
    applicant_type: str
    received_on: date
    concluded_on: date | None = None
    outcome: str | None = None
    on_time: bool = True
    applicant_name: str = "张三"
    proceedings: list[ProceedingSpec] = field(default_factory=list)
    fees: list[FeeSpec] = field(default_factory=list)


def normalize_expected(
    expected: dict[str, Any],
) -> tuple[list[str], dict[str, list[int]], list[str], dict[str, list[int]]]:
    """(columns, table-三 rows by key, table-四 columns, table-四 groups by key) from either shape."""
    t3, t4 = expected["table3"], expected["table4"]
    if isinstance(t3.get("rows"), list):
        columns = t3["columns"]
        rows = {r["key"]: r["values"] for r in t3["rows"]}
        t4_columns = t4["columns"]
        groups = {g["key"]: g["values"] for g in t4["groups"]}
    else:
        columns, rows = expected["columns"], dict(t3)
        t4_columns, groups = expected["table4_columns"], dict(t4)
    return columns, rows, t4_columns, groups


MEASURES = {"new_received", "carried_over_in", "results_total", "carried_over_out"}


def case_specs_from_report(expected: dict[str, Any], year: int | None = None) -> list[CaseSpec]:
    year = year or expected["year"]
    columns, rows, t4_columns, groups = normalize_expected(expected)
    outcome_keys = [k for k in rows if k not in MEASURES]
    specs: list[CaseSpec] = []
    day = 0
    for ci, col in enumerate(columns):
        if col == "total":
            continue
        outcomes = [k for k in outcome_keys for _ in range(rows[k][ci])]
        new, cin, cout = rows["new_received"][ci], rows["carried_over_in"][ci], rows["carried_over_out"][ci]
        assert new + cin == len(outcomes) + cout, f"expected report does not balance in column {col}"
        for i in range(cin):
            received = date(year - 1, 12, 18 + i % 10)
            if outcomes:
                specs.append(
                    CaseSpec(col, received, date(year, 1, 8 + i % 15), outcomes.pop(0), on_time=i % 2 == 0)
                )
            else:  # received last year and still open at the end of this year
                specs.append(CaseSpec(col, received))
        carried_out = 0
        for _ in range(new):
            day += 1
            received = date(year, 1, 2) + timedelta(days=(day * 7) % 320)
            if outcomes:
                concluded = min(received + timedelta(days=12 + day % 20), date(year, 12, 31))
                specs.append(CaseSpec(col, received, concluded, outcomes.pop(0), on_time=day % 10 != 0))
            else:
                carried_out += 1
                if carried_out % 2:  # carried out: concluded next January
                    specs.append(CaseSpec(col, date(year, 12, 20), date(year + 1, 1, 10), outcome_keys[0]))
                else:  # carried out: still open
                    specs.append(CaseSpec(col, date(year, 12, 22)))
        assert not outcomes
    concluded = [s for s in specs if s.concluded_on and s.concluded_on.year == year]
    n = 0
    for g, values in groups.items():
        for code, count in zip(t4_columns, values, strict=True):
            if code == "total":
                continue
            for k in range(count):
                host = concluded[n % len(concluded)]
                n += 1
                filed = min(host.concluded_on + timedelta(days=20), date(year, 12, 1))
                if code == "pending":
                    # undecided, or decided only after 31 December: both pending at the year end
                    decided = date(year + 1, 2, 1) if k % 2 else None
                    result = "upheld" if k % 2 else None
                else:
                    decided, result = min(filed + timedelta(days=40), date(year, 12, 30)), code
                host.proceedings.append(ProceedingSpec(g, filed, result, decided))
    return specs


_counter = {"n": 0}


def db_url(engine) -> str:  # noqa: ANN001
    """The URL to pass to ``disclosure --db`` for a test engine (password kept)."""
    return engine.url.render_as_string(hide_password=False)


def make_agency(conn: Connection, code: str, name: str, parent_id: int | None = None) -> int:
    return conn.execute(
        insert(agency).values(code=code, name=name, parent_id=parent_id, prefix=code.upper(), settings={})
    ).inserted_primary_key[0]


def make_user(conn: Connection, name: str, display_name: str | None = None) -> int:
    return conn.execute(
        insert(app_user).values(name=name, display_name=display_name, addresses={})
    ).inserted_primary_key[0]


def insert_case(
    conn: Connection,
    agency_id: int,
    spec: CaseSpec,
    *,
    clerk_id: int | None = None,
    case_no: str | None = None,
) -> int:
    """One case with every NOT NULL column filled, plus its reply clock, proceedings and fees."""
    _counter["n"] += 1
    concluded = spec.concluded_on is not None
    values = {
        "case_no": case_no or f"A{agency_id}-{spec.received_on.year}-{_counter['n']:05d}",
        "agency_id": agency_id,
        "clerk_id": clerk_id,
        "definition_name": "GIR2019",
        "definition_version": "1",
        "state": ("closed" if (spec.outcome or "").startswith("closed_") else "replied")
        if concluded
        else "in_review",
        "outcome": spec.outcome,
        "channel": "online",
        "received_on": spec.received_on,
        "confirmed_on": spec.received_on,
        "concluded_on": spec.concluded_on,
        "applicant_type": spec.applicant_type,
        "applicant_name": spec.applicant_name,
        "subject": "申请公开相关政府信息",
        "last_event_on": spec.concluded_on or spec.received_on,
        "last_event_hash": "0" * 64,
        "created_at": NOW,
        "updated_at": NOW,
    }
    case_id = conn.execute(insert(disclosure_case).values(**values)).inserted_primary_key[0]
    conn.execute(
        insert(clock).values(
            case_id=case_id,
            kind="reply",
            party="",
            # a reply meets the reply clock; a closure without a reply (withdrawal, …) ends it
            status=("ended" if (spec.outcome or "").startswith("closed_") else "met") if concluded else "running",
            started_on=spec.received_on,
            breached=concluded and not spec.on_time,
            spec={},
        )
    )
    for p in spec.proceedings:
        conn.execute(
            insert(proceeding).values(
                case_id=case_id,
                agency_id=agency_id,
                kind=p.kind,
                filed_on=p.filed_on,
                result=p.result,
                decided_on=p.decided_on,
            )
        )
    for f in spec.fees:
        conn.execute(
            insert(fee_notice).values(
                case_id=case_id,
                agency_id=agency_id,
                sent_on=f.sent_on,
                received_on=f.sent_on,
                basis="volume",
                quantity=1,
                amount=f.amount,
                paid_on=f.paid_on,
                paid_amount=f.paid_amount,
                waived_on=f.waived_on,
            )
        )
    return case_id


def insert_specs(
    conn: Connection, agency_id: int, specs: list[CaseSpec], *, clerk_id: int | None = None
) -> list[int]:
    return [insert_case(conn, agency_id, s, clerk_id=clerk_id) for s in specs]


# the national form's table 三 (国办公开办函〔2021〕30号): 28 rows x 10 columns; (first row, last row,
# column, last column) of every merged cell, rows and columns counted from 0
FORM_MERGES = {
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）": (0, 2, 0, 2),
    "申请人情况": (0, 0, 3, 9),
    "自然人": (1, 2, 3, 3),
    "法人或其他组织": (1, 1, 4, 8),
    "总计": (1, 2, 9, 9),
    "一、本年新收政府信息公开申请数量": (3, 3, 0, 2),
    "二、上年结转政府信息公开申请数量": (4, 4, 0, 2),
    "三、本年度办理结果": (5, 26, 0, 0),
    "（一）予以公开": (5, 5, 1, 2),
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": (6, 6, 1, 2),
    "（三）不予公开": (7, 14, 1, 1),
    "（四）无法提供": (15, 17, 1, 1),
    "（五）不予处理": (18, 22, 1, 1),
    "（六）其他处理": (23, 25, 1, 1),
    "（七）总计": (26, 26, 1, 2),
    "四、结转下年度继续办理": (27, 27, 0, 2),
}


def form_lines(report) -> list[tuple[str, list[int]]]:  # noqa: ANN001
    """The lines of table 三 that carry numbers, in order: (label, the 7 numbers from the JSON)."""
    values = {r["key"]: r["values"] for r in report.data["table3"]["rows"]}
    return [
        (row.label, [sum(values[k][i] for k in row.sum) for i in range(7)])
        for row in report.layout.rows
        if not row.category
    ]
