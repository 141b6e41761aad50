"""JSON Schema of a trigger's fields, generated from the definition (types, enums with labels,
required), so that the API can never describe another form than the engine checks."""

from __future__ import annotations

from typing import Any

from workflow.definitions.model import FieldDef, Vocabulary

BASE_TYPES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "text": {"type": "string"},
    "date": {"type": "string", "format": "date"},
    "integer": {"type": "integer"},
    "amount": {"type": "number"},
    "bool": {"type": "boolean"},
    "choice": {"type": "string"},
    "id_number": {"type": "string", "pattern": "^[0-9]{17}[0-9Xx]$"},
    # GB 32100: 18 characters of digits and capital letters (the check character is checked by the engine)
    "credit_code": {"type": "string", "pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$"},
    "phone": {"type": "string"},
    "email": {"type": "string", "format": "email"},
}


def field_schema(vocab: Vocabulary, f: FieldDef) -> dict[str, Any]:
    schema: dict[str, Any] = {**BASE_TYPES[f.type], "title": f.label}
    if f.help:
        schema["description"] = f.help
    if f.choices:
        schema["enum"] = list(f.choices)
        schema["x-enum-labels"] = {c: vocab.label(f.choices_from, c) if f.choices_from else c for c in f.choices}
    if f.minimum is not None:
        schema["minimum"] = f.minimum
    if f.maximum is not None:
        schema["maximum"] = f.maximum
    if f.type in ("string", "text") and f.required:
        schema["minLength"] = 1
    if f.max_length is not None:
        schema["maxLength"] = f.max_length
    if f.default_effective:
        schema["x-default"] = "effective_on"
    return schema


def fields_schema(vocab: Vocabulary, fields: dict[str, FieldDef]) -> dict[str, Any]:
    """The object schema of a trigger's ``data``: one property per field, the required ones listed."""
    return {"type": "object", "additionalProperties": False,
            "properties": {name: field_schema(vocab, f) for name, f in fields.items()},
            "required": [name for name, f in fields.items() if f.required and not f.default_effective]}
