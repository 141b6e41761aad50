"""Trigger data: check each value against the field definitions and convert it to its type."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from workflow.definitions.model import FieldDef
from workflow.errors import ValidationError
from workflow.identity import id_number_problem, normalise_id_number


def _convert(f: FieldDef, raw: Any, trigger: str) -> Any:
    where = f"{trigger}: 字段 {f.name}（{f.label}）"
    if f.type in ("string", "text"):
        value = str(raw).strip()
        if f.required and not value:
            raise ValidationError(f"{where} 不能为空 / {f.name} must not be empty")
        return value
    if f.type == "date":
        if isinstance(raw, date):
            return raw
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            raise ValidationError(f"{where} 日期格式错误 {raw!r} / {f.name} expects YYYY-MM-DD") from None
    if f.type == "integer":
        try:
            value = int(str(raw))
        except ValueError:
            raise ValidationError(f"{where} 应为整数 / {f.name} expects a whole number, got {raw!r}") from None
    elif f.type == "amount":
        try:
            value = Decimal(str(raw)).quantize(Decimal("0.01"))
        except InvalidOperation:
            raise ValidationError(f"{where} 应为金额 / {f.name} expects an amount in yuan, got {raw!r}") from None
    elif f.type == "bool":
        text = str(raw).strip().lower()
        if text not in ("true", "false", "1", "0", "yes", "no"):
            raise ValidationError(f"{where} 应为 true/false / {f.name} expects true or false, got {raw!r}")
        return text in ("true", "1", "yes")
    elif f.type == "choice":
        value = str(raw).strip()
        if value not in f.choices:
            raise ValidationError(f"{where} 取值无效 {value!r} / {f.name} must be one of: {', '.join(f.choices)}")
        return value
    elif f.type == "id_number":
        problem = id_number_problem(str(raw))
        if problem:
            raise ValidationError(f"{where}: {problem}")
        return normalise_id_number(str(raw))
    else:  # pragma: no cover - the loader only admits known types
        raise ValidationError(f"{where}: unknown type {f.type}")
    if f.minimum is not None and value < f.minimum:
        raise ValidationError(f"{where} 不得小于 {f.minimum} / {f.name} must be at least {f.minimum}, got {value}")
    if f.maximum is not None and value > f.maximum:
        raise ValidationError(f"{where} 不得大于 {f.maximum} / {f.name} must be at most {f.maximum}, got {value}")
    return value


def validate_fields(trigger: str, fields: dict[str, FieldDef], data: dict[str, Any], effective: date) -> dict[str, Any]:
    """Typed values for the declared fields; unknown keys and missing required ones are errors."""
    if not data.keys() <= fields.keys():
        unknown = sorted(set(data) - set(fields))
        raise ValidationError(
            f"{trigger}: 未知字段 {', '.join(unknown)} / unknown field(s); allowed: {', '.join(fields) or '(none)'}"
        )
    out: dict[str, Any] = {}
    for name, f in fields.items():
        raw = data.get(name)
        if raw is None or (isinstance(raw, str) and raw.strip() == ""):
            if f.default_effective:
                out[name] = effective
            elif f.required:
                raise ValidationError(f"{trigger}: 缺少必填字段 {name}（{f.label}） / missing required field {name}")
            continue
        out[name] = _convert(f, raw, trigger)
    return out
