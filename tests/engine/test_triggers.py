"""Every trigger of lifecycle.md, from each of its source states, to its documented destination,
with its effects on the case row, the clocks, fee notices and proceedings. Both stores."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from helpers import FILING_SETTINGS, World, file_the_case, hear_reasons, link_to_earlier_reply, make_world

from workflow.definitions.registry import default_registry
from workflow.engine.audit import GENESIS
from workflow.errors import TransitionError

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)  # Monday: reply due 2026-03-30, correction notice due 2026-03-11
OPEN_STATES = [
    "received",
    "awaiting_correction",
    "in_review",
    "consulting",
    "awaiting_fee",
    "confidentiality_review",
    "awaiting_signoff",
]
HANDLING = ["in_review", "consulting", "awaiting_fee", "confidentiality_review", "awaiting_signoff"]
CONCLUDED = ["replied", "closed", "archived"]
SAME = "same"
ROUTED = "routed"

# lifecycle.md's table, written out independently of the YAML: trigger → (sources, destination)
DOCUMENTED = {
    "accept": (["received"], "in_review"),
    "request_correction": (["received", "in_review"], "awaiting_correction"),
    "receive_correction": (["awaiting_correction"], "in_review"),
    "lapse_correction": (["awaiting_correction"], "closed"),
    "consult": (["in_review", "consulting"], "consulting"),
    "record_opinion": (["consulting"], ROUTED),
    "lapse_consultation": (["consulting"], ROUTED),
    "notify_fee": (["in_review"], "awaiting_fee"),
    "record_payment": (["awaiting_fee"], "in_review"),
    "reduce_fee": (["awaiting_fee"], SAME),
    "waive_fee": (["awaiting_fee"], "in_review"),
    "lapse_fee": (["awaiting_fee"], "closed"),
    "extend": (HANDLING, SAME),
    "request_reasons": (["in_review", "consulting"], SAME),
    "receive_reasons": (HANDLING, SAME),
    "set_delayed_reply": (HANDLING, SAME),
    "decide": (["in_review"], ROUTED),
    "clear_review": (["confidentiality_review"], "awaiting_signoff"),
    "return_for_rework": (["confidentiality_review", "awaiting_signoff"], "in_review"),
    "sign_off": (["awaiting_signoff"], "replied"),
    # version 2: the service of any letter with a remedies paragraph, the closure letters too (issue 12)
    "record_delivery": (["replied", "closed"], SAME),
    "withdraw": (OPEN_STATES, "closed"),
    "archive": (["replied", "closed"], "archived"),
    # version 2: also on an open case, against a failure to reply (issue 12)
    "record_proceeding": (OPEN_STATES + CONCLUDED, SAME),
    "decide_proceeding": (OPEN_STATES + CONCLUDED, SAME),
    "reopen": (CONCLUDED, "in_review"),
    # issue 16: 更正登记信息, from any open state and after conclusion (within a window), never archived
    "amend": (OPEN_STATES + ["replied", "closed"], SAME),
}

# data and date for each trigger when fired from the standard case built by ``drive``
D = date(2026, 3, 6)
SAMPLE: dict[str, tuple[date, dict]] = {
    "accept": (D, {}),
    "request_correction": (D, {"items": "请写明所需信息的文号", "correct_by": "2026-03-20"}),
    "receive_correction": (D, {"text": "补正后的申请"}),
    "lapse_correction": (date(2026, 3, 23), {}),  # correct_by 2026-03-20 has passed
    "consult": (D, {"party_kind": "third_party", "party_name": "乙公司"}),
    "record_opinion": (D, {"party_name": "甲公司", "opinion": "agree"}),
    "lapse_consultation": (date(2026, 3, 25), {"party_name": "甲公司"}),  # letter 03-03: due 03-24
    "notify_fee": (D, {"charge_method": "by_volume", "pages": "40"}),
    "record_payment": (D, {"amount": "100.00"}),  # 40 pages: pages 31-40 at 10 元
    "reduce_fee": (D, {"amount": "50.00", "reason": "申请人经济困难，减半收取"}),
    "waive_fee": (D, {"reason": "申请人经济困难"}),
    "lapse_fee": (date(2026, 4, 1), {}),  # notice received 03-03: 20 working days end 03-31
    "extend": (D, {"days": "10", "reason": "需会商"}),
    "request_reasons": (D, {"answer_by": "2026-03-13"}),
    "receive_reasons": (D, {"text": "申请人称所需信息用于课题研究"}),
    "set_delayed_reply": (D, {"due": "2026-05-15", "reason": "申请数量较大"}),
    "decide": (D, {"outcome": "disclosed", "basis": "provided"}),
    "clear_review": (D, {"opinion": "不涉密"}),
    "return_for_rework": (D, {"reason": "依据不足"}),
    "sign_off": (D, {}),
    "record_delivery": (D, {"method": "post", "tracking_no": "EMS1234567890"}),
    "withdraw": (D, {"how": "书面撤回"}),
    "archive": (D, {"file_no": "WS-2026-001"}),
    "record_proceeding": (D, {"kind": "reconsideration", "filed": "2026-03-06", "body": "市人民政府"}),
    "decide_proceeding": (D, {"result": "upheld"}),  # proceeding id filled in by ``prepare``
    "reopen": (D, {"due": "2026-04-30", "order": "复议决定书〔2026〕1号：责令重新答复"}),
    "amend": (D, {"applicant_name": "张山", "reason": "登记时误录姓名"}),
}


# what a trigger needs to have happened on the case before it is brought to its source state
NEEDS = {"receive_reasons": "asked", "set_delayed_reply": "heard"}


def drive(w: World, state: str, reasons: str | None = None) -> str:
    """A case received 2026-03-02 brought to ``state`` by 2026-03-05 at the latest; ``reasons``
    ("asked" or "heard"): the applicant was asked for reasons (Art. 35) on the day of acceptance,
    and answered."""
    case_no = w.register(on=R)
    if state == "received":
        return case_no
    if state == "awaiting_correction":
        w.fire(
            case_no, "request_correction", date(2026, 3, 3), items="请写明所需信息", correct_by="2026-03-20"
        )
        return case_no
    if state in ("closed", "archived"):
        w.fire(case_no, "withdraw", date(2026, 3, 3), how="电话撤回")
        if state == "archived":
            w.fire(case_no, "record_delivery", date(2026, 3, 4), method="post")
            file_the_case(w, case_no)
            w.fire(case_no, "archive", date(2026, 3, 4), file_no="WS-1")
        return case_no
    w.fire(case_no, "accept", R)
    if reasons == "heard":
        hear_reasons(w, case_no, R)
    elif reasons == "asked":
        w.fire(case_no, "request_reasons", R, answer_by="2026-03-13")
    if state == "consulting":
        w.fire(case_no, "consult", date(2026, 3, 3), party_kind="third_party", party_name="甲公司")
    elif state == "awaiting_fee":
        w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume", pages=40)
    elif state == "confidentiality_review":
        w.fire(case_no, "decide", date(2026, 3, 4), outcome="disclosed", basis="provided")
    elif state in ("awaiting_signoff", "replied"):
        w.fire(case_no, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
        if state == "replied":
            w.fire(case_no, "sign_off", date(2026, 3, 5))
    assert w.state(case_no) == state
    return case_no


def prepare(w: World, case_no: str, trigger: str, state: str, data: dict) -> dict:
    """What a trigger needs beyond the state (a delivery, a proceeding, a corrected order)."""
    data = dict(data)
    if trigger == "archive":
        w.fire(case_no, "record_delivery", D, method="collect")
        file_the_case(w, case_no)
    if trigger in ("decide_proceeding", "reopen"):
        w.fire(case_no, "record_proceeding", D, kind="reconsideration", filed="2026-03-06")
        pid = w.proceedings(case_no)[-1]["id"]
        if trigger == "decide_proceeding":
            data["proceeding"] = pid
        else:
            w.fire(case_no, "decide_proceeding", D, proceeding=pid, result="corrected")
    return data


CASES = [(t, s) for t, (sources, _) in DOCUMENTED.items() for s in sources]


@pytest.mark.parametrize(("trigger", "source"), CASES, ids=[f"{t}-from-{s}" for t, s in CASES])
def test_trigger_from_each_source(engine, trigger, source):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, source, NEEDS.get(trigger))
    on, data = SAMPLE[trigger]
    data = prepare(w, case_no, trigger, source, data)
    events_before = len(w.events(case_no))
    result = w.fire(case_no, trigger, on, **data)
    _, dest = DOCUMENTED[trigger]
    if dest == SAME:
        dest = source
    elif dest == ROUTED:
        dest = {
            "record_opinion": "in_review",
            "lapse_consultation": "in_review",
            "decide": "confidentiality_review",
        }[trigger]
    assert result.to_state == dest
    case = w.case(case_no)
    assert case["state"] == dest
    events = w.events(case_no)
    assert len(events) == events_before + 1
    last = events[-1]
    assert (last["trigger"], last["from_state"], last["to_state"], last["effective_on"]) == (
        trigger,
        source,
        dest,
        on,
    )
    assert last["prev_hash"] == events[-2]["hash"]
    assert case["last_event_hash"] == last["hash"] and case["last_event_seq"] == last["seq"] == len(events)
    assert case["version"] == len(events)


# GIR2008 has no fee-payment window (so no lapse_fee) and no Art. 35 (reasons, delayed reply)
NOT_IN_2008 = {"lapse_fee", "request_reasons", "receive_reasons", "set_delayed_reply"}


@pytest.mark.parametrize("regime, received", [("GIR2019", R), ("GIR2008", date(2019, 5, 14))])
def test_definition_sources_match_lifecycle_md(regime, received):
    """The YAML (the version new registrations take) says what lifecycle.md says."""
    defn = default_registry().for_received(received)
    assert defn.name == regime
    expected = {t: v for t, v in DOCUMENTED.items() if not (regime == "GIR2008" and t in NOT_IN_2008)}
    assert set(defn.triggers) >= set(expected)
    for trigger, (sources, dest) in expected.items():
        trig = defn.triggers[trigger]
        assert trig.sources() == sorted(sources), trigger
        dests = {t.dest for t in trig.transitions}
        if dest == ROUTED:
            assert len(dests) == 2, trigger
        else:
            assert dests == {dest}, trigger


# --- effects, trigger by trigger -----------------------------------------------------------


def test_register(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = w.register(on=R)
    case = w.case(case_no)
    assert case_no == "SJJ-2026-0001"
    assert (case["state"], case["received_on"], case["definition_name"], case["definition_version"]) == (
        "received",
        R,
        "GIR2019",
        "2",  # new registrations take the newest version of the regime in force
    )
    assert case["outcome"] is None and case["concluded_on"] is None
    clocks = w.clocks(case_no)
    assert set(clocks) == {("reply", ""), ("correction_notice", "")}
    reply, notice = clocks[("reply", "")], clocks[("correction_notice", "")]
    assert (reply.status, reply.started_on, reply.due_on, reply.target_on) == (
        "running",
        R,
        date(2026, 3, 30),
        date(2026, 3, 27),
    )
    assert (notice.status, notice.due_on) == ("running", date(2026, 3, 11))
    (event,) = w.events(case_no)
    assert (event["seq"], event["trigger"], event["from_state"], event["to_state"], event["prev_hash"]) == (
        1,
        "register",
        None,
        "received",
        GENESIS,
    )
    assert event["actor"] == w.clerk and event["role"] == "clerk"
    assert w.register(on=R) == "SJJ-2026-0002"


def test_date_of_receipt_by_channel(engine):
    """Art. 31: the channel's own date is the date of receipt; registration may come later."""
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    posted = w.register(
        on=date(2026, 3, 9), channel="post_signed", submitted=date(2026, 3, 2), signed_for=date(2026, 3, 5)
    )
    online = w.register(
        on=date(2026, 3, 9), channel="online", submitted=date(2026, 3, 6), confirmed=date(2026, 3, 9)
    )
    letter = w.register(
        on=date(2026, 3, 9), channel="post_ordinary", submitted=None, confirmed=date(2026, 3, 4)
    )
    assert w.case(posted)["received_on"] == date(2026, 3, 5)
    assert w.case(online)["received_on"] == date(2026, 3, 9)
    assert w.case(letter)["received_on"] == date(2026, 3, 4)
    assert w.clock(posted, "reply").due_on == date(2026, 4, 2)  # 20 working days after 03-05


