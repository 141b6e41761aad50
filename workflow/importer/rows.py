"""Checking one ledger row as the engine would, and deciding what a proceeding row does.

``check_case_row`` and ``check_proceeding_row`` apply the engine's rules to one row (read by
``workflow.importer.ledger``) and return its typed values, or every problem found in it:
concluded ≥ received, outcome ⇔ concluded, a state that fits the outcome under the definition in
force on the date of receipt, fees consistent with their dates. ``match_proceeding`` decides what a
checked proceeding row does given its case. The checks that need the database (case numbers taken,
cases that exist) and the transaction are in ``workflow.importer.jobs``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from workflow.clocks.clockset import ClockState, LedgerEntry
from workflow.definitions.model import SAME, Definition, Registry
from workflow.engine.audit import canonical_json
from workflow.errors import DefinitionError
from workflow.identity import id_number_problem, normalise_id_number
from workflow.importer.ledger import (
    ColumnSpec,
    LedgerSpec,
    norm,
    parse_amount,
    parse_date,
)
from workflow.importer.summary import RowError
from workflow.plaintext import control_character_problem, normalise_line_breaks

PENDING = "pending"  # the proceeding result code that is stored as NULL (not decided yet)


@dataclass
class RowContext:
    """What checking a row needs besides the row: the spec, definitions, agencies and today."""

    spec: LedgerSpec
    registry: Registry
    kind: str
    headers: dict[str, str]  # field key → the file's header
    today: date
    agencies: dict[str, tuple[int, str]] = field(default_factory=dict)  # norm(code or name) → (id, code)
    _conclusions: dict[tuple[str, str], dict[str, tuple[str, str]]] = field(default_factory=dict)
    _definitions: dict[date, Definition | None] = field(default_factory=dict)

    def definition(self, received: date) -> Definition | None:
        """The definition in force on the date of receipt (None: none is)."""
        if received not in self._definitions:
            try:
                self._definitions[received] = self.registry.for_received(received)
            except DefinitionError:
                self._definitions[received] = None
        return self._definitions[received]

    def conclusions(self, defn: Definition) -> dict[str, tuple[str, str]]:
        """Outcome → (the trigger that concludes a case with it, the state it leads to), per definition."""
        found = self._conclusions.get(defn.key)
        if found is None:
            found = self._conclusions[defn.key] = conclusions(defn)
        return found


def _dest(defn: Definition, trigger: str) -> str:
    return next(t.dest for t in defn.triggers[trigger].transitions if t.dest != SAME)


def conclusions(defn: Definition) -> dict[str, tuple[str, str]]:
    """A closed_* outcome leads where the trigger setting it leads; a reply outcome (one that
    ``decide`` chooses) where the concluding trigger without an outcome of its own (sign_off) leads."""
    out: dict[str, tuple[str, str]] = {}
    reply = next((t for t in defn.triggers.values() if t.concludes and not t.sets_outcome), None)
    for trig in defn.triggers.values():
        if reply is not None and "outcome" in trig.fields:
            out.update({o: (reply.name, _dest(defn, reply.name)) for o in trig.fields["outcome"].choices})
    for trig in defn.triggers.values():
        if trig.sets_outcome and trig.concludes:
            out[trig.sets_outcome] = (trig.name, _dest(defn, trig.name))
    return out


class _Row:
    def __init__(self, ctx: RowContext, number: int, raw: dict[str, str]) -> None:
        self.ctx, self.number, self.raw = ctx, number, raw
        self.errors: list[RowError] = []
        self.values: dict[str, Any] = {}

    def fail(self, key: str, reason: str) -> None:
        self.errors.append(
            RowError(self.number, key, self.ctx.headers.get(key, ""), self.raw.get(key, ""), reason)
        )

    def parse(self) -> None:
        """Each cell by its column type; the cross-column rules come after."""
        for col in self.ctx.spec.columns[self.ctx.kind].values():
            if col.key not in self.ctx.headers:
                continue  # not in the file (a required column is always there: header_map checks)
            text = self.raw[col.key]
            if not text:
                if col.required:
                    self.fail(col.key, f"必填项为空 / {col.key} is required")
                continue
            multiline = col.type == "text"  # a quoted CSV cell keeps the file's CR LF
            problem = control_character_problem(normalise_line_breaks(text) if multiline else text, multiline=multiline)
            if problem:
                self.fail(col.key, problem)
                continue
            if col.max_length and len(text) > col.max_length:
                self.fail(col.key, f"超过 {col.max_length} 个字符 / longer than {col.max_length} characters")
                continue
            try:
                value = self._convert(col, text)
            except ValueError as exc:
                self.fail(col.key, str(exc))
                continue
            if value is not None:
                self.values[col.key] = value

    def _convert(self, col: ColumnSpec, text: str) -> Any:
        if col.type == "date":
            value = parse_date(text)
            if value > self.ctx.today:
                raise ValueError(f"日期晚于今天 {self.ctx.today} / a date may not be in the future")
            return value
        if col.type == "amount":
            return parse_amount(text)
        if col.type == "code":
            code = self.ctx.spec.code(col.vocabulary, text)
            if code is None:
                raise ValueError(
                    f"未知的代码或名称 / unknown {col.vocabulary}; allowed: "
                    f"{self.ctx.spec.choices(col.vocabulary)}"
                )
            return code
        if col.type == "agency":
            found = self.ctx.agencies.get(text) or self.ctx.agencies.get(norm(text))
            if found is None:
                raise ValueError(
                    "机关不存在 / unknown agency (give its code or full name; add it with "
                    "`disclosure agency add`)"
                )
            return found
        if col.type == "id_number":
            problem = id_number_problem(text)
            if problem:
                raise ValueError(problem)
            return normalise_id_number(text)
        return text  # string, text; a state is checked against the definition later

    def fingerprint(self, extra: dict[str, Any]) -> str:
        values = {k: v for k, v in self.values.items() if k != "agency"}
        return hashlib.sha256(canonical_json({"kind": self.ctx.kind, **extra, **values}).encode()).hexdigest()


@dataclass
class CaseRow:
    row: int
    raw: dict[str, str]  # the row as read, by field key (non-empty cells only)
    values: dict[str, Any]  # typed
    agency_id: int
    agency_code: str
    definition: Definition
    state: str
    concluding_trigger: str | None  # the trigger whose clock rules end the reply clock
    fingerprint: str
    receipt_field: str  # submitted | signed_for | confirmed: the date the channel's receipt rule reads
    clocks: list[ClockState] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)
    late: bool = False  # concluded after the reply clock's due date


def check_case_row(
    ctx: RowContext, number: int, raw: dict[str, str]
) -> tuple[CaseRow | None, list[RowError]]:
    r = _Row(ctx, number, raw)
    r.parse()
    v = r.values
    received, concluded, outcome = v.get("received"), v.get("concluded"), v.get("outcome")
    defn = None
    if received is not None:
        defn = ctx.definition(received)
        if defn is None:
            r.fail(
                "received",
                "没有适用于该收到日期的条例版本 / no lifecycle definition covers this date of receipt",
            )
    if received and concluded and concluded < received:
        r.fail("concluded", f"办结日期早于收到申请日期 {received} / concluded before the date of receipt")
    if outcome and concluded is None and "concluded" not in {e.column for e in r.errors}:
        r.fail("concluded", "有办理结果而无办结日期 / an outcome needs the date it was concluded")
    if concluded and outcome is None and "outcome" not in {e.column for e in r.errors}:
        r.fail("outcome", "有办结日期而无办理结果 / a concluded case needs its outcome")
    basis = v.get("basis")
    if basis and outcome:
        allowed = ctx.spec.vocabulary.get("outcomes", outcome).extra.get("bases", [])
        if basis not in allowed:
            r.fail(
                "basis",
                f"答复依据与办理结果 {outcome} 不符 / basis must be one of: {', '.join(allowed) or '(none)'}",
            )
    elif basis and not outcome and "outcome" not in {e.column for e in r.errors}:
        r.fail("basis", "未办结的申请不应有答复依据 / a basis needs an outcome")
    if v.get("fee_paid") is not None and v.get("fee_amount") is None:
        r.fail("fee_paid", "有实收金额而无收费金额 / an amount paid needs the amount notified")
    elif v.get("fee_paid") is not None and v["fee_paid"] > v["fee_amount"]:
        r.fail("fee_paid", f"实收金额大于收费金额 {v['fee_amount']} / paid more than notified")
    _check_fee_dates(r, received)
    state = concluding = None
    if defn is not None:
        state, concluding = _case_state(r, defn, outcome if concluded else None)
    if r.errors or defn is None or state is None:
        return None, r.errors
    agency_id, agency_code = v["agency"]
    receipt = ctx.spec.vocabulary.get("channels", v["channel"]).extra["receipt_from"]
    fp = r.fingerprint({"agency": agency_code})
    raw = {k: t for k, t in raw.items() if t}
    values = {**v, "agency": agency_code}
    return CaseRow(number, raw, values, agency_id, agency_code, defn, state, concluding, fp, receipt), []


def _check_fee_dates(r: _Row, received: date | None) -> None:
    v = r.values
    if v.get("fee_sent") and v.get("fee_amount") is None:
        r.fail("fee_sent", "有收费通知日期而无收费金额 / a fee notice date needs the amount notified")
    elif v.get("fee_sent") and received and v["fee_sent"] < received:
        r.fail("fee_sent", f"收费通知日期早于收到申请日期 {received} / fee notice before the date of receipt")
    if v.get("fee_paid_on") and v.get("fee_paid") is None:
        r.fail("fee_paid_on", "有缴费日期而无实收金额 / a payment date needs the amount paid")
    elif v.get("fee_paid_on") and v["fee_paid_on"] < (v.get("fee_sent") or received or v["fee_paid_on"]):
        r.fail("fee_paid_on", "缴费日期早于收费通知日期 / paid before the fee notice")


def _case_state(r: _Row, defn: Definition, outcome: str | None) -> tuple[str | None, str | None]:
    """The imported case's state: from the outcome when concluded, else the given or default open state."""
    given = r.raw.get("state", "")
    named = None
    if given:
        named = next(
            (s.name for s in defn.states.values() if norm(given) in (norm(s.name), norm(s.label))), None
        )
        if named is None:
            r.fail(
                "state",
                f"未知状态 / unknown state; allowed: "
                f"{'、'.join(f'{s.label}({s.name})' for s in defn.states.values())}",
            )
            return None, None
    if outcome is None:
        if r.values.get("outcome") or r.values.get("concluded"):
            return None, None  # reported already: outcome ⇔ concluded
        default = str(r.ctx.spec.defaults.get("open_state", defn.initial))
        state = named or default
        if not defn.states[state].is_open:
            r.fail(
                "state",
                f"未办结的申请须处于办理中状态 / a case without outcome must be in an open state: "
                f"{'、'.join(f'{defn.states[s].label}({s})' for s in defn.open_states())}",
            )
            return None, None
        return state, None
    found = r.ctx.conclusions(defn).get(outcome)
    if found is None:
        r.fail("outcome", f"{defn.name} 不适用该办理结果 / outcome not available under {defn.name}")
        return None, None
    trigger, state = found
    if named and named != state and (defn.states[named].kind != "final"):
        r.fail(
            "state",
            f"已办结（{outcome}）的申请状态应为 {defn.states[state].label}({state}) / state does not fit "
            f"the outcome",
        )
        return None, None
    return named or state, trigger


