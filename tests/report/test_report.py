"""The annual report: counting, checks, layouts, hierarchy and the CLI, on both stores."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner
from report_fixtures import (
    CaseSpec,
    FeeSpec,
    ProceedingSpec,
    case_specs_from_report,
    db_url,
    insert_case,
    insert_specs,
    make_agency,
    make_user,
    normalize_expected,
)
from sqlalchemy import text

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.errors import DefinitionError, NotFoundError
from workflow.report import checks, export, service
from workflow.report.layout import layout_by_name, layout_for_year, load_layouts
from workflow.report.layout_parse import parse_layout
from workflow.report.render import header_grid, table4
from workflow.store.db import write

VOCAB_ROW_KEYS = [
    "new_received",
    "carried_over_in",
    "disclosed",
    "partially_disclosed",
    "withheld_state_secret",
    "withheld_prohibited_by_law",
    "withheld_security_stability",
    "withheld_third_party_rights",
    "withheld_internal_affairs",
    "withheld_process_information",
    "withheld_enforcement_file",
    "withheld_inquiry_matter",
    "unavailable_not_held",
    "unavailable_needs_creation",
    "unavailable_still_unclear",
    "declined_petition",
    "declined_repeat",
    "declined_publication",
    "declined_excessive",
    "declined_confirmation",
    "closed_no_correction",
    "closed_fee_unpaid",
    "closed_other",
    "results_total",
    "carried_over_out",
]


@pytest.fixture
def stcsm(shared_domain):
    return json.loads((shared_domain / "example-report-stcsm-2024.json").read_text(encoding="utf-8"))


@pytest.fixture
def stcsm_db(engine, stcsm):
    """The STCSM 2024 case log under agency code ``stcsm`` with clerk 李四."""
    with write(engine) as conn:
        agency_id = make_agency(conn, "stcsm", "上海市科学技术委员会")
        clerk = make_user(conn, "lisi", "李四")
        insert_specs(conn, agency_id, case_specs_from_report(stcsm), clerk_id=clerk)
    return engine, agency_id


def invoke(engine, *args: str):
    return CliRunner().invoke(cli, ["--db", db_url(engine), *args], catch_exceptions=True)


def values(report, key: str) -> list[int]:
    return next(r["values"] for r in report.data["table3"]["rows"] if r["key"] == key)


def check(report, name: str) -> dict:
    return next(c for c in report.data["checks"] if c["name"] == name)


# -- the published STCSM 2024 report, cell by cell -------------------------------------------


def test_stcsm_2024_every_cell(stcsm_db, stcsm):
    engine, _ = stcsm_db
    report = service.generate(engine, year=2024, agency="stcsm")
    data = report.data
    assert set(data) == {"year", "agency", "format", "table3", "table4", "fees", "checks"}
    assert (data["year"], data["agency"], data["format"]) == (2024, "stcsm", "national-2021")
    assert data["table3"]["columns"] == stcsm["columns"]
    assert [r["key"] for r in data["table3"]["rows"]] == VOCAB_ROW_KEYS == list(stcsm["table3"])
    for row in data["table3"]["rows"]:
        assert row["values"] == stcsm["table3"][row["key"]], row["key"]
    assert data["table4"]["columns"] == stcsm["table4_columns"]
    assert [g["key"] for g in data["table4"]["groups"]] == list(stcsm["table4"])
    for group in data["table4"]["groups"]:
        assert group["values"] == stcsm["table4"][group["key"]], group["key"]
    assert data["fees"] == {"notices": 0, "amount_notified": 0.0, "amount_collected": 0.0}
    assert [c["ok"] for c in data["checks"]] == [True] * 5
    assert [c["name"] for c in data["checks"]] == [
        "balance",
        "results_total",
        "row_totals",
        "table4_totals",
        "carry_over",
    ]
    assert report.data["table3"]["rows"][4]["label"] == "（三）1.属于国家秘密"


def test_stcsm_carry_over_cases_and_explain(stcsm_db):
    engine, _ = stcsm_db
    carried_in = service.explain(
        engine, year=2024, agency="stcsm", row="carried_over_in", column="natural_person"
    )
    assert len(carried_in) == 2
    assert all(c["received"].year == 2023 and c["concluded"].year == 2024 for c in carried_in)
    carried_out = service.explain(engine, year=2024, agency="stcsm", row="carried_over_out", column="total")
    assert [(c["received"].year, c["concluded"].year) for c in carried_out] == [(2024, 2025)]
    # the 2023 report carries the same two cases out; 2025 carries the one in
    r2023 = service.generate(engine, year=2023, agency="stcsm")
    assert values(r2023, "carried_over_out") == [2, 0, 0, 0, 0, 0, 2]
    r2025 = service.generate(engine, year=2025, agency="stcsm")
    assert values(r2025, "carried_over_in") == [1, 0, 0, 0, 0, 0, 1]
    assert values(r2025, "results_total")[-1] == 1

    cells = service.explain(
        engine, year=2024, agency="stcsm", row="closed_no_correction", column="commercial_enterprise"
    )
    assert len(cells) == 2
    assert {c["outcome"] for c in cells} == {"closed_no_correction"}
    # an enterprise's name is not personal data: shown in full (workflow.privacy)
    assert cells[0]["clerk"] == "李四" and cells[0]["applicant"] == "张三"
    # a printed row key sums its outcomes
    withheld = service.explain(engine, year=2024, agency="stcsm", row="withheld", column="total")
    assert sorted(c["outcome"] for c in withheld) == [
        "withheld_internal_affairs",
        "withheld_process_information",
    ]
    with pytest.raises(Exception, match="未知的列"):
        service.explain(engine, year=2024, agency="stcsm", row="disclosed", column="martians")
    with pytest.raises(Exception, match="未知的行"):
        service.explain(engine, year=2024, agency="stcsm", row="nonsense", column="total")


def test_paragraphs_on_time_and_fees(stcsm_db):
    engine, agency_id = stcsm_db
    report = service.generate(engine, year=2024, agency="stcsm")
    md = export.render(report, "md")
    on_time, replied = report.raw_values["on_time"], report.raw_values["replied"]
    assert 0 < on_time < replied < 35  # the closures (closed_*) are no replies
    assert (
        f"2024年，上海市科学技术委员会共收到政府信息公开申请34件，上年结转2件；本年度办结35件，"
        f"其中予以公开9件，部分公开0件，不予公开2件，无法提供10件，不予处理0件，其他处理14件；"
        f"结转下年度继续办理1件。办结的申请中作出答复{replied}件，其中在法定期限内答复{on_time}件，"
        f"按期答复率{100 * on_time / replied:.1f}%（撤回申请、视为放弃申请的不计入）。"
    ) in md
    assert "未收取信息处理费" in md
    with write(engine) as conn:
        spec = CaseSpec(
            "natural_person",
            date(2024, 3, 1),
            fees=[
                FeeSpec(date(2024, 3, 5), Decimal("100.50"), date(2024, 3, 20), Decimal("100.50")),
                FeeSpec(date(2024, 12, 20), Decimal("50.00"), date(2025, 1, 5), Decimal("50.00")),
                FeeSpec(date(2023, 12, 20), Decimal("30.00"), date(2024, 1, 3), Decimal("30.00")),
            ],
        )
        insert_case(conn, agency_id, spec)
    report = service.generate(engine, year=2024, agency="stcsm")
    assert report.data["fees"] == {"notices": 2, "amount_notified": 150.5, "amount_collected": 130.5}
    md = export.render(report, "md")
    assert "共发出信息处理费收费通知2件，通知金额150.50元；实际收取信息处理费130.50元。" in md


# -- each check failing on purpose -----------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "case_no", "failing", "named", "not_named"),
    [
        pytest.param(
            CaseSpec("natural_person", date(2024, 2, 1), date(2023, 11, 30), "disclosed"), "BAD-1", "balance",
            ["自然人(natural_person)", "new_received+carried_over_in=35", "results_total+carried_over_out=34"],
            ["商业企业"], id="check1-balance-concluded-before-received",
        ),
        pytest.param(
            CaseSpec("martian_org", date(2024, 6, 1), date(2024, 6, 9), "disclosed"), "ODD-1", "row_totals",
            ["new_received", "total=35", "6类申请人之和=34", "disclosed", "total=10"],
            [], id="check3-row-total-unknown-applicant-type",
        ),
    ],
)
def test_a_check_fails_alone_and_names_the_case(stcsm_db, spec, case_no, failing, named, not_named):
    engine, agency_id = stcsm_db
    with write(engine) as conn:
        insert_case(conn, agency_id, spec, case_no=case_no)
    report = service.generate(engine, year=2024, agency="stcsm")
    c = check(report, failing)
    assert not c["ok"]
    assert all(fragment in c["detail"] for fragment in [*named, case_no])
    assert not any(fragment in c["detail"] for fragment in not_named)
    assert [x.name for x in report.failing] == [failing]


def test_check2_results_fail_on_missing_or_unknown_outcome(stcsm_db):
    engine, agency_id = stcsm_db
    with write(engine) as conn:
        insert_case(
            conn,
            agency_id,
            CaseSpec("natural_person", date(2024, 5, 1), date(2024, 5, 20), None),
            case_no="NO-OUT",
        )
        conn.execute(
            text(
                "UPDATE disclosure_case SET outcome = 'abducted' WHERE case_no = (SELECT MIN(case_no) FROM disclosure_case WHERE outcome = 'disclosed')"
            )
        )
    report = service.generate(engine, year=2024, agency="stcsm")
    c = check(report, "results_total")
    assert not c["ok"]
    assert "results_total=36" in c["detail"] and "21项办理结果之和=34" in c["detail"]
    assert "NO-OUT" in c["detail"]
    odd = service.explain(engine, year=2024, agency="stcsm", row="results_total", column="natural_person")
    abducted = [x["case_no"] for x in odd if x["outcome"] == "abducted"]
    assert abducted and abducted[0] in c["detail"]
    assert [x.name for x in report.failing] == ["results_total"]


def test_check4_table4_fails_on_unknown_result(stcsm_db):
    engine, _ = stcsm_db
    with write(engine) as conn:
        case_id = (
            conn.execute(text("SELECT id FROM disclosure_case WHERE outcome = 'disclosed' ORDER BY id"))
            .scalars()
            .first()
        )
        case_no = conn.execute(text(f"SELECT case_no FROM disclosure_case WHERE id = {case_id}")).scalar()
        conn.execute(
            text(
                "INSERT INTO proceeding (case_id, agency_id, kind, filed_on, result, decided_on) "
                "SELECT id, agency_id, 'litigation_direct', :f, 'remanded', :d FROM disclosure_case WHERE id = :c"
            ),
            {"f": date(2024, 4, 1), "d": date(2024, 9, 1), "c": case_id},
        )
    report = service.generate(engine, year=2024, agency="stcsm")
    c = check(report, "table4_totals")
    assert not c["ok"]
    assert "litigation_direct" in c["detail"] and "total=1" in c["detail"] and "四项结果之和=0" in c["detail"]
    assert case_no in c["detail"]
    assert [x.name for x in report.failing] == ["table4_totals"]


def test_check5_carry_over_against_published_and_generated(stcsm_db, stcsm):
    engine, _ = stcsm_db
    published = {
        "year": 2023,
        "columns": stcsm["columns"],
        "table3": {"carried_over_out": [3, 0, 0, 0, 0, 0, 3]},
    }
    result = service.record_published(engine, year=2023, agency="stcsm", data=published)
    assert result["replaced"] is False
    report = service.generate(engine, year=2024, agency="stcsm")
    c = check(report, "carry_over")
    assert not c["ok"]
    assert "上年公开carried_over_out=3" in c["detail"] and "本年carried_over_in=2" in c["detail"]
    carried = [
        x["case_no"]
        for x in service.explain(
            engine, year=2024, agency="stcsm", row="carried_over_in", column="natural_person"
        )
    ]
    assert all(n in c["detail"] for n in carried)
    # our own JSON shape is accepted too, and replaces the record
    ours = service.generate(engine, year=2023, agency="stcsm").data
    assert service.record_published(engine, year=2023, agency="stcsm", data=ours)["replaced"] is True
    assert check(service.generate(engine, year=2024, agency="stcsm"), "carry_over")["ok"]

    # a doctored report structure fails against last year's report as generated
    layout = layout_for_year(2024)
    doctored = copy.deepcopy(report.data)
    doctored["table3"]["rows"][1]["values"] = [1, 0, 0, 0, 0, 0, 1]
    res = checks.run_checks(layout, doctored, previous_generated=[2, 0, 0, 0, 0, 0, 2])
    failing = [r for r in res if not r.ok]
    assert [r.name for r in failing] == ["balance", "carry_over"]
    assert "上年生成carried_over_out=2" in failing[1].detail()


@pytest.mark.parametrize(
    ("row", "col", "delta", "expected"),
    [
        ("new_received", 0, 1, {"balance", "row_totals"}),
        ("new_received", 6, 1, {"balance", "row_totals"}),
        ("disclosed", 0, 1, {"results_total", "row_totals"}),
        ("results_total", 1, -1, {"balance", "results_total", "row_totals"}),
        ("carried_over_out", 6, 2, {"balance", "row_totals"}),
    ],
)
def test_checks_on_doctored_structures(stcsm, row, col, delta, expected):
    layout = layout_by_name("national-2021")
    columns, rows, t4cols, groups = normalize_expected(stcsm)
    data = {
        "table3": {
            "columns": columns,
            "rows": [{"key": k, "label": k, "values": list(v)} for k, v in rows.items()],
        },
        "table4": {
            "columns": t4cols,
            "groups": [{"key": k, "label": k, "values": list(v)} for k, v in groups.items()],
        },
    }
    assert all(r.ok for r in checks.run_checks(layout, data, previous_generated=rows["carried_over_in"]))
    next(r for r in data["table3"]["rows"] if r["key"] == row)["values"][col] += delta
    res = checks.run_checks(layout, data, previous_generated=rows["carried_over_in"])
    assert {r.name for r in res if not r.ok} == expected
    data["table4"]["groups"][0]["values"][4] = 2
    res = checks.run_checks(layout, data)
    assert "table4_totals" in {r.name for r in res if not r.ok}


# -- hierarchy --------------------------------------------------------------------------------


def _simple_specs(n_new: int, n_out: int, year: int = 2024) -> list[CaseSpec]:
    specs = [
        CaseSpec("natural_person", date(year, 3, 1 + i % 20), date(year, 4, 1), "disclosed")
        for i in range(n_new)
    ]
    specs += [CaseSpec("commercial_enterprise", date(year, 12, 28)) for _ in range(n_out)]
    return specs


def test_hierarchy_include_subordinates_and_by_agency(engine):
    counts = {"gov": (3, 1), "dept-a": (5, 0), "dept-a-1": (2, 2), "dept-b": (4, 1)}
    with write(engine) as conn:
        gov = make_agency(conn, "gov", "某市人民政府")
        a = make_agency(conn, "dept-a", "某市教育局", gov)
        a1 = make_agency(conn, "dept-a-1", "某市教育考试院", a)
        b = make_agency(conn, "dept-b", "某市财政局", gov)
        make_agency(conn, "other", "另一政府")
        for code, aid in (("gov", gov), ("dept-a", a), ("dept-a-1", a1), ("dept-b", b)):
            insert_specs(conn, aid, _simple_specs(*counts[code]))
        insert_specs(
            conn,
            a1,
            [
                CaseSpec(
                    "natural_person",
                    date(2024, 5, 5),
                    date(2024, 6, 5),
                    "declined_repeat",
                    proceedings=[ProceedingSpec("reconsideration", date(2024, 7, 1))],
                )
            ],
        )
    own = service.generate(engine, year=2024, agency="gov")
    assert values(own, "new_received") == [3, 1, 0, 0, 0, 0, 4]
    whole = service.generate(engine, year=2024, agency="gov", include_subordinates=True, by_agency=True)
    assert values(whole, "new_received") == [15, 4, 0, 0, 0, 0, 19]
    assert values(whole, "disclosed") == [14, 0, 0, 0, 0, 0, 14]
    assert values(whole, "carried_over_out")[-1] == 4
    assert whole.data["table4"]["groups"][0]["values"] == [0, 0, 0, 1, 1]
    assert whole.ok
    lines = whole.data["by_agency"]
    assert [ln["agency"] for ln in lines] == ["gov", "dept-a", "dept-a-1", "dept-b"]
    assert [ln["new_received"] for ln in lines] == [4, 5, 5, 5]
    assert [ln["proceedings_total"] for ln in lines] == [0, 0, 1, 0]
    assert sum(ln["results_total"] for ln in lines) == values(whole, "results_total")[-1] == 15
    dept_a = service.generate(engine, year=2024, agency="dept-a", include_subordinates=True)
    assert values(dept_a, "new_received")[-1] == 10
    md = export.render(whole, "md")
    assert "附：分单位统计" in md and "| 某市教育考试院 | 5 |" in md and "| 合计 | 19 |" in md
    assert "by_agency" not in own.data
    explained = service.explain(
        engine, year=2024, agency="dept-a", row="new_received", column="total", include_subordinates=True
    )
    assert len(explained) == 10


# -- layouts by year --------------------------------------------------------------------------


def test_trial_2019_layout_merges_closed_rows(engine):
    with write(engine) as conn:
        aid = make_agency(conn, "bureau", "某区卫生健康委员会")
        specs = [
            CaseSpec("natural_person", date(2020, 3, 1), date(2020, 3, 20), o)
            for o in (
                "closed_no_correction",
                "closed_fee_unpaid",
                "closed_other",
                "closed_other",
                "disclosed",
            )
        ]
        insert_specs(conn, aid, specs)
    report = service.generate(engine, year=2020, agency="bureau")
    assert report.data["format"] == "trial-2019" and report.ok
    assert [r["key"] for r in report.data["table3"]["rows"]] == VOCAB_ROW_KEYS
    assert values(report, "closed_other") == [2, 0, 0, 0, 0, 0, 2]
    md = export.render(report, "md")
    assert "| 　（六）其他处理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |" in md
    assert "逾期不补正" not in md and "3.其他" not in md
    assert "| 　（七）总计 | 5 |" in md
    assert layout_for_year(2019).name == "trial-2019" and layout_for_year(2021).name == "national-2021"


def test_pre2019_narrative(engine):
    with write(engine) as conn:
        aid = make_agency(conn, "ajj", "罗庄区安全生产监督管理局")
        insert_specs(
            conn,
            aid,
            [CaseSpec("natural_person", date(2018, 4, 2), date(2018, 4, 20), "disclosed") for _ in range(3)],
        )
        insert_specs(
            conn,
            aid,
            [
                CaseSpec(
                    "natural_person",
                    date(2018, 6, 2),
                    date(2018, 6, 20),
                    "unavailable_not_held",
                    proceedings=[
                        ProceedingSpec("litigation_direct", date(2018, 8, 1), "upheld", date(2018, 11, 1))
                    ],
                )
            ],
        )
        empty = make_agency(conn, "empty", "罗庄区某局")
    report = service.generate(engine, year=2018, agency="ajj")
    assert report.data["format"] == "narrative-pre2019" and report.ok
    md = export.render(report, "md", texts={"二": "2018年主动公开政府信息共57条。"})
    headings = re.findall(r"^## (.+)$", md, flags=re.M)
    assert headings == [
        "一、概述",
        "二、主动公开政府信息情况",
        "三、依申请公开政府信息和不予公开政府信息情况",
        "四、政府信息公开的收费及减免情况",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "六、政府信息公开工作存在的主要问题及改进情况",
        "七、其他需要报告的事项",
    ]
    assert "|" not in md
    assert (
        "2018年，罗庄区安全生产监督管理局共收到政府信息公开申请4件，其中公民申请4件，法人或者其他组织申请0件；"
        "上年结转0件。本年度办结4件，其中同意公开3件" in md
    )
    assert "不属于本机关公开或者该政府信息不存在1件" in md and "2018年主动公开政府信息共57条。" in md
    assert "提起行政诉讼1件（维持1件" in md
    assert "2018年，罗庄区安全生产监督管理局依申请提供政府信息，未收取检索、复制、邮寄等成本费用，无减免费用的情况。" in md
    none = export.render(service.generate(engine, year=2018, agency="empty"), "md")
    assert "2018年，罗庄区某局共收到政府信息公开申请0件。" in none
    assert "2018年，罗庄区某局未收到因政府信息公开申请提起的行政复议、行政诉讼。" in none
    assert empty


def test_the_pre2019_narrative_reports_what_gir2008_art32_lists_in_the_categories_of_that_time(engine):
    with write(engine) as conn:
        aid = make_agency(conn, "ajj", "罗庄区安全生产监督管理局")
        day = (date(2018, 3, 1), date(2018, 3, 20))
        outcomes = {
            "natural_person": ["disclosed", "disclosed", "withheld_state_secret", "withheld_third_party_rights",
                               "withheld_process_information", "withheld_internal_affairs", "unavailable_not_held",
                               "declined_publication", "unavailable_still_unclear"],
            "commercial_enterprise": ["partially_disclosed", "withheld_enforcement_file", "closed_other"],
        }
        specs = [CaseSpec(kind, *day, o) for kind, os in outcomes.items() for o in os]
        specs[0].fees = [
            FeeSpec(date(2018, 3, 5), Decimal("12.00"), date(2018, 3, 9), Decimal("12.00")),
            FeeSpec(date(2018, 3, 6), Decimal("30.00"), waived_on=date(2018, 3, 8)),
        ]
        insert_specs(conn, aid, specs)
    report = service.generate(engine, year=2018, agency="ajj")
    assert report.ok and report.layout.name == "narrative-pre2019"
    md = export.render(report, "md")
    sections = {h: t.strip() for h, t in re.findall(r"^## (\S+?)\n\n(.*?)(?=\n## |\Z)", md, flags=re.M | re.S)}
    # Art. 32: (一) proactive, (二) on application and refusals, (三) fees and waivers, (四) remedies,
    # (五) problems, (六) other matters; after an overview
    assert list(sections) == [
        "一、概述",
        "二、主动公开政府信息情况",
        "三、依申请公开政府信息和不予公开政府信息情况",
        "四、政府信息公开的收费及减免情况",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "六、政府信息公开工作存在的主要问题及改进情况",
        "七、其他需要报告的事项",
    ]
    three = sections["三、依申请公开政府信息和不予公开政府信息情况"]
    assert "共收到政府信息公开申请12件，其中公民申请9件，法人或者其他组织申请3件" in three
    assert (
        "其中同意公开2件，同意部分公开1件，不予公开5件，不属于本机关公开或者该政府信息不存在1件，"
        "申请内容不明确1件，告知通过其他途径办理1件，其他1件" in three
    )
    assert (
        "不予公开的5件中，涉及国家秘密1件，涉及商业秘密、个人隐私1件，危及国家安全、公共安全、经济安全和社会稳定0件，"
        "不属于《条例》所指政府信息2件，法律、法规规定不予公开的其他情形1件。" in three
    )
    assert sections["四、政府信息公开的收费及减免情况"] == (
        "2018年，罗庄区安全生产监督管理局依申请提供政府信息，发出收费通知2件，通知金额42.00元，"
        "实际收取检索、复制、邮寄等成本费用12.00元；减免费用1件，减免金额30.00元。"
    )
    assert report.data["fees"] == {"notices": 2, "amount_notified": 42.0, "amount_collected": 12.0}
    assert sections["六、政府信息公开工作存在的主要问题及改进情况"] == "（本部分内容由本机关另行提供。）"


def test_layout_labels_match_report_format(shared_domain):
    block = (shared_domain / "report-format.md").read_text(encoding="utf-8").split("```")[1]
    expected = [ln.strip() for ln in block.strip().splitlines()]
    national = layout_by_name("national-2021")
    assert [r.label for r in national.rows] == expected
    assert national.corner == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    trial = layout_by_name("trial-2019")
    merged = [ln for ln in expected if not re.match(r"^\d\.", ln) or not _under_six(expected, ln)]
    assert [r.label for r in trial.rows] == merged
    assert next(r for r in trial.rows if r.label == "（六）其他处理").sum == (
        "closed_no_correction",
        "closed_fee_unpaid",
        "closed_other",
    )
    vocab = (shared_domain / "vocabulary.md").read_text(encoding="utf-8")
    for layout in load_layouts():
        for row in layout.json_rows:
            if row.outcome:
                assert f"| `{row.outcome}` | {row.label} |" in vocab
    for layout in (national, trial):
        assert [s.title for s in layout.sections] == [
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
        ]


def _under_six(lines: list[str], line: str) -> bool:
    i = lines.index(line)
    heads = [ln for ln in lines[:i] if ln.startswith("（")]
    return bool(heads) and heads[-1] == "（六）其他处理"


def test_layout_validation_names_file_and_key():
    import yaml

    from workflow.report.layout import default_dir

    data = yaml.safe_load((default_dir() / "national-2021.yaml").read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    broken["table3"]["rows"] = [r for r in broken["table3"]["rows"] if r["key"] != "closed_other"]
    with pytest.raises(DefinitionError, match=r"x\.yaml: table3\.rows: .*closed_other"):
        parse_layout(broken, "x.yaml")
    broken = copy.deepcopy(data)
    broken["paragraphs"]["fees"][0]["text"] = "{no_such_value}"
    with pytest.raises(DefinitionError, match=r"paragraphs\.fees\[0\].*no_such_value"):
        parse_layout(broken, "x.yaml")
    broken = copy.deepcopy(data)
    broken["table3"]["json_rows"][2]["measure"] = "magic"
    with pytest.raises(DefinitionError, match=r"table3\.json_rows\[2\]"):
        parse_layout(broken, "x.yaml")
    with pytest.raises(NotFoundError):
        layout_by_name("nope")


def test_table4_header_merges():
    layout = layout_by_name("national-2021")
    spans, depth = header_grid(layout.t3_header, 1)
    assert depth == 3
    got = {(s.text, s.row, s.col, s.rowspan, s.colspan) for s in spans}
    assert ("申请人情况", 0, 1, 1, 7) in got and ("自然人", 1, 1, 2, 1) in got
    assert ("法人或其他组织", 1, 2, 1, 5) in got and ("总计", 1, 7, 2, 1) in got

    class R:
        pass

    r = R()
    r.layout = layout
    r.data = {"table4": {"groups": [{"key": g.key, "values": [0] * 5} for g in layout.t4_groups]}}
    t = table4(r)
    got = {(s.text, s.row, s.col, s.rowspan, s.colspan) for s in t.header if s.rowspan > 1 or s.colspan > 1}
    assert got == {
        ("行政复议", 0, 0, 2, 5),
        ("行政诉讼", 0, 5, 1, 10),
        ("未经复议直接起诉", 1, 5, 1, 5),
        ("复议后起诉", 1, 10, 1, 5),
    }


# -- CLI --------------------------------------------------------------------------------------


def test_cli_report_md_json_and_errors(stcsm_db, tmp_path):
    engine, _ = stcsm_db
    res = invoke(engine, "report", "--year", "2024", "--agency", "stcsm")
    assert res.exit_code == 0, res.output
    assert "| 一、本年新收政府信息公开申请数量 | 32 | 2 | 0 | 0 | 0 | 0 | 34 |" in res.output
    five = tmp_path / "five.txt"
    five.write_text("一是人员不足。\n\n二是培训不够。\n", encoding="utf-8")
    res = invoke(engine, "report", "--year", "2024", "--agency", "stcsm", "--section-five", str(five))
    assert "一是人员不足。" in res.output and "二是培训不够。" in res.output
    res = invoke(engine, "--json", "report", "--year", "2024", "--agency", "stcsm")
    assert json.loads(res.output)["table3"]["rows"][0]["values"][-1] == 34
    res = invoke(engine, "report", "--year", "2024", "--agency", "stcsm", "--format", "json")
    assert json.loads(res.output)["format"] == "national-2021"
    out = tmp_path / "r.html"
    res = invoke(
        engine, "report", "--year", "2024", "--agency", "stcsm", "--format", "html", "--output", str(out)
    )
    assert res.exit_code == 0 and '<th class="head" rowspan="3" colspan="3">（本列数据' in out.read_text(encoding="utf-8")
    res = invoke(engine, "report", "--year", "2024", "--agency", "nobody")
    assert (
        isinstance(res.exception, CliError)
        and res.exception.exit_code == 2
        and "nobody" in str(res.exception)
    )
    # docx without --output gets a default file name: tests/cli/test_report_cmd.py


def test_cli_failing_check_stops_export_unless_forced(stcsm_db, tmp_path):
    engine, agency_id = stcsm_db
    with write(engine) as conn:
        insert_case(
            conn,
            agency_id,
            CaseSpec("natural_person", date(2024, 5, 1), date(2024, 5, 20), None),
            case_no="NO-OUT",
        )
        insert_case(
            conn,
            agency_id,
            CaseSpec("martian_org", date(2024, 6, 1), date(2024, 6, 9), "disclosed"),
            case_no="ODD-1",
        )
    out = tmp_path / "r.md"
    res = invoke(engine, "report", "--year", "2024", "--agency", "stcsm", "--output", str(out))
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    lines = str(res.exception).splitlines()
    assert len(lines) == 3
    assert lines[1].startswith("校验2") and "NO-OUT" in lines[1]
    assert lines[2].startswith("校验3") and "ODD-1" in lines[2]
    assert not out.exists()
    res = invoke(engine, "report", "--year", "2024", "--agency", "stcsm", "--output", str(out), "--force")
    assert res.exit_code == 0 and out.exists()
    assert "警告: 校验2" in res.output or "警告: 校验2" in (res.stderr if hasattr(res, "stderr") else "")


def test_cli_explain_and_record_published(stcsm_db, stcsm, tmp_path):
    engine, _ = stcsm_db
    res = invoke(
        engine,
        "--json",
        "report",
        "explain",
        "--year",
        "2024",
        "--agency",
        "stcsm",
        "--row",
        "carried_over_in",
        "--column",
        "natural_person",
    )
    assert res.exit_code == 0, res.output
    payload = json.loads(res.output)
    assert (
        payload["count"] == 2
        and payload["cases"][0]["clerk"] == "李四"
        and payload["cases"][0]["applicant"] == "张*"
    )
    res = invoke(engine, "report", "explain", "--year", "2024", "--agency", "stcsm", "--row", "disclosed")
    assert res.exit_code == 0 and "李四" in res.output and "张三" not in res.output
    pub = tmp_path / "published-2024.json"
    pub.write_text(json.dumps(stcsm, ensure_ascii=False), encoding="utf-8")
    res = invoke(engine, "report", "record-published", "--year", "2024", "--agency", "stcsm", str(pub))
    assert res.exit_code == 0 and "已登记" in res.output
    r2025 = service.generate(engine, year=2025, agency="stcsm")
    assert check(r2025, "carry_over")["ok"] and "已与上年公开数据核对" in check(r2025, "carry_over")["detail"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"table3": {}}', encoding="utf-8")
    res = invoke(engine, "report", "record-published", "--year", "2024", "--agency", "stcsm", str(bad))
    assert isinstance(res.exception, CliError) and "carried_over_out" in str(res.exception)
