"""What an import reports: each problem found in a row, and the totals of a run.

``RowError`` names a cell by the row number the spreadsheet shows and the file's own header, so an
office can find it; ``ImportResult`` holds a run's counts and errors, which ``disclosure import``
reports from ``as_json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet shows it (header row included)
    column: str  # the field key; "" when the problem is the whole row
    header: str  # the file's header of that column
    value: str
    reason: str  # Chinese first

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "header": self.header,
            "value": self.value,
            "reason": self.reason,
        }

    def __str__(self) -> str:
        where = f"{self.header or self.column}" if self.column else "整行"
        return f"第{self.row}行 {where}「{self.value}」: {self.reason}"


@dataclass
class ImportResult:
    kind: str
    file: str
    format: str = ""
    encoding: str | None = None
    rows: int = 0  # data rows read (blank rows not counted)
    valid: int = 0  # rows that were (or, in a dry run, would be) written
    imported: int = 0
    updated: int = 0  # proceedings whose result this import recorded
    already: int = 0  # rows imported before (re-import)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    seconds: float = 0.0

    @property
    def invalid_rows(self) -> int:
        return len({e.row for e in self.errors})

    def as_json(self) -> dict[str, Any]:
        keys = ("kind", "file", "format", "encoding", "rows", "valid", "imported", "updated")
        out = {k: getattr(self, k) for k in keys}
        out |= {"already_imported": self.already, "invalid_rows": self.invalid_rows}
        out["errors"] = [e.as_json() for e in sorted(self.errors, key=lambda e: e.row)]
        out |= {k: getattr(self, k) for k in ("ignored_columns", "dry_run", "written")}
        return out | {"seconds": round(self.seconds, 3)}