def test_accept_ends_correction_notice_clock(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "in_review")
    notice = w.clock(case_no, "correction_notice")
    assert (notice.status, notice.ended_on, notice.due_on) == ("ended", R, date(2026, 3, 11))
    assert w.clock(case_no, "reply").status == "running"


@pytest.mark.parametrize("source", ["received", "in_review"])
def test_correction_stops_and_restarts_the_reply_clock(engine, source):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, source)
    w.fire(case_no, "request_correction", date(2026, 3, 4), items="写明文号", correct_by="2026-03-25")
    clocks = w.clocks(case_no)
    assert (clocks[("reply", "")].status, clocks[("reply", "")].due_on) == ("stopped", None)
    assert clocks[("correction_period", "")].due_on == date(2026, 3, 25)
    if source == "received":  # the 7-day limit is met by this notice, in time
        assert (clocks[("correction_notice", "")].status, clocks[("correction_notice", "")].breached) == (
            "met",
            False,
        )
    w.fire(case_no, "receive_correction", date(2026, 3, 16), text="补正内容")
    clocks = w.clocks(case_no)
    reply = clocks[("reply", "")]
    assert (reply.status, reply.started_on, reply.due_on) == ("running", date(2026, 3, 16), date(2026, 4, 14))
    assert clocks[("correction_period", "")].status == "met"
    assert [e["kind"] for e in w.ledger(case_no) if e["clock_kind"] == "reply"] == [
        "start",
        "stop",
        "restart",
    ]


