"""One sandboxed Jinja2 environment for every notification and letter template.

Templates live under ``workflow.paths.notifications_dir()`` (``notifications/`` in a checkout). The
environment is sandboxed (templates are data an administrator may edit: no attribute access to
internals, no mutation of the context), strict about undefined variables (a misspelt variable is an
error, not an empty string; optional values use the ``default`` filter) and autoescapes only the
HTML templates (``*.html.j2``): the text and subject templates are plain text.

Filters: ``cn_date`` (2026年3月2日), ``yuan`` (1,234.50元), ``mask_id`` (3713**********1234),
``mask_phone`` (138****5678), ``mask_name`` (张*), ``label`` (code → Chinese label from
``notifications/labels.yaml``), ``wd_left`` (剩余3个工作日 / 今日到期 / 已逾期2个工作日).

:func:`template_reads` says which context variables a template reads (and, for ``x.attr`` uses, which
attributes); :func:`render_memo` uses it to render a template whose output depends on a few small
values (the agency's contact line, the remedies paragraph) once per distinct value.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import FileSystemLoader, StrictUndefined, Template, nodes
from jinja2.meta import find_undeclared_variables
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment

from workflow.paths import notifications_dir
from workflow.privacy import mask_id_number, mask_name, mask_phone

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


@lru_cache(maxsize=4)
def _labels(folder: str) -> dict[str, dict[str, str]]:
    path = Path(folder) / "labels.yaml"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def template_level(level: str) -> str:
    """The message's level for a stored alert level: ``before_due_3`` → ``before_due``,
    ``overdue_2`` → ``overdue_repeat``; others unchanged."""
    if level.startswith("before_due"):
        return "before_due"
    if level.startswith("overdue_") and level[len("overdue_") :].isdigit():
        return "overdue_repeat"
    return level


def notification_label(group: str, code: str) -> str:
    """The label ``notifications/labels.yaml`` gives ``code`` in ``group`` (the code itself if none)."""
    return str(_labels(str(notifications_dir())).get(group, {}).get(code, code))


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


class _Environment(ImmutableSandboxedEnvironment):
    """The sandbox with flat template globals.

    Jinja chains each template's globals over the environment's in a ``ChainMap``, and every render
    (and every ``include``) copies them into the new context by iterating that ChainMap, which is
    most of a small render's time. Our environment's globals are Jinja's defaults and are never
    changed after it is made, so a flat copy resolves every name the same way, more cheaply.
    Sandboxing, undefined handling and autoescape are untouched."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


