"""Moving an in-flight case to a newer version of its regime (``CaseEngine.repin``), on both stores.

The versions are built here from a copy of the shipped GIR2019 v1 (the shipped v2 is being changed by
others): one under which a history is valid (a longer reply period: the due date moves, before and
after are shown, audited and on the clock ledger) and several under which it is not (a trigger or a
state removed, a role changed, a field that became required, a routing changed, a new guard, a
shorter limit that makes a recorded action late). Every refusal names the first event that does not
fit, or why the case may not move, and writes nothing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import date

import pytest
from helpers import World
from repin_fixtures import (
    ADMIN,
    TO_SIGNOFF,
    TODAY,
    longer_reply,
    remove_trigger,
    set_in,
    version,
    walk,
    worlds,
)
from sqlalchemy import select

from workflow.demo.long_way import LONG_WAY
from workflow.engine.audit_replay import ReplaySetting
from workflow.engine.audit_verify import verify_audit
from workflow.errors import DisclosureError, NotFoundError, TransitionError, ValidationError
from workflow.importer.jobs import import_cases
from workflow.store.db import read
from workflow.store.models import disclosure_case


def audit_ok(w: World) -> bool:
    """Every chain whole, and every case row what its events replay to under its (new) version."""
    setting = ReplaySetting(w.services.registry, w.services.calendar, w.services.target_offset)
    with read(w.engine) as conn:
        return verify_audit(conn, replay=setting).ok


# -- a valid history ---------------------------------------------------------------------------


def test_it_moves_a_case_whose_history_is_valid_and_gives_each_due_date_before_and_after(engine, tmp_path):
    old, new = worlds(engine, tmp_path, version(longer_reply))
    case_no = walk(old, TO_SIGNOFF)
    reply_row = new.clock(case_no, "reply")
    assert reply_row.due_on == date(2026, 4, 16)  # 20 wd + 2 paused + 10 extended

    result = new.services.cases.repin(case_no, "2", ADMIN)

    assert (result.from_version, result.to_version, result.state, result.dry_run) == ("1", "2", "awaiting_signoff", False)
    reply = next(c for c in result.clocks if c.kind == "reply")
    assert (reply.label, reply.due_before, reply.due_after, reply.changed) == (
        "答复期限", date(2026, 4, 16), date(2026, 4, 23), True)  # 25 wd + 2 + 10
    assert not [c for c in result.clocks if c.kind != "reply" and c.changed]
    row = new.case(case_no)
    assert row["definition_version"] == "2" and row["state"] == "awaiting_signoff"
    moved = new.clock(case_no, "reply")
    assert (moved.id, moved.due_on, moved.target_on) == (reply_row.id, date(2026, 4, 23), date(2026, 4, 22))
    event = new.events(case_no)[-1]
    assert (event["seq"], event["trigger"], event["actor"], event["role"]) == (result.seq, "repin", ADMIN, "admin")
    assert (event["from_state"], event["to_state"], event["effective_on"]) == ("awaiting_signoff",) * 2 + (TODAY,)
    data = json.loads(event["data"])
    assert (data["definition"], data["from_version"], data["to_version"]) == ("GIR2019", "1", "2")
    assert [(c["kind"], c["due_before"], c["due_after"]) for c in data["clocks"]] == [
        ("reply", "2026-04-16", "2026-04-23")]
    line = new.ledger(case_no)[-1]
    assert (line["kind"], line["event_seq"], line["due_before"], line["due_after"]) == (
        "repin", result.seq, date(2026, 4, 16), date(2026, 4, 23))
    assert audit_ok(new)
    # the case goes on under version 2
    assert new.fire(case_no, "sign_off", TODAY, late_reason="档案调取延误").to_state == "replied"
    assert new.case(case_no)["definition_version"] == "2" and audit_ok(new)


def test_a_dry_run_says_what_would_change_and_writes_nothing(engine, tmp_path):
    old, new = worlds(engine, tmp_path, version(longer_reply))
    case_no = walk(old, TO_SIGNOFF)
    before = new.snapshot(case_no)
    result = new.services.cases.repin(case_no, "GIR2019-2", ADMIN, dry_run=True)
    assert result.dry_run and result.seq is None
    assert [(c.due_before, c.due_after) for c in result.clocks if c.changed] == [(date(2026, 4, 16), date(2026, 4, 23))]
    assert new.snapshot(case_no) == before


def test_a_case_moves_again_past_its_earlier_move(engine, tmp_path):
    """The first repin is an event outside the lifecycle: the second replays the history across it."""
    v3 = version(lambda raw: (longer_reply(raw), raw["clocks"]["reply"].update(length=30)), number="3")
    old, new = worlds(engine, tmp_path, version(longer_reply), v3)
    case_no = walk(old, TO_SIGNOFF)
    new.services.cases.repin(case_no, "2", ADMIN)
    result = new.services.cases.repin(case_no, "3", ADMIN)
    reply = next(c for c in result.clocks if c.kind == "reply")
    assert (reply.due_before, reply.due_after) == (date(2026, 4, 23), date(2026, 4, 30))
    assert [e["trigger"] for e in new.events(case_no)][-2:] == ["repin", "repin"]
    assert new.case(case_no)["definition_version"] == "3" and audit_ok(new)


def test_an_open_clock_the_new_version_does_not_have_ends_and_a_new_clock_starts(engine, tmp_path):
    def edit(raw: dict) -> None:
        del raw["clocks"]["correction_notice"]
        raw["clocks"]["acceptance"] = {"label": "受理期限", "length": 3, "start": {"by": "register", "date": "received"},
                                       "met": {"by": ["accept"]}}

    old, new = worlds(engine, tmp_path, version(edit))
    case_no = walk(old, [])  # registered, not yet accepted: the correction-notice window runs
    assert new.clock(case_no, "correction_notice").status == "running"
    result = new.services.cases.repin(case_no, "2", ADMIN)
    changed = {c.kind: (c.status_before, c.status_after, c.due_after) for c in result.clocks if c.changed}
    assert changed == {"correction_notice": ("running", "ended", date(2026, 3, 11)),
                       "acceptance": (None, "running", date(2026, 3, 5))}
    assert new.clock(case_no, "correction_notice").ended_on == TODAY
    assert new.clock(case_no, "acceptance").due_on == date(2026, 3, 5)
    new.fire(case_no, "accept", TODAY, late_reason="迟延受理")
    assert new.clock(case_no, "acceptance").status == "met"


# -- histories that do not fit ---------------------------------------------------------------------


def without_state(state: str) -> Callable[[dict], None]:
    """Remove a state, the transitions into or only out of it, and the triggers left with none."""

    def edit(raw: dict) -> None:
        del raw["states"][state]
        for name, trig in list(raw["triggers"].items()):
            kept = []
            for t in trig["transitions"]:
                sources = [s for s in (t["from"] if isinstance(t["from"], list) else [t["from"]]) if s != state]
                if sources and t["to"] != state:
                    kept.append({**t, "from": sources})
            if kept:
                trig["transitions"] = kept
            else:
                del raw["triggers"][name]

    return edit


# the correction notice goes out on the 3rd working day after receipt (v1 allows 7)
CORRECTED = [("accept", 3, {}), ("request_correction", 5, {"items": "请说明文件名称", "correct_by": "2026-03-20"}),
             ("receive_correction", 10, {})]
TWO_CONSULTATIONS = [("accept", 3, {}), ("consult", 4, {"party_kind": "third_party", "party_name": "甲公司"}),
                     ("consult", 5, {"party_kind": "agency", "party_name": "乙局"})]
DISCLOSED = [("accept", 3, {}), ("decide", 4, {"outcome": "disclosed", "basis": "provided"})]
MISFITS = {
    "a trigger removed": (remove_trigger("return_for_rework"), TO_SIGNOFF, 7, "return_for_rework",
                          "新版本没有操作 return_for_rework"),
    "a state removed": (without_state("confidentiality_review"), DISCLOSED, 3, "decide",
                        "新版本没有状态 confidentiality_review"),
    "a role changed": (set_in("triggers.accept.roles", ["head"]), TO_SIGNOFF, 2, "accept",
                       "记录的角色 clerk 在新版本中不能执行该操作 / recorded role clerk; the version allows: head"),
    "a field that became required": (set_in("triggers.receive_correction.fields.text.required", True), CORRECTED, 4,
                                     "receive_correction", "缺少必填字段 text（补正后的申请内容）"),
    "a routing changed": (set_in("triggers.decide.transitions", [  # the two destinations swapped
        {"from": "in_review", "to": "awaiting_signoff", "when": "outcome_releases_information"},
        {"from": "in_review", "to": "confidentiality_review"}]), DISCLOSED, 3, "decide", "新版本中由 in_review 转入 awaiting_signoff，而记录为 confidentiality_review"),
    "a guard added": (set_in("triggers.consult.guards", [{"once": "consult"}]), TWO_CONSULTATIONS, 4, "consult",
                      "每个案件只能执行一次 consult"),
    "a shorter limit that makes a recorded action late": (
        set_in("clocks.correction_notice.length", 1), CORRECTED, 3, "request_correction",
        "按新版本已超过期限（补正告知期限 2026-03-03）"),
}


@pytest.mark.parametrize("name", list(MISFITS))
def test_it_refuses_a_history_that_does_not_fit_naming_the_first_event_and_why(engine, tmp_path, name):
    edit, steps, seq, trigger, why = MISFITS[name]
    old, new = worlds(engine, tmp_path, version(edit))
    case_no = walk(old, steps)
    assert new.definition(case_no).version == "1"
    before = new.snapshot(case_no)
    for dry_run in (True, False):
        with pytest.raises(TransitionError) as refused:
            new.services.cases.repin(case_no, "2", ADMIN, dry_run=dry_run)
        line = str(refused.value)
        label = old.definition(case_no).triggers[trigger].label
        assert "\n" not in line and f"第{seq}条事件 (event {seq}) {trigger}（{label}）: " in line and why in line, line
        assert line.startswith(f"{case_no} 的办理记录不符合 GIR2019 v2，未变更")
    assert new.snapshot(case_no) == before


def test_a_late_action_that_gave_its_reason_still_fits_the_shorter_limit(engine, tmp_path):
    old, new = worlds(engine, tmp_path, version(set_in("clocks.correction_notice.length", 1)))
    steps = [CORRECTED[0], ("request_correction", 5, {**CORRECTED[1][2], "late_reason": "材料需核对"}), CORRECTED[2]]
    case_no = walk(old, steps)
    assert new.services.cases.repin(case_no, "2", ADMIN).to_version == "2"


def test_it_refuses_a_case_imported_from_a_ledger(engine, tmp_path):
    """An imported case's history starts at the import, not at a registration: it cannot be replayed."""
    old, new = worlds(engine, tmp_path, version())
    path = tmp_path / "ledger.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["agency", "applicant_type", "applicant_name", "channel", "received", "subject", "state"])
        out.writerow([old.agency, "natural_person", "张三", "in_person", "2026-03-02", "某项信息", "in_review"])
    result = import_cases(old.services, path)
    assert result.imported == 1, result
    with read(old.engine) as conn:
        case_no = conn.execute(select(disclosure_case.c.case_no)).scalar_one()
    with pytest.raises(TransitionError, match=r"第1条事件 \(event 1\) import: 不是登记"):
        new.services.cases.repin(case_no, "2", ADMIN)


