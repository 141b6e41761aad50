"""Amending registration data (更正登记信息, the ``amend`` trigger): the clerk corrects the applicant,
the contact details, the subject or the channel's dates with a reason; the trail keeps the values
replaced (ID numbers masked); a corrected date of receipt re-derives the clocks and names each due
date before and after; the trail replays to the same row and clocks. Both stores."""

from __future__ import annotations

import json
from datetime import date

import pytest
from helpers import VALID_ID_NUMBER, World, file_the_case, make_world
from sqlalchemy import update

from workflow.definitions.registry import default_registry
from workflow.engine.audit_replay import ReplaySetting
from workflow.engine.audit_verify import verify_audit
from workflow.errors import DisclosureError, TransitionError, ValidationError
from workflow.settings_schema import settings_problem
from workflow.store.db import read, write
from workflow.store.models import disclosure_case

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)  # Monday: reply due 2026-03-30; received on Friday 2026-02-27 it is due 2026-03-26
OTHER_ID_NUMBER = "110105194912310038"


@pytest.fixture
def w(engine) -> World:
    return make_world(engine, today=TODAY)


def replay_ok(w: World) -> bool:
    setting = ReplaySetting(w.services.registry, w.services.calendar, w.services.target_offset)
    with read(w.engine) as conn:
        report = verify_audit(conn, replay=setting)
    assert report.ok, report
    return report.ok


def replay_problems(w: World) -> str:
    setting = ReplaySetting(w.services.registry, w.services.calendar, w.services.target_offset)
    with read(w.engine) as conn:
        return str(verify_audit(conn, replay=setting))


def accepted(w: World, **registration) -> str:
    case_no = w.register(on=R, **registration)
    w.fire(case_no, "accept", R)
    return case_no


def test_an_earlier_date_of_receipt_moves_the_due_dates_and_the_trail_names_both(w):
    case_no = accepted(w)
    assert w.clock(case_no, "reply").due_on == date(2026, 3, 30)
    result = w.fire(case_no, "amend", date(2026, 3, 4), submitted="2026-02-27", reason="登记时误录提交日期")
    assert w.case(case_no)["received_on"] == date(2026, 2, 27)
    assert w.clock(case_no, "reply").due_on == date(2026, 3, 26)
    moved = {d["kind"]: (d["due_before"], d["due_after"]) for d in result.due_dates}
    assert moved["reply"] == ("2026-03-30", "2026-03-26")
    event = w.events(case_no)[-1]
    data = json.loads(event["data"])
    assert (event["trigger"], event["from_state"], event["to_state"]) == ("amend", "in_review", "in_review")
    assert data["submitted"] == "2026-02-27" and data["previous"] == {"submitted": "2026-03-02"}
    assert data["reason"] == "登记时误录提交日期"
    assert {"kind": "reply", "due_before": "2026-03-30", "due_after": "2026-03-26"}.items() <= next(
        d for d in data["due_dates"] if d["kind"] == "reply"
    ).items()
    line = [e for e in w.ledger(case_no) if e["kind"] == "amend" and e["clock_kind"] == "reply"]
    assert [(e["due_before"], e["due_after"], e["event_seq"]) for e in line] == [
        (date(2026, 3, 30), date(2026, 3, 26), event["seq"])
    ]
    assert replay_ok(w)


def test_a_later_date_of_receipt_moves_them_later_and_counts_from_it(w):
    case_no = w.register(on=date(2026, 3, 6), submitted=date(2026, 3, 2))
    w.fire(case_no, "amend", date(2026, 3, 6), submitted="2026-03-05", reason="提交日期应为签收当日")
    assert w.clock(case_no, "reply").started_on == date(2026, 3, 5)
    assert w.clock(case_no, "reply").due_on == date(2026, 4, 2)
    assert replay_ok(w)


