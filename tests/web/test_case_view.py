"""The case page: facts, clocks, the deadline explanation, the timeline, letters, trigger buttons, scope."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote

from sqlalchemy import select
from webtools import add_agency_b, set_password

from workflow.store.db import write
from workflow.store.models import agency
from workflow.store.repository import Repository


def _buttons(html: str) -> list[str]:
    return re.findall(r'data-trigger="([a-z_]+)"', html)


def test_it_requires_sign_in(web):
    case_no = web.world.register(on=date(2026, 11, 2))
    response = web.client().get(f"/cases/{quote(case_no)}")
    assert response.status_code == 303 and response.headers["location"].startswith("/signin")


def test_it_shows_the_state_regime_applicant_clocks_and_explanation(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2), phone="13812345678")
    html = web.client(w.clerk).get(f"/cases/{quote(case_no)}").text
    assert case_no in html and "已登记" in html
    assert "GIR2019 第 2 版" in html
    assert "张三" in html and "13812345678" in html
    assert "答复期限" in html and "2026-11-30" in html
    assert "期限如何计算" in html and "法定期限：20 个工作日" in html


def test_it_lists_the_letters_served(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 2))
    w.fire(case_no, "decide", date(2026, 11, 3), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 11, 4))
    w.fire(case_no, "record_delivery", date(2026, 11, 6), served_on="2026-11-05", method="in_person")
    html = web.client(w.clerk).get(f"/cases/{quote(case_no)}").text
    assert "文书送达" in html and "<td>答复书</td><td>2026-11-05</td><td>直接送达</td>" in html


def test_the_buttons_are_the_triggers_the_user_may_fire_now(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2))
    clerk = _buttons(web.client(w.clerk).get(f"/cases/{quote(case_no)}").text)
    assert "accept" in clerk and "extend" not in clerk
    assert set(clerk) == set(w.services.cases.allowed_triggers(
        w.definition(case_no), "received", frozenset({"clerk"})))
    w.fire(case_no, "accept", date(2026, 11, 3))
    head = _buttons(web.client(w.head).get(f"/cases/{quote(case_no)}").text)
    assert "extend" in head and "accept" not in head


def test_the_timeline_shows_who_did_what_with_role_and_date(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 3))
    html = web.client(w.clerk).get(f"/cases/{quote(case_no)}").text
    clerk_label = w.registry.vocabulary.label("roles", "clerk")
    assert html.count(f"{w.clerk}（{clerk_label}）") == 2
    assert html.index("受理</strong>") < html.index("登记</strong>")  # newest first


def test_another_agencys_case_is_404_not_403(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2))
    other = add_agency_b(w)
    c = web.client(other)
    seen = c.get(f"/cases/{quote(case_no)}")
    missing = c.get("/cases/SJJ-2026-9999")
    assert seen.status_code == 404 and missing.status_code == 404
    assert case_no not in seen.text
    assert c.get(f"/cases/{quote(case_no)}/do/accept").status_code == 404


def test_a_supervisor_of_the_parent_agency_sees_the_subordinates_cases(web):
    w = web.world
    with write(w.engine) as conn:
        repo = Repository(conn)
        parent = repo.add_agency("gov", "区人民政府", "GOV")
        conn.execute(agency.update().where(agency.c.code == w.agency).values(parent_id=parent))
        repo.grant_role(repo.add_user("boss", display_name="钱总"), parent, "supervisor")
        assert conn.execute(select(agency.c.parent_id).where(agency.c.code == w.agency)).scalar() == parent
    set_password(w, "boss")
    case_no = w.register(on=date(2026, 11, 2))
    c = web.client("boss")
    assert c.get(f"/cases/{quote(case_no)}").status_code == 200
    assert case_no in c.get("/?tab=subordinates").text
    # sees it and holds no role of its lifecycle there; a supervisor above may reassign it (roles reach down)
    assert _buttons(c.get(f"/cases/{quote(case_no)}").text) == ["reassign"]


def _served_on_aug_2(w) -> str:
    case_no = w.register(on=date(2026, 7, 27))
    w.fire(case_no, "accept", date(2026, 7, 27))
    w.fire(case_no, "decide", date(2026, 7, 28), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 7, 29))
    w.fire(case_no, "record_delivery", date(2026, 8, 3), served_on="2026-08-02", method="post")
    return case_no


def test_it_shows_the_last_days_for_reconsideration_and_suit_from_the_service(web):
    w = web.world
    case_no = _served_on_aug_2(w)
    html = web.client(w.clerk).get(f"/cases/{quote(case_no)}").text
    table = html[html.index('id="remedies"'):html.index("</table>", html.index('id="remedies"'))]
    reconsideration = table[table.index('data-period="reconsideration"'):table.index('data-period="litigation_direct"')]
    # 2026-08-02 + 60 days = 2026-10-01, National Day: the next working day is 2026-10-08
    assert "申请行政复议" in reconsideration and "<strong>2026-10-08</strong>" in reconsideration
    assert "2026-10-01 为国庆节，顺延" in reconsideration
    assert "《中华人民共和国行政复议法》（2023年修订）第二十条第一款" in reconsideration
    assert "直接提起行政诉讼" in table and "第四十六条第一款" in table


def test_another_agencys_user_does_not_see_the_remedies_of_a_case(web):
    w = web.world
    case_no = _served_on_aug_2(w)
    response = web.client(add_agency_b(w)).get(f"/cases/{quote(case_no)}")
    assert response.status_code == 404 and "救济期限" not in response.text and "2026-10-08" not in response.text


def _answered(w, on: date, **who) -> str:
    case_no = w.register(on=on, **who)
    w.fire(case_no, "accept", on)
    w.fire(case_no, "decide", on, outcome="disclosed", basis="provided")
    w.fire(case_no, "clear_review", on)
    w.fire(case_no, "sign_off", on)
    return case_no


def test_it_suggests_an_earlier_similar_application_and_the_clerk_confirms_the_link_from_it(web):
    w = web.world
    earlier = _answered(w, date(2026, 10, 12), subject="2025年度本机关行政许可决定书目录")
    case_no = w.register(on=date(2026, 11, 2), subject="2025年本机关行政许可决定书目录")
    c = web.client(w.clerk)
    html = c.get(f"/cases/{quote(case_no)}").text
    row = html[html.index(f'data-suggestion="{earlier}"'):]
    row = row[:row.index("</tr>")]
    confirm = f"/cases/{quote(case_no)}/do/link_repeat?earlier={quote(earlier)}"
    assert "2026-10-12" in row and "予以公开" in row and "91%" in row and confirm.replace("&", "&amp;") in row
    form = c.get(confirm).text
    assert f'value="{earlier}"' in form  # filled in from the suggestion; the clerk still submits it
    response = c.post(f"/cases/{quote(case_no)}/do/link_repeat",
                      {"version": w.case(case_no)["version"], "effective": "2026-11-03", "earlier": earlier})
    assert response.status_code == 303
    html = c.get(f"/cases/{quote(case_no)}").text
    assert 'data-link="earlier"' in html and "本申请重复" in html and 'id="repeat-suggestions"' not in html
    assert "被后续申请重复" in c.get(f"/cases/{quote(earlier)}").text


def test_the_head_sees_the_conversion_button_and_everyone_in_scope_sees_the_conversion(web):
    w = web.world
    case_no = _answered(w, date(2026, 11, 2))
    assert "convert_to_proactive" not in _buttons(web.client(w.clerk).get(f"/cases/{quote(case_no)}").text)
    assert "convert_to_proactive" in _buttons(web.client(w.head).get(f"/cases/{quote(case_no)}").text)
    w.fire(case_no, "convert_to_proactive", date(2026, 11, 9), published="2026-11-06", location="区政府门户网站")
    html = web.client(w.clerk).get(f"/cases/{quote(case_no)}").text
    assert 'id="proactive"' in html and "2026-11-06 已主动公开（第四十四条）：区政府门户网站" in html


def test_another_agencys_user_sees_neither_links_suggestions_nor_the_link_form(web):
    w = web.world
    earlier = _answered(w, date(2026, 10, 12))
    case_no = w.register(on=date(2026, 11, 2))
    c = web.client(add_agency_b(w))
    response = c.get(f"/cases/{quote(case_no)}")
    assert response.status_code == 404 and earlier not in response.text
    assert c.get(f"/cases/{quote(case_no)}/do/link_repeat?earlier={quote(earlier)}").status_code == 404
    assert c.get(f"/cases/{quote(earlier)}").status_code == 404
