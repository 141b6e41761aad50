"""The annual report: generate it, export it, explain a cell, record what the agency published.

``generate`` runs a handful of GROUP BY queries in one read transaction (counting.py), builds the
report structure in the public JSON shape, runs every check of the layout (checks.py) and, for a
failing check, looks up the cases behind the failing cells; in the same transaction it reads what
the agency entered for the year (entries.py), which the document prints in place. Rendering is separate (render.py,
office.py), so the CLI can refuse to export a report that fails its checks.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, func, select

from workflow.deadlines.on_time import on_time_rate
from workflow.errors import ValidationError
from workflow.privacy import mask_name
from workflow.report import checks as checks_mod
from workflow.report import entries as entries_mod
from workflow.report.counting import (
    Scope,
    Tallies,
    cell_condition,
    columns_of,
    count_measure,
    dc,
    fees_values,
    in_scope,
    on_time_value,
    proactive_values,
    replied_value,
    resolve_scope,
    table3_values,
    table4_values,
    tally,
    waiver_values,
)
from workflow.report.layout import layout_by_name, layout_for_year
from workflow.report.layout_model import Layout
from workflow.report.model import Report
from workflow.store.db import read, write
from workflow.store.models import app_user, published_report


def _totals(layout: Layout, t: Tallies, ids: set[int] | None) -> dict[str, Any]:
    """Each JSON row's total column, the on-time count, table 四 cells and fees, for ``ids``."""
    total_i = layout.columns.index(layout.total_column)
    t3 = table3_values(t, layout, ids)
    t4 = table4_values(t, layout, ids)
    out: dict[str, Any] = {k: v[total_i] for k, v in t3.items()}
    for row in layout.rows:
        out.setdefault(row.key, sum(t3[k][total_i] for k in row.sum))
    for group, codes in layout.column_groups:
        idx = [layout.columns.index(c) for c in codes]
        for key in {*t3, *(row.key for row in layout.rows)}:
            parts = layout.row(key).sum if layout.row(key) else (key,)
            out[f"{key}_{group}"] = sum(t3[k][i] for k in parts if k in t3 for i in idx)
    for g, values in t4.items():
        out.update({f"{g}_{code}": v for code, v in zip(layout.t4_codes, values, strict=True)})
    for key, groups in layout.t4_combined:
        for i, code in enumerate(layout.t4_codes):
            out[f"{key}_{code}"] = sum(t4[g][i] for g in groups)
    out["proceedings_total"] = sum(values[layout.t4_codes.index(layout.t4_total)] for values in t4.values())
    out["on_time"] = on_time_value(t, ids)
    out["replied"] = replied_value(t, ids)
    out.update(fees_values(t, ids))
    out.update(waiver_values(t, ids))
    out.update(proactive_values(t, ids))
    return out


def _published_previous(
    conn, layout: Layout, scope: Scope, year: int, key: str
) -> tuple[list[int] | None, str]:  # noqa: ANN001
    if scope.include_subordinates:
        return None, "含下级单位的汇总报告不与本机关公开数据核对"
    row = conn.execute(
        select(published_report.c.data).where(
            published_report.c.agency_id == scope.root.id, published_report.c.year == year - 1
        )
    ).first()
    if row is None:
        return None, f"{year - 1}年公开数据未登记"
    return checks_mod.published_row(row.data, key, layout.columns), ""


def generate(
    engine: Engine,
    *,
    year: int,
    agency: str,
    include_subordinates: bool = False,
    by_agency: bool = False,
    layout: str | None = None,
    layout_dir: str | Path | None = None,
) -> Report:
    """Count the year for the agency (and its descendants), check the figures, return the report.

    ``layout`` forces a layout by name; by default the one covering ``year`` is used.
    """
    lay = layout_by_name(layout, layout_dir) if layout else layout_for_year(year, layout_dir)
    carry = next((c for c in lay.checks if c["kind"] == "carry_over"), None)
    with read(engine) as conn:
        scope = resolve_scope(conn, agency, include_subordinates)
        ids = scope.ids
        t = tally(conn, ids, year, clock_kind=lay.on_time["clock_kind"])
        t3 = table3_values(t, lay)
        t4 = table4_values(t, lay)
        data: dict[str, Any] = {
            "year": year,
            "agency": scope.root.code,
            "format": lay.name,
            "table3": {
                "columns": list(lay.columns),
                "rows": [{"key": r.key, "label": r.label, "values": t3[r.key]} for r in lay.json_rows],
            },
            "table4": {
                "columns": list(lay.t4_codes),
                "groups": [{"key": g.key, "label": g.label, "values": t4[g.key]} for g in lay.t4_groups],
            },
            "fees": fees_values(t),
        }
        previous_generated = previous_published = None
        note = ""
        if carry is not None:
            last_measure = next(r.measure for r in lay.json_rows if r.key == carry["last_year"])
            previous = count_measure(conn, ids, last_measure, year - 1)
            previous_generated = columns_of(previous, lay.columns, lay.total_column, None)
            previous_published, note = _published_previous(conn, lay, scope, year, carry["last_year"])
        results = checks_mod.run_checks(
            lay,
            data,
            previous_generated=previous_generated,
            previous_published=previous_published,
            published_note=note,
        )
        checks_mod.attach_cases(conn, lay, [c for c in results if not c.ok], ids, year)
        entered = entries_mod.current(conn, scope.root.id, year)
    data["checks"] = [c.as_json() for c in results]

    totals = _totals(lay, t, None)
    lines = None
    if by_agency:
        lines = [{"agency": a.code, "name": a.name, **_totals(lay, t, {a.id})} for a in scope.agencies]
        data["by_agency"] = [
            {
                "agency": ln["agency"],
                "name": ln["name"],
                **{c["key"]: ln[c["key"]] for c in lay.by_agency["columns"]},
            }
            for ln in lines
        ]
    raw = {**totals, "year": year, "agency_name": scope.root.name, "agency_code": scope.root.code}
    values = dict(raw)
    digits = int(lay.on_time.get("percent_digits", 1))
    rate = on_time_rate(raw["on_time"], raw["replied"])
    values["on_time_rate"] = "—" if rate is None else f"{100 * rate:.{digits}f}%"
    for k in ("amount_notified", "amount_collected", "amount_waived"):
        values[k] = f"{Decimal(str(raw[k])):.2f}"
    return Report(year, lay, scope, data, results, raw, values, totals, lines, entered)