def test_the_other_registration_fields_change_without_moving_a_clock(w):
    case_no = accepted(w, phone="13800138000", email="a@example.cn", address="临沂市罗庄区1号")
    clocks_before = {k: (c.due_on, c.status) for k, c in w.clocks(case_no).items()}
    result = w.fire(
        case_no,
        "amend",
        date(2026, 3, 3),
        applicant_name="张山",
        phone="13900139000",
        email="b@example.cn",
        address="临沂市罗庄区2号",
        subject="2025年度行政处罚决定书目录",
        reason="申请人来电更正",
    )
    case = w.case(case_no)
    assert (case["applicant_name"], case["phone"], case["email"], case["address"], case["subject"]) == (
        "张山",
        "13900139000",
        "b@example.cn",
        "临沂市罗庄区2号",
        "2025年度行政处罚决定书目录",
    )
    assert result.due_dates == []
    assert {k: (c.due_on, c.status) for k, c in w.clocks(case_no).items()} == clocks_before
    data = json.loads(w.events(case_no)[-1]["data"])
    assert data["previous"]["applicant_name"] == "张三" and data["previous"]["address"] == "临沂市罗庄区1号"
    assert "due_dates" not in data
    assert replay_ok(w)


def test_an_amended_id_number_is_masked_in_the_trail_and_kept_in_full_on_the_case(w):
    case_no = accepted(w, id_number=VALID_ID_NUMBER, phone="13800138000")
    w.fire(
        case_no,
        "amend",
        date(2026, 3, 3),
        id_number=OTHER_ID_NUMBER,
        phone="13900139000",
        reason="证件号录错",
    )
    assert w.case(case_no)["id_number"] == OTHER_ID_NUMBER
    raw = w.events(case_no)[-1]["data"]
    data = json.loads(raw)
    assert data["id_number"] == "1101**********0038" and data["previous"]["id_number"] == "1101**********002X"
    assert data["phone"] == "139****9000" and data["previous"]["phone"] == "138****8000"
    assert OTHER_ID_NUMBER not in raw and VALID_ID_NUMBER not in raw and "13900139000" not in raw
    assert replay_ok(w)


def test_only_the_fields_that_change_are_recorded(w):
    case_no = accepted(w)
    w.fire(
        case_no,
        "amend",
        date(2026, 3, 3),
        applicant_name="张三",
        subject="更正后的内容",
        submitted="2026-03-02",
        reason="仅更正申请内容",
    )
    data = json.loads(w.events(case_no)[-1]["data"])
    assert set(data) == {"subject", "previous", "reason"}


def test_the_trail_replays_after_an_amendment_and_later_steps(w):
    case_no = accepted(w)
    w.fire(case_no, "amend", date(2026, 3, 4), submitted="2026-02-27", reason="登记时误录提交日期")
    w.fire(case_no, "extend", date(2026, 3, 20), days="10", reason="需调取档案")
    assert w.clock(case_no, "reply").due_on == date(2026, 4, 10)
    w.fire(case_no, "decide", date(2026, 3, 25), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 26))
    assert replay_ok(w)


def test_a_row_changed_behind_the_trail_after_an_amendment_is_caught(w):
    case_no = accepted(w)
    w.fire(case_no, "amend", date(2026, 3, 4), submitted="2026-02-27", applicant_name="张山", reason="录错")
    with write(w.engine) as conn:
        conn.execute(
            update(disclosure_case)
            .where(disclosure_case.c.case_no == case_no)
            .values(received_on=date(2026, 3, 2), applicant_name="王五")
        )
    problems = replay_problems(w)
    assert "received_on: row 2026-03-02, events 2026-02-27" in problems
    assert "applicant_name: row 王五, events 张山" in problems


def test_a_concluded_case_is_amended_within_the_window_and_its_met_clock_follows(w):
    case_no = accepted(w)
    w.fire(case_no, "decide", date(2026, 3, 25), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 27))
    assert not w.clock(case_no, "reply").breached
    w.fire(case_no, "amend", date(2026, 4, 26), submitted="2026-02-27", reason="收到日期应为信件送达当日")
    reply = w.clock(case_no, "reply")
    assert (reply.status, reply.due_on, reply.breached) == ("met", date(2026, 3, 26), True)
    assert replay_ok(w)


# --- refusals: one line, nothing written ------------------------------------------------------


def refused(
    w: World, case_no: str, error: type[DisclosureError], match: str, on: date = date(2026, 3, 4), **data
) -> None:
    before = w.snapshot(case_no)
    with pytest.raises(error, match=match):
        w.fire(case_no, "amend", on, **{"reason": "更正", **data})
    assert w.snapshot(case_no) == before


