"""Trigger forms generated from the definitions: fields, errors per field, the case version, PRG."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote


def _url(case_no: str, trigger: str) -> str:
    return f"/cases/{quote(case_no)}/do/{trigger}"


def _accepted(w) -> str:
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 3))
    return case_no


def test_it_requires_sign_in(web):
    case_no = _accepted(web.world)
    assert web.client().get(_url(case_no, "decide")).status_code == 303


def test_the_form_has_the_triggers_fields_with_chinese_choices_and_required_marks(web):
    w = web.world
    case_no = _accepted(w)
    html = web.client(w.clerk).get(_url(case_no, "decide")).text
    assert '<label for="in-outcome">办理结果<span class="req"' in html
    assert '<option value="disclosed">予以公开</option>' in html
    assert 'value="closed_other"' not in html  # excluded by the definition
    assert '<label for="in-late_reason">逾期办理原因</label>' in html  # a common field
    assert f'name="version" value="{w.case(case_no)["version"]}"' in html
    assert f'name="effective" type="date" value="{w.today.isoformat()}"' in html


def test_choices_are_labelled_from_the_vocabulary_and_help_comes_from_the_definition(web):
    w = web.world
    case_no = _accepted(w)
    html = web.client(w.head).get(_url(case_no, "extend")).text
    assert "延长的期限最长不超过20个工作日（第三十三条第二款）" in html
    w.fire(case_no, "consult", date(2026, 11, 4), party_kind="third_party", party_name="某公司")
    html = web.client(w.clerk).get(_url(case_no, "record_opinion")).text
    assert '<option value="agree">同意公开</option>' in html
    assert '<option value="none">未提出意见</option>' in html


def test_it_fires_and_redirects_to_the_case_page(web):
    w = web.world
    case_no = _accepted(w)
    c = web.client(w.clerk)
    version = w.case(case_no)["version"]
    response = c.post(_url(case_no, "decide"), {"version": version, "effective": "2026-11-10",
                                                "outcome": "disclosed", "basis": "provided"})
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"/cases/{quote(case_no)}?done=")
    assert w.state(case_no) == "confidentiality_review"
    assert w.events(case_no)[-1]["actor"] == w.clerk  # the session's user, never a name from the form


def test_the_acting_user_is_the_session_user_even_if_the_form_names_another(web):
    w = web.world
    case_no = _accepted(w)
    c = web.client(w.clerk)
    response = c.post(_url(case_no, "decide"), {"version": w.case(case_no)["version"], "outcome": "disclosed",
                                                "basis": "provided", "actor": w.head, "as": w.head})
    assert response.status_code == 303
    assert w.events(case_no)[-1]["actor"] == w.clerk


def test_a_validation_error_comes_back_on_its_field_in_chinese(web):
    w = web.world
    case_no = _accepted(w)
    c = web.client(w.clerk)
    response = c.post(_url(case_no, "decide"), {"version": w.case(case_no)["version"], "outcome": "bogus"})
    assert response.status_code == 400
    assert re.search(r'id="err-outcome" role="alert">取值无效', response.text)
    assert w.state(case_no) == "in_review"


def test_a_missing_required_field_is_named(web):
    w = web.world
    case_no = _accepted(w)
    response = web.client(w.head).post(_url(case_no, "extend"), {"version": w.case(case_no)["version"],
                                                                 "days": "30"})
    assert response.status_code == 400
    assert 'id="err-reason" role="alert">请填写延期理由' in response.text
    assert re.search(r'id="err-days" role="alert">不得大于 20', response.text)


def test_a_malformed_effective_date_is_a_field_error(web):
    w = web.world
    case_no = _accepted(w)
    response = web.client(w.clerk).post(_url(case_no, "decide"), {"version": w.case(case_no)["version"],
                                                                  "effective": "2026-02-30", "outcome": "disclosed"})
    assert response.status_code == 400 and 'id="err-effective"' in response.text


def test_a_future_effective_date_is_refused_on_the_field(web):
    w = web.world
    case_no = _accepted(w)
    response = web.client(w.clerk).post(_url(case_no, "decide"), {
        "version": w.case(case_no)["version"], "effective": "2026-12-31", "outcome": "disclosed", "basis": "provided"})
    assert response.status_code == 400 and "晚于今天" in response.text


def test_a_stale_version_says_who_changed_the_case_and_writes_nothing(web):
    w = web.world
    case_no = _accepted(w)
    stale = w.case(case_no)["version"]
    w.fire(case_no, "extend", date(2026, 11, 5), days=10, reason="量大")  # the head, meanwhile
    response = web.client(w.clerk).post(_url(case_no, "decide"), {"version": stale, "outcome": "disclosed",
                                                                  "basis": "provided"})
    assert response.status_code == 409
    assert f"此案件已被 {w.head}" in response.text and "未保存" in response.text
    assert f'name="version" value="{w.case(case_no)["version"]}"' in response.text
    assert w.state(case_no) == "in_review"


def test_a_form_without_csrf_is_403_and_changes_nothing(web):
    w = web.world
    case_no = _accepted(w)
    response = web.client(w.clerk).post(_url(case_no, "decide"), {"version": 2, "outcome": "disclosed",
                                                                  "basis": "provided"}, csrf=False)
    assert response.status_code == 403 and w.state(case_no) == "in_review"


def test_a_trigger_the_user_may_not_fire_is_404(web):
    w = web.world
    case_no = _accepted(w)
    c = web.client(w.clerk)
    assert c.get(_url(case_no, "extend")).status_code == 404  # the head's
    assert c.get(_url(case_no, "no_such_trigger")).status_code == 404
    assert c.post(_url(case_no, "extend"), {"version": 2, "days": 5, "reason": "x"}).status_code == 404


def test_after_a_trigger_that_owes_letters_the_page_offers_them(web):
    w = web.world
    case_no = _accepted(w)
    c = web.client(w.head)
    response = c.post(_url(case_no, "extend"), {"version": w.case(case_no)["version"], "days": "10",
                                                "reason": "需调取档案"})
    assert response.status_code == 303
    page = c.get(response.headers["location"]).text
    assert re.search(r'id="done-notice".*下载《[^》]+》\(docx\)', page, re.S)