def make_environment(folder: str | Path | None = None) -> SandboxedEnvironment:
    """A new sandboxed environment on ``folder`` (default: the shipped notifications folder)."""
    root = Path(folder) if folder is not None else notifications_dir()
    env = _Environment(
        loader=FileSystemLoader(str(root), encoding="utf-8"),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        # a plain dict of compiled templates instead of a locked LRU: the templates are a few dozen
        # files, looked up several times per letter (body, includes, parts, frame)
        cache_size=-1,
    )
    env.filters.update(
        cn_date=cn_date,
        yuan=yuan,
        mask_id=mask_id_number,
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


# ---------------------------------------------------------------------------------------------
# What a template reads


@dataclass(frozen=True)
class TemplateReads:
    """The context variables a template reads: ``attrs[name]`` is the set of attributes it reads
    as ``name.attr`` when that is the only way it uses ``name``, else None (it uses the whole value)."""

    names: tuple[str, ...]
    attrs: Mapping[str, frozenset[str] | None]


# nodes through which a template reads something the analysis of its own source does not see
_OPAQUE_NODES = (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)
# a filter or test whose result is not a function of its arguments' values
_IMPURE_FILTERS = frozenset({"random"})
_IMPURE_TESTS = frozenset({"sameas"})
_READS: weakref.WeakKeyDictionary[Template, TemplateReads | None] = weakref.WeakKeyDictionary()


def template_reads(template: Template) -> TemplateReads | None:
    """What ``template``'s output depends on, or None when that cannot be told from its source.

    Not None means: the output is a function of the *values* of ``names`` alone (the sandbox forbids
    mutation, and the template has no include, import or extends, no ``random`` filter, no ``sameas``
    test). Names of the environment's globals (``range``, ``lipsum``, …) the template uses are listed
    too, so a caller that requires every name in its context rules them out. Over-approximates: a
    local variable that shadows a context name counts as a read of it."""
    if template in _READS:
        return _READS[template]
    reads = None
    env = template.environment
    if template.name is not None and env.loader is not None:
        source = env.loader.get_source(env, template.name)[0]
        # the source on disk must be the one compiled (auto_reload is off: a later edit is not seen)
        if template.is_up_to_date:
            reads = _analyse(env, env.parse(source))
    _READS[template] = reads
    return reads


def _analyse(env: SandboxedEnvironment, ast: nodes.Template) -> TemplateReads | None:
    if any(True for _ in ast.find_all(_OPAQUE_NODES)):
        return None
    if any(f.name in _IMPURE_FILTERS for f in ast.find_all(nodes.Filter)):
        return None
    if any(t.name in _IMPURE_TESTS for t in ast.find_all(nodes.Test)):
        return None
    loads = [n for n in ast.find_all(nodes.Name) if n.ctx == "load"]
    free = set(find_undeclared_variables(ast))
    # find_undeclared_variables leaves out the environment's globals
    free.update(n.name for n in loads if n.name in env.globals)
    by_attr: dict[str, set[str]] = {}
    covered: set[int] = set()
    for g in ast.find_all(nodes.Getattr):
        if isinstance(g.node, nodes.Name) and g.node.ctx == "load":
            by_attr.setdefault(g.node.name, set()).add(g.attr)
            covered.add(id(g.node))
    whole = {n.name for n in loads if id(n) not in covered}
    # a name read other than as ``name.attr`` (or in a way not seen here) counts as read whole
    attrs = {name: frozenset(by_attr[name]) if name in by_attr and name not in whole else None for name in free}
    return TemplateReads(tuple(sorted(free)), attrs)


class _Unfrozen(TypeError):
    """A value :func:`freeze` does not know how to compare."""


def freeze(value: Any) -> Any:
    """A hashable stand-in for ``value`` that is equal only for values a template cannot tell apart:
    the type is kept (``1``, ``1.0``, ``True`` and ``"1"`` print differently) and so is the order of
    a dict's keys (a template may loop over them). Raises TypeError for other types."""
    kind = type(value)
    if value is None or kind in (str, int, bool, date, datetime):
        return (kind, value)
    if kind is float:
        return (kind, repr(value))  # 0.0 == -0.0, but they print differently
    if kind is dict:
        return (dict, tuple((freeze(k), freeze(v)) for k, v in value.items()))
    if kind in (list, tuple):
        return (kind, tuple(freeze(v) for v in value))
    raise _Unfrozen(kind.__name__)


_MEMO: dict[tuple[Any, ...], str] = {}
_MEMO_SIZE = 1024


def render_memo(template_name: str, context: dict[str, Any], env: SandboxedEnvironment | None = None) -> str:
    """:func:`render`, remembering the output by the template and the values of exactly the
    variables it reads (:func:`template_reads`). Used for small paragraphs that recur across many
    letters (an agency's contact line, the remedies paragraph); a template whose reads cannot be
    told, or that reads a name the context does not hold, is rendered every time. Errors are never
    remembered. ``env``: another environment than the shared one (tests)."""
    template = (env or environment()).get_template(template_name)
    reads = template_reads(template)
    if reads is None or not all(name in context for name in reads.names):
        return template.render(context)
    try:
        key = (template, *(freeze(context[name]) for name in reads.names))
    except _Unfrozen:
        return template.render(context)
    out = _MEMO.get(key)
    if out is None:
        out = template.render(context)
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        _MEMO[key] = out
    return out


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
