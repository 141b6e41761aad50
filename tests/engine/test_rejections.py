"""Every way a registration or a trigger is refused: a clear one-line error naming what is allowed,
and nothing written (case row and version, events, clocks, clock ledger, outbox, fees, proceedings).
Both stores. Late actions are never refused outright: they need a reason and are marked late."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from helpers import VALID_ID_NUMBER, World, hear_reasons, make_world

from workflow.errors import DisclosureError, NotFoundError, TransitionError, ValidationError
from workflow.store.db import write
from workflow.store.repository import Repository

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)  # reply due 2026-03-30; correction notice due 2026-03-11


def refused(
    w: World, case_no: str | None, exc: type[DisclosureError], pattern: str, action: Callable[[], object]
) -> str:
    """Run ``action``; it must raise ``exc`` matching ``pattern`` and write nothing. Returns the message."""
    before = w.snapshot(case_no)
    with pytest.raises(exc) as info:
        action()
    message = str(info.value)
    assert re.search(pattern, message), message
    assert "\n" not in message, "error messages are one line"
    assert w.snapshot(case_no) == before, "a refused action wrote something"
    return message


@pytest.fixture
def w(engine) -> World:
    return make_world(engine, today=TODAY)


def in_review(w: World) -> str:
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    return case_no


# --- state, role, trigger, case, user -------------------------------------------------------


def test_wrong_state_lists_the_triggers_allowed_now(w):
    case_no = w.register(on=R)
    msg = refused(
        w,
        case_no,
        TransitionError,
        "record_delivery",
        lambda: w.fire(case_no, "record_delivery", R, method="post"),
    )
    allowed = msg.split("allowed now:")[1]
    # a proceeding may be recorded on an open case too (against a failure to reply); its registration amended
    assert {t.strip() for t in allowed.split(",")} == {
        "accept", "request_correction", "withdraw", "record_proceeding", "decide_proceeding", "amend"}
    assert "received" in msg
    # the head, in the same state, may do nothing here
    msg = refused(
        w, case_no, TransitionError, r"allowed now: \(none\)", lambda: w.fire(case_no, "sign_off", R)
    )


def test_wrong_state_for_a_concluded_case(w):
    case_no = w.register(on=R)
    w.fire(case_no, "withdraw", R)
    refused(w, case_no, TransitionError, "allowed now: .*archive", lambda: w.fire(case_no, "accept", R))


@pytest.mark.parametrize(
    ("trigger", "actor", "role", "data"),
    [
        ("extend", "clerk", "head", {"days": 5, "reason": "r"}),
        ("set_delayed_reply", "clerk", "head", {"due": "2026-05-01", "reason": "r"}),
        ("decide", "head", "clerk", {"outcome": "disclosed", "basis": "provided"}),
        ("notify_fee", "reviewer", "clerk", {"charge_method": "by_volume", "pages": 40}),
        ("accept", "supervisor", "clerk", {}),
    ],
)
def test_wrong_role_names_the_role_required(w, trigger, actor, role, data):
    case_no = w.register(on=R)
    if trigger != "accept":
        w.fire(case_no, "accept", R)
    msg = refused(
        w,
        case_no,
        TransitionError,
        f"role required: .*{role}",
        lambda: w.fire(case_no, trigger, R, actor=w.users[actor], **data),
    )
    assert w.users[actor] in msg


def test_wrong_role_in_later_states(w):
    case_no = in_review(w)
    w.fire(case_no, "decide", R, outcome="disclosed", basis="provided")
    refused(
        w,
        case_no,
        TransitionError,
        "role required: reviewer",
        lambda: w.fire(case_no, "clear_review", R, actor=w.head),
    )
    w.fire(case_no, "clear_review", R)
    refused(
        w,
        case_no,
        TransitionError,
        "role required: head",
        lambda: w.fire(case_no, "sign_off", R, actor=w.reviewer),
    )
    refused(
        w,
        case_no,
        TransitionError,
        "role required: head",
        lambda: w.fire(case_no, "sign_off", R, actor=w.clerk),
    )


def test_unknown_trigger_lists_the_allowed_ones(w):
    case_no = w.register(on=R)
    msg = refused(
        w, case_no, TransitionError, "unknown trigger", lambda: w.fire(case_no, "approve", R, actor=w.clerk)
    )
    assert "accept" in msg and "withdraw" in msg


def test_unknown_case(w):
    w.register(on=R)
    refused(
        w,
        None,
        NotFoundError,
        "unknown case 'SJJ-2026-0099'",
        lambda: w.fire("SJJ-2026-0099", "accept", R, actor=w.clerk),
    )


def test_unknown_user(w):
    case_no = w.register(on=R)
    refused(
        w,
        case_no,
        NotFoundError,
        "unknown user 'nobody'",
        lambda: w.fire(case_no, "accept", R, actor="nobody"),
    )
    refused(w, None, NotFoundError, "unknown user 'nobody'", lambda: w.register(on=R, actor="nobody"))


def test_user_without_a_role_at_the_agency(w):
    case_no = w.register(on=R)
    with write(w.engine) as conn:
        repo = Repository(conn)
        repo.add_user("stranger")
        other = repo.add_agency("other", "另一机关", "QT")
        repo.grant_role(repo.add_user("clerk_elsewhere"), other, "clerk")
    for name in ("stranger", "clerk_elsewhere"):
        refused(
            w,
            case_no,
            TransitionError,
            r"no role at this agency",
            lambda name=name: w.fire(case_no, "accept", R, actor=name),
        )
        refused(
            w,
            None,
            TransitionError,
            r"no role at this agency",
            lambda name=name: w.register(on=R, actor=name),
        )


# --- dates ----------------------------------------------------------------------------------


def test_future_effective_date(w):
    case_no = w.register(on=R)
    refused(
        w, case_no, ValidationError, "future", lambda: w.fire(case_no, "accept", TODAY + timedelta(days=1))
    )
    refused(w, None, ValidationError, "future", lambda: w.register(on=TODAY + timedelta(days=1)))


def test_effective_date_before_the_last_event(w):
    case_no = w.register(on=R)
    w.fire(case_no, "accept", date(2026, 3, 5))
    refused(
        w,
        case_no,
        ValidationError,
        "before the case's last event",
        lambda: w.fire(case_no, "extend", date(2026, 3, 4), days=5, reason="r"),
    )
    w.fire(case_no, "extend", date(2026, 3, 5), days=5, reason="r")  # the same day is fine


# --- data -----------------------------------------------------------------------------------


def test_missing_required_field(w):
    case_no = in_review(w)
    refused(
        w,
        case_no,
        ValidationError,
        "missing required field correct_by",
        lambda: w.fire(case_no, "request_correction", R, items="写明文号"),
    )
    refused(
        w,
        case_no,
        ValidationError,
        "missing required field reason",
        lambda: w.fire(case_no, "extend", R, days=5),
    )
    refused(
        w, case_no, ValidationError, "missing required field outcome", lambda: w.fire(case_no, "decide", R)
    )
    refused(
        w,
        case_no,
        ValidationError,
        "must not be empty|missing required field",
        lambda: w.fire(case_no, "request_correction", R, items="  ", correct_by="2026-03-20"),
    )


@pytest.mark.parametrize(
    ("trigger", "data", "pattern"),
    [
        ("request_correction", {"items": "x", "correct_by": "2026-02-30"}, "2026-02-30 is not a date: February 2026 has 28 days"),
        ("request_correction", {"items": "x", "correct_by": "next week"}, "correct_by（补正期限）: 日期格式应为 YYYY-MM-DD / expected YYYY-MM-DD"),
        ("extend", {"days": "ten", "reason": "r"}, "days expects a whole number"),
        ("extend", {"days": "2.5", "reason": "r"}, "days expects a whole number"),
        ("extend", {"days": "0", "reason": "r"}, "days must be at least 1"),
        ("notify_fee", {"charge_method": "by_volume", "pages": "十页"}, "pages expects a whole number"),
        ("notify_fee", {"charge_method": "by_volume", "pages": "0"}, "pages must be at least 1"),
        (
            "notify_fee",
            {"charge_method": "by_kilo", "pages": "10"},
            "charge_method must be one of: by_count, by_volume",
        ),
        (
            "notify_fee",
            {"charge_method": "by_volume", "pages": "10", "amount": "10"},
            "未知字段 amount / unknown field",  # the amount is computed from the tariff, never typed
        ),
        (
            "notify_fee",
            {"charge_method": "by_volume", "pages": "10", "received_by_applicant": "2026/3/1"},
            "expected YYYY-MM-DD, got '2026/3/1'",
        ),
        (
            "consult",
            {"party_kind": "court", "party_name": "甲"},
            "party_kind must be one of: third_party, agency",
        ),
        ("decide", {"outcome": "granted"}, "outcome must be one of: disclosed"),
        ("decide", {"outcome": "closed_other"}, "outcome must be one of"),  # only withdraw sets it
        ("decide", {"outcome": "disclosed", "basis": "maybe"}, "basis must be one of"),
    ],
)
def test_ill_typed_field(w, trigger, data, pattern):
    case_no = in_review(w)
    refused(w, case_no, ValidationError, pattern, lambda: w.fire(case_no, trigger, R, **data))


def test_unknown_field(w):
    case_no = w.register(on=R)
    msg = refused(
        w,
        case_no,
        ValidationError,
        "未知字段 colour / unknown field",
        lambda: w.fire(case_no, "accept", R, colour="red"),
    )
    assert "late_reason" in msg and "note" in msg  # the allowed ones are named
    refused(
        w,
        None,
        ValidationError,
        "未知字段 favourite / unknown field",
        lambda: w.register(on=R, favourite="x"),
    )


# --- guards ---------------------------------------------------------------------------------


def test_basis_must_fit_the_outcome(w):
    case_no = in_review(w)
    refused(
        w,
        case_no,
        TransitionError,
        "basis must be one of: withheld",
        lambda: w.fire(case_no, "decide", R, outcome="withheld_state_secret", basis="provided"),
    )


def test_date_fields_against_the_effective_date(w):
    case_no = in_review(w)
    refused(
        w,
        case_no,
        TransitionError,
        "correct_by.*must be after the effective date",
        lambda: w.fire(case_no, "request_correction", date(2026, 3, 3), items="x", correct_by="2026-03-03"),
    )
    refused(
        w,
        case_no,
        TransitionError,
        "received_by_party.*must not be before",
        lambda: w.fire(
            case_no,
            "consult",
            date(2026, 3, 3),
            party_kind="agency",
            party_name="甲",
            received_by_party="2026-03-02",
        ),
    )
    hear_reasons(w, case_no, date(2026, 3, 3))
    refused(
        w,
        case_no,
        TransitionError,
        "due.*must be after the effective date",
        lambda: w.fire(case_no, "set_delayed_reply", date(2026, 3, 3), due="2026-03-02", reason="r"),
    )


@pytest.mark.parametrize(("regime_received", "limit"), [(R, 20), (date(2014, 3, 3), 15)])
def test_extension_limit(w, regime_received, limit):
    case_no = w.register(on=regime_received)
    w.fire(case_no, "accept", regime_received)
    refused(
        w,
        case_no,
        ValidationError,
        f"days must be at most {limit}",
        lambda: w.fire(case_no, "extend", regime_received, days=limit + 1, reason="r"),
    )
    w.fire(case_no, "extend", regime_received, days=limit, reason="r")
    assert w.case(case_no)["extension_days"] == limit


def test_extend_twice(w):
    case_no = in_review(w)
    w.fire(case_no, "extend", R, days=5, reason="r")
    refused(
        w,
        case_no,
        TransitionError,
        "allowed once per case",
        lambda: w.fire(case_no, "extend", R, days=5, reason="again"),
    )


def test_request_correction_once(w):
    case_no = w.register(on=R)
    w.fire(case_no, "request_correction", R, items="x", correct_by="2026-03-20")
    w.fire(case_no, "receive_correction", date(2026, 3, 10))
    refused(
        w,
        case_no,
        TransitionError,
        "allowed once per case",
        lambda: w.fire(case_no, "request_correction", date(2026, 3, 10), items="y", correct_by="2026-03-20"),
    )


def test_lapse_correction_only_after_the_period(w):
    case_no = w.register(on=R)
    w.fire(case_no, "request_correction", R, items="x", correct_by="2026-03-20")
    refused(
        w,
        case_no,
        TransitionError,
        "allowed only after 2026-03-20",
        lambda: w.fire(case_no, "lapse_correction", date(2026, 3, 20)),
    )
    w.fire(case_no, "lapse_correction", date(2026, 3, 21))


def test_lapse_fee_only_after_twenty_working_days(w):
    case_no = in_review(w)
    w.fire(
        case_no,
        "notify_fee",
        date(2026, 3, 3),
        charge_method="by_volume",
        pages=40,
        received_by_applicant="2026-03-04",
    )
    # 20 working days after 03-04 (the day the applicant received the notice) end 2026-04-01
    refused(
        w,
        case_no,
        TransitionError,
        "allowed only after 2026-04-01",
        lambda: w.fire(case_no, "lapse_fee", date(2026, 4, 1)),
    )
    w.fire(case_no, "lapse_fee", date(2026, 4, 2))


def test_consultation_guards(w):
    case_no = in_review(w)
    refused(
        w,
        case_no,
        TransitionError,
        "allowed now",
        lambda: w.fire(case_no, "record_opinion", R, party_name="甲", opinion="agree"),
    )
    w.fire(case_no, "consult", date(2026, 3, 3), party_kind="third_party", party_name="甲公司")
    refused(
        w,
        case_no,
        TransitionError,
        "already being consulted",
        lambda: w.fire(case_no, "consult", date(2026, 3, 4), party_kind="third_party", party_name="甲公司"),
    )
    refused(
        w,
        case_no,
        TransitionError,
        "outstanding: 甲公司",
        lambda: w.fire(case_no, "record_opinion", date(2026, 3, 4), party_name="乙公司", opinion="agree"),
    )
    refused(
        w,
        case_no,
        TransitionError,
        "allowed only after 2026-03-24",
        lambda: w.fire(case_no, "lapse_consultation", date(2026, 3, 24), party_name="甲公司"),
    )


# --- late actions: a reason, then marked late and the clock breached --------------------------


def test_late_sign_off(w):
    case_no = in_review(w)
    w.fire(case_no, "decide", date(2026, 3, 30), outcome="withheld_state_secret", basis="withheld")
    refused(
        w, case_no, ValidationError, "late_reason", lambda: w.fire(case_no, "sign_off", date(2026, 3, 31))
    )
    r = w.fire(case_no, "sign_off", date(2026, 3, 31), late_reason="领导出差")
    assert r.late
    event = w.events(case_no)[-1]
    assert event["late"] is True and "领导出差" in event["data"]
    reply = w.clock(case_no, "reply")
    assert (reply.status, reply.breached, reply.due_on, reply.ended_on) == (
        "met",
        True,
        date(2026, 3, 30),
        date(2026, 3, 31),
    )


def test_sign_off_on_the_due_date_is_not_late(w):
    case_no = in_review(w)
    w.fire(case_no, "decide", date(2026, 3, 30), outcome="withheld_state_secret", basis="withheld")
    r = w.fire(case_no, "sign_off", date(2026, 3, 30))
    assert not r.late and not w.clock(case_no, "reply").breached and w.events(case_no)[-1]["late"] is False


@pytest.mark.parametrize("accepted_first", [False, True])
def test_late_request_correction(w, accepted_first):
    """The 7 working days of Art. 30 run from receipt whether or not the case was accepted meanwhile."""
    case_no = w.register(on=R)
    if accepted_first:
        w.fire(case_no, "accept", R)
    late_day = date(2026, 3, 12)  # the notice was due 2026-03-11
    refused(
        w,
        case_no,
        ValidationError,
        "late_reason",
        lambda: w.fire(case_no, "request_correction", late_day, items="x", correct_by="2026-03-30"),
    )
    r = w.fire(
        case_no, "request_correction", late_day, items="x", correct_by="2026-03-30", late_reason="疏忽"
    )
    assert r.late and w.events(case_no)[-1]["late"] is True
    notice = w.clock(case_no, "correction_notice")
    assert (notice.status, notice.breached) == ("met", True)


def test_late_extension(w):
    """An extension after the due date in force is refused, a reason or none (Art. 33 ¶2: within the period)."""
    case_no = in_review(w)
    for extra in ({}, {"late_reason": "漏报"}):
        refused(
            w,
            case_no,
            TransitionError,
            "2026-03-30.*第三十三条第二款",
            lambda extra=extra: w.fire(case_no, "extend", date(2026, 3, 31), days=5, reason="r", **extra),
        )


def test_extension_while_paused_is_measured_against_the_due_date_in_force(w):
    """Consultation time is not counted: on 04-01, with the clock paused since 03-10, the reply is not
    yet due (20 - 6 working days remain), so extending then is in time."""
    case_no = in_review(w)
    w.fire(case_no, "consult", date(2026, 3, 10), party_kind="third_party", party_name="甲公司")
    r = w.fire(case_no, "extend", date(2026, 4, 1), days=5, reason="需会商")
    assert not r.late and w.events(case_no)[-1]["late"] is False


def test_extension_in_a_pause_that_began_after_the_due_date_is_late(w):
    case_no = in_review(w)  # due 2026-03-30
    w.fire(case_no, "consult", date(2026, 4, 2), party_kind="third_party", party_name="甲公司")
    refused(
        w,
        case_no,
        TransitionError,
        "答复期限已于 2026-03-31 届满",  # 20 working days + the paused (04-02, 04-03]
        lambda: w.fire(case_no, "extend", date(2026, 4, 3), days=5, reason="r"),
    )


# --- registration ---------------------------------------------------------------------------


def _first_case_number_unused(w: World) -> None:
    assert w.register(on=R) == "SJJ-2026-0001", "a refused registration used up a case number"


@pytest.mark.parametrize(
    ("fields", "on", "pattern"),
    [
        ({"channel": "post_signed", "submitted": date(2026, 3, 1)}, R, "needs the signed_for date"),
        (
            {"channel": "online", "submitted": date(2026, 3, 2), "confirmed": date(2026, 3, 1)},
            R,
            "confirmed may not be before submitted",
        ),
        (
            {"channel": "post_signed", "submitted": date(2026, 2, 27), "signed_for": date(2026, 3, 3)},
            R,
            "date of receipt may not be after the registration date",
        ),
        ({"channel": "email", "submitted": R}, R, "needs the confirmed date"),
        ({"channel": "carrier_pigeon"}, R, "channel must be one of"),
        ({"submitted": "2026-03-32"}, R, "2026-03-32 is not a date: March 2026 has 31 days"),
        ({"id_number": "110105194912310021"}, R, "check digit should be X"),
        ({"id_number": "110105194913310027"}, R, "birth date"),
        ({"id_number": "11010519491231002"}, R, "17 digits and a check character"),
        ({"applicant_type": "alien"}, R, "applicant_type must be one of"),
        ({"applicant_name": None}, R, "missing required field applicant_name"),
        ({"subject": None}, R, "missing required field subject"),
        ({"channel": None}, R, "missing required field channel"),
        ({"agency": "nowhere"}, R, "unknown agency 'nowhere'"),
        ({"form": "telepathy"}, R, "form must be one of: paper, electronic, inspection"),
    ],
)
def test_registration_refused(w, fields, on, pattern):
    refused(w, None, DisclosureError, pattern, lambda: w.register(on=on, **fields))
    _first_case_number_unused(w)


def test_registration_accepts_a_valid_id_number(w):
    case_no = w.register(on=R, id_number=VALID_ID_NUMBER.lower())
    assert w.case(case_no)["id_number"] == VALID_ID_NUMBER
