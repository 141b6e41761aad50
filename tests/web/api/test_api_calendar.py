"""``GET /api/v1/calendar/due``: what ``disclosure calendar due`` says of a window of working days, with
the open cases of the caller's scope due in it; the window is bounded and a bad parameter is 422."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner
from webtools import add_agency_b

from workflow.cli import cli
from workflow.web.api.calendar_routes import MAX_DAYS


def test_it_says_what_the_command_line_says_of_the_window(api, db_url):
    w = api.world
    body = api.client(w.clerk).get("/api/v1/calendar/due?from=2026-09-30&days=5").json()
    run = CliRunner().invoke(
        cli, ["--db", db_url, "--json", "calendar", "due", "--from", "2026-09-30", "--days", "5"]
    )
    said = json.loads(run.output)
    keys = ("from", "days", "due", "internal_target", "provisional", "source", "years")
    assert {k: body[k] for k in keys} == {k: said[k] for k in keys}
    assert body["due"] == "2026-10-13"  # the National Day week is not counted


def test_it_lists_the_cases_of_the_scope_due_in_the_window_in_due_date_order(api):
    w = api.world
    inside_later = w.register(on=date(2026, 11, 20))  # due 2026-12-18
    inside_sooner = w.register(on=date(2026, 11, 2))  # due 2026-11-30
    beyond = w.register(on=date(2026, 11, 24))  # due 2026-12-22, after the window
    body = api.client(w.clerk).get("/api/v1/calendar/due?from=2026-11-25&days=17").json()
    assert body["due"] == "2026-12-18"
    assert [r["case_no"] for r in body["items"]] == [inside_sooner, inside_later]
    assert body["total"] == 2 and beyond not in json.dumps(body)
    assert body["items"][0]["url"] == f"/api/v1/cases/{inside_sooner}"


def test_another_agencys_cases_are_not_in_its_window(api):
    w = api.world
    w.register(on=date(2026, 11, 20))
    body = api.client(add_agency_b(w)).get("/api/v1/calendar/due?from=2026-11-25&days=20").json()
    assert body["total"] == 0 and body["items"] == []


def test_it_pages_the_window_by_the_next_cursor(api):
    w = api.world
    made = [w.register(on=date(2026, 11, d)) for d in (2, 3, 4)]
    c = api.client(w.clerk)
    first = c.get("/api/v1/calendar/due?from=2026-11-25&days=10&limit=2").json()
    second = c.get(f"/api/v1/calendar/due?from=2026-11-25&days=10&limit=2&cursor={first['next']}").json()
    assert [r["case_no"] for r in first["items"] + second["items"]] == made and second["next"] is None


def test_it_refuses_a_caller_without_a_token(api):
    response = api.anonymous().get("/api/v1/calendar/due?days=5")
    assert response.status_code == 401 and response.json()["code"] == "unauthorized"


def test_days_outside_the_bound_or_a_bad_date_is_422_on_that_parameter(api):
    c = api.client(api.world.clerk)
    for query in ("days=0", f"days={MAX_DAYS + 1}", "days=ten", "", "days=-3"):
        response = c.get(f"/api/v1/calendar/due?{query}")
        assert response.status_code == 422 and response.json()["field"] == "days", query
    bad_date = c.get("/api/v1/calendar/due?from=2026-13-01&days=5")
    assert bad_date.status_code == 422 and bad_date.json()["field"] == "from"
    beyond = c.get("/api/v1/calendar/due?from=2099-01-01&days=5")
    assert beyond.status_code == 422 and beyond.json()["field"] == "from"
