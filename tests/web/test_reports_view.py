"""The annual report screen: the form's tables with each table-三 figure opening its cases, the checks,
downloads, and recording the figures as published (then differences against them)."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import docx
from openpyxl import load_workbook
from webtools import add_agency_b, set_password

from workflow.store.db import write
from workflow.store.repository import Repository

YEAR = "year=2025&agency=sjj"


def last_year(w) -> list[str]:
    """Two applications of 2025, one of them withdrawn the same month."""
    made = [w.register(on=date(2025, 3, 3)), w.register(on=date(2025, 3, 10))]
    w.fire(made[1], "withdraw", on=date(2025, 3, 12), how="书面撤回")
    return made


def cell_links(html: str) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(r'<a href="(/reports/cell\?[^"]+)">', html)]


def test_it_requires_sign_in(web):
    assert web.client().get(f"/reports?{YEAR}").status_code == 303


def test_it_lays_out_table_three_and_each_figure_opens_the_cases_behind_it(web):
    w = web.world
    made = last_year(w)
    c = web.client(w.clerk)
    html = c.get(f"/reports?{YEAR}").text
    assert "三、收到和处理政府信息公开申请情况" in html and 'class="table3"' in html
    received = [h for h in cell_links(html) if "row=new_received" in h and "column=natural_person" in h]
    assert received, cell_links(html)
    listed = c.get(received[0]).text
    assert all(f'data-case="{n}"' in listed for n in made)
    assert "计入该数字的案件（2 件）" in listed


def test_it_shows_each_check_with_its_verdict(web):
    last_year(web.world)
    html = web.client(web.world.clerk).get(f"/reports?{YEAR}").text
    assert re.search(r'<li class="ok" data-check="balance">', html)


def test_another_agencys_report_is_404(web):
    w = web.world
    add_agency_b(w)
    assert web.client("clerk_other").get(f"/reports?{YEAR}").status_code == 404
    assert web.client("clerk_other").get(f"/reports/cell?{YEAR}&row=new_received&column=total").status_code == 404


def test_subordinates_are_counted_only_for_a_user_who_may_see_them(web):
    w = web.world
    with write(w.engine) as conn:
        repo = Repository(conn)
        repo.grant_role(repo.add_user("clerk_sub", display_name="赵六"), repo.add_agency("sub", "下属机关", "SUB", parent_code="sjj"), "clerk")
    set_password(w, "clerk_sub")
    assert web.client(w.clerk).get(f"/reports?{YEAR}&subordinates=1").status_code == 403
    assert web.client(w.supervisor).get(f"/reports?{YEAR}&subordinates=1").status_code == 200


def test_it_downloads_the_report_as_word_excel_and_json(web):
    last_year(web.world)
    c = web.client(web.world.clerk)
    word = c.get(f"/reports/download?{YEAR}&format=docx")
    assert word.status_code == 200 and "年度报告" in "".join(p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs)
    assert load_workbook(io.BytesIO(c.get(f"/reports/download?{YEAR}&format=xlsx").content)).sheetnames
    data = json.loads(c.get(f"/reports/download?{YEAR}&format=json").content)
    assert data["year"] == 2025
    assert c.get(f"/reports/download?{YEAR}&format=pdf").status_code == 400


def test_a_year_outside_the_range_is_400(web):
    c = web.client(web.world.clerk)
    assert c.get("/reports?year=1999&agency=sjj").status_code == 400
    assert c.get("/reports?year=abc&agency=sjj").status_code == 400


def test_only_the_head_records_it_as_published_and_later_changes_show_as_differences(web):
    w = web.world
    last_year(w)
    assert web.client(w.clerk).post(f"/reports/publish?{YEAR}").status_code == 403
    head = web.client(w.head)
    assert head.post(f"/reports/publish?{YEAR}", csrf=False).status_code == 403
    assert head.post(f"/reports/publish?{YEAR}").status_code == 303
    assert "与已公开的数字一致" in head.get(f"/reports?{YEAR}").text
    w.register(on=date(2025, 4, 1))  # a ledger entry found late: the log now says three
    html = head.get(f"/reports?{YEAR}").text
    assert "与已公开的不同" in html


def test_a_year_before_2019_shows_its_own_layouts_sections(web):
    w = web.world
    response = web.client(w.clerk).get("/reports?year=2015&agency=sjj")
    assert response.status_code == 200
    # the 2008 narrative has no tables 二–四 of the 2021 form: none of their titles is shown
    assert "三、收到和处理政府信息公开申请情况" not in response.text
