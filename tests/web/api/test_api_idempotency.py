"""``Idempotency-Key``: a client that resends after a dropped connection gets the first answer and
nothing is written twice; the same key with another body is 422; an error leaves the key free."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from webtools import add_agency_b

from workflow.store.db import read
from workflow.store.models import api_idempotency, disclosure_case, security_log

REGISTRATION = {"agency": "sjj", "channel": "in_person", "submitted": "2026-11-24",
                "applicant_type": "natural_person", "applicant_name": "李四", "subject": "本机关2025年度预算"}


def _cases(w) -> int:
    with read(w.engine) as conn:
        return conn.execute(select(func.count()).select_from(disclosure_case)).scalar_one()


def test_a_resent_registration_returns_the_first_answer_and_registers_once(api):
    w = api.world
    c = api.client(w.clerk)
    first = c.post("/api/v1/cases", {"data": REGISTRATION}, key="reg-0001")  # the client never saw this answer
    again = c.post("/api/v1/cases", {"data": REGISTRATION}, key="reg-0001")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["location"] == first.headers["location"]
    assert again.headers["idempotent-replayed"] == "true" and "idempotent-replayed" not in first.headers
    assert _cases(w) == 1


def test_a_resent_event_is_fired_once(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    c = api.client(w.clerk)
    body = {"trigger": "accept", "effective_on": "2026-11-03"}
    first = c.post(f"/api/v1/cases/{case_no}/events", body, key="k1", if_match=1)
    again = c.post(f"/api/v1/cases/{case_no}/events", body, key="k1", if_match=1)  # stale by now, yet replayed
    assert first.status_code == again.status_code == 201 and again.json() == first.json()
    assert [e["trigger"] for e in w.events(case_no)] == ["register", "accept"]


def test_the_same_key_with_another_body_is_422_and_writes_nothing(api):
    w = api.world
    c = api.client(w.clerk)
    assert c.post("/api/v1/cases", {"data": REGISTRATION}, key="reg-0002").status_code == 201
    other = c.post("/api/v1/cases", {"data": {**REGISTRATION, "applicant_name": "王五"}}, key="reg-0002")
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused" and other.json()["field"] == "Idempotency-Key"
    assert _cases(w) == 1


def test_a_refused_request_leaves_the_key_free_for_the_corrected_one(api):
    w = api.world
    c = api.client(w.clerk)
    refused = c.post("/api/v1/cases", {"data": {**REGISTRATION, "channel": "pigeon"}}, key="reg-0003")
    assert refused.status_code == 422
    assert c.post("/api/v1/cases", {"data": REGISTRATION}, key="reg-0003").status_code == 201


def test_keys_belong_to_their_user_not_to_the_token(api):
    w = api.world
    other = add_agency_b(w)
    first_token, second_token = api.client(w.clerk), api.client(w.clerk)
    assert first_token.post("/api/v1/cases", {"data": REGISTRATION}, key="shared").status_code == 201
    replayed = second_token.post("/api/v1/cases", {"data": REGISTRATION}, key="shared")
    assert replayed.headers.get("idempotent-replayed") == "true"
    theirs = api.client(other).post("/api/v1/cases", {"data": {**REGISTRATION, "agency": "other"}}, key="shared")
    assert theirs.status_code == 201 and "idempotent-replayed" not in theirs.headers
    assert _cases(w) == 2


def test_a_key_that_is_too_long_is_422(api):
    response = api.client(api.world.clerk).post("/api/v1/cases", {"data": REGISTRATION}, key="x" * 201)
    assert response.status_code == 422 and response.json()["field"] == "Idempotency-Key"
    assert _cases(api.world) == 0


def test_copies_of_one_request_sent_at_once_write_once(api):
    from concurrent.futures import ThreadPoolExecutor

    w = api.world
    c = api.client(w.clerk)
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: c.post("/api/v1/cases", {"data": REGISTRATION}, key="burst"), range(4)))
    assert _cases(w) == 1
    assert [a.status_code for a in answers] == [201] * 4
    assert len({a.json()["case_no"] for a in answers}) == 1
    assert sum(a.headers.get("idempotent-replayed") == "true" for a in answers) == 3


def test_the_key_and_the_log_line_commit_with_the_write_or_not_at_all(api):
    w = api.world
    c = api.client(w.clerk)

    def fails_late(transition) -> None:  # noqa: ANN001 - a hook after the API's, failing in the same transaction
        raise RuntimeError("the disk is full")

    w.services.hooks.append(fails_late)
    try:
        assert c.post("/api/v1/cases", {"data": REGISTRATION}, key="atomic").status_code == 500
    finally:
        w.services.hooks.remove(fails_late)
    with read(w.engine) as conn:
        kept = conn.execute(select(func.count()).select_from(api_idempotency)).scalar_one()
        logged = conn.execute(select(func.count()).select_from(security_log)
                              .where(security_log.c.kind == "api_write")).scalar_one()
    assert (_cases(w), kept, logged) == (0, 0, 0)
    retry = c.post("/api/v1/cases", {"data": REGISTRATION}, key="atomic")
    assert retry.status_code == 201 and "idempotent-replayed" not in retry.headers and _cases(w) == 1