# -- who, which case, which version ------------------------------------------------------------------


def test_it_requires_the_admin_role(engine, tmp_path):
    old, new = worlds(engine, tmp_path, version(longer_reply))
    case_no = walk(old, TO_SIGNOFF)
    before = new.snapshot(case_no)
    for user in (new.clerk, new.head):
        with pytest.raises(TransitionError, match=r"没有执行 case repin（变更适用版本）的角色 / role required: admin（系统管理员）"):
            new.services.cases.repin(case_no, "2", user)
    assert new.snapshot(case_no) == before


@pytest.mark.parametrize("steps, state", [(LONG_WAY[:8], "replied"), (LONG_WAY, "archived"),
                                          ([("withdraw", 3, {"how": "电话"})], "closed")])
def test_it_refuses_a_concluded_case(engine, tmp_path, steps, state):
    old, new = worlds(engine, tmp_path, version())
    case_no = walk(old, steps)
    assert new.state(case_no) == state
    with pytest.raises(TransitionError, match=f"（{state}），已办结，不能变更适用版本"):
        new.services.cases.repin(case_no, "2", ADMIN)


@pytest.mark.parametrize("to, error, why", [
    ("9", ValidationError, "GIR2019 没有版本 '9' / no such version of GIR2019; loaded: 1, 2"),
    ("GIR2008-1", ValidationError, "适用 GIR2019，不能改用 GIR2008-1"),
    ("1", ValidationError, "已适用 GIR2019 v1"),
    ("GIR2019-1", ValidationError, "已适用 GIR2019 v1"),
])
def test_it_refuses_a_version_it_may_not_move_to(engine, tmp_path, to, error, why):
    old, new = worlds(engine, tmp_path, version())
    case_no = walk(old, TO_SIGNOFF)
    before = new.snapshot(case_no)
    with pytest.raises(error) as refused:
        new.services.cases.repin(case_no, to, ADMIN)
    assert why in str(refused.value)
    assert new.snapshot(case_no) == before


