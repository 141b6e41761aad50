"""Validating one annual report layout (the parsed YAML of ``definitions/report/*.yaml``) into a Layout.

Every shape rule of :mod:`workflow.report.layout_model` is checked here: a malformed file raises
:class:`DefinitionError` naming the file, the key path and what was expected. The parts about the
document as a form (sections, section 二's items, printing) are validated by
:mod:`workflow.report.layout_form`. Finding the files, the year overlap between them and caching
are :mod:`workflow.report.layout`'s part.
"""

from __future__ import annotations

import string
from typing import Any

from workflow.report.layout_form import (
    parse_column_groups,
    parse_entry_roles,
    parse_items,
    parse_print,
    parse_sections,
)
from workflow.report.layout_model import (
    CHECK_KINDS,
    MEASURES,
    PARAGRAPH_VALUES,
    STYLES,
    DisplayRow,
    HeaderNode,
    JsonRow,
    Layout,
    Paragraph,
    T4Column,
    T4Group,
    header_leaves,
)
from workflow.report.layout_reader import Reader


def _header(r: Reader, nodes: Any, path: str) -> tuple[HeaderNode, ...]:
    if not isinstance(nodes, list) or not nodes:
        raise r.fail(path, "a non-empty list of header nodes")
    out = []
    for i, n in enumerate(nodes):
        p = f"{path}[{i}]"
        label = r.get(n, "label", p, str)
        children = r.get(n, "children", p, list, required=False)
        node = HeaderNode(
            label=label,
            column=r.get(n, "column", p, str, required=False),
            group=r.get(n, "group", p, str, required=False),
            children=_header(r, children, p + ".children") if children else (),
        )
        if sum(x is not None and x != () for x in (node.column, node.group, node.children)) != 1:
            raise r.fail(p, "exactly one of column, group or children")
        out.append(node)
    return tuple(out)


