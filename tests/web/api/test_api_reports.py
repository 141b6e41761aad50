"""``GET /api/v1/reports/{year}``: the annual report as ``disclosure report`` makes it, as JSON, Excel or
Word; only an agency of the caller's scope (else 404), its subordinates only when all are in scope
(else 403); a year outside 2008..this year, a bad format or flag is 422 on that parameter."""

from __future__ import annotations

import io
import json
from datetime import date
from urllib.parse import unquote

import docx
from openpyxl import load_workbook
from webtools import add_agency_b

from workflow.report.export import render
from workflow.report.service import generate
from workflow.store.db import write
from workflow.store.repository import Repository

URL = "/api/v1/reports/2026?agency=sjj"


def _two_cases(w) -> None:
    made = [w.register(on=date(2026, 3, 3)), w.register(on=date(2026, 3, 10))]
    w.fire(made[1], "withdraw", on=date(2026, 3, 12), how="书面撤回")


def _subordinate(w) -> None:
    with write(w.engine) as conn:
        repo = Repository(conn)
        repo.add_agency("sub", "下属机关", "SUB", parent_code="sjj")


def test_it_gives_the_report_as_json_exactly_as_the_command_line_makes_it(api):
    w = api.world
    _two_cases(w)
    response = api.client(w.clerk).get(URL)
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    expected = json.loads(render(generate(w.engine, year=2026, agency="sjj"), "json"))
    assert response.json() == expected
    new_row = next(r for r in response.json()["table3"]["rows"] if r["key"] == "new_received")
    assert new_row["values"][-1] == 2  # the total column counts both applications


def test_it_gives_excel_and_word_as_attachments_named_after_the_agency_and_year(api):
    w = api.world
    _two_cases(w)
    c = api.client(w.clerk)
    xlsx = c.get(URL + "&format=xlsx")
    word = c.get(URL + "&format=docx")
    assert xlsx.status_code == word.status_code == 200
    assert xlsx.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert (
        word.headers["content-type"]
        == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert "attachment" in xlsx.headers["content-disposition"]
    assert unquote(word.headers["content-disposition"]).endswith("sjj-2026-年度报告.docx")
    sheet_text = " ".join(
        str(v)
        for ws in load_workbook(io.BytesIO(xlsx.content)).worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if v is not None
    )
    assert "本年新收政府信息公开申请数量" in sheet_text
    assert "政府信息公开" in "\n".join(p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs)


def test_it_refuses_a_caller_without_a_token(api):
    response = api.anonymous().get(URL)
    assert response.status_code == 401 and response.json()["code"] == "unauthorized"


def test_another_agencys_report_is_404_in_the_error_shape(api):
    w = api.world
    response = api.client(add_agency_b(w)).get(URL)
    body = response.json()
    assert response.status_code == 404 and body["code"] == "not_found" and body["field"] == "agency"
    assert body["message"]["zh"] and body["message"]["en"]


def test_an_agency_that_does_not_exist_is_404_as_one_outside_the_scope(api):
    response = api.client(api.world.clerk).get("/api/v1/reports/2026?agency=nowhere")
    assert response.status_code == 404 and response.json()["field"] == "agency"


def test_subordinates_are_403_unless_the_caller_sees_every_one_of_them(api):
    w = api.world
    _subordinate(w)
    with_subs = URL + "&include_subordinates=true"
    refused = api.client(w.clerk).get(with_subs)
    assert refused.status_code == 403
    assert refused.json()["code"] == "forbidden" and refused.json()["field"] == "include_subordinates"
    assert api.client(w.supervisor).get(with_subs).status_code == 200


def test_a_year_outside_2008_to_this_year_is_422_on_the_year(api):
    c = api.client(api.world.clerk)
    for year in ("2007", "2027", "20x6", "0002026"):
        response = c.get(f"/api/v1/reports/{year}?agency=sjj")
        assert response.status_code == 422, year
        assert response.json()["field"] == "year" and "2008" in response.json()["message"]["en"]


def test_a_bad_format_flag_or_missing_agency_is_422_on_that_parameter(api):
    c = api.client(api.world.clerk)
    assert c.get(URL + "&format=pdf").json()["field"] == "format"
    assert c.get(URL + "&include_subordinates=maybe").json()["field"] == "include_subordinates"
    missing = c.get("/api/v1/reports/2026")
    assert missing.status_code == 422 and missing.json()["field"] == "agency"
