"""The work queue (待办): scope, order by due date, tabs, filters, tolerant search, keyset pages."""

from __future__ import annotations

import re
from datetime import date

from webtools import add_agency_b

from workflow.web.queue import normalise_case_no


def _cases(html: str) -> list[str]:
    return re.findall(r'<tr class="[^"]*" data-case="([^"]+)"', html)


def _total(html: str) -> int:
    return int(re.search(r'id="queue-total">共 <strong>(\d+)</strong>', html).group(1))


def _world_of_dues(w) -> dict[str, str]:
    """Cases received on different days: the earlier received, the earlier due."""
    made = {}
    for label, on in (("late", date(2026, 10, 9)), ("soon", date(2026, 11, 2)), ("fresh", date(2026, 11, 24)),
                      ("mid", date(2026, 11, 10))):
        made[label] = w.register(on=on)
    return made


def test_it_requires_sign_in(web):
    assert web.client().get("/?tab=overdue").status_code == 303


def test_it_lists_open_cases_sorted_by_statutory_due_date(web):
    made = _world_of_dues(web.world)
    html = web.client(web.world.clerk).get("/").text
    assert _cases(html) == [made["late"], made["soon"], made["mid"], made["fresh"]]
    assert _total(html) == 4


def test_it_marks_overdue_rows_and_filters_the_overdue_tab(web):
    made = _world_of_dues(web.world)
    c = web.client(web.world.clerk)
    html = c.get("/").text
    assert re.search(rf'<tr class="overdue[^"]*" data-case="{re.escape(made["late"])}"', html)
    overdue = c.get("/?tab=overdue").text
    assert _cases(overdue) == [made["late"]] and "逾期" in overdue


def test_the_due_within_tabs_count_working_days(web):
    made = _world_of_dues(web.world)
    c = web.client(web.world.clerk)
    # received 2026-11-02: due 20 working days later, 2026-11-30, within 3 working days of 11-25
    assert _cases(c.get("/?tab=within3").text) == [made["soon"]]
    assert made["mid"] in _cases(c.get("/?tab=within10").text)
    assert made["fresh"] not in _cases(c.get("/?tab=within10").text)


def test_the_paused_tab_shows_cases_awaiting_correction(web):
    w = web.world
    made = _world_of_dues(w)
    w.fire(made["mid"], "request_correction", date(2026, 11, 16), items="请明确所需信息的名称", correct_by="2026-12-10")
    assert _cases(web.client(w.clerk).get("/?tab=paused").text) == [made["mid"]]


def test_the_mine_tab_shows_the_cases_the_user_registered(web):
    w = web.world
    made = _world_of_dues(w)
    assert set(_cases(web.client(w.clerk).get("/?tab=mine").text)) == set(made.values())
    assert _cases(web.client(w.head).get("/?tab=mine").text) == []


def test_the_unassigned_tab_shows_online_applications_until_a_clerk_is_given_them(web):
    w = web.world
    online = w.register_online(date(2026, 11, 24))
    at_the_counter = w.register(on=date(2026, 11, 24))
    c = web.client(w.clerk)
    assert _cases(c.get("/?tab=unassigned").text) == [online]
    assert online not in _cases(c.get("/?tab=mine").text) and at_the_counter in _cases(c.get("/").text)
    w.services.cases.reassign(online, w.clerk, w.head, "网上申请分办")
    assert _cases(c.get("/?tab=unassigned").text) == []
    assert online in _cases(c.get("/?tab=mine").text)


def test_it_filters_by_state_and_received_range(web):
    w = web.world
    made = _world_of_dues(w)
    w.fire(made["fresh"], "accept", date(2026, 11, 24))
    c = web.client(w.clerk)
    assert _cases(c.get("/?state=in_review").text) == [made["fresh"]]
    assert _cases(c.get("/?received_from=2026-11-01&received_to=2026-11-20").text) == [made["soon"], made["mid"]]


def test_a_malformed_date_filter_is_a_400_with_a_message(web):
    response = web.client(web.world.clerk).get("/?received_from=2026-13-45")
    assert response.status_code == 400 and "收到日期（起）格式应为 YYYY-MM-DD" in response.text


def test_search_tolerates_full_width_dashes_spaces_and_a_missing_prefix(web):
    made = _world_of_dues(web.world)
    target = made["soon"]  # SJJ-2026-0002
    prefix, year, seq = target.split("-")
    c = web.client(web.world.clerk)
    for q in (target, f"{prefix}－{year}－{seq}", f" {prefix} - {year} - {seq} ", f"{year}-{seq}",
              f"{year}-{int(seq)}", f"{year}{seq}"):
        assert _cases(c.get("/", params={"q": q}).text) == [target], q


def test_search_finds_by_subject_and_applicant(web):
    w = web.world
    w.register(on=date(2026, 11, 3), subject="某化工项目环评批复", applicant_name="李四")
    w.register(on=date(2026, 11, 4), subject="道路养护经费")
    c = web.client(w.clerk)
    assert len(_cases(c.get("/", params={"q": "环评"}).text)) == 1
    assert len(_cases(c.get("/", params={"q": "李四"}).text)) == 1


def test_it_pages_by_keyset_and_shows_the_total(web):
    w = web.world
    web.app.state.web = type(web.app.state.web)(**{**web.app.state.web.__dict__, "page_size": 2})
    made = _world_of_dues(w)
    c = web.client(w.clerk)
    first = c.get("/").text
    assert _total(first) == 4 and len(_cases(first)) == 2
    nxt = re.search(r'id="next-page" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    second = c.get(nxt).text
    assert _cases(first) + _cases(second) == [made["late"], made["soon"], made["mid"], made["fresh"]]
    assert 'id="next-page"' not in second


def test_it_shows_only_the_cases_of_the_users_agencies(web):
    w = web.world
    mine = w.register(on=date(2026, 11, 2))
    other_clerk = add_agency_b(w)
    theirs = w.register(on=date(2026, 11, 3), agency="other", actor=other_clerk)
    assert _cases(web.client(w.clerk).get("/").text) == [mine]
    assert _cases(web.client(other_clerk).get("/").text) == [theirs]


def test_it_masks_private_applicants_names(web):
    w = web.world
    w.register(on=date(2026, 11, 2), applicant_name="欧阳明")
    html = web.client(w.clerk).get("/").text
    assert "欧**" in html and "欧阳明" not in html


def test_normalise_case_no_makes_full_width_forms_plain():
    assert normalise_case_no("ＳＪＪ－２０２６—０００１ ") == "SJJ-2026-0001"