def parse_layout(data: Any, file: str) -> Layout:
    r = Reader(file)
    if not isinstance(data, dict):
        raise r.fail("(top)", "a mapping")
    name = r.get(data, "format", "", str)
    years = r.get(data, "years", "", dict)
    first = r.get(years, "first", "years", int, required=False)
    last = r.get(years, "last", "years", int, required=False)
    if first is not None and last is not None and first > last:
        raise r.fail("years", "first <= last")
    style = r.get(data, "style", "", str)
    if style not in STYLES:
        raise r.fail("style", f"one of {', '.join(STYLES)}")

    sections = parse_sections(r, data)
    items = parse_items(r, data)

    t3 = r.get(data, "table3", "", dict)
    columns, total_cols = [], []
    for c, p in r.items(t3, "columns", "table3"):
        code = r.get(c, "code", p, str)
        columns.append(code)
        if r.get(c, "total", p, bool, required=False):
            total_cols.append(code)
    if len(total_cols) != 1 or len(set(columns)) != len(columns):
        raise r.fail("table3.columns", "unique column codes, exactly one marked total: true")

    json_rows = []
    for jr, p in r.items(t3, "json_rows", "table3"):
        row = JsonRow(
            key=r.get(jr, "key", p, str),
            label=r.get(jr, "label", p, str),
            measure=r.get(jr, "measure", p, str, required=False),
            outcome=r.get(jr, "outcome", p, str, required=False),
        )
        if (row.measure is None) == (row.outcome is None):
            raise r.fail(p, "exactly one of measure or outcome")
        if row.measure is not None and row.measure not in MEASURES:
            raise r.fail(p + ".measure", f"one of {', '.join(MEASURES)}")
        json_rows.append(row)
    keys = [jr.key for jr in json_rows]
    if len(set(keys)) != len(keys) or not set(MEASURES) <= {jr.measure for jr in json_rows}:
        raise r.fail("table3.json_rows", f"unique keys, including the measures {', '.join(MEASURES)}")

    rows = []
    for dr, p in r.items(t3, "rows", "table3"):
        sums = tuple(r.get(dr, "sum", p, list, required=False) or ())
        row = DisplayRow(
            key=r.get(dr, "key", p, str),
            label=r.get(dr, "label", p, str),
            level=r.get(dr, "level", p, int, required=False) or 0,
            category=bool(r.get(dr, "category", p, bool, required=False)),
            sum=sums,
        )
        unknown = [k for k in sums if k not in keys]
        if unknown:
            raise r.fail(p + ".sum", f"keys of table3.json_rows (unknown: {', '.join(map(str, unknown))})")
        if not row.category and not sums:
            raise r.fail(p, "a sum (only a category line may have none)")
        rows.append(row)
    printed: dict[str, int] = {}
    for row in rows:
        if not row.category:
            for k in row.sum:
                printed[k] = printed.get(k, 0) + 1
    wrong = [k for k in keys if printed.get(k) != 1]
    if wrong:
        raise r.fail(
            "table3.rows",
            f"every JSON row summed by exactly one non-category row (not so: {', '.join(wrong)})",
        )

    label_columns = 1
    if style == "tables":
        label_columns = r.get(t3, "label_columns", "table3", int)
        deep = [row.key for row in rows if not 0 <= row.level < label_columns]
        if label_columns < 1 or deep:
            raise r.fail("table3.label_columns", f"a count of label columns above every row's level ({', '.join(deep)})")
    column_groups = parse_column_groups(r, t3, columns, total_cols[0])

    t3_header: tuple[HeaderNode, ...] = ()
    t4_header: tuple[HeaderNode, ...] = ()
    t4 = r.get(data, "table4", "", dict)
    t4_columns = []
    for c, p in r.items(t4, "columns", "table4"):
        t4_columns.append(
            T4Column(
                code=r.get(c, "code", p, str),
                label=r.get(c, "label", p, str),
                result=r.get(c, "result", p, str, required=False),
                pending=bool(r.get(c, "pending", p, bool, required=False)),
                total=bool(r.get(c, "total", p, bool, required=False)),
            )
        )
        col = t4_columns[-1]
        if sum((col.result is not None, col.pending, col.total)) != 1:
            raise r.fail(p, "exactly one of result, pending: true, total: true")
    if sum(c.total for c in t4_columns) != 1 or sum(c.pending for c in t4_columns) != 1:
        raise r.fail("table4.columns", "exactly one total and one pending column")
    t4_groups = []
    for g, p in r.items(t4, "groups", "table4"):
        t4_groups.append(
            T4Group(r.get(g, "key", p, str), r.get(g, "label", p, str), r.get(g, "kind", p, str))
        )
    group_keys = [g.key for g in t4_groups]
    combined = []
    for cmb, p in r.items(t4, "combined", "table4", required=False):
        gs = tuple(r.get(cmb, "groups", p, list))
        if not set(gs) <= set(group_keys):
            raise r.fail(p + ".groups", "keys of table4.groups")
        combined.append((r.get(cmb, "key", p, str), gs))

    if style == "tables":
        t3_header = _header(r, r.get(t3, "header", "table3", list), "table3.header")
        if [n.column for n in header_leaves(t3_header)] != columns:
            raise r.fail("table3.header", f"leaves naming the columns in order: {', '.join(columns)}")
        t4_header = _header(r, r.get(t4, "header", "table4", list), "table4.header")
        if [n.group for n in header_leaves(t4_header)] != group_keys:
            raise r.fail("table4.header", f"leaves naming the groups in order: {', '.join(group_keys)}")

    by_agency = r.get(data, "by_agency", "", dict)
    for c, p in r.items(by_agency, "columns", "by_agency"):
        r.get(c, "key", p, str)
        r.get(c, "label", p, str)
    for key in ("title", "total_label"):
        r.get(by_agency, key, "by_agency", str)
    on_time = r.get(data, "on_time", "", dict)
    r.get(on_time, "clock_kind", "on_time", str)

    checks = []
    for c, p in r.items(data, "checks", ""):
        r.get(c, "name", p, str)
        r.get(c, "title", p, str)
        if r.get(c, "kind", p, str) not in CHECK_KINDS:
            raise r.fail(p + ".kind", f"one of {', '.join(CHECK_KINDS)}")
        for k in ("left", "right", "total", "this_year", "last_year"):
            refs = c.get(k)
            refs = [refs] if isinstance(refs, str) else refs or []
            if not set(refs) <= set(keys):
                raise r.fail(f"{p}.{k}", "keys of table3.json_rows")
        checks.append(dict(c))

    cells = {f"{g}_{c.code}" for g in group_keys + [k for k, _ in combined] for c in t4_columns}
    row_keys = set(keys) | {row.key for row in rows}
    by_group = {f"{k}_{g}" for k in row_keys for g, _ in column_groups}
    allowed = set(PARAGRAPH_VALUES) | row_keys | cells | by_group
    paragraphs: dict[str, tuple[Paragraph, ...]] = {}
    for pname, variants in r.get(data, "paragraphs", "", dict).items():
        if not isinstance(variants, list) or not variants:
            raise r.fail(f"paragraphs.{pname}", "a non-empty list of variants")
        parsed = []
        for i, v in enumerate(variants):
            p = f"paragraphs.{pname}[{i}]"
            text = r.get(v, "text", p, str)
            when = tuple(r.get(v, "when_zero", p, list, required=False) or ())
            try:
                names = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
            except ValueError as exc:
                raise r.fail(p + ".text", f"a valid template ({exc})") from exc
            bad = sorted((names | set(when)) - allowed)
            if bad:
                raise r.fail(p, f"placeholders among the known values (unknown: {', '.join(bad)})")
            parsed.append(Paragraph(when, text))
        paragraphs[pname] = tuple(parsed)
    tables = {value for section in sections for kind, value in section.blocks if kind == "table"}
    for section in sections:
        for kind, value in section.blocks:
            if kind == "paragraph" and value not in paragraphs:
                raise r.fail(f"sections[{section.number}]", f"a paragraph defined under paragraphs (missing: {value})")
            if kind == "table" and style == "narrative" and value != "by_agency":
                raise r.fail(f"sections[{section.number}]", "no table but by_agency in a narrative layout")
            if value == "active_disclosure" and items is None:
                raise r.fail(f"sections[{section.number}]", "an active_disclosure table defined at the top level")
    ncols = {
        "table3": label_columns + len(columns),
        "table4": len(t4_groups) * len(t4_columns),
        "by_agency": len(by_agency["columns"]),
        "active_disclosure": 1 + items.value_columns if items else 0,
    }
    print_spec = parse_print(r, data, {t: n for t, n in ncols.items() if t in tables})

    return Layout(
        name=name,
        file=file,
        description=r.get(data, "description", "", str),
        first=first,
        last=last,
        style=style,
        document_title=r.get(data, "document_title", "", str),
        sections=tuple(sections),
        agency_text_missing=r.get(data, "agency_text_missing", "", str),
        fonts=dict(r.get(data, "fonts", "", dict)),
        columns=tuple(columns),
        total_column=total_cols[0],
        corner=r.get(t3, "corner", "table3", str, required=style == "tables") or "",
        t3_sheet=r.get(t3, "sheet", "table3", str, required=style == "tables") or "",
        t3_header=t3_header,
        json_rows=tuple(json_rows),
        rows=tuple(rows),
        t4_sheet=r.get(t4, "sheet", "table4", str, required=style == "tables") or "",
        t4_columns=tuple(t4_columns),
        t4_groups=tuple(t4_groups),
        t4_header=t4_header,
        t4_combined=tuple(combined),
        by_agency=dict(by_agency),
        on_time=dict(on_time),
        checks=tuple(checks),
        print=print_spec,
        entry_roles=parse_entry_roles(r, data),
        label_columns=label_columns,
        column_groups=column_groups,
        items=items,
        paragraphs=paragraphs,
    )
