"""Rules added after review: a delayed reply may not shorten the period; a withdrawn correction ends the reply clock."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import hear_reasons, make_world

from workflow.engine.guards import bind
from workflow.errors import TransitionError


def test_delayed_reply_may_not_fall_before_the_due_date_in_force(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "accept", date(2026, 3, 3))
    hear_reasons(w, case_no, date(2026, 3, 4))
    due = w.clock(case_no, "reply").due_on
    assert due == date(2026, 3, 30)
    before = w.snapshot(case_no)
    with pytest.raises(TransitionError, match="答复期限"):
        w.fire(case_no, "set_delayed_reply", date(2026, 3, 5), due=date(2026, 3, 20), reason="量大")
    assert w.snapshot(case_no) == before
    w.fire(case_no, "set_delayed_reply", date(2026, 3, 5), due=date(2026, 5, 29), reason="申请数量巨大，需较长时间")
    assert w.clock(case_no, "reply").due_on == date(2026, 5, 29)


def test_withdrawal_while_awaiting_correction_ends_the_stopped_reply_clock(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "request_correction", date(2026, 3, 4), items="请明确文件名称", correct_by=date(2026, 3, 18))
    assert w.clock(case_no, "reply").status == "stopped"
    w.fire(case_no, "withdraw", date(2026, 3, 6), how="电话撤回并书面确认")
    reply = w.clock(case_no, "reply")
    assert (reply.status, reply.ended_on) == ("ended", date(2026, 3, 6))
    assert w.clock(case_no, "correction_period").status == "ended"
    assert w.case(case_no)["outcome"] == "closed_other"


def test_reply_letter_numbers_run_per_year_of_issue_and_never_repeat(engine):
    """Case 2025-0001 and case 2026-0001, both signed off in 2026, must not share a 文号."""
    w = make_world(engine, today=date(2026, 11, 25))
    numbers = []
    for received, decided in ((date(2025, 12, 22), date(2026, 1, 8)), (date(2026, 1, 5), date(2026, 1, 9))):
        case_no = w.register(on=received)
        w.fire(case_no, "accept", received)
        w.fire(case_no, "decide", decided, outcome="unavailable_not_held", basis="not_exist")
        w.fire(case_no, "sign_off", decided)
        numbers.append(w.case(case_no)["letter_no"])
    assert numbers[0] != numbers[1]
    assert numbers == ["SJJ依申〔2026〕1号", "SJJ依申〔2026〕2号"]


def test_the_engine_binds_exactly_the_names_the_definitions_declare():
    with pytest.raises(RuntimeError, match=r"declared but not implemented \['b'\]"):
        bind("guards", {"a", "b"}, {"a": object()})
