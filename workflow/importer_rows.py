"""Reading an office's ledger (台账) for import: the file, its columns, and each row's values.

``read_table`` opens a CSV (UTF-8 with or without BOM, UTF-16 with BOM, else
GB18030, which is what Excel on a Chinese Windows writes for "CSV") or an XLSX workbook (first
sheet, read-only), finds the header row and yields each row with its number as the spreadsheet
shows it (the header row counts). ``LedgerSpec`` maps headers to field keys and cell text to codes,
from ``definitions/import/ledger-columns.yaml`` and the vocabulary; ``check_case_row`` and
``check_proceeding_row`` apply the engine's rules to one row and return its typed values, or every
problem found in it; ``case_record`` and its siblings turn a checked row into table rows, and
``insert_many`` writes them in bulk (with ``lookup``, the only parts that touch the database). The
checks that need the database (case numbers taken, cases that exist) and the transaction are in
``workflow.importer``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, insert, select

from workflow.audit import canonical_json
from workflow.clocks import ClockSet, ClockState, LedgerEntry, TriggerContext
from workflow.definitions import SAME, Definition, Registry, Vocabulary, load_yaml
from workflow.errors import DefinitionError, ValidationError
from workflow.identity import id_number_problem, normalise_id_number
from workflow.paths import definitions_dir
from workflow.store.fastpath import Prepared
from workflow.store.models import disclosure_case, proceeding

COLUMN_TYPES = {"string", "text", "date", "amount", "code", "agency", "state", "id_number"}
KINDS = ("cases", "proceedings")
HEADER_SCAN_ROWS = 10
PENDING = "pending"  # the proceeding result code that is stored as NULL (not decided yet)
REPLY_CLOCK = "reply"  # every definition has it (definitions.py refuses one without)
T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet shows it (header row included)
    column: str  # the field key; "" when the problem is the whole row
    header: str  # the file's header of that column
    value: str
    reason: str  # Chinese first

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "header": self.header,
            "value": self.value,
            "reason": self.reason,
        }

    def __str__(self) -> str:
        where = f"{self.header or self.column}" if self.column else "整行"
        return f"第{self.row}行 {where}「{self.value}」: {self.reason}"


def norm(text: str) -> str:
    """How headers and labels are compared: NFKC (full-width → half-width), no spaces, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def _norm_header(text: str) -> str:
    return re.sub(r"\(必填\)$", "", norm(text).strip("*"))


# -- the column specification -------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    headers: tuple[str, ...]
    type: str
    required: bool = False
    vocabulary: str | None = None
    max_length: int | None = None


_LENGTH_FROM = {"cases": disclosure_case, "proceedings": proceeding}


