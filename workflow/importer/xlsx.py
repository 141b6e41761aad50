"""Reading an XLSX ledger without trusting what the file says about itself.

- **Size.** The declared uncompressed sizes of the workbook's members are added up from the zip
  directory and compared with ``import.max_xlsx_uncompressed_mb`` before anything is inflated.
  The declaration is binding: Python's ``zipfile`` never inflates a member past its declared size
  (it stops there and the CRC check fails), so a 1 MB file that would inflate to 1 GB is refused
  unread.
- **Rows.** The sheet's ``<dimension>`` is ignored: openpyxl's read-only reader stops at the last row
  it names, so a stale one made an import read 1 row of 6 and succeed. A first pass over the sheet's
  XML (expat, no tree) counts the rows that hold a value; the rows the reader delivered are counted
  the same way and compared with it when the reading ends, so a sheet that is not read whole is an
  error, never a partial import.
- **No DTD.** A sheet never declares one; refusing it keeps entity expansion away from the reader.

Which sheet: the first worksheet of the workbook (chart sheets skipped), found through the
package's relationships, then opened by its name in openpyxl, so both passes read the same part.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree
from xml.parsers import expat

from workflow.errors import ValidationError

SETTING = "import.max_xlsx_uncompressed_mb"
_OFFICE_DOCUMENT = "/officeDocument"
_WORKSHEET = "/worksheet"


def max_uncompressed_bytes(settings: Mapping[str, Any]) -> int | None:
    """``import.max_xlsx_uncompressed_mb`` in bytes (None when the settings lack it: an XLSX is then
    refused, a CSV does not need it)."""
    value = (settings.get("import") or {}).get("max_xlsx_uncompressed_mb")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValidationError(f"设置 {SETTING} 应为正数（MB）/ {SETTING} must be a positive number, got {value!r}")
    return int(value * 1024 * 1024)


def _local(name: str) -> str:
    return name.rpartition("}")[2].rpartition(":")[2]


def _xml(zf: zipfile.ZipFile, member: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(zf.read(member))
    except KeyError:
        raise ValidationError(f"Excel 文件缺少 {member} / not a workbook: {member} is missing") from None
    except ElementTree.ParseError as exc:
        raise ValidationError(f"Excel 文件的 {member} 已损坏 / {member} is not valid XML: {exc}") from None


def _relationships(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Id → (type, target resolved against ``part``'s folder) of ``part``'s relationships."""
    folder, name = posixpath.split(part)
    rels = _xml(zf, posixpath.join(folder, "_rels", f"{name}.rels"))
    out = {}
    for rel in rels:
        target = rel.get("Target") or ""
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id") or ""] = (rel.get("Type") or "", path)
    return out


def first_worksheet(zf: zipfile.ZipFile) -> tuple[str, str]:
    """(name, zip member) of the workbook's first worksheet."""
    workbook = next((t for kind, t in _relationships(zf, "").values() if kind.endswith(_OFFICE_DOCUMENT)), None)
    if workbook is None:
        raise ValidationError("Excel 文件中没有工作簿 / not a workbook: no officeDocument relationship")
    rels = _relationships(zf, workbook)
    for sheet in _xml(zf, workbook).iter():
        if _local(sheet.tag) != "sheet":
            continue
        rel_id = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), "")
        kind, member = rels.get(rel_id, ("", ""))
        if kind.endswith(_WORKSHEET):
            return sheet.get("name") or "", member
    raise ValidationError("Excel 文件中没有工作表 / the workbook has no worksheet")


class _RowCounter:
    """Counts the ``<row>`` elements holding a value as openpyxl reads one with ``data_only``: an
    inline string (``t="inlineStr"`` with ``<is>``) or a non-empty ``<v>`` of another cell."""

    def __init__(self) -> None:
        self.rows = 0
        self._stack: list[str] = []
        self._cell_type = ""
        self._row_has_value = self._in_value = False
        self._text: list[str] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        parent = self._stack[-1] if self._stack else ""
        self._stack.append(local)
        if local == "row":
            self._row_has_value = False
        elif local == "c" and parent == "row":
            self._cell_type = attrs.get("t", "n")
        elif local == "v" and parent == "c":
            self._in_value, self._text = True, []
        elif local == "is" and parent == "c" and self._cell_type == "inlineStr":
            self._row_has_value = True

    def end(self, name: str) -> None:
        local = self._stack.pop()
        if local == "v" and self._in_value:
            self._in_value = False
            if self._cell_type != "inlineStr" and "".join(self._text):
                self._row_has_value = True
        elif local == "row" and self._row_has_value:
            self.rows += 1

    def text(self, data: str) -> None:
        if self._in_value:
            self._text.append(data)

    @staticmethod
    def refuse_dtd(*_: Any) -> None:
        raise ValidationError("Excel 工作表含有 DTD 声明，拒绝读取 / the worksheet declares a DTD; refused")

    def count(self, stream: IO[bytes]) -> int:
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler, parser.EndElementHandler = self.start, self.end
        parser.CharacterDataHandler = self.text
        parser.StartDoctypeDeclHandler = self.refuse_dtd
        parser.ParseFile(stream)
        return self.rows


def _open(path: Path, max_bytes: int | None) -> tuple[str, int]:
    """(sheet name, rows holding a value), after the size check; nothing inflated beyond the limit."""
    if max_bytes is None:
        raise ValidationError(f"设置 {SETTING} 缺失，无法导入 Excel 文件 / {SETTING} is not set")
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(info.file_size for info in zf.infolist())
            if total > max_bytes:
                raise ValidationError(
                    f"Excel 文件 {path.name} 解压后 {total / 2**20:.1f} MB，超过上限 {max_bytes / 2**20:.3g} MB"
                    f"（设置 {SETTING}），未读取 / the workbook inflates to {total / 2**20:.1f} MB, above "
                    f"the limit; it was not read"
                )
            name, member = first_worksheet(zf)
            try:
                with zf.open(member) as stream:
                    return name, _RowCounter().count(stream)
            except KeyError:
                raise ValidationError(f"Excel 文件缺少工作表 {member} / the worksheet part is missing") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise ValidationError(f"无法读取 Excel 文件 {path.name} / cannot read the workbook: {exc}") from None
    except expat.ExpatError as exc:
        raise ValidationError(f"Excel 工作表已损坏 / the worksheet is not valid XML: {exc}") from None


def xlsx_rows(path: Path, max_bytes: int | None) -> Iterator[tuple[int, list[Any]]]:
    """(row number, cells) of every row of the first worksheet, whatever its ``<dimension>`` says;
    raises at the end if fewer or more rows holding a value were read than the sheet holds."""
    import openpyxl

    name, expected = _open(path, max_bytes)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        ws = wb[name]
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise ValidationError(f"无法读取 Excel 文件 {path.name} / cannot read the workbook: {exc}") from None
    try:
        ws.reset_dimensions()  # read to the last row there is, not to the one the file claims
        read = 0
        for number, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            if any(c is not None for c in cells):
                read += 1
            yield number, list(cells)
    finally:
        wb.close()
    if read != expected:
        raise ValidationError(
            f"工作表「{name}」有 {expected} 行含数据，只读到 {read} 行，未写入任何数据 / the sheet holds "
            f"{expected} rows with values but {read} were read; nothing was written"
        )
