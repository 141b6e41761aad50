"""The ledger file (台账) an office imports: which columns it has, how to read it, what its cells say.

``LedgerSpec`` maps headers to field keys and cell text to codes, from
``definitions/import/ledger-columns.yaml`` and the vocabulary. ``read_table`` opens a CSV (UTF-8
with or without BOM, UTF-16 with BOM, else GB18030, which is what Excel on a Chinese Windows writes
for "CSV") or an XLSX workbook (first worksheet, read-only, by ``workflow.importer.xlsx``), finds the header row and yields each row
with its number as the spreadsheet shows it (the header row counts). ``cell_text``, ``parse_date``
and ``parse_amount`` turn a cell into text or a value whatever way the office wrote it. Nothing
here knows the engine's rules: checking a row is ``workflow.importer.rows``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from workflow.definitions.model import Vocabulary
from workflow.definitions.parse import load_yaml
from workflow.errors import DefinitionError, ValidationError
from workflow.importer.xlsx import xlsx_rows
from workflow.paths import definitions_dir
from workflow.store.models import disclosure_case, proceeding

COLUMN_TYPES = {"string", "text", "date", "amount", "code", "agency", "state", "id_number"}
KINDS = ("cases", "proceedings")
HEADER_SCAN_ROWS = 10


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
        self.type_labels = {str(k): str(v) for k, v in (raw.get("type_labels") or {}).items()}
        self.examples = {kind: self._example(file, kind, (raw.get("examples") or {}).get(kind)) for kind in KINDS}
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

    def _example(self, file: str, kind: str, example: Any) -> dict[str, str]:
        """The example row of ``kind`` (``disclosure import columns``), as cell text by field key."""
        if example is None:
            return {}
        if not isinstance(example, dict) or set(example) - set(self.columns[kind]):
            raise DefinitionError(file, f"examples.{kind}", f"a mapping of the {kind} columns to example cells")
        missing = [c.key for c in self.columns[kind].values() if c.required and not example.get(c.key)]
        if missing:
            raise DefinitionError(file, f"examples.{kind}.{missing[0]}", "an example for every required column")
        return {key: cell_text(example.get(key)) for key in self.columns[kind]}

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
    for bom, encoding, name in ((b"\xef\xbb\xbf", "utf-8", "utf-8-sig"), (b"\xff\xfe", "utf-16", "utf-16"),
                                (b"\xfe\xff", "utf-16", "utf-16")):
        if data.startswith(bom):
            try:
                return (data[3:] if name == "utf-8-sig" else data).decode(encoding), name
            except UnicodeDecodeError as exc:
                # a BOM added by one editor to a file saved by another: the BOM lies about the rest
                raise ValidationError(
                    f"文件以 {encoding.upper()} 字节顺序标记开头，但内容不是 {encoding.upper()}（第 {exc.start} 字节）；"
                    f"请另存为 UTF-8 或 GB18030 / the file starts with a {encoding.upper()} byte-order mark "
                    f"but is not {encoding.upper()} (byte {exc.start}); save it as UTF-8 or GB18030"
                ) from None
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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as exc:
        if "field limit" in str(exc):
            limit = csv.field_size_limit()
            raise ValidationError(
                f"第 {reader.line_num} 行有超过 {limit} 个字符的单元格 / line {reader.line_num}: a cell is longer "
                f"than {limit} characters (an unclosed quote?)"
            ) from None
        raise ValidationError(f"第 {reader.line_num} 行不是有效的 CSV / line {reader.line_num} is not valid CSV: {exc}") from None


def read_table(
    path: str | Path, spec: LedgerSpec, kind: str, *, max_xlsx_bytes: int | None
) -> tuple[Table, dict[str, int], list[str]]:
    """Open the file, find its header row among the first rows, map the headers to field keys.

    An XLSX is read by ``workflow.importer.xlsx``: refused unread above ``max_xlsx_bytes``
    uncompressed, read whole whatever its ``<dimension>`` says, its rows counted against the sheet."""
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
        fmt, encoding, rows = "xlsx", None, xlsx_rows(path, max_xlsx_bytes)
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


# -- reading a cell's value -----------------------------------------------------------------------

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