class LedgerSpec:
    """The ledger columns of each kind, and the code lookup (code, label, row label, aliases)."""

    def __init__(self, raw: Any, vocabulary: Vocabulary, file: str = "ledger-columns.yaml") -> None:
        if not isinstance(raw, dict):
            raise DefinitionError(file, "(root)", "a mapping with cases, proceedings and aliases")
        self.vocabulary = vocabulary
        self.defaults = dict(raw.get("defaults") or {})
        self.columns: dict[str, dict[str, ColumnSpec]] = {}
        for kind in KINDS:
            cols = raw.get(kind)
            if not isinstance(cols, dict):
                raise DefinitionError(file, kind, "a mapping of field key to {headers, type}")
            self.columns[kind] = {key: self._column(file, kind, key, spec) for key, spec in cols.items()}
        self._codes: dict[str, dict[str, str]] = {}
        self._exact: dict[tuple[str, str], str] = {}  # (list, text as written) → code or "" (none)
        aliases = raw.get("aliases") or {}
        for name, items in vocabulary.lists.items():
            table: dict[str, str] = {}
            entries = [
                (c.code, [c.code, c.label, *([c.extra["row"]] if "row" in c.extra else [])]) for c in items
            ]
            entries += [(code, list(words)) for code, words in (aliases.get(name) or {}).items()]
            for code, words in entries:
                if vocabulary.get(name, code) is None:
                    raise DefinitionError(file, f"aliases.{name}.{code}", f"a code of the {name} list")
                for w in words:
                    if table.setdefault(norm(str(w)), code) != code:
                        raise DefinitionError(
                            file,
                            f"aliases.{name}",
                            f"unambiguous labels; {w!r} means {table[norm(str(w))]} and {code}",
                        )
            self._codes[name] = table

    def _column(self, file: str, kind: str, key: str, spec: Any) -> ColumnSpec:
        path = f"{kind}.{key}"
        if not isinstance(spec, dict) or spec.get("type") not in COLUMN_TYPES:
            raise DefinitionError(file, f"{path}.type", f"one of {sorted(COLUMN_TYPES)}")
        vocab = spec.get("vocabulary")
        if spec["type"] == "code" and vocab not in self.vocabulary.lists:
            raise DefinitionError(file, f"{path}.vocabulary", f"a list of vocabulary.yaml, got {vocab!r}")
        col = _LENGTH_FROM[kind].c.get(key)
        length = getattr(col.type, "length", None) if col is not None else None
        return ColumnSpec(
            key,
            tuple(str(h) for h in spec.get("headers") or ()),
            spec["type"],
            bool(spec.get("required")),
            vocab,
            length,
        )

    def code(self, vocabulary: str, text: str) -> str | None:
        exact = self._exact.get((vocabulary, text))
        if exact is None:
            exact = self._exact[(vocabulary, text)] = self._codes[vocabulary].get(norm(text), "")
        return exact or None

    def choices(self, vocabulary: str) -> str:
        return "、".join(f"{c.label}({c.code})" for c in self.vocabulary.lists[vocabulary])

    def header_map(self, kind: str, headers: list[str]) -> tuple[dict[str, int], list[str]]:
        """Field key → column index, and the headers that match no field; raises for a bad header row."""
        lookup: dict[str, str] = {}
        for col in self.columns[kind].values():
            for h in (col.key, *col.headers):
                lookup[_norm_header(h)] = col.key
        found: dict[str, int] = {}
        ignored: list[str] = []
        for i, h in enumerate(headers):
            key = lookup.get(_norm_header(h)) if h else None
            if key is None:
                if h:
                    ignored.append(h)
            elif key in found:
                raise ValidationError(
                    f"表头第{found[key] + 1}列「{headers[found[key]]}」与第{i + 1}列「{h}」是同一字段 "
                    f"{key} / two columns map to the field {key}"
                )
            else:
                found[key] = i
        missing = [c for c in self.columns[kind].values() if c.required and c.key not in found]
        if missing:
            names = "；".join(f"{c.key}（{'、'.join(c.headers)}）" for c in missing)
            raise ValidationError(f"缺少必需的列: {names} / missing required column(s)")
        return found, ignored


def load_ledger_spec(vocabulary: Vocabulary, path: Path | None = None) -> LedgerSpec:
    path = path or definitions_dir() / "import" / "ledger-columns.yaml"
    return LedgerSpec(load_yaml(path), vocabulary, path.name)


# -- reading the file ---------------------------------------------------------------------------


@dataclass
class Table:
    path: Path
    format: str  # csv | xlsx
    encoding: str | None
    header_row: int
    headers: list[str]
    rows: Iterator[tuple[int, list[Any]]]  # (row number, cells), blank rows left out


def cell_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding: a BOM decides; else UTF-8 if it decodes, else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"无法识别文件编码（支持 UTF-8、GB18030）/ cannot decode the file: {exc}"
        ) from None


def _csv_rows(text: str) -> Iterator[tuple[int, list[Any]]]:
    delimiter = max(",\t;", key=text.split("\n", 1)[0].count)
    yield from enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1)


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise ValidationError(f"无法读取 Excel 文件 {path.name} / cannot read the workbook: {exc}") from None
    try:
        ws = wb.worksheets[0]
        for number, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            yield number, list(cells)
    finally:
        wb.close()