@dataclass
class ProceedingRow:
    row: int
    raw: dict[str, str]
    values: dict[str, Any]  # case_no, kind, filed, body, result (None = pending), decided

    @property
    def key(self) -> tuple[str, str, date]:
        return (self.values["case_no"], self.values["kind"], self.values["filed"])


def check_proceeding_row(
    ctx: RowContext, number: int, raw: dict[str, str]
) -> tuple[ProceedingRow | None, list[RowError]]:
    r = _Row(ctx, number, raw)
    r.parse()
    v = r.values
    if v.get("result") == PENDING:
        v["result"] = None
    result, decided, filed = v.get("result"), v.get("decided"), v.get("filed")
    if filed and decided and decided < filed:
        r.fail("decided", f"审结日期早于提起日期 {filed} / decided before it was filed")
    elif result and decided is None and "decided" not in {e.column for e in r.errors}:
        r.fail("decided", "有结果而无审结日期 / a result needs the date it was decided")
    elif decided and result is None and "result" not in {e.column for e in r.errors}:
        r.fail("result", "有审结日期而无结果（或结果为尚未审结）/ a decided proceeding needs its result")
    if r.errors:
        return None, r.errors
    return ProceedingRow(number, {k: t for k, t in raw.items() if t}, v), []


def match_proceeding(r: ProceedingRow, case: dict[str, Any] | None, case_open: bool,
                     known: Any, *, open_allowed: bool = False) -> tuple[str, tuple[str, str] | None]:  # fmt: skip
    """What to do with a proceeding row, given its case and the proceeding recorded before (if any):
    ``insert``, ``decide`` (record the result of a pending one), ``already``, or ``error`` with
    (column, reason). ``open_allowed``: the case's definition records proceedings on an open case
    (against a failure to reply); the filing may then come before any conclusion, never before receipt."""
    v = r.values
    if case is None:
        return "error", ("case_no", "案件不存在（请先导入案件）/ unknown case; import the cases first")
    if case_open and not open_allowed:
        return "error", (
            "case_no",
            f"案件尚未办结（{case['state']}），不能登记复议或诉讼 / the case is not concluded",
        )
    if v["filed"] < case["received_on"]:
        return "error", (
            "filed",
            f"提起日期早于收到申请之日 {case['received_on']} / filed before the application was received",
        )
    if known is None:
        return "insert", None
    if v.get("result") is None or (known.result, known.decided_on) == (v["result"], v.get("decided")):
        return "already", None  # the same, or the ledger predates the result recorded since
    if known.result is None:
        return "decide", None
    reason = f"与已登记的结果不同（{known.result}，{known.decided_on}）/ differs from the recorded result"
    return "error", ("result", reason)
