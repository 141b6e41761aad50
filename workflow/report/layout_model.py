"""What an annual report layout is, once loaded: frozen data classes and the names a layout may use.

A layout is data: the years it applies to, the sections (number, heading, blocks), table 三
(columns, header tree, the JSON rows and the printed rows with the outcomes they sum, the form's
label columns), table 四 (groups, columns, header tree), section 二's table of the items an agency
enters, the checks, the paragraph templates and how the documents are printed (page, margins,
sizes, column widths). The sets below are the *shapes* the code knows: the measures the counter can
compute, the block kinds the renderer can place and the check kinds :mod:`workflow.report.checks`
implements. Reading and validating a file is :mod:`workflow.report.layout_parse`; nothing here
reads one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# what the counter computes besides one count per outcome code (see counting.py)
MEASURES = ("new_received", "carried_over_in", "results_total", "carried_over_out")
BLOCK_KINDS = ("paragraph", "agency_text", "table")
TABLES = ("table3", "table4", "by_agency", "active_disclosure")
# what an agency_text block prints while the agency has entered nothing for its section
TEXT_MISSING = ("placeholder", "omit")
# what a cell of section 二's table holds: a count, a signed change (本年增/减) or an amount
ITEM_KINDS = ("count", "change", "amount")
CHECK_KINDS = ("column_identity", "sum_of_rows", "row_total", "table4_total", "carry_over")
STYLES = ("tables", "narrative")
# values every paragraph template may name besides the row keys and the table 四 cells
PARAGRAPH_VALUES = (
    "year",
    "agency_name",
    "agency_code",
    "on_time",
    "replied",
    "on_time_rate",
    "notices",
    "amount_notified",
    "amount_collected",
    "proceedings_total",
    "waived",
    "amount_waived",
    "converted_to_proactive",
)


@dataclass(frozen=True)
class JsonRow:
    key: str
    label: str
    measure: str | None
    outcome: str | None


@dataclass(frozen=True)
class DisplayRow:
    key: str
    label: str
    level: int
    category: bool
    sum: tuple[str, ...]


@dataclass(frozen=True)
class HeaderNode:
    label: str
    column: str | None = None  # table 三: a leaf naming one column code
    group: str | None = None  # table 四: a node spanning one group's columns
    children: tuple[HeaderNode, ...] = ()


@dataclass(frozen=True)
class T4Column:
    code: str
    label: str
    result: str | None
    pending: bool
    total: bool


@dataclass(frozen=True)
class T4Group:
    key: str
    label: str
    kind: str


@dataclass(frozen=True)
class Paragraph:
    when_zero: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Section:
    number: str  # 一, 二, …: what an agency's own text for the section is stored under
    title: str
    blocks: tuple[tuple[str, str], ...]  # (kind, value): the paragraph, table or agency_text

    @property
    def text_block(self) -> str | None:
        """placeholder or omit if the section takes the agency's own text, else None."""
        return next((v for k, v in self.blocks if k == "agency_text"), None)


@dataclass(frozen=True)
class ItemColumn:
    code: str
    label: str
    kind: str  # one of ITEM_KINDS
    digits: int = 0  # decimals an amount may have


@dataclass(frozen=True)
class ItemGroup:
    title: str  # 第二十条第（一）项
    columns: tuple[ItemColumn, ...]
    items: tuple[tuple[str, str], ...]  # (code, label)


@dataclass(frozen=True)
class ItemTable:
    """Section 二's table: per Art. 20 item, the counts the agency enters for the year."""

    sheet: str
    label: str  # the first column's heading (信息内容)
    groups: tuple[ItemGroup, ...]

    @property
    def value_columns(self) -> int:
        return max(len(g.columns) for g in self.groups)

    def cells(self) -> list[tuple[str, ItemGroup, str, ItemColumn]]:
        """(cell key, group, item label, column) in printed order; the key is ITEM.COLUMN."""
        return [
            (f"{code}.{col.code}", g, label, col)
            for g in self.groups
            for code, label in g.items
            for col in g.columns
        ]


@dataclass(frozen=True)
class PrintSpec:
    page_mm: tuple[float, float]  # width, height
    margins_mm: dict[str, float]  # top, bottom, left, right
    points: dict[str, float]  # title, heading, body, table
    cell_margin_mm: float  # left and right, inside each table cell
    row_height_mm: float  # a table row's least height
    widths_mm: dict[str, tuple[float, ...]]  # per printed table, its columns left to right

    @property
    def text_width_mm(self) -> float:
        return self.page_mm[0] - self.margins_mm["left"] - self.margins_mm["right"]


@dataclass(frozen=True)
class Layout:
    name: str
    file: str
    description: str
    first: int | None
    last: int | None
    style: str
    document_title: str
    sections: tuple[Section, ...]
    agency_text_missing: str
    fonts: dict[str, str]
    columns: tuple[str, ...]
    total_column: str
    corner: str
    t3_sheet: str
    t3_header: tuple[HeaderNode, ...]
    json_rows: tuple[JsonRow, ...]
    rows: tuple[DisplayRow, ...]
    t4_sheet: str
    t4_columns: tuple[T4Column, ...]
    t4_groups: tuple[T4Group, ...]
    t4_header: tuple[HeaderNode, ...]
    t4_combined: tuple[tuple[str, tuple[str, ...]], ...]
    by_agency: dict[str, Any]
    on_time: dict[str, Any]
    checks: tuple[dict[str, Any], ...]
    print: PrintSpec
    entry_roles: tuple[str, ...]
    label_columns: int = 1  # table 三's printed label columns
    column_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (key, column codes) for paragraphs
    items: ItemTable | None = None
    paragraphs: dict[str, tuple[Paragraph, ...]] = field(default_factory=dict)

    @property
    def applicant_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c != self.total_column)

    @property
    def outcomes(self) -> tuple[str, ...]:
        return tuple(r.outcome for r in self.json_rows if r.outcome)

    @property
    def t4_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.t4_columns)

    @property
    def t4_total(self) -> str:
        return next(c.code for c in self.t4_columns if c.total)

    def applies_to(self, year: int) -> bool:
        return (self.first is None or year >= self.first) and (self.last is None or year <= self.last)

    def row(self, key: str) -> DisplayRow | None:
        return next((r for r in self.rows if r.key == key), None)

    @property
    def text_sections(self) -> tuple[str, ...]:
        """The numbers of the sections that take the agency's own text."""
        return tuple(s.number for s in self.sections if s.text_block is not None)


def header_leaves(nodes: tuple[HeaderNode, ...]) -> list[HeaderNode]:
    out: list[HeaderNode] = []
    for n in nodes:
        out.extend(header_leaves(n.children) if n.children else [n])
    return out
