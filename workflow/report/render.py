"""From a generated report to a document: a format-neutral model, then Markdown, HTML or JSON.

:func:`build_document` turns a :class:`~workflow.report.model.Report` (with the texts and counts the
agency entered) into a :class:`Document`: the title, the section headings, paragraphs and tables.
Each table comes twice: flat (header cells with their spans, then one line per row, category lines
included) for Markdown, and as the printed form's grid (:mod:`workflow.report.grid`: merged label
columns, column widths) for HTML here and for Word and Excel in :mod:`workflow.report.office`.
Both are made from the same lines, so the formats cannot disagree.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workflow.report import grid as grids
from workflow.report.grid import HEAD, NUMBER, Cell, Grid, Span, Table
from workflow.report.layout_model import HeaderNode, ItemTable, Layout, PrintSpec

if TYPE_CHECKING:
    from workflow.report.model import Report


@dataclass
class Block:
    kind: str  # heading | paragraph | table
    text: str = ""
    grid: Grid | None = None  # the table as printed (HTML, Word, Excel)
    flat: tuple[Table, ...] = ()  # the same as flat tables (Markdown)


@dataclass
class Document:
    title: str
    blocks: list[Block]
    fonts: dict[str, str]
    print: PrintSpec


# -- header grids -----------------------------------------------------------------------------


def _height(n: HeaderNode) -> int:
    return 1 + max((_height(c) for c in n.children), default=0)


def _width(n: HeaderNode) -> int:
    return sum(_width(c) for c in n.children) if n.children else 1


def header_grid(nodes: tuple[HeaderNode, ...], first_col: int) -> tuple[list[Span], int]:
    """Spans of a header tree: a node spans its leaves; a shallow branch stretches down so that
    every leaf ends on the last header row (行政复议 over two rows beside 行政诉讼 → 直接起诉)."""
    depth = max(_height(n) for n in nodes)
    spans: list[Span] = []

    def place(ns: tuple[HeaderNode, ...], row: int, col: int) -> None:
        for n in ns:
            rowspan = depth - row - _height(n) + 1
            spans.append(Span(row, col, rowspan, _width(n), n.label))
            if n.children:
                place(n.children, row + rowspan, col)
            col += _width(n)

    place(nodes, 0, first_col)
    return spans, depth


def _t4_tree(layout: Layout, nodes: tuple[HeaderNode, ...]) -> tuple[HeaderNode, ...]:
    """Table 四's header with each group node expanded into its result columns."""
    leaves = tuple(HeaderNode(c.label, column=c.code) for c in layout.t4_columns)
    return tuple(
        HeaderNode(n.label, children=leaves)
        if n.group
        else HeaderNode(n.label, children=_t4_tree(layout, n.children))
        for n in nodes
    )


def table3(report: Report) -> Table:
    layout = report.layout
    spans, depth = header_grid(layout.t3_header, 1)
    spans.insert(0, Span(0, 0, depth, 1, layout.corner))
    values = {r["key"]: r["values"] for r in report.data["table3"]["rows"]}
    t = Table("table3", layout.t3_sheet, None, 1 + len(layout.columns), depth, spans, [])
    for row in layout.rows:
        if row.category:
            cells: list[Any] = [None] * len(layout.columns)
        else:
            cells = [sum(values[k][i] for k in row.sum) for i in range(len(layout.columns))]
        t.body.append([row.label, *cells])
        t.levels.append(row.level)
        t.categories.append(row.category)
        t.row_keys.append(row.key)
    return t


def table4(report: Report) -> Table:
    layout = report.layout
    spans, depth = header_grid(_t4_tree(layout, layout.t4_header), 0)
    values = {g["key"]: g["values"] for g in report.data["table4"]["groups"]}
    body = [v for g in layout.t4_groups for v in values[g.key]]
    return Table(
        "table4", layout.t4_sheet, None, len(body), depth, spans, [body], [0], [False], 0, ["table4"]
    )


