"""One sandboxed Jinja2 environment for every notification and letter template.

Templates live under ``workflow.paths.notifications_dir()`` (``notifications/`` in a checkout). The
environment is sandboxed (templates are data an administrator may edit: no attribute access to
internals, no mutation of the context), strict about undefined variables (a misspelt variable is an
error, not an empty string; optional values use the ``default`` filter) and autoescapes only the
HTML templates (``*.html.j2``): the text and subject templates are plain text.

Filters: ``cn_date`` (2026年3月2日), ``yuan`` (1,234.50元), ``mask_id`` (3713**********1234),
``mask_phone`` (138****5678), ``mask_name`` (张*), ``label`` (code → Chinese label from
``notifications/labels.yaml``), ``wd_left`` (剩余3个工作日 / 今日到期 / 已逾期2个工作日).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment

from workflow.paths import notifications_dir

MESSAGES_DIR = "messages"


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    text: str
    html: str | None


# ---------------------------------------------------------------------------------------------
# Filters


def to_date(value: Any) -> date | None:
    """A date from a date, datetime or ISO string (``2026-03-02`` or ``2026-03-02T…``)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError as exc:
            raise ValueError(f"日期格式错误 / not an ISO date: {value!r}") from exc
    raise ValueError(f"日期格式错误 / not a date: {value!r}")


def cn_date(value: Any) -> str:
    """``2026年3月2日`` (the form of GB/T 9704 for dates in official documents); '' for None."""
    d = to_date(value)
    return "" if d is None else f"{d.year}年{d.month}月{d.day}日"


def yuan(value: Any, unit: str = "元") -> str:
    """An amount in yuan with two decimals and thousands separators: ``1,234.50元``."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:
        raise ValueError(f"金额格式错误 / not an amount: {value!r}") from exc
    return f"{amount:,.2f}{unit}"


def mask_id(value: Any) -> str:
    """An ID number with all but the first and last four characters masked (rules.md section 8)."""
    if not value:
        return ""
    s = str(value).strip()
    if len(s) <= 8:
        return "*" * len(s)
    return s[:4] + "*" * (len(s) - 8) + s[-4:]


def mask_phone(value: Any) -> str:
    """A phone number with the middle digits masked: ``138****5678``."""
    if not value:
        return ""
    s = str(value).strip()
    if len(s) <= 4:
        return "*" * len(s)
    if len(s) < 8:
        return "*" * (len(s) - 2) + s[-2:]
    return s[:3] + "*" * (len(s) - 7) + s[-4:]


def mask_name(value: Any, applicant_type: Any = None) -> str:
    """A natural person's name with all but the first character masked (``张*``, ``欧阳**``
    keeps one character only); an organisation's name (``applicant_type`` given and not
    ``natural_person``) is printed as it is."""
    if not value:
        return ""
    s = str(value).strip()
    if applicant_type and applicant_type != "natural_person":
        return s
    return s[:1] + "*" * max(len(s) - 1, 1)


@lru_cache(maxsize=4)
def _labels(folder: str) -> dict[str, dict[str, str]]:
    path = Path(folder) / "labels.yaml"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def _label_filter(folder: Path):
    def label(code: Any, group: str) -> str:
        if code is None:
            return ""
        return str(_labels(str(folder)).get(group, {}).get(str(code), code))

    return label


def wd_left(value: Any) -> str:
    """Working days left before a due date, in words."""
    if value is None or value == "":
        return ""
    n = int(value)
    if n > 0:
        return f"剩余{n}个工作日"
    if n == 0:
        return "今日到期"
    return f"已逾期{-n}个工作日"


def one_line(value: Any) -> str:
    """Collapse whitespace (including CR/LF) to single spaces: for subject lines and headers."""
    return re.sub(r"\s+", " ", str(value or "")).strip()


# ---------------------------------------------------------------------------------------------
# The environment


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html.j2", ".html"))


def make_environment(folder: str | Path | None = None) -> SandboxedEnvironment:
    """A new sandboxed environment on ``folder`` (default: the shipped notifications folder)."""
    root = Path(folder) if folder is not None else notifications_dir()
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(str(root), encoding="utf-8"),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(
        cn_date=cn_date,
        yuan=yuan,
        mask_id=mask_id,
        mask_phone=mask_phone,
        mask_name=mask_name,
        label=_label_filter(root),
        wd_left=wd_left,
        one_line=one_line,
    )
    return env


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The shared environment on the shipped templates (templates are cached by Jinja)."""
    return make_environment()


def render(template_name: str, context: dict[str, Any]) -> str:
    """Render ``template_name`` (a path under notifications/) with ``context``.

    Raises ``jinja2.exceptions.UndefinedError`` when the template uses a variable the context does
    not hold, ``jinja2.exceptions.SecurityError`` when it reaches for something the sandbox forbids
    and ``jinja2.exceptions.TemplateNotFound`` for an unknown template.
    """
    return environment().get_template(template_name).render(context)


def message_templates(kind: str) -> tuple[str, str, str]:
    """The subject, text and HTML template names of a message kind."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", kind or ""):
        raise ValueError(f"消息类型无效 / invalid message kind: {kind!r}")
    base = f"{MESSAGES_DIR}/{kind}"
    return f"{base}.subject.j2", f"{base}.txt.j2", f"{base}.html.j2"


def message_kinds() -> list[str]:
    """The message kinds shipped (those with a subject template)."""
    folder = notifications_dir() / MESSAGES_DIR
    return sorted(p.name[: -len(".subject.j2")] for p in folder.glob("*.subject.j2"))


def render_message(kind: str, context: dict[str, Any]) -> RenderedMessage:
    """Render a supervisor-side message: its one-line subject, plain text and HTML.

    The kinds and their context keys are listed in notifications/README.md.
    """
    subject_t, text_t, html_t = message_templates(kind)
    env = environment()
    subject = one_line(env.get_template(subject_t).render(context))
    text = env.get_template(text_t).render(context).strip() + "\n"
    html = env.get_template(html_t).render(context) if (notifications_dir() / html_t).is_file() else None
    return RenderedMessage(subject=subject, text=text, html=html)
