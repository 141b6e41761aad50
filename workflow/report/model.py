"""The annual report as generated: the layout it follows, the scope it counts, the figures in their
public JSON shape, the consistency checks they pass or fail, and what the agency entered for the
year (its section texts and section 二's counts). Made by :mod:`workflow.report.service`, laid out
by :mod:`workflow.report.render`, written to a file by :mod:`workflow.report.export`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workflow.report.checks import CheckResult
from workflow.report.counting import Scope
from workflow.report.entries import Entries
from workflow.report.layout_model import Layout


@dataclass
class Report:
    year: int
    layout: Layout
    scope: Scope
    data: dict[str, Any]  # the public JSON shape
    checks: list[CheckResult]
    raw_values: dict[str, Any]  # paragraph values as numbers (for when_zero)
    values: dict[str, Any]  # paragraph values as printed
    totals: dict[str, Any]  # the by-agency columns for the whole scope
    by_agency: list[dict[str, Any]] | None = None
    entries: Entries = field(default_factory=Entries)  # the root agency's, for the year

    @property
    def failing(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.ok]

    @property
    def ok(self) -> bool:
        return not self.failing