def test_lapse_correction_closes_as_no_correction(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "awaiting_correction")
    w.fire(case_no, "lapse_correction", date(2026, 3, 23))
    case = w.case(case_no)
    assert (case["state"], case["outcome"], case["concluded_on"]) == (
        "closed",
        "closed_no_correction",
        date(2026, 3, 23),
    )
    clocks = w.clocks(case_no)
    assert clocks[("correction_period", "")].status == "lapsed"
    assert not [c for c in clocks.values() if c.is_open]


def test_consultations_route_back_when_none_outstanding(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "consulting")  # 甲公司 consulted 03-03
    w.fire(
        case_no,
        "consult",
        date(2026, 3, 4),
        party_kind="agency",
        party_name="市规划局",
        received_by_party="2026-03-05",
    )
    consults = {p: c for (k, p), c in w.clocks(case_no).items() if k == "consultation"}
    assert set(consults) == {"甲公司", "市规划局"}
    assert consults["市规划局"].started_on == date(2026, 3, 5)  # the day the party received the letter
    assert consults["市规划局"].due_on == date(2026, 3, 26)
    assert w.clock(case_no, "reply").status == "paused"
    r = w.fire(
        case_no, "record_opinion", date(2026, 3, 9), party_name="甲公司", opinion="object", reason="商业秘密"
    )
    assert r.to_state == "consulting"
    assert w.clock(case_no, "consultation", "甲公司").status == "met"
    assert w.clock(case_no, "reply").status == "paused"
    r = w.fire(case_no, "record_opinion", date(2026, 3, 10), party_name="市规划局", opinion="none")
    assert r.to_state == "in_review"
    reply = w.clock(case_no, "reply")
    assert reply.status == "running"
    assert reply.spec["pauses"] == [["2026-03-03", "2026-03-10"]]
    assert reply.due_on == date(2026, 4, 7)  # 20 + 5 working days after 2026-03-02 (04-04..06 Qingming)


