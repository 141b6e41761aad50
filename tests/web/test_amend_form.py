"""The amendment form (更正登记信息) on the case page: who may open it, the registration prefilled, a
corrected date of receipt moving the due dates shown on the timeline (ID numbers masked), and a form
that changes nothing refused beside the form."""

from __future__ import annotations

from datetime import date
from html import unescape
from urllib.parse import quote

from helpers import VALID_ID_NUMBER


def _url(case_no: str) -> str:
    return f"/cases/{quote(case_no)}/do/amend"


def _accepted(w) -> str:
    case_no = w.register(on=date(2026, 11, 2), id_number=VALID_ID_NUMBER, phone="13800138000")
    w.fire(case_no, "accept", date(2026, 11, 3))
    return case_no


def _prefilled(html: str) -> dict[str, str]:
    import re

    return {
        m.group(1): unescape(m.group(2))
        for m in re.finditer(r'name="(\w+)" type="\w+" value="([^"]*)"', html)
    }


def test_it_requires_sign_in_and_the_clerk_role(web):
    w = web.world
    case_no = _accepted(w)
    assert web.client().get(_url(case_no)).status_code == 303
    assert web.client(w.reviewer).get(_url(case_no)).status_code == 404
    assert web.client(w.clerk).get(_url(case_no)).status_code == 200


def test_the_form_opens_on_the_registration_as_it_is(web):
    w = web.world
    case_no = _accepted(w)
    html = web.client(w.clerk).get(_url(case_no)).text
    values = _prefilled(html)
    assert values["applicant_name"] == "张三" and values["submitted"] == "2026-11-02"
    assert values["id_number"] == VALID_ID_NUMBER and values["phone"] == "13800138000"
    assert "2025年度本机关行政许可决定书目录</textarea>" in html
    assert '<label for="in-reason">更正理由<span class="req"' in html
    assert 'id="amend-note"' in html


def test_a_corrected_date_of_receipt_moves_the_due_dates_on_the_case_page(web):
    w = web.world
    case_no = _accepted(w)
    c = web.client(w.clerk)
    form = _prefilled(c.get(_url(case_no)).text)
    form.update(
        {
            "submitted": "2026-10-30",
            "id_number": "110105194912310038",
            "subject": "2025年度本机关行政许可决定书目录",
            "reason": "提交日期与证件号登记有误",
            "version": str(w.case(case_no)["version"]),
            "effective": "2026-11-04",
        }
    )
    response = c.post(_url(case_no), form)
    assert response.status_code == 303, response.text
    assert w.case(case_no)["received_on"] == date(2026, 10, 30)
    page = c.get(f"/cases/{quote(case_no)}").text
    assert "<dt>提交日期</dt><dd>2026-11-02 → 2026-10-30</dd>" in page
    assert "<dt>身份证号码</dt><dd>1101**********002X → 1101**********0038</dd>" in page
    assert "<dt>答复期限</dt><dd>2026-11-30 → 2026-11-27</dd>" in page
    assert "110105194912310038" not in page.split("办理记录", 1)[1]  # the timeline shows it masked
    assert "<dt>更正理由</dt><dd>提交日期与证件号登记有误</dd>" in page


def test_a_form_that_changes_nothing_is_refused_and_nothing_is_written(web):
    w = web.world
    case_no = _accepted(w)
    c = web.client(w.clerk)
    form = _prefilled(c.get(_url(case_no)).text)
    form.update(
        {
            "reason": "核对",
            "version": str(w.case(case_no)["version"]),
            "effective": "2026-11-04",
            "subject": "2025年度本机关行政许可决定书目录",
        }
    )
    events = len(w.events(case_no))
    response = c.post(_url(case_no), form)
    assert response.status_code == 400
    assert "没有任何字段与现有登记不同" in response.text
    assert len(w.events(case_no)) == events
