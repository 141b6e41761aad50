"""What an agency enters for its annual report: the text of a section and the counts of section
二's table of Art. 20 items, stored per agency and year, append-only, with who entered them and when.

The year's layout says which sections take a text and which cells the table has; each write checks
its input against it, checks that the user holds one of the layout's entry roles at the agency (or
above it), and adds a new version of each entry it changes in one transaction. The report prints
the latest versions (:func:`current`, read inside the report's own transaction); :func:`history`
lists every version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from workflow.errors import ConflictError, NotFoundError, ValidationError
from workflow.plaintext import control_character_problem
from workflow.report.counting import resolve_scope
from workflow.report.layout import layout_for_year
from workflow.report.layout_model import ItemColumn, Layout
from workflow.store.db import read, write
from workflow.store.models import app_user, report_entry
from workflow.store.repository import Repository

TEXT, ITEM = "text", "item"


@dataclass(frozen=True)
class Entry:
    kind: str
    key: str
    version: int
    body: str | None
    value: Decimal | None
    entered_by: str
    role: str
    entered_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "version": self.version,
            "text": self.body,
            "value": None if self.value is None else plain(self.value),
            "entered_by": self.entered_by,
            "role": self.role,
            "entered_at": self.entered_at.isoformat(),
        }


@dataclass
class Entries:
    """The latest version of each entry of one agency's year (cleared ones left out)."""

    texts: dict[str, str] = field(default_factory=dict)  # section number -> text
    values: dict[str, Decimal] = field(default_factory=dict)  # ITEM.COLUMN -> value
    latest: dict[tuple[str, str], Entry] = field(default_factory=dict)


def plain(value: Decimal) -> str:
    """A stored value as printed: no exponent, no trailing zeros (Numeric(18, 4) pads to 4)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _entries(conn: Connection, agency_id: int, year: int, kind: str | None = None) -> list[Entry]:
    name = app_user.c.name
    stmt = (
        select(report_entry, name.label("user_name"))
        .join(app_user, app_user.c.id == report_entry.c.entered_by)
        .where(report_entry.c.agency_id == agency_id, report_entry.c.year == year)
        .order_by(report_entry.c.kind, report_entry.c.entry_key, report_entry.c.version)
    )
    if kind is not None:
        stmt = stmt.where(report_entry.c.kind == kind)
    return [
        Entry(r.kind, r.entry_key, r.version, r.body, None if r.value is None else Decimal(r.value),
              r.user_name, r.role, _utc(r.entered_at))
        for r in conn.execute(stmt)
    ]


def _utc(at: datetime) -> datetime:
    """SQLite hands a stored UTC time back without its zone; PostgreSQL with it."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def current(conn: Connection, agency_id: int, year: int) -> Entries:
    out = Entries()
    for e in _entries(conn, agency_id, year):
        out.latest[(e.kind, e.key)] = e  # ordered by version: the last one stays
    for (kind, key), e in out.latest.items():
        if kind == TEXT and e.body:
            out.texts[key] = e.body
        elif kind == ITEM and e.value is not None:
            out.values[key] = e.value
    return out


def history(
    engine: Engine, *, agency: str, year: int, kind: str | None = None, layout_dir: str | Path | None = None
) -> tuple[Layout, list[Entry]]:
    layout = layout_for_year(year, layout_dir)
    with read(engine) as conn:
        scope = resolve_scope(conn, agency)
        return layout, _entries(conn, scope.root.id, year, kind)


def latest(engine: Engine, *, agency: str, year: int, layout_dir: str | Path | None = None) -> tuple[Layout, Entries]:
    layout = layout_for_year(year, layout_dir)
    with read(engine) as conn:
        scope = resolve_scope(conn, agency)
        return layout, current(conn, scope.root.id, year)


# -- writing ------------------------------------------------------------------------------------


def _role(conn: Connection, layout: Layout, actor: str, agency_id: int, agency: str) -> tuple[int, str]:
    user = Repository(conn).actor(actor, agency_id)
    role = next((r for r in layout.entry_roles if r in user.roles), None)
    if role is None:
        raise ValidationError(
            f"用户 {actor} 在 {agency} 没有填报年度报告的角色（需要 {'、'.join(layout.entry_roles)} 之一）/ "
            f"{actor} holds none of the roles that may enter report parts at {agency}: {', '.join(layout.entry_roles)}"
        )
    return user.id, role


def _write(
    engine: Engine, layout: Layout, agency: str, year: int, actor: str, changes: dict[tuple[str, str], Any]
) -> list[Entry]:
    """Append a version of each entry whose value differs from the latest; returns the new ones."""
    now = datetime.now(UTC)
    written: list[Entry] = []
    try:
        with write(engine) as conn:
            scope = resolve_scope(conn, agency)
            user_id, role = _role(conn, layout, actor, scope.root.id, agency)
            before = current(conn, scope.root.id, year).latest
            for (kind, key), new in changes.items():
                old = before.get((kind, key))
                if old is not None and (old.body if kind == TEXT else old.value) == new:
                    continue
                if old is None and new is None:
                    continue
                version = old.version + 1 if old else 1
                conn.execute(
                    report_entry.insert().values(
                        agency_id=scope.root.id, year=year, kind=kind, entry_key=key, version=version,
                        body=new if kind == TEXT else None, value=new if kind == ITEM else None,
                        entered_by=user_id, role=role, entered_at=now,
                    )
                )
                written.append(Entry(kind, key, version, new if kind == TEXT else None,
                                     new if kind == ITEM else None, actor, role, now))
    except IntegrityError as exc:
        raise ConflictError(
            "另一用户同时修改了同一项，未写入，请重试 / another user changed the same entry; nothing was written"
        ) from exc
    return written