def test_lapse_consultation_routes(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "consulting")  # 甲公司: letter 03-03, due 03-24
    w.fire(case_no, "consult", date(2026, 3, 20), party_kind="third_party", party_name="乙公司")
    r = w.fire(case_no, "lapse_consultation", date(2026, 3, 25), party_name="甲公司")
    assert r.to_state == "consulting"
    assert w.clock(case_no, "consultation", "甲公司").status == "lapsed"
    w.fire(case_no, "record_opinion", date(2026, 3, 26), party_name="乙公司", opinion="agree")
    assert w.state(case_no) == "in_review"


def test_fee_notice_payment(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "awaiting_fee")
    (notice,) = w.fee_notices(case_no)
    assert (
        notice["sent_on"],
        notice["received_on"],
        notice["basis"],
        notice["quantity"],
        notice["amount"],
    ) == (date(2026, 3, 3), date(2026, 3, 3), "per_page", 40, Decimal("100.00"))
    assert notice["paid_on"] is None and notice["waived_on"] is None
    fee = w.clock(case_no, "fee_payment")
    assert (fee.status, fee.due_on) == ("running", date(2026, 3, 31))
    assert w.clock(case_no, "reply").status == "paused"
    w.fire(case_no, "record_payment", date(2026, 3, 10), amount="100")
    (notice,) = w.fee_notices(case_no)
    assert (notice["paid_on"], notice["paid_amount"]) == (date(2026, 3, 10), Decimal("100.00"))
    assert w.clock(case_no, "fee_payment").status == "met"
    reply = w.clock(case_no, "reply")
    assert (reply.status, reply.due_on) == ("running", date(2026, 4, 7))  # (03-03, 03-10] = 5 working days


