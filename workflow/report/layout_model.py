"""What an annual report layout is, once loaded: frozen data classes and the names a layout may use.

A layout is data: the years it applies to, the section headings, table 三 (columns, header tree,
the JSON rows and the printed rows with the outcomes they sum), table 四 (groups, columns, header
tree), the checks and the paragraph templates. The sets below are the *shapes* the code knows: the
measures the counter can compute, the block kinds the renderer can place and the check kinds
:mod:`workflow.report.checks` implements. Reading and validating a file is
:mod:`workflow.report.layout_parse`; nothing here reads one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# what the counter computes besides one count per outcome code (see counting.py)
MEASURES = ("new_received", "carried_over_in", "results_total", "carried_over_out")
BLOCK_KINDS = ("paragraph", "agency_text", "table")
TABLES = ("table3", "table4", "by_agency")
CHECK_KINDS = ("column_identity", "sum_of_rows", "row_total", "table4_total", "carry_over")
STYLES = ("tables", "narrative")
# values every paragraph template may name besides the row keys and the table 四 cells
PARAGRAPH_VALUES = (
    "year",
    "agency_name",
    "agency_code",
    "on_time",
    "on_time_rate",
    "notices",
    "amount_notified",
    "amount_collected",
    "proceedings_total",
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
class Layout:
    name: str
    file: str
    description: str
    first: int | None
    last: int | None
    style: str
    document_title: str
    sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
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



def header_leaves(nodes: tuple[HeaderNode, ...]) -> list[HeaderNode]:
    out: list[HeaderNode] = []
    for n in nodes:
        out.extend(header_leaves(n.children) if n.children else [n])
    return out
