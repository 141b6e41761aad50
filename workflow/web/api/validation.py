"""Request bodies checked field by field with the engine's own rule and words (one entry per field)."""

from __future__ import annotations

from datetime import date
from typing import Any

from workflow.definitions.model import FieldDef
from workflow.engine import messages as say
from workflow.engine.fields import validate_fields
from workflow.errors import ValidationError
from workflow.isotext import parse_day
from workflow.web.api.errors import ApiError, invalid

SCALARS = (str, int, float, bool)


def storable(text: str) -> bool:
    """Whether a text can be stored: UTF-8 (no lone surrogate) and no NUL (PostgreSQL refuses one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def body_object(payload: Any) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise ApiError(422, "validation_failed", "请求体应为 JSON 对象 / the body must be a JSON object")
    return payload


def data_object(payload: dict[str, Any]) -> dict[str, Any]:
    """The ``data`` member: an object of scalar values (a list or object as a value is refused)."""
    data = payload.get("data", {})
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise invalid({"data": "data 应为对象 / data must be an object of field values"})
    nested = {f"data.{k}": f"字段 {k} 的值应为文字、数字或真假值 / {k} must be a string, number or boolean"
              for k, v in data.items() if v is not None and not isinstance(v, SCALARS)}
    nested.update({f"data.{k}": f"字段 {k} 含有无效字符 / {k} holds a NUL or an unpaired surrogate"
                   for k, v in data.items() if isinstance(v, str) and not storable(v)})
    if nested:
        raise invalid(nested)
    return {k: v for k, v in data.items() if v is not None and not (isinstance(v, str) and not v.strip())}


def effective_on(payload: dict[str, Any], today: date) -> tuple[date | None, str | None]:
    raw = payload.get("effective_on")
    if raw is None or raw == "":
        return today, None
    if not isinstance(raw, str) or not storable(raw):
        return None, "effective_on 应为 YYYY-MM-DD / effective_on must be a date YYYY-MM-DD"
    try:
        return parse_day(raw), None
    except ValueError as exc:
        return None, f"办理日期无效: {exc} / effective_on must be a date YYYY-MM-DD"


def field_errors(trigger: str, fields: dict[str, FieldDef], data: dict[str, Any], effective: date) -> dict[str, str]:
    """``data.<name>`` -> the engine's message, for each field that is wrong (unknown ones included)."""
    errors: dict[str, str] = {}
    for name in sorted(set(data) - set(fields)):
        errors[f"data.{name}"] = say.unknown_fields(trigger, [name], fields)
    for name, f in fields.items():
        try:
            validate_fields(trigger, {name: f}, {name: data[name]} if name in data else {}, effective)
        except ValidationError as exc:
            errors[f"data.{name}"] = str(exc)
    return errors
