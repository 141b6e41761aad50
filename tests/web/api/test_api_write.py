"""The writes: register (201 + Location), fire (201 + the event), If-Match (428, 412), a concurrent
writer (409), validation (422, one entry per field, the engine's words), bad JSON (400), 500 without
a trace; a refused request writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from workflow.engine.fields import validate_fields
from workflow.errors import ValidationError

REGISTRATION = {"agency": "sjj", "channel": "in_person", "submitted": "2026-11-24",
                "applicant_type": "natural_person", "applicant_name": "李四", "subject": "本机关2025年度预算"}


def _accepted(w) -> str:
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 3))
    return case_no


def _events_url(case_no: str) -> str:
    return f"/api/v1/cases/{case_no}/events"


def test_register_answers_201_with_the_location_and_the_new_case(api):
    w = api.world
    response = api.client(w.clerk).post("/api/v1/cases", {"effective_on": "2026-11-25", "data": REGISTRATION})
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["location"] == f"/api/v1/cases/{body['case_no']}"
    assert response.headers["etag"] == '"1"' and body["state"] == "received" and body["received"] == "2026-11-24"
    assert w.events(body["case_no"])[0]["actor"] == w.clerk


def test_register_refuses_each_wrong_field_with_the_engines_message_and_writes_nothing(api):
    w = api.world
    before = w.snapshot()
    data = {**REGISTRATION, "channel": "pigeon", "applicant_type": None, "colour": "red"}
    response = api.client(w.clerk).post("/api/v1/cases", {"data": data})
    assert response.status_code == 422
    entries = {e["field"]: e for e in response.json()["errors"]}
    assert set(entries) == {"data.channel", "data.applicant_type", "data.colour"}
    definition = w.registry.for_received(w.today)
    with pytest.raises(ValidationError) as cli_says:  # what the CLI prints for the same value
        validate_fields("register", {"channel": definition.all_fields(definition.register)["channel"]},
                        {"channel": "pigeon"}, w.today)
    zh, en = str(cli_says.value).split(" / ", 1)
    assert entries["data.channel"]["message"] == {"zh": zh, "en": en}
    assert w.snapshot() == before


def test_register_at_an_agency_where_the_caller_is_not_a_clerk_is_422_on_agency(api):
    w = api.world
    response = api.client(w.reviewer).post("/api/v1/cases", {"data": REGISTRATION})
    assert response.status_code == 422 and response.json()["field"] == "data.agency"


def test_a_channel_without_the_date_it_counts_from_is_422_on_that_date(api):
    w = api.world
    data = {**REGISTRATION, "channel": "post_signed"}  # a signed-for letter counts from its signing (Art. 31)
    response = api.client(w.clerk).post("/api/v1/cases", {"data": data})
    assert response.status_code == 422 and response.json()["field"] == "data.signed_for"


def test_an_engine_refusal_after_the_fields_is_422_on_the_field_it_names(api):
    w = api.world
    data = {**REGISTRATION, "submitted": "2026-11-25", "channel": "post_signed", "signed_for": "2026-11-20"}
    response = api.client(w.clerk).post("/api/v1/cases", {"data": data})
    assert response.status_code == 422 and response.json()["code"] == "refused"
    assert response.json()["field"] == "data.submitted"  # as the form places it: the first field it names
    assert "signed_for" in response.json()["message"]["zh"]


def test_fire_answers_201_with_the_event_location_and_the_new_version(api):
    w = api.world
    case_no = _accepted(w)
    version = w.case(case_no)["version"]
    response = api.client(w.clerk).post(_events_url(case_no), {
        "trigger": "decide", "effective_on": "2026-11-10", "data": {"outcome": "disclosed", "basis": "provided"}},
        if_match=version)
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["location"] == f"{_events_url(case_no)}/{body['seq']}"
    assert body["to"] == w.state(case_no) == "confidentiality_review"
    assert response.headers["etag"] == f'"{w.case(case_no)["version"]}"' and body["version"] == version + 1
    assert w.events(case_no)[-1]["actor"] == w.clerk


def test_fire_without_if_match_is_428_and_writes_nothing(api):
    w = api.world
    case_no = _accepted(w)
    before = w.snapshot(case_no)
    response = api.client(w.clerk).post(_events_url(case_no), {"trigger": "decide", "data": {"outcome": "disclosed"}})
    assert response.status_code == 428 and response.json()["field"] == "If-Match"
    assert w.snapshot(case_no) == before


def test_a_stale_if_match_is_412_with_the_current_version(api):
    w = api.world
    case_no = _accepted(w)
    current = w.case(case_no)["version"]
    before = w.snapshot(case_no)
    response = api.client(w.clerk).post(_events_url(case_no), {"trigger": "decide", "data": {"outcome": "disclosed"}},
                                        if_match=current - 1)
    assert response.status_code == 412
    assert response.json()["current_version"] == current and response.headers["etag"] == f'"{current}"'
    assert w.snapshot(case_no) == before


def test_a_writer_in_between_the_check_and_the_write_is_409(api, monkeypatch):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    engine = w.services.cases
    original = engine.fire

    def another_clerk_first(*args, **kwargs):
        original(case_no, "accept", w.clerk, date(2026, 11, 3), {})  # lands after the If-Match check
        return original(*args, **kwargs)

    monkeypatch.setattr(engine, "fire", another_clerk_first)
    response = api.client(w.clerk).post(_events_url(case_no), {"trigger": "accept", "effective_on": "2026-11-03"},
                                        if_match=1)
    assert response.status_code == 409 and response.json()["code"] == "conflict"
    assert response.json()["current_version"] == w.case(case_no)["version"] == 2
    assert [e["trigger"] for e in w.events(case_no)] == ["register", "accept"]


def test_a_trigger_the_caller_may_not_fire_now_is_422_on_trigger(api):
    w = api.world
    case_no = _accepted(w)
    response = api.client(w.reviewer).post(_events_url(case_no), {"trigger": "accept"}, if_match=2)
    assert response.status_code == 422 and response.json()["field"] == "trigger"
    assert "decide" not in response.json()["message"]["en"]  # the reviewer's own choices only


def test_fire_refuses_each_wrong_field_once(api):
    w = api.world
    case_no = _accepted(w)
    response = api.client(w.clerk).post(_events_url(case_no), {
        "trigger": "decide", "effective_on": "2026-02-30", "data": {"outcome": "bogus", "basis": "nope"}},
        if_match=w.case(case_no)["version"])
    assert response.status_code == 422
    fields = [e["field"] for e in response.json()["errors"]]
    assert sorted(fields) == ["data.basis", "data.outcome", "effective_on"]
    assert all(e["message"]["zh"] and e["message"]["en"] for e in response.json()["errors"])


def test_an_effective_date_in_the_future_is_422_on_effective_on(api):
    w = api.world
    case_no = _accepted(w)
    response = api.client(w.clerk).post(_events_url(case_no), {
        "trigger": "decide", "effective_on": "2026-12-01", "data": {"outcome": "disclosed", "basis": "provided"}},
        if_match=w.case(case_no)["version"])
    assert response.status_code == 422 and response.json()["field"] == "effective_on"


def test_a_value_that_is_an_object_is_422_on_its_field(api):
    w = api.world
    case_no = _accepted(w)
    response = api.client(w.clerk).post(_events_url(case_no), {"trigger": "decide", "data": {"outcome": {"a": 1}}},
                                        if_match=w.case(case_no)["version"])
    assert response.status_code == 422 and response.json()["field"] == "data.outcome"


def test_a_body_that_is_not_json_is_400(api):
    c = api.client(api.world.clerk)
    response = c.http.post("/api/v1/cases", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["code"] == "bad_json"


def test_posting_to_another_agencys_case_is_404(api):
    from webtools import add_agency_b

    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    response = api.client(add_agency_b(w)).post(_events_url(case_no), {"trigger": "accept"}, if_match=1)
    assert response.status_code == 404 and w.state(case_no) == "received"


def test_an_unexpected_failure_is_500_in_the_error_shape_without_a_trace(api, monkeypatch):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals at /work/somewhere.py line 12")

    monkeypatch.setattr(w.services.cases, "fire", broken)
    response = api.client(w.clerk).post(_events_url(case_no), {"trigger": "accept"}, if_match=1)
    assert response.status_code == 500
    assert response.json()["code"] == "internal"
    assert "secret" not in response.text and "Traceback" not in response.text


def test_an_amended_date_of_receipt_answers_with_the_due_dates_it_moved(api):
    w = api.world
    case_no = _accepted(w)
    response = api.client(w.clerk).post(_events_url(case_no), {
        "trigger": "amend", "effective_on": "2026-11-04", "data": {"submitted": "2026-10-30", "reason": "提交日期录错"}},
        if_match=w.case(case_no)["version"])
    assert response.status_code == 201, response.text
    moved = {d["kind"]: (d["due_before"], d["due_after"]) for d in response.json()["due_dates"]}
    assert moved["reply"] == ("2026-11-30", "2026-11-27")
    assert w.clock(case_no, "reply").due_on == date(2026, 11, 27)