def test_it_refuses_an_amendment_that_changes_nothing(w):
    case_no = accepted(w)
    refused(w, case_no, ValidationError, "没有任何字段", applicant_name="张三", submitted="2026-03-02")
    refused(w, case_no, ValidationError, "没有任何字段")


def test_it_refuses_an_amendment_without_a_reason(w):
    case_no = accepted(w)
    refused(w, case_no, ValidationError, "reason", applicant_name="张山", reason="")


def test_it_refuses_a_field_it_does_not_amend(w):
    case_no = accepted(w)
    refused(w, case_no, ValidationError, "applicant_type", applicant_type="legal_person")
    refused(w, case_no, ValidationError, "channel", channel="online")
    refused(w, case_no, ValidationError, "agency", agency="sjj")


def test_it_checks_the_amended_values_as_registration_does(w):
    case_no = accepted(w)
    refused(w, case_no, ValidationError, "校验位", id_number="110105194912310037")
    refused(w, case_no, ValidationError, "email", email="not-an-address")
    refused(w, case_no, ValidationError, "200", applicant_name="张" * 201)
    refused(w, case_no, ValidationError, "submitted", submitted="2026-02-30")


def test_it_refuses_a_date_of_receipt_after_the_amendment(w):
    case_no = w.register(on=R)
    w.today = date(2026, 3, 3)
    refused(
        w, case_no, TransitionError, "晚于本次更正的办理日期", on=date(2026, 3, 3), submitted="2026-03-04"
    )


def test_it_refuses_a_date_of_receipt_after_an_event_of_the_case(w):
    case_no = w.register(on=date(2026, 3, 6), submitted=date(2026, 3, 2))
    w.fire(case_no, "accept", date(2026, 3, 9))
    refused(w, case_no, TransitionError, "晚于第 1 步（登记）", on=date(2026, 3, 10), submitted="2026-03-09")


def test_it_refuses_a_date_of_receipt_after_a_proceeding_was_filed(w):
    case_no = w.register(on=date(2026, 3, 10), submitted=date(2026, 3, 2))
    w.fire(case_no, "record_proceeding", date(2026, 3, 10), kind="reconsideration", filed="2026-03-05")
    refused(w, case_no, TransitionError, "filed 2026-03-05", on=date(2026, 3, 10), submitted="2026-03-06")


def test_it_refuses_a_date_of_receipt_in_another_year_than_the_case_number(w):
    case_no = w.register(on=date(2026, 1, 5), submitted=date(2026, 1, 5))
    refused(w, case_no, TransitionError, "案件编号", on=date(2026, 1, 6), submitted="2025-12-31")


def test_it_refuses_a_date_the_channel_does_not_use(w):
    case_no = w.register(on=R, channel="post_signed", submitted=date(2026, 2, 26), signed_for=R)
    refused(w, case_no, ValidationError, "confirmed", confirmed="2026-03-02")
    refused(w, case_no, ValidationError, "早于提交日期", submitted="2026-03-03")
    w.fire(case_no, "amend", date(2026, 3, 4), signed_for="2026-02-27", reason="签收日期录错")
    assert w.case(case_no)["received_on"] == date(2026, 2, 27)


def test_it_refuses_an_archived_case(w):
    case_no = w.register(on=R)
    w.fire(case_no, "withdraw", date(2026, 3, 3), how="书面撤回")
    w.fire(case_no, "record_delivery", date(2026, 3, 4), method="post")
    file_the_case(w, case_no)
    w.fire(case_no, "archive", date(2026, 3, 4), file_no="WS-1")
    refused(w, case_no, TransitionError, "archived", applicant_name="张山")


def test_it_refuses_after_the_window_and_allows_on_its_last_day(w):
    case_no = w.register(on=R)
    w.fire(case_no, "withdraw", date(2026, 3, 3), how="书面撤回")  # concluded 03-03: 30 days run to 04-02
    refused(
        w,
        case_no,
        TransitionError,
        "办结后 30 日内（至 2026-04-02）",
        on=date(2026, 4, 3),
        applicant_name="张山",
    )
    w.fire(case_no, "amend", date(2026, 4, 2), applicant_name="张山", reason="更正姓名")
    assert w.case(case_no)["applicant_name"] == "张山"