def explain(
    engine: Engine,
    *,
    year: int,
    agency: str,
    row: str,
    column: str,
    include_subordinates: bool = False,
    layout_dir: str | Path | None = None,
) -> list[dict[str, Any]]:
    """The cases behind one table-三 cell (a JSON row key or a printed row key; a column code)."""
    lay = layout_for_year(year, layout_dir)
    if column not in lay.columns:
        raise ValidationError(f"未知的列 {column!r} / unknown column; use one of {', '.join(lay.columns)}")
    json_row = next((r for r in lay.json_rows if r.key == row), None)
    if json_row is not None:
        measure, outcomes = json_row.measure, (json_row.outcome,) if json_row.outcome else ()
    else:
        printed = lay.row(row)
        if printed is None or not printed.sum:
            keys = [r.key for r in lay.json_rows] + [
                r.key for r in lay.rows if r.sum and r.key not in lay.outcomes
            ]
            raise ValidationError(
                f"未知的行 {row!r} / unknown row; use one of {', '.join(dict.fromkeys(keys))}"
            )
        parts = [r for r in lay.json_rows if r.key in printed.sum]
        if all(p.outcome for p in parts):
            measure, outcomes = None, tuple(p.outcome for p in parts)
        elif len(parts) == 1:
            measure, outcomes = parts[0].measure, ()
        else:
            raise ValidationError(f"行 {row!r} 混合了多个统计口径，请逐行查询 / row mixes measures")
    col = None if column == lay.total_column else column
    clerk = func.coalesce(app_user.c.display_name, app_user.c.name)
    with read(engine) as conn:
        scope = resolve_scope(conn, agency, include_subordinates)
        stmt = (
            select(
                dc.c.case_no,
                dc.c.received_on,
                dc.c.concluded_on,
                dc.c.outcome,
                dc.c.applicant_type,
                dc.c.applicant_name,
                clerk.label("clerk"),
            )
            .select_from(dc.outerjoin(app_user, app_user.c.id == dc.c.clerk_id))
            .where(
                and_(
                    in_scope(dc.c.agency_id, scope.ids),
                    cell_condition(year, measure=measure, outcomes=outcomes, column=col),
                )
            )
            .order_by(dc.c.received_on, dc.c.case_no)
        )
        return [
            {
                "case_no": r.case_no,
                "received": r.received_on,
                "concluded": r.concluded_on,
                "outcome": r.outcome,
                "applicant_type": r.applicant_type,
                "applicant": mask_name(r.applicant_name, r.applicant_type),
                "clerk": r.clerk,
            }
            for r in conn.execute(stmt)
        ]


def record_published(
    engine: Engine, *, year: int, agency: str, data: dict[str, Any], layout_dir: str | Path | None = None
) -> dict[str, Any]:
    """Store the figures the agency published for ``year`` (replacing an earlier record); the
    next year's carry-over check compares against them."""
    lay = layout_for_year(year, layout_dir)
    if not isinstance(data, dict):
        raise ValidationError("公开数据须为 JSON 对象 / the published data must be a JSON object")
    if "year" in data and data["year"] != year:
        raise ValidationError(f"文件中的年度 {data['year']} 与 --year {year} 不一致 / year mismatch")
    if checks_mod.published_row(data, "carried_over_out", lay.columns) is None:
        raise ValidationError(
            "公开数据须含表三“结转下年度继续办理”(carried_over_out) 各列整数 / "
            f"the file needs table3 carried_over_out with integer values for {', '.join(lay.columns)}"
        )
    now = datetime.now(UTC)
    with write(engine) as conn:
        scope = resolve_scope(conn, agency)
        where = and_(published_report.c.agency_id == scope.root.id, published_report.c.year == year)
        existing = conn.execute(select(published_report.c.id).where(where)).first()
        if existing is None:
            conn.execute(
                published_report.insert().values(
                    agency_id=scope.root.id, year=year, data=data, recorded_at=now
                )
            )
        else:
            conn.execute(published_report.update().where(where).values(data=data, recorded_at=now))
    return {"agency": agency, "year": year, "replaced": existing is not None, "recorded_at": now.isoformat()}