def by_agency_table(report: Report) -> Table | None:
    if report.by_agency is None:
        return None
    spec = report.layout.by_agency
    cols = spec["columns"]
    spans = [Span(0, i, 1, 1, c["label"]) for i, c in enumerate(cols)]
    t = Table("by_agency", spec.get("sheet", "by_agency"), spec["title"], len(cols), 1, spans, [])
    for line in [*report.by_agency, {**report.totals, "name": spec["total_label"], "agency": ""}]:
        t.body.append([line["name"] if c["key"] == "agency" else line[c["key"]] for c in cols])
        t.levels.append(0)
        t.categories.append(False)
        t.row_keys.append(line["agency"] or "total")
    return t


def items_tables(items: ItemTable, values: dict[str, Any]) -> tuple[Table, ...]:
    """Section 二 flat: one table per Art. 20 item, captioned with it."""
    out = []
    for g in items.groups:
        spans = [Span(0, 0, 1, 1, items.label)] + [Span(0, 1 + i, 1, 1, c.label) for i, c in enumerate(g.columns)]
        t = Table("active_disclosure", items.sheet, None, 1 + len(g.columns), 1, spans, [], caption=g.title)
        for code, label in g.items:
            cells = [grids.item_value(c, values.get(f"{code}.{c.code}")) for c in g.columns]
            t.body.append([label, *cells])
            t.levels.append(0)
            t.categories.append(False)
            t.row_keys.append(code)
        out.append(t)
    return tuple(out)


def table_block(report: Report, name: str) -> Block | None:
    """A table of the layout as a block: its grid for the formats that merge cells, flat for Markdown."""
    layout = report.layout
    widths = layout.print.widths_mm.get(name, ())
    if name == "active_disclosure":
        assert layout.items is not None
        values = report.entries.values
        return Block("table", grid=grids.items_grid(layout.items, values, widths), flat=items_tables(layout.items, values))
    if name == "table3":
        t = table3(report)
        return Block("table", grid=grids.from_table(t, widths, layout.label_columns), flat=(t,))
    if name == "table4":
        t = table4(report)
        return Block("table", grid=grids.from_table(t, widths, 0), flat=(t,))
    t = by_agency_table(report)
    return None if t is None else Block("table", grid=grids.from_table(t, widths, 1), flat=(t,))


# -- paragraphs -------------------------------------------------------------------------------


def paragraph(report: Report, name: str) -> str:
    for variant in report.layout.paragraphs[name]:
        if all(report.raw_values.get(k, 0) == 0 for k in variant.when_zero):
            return variant.text.format_map(report.values)
    return ""


def _agency_text(text: str | None, missing: str | None) -> list[str]:
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    return lines or ([missing] if missing else [])


def build_document(report: Report, texts: dict[str, str] | None = None) -> Document:
    """The report as a document; ``texts`` (section number -> text) stand in for the texts the
    agency entered (a draft to look at before it is stored)."""
    layout = report.layout
    texts = {**report.entries.texts, **(texts or {})}
    blocks: list[Block] = []
    for section in layout.sections:
        blocks.append(Block("heading", section.title))
        for kind, name in section.blocks:
            if kind == "paragraph":
                blocks.append(Block("paragraph", paragraph(report, name)))
            elif kind == "agency_text":
                missing = layout.agency_text_missing if name == "placeholder" else None
                blocks.extend(Block("paragraph", t) for t in _agency_text(texts.get(section.number), missing))
            else:
                block = table_block(report, name)
                if block is not None and name == "by_agency":
                    blocks.append(Block("paragraph", layout.by_agency["title"]))
                if block is not None:
                    blocks.append(block)
    title = layout.document_title.format_map(report.values)
    return Document(title, blocks, dict(layout.fonts), layout.print)


# -- Markdown, HTML, JSON ---------------------------------------------------------------------


def _md_header(t: Table) -> list[str]:
    """One header line for a pipe table: each column's header path, from the top (申请人情况·法人或其他
    组织·商业企业), since Markdown cannot merge the cells above the columns."""
    return [
        "·".join(s.text for s in sorted(t.header, key=lambda s: s.row) if s.col <= col < s.col + s.colspan)
        for col in range(t.ncols)
    ]


def _md_cell(value: Any) -> str:
    return "" if value is None else Cell(0, 0, value, "number").text.replace("|", "\\|")


