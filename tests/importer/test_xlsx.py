"""An XLSX ledger is read whole whatever its ``<dimension>`` claims, its rows are counted against the
sheet, and a workbook that would inflate past ``import.max_xlsx_uncompressed_mb`` is refused before
it is read (``workflow.importer.xlsx``). Nothing is written when a file is refused."""

from __future__ import annotations

import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from helpers import make_world
from sqlalchemy import func, select

from workflow.errors import ValidationError
from workflow.importer.jobs import import_cases
from workflow.importer.xlsx import max_uncompressed_bytes
from workflow.store.db import read
from workflow.store.models import case_event, disclosure_case

TODAY = date(2025, 3, 3)
HEADERS = ["agency", "applicant_type", "applicant_name", "channel", "received", "subject"]
SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def world(engine):
    return make_world(engine, today=TODAY)


def ledger(path: Path, rows: int = 6) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for i in range(rows):
        ws.append(["sjj", "natural_person", f"张{i}", "in_person", "2024-03-01", f"某项政府信息{i}"])
    wb.save(path)
    return path


def rewrite_sheet(path: Path, edit) -> Path:  # noqa: ANN001 - bytes -> bytes
    """The same workbook with its first sheet's XML passed through ``edit``."""
    out = path.with_name("edited-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, edit(data) if item.filename == SHEET else data)
    return out


def stored(engine) -> tuple[int, int]:  # noqa: ANN001
    with read(engine) as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar_one() for t in (disclosure_case, case_event))


def run_cli(monkeypatch, capsys, db_url: str, *args: str) -> tuple[int, str]:  # noqa: ANN001
    from workflow.cli import main

    monkeypatch.setattr(sys, "argv", ["disclosure", "--db", db_url, *args])
    with pytest.raises(SystemExit) as exc:
        main()
    return exc.value.code, capsys.readouterr().err


@pytest.mark.parametrize("claimed", ["A1:F2", "A1:B2"])  # 2 rows of 7; and 2 columns of 6 as well
def test_it_reads_every_row_of_an_xlsx_whose_dimension_is_stale(world, tmp_path, claimed):
    ref = f'<dimension ref="{claimed}"'.encode()
    stale = rewrite_sheet(ledger(tmp_path / "ledger.xlsx"), lambda x: re.sub(rb'<dimension ref="[^"]*"', ref, x))
    with zipfile.ZipFile(stale) as zf:
        assert ref in zf.read(SHEET)
    result = import_cases(world.services, stale)
    assert (result.errors, result.rows, result.imported) == ([], 6, 6)
    with read(world.engine) as conn:
        names = conn.execute(select(disclosure_case.c.applicant_name, disclosure_case.c.subject)).all()
    assert sorted(names) == [(f"张{i}", f"某项政府信息{i}") for i in range(6)]


def test_it_refuses_a_sheet_it_cannot_read_whole(world, tmp_path, db_url, monkeypatch, capsys):
    def swap_rows(xml: bytes) -> bytes:  # row 3 after row 4: the reader skips a row that goes back
        rows = re.findall(rb"<row .*?</row>", xml)
        return xml.replace(rows[2] + rows[3], rows[3] + rows[2])

    shuffled = rewrite_sheet(ledger(tmp_path / "ledger.xlsx"), swap_rows)
    with pytest.raises(ValidationError, match="有 7 行含数据，只读到 6 行"):
        import_cases(world.services, shuffled)
    code, err = run_cli(monkeypatch, capsys, db_url, "import", "cases", str(shuffled))
    assert code == 2 and err.count("\n") == 1 and "未写入任何数据" in err
    assert stored(world.engine) == (0, 0)


