"""The registration form: the channel's date fields, the ID check, earlier cases, the letter on success."""

from __future__ import annotations

import re
from urllib.parse import quote

from helpers import VALID_ID_NUMBER
from webtools import add_agency_b


def _form(**over: str) -> dict[str, str]:
    data = {"agency": "sjj", "channel": "in_person", "submitted": "2026-11-24", "applicant_type": "natural_person",
            "applicant_name": "王五", "subject": "2026年度行政处罚决定目录", "effective": "2026-11-25"}
    data.update(over)
    return {k: v for k, v in data.items() if v is not None}


def test_it_requires_sign_in(web):
    c = web.client()
    for url in ("/register", "/register/check-id?id_number=1", "/register/earlier?applicant_name=x"):
        assert c.get(url).status_code == 303, url
    assert c.post("/register", _form()).status_code == 303
    assert web.world.snapshot()["cases"] == 0


def test_an_htmx_request_without_a_session_is_told_where_to_sign_in(web):
    response = web.client().get("/register/check-id?id_number=1", headers={"HX-Request": "true"})
    assert response.status_code == 401 and response.headers["HX-Redirect"].startswith("/signin")


def test_the_form_lists_the_channels_date_rules(web):
    html = web.client(web.world.clerk).get("/register").text
    assert 'data-date-field="signed_for" data-channels="post_signed "' in html
    assert re.search(r'data-date-field="confirmed" data-channels="post_ordinary online email fax ', html)
    assert '<option value="post_signed">邮寄（需签收）</option>' in html


def test_it_registers_and_shows_the_case_number_and_the_acknowledgement(web):
    w = web.world
    c = web.client(w.clerk)
    response = c.post("/register", _form(id_number=VALID_ID_NUMBER))
    assert response.status_code == 303
    case_no = re.search(r"/cases/([^?]+)\?", response.headers["location"]).group(1)
    page = c.get(response.headers["location"]).text
    assert "已登记，案件编号" in page and "下载《" in page
    row = w.case(case_no.replace("%2D", "-"))
    assert row["applicant_name"] == "王五" and row["clerk_id"] is not None


def test_the_channel_decides_which_date_is_required(web):
    c = web.client(web.world.clerk)
    response = c.post("/register", _form(channel="post_signed"))
    assert response.status_code == 400
    assert re.search(r'id="err-signed_for" role="alert">该申请方式须填写签收日期', response.text)
    ok = c.post("/register", _form(channel="post_signed", signed_for="2026-11-25"))
    assert ok.status_code == 303


def test_a_date_of_a_field_the_channel_does_not_use_is_ignored(web):
    w = web.world
    response = web.client(w.clerk).post("/register", _form(confirmed="2026-11-20"))
    assert response.status_code == 303
    case_no = re.search(r"/cases/([^?]+)\?", response.headers["location"]).group(1)
    assert w.case(case_no)["confirmed_on"] is None


def test_a_bad_id_number_is_a_field_error(web):
    response = web.client(web.world.clerk).post("/register", _form(id_number="110105194912310021"))
    assert response.status_code == 400 and 'id="err-id_number"' in response.text


def test_the_id_number_is_checked_as_typed(web):
    c = web.client(web.world.clerk)
    assert "校验通过" in c.get("/register/check-id", params={"id_number": VALID_ID_NUMBER}).text
    bad = c.get("/register/check-id", params={"id_number": "110105194912310021"}).text
    assert 'class="field-error"' in bad


def test_missing_required_fields_are_named(web):
    response = web.client(web.world.clerk).post("/register", _form(applicant_name="", subject=""))
    assert response.status_code == 400
    assert "请填写申请人姓名或名称" in response.text and "请填写所需政府信息" in response.text


def test_it_shows_the_applicants_earlier_cases_at_the_agency(web):
    w = web.world
    earlier = w.register(subject="去年的申请", applicant_name="王五")
    html = web.client(w.clerk).get("/register/earlier", params={"agency": "sjj", "applicant_name": "王五"}).text
    assert earlier in html and "重复申请" in html


def test_a_clerk_cannot_register_at_another_agency(web):
    other = add_agency_b(web.world)
    response = web.client(other).post("/register", _form(agency="sjj"))
    assert response.status_code == 400 and 'id="err-agency"' in response.text


def test_a_user_without_a_clerk_role_has_no_agency_to_register_at(web):
    response = web.client(web.world.head).post("/register", _form())
    assert response.status_code == 400 and 'id="err-agency"' in response.text


def test_the_earlier_cases_are_only_those_in_scope(web):
    w = web.world
    w.register(subject="本机关的申请", applicant_name="王五")
    other = add_agency_b(w)
    html = web.client(other).get("/register/earlier", params={"agency": "sjj", "applicant_name": "王五"}).text
    assert "本机关的申请" not in html


def test_a_registered_case_page_link_round_trips(web):
    w = web.world
    c = web.client(w.clerk)
    location = c.post("/register", _form()).headers["location"]
    assert c.get(location.split("?")[0]).status_code == 200
    assert quote("SJJ-2026-0001", safe="") in location or "SJJ-2026-0001" in location
