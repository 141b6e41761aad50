"""A published report, rebuilt from a case log: 上海市科学技术委员会 2024 (example-report-stcsm-2024.json).

The same case log (``report_fixtures.case_specs_from_report``: the 2 cases carried in from 2023, the
34 received in 2024, the one carried out to 2025, the reconsideration of table 四) is built twice,
on both stores:

(a) through the importer: a ledger CSV with Chinese headers and labels, and a proceedings CSV;
(b) through the engine's triggers on realistic dates: register, accept, decide, clear_review,
    sign_off; request_correction + lapse_correction for 逾期不补正; withdraw for 其他;
    record_proceeding + decide_proceeding for the reconsideration.

Either way the report service must print every cell of tables 三 and 四 as published, the on-time
count must be the one the working-day calendar gives, and the carry-overs must chain with 2023 and
2025.
"""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest
from helpers import hear_reasons, make_world
from report_fixtures import CaseSpec, case_specs_from_report

from workflow.engine.audit import verify_chains
from workflow.importer.jobs import import_cases, import_proceedings
from workflow.report import service
from workflow.store.db import read
from workflow.store.repository import Repository

TODAY = date(2025, 3, 31)
AGENCY = "stcsm"


@pytest.fixture
def stcsm(shared_domain):
    return json.loads((shared_domain / "example-report-stcsm-2024.json").read_text(encoding="utf-8"))


@pytest.fixture
def specs(stcsm) -> list[CaseSpec]:
    specs = case_specs_from_report(stcsm)
    assert [s.received_on.year for s in specs].count(2023) == 2
    assert [s for s in specs if s.concluded_on is None or s.concluded_on.year == 2025]
    return specs


@pytest.fixture
def world(engine):
    return make_world(engine, today=TODAY, agency=AGENCY, prefix="STCSM")


def assert_report_equals_published(engine, stcsm, specs, calendar) -> None:  # noqa: ANN001
    report = service.generate(engine, year=2024, agency=AGENCY)
    rows = {r["key"]: r["values"] for r in report.data["table3"]["rows"]}
    assert report.data["table3"]["columns"] == stcsm["columns"]
    assert list(rows) == list(stcsm["table3"])
    for key, published in stcsm["table3"].items():
        assert rows[key] == published, key
    groups = {g["key"]: g["values"] for g in report.data["table4"]["groups"]}
    assert report.data["table4"]["columns"] == stcsm["table4_columns"]
    assert groups == stcsm["table4"]
    assert report.ok, [c.detail() for c in report.failing]
    assert report.raw_values["on_time"] == expected_on_time(specs, calendar)
    # carried in from 2023 and out to 2025: the neighbouring years agree
    last, nxt = (service.generate(engine, year=y, agency=AGENCY) for y in (2023, 2025))
    assert values(last, "carried_over_out") == stcsm["table3"]["carried_over_in"]
    assert values(nxt, "carried_over_in") == stcsm["table3"]["carried_over_out"]
    with read(engine) as conn:
        assert verify_chains(Repository(conn).event_chains())[2] == []


def values(report, key: str) -> list[int]:  # noqa: ANN001
    return next(r["values"] for r in report.data["table3"]["rows"] if r["key"] == key)


def expected_on_time(specs: list[CaseSpec], calendar) -> int:  # noqa: ANN001
    """Replies in 2024 signed off by the 20th working day after receipt (a closure is no reply)."""
    n = 0
    for s in specs:
        if s.concluded_on is None or s.concluded_on.year != 2024 or s.outcome.startswith("closed_"):
            continue
        n += s.concluded_on <= calendar.add_working_days(s.received_on, 20)
    return n


# -- (a) through the importer ----------------------------------------------------------------


def test_stcsm_2024_through_the_importer(world, stcsm, specs, tmp_path):
    vocab = world.registry.vocabulary
    cases = tmp_path / "2024年依申请公开台账.csv"
    with cases.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["受理机关", "案件编号", "申请人类型", "申请人", "申请方式", "收到申请日期", "申请内容", "办理结果",
                      "办结日期"])  # fmt: skip
        for i, s in enumerate(specs, start=1):
            out.writerow([
                "上海市科学技术委员会" if i % 2 else AGENCY,
                f"沪科委依申〔{s.received_on.year}〕{i}号",
                vocab.label("applicant_types", s.applicant_type),
                s.applicant_name if s.applicant_type == "natural_person" else f"某单位{i}",
                "互联网（网上申请）" if i % 3 else "当面提交",
                f"{s.received_on.year}年{s.received_on.month}月{s.received_on.day}日",
                f"申请公开第{i}项科技计划项目信息",
                vocab.label("outcomes", s.outcome) if s.outcome else "",
                s.concluded_on.isoformat() if s.concluded_on else "",
            ])  # fmt: skip
    _rename_agency(world)
    result = import_cases(world.services, cases)
    assert (result.errors, result.imported) == ([], len(specs))

    proceedings = tmp_path / "复议诉讼台账.csv"
    with proceedings.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["案件编号", "类型", "提起日期", "复议机关或法院", "结果", "审结日期"])
        for i, s in enumerate(specs, start=1):
            for p in s.proceedings:
                result_label = vocab.label("proceeding_results", p.result or "pending")
                out.writerow([f"沪科委依申〔{s.received_on.year}〕{i}号", vocab.label("proceeding_kinds", p.kind),
                              p.filed_on.isoformat(), "上海市人民政府", result_label,
                              p.decided_on.isoformat() if p.decided_on else ""])  # fmt: skip
    result = import_proceedings(world.services, proceedings)
    assert (result.errors, result.imported) == ([], sum(len(s.proceedings) for s in specs))

    assert_report_equals_published(world.engine, stcsm, specs, world.services.calendar)
    # importing both ledgers again changes nothing
    assert import_cases(world.services, cases).already == len(specs)
    assert import_proceedings(world.services, proceedings).already == 1
    assert_report_equals_published(world.engine, stcsm, specs, world.services.calendar)


