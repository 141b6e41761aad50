"""Annual report layouts, loaded from ``definitions/report/*.yaml`` and validated; the one for a year.

This module is the public face: it reads the folder (no two layouts may cover the same year),
caches it, and finds a layout by year or by name. It re-exports the rest, so
``from workflow.report.layout import ...`` is all a caller needs: the data classes and the names a
layout may use are in :mod:`workflow.report.layout_model`, the validation of one file is
:func:`workflow.report.layout_parse.parse_layout`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from workflow.errors import DefinitionError, NotFoundError, ValidationError
from workflow.report.layout_model import (
    Layout,
)
from workflow.report.layout_parse import parse_layout


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


def check_report_year(year: int, this_year: int, directory: str | Path | None = None) -> None:
    """Refuse a report year before the regime (the first year of the earliest layout) or after
    ``this_year``: no report of it exists or can exist yet."""
    firsts = [x.first for x in load_layouts(directory)]
    first = None if None in firsts else min(f for f in firsts if f is not None)
    if (first is not None and year < first) or year > this_year:
        allowed = f"{first} 至 {this_year}" if first is not None else f"{this_year} 及以前"
        allowed_en = f"from {first} to {this_year}" if first is not None else f"{this_year} or earlier"
        raise ValidationError(f"报告年度 {year} 无效，应为 {allowed} 年 / --year {year}: allowed {allowed_en}",
                              field="year")


def layout_by_name(name: str, directory: str | Path | None = None) -> Layout:
    for layout in load_layouts(directory):
        if layout.name == name:
            return layout
    names = ", ".join(x.name for x in load_layouts(directory))
    raise NotFoundError(f"未知的报告格式 {name!r} / unknown report layout; known: {names}")
