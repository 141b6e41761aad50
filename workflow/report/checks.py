"""The checks every report must pass before it is exported (report-format.md "Checks").

:func:`run_checks` is pure: it compares the figures of a report structure (the JSON shape) with
each other and with last year's 结转下年度 (as generated and as published), and returns one
:class:`CheckResult` per check of the layout, each failure naming the cell and both numbers.
:func:`attach_cases` then asks the database for the cases behind each failing cell: first the
cases that make the figures disagree (a case concluded without an outcome or with an outcome the
layout does not know, an unknown applicant type, a case concluded before it was received, a
proceeding with an unknown result), else the cases counted in the cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, case, literal, or_, select

from workflow.report.counting import cell_condition, dc, in_scope, measure_condition, year_bounds
from workflow.report.layout_model import Layout, header_leaves
from workflow.store.models import proceeding

MAX_CASES = 20


@dataclass
class Failure:
    cell: str
    left_label: str
    left: Any
    right_label: str
    right: Any
    evidence: tuple[str, str]  # (what to look up, row key / column code / group key)
    cases: list[str] = field(default_factory=list)
    more: int = 0

    def text(self) -> str:
        s = f"{self.cell}: {self.left_label}={self.left}, {self.right_label}={self.right}"
        if self.cases:
            s += (
                "; 案件 "
                + ", ".join(self.cases)
                + (f" 等{len(self.cases) + self.more}件" if self.more else "")
            )
        return s


@dataclass
class CheckResult:
    name: str
    title: str
    number: int
    failures: list[Failure] = field(default_factory=list)
    note: str = ""

    @property
    def ok(self) -> bool:
        return not self.failures

    def detail(self) -> str:
        head = f"校验{self.number}（{self.title}）"
        if self.ok:
            return head + "：通过" + (f"（{self.note}）" if self.note else "")
        return head + "未通过：" + "；".join(f.text() for f in self.failures)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail()}


def column_label(layout: Layout, code: str) -> str:
    for leaf in header_leaves(layout.t3_header):
        if leaf.column == code:
            return f"{leaf.label}({code})"
    return code


def row_values(report: dict[str, Any]) -> dict[str, list[int]]:
    return {r["key"]: list(r["values"]) for r in report["table3"]["rows"]}


def published_row(data: dict[str, Any], key: str, columns: tuple[str, ...]) -> list[int] | None:
    """A row of a published report, in our column order: accepts our JSON shape
    (table3.columns + table3.rows[{key, values}]) and the shape of example-report-stcsm-2024.json
    (columns + table3 {key: values})."""
    t3 = data.get("table3") if isinstance(data, dict) else None
    if not isinstance(t3, dict):
        return None
    if isinstance(t3.get("rows"), list):
        cols = t3.get("columns") or data.get("columns") or list(columns)
        values = next(
            (r.get("values") for r in t3["rows"] if isinstance(r, dict) and r.get("key") == key), None
        )
    else:
        cols = data.get("columns") or list(columns)
        values = t3.get(key)
    if not isinstance(values, list) or len(values) != len(cols):
        return None
    by_code = dict(zip(cols, values, strict=True))
    if not all(isinstance(by_code.get(c), int) and not isinstance(by_code.get(c), bool) for c in columns):
        return None
    return [by_code[c] for c in columns]


def run_checks(
    layout: Layout,
    report: dict[str, Any],
    *,
    previous_generated: list[int] | None = None,
    previous_published: list[int] | None = None,
    published_note: str = "",
) -> list[CheckResult]:
    rows = row_values(report)
    cols = layout.columns
    total_i = cols.index(layout.total_column)
    results: list[CheckResult] = []
    for number, spec in enumerate(layout.checks, start=1):
        res = CheckResult(spec["name"], spec["title"], number)
        kind = spec["kind"]
        if kind == "column_identity":
            left_keys, right_keys = spec["left"], spec["right"]
            for i, c in enumerate(cols):
                left = sum(rows[k][i] for k in left_keys)
                right = sum(rows[k][i] for k in right_keys)
                if left != right:
                    res.failures.append(
                        Failure(
                            f"表三 列 {column_label(layout, c)}",
                            "+".join(left_keys),
                            left,
                            "+".join(right_keys),
                            right,
                            ("balance", c),
                        )
                    )
        elif kind == "sum_of_rows":
            total_key = spec["total"]
            parts = [r.key for r in layout.json_rows if r.outcome]
            for i, c in enumerate(cols):
                total = rows[total_key][i]
                summed = sum(rows[k][i] for k in parts)
                if total != summed:
                    res.failures.append(
                        Failure(
                            f"表三 行 {total_key} 列 {column_label(layout, c)}",
                            total_key,
                            total,
                            f"{len(parts)}项办理结果之和",
                            summed,
                            ("results_sum", c),
                        )
                    )
        elif kind == "row_total":
            for jr in layout.json_rows:
                values = rows[jr.key]
                summed = sum(v for i, v in enumerate(values) if i != total_i)
                if values[total_i] != summed:
                    res.failures.append(
                        Failure(
                            f"表三 行 {jr.key}（{jr.label}）",
                            layout.total_column,
                            values[total_i],
                            f"{len(cols) - 1}类申请人之和",
                            summed,
                            ("row_total", jr.key),
                        )
                    )
        elif kind == "table4_total":
            t4_total_i = layout.t4_codes.index(layout.t4_total)
            for g in report["table4"]["groups"]:
                values = g["values"]
                summed = sum(v for i, v in enumerate(values) if i != t4_total_i)
                if values[t4_total_i] != summed:
                    res.failures.append(
                        Failure(
                            f"表四 {g['key']}（{g['label']}）",
                            layout.t4_total,
                            values[t4_total_i],
                            "四项结果之和",
                            summed,
                            ("table4_total", g["key"]),
                        )
                    )
        elif kind == "carry_over":
            this_key = spec["this_year"]
            this = rows[this_key]
            notes = []
            for source, previous in (("上年生成", previous_generated), ("上年公开", previous_published)):
                if previous is None:
                    continue
                for i, c in enumerate(cols):
                    if this[i] != previous[i]:
                        res.failures.append(
                            Failure(
                                f"表三 行 {this_key} 列 {column_label(layout, c)}",
                                f"本年{this_key}",
                                this[i],
                                f"{source}{spec['last_year']}",
                                previous[i],
                                ("carry_over", c),
                            )
                        )
                notes.append(f"已与{source}数据核对")
            res.note = "，".join(notes + ([published_note] if published_note else []))
        results.append(res)
    return results


def _case_numbers(conn: Connection, where, limit: int = MAX_CASES) -> tuple[list[str], int]:  # noqa: ANN001
    found = [
        r[0] for r in conn.execute(select(dc.c.case_no).where(where).order_by(dc.c.case_no).limit(limit + 1))
    ]
    return found[:limit], max(0, len(found) - limit)


def _column_filter(layout: Layout, column: str):  # noqa: ANN202
    return None if column == layout.total_column else column


def anomaly_condition(layout: Layout, spec: dict[str, Any], evidence: tuple[str, str], year: int):  # noqa: ANN201
    """The cases that make the two sides of a failing cell disagree, as a WHERE clause on cases."""
    what, key = evidence
    jan1, dec31 = year_bounds(year)
    if what == "balance":

        def side(keys: list[str]):  # noqa: ANN202
            measures = [next(r.measure for r in layout.json_rows if r.key == k) for k in keys]
            return sum((case((measure_condition(m, year), 1), else_=0) for m in measures), literal(0))

        cond = and_(
            or_(dc.c.received_on <= dec31, dc.c.concluded_on.between(jan1, dec31)),
            side(spec["left"]) != side(spec["right"]),
        )
    elif what == "results_sum":
        cond = and_(
            dc.c.concluded_on.between(jan1, dec31),
            or_(dc.c.outcome.is_(None), dc.c.outcome.not_in(layout.outcomes)),
        )
    elif what == "row_total":
        jr = next(r for r in layout.json_rows if r.key == key)
        base = cell_condition(year, measure=jr.measure, outcomes=(jr.outcome,) if jr.outcome else ())
        return and_(base, dc.c.applicant_type.not_in(layout.applicant_columns))
    elif what == "carry_over":
        return None
    else:
        raise ValueError(what)
    col = _column_filter(layout, key)
    return cond if col is None else and_(cond, dc.c.applicant_type == col)


def fallback_condition(layout: Layout, spec: dict[str, Any], evidence: tuple[str, str], year: int):  # noqa: ANN201
    """The cases counted in the failing cell itself (when the data agree and the figures do not)."""
    what, key = evidence
    if what == "row_total":
        jr = next(r for r in layout.json_rows if r.key == key)
        return cell_condition(year, measure=jr.measure, outcomes=(jr.outcome,) if jr.outcome else ())
    if what == "balance":
        measures = [next(r.measure for r in layout.json_rows if r.key == k) for k in spec["left"]]
        cond = or_(*(measure_condition(m, year) for m in measures))
    elif what == "carry_over":
        cond = measure_condition(spec["this_year"], year)
    else:  # results_sum
        cond = measure_condition(spec["total"], year)
    col = _column_filter(layout, key)
    return cond if col is None else and_(cond, dc.c.applicant_type == col)


def attach_cases(
    conn: Connection, layout: Layout, results: list[CheckResult], ids: list[int], year: int
) -> None:
    """Fill in the case numbers behind every failure (at most MAX_CASES each)."""
    specs = {s["name"]: s for s in layout.checks}
    jan1, dec31 = year_bounds(year)
    for res in results:
        spec = specs[res.name]
        for f in res.failures:
            if f.evidence[0] == "table4_total":
                group = next(g for g in layout.t4_groups if g.key == f.evidence[1])
                known = [c.result for c in layout.t4_columns if c.result]
                base = [
                    in_scope(proceeding.c.agency_id, ids),
                    proceeding.c.kind == group.kind,
                    proceeding.c.filed_on.between(jan1, dec31),
                ]
                odd = and_(*base, proceeding.c.decided_on <= dec31, proceeding.c.result.not_in(known))
                for cond in (odd, and_(*base)):
                    stmt = (
                        select(dc.c.case_no)
                        .select_from(proceeding.join(dc, dc.c.id == proceeding.c.case_id))
                        .where(cond)
                        .order_by(dc.c.case_no)
                        .limit(MAX_CASES + 1)
                    )
                    found = [r[0] for r in conn.execute(stmt)]
                    if found:
                        f.cases, f.more = found[:MAX_CASES], max(0, len(found) - MAX_CASES)
                        break
                continue
            for cond in (
                anomaly_condition(layout, spec, f.evidence, year),
                fallback_condition(layout, spec, f.evidence, year),
            ):
                if cond is None:
                    continue
                cases, more = _case_numbers(conn, and_(in_scope(dc.c.agency_id, ids), cond))
                if cases:
                    f.cases, f.more = cases, more
                    break