def test_the_window_is_a_setting(engine):
    w = make_world(engine, today=TODAY, settings={"cases": {"amend_window_days": 5}})
    case_no = w.register(on=R)
    w.fire(case_no, "withdraw", date(2026, 3, 3), how="书面撤回")
    refused(w, case_no, TransitionError, "办结后 5 日内", on=date(2026, 3, 9), applicant_name="张山")
    w.fire(case_no, "amend", date(2026, 3, 8), applicant_name="张山", reason="更正姓名")
    triggers = w.services.cases
    with read(w.engine) as conn:
        from workflow.store.repository import Repository

        repo = Repository(conn)
        case = repo.load_case(case_no)
        why = triggers.why_not_now(repo, case, w.definition(case_no), ["amend"], date(2026, 3, 9))
    assert "办结后 5 日内" in why["amend"]


def test_the_settings_schema_checks_the_window():
    assert settings_problem({"cases": {"amend_window_days": 30}}) is None
    assert "cases.amend_window_days" in settings_problem({"cases": {"amend_window_days": -1}})
    assert "cases.amend_window_days" in settings_problem({"cases": {"amend_window_days": "a month"}})


def test_a_reopened_case_counts_the_window_from_its_latest_conclusion(w):
    case_no = w.register(on=R)
    w.fire(case_no, "withdraw", date(2026, 3, 3), how="书面撤回")
    w.fire(case_no, "record_proceeding", date(2026, 5, 4), kind="reconsideration", filed="2026-05-04")
    pid = w.proceedings(case_no)[-1]["id"]
    w.fire(case_no, "decide_proceeding", date(2026, 6, 1), proceeding=pid, result="corrected")
    w.fire(case_no, "reopen", date(2026, 6, 2), due="2026-06-30", order="复议决定：责令重新答复")
    w.fire(case_no, "decide", date(2026, 6, 10), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 6, 11))
    assert w.case(case_no)["concluded_on"] == date(2026, 3, 3)  # the first conclusion stays on the row
    w.fire(case_no, "amend", date(2026, 7, 1), applicant_name="张山", reason="更正姓名")
    assert replay_ok(w)


# --- every definition has it --------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(default_registry().definitions), ids=lambda k: f"{k[0]}-{k[1]}")
def test_every_definition_amends_with_the_registration_fields_own_checks(key):
    definition = default_registry().definitions[key]
    amend = definition.triggers["amend"]
    assert amend.roles == ("clerk",)
    assert "archived" not in amend.sources() and set(definition.open_states()) <= set(amend.sources())
    for name in amend.amends:
        registered = definition.register.fields[name]
        assert (
            amend.fields[name].type == registered.type
            and amend.fields[name].max_length == registered.max_length
        )
        assert not amend.fields[name].required
    assert amend.fields["reason"].required
    assert {"applicant_name", "id_number", "phone", "email", "address", "subject", "submitted"} <= set(
        amend.amends
    )


def test_a_case_under_the_2008_regulations_is_amended_too(w):
    case_no = w.register(on=date(2019, 5, 14))
    assert w.case(case_no)["definition_name"] == "GIR2008"
    w.fire(case_no, "amend", date(2019, 5, 15), submitted="2019-05-13", reason="录错")
    assert w.clock(case_no, "reply").started_on == date(2019, 5, 13)
    assert replay_ok(w)


def test_a_date_of_receipt_before_the_2019_regulations_is_refused_on_a_2019_case(w):
    case_no = w.register(on=date(2019, 5, 15))
    refused(w, case_no, TransitionError, "适用期间", on=date(2019, 5, 16), submitted="2019-05-14")


def test_an_amended_case_moves_to_a_newer_version_and_still_replays(engine, tmp_path):
    from repin_fixtures import ADMIN, TO_SIGNOFF, longer_reply, version, walk, worlds

    old, new = worlds(engine, tmp_path, version(longer_reply))
    case_no = walk(old, TO_SIGNOFF[:2])
    old.fire(case_no, "amend", date(2026, 3, 4), submitted="2026-02-27", reason="提交日期录错")
    assert old.clock(case_no, "reply").started_on == date(2026, 2, 27)
    result = new.services.cases.repin(case_no, "2", ADMIN)
    reply = next(c for c in result.clocks if c.kind == "reply")
    assert (
        reply.due_after == date(2026, 4, 2) == new.clock(case_no, "reply").due_on
    )  # 25 wd from 02-27 (02-28 a make-up working day)
    assert replay_ok(new)
