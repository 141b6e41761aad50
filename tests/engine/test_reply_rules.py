"""Issue 12, replies: Art. 35 in full (reasons asked and heard before a refusal or a delayed reply;
the reply clock runs meanwhile; none of it in GIR2008), the ground of a partial disclosure, where an
already public item is found, and the Art. 32 notice to an objecting third party. Every refusal is
one line and writes nothing. Both stores."""

from __future__ import annotations

import re
from datetime import date

import pytest
from helpers import World, hear_reasons, make_world

from workflow.errors import TransitionError, ValidationError

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)  # a Monday: the reply is due 2026-03-30
OLD = date(2014, 3, 3)  # received under the 2008 Regulations


@pytest.fixture
def w(engine) -> World:
    return make_world(engine, today=TODAY, agency_settings={"reconsideration_body": "某市人民政府"})


def in_review(w: World, on: date = R) -> str:
    case_no = w.register(on=on)
    w.fire(case_no, "accept", on)
    return case_no


def refused(w: World, case_no: str, exc: type[Exception], pattern: str, **fire) -> str:
    before = w.snapshot(case_no)
    trigger, on = fire.pop("trigger"), fire.pop("on")
    with pytest.raises(exc) as info:
        w.fire(case_no, trigger, on, **fire)
    message = str(info.value)
    assert re.search(pattern, message), message
    assert "\n" not in message and w.snapshot(case_no) == before
    return message


# --- Art. 35 -----------------------------------------------------------------------------------


def test_it_refuses_declined_excessive_before_the_applicant_is_asked_for_reasons(w):
    case_no = in_review(w)
    msg = refused(w, case_no, TransitionError, "must first be asked for reasons",
                  trigger="decide", on=date(2026, 3, 5), outcome="declined_excessive", basis="excessive")
    assert "第三十五条" in msg and "request_reasons" in msg


def test_it_refuses_declined_excessive_while_the_reasons_are_still_due_and_allows_it_after(w):
    case_no = in_review(w)
    w.fire(case_no, "request_reasons", date(2026, 3, 3), answer_by="2026-03-10")
    refused(w, case_no, TransitionError, "due by 2026-03-10",
            trigger="decide", on=date(2026, 3, 10), outcome="declined_excessive", basis="excessive")
    r = w.fire(case_no, "decide", date(2026, 3, 11), outcome="declined_excessive", basis="excessive")
    assert r.to_state == "awaiting_signoff"


def test_it_allows_declined_excessive_once_the_reasons_are_answered(w):
    case_no = in_review(w)
    hear_reasons(w, case_no, date(2026, 3, 3), answer_by=date(2026, 3, 20))
    r = w.fire(case_no, "decide", date(2026, 3, 4), outcome="declined_excessive", basis="excessive")
    assert w.case(case_no)["outcome"] == "declined_excessive" and r.to_state == "awaiting_signoff"


def test_it_refuses_a_delayed_reply_until_the_applicants_reasons_are_heard(w):
    case_no = in_review(w)
    refused(w, case_no, TransitionError, "须先执行 receive_reasons.*第三十五条",
            trigger="set_delayed_reply", on=date(2026, 3, 5), due="2026-05-29", reason="量大")
    w.fire(case_no, "request_reasons", date(2026, 3, 5), answer_by="2026-03-12")
    refused(w, case_no, TransitionError, "receive_reasons must come first",
            trigger="set_delayed_reply", on=date(2026, 3, 5), due="2026-05-29", reason="量大")
    w.fire(case_no, "receive_reasons", date(2026, 3, 9), text="用于课题研究，需逐年比对")
    w.fire(case_no, "set_delayed_reply", date(2026, 3, 9), due="2026-05-29", reason="申请数量巨大")
    assert w.clock(case_no, "reply").due_on == date(2026, 5, 29)


def test_the_reply_clock_runs_while_the_reasons_are_awaited(w):
    case_no = in_review(w)
    before = w.clock(case_no, "reply")
    w.fire(case_no, "request_reasons", date(2026, 3, 3), answer_by="2026-03-17")
    w.fire(case_no, "receive_reasons", date(2026, 3, 16), text="说明")
    reply = w.clock(case_no, "reply")
    assert (reply.status, reply.due_on, reply.spec["pauses"]) == ("running", before.due_on, [])
    assert before.due_on == date(2026, 3, 30)