def read_table(path: str | Path, spec: LedgerSpec, kind: str) -> tuple[Table, dict[str, int], list[str]]:
    """Open the file, find its header row among the first rows, map the headers to field keys."""
    path = Path(path)
    try:
        head = path.open("rb").read(4)
    except OSError as exc:
        raise ValidationError(f"无法读取文件 {path} / cannot read the file: {exc}") from None
    if path.suffix.lower() == ".xls" and not head.startswith(b"PK"):
        raise ValidationError(
            "不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV / save the .xls file as .xlsx or CSV"
        )
    if head.startswith(b"PK\x03\x04"):
        fmt, encoding, rows = "xlsx", None, _xlsx_rows(path)
    else:
        text, encoding = decode(path.read_bytes())
        fmt, rows = "csv", _csv_rows(text)
    first_error: ValidationError | None = None
    seen = 0
    for number, cells in rows:
        headers = [cell_text(c) for c in cells]
        if not any(headers):
            continue
        try:
            colmap, ignored = spec.header_map(kind, headers)
        except ValidationError as exc:
            first_error = first_error or exc
            seen += 1
            if seen >= HEADER_SCAN_ROWS:
                break
            continue
        return Table(path, fmt, encoding, number, headers, rows), colmap, ignored
    raise first_error or ValidationError(f"文件 {path.name} 没有表头行 / no header row found")


# -- checking rows --------------------------------------------------------------------------------

_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: str) -> date:
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    m = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not m:
        raise ValueError("日期格式错误 / not a date (expected YYYY-MM-DD)")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError("日期不存在 / no such day") from None


def parse_amount(text: str) -> Decimal:
    cleaned = re.sub(r"[元¥￥,，\s]", "", text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("应为金额（元）/ not an amount in yuan") from None
    if not value.is_finite() or value < 0:
        raise ValueError("金额不得为负 / an amount may not be negative")
    return value.quantize(Decimal("0.01"))


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
                     known: Any) -> tuple[str, tuple[str, str] | None]:  # fmt: skip
    """What to do with a proceeding row, given its case and the proceeding recorded before (if any):
    ``insert``, ``decide`` (record the result of a pending one), ``already``, or ``error`` with
    (column, reason)."""
    v = r.values
    if case is None:
        return "error", ("case_no", "案件不存在（请先导入案件）/ unknown case; import the cases first")
    if case_open:
        return "error", (
            "case_no",
            f"案件尚未办结（{case['state']}），不能登记复议或诉讼 / the case is not concluded",
        )
    if v["filed"] < case["concluded_on"]:
        return "error", (
            "filed",
            f"提起日期早于案件办结日期 {case['concluded_on']} / filed before the case was concluded",
        )
    if known is None:
        return "insert", None
    if v.get("result") is None or (known.result, known.decided_on) == (v["result"], v.get("decided")):
        return "already", None  # the same, or the ledger predates the result recorded since
    if known.result is None:
        return "decide", None
    reason = f"与已登记的结果不同（{known.result}，{known.decided_on}）/ differs from the recorded result"
    return "error", ("result", reason)


# -- what an import reports, and the rows it writes -----------------------------------------------


@dataclass
class ImportResult:
    kind: str
    file: str
    format: str = ""
    encoding: str | None = None
    rows: int = 0  # data rows read (blank rows not counted)
    valid: int = 0  # rows that were (or, in a dry run, would be) written
    imported: int = 0
    updated: int = 0  # proceedings whose result this import recorded
    already: int = 0  # rows imported before (re-import)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    seconds: float = 0.0

    @property
    def invalid_rows(self) -> int:
        return len({e.row for e in self.errors})

    def as_json(self) -> dict[str, Any]:
        keys = ("kind", "file", "format", "encoding", "rows", "valid", "imported", "updated")
        out = {k: getattr(self, k) for k in keys}
        out |= {"already_imported": self.already, "invalid_rows": self.invalid_rows}
        out["errors"] = [e.as_json() for e in sorted(self.errors, key=lambda e: e.row)]
        out |= {k: getattr(self, k) for k in ("ignored_columns", "dry_run", "written")}
        return out | {"seconds": round(self.seconds, 3)}