def test_it_refuses_to_move_back_to_an_older_version(engine, tmp_path):
    old, new = worlds(engine, tmp_path, version())
    case_no = walk(old, TO_SIGNOFF)
    new.services.cases.repin(case_no, "2", ADMIN)
    with pytest.raises(ValidationError, match="适用 GIR2019 v2，不能退回较早的 v1"):
        new.services.cases.repin(case_no, "1", ADMIN)


def test_it_refuses_a_version_that_does_not_cover_the_date_of_receipt(engine, tmp_path):
    old, new = worlds(engine, tmp_path, version(set_in("applies_to_received.from", date(2027, 1, 1))))
    case_no = walk(old, TO_SIGNOFF)
    with pytest.raises(ValidationError, match="v2 适用于 2027-01-01– 收到的申请.*收到申请之日为 2026-03-02"):
        new.services.cases.repin(case_no, "2", ADMIN)


def test_an_unknown_case_is_not_found(engine, tmp_path):
    _, new = worlds(engine, tmp_path, version())
    with pytest.raises(NotFoundError):
        new.services.cases.repin("SJJ-2026-9999", "2", ADMIN)


def test_every_refusal_is_a_domain_error_with_one_line(engine, tmp_path):
    """What the command line turns into exit code 2."""
    old, new = worlds(engine, tmp_path, version(remove_trigger("return_for_rework")))
    case_no = walk(old, TO_SIGNOFF)
    for to, actor in (("2", ADMIN), ("2", new.clerk), ("7", ADMIN)):
        with pytest.raises(DisclosureError) as refused:
            new.services.cases.repin(case_no, to, actor)
        assert "\n" not in str(refused.value)
