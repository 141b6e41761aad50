"""What a ledger may hold, for the clerk who prepares one (``disclosure import columns``): each
column's field key, the Chinese headers it is recognised by, whether it is required, its type and
accepted codes, and an example row, all read from ``definitions/import/ledger-columns.yaml`` and the
vocabulary, the same data the import itself reads."""

from __future__ import annotations

import csv
import io
from typing import Any

from workflow.errors import ValidationError
from workflow.importer.ledger import KINDS, LedgerSpec


def column_guide(spec: LedgerSpec, kind: str) -> dict[str, Any]:
    """The columns of ``kind`` (cases | proceedings) with their example, and the example as CSV."""
    if kind not in KINDS:
        raise ValidationError(f"台账类型无效 {kind!r} / kind must be one of: {', '.join(KINDS)}")
    example = spec.examples[kind]
    columns = []
    for col in spec.columns[kind].values():
        choices = [{"code": c.code, "label": c.label} for c in spec.vocabulary.lists[col.vocabulary]] if col.vocabulary else []
        columns.append({
            "key": col.key,
            "headers": list(col.headers),
            "required": col.required,
            "type": col.type,
            "type_label": spec.type_labels.get(col.type, col.type),
            "vocabulary": col.vocabulary,
            "choices": choices,
            "max_length": col.max_length,
            "example": example.get(col.key, ""),
        })  # fmt: skip
    return {"kind": kind, "columns": columns, "example_csv": example_csv(columns)}


def example_csv(columns: list[dict[str, Any]]) -> str:
    """A header line (each column's first Chinese header) and the example row: a file that imports."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([(c["headers"] or [c["key"]])[0] for c in columns])
    writer.writerow([c["example"] for c in columns])
    return out.getvalue()