def case_clocks(row: CaseRow, cal: Any, offset: int, memo: dict[tuple, Any] | None = None) -> None:
    """The clocks a registration starts on the date of receipt, finished as the outcome's trigger would.

    Only the reply clock once the case has left the definition's initial state (the others, such as
    the correction-notice window, end when a case is accepted). Rows with the same definition and
    dates get the same clocks: ``memo`` shares them (they are only read afterwards).
    """
    memo = {} if memo is None else memo
    defn, received, concluded = row.definition, row.values["received"], row.values.get("concluded")
    keep_all = not row.concluding_trigger and row.state == defn.initial
    rules = defn.clocks if keep_all else {REPLY_CLOCK: defn.clocks[REPLY_CLOCK]}
    key = (defn.key, received, keep_all)
    started = memo.get(key)
    if started is None:
        clocks = ClockSet(rules, [], cal, offset)
        clocks.apply(TriggerContext("register", received, received, {}, ""))
        started = memo[key] = (list(clocks.clocks.values()), _interned(memo, clocks.ledger), False)
    if row.concluding_trigger is None:
        row.clocks, row.ledger, row.late = started
        return
    key = (defn.key, received, concluded, row.concluding_trigger)
    found = memo.get(key)
    if found is None:
        reply = started[0][0]
        clocks = ClockSet(rules, [replace(reply, spec=dict(reply.spec))], cal, offset)
        clocks.apply(TriggerContext(row.concluding_trigger, concluded, received, {}, ""))
        reply, shared = clocks.get(REPLY_CLOCK), started[0][0].spec
        if reply.spec == shared:  # share the spec object: the bulk insert serialises it once
            reply.spec = shared
        found = memo[key] = ([reply], started[1] + _interned(memo, clocks.ledger), reply.breached)
    row.clocks, row.ledger, row.late = found


def _interned(memo: dict[tuple, Any], ledger: list[LedgerEntry]) -> list[LedgerEntry]:
    """The ledger with equal data dicts shared (the bulk insert serialises each object once)."""
    return [replace(e, data=memo.setdefault(("data", canonical_json(e.data)), e.data)) for e in ledger]


_CASE_COLUMNS = ("outcome", "basis", "channel", "applicant_type", "applicant_name", "id_number", "phone",
                 "address", "email", "subject")  # fmt: skip
_RECEIPT_DATES = ("submitted", "signed_for", "confirmed")


def case_record(row: CaseRow, case_no: str, clerk_id: int, event_hash: str, now: datetime) -> dict[str, Any]:
    """The ``disclosure_case`` row of an imported case (every key, so that a batch is one executemany)."""
    v = row.values
    out = {k: v.get(k) for k in _CASE_COLUMNS}
    out |= {f"{d}_on": v["received"] if d == row.receipt_field else None for d in _RECEIPT_DATES}
    return out | {
        "case_no": case_no, "agency_id": row.agency_id, "clerk_id": clerk_id, "state": row.state,
        "definition_name": row.definition.name, "definition_version": row.definition.version, "version": 1,
        "received_on": v["received"], "concluded_on": v.get("concluded"), "extension_days": 0,
        "last_event_seq": 1, "last_event_on": v.get("concluded") or v["received"], "last_event_hash": event_hash,
        "import_fingerprint": row.fingerprint, "created_at": now, "updated_at": now,
    }  # fmt: skip


_CLOCK_KEYS = ("kind", "party", "status", "started_on", "due_on", "target_on", "ended_on", "provisional",
               "breached", "spec")  # fmt: skip


def clock_record(case_id: int, c: ClockState) -> dict[str, Any]:
    return {"case_id": case_id, **{k: getattr(c, k) for k in _CLOCK_KEYS}}


