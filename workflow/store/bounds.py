"""Text bound for a column, checked before the database sees it: a value longer than the column's
length is refused with one line on both stores (PostgreSQL would raise, SQLite would keep it whole),
and control characters are refused in every column (PostgreSQL refuses NUL; the rest reach letters,
e-mails and terminals)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, Text

from workflow.errors import ValidationError
from workflow.plaintext import control_character_problem, length_problem


def check_text(table: Table, values: Mapping[str, Any]) -> None:
    """Raise a ValidationError naming the first text value in ``values`` its column cannot take."""
    for key, value in values.items():
        if not isinstance(value, str) or key not in table.c:
            continue
        column_type = table.c[key].type
        problem = control_character_problem(value, multiline=isinstance(column_type, Text)) \
            or length_problem(value, getattr(column_type, "length", None))
        if problem:
            raise ValidationError(f"{table.name}.{key}: {problem}")


def check_settings_text(owner: str, values: Mapping[str, Any]) -> None:
    """The one-line texts of a settings mapping (an agency's letter settings): no control characters."""
    for key, value in values.items():
        problem = control_character_problem(value) if isinstance(value, str) else None
        if problem:
            raise ValidationError(f"{owner}.{key}: {problem}")
