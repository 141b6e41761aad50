"""Annual report layouts, loaded from ``definitions/report/*.yaml`` and validated.

A layout is data: the years it applies to, the section headings, table 三 (columns, header tree,
the JSON rows and the printed rows with the outcomes they sum), table 四 (groups, columns, header
tree), the checks and the paragraph templates. This module knows only the *shapes*: the measures
the counter can compute, the block kinds the renderer can place and the check kinds
:mod:`workflow.report.checks` implements. A malformed file raises :class:`DefinitionError` naming
the file, the key path and what was expected.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workflow.errors import DefinitionError, NotFoundError

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


class _Reader:
    """Typed access to the YAML mapping with errors that name the file and the key path."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, path: str, expected: str) -> DefinitionError:
        return DefinitionError(self.file, path, expected)

    def get(
        self, d: Any, key: str, path: str, kind: type | tuple[type, ...], *, required: bool = True
    ) -> Any:
        if not isinstance(d, dict):
            raise self.fail(path, "a mapping")
        if key not in d or d[key] is None:
            if required:
                raise self.fail(f"{path}.{key}".lstrip("."), f"required {_kind_name(kind)}")
            return None
        value = d[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            raise self.fail(f"{path}.{key}".lstrip("."), f"a {_kind_name(kind)}, got {type(value).__name__}")
        return value


def _items(r: _Reader, d: Any, key: str, path: str, *, required: bool = True):  # noqa: ANN202
    """(item, key path) for each element of the list ``d[key]``."""
    for i, item in enumerate(r.get(d, key, path, list, required=required) or []):
        yield item, f"{path}.{key}[{i}]".lstrip(".")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "string", int: "integer", list: "list", dict: "mapping", bool: "boolean"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _header(r: _Reader, nodes: Any, path: str) -> tuple[HeaderNode, ...]:
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


def header_leaves(nodes: tuple[HeaderNode, ...]) -> list[HeaderNode]:
    out: list[HeaderNode] = []
    for n in nodes:
        out.extend(header_leaves(n.children) if n.children else [n])
    return out


def parse_layout(data: Any, file: str) -> Layout:
    r = _Reader(file)
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

    sections = []
    for s, p in _items(r, data, "sections", ""):
        blocks = []
        for j, b in enumerate(r.get(s, "blocks", p, list)):
            if not isinstance(b, dict) or len(b) != 1 or next(iter(b)) not in BLOCK_KINDS:
                raise r.fail(f"{p}.blocks[{j}]", f"a mapping with one key of {', '.join(BLOCK_KINDS)}")
            kind, value = next(iter(b.items()))
            if not isinstance(value, str) or (kind == "table" and value not in TABLES):
                raise r.fail(
                    f"{p}.blocks[{j}].{kind}",
                    f"a name{' of ' + ', '.join(TABLES) if kind == 'table' else ''}",
                )
            blocks.append((kind, value))
        sections.append((r.get(s, "title", p, str), tuple(blocks)))

    t3 = r.get(data, "table3", "", dict)
    columns, total_cols = [], []
    for c, p in _items(r, t3, "columns", "table3"):
        code = r.get(c, "code", p, str)
        columns.append(code)
        if r.get(c, "total", p, bool, required=False):
            total_cols.append(code)
    if len(total_cols) != 1 or len(set(columns)) != len(columns):
        raise r.fail("table3.columns", "unique column codes, exactly one marked total: true")

    json_rows = []
    for jr, p in _items(r, t3, "json_rows", "table3"):
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
    for dr, p in _items(r, t3, "rows", "table3"):
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

    t3_header: tuple[HeaderNode, ...] = ()
    t4_header: tuple[HeaderNode, ...] = ()
    t4 = r.get(data, "table4", "", dict)
    t4_columns = []
    for c, p in _items(r, t4, "columns", "table4"):
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
    for g, p in _items(r, t4, "groups", "table4"):
        t4_groups.append(
            T4Group(r.get(g, "key", p, str), r.get(g, "label", p, str), r.get(g, "kind", p, str))
        )
    group_keys = [g.key for g in t4_groups]
    combined = []
    for cmb, p in _items(r, t4, "combined", "table4", required=False):
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
    for c, p in _items(r, by_agency, "columns", "by_agency"):
        r.get(c, "key", p, str)
        r.get(c, "label", p, str)
    for key in ("title", "total_label"):
        r.get(by_agency, key, "by_agency", str)
    on_time = r.get(data, "on_time", "", dict)
    r.get(on_time, "clock_kind", "on_time", str)

    checks = []
    for c, p in _items(r, data, "checks", ""):
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
    allowed = set(PARAGRAPH_VALUES) | set(keys) | {row.key for row in rows} | cells
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
    for title, blocks in sections:
        for kind, value in blocks:
            if kind == "paragraph" and value not in paragraphs:
                raise r.fail(f"sections[{title}]", f"a paragraph defined under paragraphs (missing: {value})")

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
        paragraphs=paragraphs,
    )


def default_dir() -> Path:
    from workflow.paths import definitions_dir

    return definitions_dir() / "report"


@lru_cache(maxsize=8)
def _load(directory: str) -> tuple[Layout, ...]:
    layouts = []
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise DefinitionError(path.name, "(file)", f"valid YAML ({str(exc).splitlines()[0]})") from exc
        layouts.append(parse_layout(data, path.name))
    if not layouts:
        raise DefinitionError(str(directory), "(directory)", "at least one report layout *.yaml")
    for i, a in enumerate(layouts):
        for b in layouts[i + 1 :]:
            lo = max(x.first if x.first is not None else -(10**9) for x in (a, b))
            if lo <= min(x.last if x.last is not None else 10**9 for x in (a, b)):
                raise DefinitionError(b.file, "years", f"years not overlapping those of {a.file}")
    return tuple(layouts)


def load_layouts(directory: str | Path | None = None) -> tuple[Layout, ...]:
    return _load(str(directory or default_dir()))


def layout_for_year(year: int, directory: str | Path | None = None) -> Layout:
    for layout in load_layouts(directory):
        if layout.applies_to(year):
            return layout
    raise NotFoundError(f"没有适用于 {year} 年的年度报告格式 / no report layout covers the year {year}")


def layout_by_name(name: str, directory: str | Path | None = None) -> Layout:
    for layout in load_layouts(directory):
        if layout.name == name:
            return layout
    names = ", ".join(x.name for x in load_layouts(directory))
    raise NotFoundError(f"未知的报告格式 {name!r} / unknown report layout; known: {names}")
