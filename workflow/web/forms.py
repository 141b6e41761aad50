"""Forms generated from a trigger's fields: inputs, choices with Chinese labels, errors per field.

Every value is checked by the engine's own rule (``workflow.engine.fields.validate_fields``), one
field at a time, so that each error is shown beside its input; an error the engine raises later
(a guard, a date) is placed on the field it names, or above the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from workflow.definitions.model import FieldDef, Vocabulary
from workflow.engine.fields import validate_fields
from workflow.errors import DisclosureError, ValidationError
from workflow.isotext import parse_day

HTML_TYPES = {"date": "date", "integer": "number", "amount": "number", "phone": "tel", "email": "email"}
# help text shown under an input, by field type
TYPE_HELP = {
    "date": "格式 YYYY-MM-DD",
    "amount": "单位：元，保留两位小数",
    "id_number": "18 位居民身份证号码，末位可为 X（自动校验）",
    "phone": "如 13800138000 或 0539-8123456 转 801",
    "credit_code": "18 位统一社会信用代码（自动校验）",
}


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    type: str
    required: bool
    choices: list[tuple[str, str]]
    html_type: str
    help: str
    step: str | None
    minimum: float | None
    maximum: float | None
    default_effective: bool


def choice_label(vocab: Vocabulary, field: FieldDef, code: str) -> str:
    """The label of one of a field's choices, from the vocabulary list the field draws them from."""
    return vocab.label(field.choices_from, code) if field.choices_from else code


def form_fields(vocab: Vocabulary, fields: dict[str, FieldDef]) -> list[FormField]:
    out = []
    for f in fields.values():
        hints = [f.help, TYPE_HELP.get(f.type, "")]
        if f.minimum is not None or f.maximum is not None:
            lo = "" if f.minimum is None else f"{f.minimum:g}"
            hi = "" if f.maximum is None else f"{f.maximum:g}"
            hints.append(f"范围 {lo}–{hi}")
        if f.default_effective:
            hints.append("留空则为办理日期")
        out.append(FormField(
            name=f.name, label=f.label, type=f.type, required=f.required,
            choices=[(c, choice_label(vocab, f, c)) for c in f.choices],
            html_type=HTML_TYPES.get(f.type, "text"), help="；".join(h for h in hints if h),
            step="0.01" if f.type == "amount" else ("1" if f.type == "integer" else None),
            minimum=f.minimum, maximum=f.maximum, default_effective=f.default_effective))
    return out


def chinese(message: str) -> str:
    """The Chinese half of a bilingual domain message (``中文 / English``)."""
    return message.split(" / ", 1)[0].strip()


def field_errors(trigger: str, fields: dict[str, FieldDef], data: dict[str, str],
                 effective: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, f in fields.items():
        try:
            validate_fields(trigger, {name: f}, {name: data[name]} if name in data else {}, effective)
        except ValidationError as exc:
            errors[name] = _short(chinese(str(exc)), f)
    return errors


def _short(message: str, f: FieldDef) -> str:
    # "decide: 字段 outcome（办理结果） 取值无效 …" -> "取值无效 …"; "缺少必填字段 x（标签）" -> "必填"
    if "缺少必填字段" in message or "不能为空" in message:
        return f"请填写{f.label}"
    m = re.search(r"字段 \S+?（[^）]*）[:：]?\s*(.*)", message)
    return m.group(1).strip() if m and m.group(1).strip() else message


def place_error(exc: DisclosureError, fields: dict[str, Any]) -> tuple[str | None, str]:
    """The field an engine error names (by its code or its label), and the Chinese message."""
    message = chinese(str(exc))
    for name, f in fields.items():
        label = getattr(f, "label", "")
        if re.search(rf"(?<![A-Za-z_]){re.escape(name)}(?![A-Za-z_])", message) or (label and label in message):
            return name, message
    return None, message


def parse_effective(raw: str | None, today: date) -> tuple[date | None, str | None]:
    if not raw or not raw.strip():
        return today, None
    try:
        return parse_day(raw), None
    except ValueError as exc:
        return None, str(exc)
