"""Exports of the queue (/export.csv, /export.xlsx): exactly the filtered cases of the user's scope,
Chinese headers, personal data masked, nothing a spreadsheet would run."""

from __future__ import annotations

import csv
import io
from datetime import date
from urllib.parse import unquote

from openpyxl import load_workbook
from webtools import add_agency_b


def csv_rows(response) -> list[list[str]]:
    assert response.content.startswith("\ufeff".encode())  # Excel reads UTF-8 Chinese with the BOM
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_it_requires_sign_in(web):
    assert web.client().get("/export.csv").status_code == 303
    assert web.client().get("/export.xlsx").status_code == 303


def test_it_exports_the_queue_with_chinese_headers_and_masked_names(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 10), applicant_name="张三丰")
    rows = csv_rows(web.client(w.clerk).get("/export.csv"))
    assert rows[0][:3] == ["案件编号", "机关", "办理状态"]
    assert rows[1][0] == case_no
    assert "张**" in rows[1] and "张三丰" not in str(rows)


def test_it_exports_exactly_the_filtered_tab(web):
    w = web.world
    late = w.register(on=date(2026, 10, 9))
    w.register(on=date(2026, 11, 24))
    rows = csv_rows(web.client(w.clerk).get("/export.csv?tab=overdue"))
    assert [r[0] for r in rows[1:]] == [late]
    assert rows[1][10] == "是"


def test_it_never_exports_another_agencys_cases(web):
    w = web.world
    ours = w.register(on=date(2026, 11, 10))
    add_agency_b(w)
    other = web.client("clerk_other")
    assert [r[0] for r in csv_rows(other.get("/export.csv"))[1:]] == []
    book = load_workbook(io.BytesIO(other.get("/export.xlsx").content))
    assert [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)] == []
    assert ours in [r[0] for r in csv_rows(web.client(w.clerk).get("/export.csv"))[1:]]


def test_the_xlsx_has_the_same_rows_and_a_chinese_file_name(web):
    w = web.world
    made = [w.register(on=date(2026, 11, d)) for d in (3, 4, 5)]
    response = web.client(w.clerk).get("/export.xlsx")
    assert response.status_code == 200
    assert "待办案件-全部待办-2026-11-25.xlsx" in unquote(response.headers["content-disposition"])
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A1"].value == "案件编号"
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == made


def test_a_cell_that_starts_like_a_formula_is_kept_as_text(web):
    w = web.world
    w.register(on=date(2026, 11, 10), subject="=HYPERLINK(\"http://evil\",\"点我\")")
    rows = csv_rows(web.client(w.clerk).get("/export.csv"))
    assert rows[1][6].startswith("'=HYPERLINK")


def test_a_bad_filter_is_a_400_with_the_field(web):
    response = web.client(web.world.clerk).get("/export.csv?received_from=2026-13-40")
    assert response.status_code == 400
    assert "收到日期（起）" in response.text


def test_the_queue_links_to_the_export_of_its_current_filter(web):
    html = web.client(web.world.clerk).get("/?tab=overdue&channel=online").text
    assert "/export.xlsx?channel=online&amp;tab=overdue" in html
