"""Trigger data: check each value against the field definitions and convert it to its type."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from workflow.contact import email_problem, normalise_contact, phone_problem
from workflow.definitions.model import FieldDef
from workflow.engine import messages as say
from workflow.errors import ValidationError
from workflow.identity import credit_code_problem, id_number_problem, normalise_id_number
from workflow.isotext import parse_day
from workflow.plaintext import control_character_problem, length_problem, normalise_line_breaks

_FORMATS = {"phone": phone_problem, "email": email_problem}


def _convert(f: FieldDef, raw: Any, trigger: str, formats: bool = True) -> Any:
    where = say.field_where(trigger, f.name, f.label)
    if f.type in _FORMATS:
        problem = (_FORMATS[f.type](str(raw)) if formats else None) or length_problem(str(raw).strip(), f.max_length)
        if problem:
            raise ValidationError(f"{where}: {problem}")
        return normalise_contact(str(raw)) if formats else str(raw).strip()
    if f.type in ("string", "text"):
        value = str(raw).strip()
        if f.required and not value:
            raise ValidationError(say.field_empty(where, f.name))
        if f.type == "text":
            value = normalise_line_breaks(value)
        problem = control_character_problem(value, multiline=f.type == "text") or length_problem(value, f.max_length)
        if problem:
            raise ValidationError(f"{where}: {problem}")
        return value
    if f.type == "date":
        if isinstance(raw, date):
            return raw
        try:
            return parse_day(str(raw))
        except ValueError as exc:
            raise ValidationError(say.field_bad_date(where, f.name, str(exc))) from None
    if f.type == "integer":
        try:
            value = int(str(raw))
        except ValueError:
            raise ValidationError(say.field_not_integer(where, f.name, raw)) from None
    elif f.type == "amount":
        try:
            value = Decimal(str(raw)).quantize(Decimal("0.01"))
        except InvalidOperation:
            raise ValidationError(say.field_not_amount(where, f.name, raw)) from None
        if not value.is_finite():  # NaN quantizes to itself and compares with nothing
            raise ValidationError(say.field_not_amount(where, f.name, raw))
    elif f.type == "bool":
        text = str(raw).strip().lower()
        if text not in ("true", "false", "1", "0", "yes", "no"):
            raise ValidationError(say.field_not_bool(where, f.name, raw))
        return text in ("true", "1", "yes")
    elif f.type == "choice":
        value = str(raw).strip()
        if value not in f.choices:
            raise ValidationError(say.field_bad_choice(where, f.name, value, f.choices))
        return value
    elif f.type == "id_number":
        problem = id_number_problem(str(raw))
        if problem:
            raise ValidationError(f"{where}: {problem}")
        return normalise_id_number(str(raw))
    elif f.type == "credit_code":
        problem = credit_code_problem(str(raw))
        if problem:
            raise ValidationError(f"{where}: {problem}")
        return str(raw).strip().upper()
    else:  # pragma: no cover - the loader only admits known types
        raise ValidationError(f"{where}: unknown type {f.type}")
    if f.minimum is not None and value < f.minimum:
        raise ValidationError(say.field_below(where, f.name, f.minimum, value))
    if f.maximum is not None and value > f.maximum:
        raise ValidationError(say.field_above(where, f.name, f.maximum, value))
    return value


def validate_fields(trigger: str, fields: Mapping[str, FieldDef], data: dict[str, Any], effective: date,
                    *, formats: bool = True) -> dict[str, Any]:
    """Typed values for the declared fields; unknown keys and missing required ones are errors.

    ``formats=False`` takes phone numbers and e-mail addresses as written: a replay of recorded
    history checks its structure, not the input rules of a later version."""
    if not data.keys() <= fields.keys():
        unknown = sorted(set(data) - set(fields))
        raise ValidationError(say.unknown_fields(trigger, unknown, fields), field=unknown[0])
    out: dict[str, Any] = {}
    for name, f in fields.items():
        raw = data.get(name)
        if raw is None or (isinstance(raw, str) and raw.strip() == ""):
            if f.default_effective:
                out[name] = effective
            elif f.default is not None:
                out[name] = _convert(f, f.default, trigger)
            elif f.required:
                raise ValidationError(say.missing_field(trigger, name, f.label), field=name)
            continue
        try:
            out[name] = _convert(f, raw, trigger, formats)
        except ValidationError as exc:
            exc.field = exc.field or name
            raise
    return out
