"""Word and Excel exports: read them back and compare every number cell with the JSON report."""

from __future__ import annotations

import io
import json
from datetime import date

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from openpyxl.utils import get_column_letter
from report_fixtures import (
    FORM_MERGES,
    CaseSpec,
    ProceedingSpec,
    case_specs_from_report,
    db_url,
    form_lines,
    insert_specs,
    make_agency,
)

from workflow.cli import cli
from workflow.report import export, service
from workflow.store.db import write


@pytest.fixture
def stcsm_report(engine, shared_domain):
    expected = json.loads((shared_domain / "example-report-stcsm-2024.json").read_text(encoding="utf-8"))
    with write(engine) as conn:
        aid = make_agency(conn, "stcsm", "上海市科学技术委员会")
        specs = case_specs_from_report(expected)
        # a pending litigation too, so that table 四 has numbers in two groups
        specs[5].proceedings.append(ProceedingSpec("litigation_after_reconsideration", date(2024, 10, 1)))
        insert_specs(conn, aid, specs)
    return service.generate(engine, year=2024, agency="stcsm")


def expected_t4(report) -> list[int]:
    return [v for g in report.data["table4"]["groups"] for v in g["values"]]


def _docx_tables(content: bytes):
    return docx.Document(io.BytesIO(content)).tables


def test_docx_lays_table_three_out_as_the_form_with_merged_label_columns(stcsm_report):
    report = stcsm_report
    content = export.render(report, "docx", texts={"二": "本年主动公开信息123条。"})
    document = docx.Document(io.BytesIO(content))
    t2, t3, t4 = document.tables
    assert (len(t3.rows), len(t3.columns)) == (28, 10)
    for text, (r0, r1, c0, c1) in FORM_MERGES.items():
        assert t3.cell(r0, c0).text == text
        assert t3.cell(r0, c0)._tc is t3.cell(r1, c1)._tc, text
        if c0 > 0:
            assert t3.cell(r0, c0 - 1)._tc is not t3.cell(r0, c0)._tc, text
    assert [t3.cell(2, c).text for c in range(4, 9)] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    lines = form_lines(report)
    assert len(lines) == 25
    for r, (label, nums) in enumerate(lines, start=3):
        assert t3.cell(r, 2).text == label, r  # every line's label reaches the last label column
        assert [int(t3.cell(r, c).text) for c in range(3, 10)] == nums, label
    # table 四: 行政复议 over 5 columns and 2 rows, 行政诉讼 over 10, its two kinds over 5 each
    assert t4.cell(0, 0)._tc is t4.cell(1, 4)._tc and t4.cell(0, 0).text == "行政复议"
    assert t4.cell(0, 5)._tc is t4.cell(0, 14)._tc and t4.cell(0, 5).text == "行政诉讼"
    assert t4.cell(1, 5)._tc is t4.cell(1, 9)._tc and t4.cell(1, 5).text == "未经复议直接起诉"
    assert t4.cell(1, 10)._tc is t4.cell(1, 14)._tc and t4.cell(1, 10).text == "复议后起诉"
    assert [t4.cell(2, c).text for c in range(5)] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert (
        [int(t4.cell(3, c).text) for c in range(15)]
        == expected_t4(report)
        == [1, 0, 0, 0, 1] + [0] * 5 + [0, 0, 0, 1, 1]
    )
    assert t2.cell(0, 0).text == "第二十条第（一）项"
    # fonts: East Asian 宋体 in tables, 仿宋 in the body text
    table_fonts = {r.get(qn("w:eastAsia")) for r in t3._tbl.iter(qn("w:rFonts"))}
    assert table_fonts == {"宋体"}
    body = [p for p in document.paragraphs if p.text == "本年主动公开信息123条。"][0]
    assert body.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    normal = document.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia"))
    assert normal == "仿宋"
    texts = [p.text for p in document.paragraphs]
    assert "三、收到和处理政府信息公开申请情况" in texts and "六、其他需要报告的事项" in texts