def test_it_counts_rows_as_the_reader_reads_them(world, tmp_path):
    """Shared and inline strings, date and number cells, formulas without a cached value, blank and
    styled rows: the count agrees with what is read, so a sound file is never refused."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年政府信息公开申请台账"])
    ws.append([])
    ws.append([*HEADERS, "备注"])
    ws.append(["sjj", "natural_person", "王一", "in_person", datetime(2024, 3, 1), "内容", "=1+1"])  # no cached value
    ws.append([None] * 7)
    ws.append(["sjj", "natural_person", "王二", "in_person", date(2024, 3, 4), "内容", 3.5])
    ws.cell(row=9, column=2).font = openpyxl.styles.Font(bold=True)  # a styled, empty row at the end
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    assert import_cases(world.services, path).imported == 2

    inline = openpyxl.Workbook(write_only=True)  # write-only workbooks store inline strings
    sheet = inline.create_sheet()
    sheet.append(HEADERS)
    sheet.append(["sjj", "natural_person", "王三", "in_person", "2024-03-05", "内容"])
    sheet.append(["", "", "", "", "", ""])  # empty inline strings: a row that holds nothing to import
    inline.save(tmp_path / "inline.xlsx")
    result = import_cases(world.services, tmp_path / "inline.xlsx")
    assert (result.errors, result.imported) == ([], 1)


@pytest.fixture(scope="session")
def inflating_workbook(tmp_path_factory) -> Path:
    """A valid 6-row ledger of about 1 MB whose sheet inflates to 1 GB (whitespace in sheetData)."""
    base = ledger(tmp_path_factory.mktemp("bomb") / "ledger.xlsx")
    path = base.with_name("inflating.xlsx")
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename != SHEET:
                dst.writestr(item, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with dst.open(SHEET, "w", force_zip64=True) as out:
                out.write(head)
                block = b" " * 2**20
                for _ in range(1024):
                    out.write(block)
                out.write(b"</sheetData>" + tail)
    return path


def test_it_refuses_an_xlsx_that_inflates_past_the_limit_before_reading_it(
    world, db_url, monkeypatch, capsys, inflating_workbook
):
    assert inflating_workbook.stat().st_size < 1.1 * 2**20
    with zipfile.ZipFile(inflating_workbook) as zf:
        assert sum(i.file_size for i in zf.infolist()) > 2**30
    limit = max_uncompressed_bytes(world.services.settings)
    assert limit == 256 * 2**20  # the shipped setting

    def never(*args, **kwargs):  # noqa: ANN002, ANN003
        raise AssertionError("the workbook was read")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    monkeypatch.setattr("workflow.importer.xlsx.expat.ParserCreate", never)
    with pytest.raises(ValidationError, match=r"解压后 1024\.0 MB，超过上限 256 MB"):
        import_cases(world.services, inflating_workbook)
    code, err = run_cli(monkeypatch, capsys, db_url, "import", "cases", "--dry-run", str(inflating_workbook))
    assert code == 2 and err.count("\n") == 1 and "import.max_xlsx_uncompressed_mb" in err
    assert stored(world.engine) == (0, 0)


def test_the_limit_is_a_setting(world, tmp_path):
    path = ledger(tmp_path / "ledger.xlsx", rows=200)
    world.services.settings["import"] = {"max_xlsx_uncompressed_mb": 0.01}  # 10 KB
    with pytest.raises(ValidationError, match="超过上限 0.01 MB"):
        import_cases(world.services, path)
    for bad in ("big", -1, True):
        world.services.settings["import"] = {"max_xlsx_uncompressed_mb": bad}
        with pytest.raises(ValidationError, match="must be a positive number"):
            import_cases(world.services, path)
    world.services.settings["import"] = {"max_xlsx_uncompressed_mb": 1}
    assert import_cases(world.services, path).imported == 200


def test_it_refuses_a_sheet_that_declares_a_dtd(world, tmp_path):
    doctype = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    bomb = rewrite_sheet(ledger(tmp_path / "ledger.xlsx"), lambda x: doctype + x[x.index(b"<worksheet") :])
    with pytest.raises(ValidationError, match="DTD"):
        import_cases(world.services, bomb)
    assert stored(world.engine) == (0, 0)