def test_reasons_are_asked_once_and_received_only_after_being_asked(w):
    case_no = in_review(w)
    refused(w, case_no, TransitionError, "request_reasons must come first",
            trigger="receive_reasons", on=R, text="说明")
    refused(w, case_no, TransitionError, "answer_by.*must be after the effective date",
            trigger="request_reasons", on=R, answer_by="2026-03-02")
    w.fire(case_no, "request_reasons", R, answer_by="2026-03-09")
    refused(w, case_no, TransitionError, "allowed once",
            trigger="request_reasons", on=R, answer_by="2026-03-09")
    refused(w, case_no, ValidationError, "missing required field text", trigger="receive_reasons", on=R)


def test_gir2008_has_no_art35_steps(w):
    case_no = in_review(w, OLD)
    assert w.case(case_no)["definition_name"] == "GIR2008"
    for trigger, data in (("set_delayed_reply", {"due": "2014-05-30", "reason": "量大"}),
                          ("request_reasons", {"answer_by": "2014-03-10"})):
        msg = refused(w, case_no, TransitionError, "unknown trigger", trigger=trigger, on=OLD, **data)
        assert "decide" in msg and trigger not in msg.split("allowed now")[1]


# --- the decision ----------------------------------------------------------------------------------


@pytest.mark.parametrize("received, article", [(R, "第三十七条"), (OLD, "第二十二条")])
def test_a_partial_disclosure_needs_the_ground_of_the_withheld_part(w, received, article):
    case_no = in_review(w, received)
    msg = refused(w, case_no, TransitionError, "withheld_ground is required for outcome partially_disclosed",
                  trigger="decide", on=received, outcome="partially_disclosed", basis="partial", reasons="r")
    assert article in msg
    refused(w, case_no, ValidationError, "withheld_ground must be one of: withheld_state_secret",
            trigger="decide", on=received, outcome="partially_disclosed", basis="partial",
            withheld_ground="withheld_inquiry_matter")
    w.fire(case_no, "decide", received, outcome="partially_disclosed", basis="partial",
           withheld_ground="withheld_third_party_rights")
    assert w.state(case_no) == "confidentiality_review"


def test_a_withheld_ground_belongs_to_a_partial_disclosure_only(w):
    case_no = in_review(w)
    refused(w, case_no, TransitionError, "withheld_ground is allowed only for: partially_disclosed",
            trigger="decide", on=R, outcome="disclosed", basis="provided", withheld_ground="withheld_state_secret")


@pytest.mark.parametrize("received, article", [(R, "第三十六条第（一）项"), (OLD, "第二十一条第（一）项")])
def test_an_already_public_reply_needs_where_and_how_to_obtain_it(w, received, article):
    case_no = in_review(w, received)
    msg = refused(w, case_no, TransitionError, "where_published is required for basis already_public",
                  trigger="decide", on=received, outcome="disclosed", basis="already_public")
    assert article in msg
    w.fire(case_no, "decide", received, outcome="disclosed", basis="already_public",
           where_published="本局门户网站“法定主动公开内容”栏目")


# --- Art. 32: disclosure over a third party's objection ---------------------------------------------


def consulted(w: World, opinion: str, on: date = R) -> str:
    case_no = in_review(w, on)
    w.fire(case_no, "consult", on, party_kind="third_party", party_name="甲公司")
    w.fire(case_no, "record_opinion", on, party_name="甲公司", opinion=opinion, reason="涉及商业秘密")
    return case_no


@pytest.mark.parametrize("received", [R, OLD])
def test_it_notifies_an_objecting_third_party_of_a_public_interest_disclosure(w, received):
    case_no = consulted(w, "object", received)
    w.fire(case_no, "decide", received, outcome="disclosed", basis="provided")
    r = w.fire(case_no, "notify_public_interest", received, party_name="甲公司",
               reasons="该项目涉及周边居民饮用水安全，不公开可能对公共利益造成重大影响")
    assert r.to_state == "confidentiality_review" and w.events(case_no)[-1]["role"] == "head"


def test_it_refuses_the_public_interest_notice_to_a_party_that_did_not_object(w):
    case_no = consulted(w, "agree")
    w.fire(case_no, "decide", R, outcome="disclosed", basis="provided")
    refused(w, case_no, TransitionError, "not a consulted third party that objected; objecting: \\(none\\)",
            trigger="notify_public_interest", on=R, party_name="甲公司", reasons="公共利益")
    refused(w, case_no, TransitionError, "objecting: \\(none\\)",
            trigger="notify_public_interest", on=R, party_name="乙公司", reasons="公共利益")


def test_it_refuses_the_public_interest_notice_when_nothing_is_disclosed(w):
    case_no = consulted(w, "object")
    w.fire(case_no, "decide", R, outcome="withheld_third_party_rights", basis="withheld")
    refused(w, case_no, TransitionError, "decided outcome must release information",
            trigger="notify_public_interest", on=R, party_name="甲公司", reasons="公共利益")