def test_fee_waived(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "awaiting_fee")
    r = w.fire(case_no, "waive_fee", date(2026, 3, 5), reason="困难")
    assert w.events(case_no)[-1]["role"] == "head" and r.to_state == "in_review"
    (notice,) = w.fee_notices(case_no)
    assert (notice["waived_on"], notice["paid_on"]) == (date(2026, 3, 5), None)
    assert w.clock(case_no, "fee_payment").status == "ended"
    assert w.clock(case_no, "reply").status == "running"


def test_lapse_fee_closes_as_unpaid(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "awaiting_fee")
    w.fire(case_no, "lapse_fee", date(2026, 4, 1))
    case = w.case(case_no)
    assert (case["state"], case["outcome"], case["concluded_on"]) == (
        "closed",
        "closed_fee_unpaid",
        date(2026, 4, 1),
    )
    clocks = w.clocks(case_no)
    assert clocks[("fee_payment", "")].status == "lapsed"
    assert clocks[("reply", "")].status == "ended"
    assert not [c for c in clocks.values() if c.is_open]


@pytest.mark.parametrize("source", OPEN_STATES)
def test_withdraw_ends_every_clock(engine, source):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, source)
    w.fire(case_no, "withdraw", D, how="申请人书面撤回")
    case = w.case(case_no)
    assert (case["state"], case["outcome"], case["basis"], case["concluded_on"]) == (
        "closed",
        "closed_other",
        None,
        D,
    )
    clocks = w.clocks(case_no)
    assert not [c for c in clocks.values() if c.is_open]
    assert {c.status for c in clocks.values()} <= {"ended", "met", "stopped"}


@pytest.mark.parametrize("source", HANDLING)
def test_extend_moves_the_due_date(engine, source):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, source)
    before = w.clock(case_no, "reply").spec
    w.fire(case_no, "extend", D, days=10, reason="需会商")
    case, reply = w.case(case_no), w.clock(case_no, "reply")
    assert case["extension_days"] == 10
    assert reply.spec["extension"]["days"] == 10 and reply.spec["extension"]["approved_by"] == w.head
    assert reply.spec["pauses"] == before["pauses"]
    if source != "consulting" and source != "awaiting_fee":
        assert reply.due_on == date(2026, 4, 14)  # 30 working days after 2026-03-02
    assert w.events(case_no)[-1]["role"] == "head"