def table_markdown(t: Table) -> str:
    lines = [f"{t.caption}", ""] if t.caption else []
    lines += ["| " + " | ".join(_md_header(t)) + " |", "|" + "|".join(["---"] * t.ncols) + "|"]
    for i, row in enumerate(t.body):
        cells = [_md_cell(v) for v in row]
        if t.label_cols:
            cells[0] = "\u3000" * t.levels[i] + cells[0]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def to_markdown(doc: Document) -> str:
    out = [f"# {doc.title}", ""]
    for b in doc.blocks:
        if b.kind == "heading":
            out += [f"## {b.text}", ""]
        elif b.kind == "paragraph":
            out += [b.text, ""]
        else:
            out += [part for t in b.flat for part in (table_markdown(t), "")]
    return "\n".join(out).rstrip() + "\n"


def grid_html(g: Grid, link: Callable[[Cell], str | None] | None = None) -> str:
    """The grid as an HTML table: merged cells as rowspan/colspan, the widths in a colgroup, the
    header rows in thead (a browser repeats them on every printed page). ``link`` gives a cell's
    address when its figure should open the cases behind it (the web's report screen)."""
    e = html.escape
    rows: list[list[str]] = [[] for _ in range(g.nrows)]
    for c in sorted(g.cells, key=lambda c: (c.row, c.col)):
        tag = "th" if c.kind == HEAD else "td"
        spans = (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "") + (
            f' colspan="{c.colspan}"' if c.colspan > 1 else ""
        )
        href = link(c) if link is not None and c.kind == NUMBER else None
        text = f'<a href="{e(href)}">{e(c.text)}</a>' if href else e(c.text)
        rows[c.row].append(f'<{tag} class="{c.kind}"{spans}>{text}</{tag}>')
    lines = ["<tr>" + "".join(cells) + "</tr>" for cells in rows]
    cols = "".join(f'<col style="width:{w:g}mm">' for w in g.widths_mm)
    head = "<thead>\n" + "\n".join(lines[: g.header_rows]) + "\n</thead>\n" if g.header_rows else ""
    return (
        f'<table class="{e(g.key)}"><colgroup>{cols}</colgroup>\n{head}<tbody>\n'
        + "\n".join(lines[g.header_rows :])
        + "\n</tbody>\n</table>"
    )


def to_html(doc: Document) -> str:
    e = html.escape
    body_font, table_font = doc.fonts.get("body", "serif"), doc.fonts.get("table", "serif")
    spec = doc.print
    m = spec.margins_mm
    style = (
        f"@page{{size:{spec.page_mm[0]:g}mm {spec.page_mm[1]:g}mm;"
        f"margin:{m['top']:g}mm {m['right']:g}mm {m['bottom']:g}mm {m['left']:g}mm}}"
        f"body{{font-family:'{body_font}',serif;font-size:{spec.points['body']:g}pt;"
        f"max-width:{spec.text_width_mm:g}mm;margin:2em auto;line-height:1.8}}"
        f"h1{{text-align:center;font-size:{spec.points['title']:g}pt}}"
        f"h2{{font-size:{spec.points['heading']:g}pt;font-weight:normal}}p{{text-indent:2em}}"
        f"table{{border-collapse:collapse;table-layout:fixed;font-family:'{table_font}',serif;"
        f"font-size:{spec.points['table']:g}pt;line-height:1.3;margin:1em auto}}"
        f"th,td{{border:1px solid #000;padding:0.3em {spec.cell_margin_mm:g}mm;vertical-align:middle}}"
        "th{font-weight:normal;text-align:center}td.number,td.category{text-align:center}td.label{text-align:left}"
        f"tr{{break-inside:avoid;height:{spec.row_height_mm:g}mm}}"
    )
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{e(doc.title)}</title><style>{style}</style></head><body>",
        f"<h1>{e(doc.title)}</h1>",
    ]
    for b in doc.blocks:
        if b.kind == "heading":
            out.append(f"<h2>{e(b.text)}</h2>")
        elif b.kind == "paragraph":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.grid is not None:
            out.append(grid_html(b.grid))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_json(report: Report) -> str:
    return json.dumps(report.data, ensure_ascii=False, indent=2)