def ledger_record(case_id: int, clock_id: int, e: LedgerEntry) -> dict[str, Any]:
    dates = {k: getattr(e, k) for k in ("on_date", "due_before", "due_after")}
    return {
        "clock_id": clock_id,
        "case_id": case_id,
        "event_seq": 1,
        "kind": e.action,
        "data": e.data,
        **dates,
    }


def fee_record(case_id: int, row: CaseRow) -> dict[str, Any] | None:
    """A fee notice from fee_amount / fee_paid: sent on the date of receipt unless the ledger says;
    paid on the payment date, else the date concluded, else the date sent."""
    v = row.values
    if v.get("fee_amount") is None:
        return None
    sent = v.get("fee_sent") or v["received"]
    paid_on = (v.get("fee_paid_on") or v.get("concluded") or sent) if v.get("fee_paid") is not None else None
    return {
        "case_id": case_id, "agency_id": row.agency_id, "sent_on": sent, "received_on": sent,
        "basis": "per_application", "quantity": 1, "amount": v["fee_amount"], "paid_amount": v.get("fee_paid"),
        "paid_on": paid_on,
    }  # fmt: skip


# -- writing in bulk --------------------------------------------------------------------------------


def lookup(conn: Connection, column: Any, wanted: Iterable[Any], *extra: Any) -> list[Any]:
    """Rows whose ``column`` is one of ``wanted``, 500 values per query."""
    out: list[Any] = []
    for chunk in chunks(sorted(set(wanted)), 500):
        out.extend(conn.execute(select(column, *extra).where(column.in_(chunk))).all())
    return out


class _Bulk(Prepared):
    """A Core insert compiled once (``fastpath.Prepared``) whose executemany converts the parameters
    column by column: the dialect's bind processor runs once per distinct value (imported rows repeat
    the same dates and share clock specs), and a column without one is passed as it is."""

    def executemany(
        self, conn: Connection, rows: Sequence[dict[str, Any]], memos: dict[Any, BindMemo]
    ) -> None:
        c = self._compile(conn.dialect)
        names = c.positional or tuple(self.column_keys or rows[0])
        columns = list(zip(*map(itemgetter(*names), rows), strict=True))
        for i, name in enumerate(names):
            proc = c.bind_processors.get(name)
            if proc is not None:
                memo = memos.get((self, name))
                if memo is None:
                    memo = memos[(self, name)] = BindMemo(proc)
                columns[i] = memo.convert(columns[i])
        tuples = zip(*columns, strict=True)
        params = list(tuples) if c.positional else [dict(zip(names, t, strict=True)) for t in tuples]
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.executemany(c.sql, params)
        cursor.close()


class BindMemo(dict):
    """A bind processor's results by value (dates, numbers) or, for a dict or list (a JSON value),
    by identity; the object is kept, so that its id cannot be reused while the memo lives."""

    def __init__(self, proc: Any) -> None:
        super().__init__({None: None})
        self.proc = proc
        self.objects: dict[int, tuple[Any, Any]] = {}

    def __missing__(self, key: Any) -> Any:
        out = self[key] = self.proc(key)
        return out

    def convert(self, values: Sequence[Any]) -> list[Any]:
        try:
            return list(map(self.__getitem__, values))
        except TypeError:  # unhashable: dicts and lists
            return [None if v is None else self._by_id(v) for v in values]

    def _by_id(self, v: Any) -> Any:
        hit = self.objects.get(id(v))
        if hit is None or hit[0] is not v:
            hit = self.objects[id(v)] = (v, self.proc(v))
        return hit[1]


_BULK: dict[tuple[str, tuple[str, ...]], _Bulk] = {}


def insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]], memos: dict[Any, BindMemo]) -> None:
    """executemany of ``insert(table)`` for rows that all have the same keys; ``memos`` keeps the
    converted values for the next batches of the same import."""
    if rows:
        keys = tuple(rows[0])
        stmt = _BULK.get((table.name, keys))
        if stmt is None:
            stmt = _BULK[(table.name, keys)] = _Bulk(insert(table), column_keys=keys)
        stmt.executemany(conn, rows, memos)
