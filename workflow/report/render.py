"""From a generated report to a document: a format-neutral model, then Markdown, HTML or JSON.

:func:`build_document` turns a :class:`~workflow.report.service.Report` and the agency's own texts
(sections 二 and 五) into a :class:`Document`: the title, the six section headings, paragraphs and
tables. A table is a grid: header cells with their row and column spans (the merged cells of the
national form) and body rows. Every output format (here md and html; docx and xlsx in
:mod:`workflow.report.office`) is drawn from that one model, so they cannot disagree.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workflow.report.layout_model import HeaderNode, Layout

if TYPE_CHECKING:
    from workflow.report.model import Report


@dataclass(frozen=True)
class Span:
    row: int
    col: int
    rowspan: int
    colspan: int
    text: str


@dataclass
class Table:
    key: str
    sheet: str
    title: str | None
    ncols: int
    header_rows: int
    header: list[Span]
    body: list[list[Any]]  # label (str) then numbers; None = a blank cell (category line)
    levels: list[int] = field(default_factory=list)
    categories: list[bool] = field(default_factory=list)
    label_cols: int = 1
    row_keys: list[str] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # heading | paragraph | table
    text: str = ""
    table: Table | None = None


@dataclass
class Document:
    title: str
    blocks: list[Block]
    fonts: dict[str, str]


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


# -- paragraphs -------------------------------------------------------------------------------


def paragraph(report: Report, name: str) -> str:
    for variant in report.layout.paragraphs[name]:
        if all(report.raw_values.get(k, 0) == 0 for k in variant.when_zero):
            return variant.text.format_map(report.values)
    return ""


def _agency_text(text: str | None, missing: str) -> list[str]:
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    return lines or [missing]


def build_document(
    report: Report, section_two: str | None = None, section_five: str | None = None
) -> Document:
    layout = report.layout
    texts = {"section_two": section_two, "section_five": section_five}
    blocks: list[Block] = []
    for title, section_blocks in layout.sections:
        blocks.append(Block("heading", title))
        for kind, name in section_blocks:
            if kind == "paragraph":
                blocks.append(Block("paragraph", paragraph(report, name)))
            elif kind == "agency_text":
                blocks.extend(
                    Block("paragraph", t) for t in _agency_text(texts.get(name), layout.agency_text_missing)
                )
            elif name == "table3":
                blocks.append(Block("table", table=table3(report)))
            elif name == "table4":
                blocks.append(Block("table", table=table4(report)))
            elif name == "by_agency":
                t = by_agency_table(report)
                if t is not None:
                    blocks.append(Block("paragraph", t.title or ""))
                    blocks.append(Block("table", table=t))
    title = layout.document_title.format_map(report.values)
    return Document(title, blocks, dict(layout.fonts))


# -- Markdown, HTML, JSON ---------------------------------------------------------------------


def _md_header(t: Table) -> list[str]:
    """One header line for a pipe table: each column's header path, leaving out a node that spans
    every data column (申请人情况)."""
    data_cols = t.ncols - t.label_cols
    out = []
    for col in range(t.ncols):
        path = [
            s.text
            for s in sorted(t.header, key=lambda s: s.row)
            if s.col <= col < s.col + s.colspan and not (s.colspan == data_cols and data_cols > 1)
        ]
        out.append("·".join(path))
    return out


def _md_cell(value: Any) -> str:
    return "" if value is None else str(value).replace("|", "\\|")


def table_markdown(t: Table) -> str:
    lines = ["| " + " | ".join(_md_header(t)) + " |", "|" + "|".join(["---"] * t.ncols) + "|"]
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
        elif b.table is not None:
            out += [table_markdown(b.table), ""]
    return "\n".join(out).rstrip() + "\n"


def table_html(t: Table) -> str:
    e = html.escape
    rows = []
    for r in range(t.header_rows):
        cells = []
        for s in sorted((s for s in t.header if s.row == r), key=lambda s: s.col):
            attrs = (f' rowspan="{s.rowspan}"' if s.rowspan > 1 else "") + (
                f' colspan="{s.colspan}"' if s.colspan > 1 else ""
            )
            cells.append(f"<th{attrs}>{e(s.text)}</th>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    for i, row in enumerate(t.body):
        cells = []
        for j, v in enumerate(row):
            if j < t.label_cols:
                pad = f' style="padding-left:{0.3 + 1.5 * t.levels[i]:.1f}em"'
                cells.append(f'<td class="label"{pad}>{e(str(v))}</td>')
            else:
                cells.append(f'<td class="num">{"" if v is None else e(str(v))}</td>')
        cls = ' class="category"' if t.categories[i] else ""
        rows.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    return (
        f'<table class="{e(t.key)}">\n<thead>\n'
        + "\n".join(rows[: t.header_rows])
        + ("\n</thead>\n<tbody>\n" + "\n".join(rows[t.header_rows :]) + "\n</tbody>\n</table>")
    )


def to_html(doc: Document) -> str:
    e = html.escape
    body_font, table_font = doc.fonts.get("body", "serif"), doc.fonts.get("table", "serif")
    style = (
        f"body{{font-family:'{body_font}',serif;max-width:60em;margin:2em auto;line-height:1.8}}"
        "h1{text-align:center}p{text-indent:2em}"
        f"table{{border-collapse:collapse;font-family:'{table_font}',serif;font-size:10.5pt;margin:1em 0}}"
        "th,td{border:1px solid #000;padding:0.2em 0.4em}td.num{text-align:center}th{font-weight:normal}"
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
        elif b.table is not None:
            out.append(table_html(b.table))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_json(report: Report) -> str:
    return json.dumps(report.data, ensure_ascii=False, indent=2)
