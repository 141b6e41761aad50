"""The read endpoints: the queue as JSON with keyset pagination, a case in the ``show --json`` shape
with its version as ETag, the timeline, the deadlines, the triggers with their schemas; scope."""

from __future__ import annotations

import json
from datetime import date

from webtools import add_agency_b

from workflow.deadlines.explain import explain_case
from workflow.store.db import read
from workflow.store.repository import Repository
from workflow.views.case_page import case_view


def test_the_case_list_is_the_queue_in_due_date_order_with_the_total(api):
    w = api.world
    later = w.register(on=date(2026, 11, 20))
    sooner = w.register(on=date(2026, 11, 2))
    body = api.client(w.clerk).get("/api/v1/cases").json()
    assert body["total"] == 2 and [r["case_no"] for r in body["items"]] == [sooner, later]
    assert body["items"][0]["due"] == "2026-11-30" and body["items"][0]["url"] == f"/api/v1/cases/{sooner}"
    assert body["next"] is None


def test_the_case_list_pages_by_a_next_cursor_and_keeps_the_total(api):
    w = api.world
    made = [w.register(on=date(2026, 11, d)) for d in (2, 3, 4)]
    c = api.client(w.clerk)
    seen, url = [], "/api/v1/cases?limit=2"
    while url:
        body = c.get(url).json()
        assert body["total"] == 3
        seen += [r["case_no"] for r in body["items"]]
        url = f"/api/v1/cases?limit=2&cursor={body['next']}" if body["next"] else None
    assert seen == made


def test_the_case_list_takes_the_queues_filters(api):
    w = api.world
    accepted = w.register(on=date(2026, 11, 2))
    w.fire(accepted, "accept", date(2026, 11, 3))
    w.register(on=date(2026, 11, 4))
    body = api.client(w.clerk).get("/api/v1/cases?state=in_review").json()
    assert [r["case_no"] for r in body["items"]] == [accepted] and body["total"] == 1
    overdue = api.client(w.clerk).get("/api/v1/cases?tab=overdue").json()
    assert overdue["total"] == 0


def test_a_bad_filter_cursor_or_limit_is_422_with_one_entry_per_field(api):
    body = api.client(api.world.clerk).get("/api/v1/cases?received_from=2026-13-01&cursor=xyz&limit=0")
    assert body.status_code == 422
    fields = {e["field"] for e in body.json()["errors"]}
    assert fields == {"received_from", "cursor", "limit"}


def test_the_case_list_masks_private_applicants_and_leaves_out_other_agencies(api):
    w = api.world
    mine = w.register(on=date(2026, 11, 2), applicant_name="张三丰")
    other = add_agency_b(w)
    w.register(on=date(2026, 11, 2), agency="other", actor=other)
    body = api.client(w.clerk).get("/api/v1/cases").json()
    assert [r["case_no"] for r in body["items"]] == [mine]
    assert "张三丰" not in json.dumps(body, ensure_ascii=False)


def test_a_case_is_the_show_json_shape_with_its_version_as_etag(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 3))
    response = api.client(w.clerk).get(f"/api/v1/cases/{case_no}")
    with read(w.engine) as conn:
        expected = case_view(w.registry, Repository(conn), case_no)
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(expected, default=str))
    assert response.headers["etag"] == f'"{w.case(case_no)["version"]}"'


def test_another_agencys_case_is_404_exactly_like_a_missing_one(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    c = api.client(add_agency_b(w))
    for tail in ("", "/events", "/deadlines", "/triggers"):
        seen = c.get(f"/api/v1/cases/{case_no}{tail}")
        missing = c.get(f"/api/v1/cases/SJJ-2026-9999{tail}")
        assert seen.status_code == missing.status_code == 404
        assert seen.json()["code"] == missing.json()["code"] == "not_found"
        assert seen.json()["message"]["zh"].replace(case_no, "X") == missing.json()["message"]["zh"].replace(
            "SJJ-2026-9999", "X")


def test_the_events_are_the_timeline_with_labels_oldest_first(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 3))
    events = api.client(w.clerk).get(f"/api/v1/cases/{case_no}/events").json()["events"]
    assert [(e["seq"], e["trigger"], e["actor"]) for e in events] == [(1, "register", w.clerk), (2, "accept", w.clerk)]
    assert events[1]["trigger_label"] == "受理" and events[1]["to_label"] and events[1]["role_label"]
    one = api.client(w.clerk).get(f"/api/v1/cases/{case_no}/events/2")
    assert one.status_code == 200 and one.json()["trigger"] == "accept"
    assert api.client(w.clerk).get(f"/api/v1/cases/{case_no}/events/9").status_code == 404


def test_the_deadlines_are_what_deadline_explain_says(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    body = api.client(w.clerk).get(f"/api/v1/cases/{case_no}/deadlines").json()
    with read(w.engine) as conn:
        expected = explain_case(w.services, Repository(conn), case_no)
    assert body == json.loads(json.dumps(expected, default=str))
    assert any("法定期限：20 个工作日" in line for c in body["clocks"] for line in c["text"])


def test_the_triggers_are_what_the_caller_may_fire_now_with_each_field_schema(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 3))
    clerk = api.client(w.clerk).get(f"/api/v1/cases/{case_no}/triggers").json()
    names = {t["trigger"] for t in clerk["triggers"]}
    assert names == set(w.services.cases.allowed_triggers(w.definition(case_no), "in_review", frozenset({"clerk"})))
    decide = next(t for t in clerk["triggers"] if t["trigger"] == "decide")
    outcome = decide["schema"]["properties"]["outcome"]
    assert "outcome" in decide["schema"]["required"] and "disclosed" in outcome["enum"]
    assert outcome["x-enum-labels"]["disclosed"] == "予以公开" and "closed_other" not in outcome["enum"]
    head = api.client(w.head).get(f"/api/v1/cases/{case_no}/triggers").json()
    assert "extend" in {t["trigger"] for t in head["triggers"]} and "extend" not in names


def test_an_unknown_path_and_a_wrong_method_answer_in_the_error_shape(api):
    c = api.client(api.world.clerk)
    missing = c.get("/api/v1/nothing-here")
    wrong = c.http.delete("/api/v1/cases")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    assert wrong.status_code == 405 and wrong.json()["code"] == "method_not_allowed"


def test_a_path_under_the_api_that_no_route_takes_is_answered_in_the_error_shape(api):
    c = api.client(api.world.clerk)
    for path in ("/api/v1/cases/SJJ-2026-0001%0A/events", "/api/v1/nothing-here", "/api/v1/cases/x%0A"):
        response = c.get(path)
        assert response.status_code == 404 and response.headers["content-type"] == "application/json", path
        assert response.json()["code"] == "not_found"
