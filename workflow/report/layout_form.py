"""The parts of a layout file about the document as a form: its sections and their blocks, section
二's table of the items an agency enters, the applicant groups paragraphs may name, who may enter
the agency's parts, and how the document is printed. Each function validates one part of the
parsed YAML and raises :class:`DefinitionError` naming the file and key path; the rest of a layout
is :mod:`workflow.report.layout_parse`, which calls these.
"""

from __future__ import annotations

from typing import Any

from workflow.report.layout_model import (
    BLOCK_KINDS,
    ITEM_KINDS,
    TABLES,
    TEXT_MISSING,
    ItemColumn,
    ItemGroup,
    ItemTable,
    PrintSpec,
    Section,
)
from workflow.report.layout_reader import Reader

# rounding slack when widths in millimetres are added up
_WIDTH_SLACK_MM = 0.05


def parse_sections(r: Reader, data: dict[str, Any]) -> tuple[Section, ...]:
    sections = []
    for s, p in r.items(data, "sections", ""):
        number = r.get(s, "number", p, (str, int))
        blocks = []
        for j, b in enumerate(r.get(s, "blocks", p, list)):
            if not isinstance(b, dict) or len(b) != 1 or next(iter(b)) not in BLOCK_KINDS:
                raise r.fail(f"{p}.blocks[{j}]", f"a mapping with one key of {', '.join(BLOCK_KINDS)}")
            kind, value = next(iter(b.items()))
            if kind == "table" and value not in TABLES:
                raise r.fail(f"{p}.blocks[{j}].table", f"one of {', '.join(TABLES)}")
            if kind == "agency_text" and value not in TEXT_MISSING:
                raise r.fail(f"{p}.blocks[{j}].agency_text", f"one of {', '.join(TEXT_MISSING)}")
            if not isinstance(value, str):
                raise r.fail(f"{p}.blocks[{j}].{kind}", "a name")
            blocks.append((kind, value))
        if sum(k == "agency_text" for k, _ in blocks) > 1:
            raise r.fail(f"{p}.blocks", "at most one agency_text block (a section has one text)")
        sections.append(Section(str(number), r.get(s, "title", p, str), tuple(blocks)))
    numbers = [s.number for s in sections]
    if len(set(numbers)) != len(numbers):
        raise r.fail("sections", f"unique section numbers (got {', '.join(numbers)})")
    return tuple(sections)


def parse_items(r: Reader, data: dict[str, Any]) -> ItemTable | None:
    spec = r.get(data, "active_disclosure", "", dict, required=False)
    if spec is None:
        return None
    groups = []
    for g, p in r.items(spec, "groups", "active_disclosure"):
        columns = []
        for c, cp in r.items(g, "columns", p):
            kind = r.get(c, "kind", cp, str)
            if kind not in ITEM_KINDS:
                raise r.fail(cp + ".kind", f"one of {', '.join(ITEM_KINDS)}")
            digits = r.get(c, "digits", cp, int, required=False) or 0
            if digits and kind != "amount" or not 0 <= digits <= 4:
                raise r.fail(cp + ".digits", "0 to 4, and only on an amount")
            columns.append(ItemColumn(r.get(c, "code", cp, str), r.get(c, "label", cp, str), kind, digits))
        items = tuple((r.get(i, "code", ip, str), r.get(i, "label", ip, str)) for i, ip in r.items(g, "items", p))
        if not columns or not items:
            raise r.fail(p, "at least one column and one item")
        if len({c.code for c in columns}) != len(columns):
            raise r.fail(p + ".columns", "unique column codes")
        groups.append(ItemGroup(r.get(g, "title", p, str), tuple(columns), items))
    codes = [code for g in groups for code, _ in g.items]
    if not groups or len(set(codes)) != len(codes):
        raise r.fail("active_disclosure.groups", "at least one group; item codes unique across groups")
    return ItemTable(r.get(spec, "sheet", "active_disclosure", str), r.get(spec, "label", "active_disclosure", str),
                     tuple(groups))


def parse_column_groups(r: Reader, t3: dict[str, Any], columns: list[str], total: str) -> tuple:
    groups = []
    for g, p in r.items(t3, "column_groups", "table3", required=False):
        cols = tuple(r.get(g, "columns", p, list))
        if not cols or not set(cols) <= set(columns) - {total}:
            raise r.fail(p + ".columns", f"applicant column codes of table3.columns (not {total})")
        groups.append((r.get(g, "key", p, str), cols))
    return tuple(groups)


def parse_entry_roles(r: Reader, data: dict[str, Any]) -> tuple[str, ...]:
    roles = r.get(r.get(data, "entries", "", dict), "roles", "entries", list)
    if not roles or not all(isinstance(x, str) for x in roles):
        raise r.fail("entries.roles", "a non-empty list of role codes")
    return tuple(roles)


def parse_print(r: Reader, data: dict[str, Any], widths_needed: dict[str, int]) -> PrintSpec:
    """The print specification; ``widths_needed`` gives each printed table's column count."""
    spec = r.get(data, "print", "", dict)
    page = r.get(spec, "page_mm", "print", dict)
    margins = r.get(spec, "margins_mm", "print", dict)
    points = r.get(spec, "points", "print", dict)
    out = PrintSpec(
        page_mm=(r.number(page, "width", "print.page_mm"), r.number(page, "height", "print.page_mm")),
        margins_mm={k: r.number(margins, k, "print.margins_mm") for k in ("top", "bottom", "left", "right")},
        points={k: r.number(points, k, "print.points") for k in ("title", "heading", "body", "table")},
        cell_margin_mm=r.number(spec, "cell_margin_mm", "print"),
        row_height_mm=r.number(spec, "row_height_mm", "print"),
        widths_mm={},
    )
    widths = r.get(spec, "widths_mm", "print", dict)
    for table, ncols in widths_needed.items():
        path = f"print.widths_mm.{table}"
        values = r.get(widths, table, "print.widths_mm", list)
        if len(values) != ncols or not all(isinstance(v, int | float) and v > 0 for v in values):
            raise r.fail(path, f"{ncols} positive widths, one per printed column")
        if sum(values) > out.text_width_mm + _WIDTH_SLACK_MM:
            raise r.fail(path, f"widths adding up to at most the text width {out.text_width_mm:g} mm "
                               f"(they add up to {sum(values):g})")
        out.widths_mm[table] = tuple(float(v) for v in values)
    return out