def test_xlsx_lays_table_three_out_as_the_form_with_merged_label_columns(stcsm_report):
    report = stcsm_report
    wb = openpyxl.load_workbook(io.BytesIO(export.render(report, "xlsx")))
    assert wb.sheetnames == ["表二", "表三", "表四"]
    ws = wb["表三"]
    assert (ws.max_row, ws.max_column) == (28, 10)
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert merged == {
        f"{get_column_letter(c0 + 1)}{r0 + 1}:{get_column_letter(c1 + 1)}{r1 + 1}"
        for r0, r1, c0, c1 in FORM_MERGES.values()
    }
    for text, (r0, _, c0, _) in FORM_MERGES.items():
        assert ws.cell(row=r0 + 1, column=c0 + 1).value == text
    for r, (label, nums) in enumerate(form_lines(report), start=4):
        assert [c.value for c in ws[r][:3] if c.value is not None][-1] == label
        assert [ws.cell(row=r, column=c).value for c in range(4, 11)] == nums, label
    ws4 = wb["表四"]
    assert {"A1:E2", "F1:O1", "F2:J2", "K2:O2"} <= {str(r) for r in ws4.merged_cells.ranges}
    assert [ws4.cell(row=4, column=c).value for c in range(1, 16)] == expected_t4(report)


def test_trial_layout_docx_and_xlsx(engine):
    with write(engine) as conn:
        aid = make_agency(conn, "wjw", "某区卫生健康委员会")
        outcomes = ("closed_no_correction", "closed_fee_unpaid", "closed_other", "disclosed", "disclosed")
        insert_specs(
            conn, aid, [CaseSpec("other_org", date(2019, 6, 3), date(2019, 6, 25), o) for o in outcomes]
        )
    report = service.generate(engine, year=2019, agency="wjw")
    t3 = _docx_tables(export.render(report, "docx"))[1]
    assert (len(t3.rows), len(t3.columns)) == (26, 10)
    labels = [t3.cell(r, c).text for r in range(3, len(t3.rows)) for c in range(3)]
    assert "（六）其他处理" in labels and not any("逾期不补正" in x for x in labels)
    row = labels.index("（六）其他处理") // 3 + 3
    assert t3.cell(row, 1)._tc is t3.cell(row, 2)._tc  # one line across two label columns
    assert [t3.cell(row, c).text for c in range(3, 10)] == ["0", "0", "0", "0", "0", "3", "3"]
    wb = openpyxl.load_workbook(io.BytesIO(export.render(report, "xlsx")))
    ws = wb["表三"]
    found = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[1] == "（六）其他处理"]
    assert found == [(None, "（六）其他处理", None, 0, 0, 0, 0, 0, 3, 3)]


def test_by_agency_sheet_and_cli_files(engine, tmp_path):
    with write(engine) as conn:
        gov = make_agency(conn, "gov", "某市人民政府")
        dept = make_agency(conn, "dept", "某市交通局", gov)
        insert_specs(
            conn, gov, [CaseSpec("natural_person", date(2024, 2, 1), date(2024, 2, 20), "disclosed")]
        )
        insert_specs(
            conn,
            dept,
            [CaseSpec("natural_person", date(2024, 2, 1), date(2024, 2, 20), "declined_repeat")] * 2,
        )
    runner = CliRunner()
    out = tmp_path / "r.xlsx"
    args = [
        "--db",
        db_url(engine),
        "report",
        "--year",
        "2024",
        "--agency",
        "gov",
        "--include-subordinates",
        "--by-agency",
    ]
    res = runner.invoke(cli, [*args, "--format", "xlsx", "--output", str(out)])
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["表二", "表三", "分单位统计", "表四"]  # in the order of the document
    rows = list(wb["分单位统计"].iter_rows(values_only=True))
    assert rows[0][:4] == ("单位", "本年新收", "上年结转", "本年办结")
    assert [r[:4] for r in rows[1:]] == [
        ("某市人民政府", 1, 0, 1),
        ("某市交通局", 2, 0, 2),
        ("合计", 3, 0, 3),
    ]
    out_docx = tmp_path / "r.docx"
    res = runner.invoke(cli, [*args, "--format", "docx", "--output", str(out_docx)])
    assert res.exit_code == 0, res.output
    tables = docx.Document(str(out_docx)).tables
    assert len(tables) == 4 and tables[2].cell(3, 0).text == "合计" and tables[2].cell(3, 1).text == "3"


def test_narrative_docx_has_no_tables_and_xlsx_is_refused(engine):
    with write(engine) as conn:
        aid = make_agency(conn, "ajj", "罗庄区安全生产监督管理局")
        insert_specs(conn, aid, [CaseSpec("natural_person", date(2018, 3, 1), date(2018, 3, 9), "disclosed")])
    report = service.generate(engine, year=2018, agency="ajj")
    document = docx.Document(io.BytesIO(export.render(report, "docx")))
    assert not document.tables
    assert any(
        p.text.startswith("2018年，罗庄区安全生产监督管理局共收到政府信息公开申请1件")
        for p in document.paragraphs
    )
    with pytest.raises(Exception, match="叙述式"):
        export.render(report, "xlsx")