def set_text(
    engine: Engine, *, agency: str, year: int, section: str, text: str | None, actor: str,
    layout_dir: str | Path | None = None,
) -> list[Entry]:
    """Store the agency's text of ``section`` (``None`` clears it); [] when it is unchanged."""
    layout = layout_for_year(year, layout_dir)
    if section not in layout.text_sections:
        titles = "、".join(s.title for s in layout.sections if s.number in layout.text_sections)
        raise ValidationError(
            f"{year}年度报告（{layout.description}）第{section}部分不由本机关填写正文；可填写：{titles} / "
            f"section {section!r} takes no agency text in this layout; allowed: {', '.join(layout.text_sections)}"
        )
    if text is not None:
        text = "\n".join(line.rstrip() for line in text.strip().splitlines())
        if not text:
            raise ValidationError("正文为空；要清除已填写的正文请用 --clear / the text is empty; use --clear to remove it")
        problem = control_character_problem(text, multiline=True)
        if problem:
            raise ValidationError(f"第{section}部分正文 / section {section} text: {problem}")
    return _write(engine, layout, agency, year, actor, {(TEXT, section): text})


def _cell(layout: Layout, name: str) -> tuple[str, ItemColumn]:
    """ITEM.COLUMN (or ITEM alone when it has one column) -> (cell key, column)."""
    assert layout.items is not None
    item, _, column = name.strip().partition(".")
    groups = {code: g for g in layout.items.groups for code, _ in g.items}
    if item not in groups:
        raise ValidationError(
            f"第二部分没有 {item!r} 项；可填：{', '.join(f'{c}（{label}）' for g in layout.items.groups for c, label in g.items)}"
            f" / unknown item {item!r}"
        )
    columns = groups[item].columns
    if not column and len(columns) == 1:
        column = columns[0].code
    found = next((c for c in columns if c.code == column), None)
    if found is None:
        allowed = ", ".join(f"{item}.{c.code}（{c.label}）" for c in columns)
        raise ValidationError(f"{item} 项需指明栏目：{allowed} / {item!r} needs one of these columns, got {column!r}")
    return f"{item}.{found.code}", found


def parse_value(column: ItemColumn, cell: str, raw: str) -> Decimal | None:
    """A cell's value from its text; empty clears it."""
    text = raw.strip().replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise ValidationError(f"{cell}（{column.label}）须为数字，收到 {raw!r} / {cell} must be a number")
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if column.kind == "count" and (value < 0 or decimals or value != value.to_integral_value()):
        raise ValidationError(f"{cell}（{column.label}）须为不小于0的整数，收到 {raw!r} / {cell} takes a whole number >= 0")
    if column.kind == "change" and (decimals or value != value.to_integral_value()):
        raise ValidationError(f"{cell}（{column.label}）须为整数（减少为负数），收到 {raw!r} / {cell} takes a whole number")
    if column.kind == "amount" and (value < 0 or decimals > column.digits):
        raise ValidationError(
            f"{cell}（{column.label}）须为不小于0的数，最多{column.digits}位小数，收到 {raw!r} / "
            f"{cell} takes an amount >= 0 with at most {column.digits} decimals"
        )
    if abs(value) >= Decimal(10) ** 14:
        raise ValidationError(f"{cell}（{column.label}）数值过大：{raw!r} / {cell}: value too large")
    return value


def set_items(
    engine: Engine, *, agency: str, year: int, values: dict[str, str], actor: str,
    layout_dir: str | Path | None = None,
) -> list[Entry]:
    """Store section 二's counts, ``{"rules.issued": "2", "licensing": "320", "fees": ""}`` (empty
    clears a cell), all in one transaction; only the cells that change get a new version."""
    layout = layout_for_year(year, layout_dir)
    if layout.items is None:
        raise NotFoundError(
            f"{year}年度报告（{layout.description}）第二部分没有统计表 / the {year} layout has no section 二 table"
        )
    if not values:
        raise ValidationError("未给出任何数值，用 --set 项目.栏目=数值 / nothing to set; use --set ITEM.COLUMN=VALUE")
    changes: dict[tuple[str, str], Any] = {}
    for name, raw in values.items():
        key, column = _cell(layout, name)
        if (ITEM, key) in changes:
            raise ValidationError(f"{key} 重复给出 / {key} given twice")
        changes[(ITEM, key)] = parse_value(column, key, raw)
    return _write(engine, layout, agency, year, actor, changes)


def missing_cells(layout: Layout, entries: Entries) -> list[str]:
    """Cells of section 二's table the agency has not entered (printed blank)."""
    if layout.items is None:
        return []
    return [key for key, *_ in layout.items.cells() if key not in entries.values]


def text_sections_missing(layout: Layout, entries: Entries) -> list[str]:
    """Sections that print the placeholder because the agency has entered no text for them."""
    return [
        s.number for s in layout.sections if s.text_block == "placeholder" and s.number not in entries.texts
    ]

