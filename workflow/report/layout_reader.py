"""Typed access to a parsed layout file, with errors that name the file and the key path.

Shared by :mod:`workflow.report.layout_parse` (the tables, checks and paragraphs) and
:mod:`workflow.report.layout_form` (sections, section 二's items and the print specification).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from workflow.errors import DefinitionError


class Reader:
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
                raise self.fail(f"{path}.{key}".lstrip("."), f"required {kind_name(kind)}")
            return None
        value = d[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            raise self.fail(f"{path}.{key}".lstrip("."), f"a {kind_name(kind)}, got {type(value).__name__}")
        return value

    def items(self, d: Any, key: str, path: str, *, required: bool = True) -> Iterator[tuple[Any, str]]:
        """(item, key path) for each element of the list ``d[key]``."""
        for i, item in enumerate(self.get(d, key, path, list, required=required) or []):
            yield item, f"{path}.{key}[{i}]".lstrip(".")

    def number(self, d: Any, key: str, path: str) -> float:
        value = self.get(d, key, path, (int, float))
        if isinstance(value, bool) or value <= 0:
            raise self.fail(f"{path}.{key}".lstrip("."), "a positive number")
        return float(value)


def kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "string", int: "integer", float: "number", list: "list", dict: "mapping", bool: "boolean"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)