@pytest.mark.parametrize("source", HANDLING)
def test_set_delayed_reply_sets_the_due_date(engine, source):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, source, "heard")
    w.fire(case_no, "set_delayed_reply", D, due="2026-06-30", reason="申请数量较大")
    assert w.clock(case_no, "reply").due_on == date(2026, 6, 30)
    assert w.case(case_no)["state"] == source


RELEASING = {"disclosed", "partially_disclosed"}
DECIDABLE = [
    c
    for c in default_registry().vocabulary.codes("outcomes")
    if c not in ("closed_no_correction", "closed_fee_unpaid", "closed_other")
]


@pytest.mark.parametrize("outcome", DECIDABLE)
def test_decide_routes_by_outcome(engine, outcome):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "in_review")
    bases = w.registry.vocabulary.get("outcomes", outcome).extra.get("bases", [])
    data = {"outcome": outcome, "reasons": "理由"}
    if bases:
        data["basis"] = bases[-1]
    if outcome == "partially_disclosed":
        data["withheld_ground"] = "withheld_third_party_rights"
    if outcome == "declined_excessive":
        hear_reasons(w, case_no, R)
    if outcome == "declined_repeat":
        link_to_earlier_reply(w, case_no, date(2026, 2, 2))
    r = w.fire(case_no, "decide", D, **data)
    expected = "confidentiality_review" if outcome in RELEASING else "awaiting_signoff"
    assert r.to_state == expected
    case = w.case(case_no)
    assert (case["state"], case["outcome"], case["basis"]) == (expected, outcome, data.get("basis"))
    assert case["concluded_on"] is None


def test_review_rework_and_sign_off(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "confidentiality_review")
    w.fire(case_no, "return_for_rework", D, reason="需区分处理")
    assert w.state(case_no) == "in_review" and w.events(case_no)[-1]["role"] == "reviewer"
    w.fire(case_no, "decide", D, outcome="partially_disclosed", basis="partial",
           withheld_ground="withheld_third_party_rights")
    w.fire(case_no, "clear_review", D, opinion="删除个人信息后可公开")
    assert w.state(case_no) == "awaiting_signoff"
    w.fire(case_no, "return_for_rework", D, actor=w.head, reason="文书有误")
    assert w.state(case_no) == "in_review" and w.events(case_no)[-1]["role"] == "head"
    w.fire(case_no, "decide", D, outcome="partially_disclosed", basis="partial",
           withheld_ground="withheld_process_information")
    w.fire(case_no, "clear_review", D)
    r = w.fire(case_no, "sign_off", date(2026, 3, 9))
    assert r.to_state == "replied" and not r.late
    case = w.case(case_no)
    assert (case["outcome"], case["basis"], case["concluded_on"]) == (
        "partially_disclosed",
        "partial",
        date(2026, 3, 9),
    )
    assert case["letter_no"] == "SJJ依申〔2026〕1号"
    reply = w.clock(case_no, "reply")
    assert (reply.status, reply.ended_on, reply.breached) == ("met", date(2026, 3, 9), False)


def test_sign_off_keeps_a_given_letter_number(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "awaiting_signoff")
    w.fire(case_no, "sign_off", D, letter_no="沪科信〔2026〕7号")
    assert w.case(case_no)["letter_no"] == "沪科信〔2026〕7号"


def test_reply_on_the_spot(engine):
    """Art. 33 当场答复: registered and signed off the same day."""
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    day = date(2026, 3, 3)
    case_no = w.register(on=day)
    w.fire(case_no, "accept", day)
    w.fire(case_no, "decide", day, outcome="disclosed", basis="already_public", where_published="门户网站")
    w.fire(case_no, "clear_review", day)
    w.fire(case_no, "sign_off", day)
    case = w.case(case_no)
    assert (case["state"], case["received_on"], case["concluded_on"]) == ("replied", day, day)
    assert w.clock(case_no, "reply").status == "met"
    assert [e["effective_on"] for e in w.events(case_no)] == [day] * 5


