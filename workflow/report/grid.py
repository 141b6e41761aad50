"""The report's tables, flat and as the printed form lays them out.

A flat :class:`Table` is header cells with their spans and one line per row (category lines
included); Markdown, which cannot merge cells, draws it. A :class:`Grid` is the form: cells with
their row and column spans and the width of every column; Word, Excel and HTML draw it
(:mod:`workflow.report.office`, :mod:`workflow.report.render`). Table 三 gets
the form's label columns: a line's label starts in the column of its level and runs to the last
label column, and a category line (三、本年度办理结果, （三）不予公开, …) has no row of its own, its
label runs down beside the lines under it. Section 二's table is built here directly from the
layout's Art. 20 items and the values the agency entered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from workflow.report.entries import plain
from workflow.report.layout_model import ItemColumn, ItemTable

HEAD, LABEL, CATEGORY, NUMBER = "head", "label", "category", "number"


# -- flat tables: header cells with their spans, then one line per row -------------------------


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
    caption: str | None = None  # printed above the flat table (section 二's Art. 20 item)


# -- the printed grid -------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    row: int
    col: int
    value: Any  # a label (str), a number, or None for a blank cell
    kind: str  # head (a heading), label (a line's label), category (a label down the lines under it), number
    rowspan: int = 1
    colspan: int = 1
    ref: tuple[str, int] | None = None  # a number's (row key, value column index): what the cell counts

    @property
    def text(self) -> str:
        if self.value is None:
            return ""
        return plain(self.value) if isinstance(self.value, Decimal) else str(self.value)


@dataclass(frozen=True)
class Grid:
    key: str
    sheet: str
    nrows: int
    ncols: int
    header_rows: int  # the rows repeated at the top of every printed page
    cells: tuple[Cell, ...]
    widths_mm: tuple[float, ...]

    def at(self, row: int, col: int) -> Cell | None:
        """The cell whose top-left corner is (row, col)."""
        return next((c for c in self.cells if c.row == row and c.col == col), None)


def _descendants_end(t: Table, i: int) -> int:
    """The index after the last line under line ``i`` (the lines of a deeper level that follow)."""
    j = i + 1
    while j < len(t.body) and t.levels[j] > t.levels[i]:
        j += 1
    return j


def from_table(t: Table, widths_mm: tuple[float, ...], label_columns: int) -> Grid:
    """The grid of a flat table (table 三, table 四, the by-agency table) with ``label_columns``
    label columns in place of the flat table's one (0 for table 四, which has none)."""
    shift = label_columns - t.label_cols
    cells: list[Cell] = []
    for s in t.header:
        if s.col < t.label_cols:  # the corner over the label columns
            cells.append(Cell(s.row, s.col, s.text, HEAD, s.rowspan, s.colspan + shift))
        else:
            cells.append(Cell(s.row, s.col + shift, s.text, HEAD, s.rowspan, s.colspan))
    n = len(t.body)
    own_row = [not t.categories[i] or _descendants_end(t, i) == i + 1 for i in range(n)]
    row_of, r = [], t.header_rows
    for i in range(n):
        row_of.append(r)  # a category without a row of its own starts on its first line's row
        r += own_row[i]
    for i, line in enumerate(t.body):
        level = t.levels[i] if t.label_cols else 0
        if not own_row[i]:
            span = sum(own_row[i + 1 : _descendants_end(t, i)])
            cells.append(Cell(row_of[i], level, line[0], CATEGORY, rowspan=span))
            continue
        if t.label_cols:
            cells.append(Cell(row_of[i], level, line[0], LABEL, colspan=label_columns - level))
        key = t.row_keys[i] if i < len(t.row_keys) else None
        for j, value in enumerate(line[t.label_cols :]):
            cells.append(Cell(row_of[i], label_columns + j, value, NUMBER, ref=(key, j) if key else None))
    return Grid(t.key, t.sheet, r, label_columns + t.ncols - t.label_cols, t.header_rows, tuple(cells), widths_mm)


def _spans(count: int, slots: int) -> list[tuple[int, int]]:
    """(first column, span) of ``count`` value columns over ``slots``: the last takes the rest, as
    the form's 本年处理决定数量 spans the three columns of 本年制发件数 … 现行有效件数."""
    return [(i, 1 if i < count - 1 else slots - i) for i in range(count)]


def item_value(column: ItemColumn, value: Decimal | None) -> int | Decimal | None:
    if value is None:
        return None
    return int(value) if column.kind in ("count", "change") else value.normalize()


def items_grid(items: ItemTable, values: dict[str, Decimal], widths_mm: tuple[float, ...]) -> Grid:
    """Section 二 as the form prints it: per Art. 20 item a title row across the table, the
    heading row (信息内容 and the item's columns) and one row per kind of information."""
    slots = items.value_columns
    cells: list[Cell] = []
    r = 0
    for g in items.groups:
        cells.append(Cell(r, 0, g.title, HEAD, colspan=1 + slots))
        spans = _spans(len(g.columns), slots)
        cells.append(Cell(r + 1, 0, items.label, HEAD))
        cells += [Cell(r + 1, 1 + c, col.label, HEAD, colspan=n) for (c, n), col in zip(spans, g.columns, strict=True)]
        r += 2
        for code, label in g.items:
            cells.append(Cell(r, 0, label, LABEL))
            cells += [
                Cell(r, 1 + c, item_value(col, values.get(f"{code}.{col.code}")), NUMBER, colspan=n)
                for (c, n), col in zip(spans, g.columns, strict=True)
            ]
            r += 1
    return Grid("active_disclosure", items.sheet, r, 1 + slots, 0, tuple(cells), widths_mm)