def _rename_agency(world) -> None:  # noqa: ANN001
    from sqlalchemy import update

    from workflow.store.db import write
    from workflow.store.models import agency

    with write(world.engine) as conn:
        conn.execute(update(agency).where(agency.c.code == AGENCY).values(name="上海市科学技术委员会"))


# -- (b) through the engine's triggers -----------------------------------------------------------


def replay(world, s: CaseSpec, i: int) -> str:  # noqa: ANN001
    """Register and handle one application the way a clerk would, on the spec's dates."""
    received, concluded = s.received_on, s.concluded_on
    channel = {"channel": "online", "submitted": None, "confirmed": received} if i % 3 else {}
    name = s.applicant_name if s.applicant_type == "natural_person" else f"某单位{i}"
    case_no = world.register(on=received, applicant_type=s.applicant_type, applicant_name=name,
                             subject=f"申请公开第{i}项科技计划项目信息", **channel)  # fmt: skip
    if s.outcome == "closed_no_correction":
        asked = received + timedelta(days=1)
        correct_by = min(received + timedelta(days=8), concluded - timedelta(days=1))
        world.fire(
            case_no, "request_correction", asked, items="请明确所需信息的名称、文号", correct_by=correct_by
        )
        world.fire(case_no, "lapse_correction", concluded)
        return case_no
    world.fire(case_no, "accept", received)
    if s.outcome is None:
        return case_no
    if s.outcome == "closed_other":
        world.fire(case_no, "withdraw", concluded, how="申请人来电撤回")
        return case_no
    bases = world.registry.vocabulary.get("outcomes", s.outcome).extra.get("bases") or [None]
    decided = max(received, concluded - timedelta(days=2))
    # what the decision of that outcome needs (issue 12): where an already public item is, the
    # ground of a partial disclosure's withheld part, the applicant's reasons heard (Art. 35)
    needs = {"already_public": {"where_published": "本委门户网站“政府信息公开”专栏"},
             "partial": {"withheld_ground": "withheld_third_party_rights"}}.get(bases[0], {})
    if s.outcome == "declined_excessive":
        hear_reasons(world, case_no, received)
    world.fire(case_no, "decide", decided, outcome=s.outcome, basis=bases[0], reasons="经检索", **needs)
    if world.state(case_no) == "confidentiality_review":
        world.fire(case_no, "clear_review", decided, opinion="同意公开")
    due = world.clock(case_no, "reply").due_on
    late = {"late_reason": "检索量大"} if concluded > due else {}
    world.fire(case_no, "sign_off", concluded, **late)
    for p in s.proceedings:
        world.fire(
            case_no, "record_proceeding", p.filed_on, kind=p.kind, filed=p.filed_on, body="上海市人民政府"
        )
        if p.result:
            pid = world.proceedings(case_no)[-1]["id"]
            world.fire(case_no, "decide_proceeding", p.decided_on, proceeding=pid, result=p.result)
    return case_no


def test_stcsm_2024_through_the_engine(world, stcsm, specs):
    assert any(s.proceedings for s in specs)
    for i, s in enumerate(specs, start=1):
        assert not (s.proceedings and (s.outcome or "").startswith("closed_")), (
            "replay records them after sign_off"
        )
        replay(world, s, i)
    assert_report_equals_published(world.engine, stcsm, specs, world.services.calendar)
    # the reconsideration was recorded and decided through the triggers, not inserted
    with read(world.engine) as conn:
        triggers = {e["trigger"] for e in Repository(conn).event_chains()}
    assert {"register", "lapse_correction", "withdraw", "sign_off", "record_proceeding",
            "decide_proceeding"} <= triggers  # fmt: skip


def test_spec_dates_fit_the_replay(specs):
    """What the replay relies on: a correction can be asked and lapse between receipt and conclusion."""
    for s in specs:
        if s.outcome == "closed_no_correction":
            assert s.concluded_on - s.received_on >= timedelta(days=3)
        if s.concluded_on:
            assert s.concluded_on >= s.received_on