def test_archive_from_replied_needs_delivery(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "replied")
    with pytest.raises(TransitionError, match="答复书送达记录"):
        w.fire(case_no, "archive", D, file_no="WS-9")
    w.fire(case_no, "record_delivery", D, method="email")
    assert file_the_case(w, case_no) == ["application"]  # served by email: its own record
    assert w.case(case_no)["delivered_on"] == D
    w.fire(case_no, "archive", D, file_no="WS-9")
    case = w.case(case_no)
    assert (case["state"], case["file_no"], case["concluded_on"]) == ("archived", "WS-9", date(2026, 3, 5))


def test_archive_from_closed_waits_for_the_closure_letter_to_be_served(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, "closed")
    with pytest.raises(TransitionError, match="答复书送达记录（第 2 步「申请人撤回」2026-03-03 作出的答复书尚未登记送达）"):
        w.fire(case_no, "archive", D)
    w.fire(case_no, "record_delivery", D, method="post")
    file_the_case(w, case_no)
    w.fire(case_no, "archive", D)
    case = w.case(case_no)
    assert (case["state"], case["outcome"], case["concluded_on"]) == (
        "archived",
        "closed_other",
        date(2026, 3, 3),
    )


@pytest.mark.parametrize("source", CONCLUDED)
def test_proceedings_and_reopen(engine, source):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = drive(w, source)
    concluded = w.case(case_no)["concluded_on"]
    w.fire(
        case_no,
        "record_proceeding",
        date(2026, 4, 1),
        kind="litigation_direct",
        filed="2026-03-31",
        body="区人民法院",
    )
    (p,) = w.proceedings(case_no)
    assert (p["kind"], p["filed_on"], p["body"], p["result"]) == (
        "litigation_direct",
        date(2026, 3, 31),
        "区人民法院",
        None,
    )
    assert w.state(case_no) == source
    with pytest.raises(TransitionError, match="corrected"):
        w.fire(case_no, "reopen", date(2026, 5, 6), due="2026-06-30", order="判决")
    w.fire(case_no, "decide_proceeding", date(2026, 5, 6), proceeding=p["id"], result="corrected")
    (p,) = w.proceedings(case_no)
    assert (p["result"], p["decided_on"]) == ("corrected", date(2026, 5, 6))
    with pytest.raises(TransitionError, match="pending"):
        w.fire(case_no, "decide_proceeding", date(2026, 5, 6), proceeding=p["id"], result="other")
    w.fire(case_no, "reopen", date(2026, 5, 7), due="2026-06-30", order="（2026）沪0101行初1号判决")
    case = w.case(case_no)
    assert case["state"] == "in_review"
    assert case["concluded_on"] == concluded  # the report counts the original conclusion in its year
    reply = w.clock(case_no, "reply")
    assert (reply.status, reply.due_on) == ("running", date(2026, 6, 30))
    # the new reply goes out and the case stays concluded on its original date
    w.fire(case_no, "decide", date(2026, 6, 1), outcome="disclosed", basis="provided")
    w.fire(case_no, "clear_review", date(2026, 6, 1))
    w.fire(case_no, "sign_off", date(2026, 6, 2))
    assert w.case(case_no)["concluded_on"] == concluded
    assert w.clock(case_no, "reply").status == "met" and not w.clock(case_no, "reply").breached


def test_gir2008_case_has_no_fee_window_nor_notice_clock(engine):
    w = make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)
    case_no = w.register(on=date(2014, 3, 3))
    assert w.case(case_no)["definition_name"] == "GIR2008"
    assert set(w.clocks(case_no)) == {("reply", "")}
    assert w.clock(case_no, "reply").due_on == date(2014, 3, 24)  # 15 working days
    w.fire(case_no, "accept", date(2014, 3, 3))
    w.fire(case_no, "notify_fee", date(2014, 3, 4), amount="10", cost_items="复制20页，每页0.5元")
    assert w.clock(case_no, "reply").status == "running"  # GIR2008: fees did not pause the clock
    with pytest.raises(TransitionError, match="lapse_fee"):
        w.fire(case_no, "lapse_fee", date(2014, 5, 1))
