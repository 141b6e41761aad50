"""Reassigning a case (改派经办人): by a supervisor or head, to a clerk of the case's agency, with a
reason, recorded in the case's audit chain; never a concluded case."""

from __future__ import annotations

import json
from datetime import date

import pytest
from helpers import make_world

from workflow.engine.audit_verify import verify_audit
from workflow.errors import TransitionError, ValidationError
from workflow.store.db import read, write
from workflow.store.repository import Repository


@pytest.fixture
def w(engine):
    world = make_world(engine, today=date(2026, 11, 25))
    with write(engine) as conn:
        repo = Repository(conn)
        repo.grant_role(repo.add_user("clerk_two", display_name="王芳"), repo.agency_id("sjj"), "clerk")
    return world


def test_a_supervisor_reassigns_an_open_case_and_the_chain_records_it(w):
    case_no = w.register(on=date(2026, 11, 20))
    result = w.services.cases.reassign(case_no, "clerk_two", w.supervisor, "原经办人休假")
    assert (result.previous, result.clerk) == (w.clerk, "clerk_two")
    event = w.events(case_no)[-1]
    assert event["trigger"] == "reassign" and event["from_state"] == event["to_state"] == "received"
    assert json.loads(event["data"]) == {"clerk": "clerk_two", "previous_clerk": w.clerk, "reason": "原经办人休假"}
    with read(w.engine) as conn:
        assert Repository(conn).user_row(w.case(case_no)["clerk_id"])["name"] == "clerk_two"
        assert verify_audit(conn).ok


def test_the_new_clerk_can_act_on_it(w):
    case_no = w.register(on=date(2026, 11, 20))
    w.services.cases.reassign(case_no, "clerk_two", w.head, "调整分工")
    w.fire(case_no, "accept", date(2026, 11, 25), actor="clerk_two")
    assert w.state(case_no) != "received"


def test_a_clerk_may_not_reassign(w):
    case_no = w.register(on=date(2026, 11, 20))
    with pytest.raises(TransitionError, match="supervisor"):
        w.services.cases.reassign(case_no, "clerk_two", w.clerk, "想换人")


def test_only_a_clerk_of_the_agency_can_receive_it(w):
    case_no = w.register(on=date(2026, 11, 20))
    with pytest.raises(ValidationError, match="clerk"):
        w.services.cases.reassign(case_no, w.reviewer, w.supervisor, "改派")


def test_a_reason_is_required(w):
    case_no = w.register(on=date(2026, 11, 20))
    with pytest.raises(ValidationError, match="理由"):
        w.services.cases.reassign(case_no, "clerk_two", w.supervisor, "  ")


def test_a_concluded_case_keeps_its_clerk(w):
    case_no = w.register(on=date(2026, 11, 20))
    w.fire(case_no, "withdraw", date(2026, 11, 23), how="书面撤回")
    with pytest.raises(TransitionError, match="办结"):
        w.services.cases.reassign(case_no, "clerk_two", w.supervisor, "改派")
    assert len(w.events(case_no)) == 2


def test_reassigning_to_the_same_clerk_is_refused(w):
    case_no = w.register(on=date(2026, 11, 20))
    with pytest.raises(ValidationError, match="已是"):
        w.services.cases.reassign(case_no, w.clerk, w.supervisor, "改派")


def test_a_clerk_takes_an_online_application_for_themself_only(w):
    case_no = w.register_online(date(2026, 11, 24))
    with pytest.raises(TransitionError):
        w.services.cases.reassign(case_no, "clerk_two", w.clerk, "代同事领取")
    result = w.services.cases.reassign(case_no, w.clerk, w.clerk, "领取")
    assert (result.previous, result.clerk) == (None, w.clerk)
    with pytest.raises(TransitionError):  # taken: only a supervisor or head moves it now
        w.services.cases.reassign(case_no, "clerk_two", "clerk_two", "领取")
    with read(w.engine) as conn:
        assert verify_audit(conn).ok
