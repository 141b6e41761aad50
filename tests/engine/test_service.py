"""Every letter that carries a remedies paragraph (the reply, the closure letters, the decision to
disclose sent to a third party) is recorded as served, audited, and archiving waits for it; a
reconsideration or suit may be recorded on an open case, and its dates follow the case's."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import file_the_case, make_world

from workflow.definitions.registry import default_registry
from workflow.errors import TransitionError, ValidationError
from workflow.letter_index import letters_index
from workflow.report import service as report_service

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)
SETTINGS = {"reconsideration_body": "上海市人民政府", "court": "上海市黄浦区人民法院",
            "payment_instructions": "请通过政务服务平台在线缴纳"}


@pytest.fixture
def w(engine):
    return make_world(engine, today=TODAY, agency_settings=SETTINGS)


def replied(w) -> str:
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 5))
    return case_no


def services(w, case_no: str) -> list[dict]:
    from workflow.store.db import read
    from workflow.store.repository import Repository

    with read(w.engine) as conn:
        repo = Repository(conn)
        return repo.services(repo.load_case(case_no)["id"])


def test_audit_verify_replays_a_service_and_writes_nothing(w):
    from workflow.engine.audit_verify import verify_audit
    from workflow.store.db import read

    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 3, 9), letter="reply", served_on="2026-03-06", method="post")
    for _ in range(2):  # a replay that wrote the service again would fail the second time, or double it
        with read(w.engine) as conn:
            assert verify_audit(conn).ok
    assert len(services(w, case_no)) == 1


def test_the_reply_is_served_on_a_date_and_by_a_method_linked_to_the_letter_and_audited(w):
    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 3, 9), letter="reply", served_on="2026-03-06", method="in_person")
    (served,) = services(w, case_no)
    assert (served["kind"], served["served_on"], served["method"]) == ("reply", date(2026, 3, 6), "in_person")
    assert served["event_seq"] == 4 and served["recorded_seq"] == 5  # owed by sign_off, recorded by the 5th event
    assert served["letter_id"] is not None  # the stored reply letter
    last = w.events(case_no)[-1]
    assert last["trigger"] == "record_delivery" and '"served_on":"2026-03-06"' in last["data"].replace(" ", "")
    assert w.case(case_no)["delivered_on"] == date(2026, 3, 6)
    with pytest.raises(TransitionError, match="没有待登记送达的答复书"):
        w.fire(case_no, "record_delivery", date(2026, 3, 9), method="post")


def test_a_service_before_the_letter_or_by_an_unknown_method_is_refused(w):
    case_no = replied(w)
    before = w.snapshot(case_no)
    with pytest.raises(TransitionError, match="早于答复书作出日期 2026-03-05"):
        w.fire(case_no, "record_delivery", date(2026, 3, 9), served_on="2026-03-04", method="post")
    with pytest.raises(ValidationError, match="in_person"):
        w.fire(case_no, "record_delivery", date(2026, 3, 9), method="pigeon")
    with pytest.raises(TransitionError, match="晚于|after"):
        w.fire(case_no, "record_delivery", date(2026, 3, 9), served_on="2026-03-10", method="post")
    assert w.snapshot(case_no) == before


def test_archive_names_the_unserved_reply(w):
    case_no = replied(w)
    with pytest.raises(TransitionError) as refused:
        w.fire(case_no, "archive", date(2026, 3, 9), file_no="WS-1")
    line = str(refused.value)
    assert "答复书送达记录（第 4 步「签发答复」2026-03-05 作出的答复书尚未登记送达）" in line and "\n" not in line
    w.fire(case_no, "record_delivery", date(2026, 3, 9), method="post")
    assert file_the_case(w, case_no) == ["application", "proof_of_service"]
    w.fire(case_no, "archive", date(2026, 3, 9), file_no="WS-1")
    assert w.state(case_no) == "archived"


@pytest.mark.parametrize("lapse", ["lapse_correction", "lapse_fee"])
def test_the_closure_letter_of_a_lapse_is_served_before_archiving(w, lapse):
    case_no = w.register(on=R)
    if lapse == "lapse_correction":
        w.fire(case_no, "request_correction", R, items="请写明所需信息", correct_by="2026-03-20")
        w.fire(case_no, lapse, date(2026, 3, 23))
        label = "逾期未补正"
    else:
        w.fire(case_no, "accept", R)
        w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume", pages=300)
        w.fire(case_no, lapse, date(2026, 4, 1))
        label = "逾期未缴费"
    with pytest.raises(TransitionError, match=f"「{label}」.*尚未登记送达"):
        w.fire(case_no, "archive", date(2026, 4, 8))
    w.fire(case_no, "record_delivery", date(2026, 4, 8), served_on="2026-04-07", method="post")
    file_the_case(w, case_no)
    w.fire(case_no, "archive", date(2026, 4, 8))
    assert w.state(case_no) == "archived"


def test_the_decision_to_disclose_sent_to_a_third_party_is_served_too(w):
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "consult", date(2026, 3, 3), party_kind="third_party", party_name="甲公司")
    w.fire(case_no, "record_opinion", date(2026, 3, 6), party_name="甲公司", opinion="object", reason="商业秘密")
    w.fire(case_no, "decide", date(2026, 3, 9), outcome="disclosed", basis="provided")
    w.fire(case_no, "notify_public_interest", date(2026, 3, 9), party_name="甲公司", reasons="涉及公共安全")
    w.fire(case_no, "clear_review", date(2026, 3, 10))
    w.fire(case_no, "sign_off", date(2026, 3, 10))
    w.fire(case_no, "record_delivery", date(2026, 3, 11), method="post")
    assert file_the_case(w, case_no) == ["application", "third_party_opinion", "proof_of_service"]
    with pytest.raises(TransitionError, match="尚缺：决定公开政府信息告知书送达记录（第 6 步「因公共利益决定公开并告知第三方」"
                                              "2026-03-09 作出的决定公开政府信息告知书尚未登记送达） /"):
        w.fire(case_no, "archive", date(2026, 3, 12))
    w.fire(case_no, "record_delivery", date(2026, 3, 12), letter="public_interest_notice", method="post")
    w.fire(case_no, "archive", date(2026, 3, 12))
    assert {s["kind"] for s in services(w, case_no)} == {"reply", "public_interest_notice"}


@pytest.mark.parametrize("received", [R, date(2019, 3, 1)])
def test_the_served_letters_are_the_letters_with_a_remedies_paragraph(received):
    definition = default_registry().for_received(received)
    offered = definition.triggers["record_delivery"].fields["letter"].choices
    regime = letters_index()["regimes"][definition.name]["letters"]
    assert set(offered) == {kind for kind, spec in regime.items() if spec.get("remedies")}


# -- proceedings ------------------------------------------------------------------------------


def test_a_reconsideration_against_a_failure_to_reply_is_recorded_on_the_open_case_and_counted(w):
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "record_proceeding", date(2026, 4, 10), kind="reconsideration", filed="2026-04-08",
           body="上海市人民政府")
    assert w.state(case_no) == "in_review"
    (p,) = w.proceedings(case_no)
    w.fire(case_no, "decide_proceeding", date(2026, 5, 20), proceeding=p["id"], result="corrected")
    report = report_service.generate(w.engine, year=2026, agency="sjj")
    groups = {g["key"]: g["values"] for g in report.data["table4"]["groups"]}
    columns = report.data["table4"]["columns"]
    assert groups["reconsideration"][columns.index("corrected")] == 1
    assert groups["reconsideration"][columns.index("total")] == 1


def test_a_proceeding_filed_before_the_receipt_is_refused(w):
    case_no = replied(w)
    before = w.snapshot(case_no)
    with pytest.raises(TransitionError) as refused:
        w.fire(case_no, "record_proceeding", date(2026, 4, 1), kind="reconsideration", filed="2026-03-01")
    assert "2026-03-01 早于收到申请之日 2026-03-02" in str(refused.value) and "\n" not in str(refused.value)
    assert w.snapshot(case_no) == before


def test_a_proceeding_decided_before_its_filing_is_refused(w):
    case_no = replied(w)
    w.fire(case_no, "record_proceeding", date(2026, 4, 1), kind="litigation_direct", filed="2026-03-31")
    (p,) = w.proceedings(case_no)
    before = w.snapshot(case_no)
    with pytest.raises(TransitionError) as refused:
        w.fire(case_no, "decide_proceeding", date(2026, 6, 1), proceeding=p["id"], result="upheld", decided="2026-03-30")
    assert "2026-03-30 早于提起日期 2026-03-31" in str(refused.value) and "\n" not in str(refused.value)
    assert w.snapshot(case_no) == before
    # decided on its own date, recorded later
    w.fire(case_no, "decide_proceeding", date(2026, 6, 1), proceeding=p["id"], result="upheld", decided="2026-05-20")
    assert w.proceedings(case_no)[0]["decided_on"] == date(2026, 5, 20)
