"""What an agency enters for its annual report (section texts, section 二's counts of Art. 20
items): stored per agency and year, versioned and append-only, with who and when, checked against
the year's layout, and printed in place in every format; on both stores."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from report_fixtures import CaseSpec, db_url, insert_specs, make_agency, make_user
from sqlalchemy import func, insert, select, text

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.errors import ValidationError
from workflow.report import entries, export, service
from workflow.store.db import read, write
from workflow.store.models import report_entry, user_role


@pytest.fixture
def office(engine):
    """Agency ``ajj`` with a head (zhaomin), a clerk (wangfang) and a supervisor (chenjie), one
    concluded case in 2025; agency ``other`` beside it."""
    with write(engine) as conn:
        aid = make_agency(conn, "ajj", "临沂市罗庄区应急管理局")
        other = make_agency(conn, "other", "临沂市罗庄区某局")
        for name, role in (("zhaomin", "head"), ("wangfang", "clerk"), ("chenjie", "supervisor")):
            uid = make_user(conn, name)
            conn.execute(insert(user_role).values(user_id=uid, agency_id=aid, role=role))
        insert_specs(conn, aid, [CaseSpec("natural_person", date(2025, 3, 3), date(2025, 3, 20), "disclosed")])
    return engine, aid, other


def invoke(engine, *args: str):
    return CliRunner().invoke(cli, ["--db", db_url(engine), *args], catch_exceptions=True)


def refused(res) -> str:
    """The one-line message of a command refused as bad input (exit code 2 from ``main``)."""
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2, res.output
    message = str(res.exception)
    assert len(message.splitlines()) == 1
    return message


def entry_count(engine) -> int:
    with read(engine) as conn:
        return conn.execute(select(func.count()).select_from(report_entry)).scalar_one()


def test_it_stores_section_texts_per_agency_and_year_and_prints_them_in_their_sections(office):
    engine, _, _ = office
    entries.set_text(engine, agency="ajj", year=2025, section="一", text="本局全年主动公开信息57条。", actor="zhaomin")
    entries.set_text(engine, agency="ajj", year=2025, section="五", text="一是人员不足。\n\n二是培训不够。", actor="wangfang")
    entries.set_text(engine, agency="ajj", year=2025, section="六", text="本局无其他需要报告的事项。", actor="zhaomin")
    entries.set_text(engine, agency="ajj", year=2024, section="五", text="去年的问题。", actor="zhaomin")

    md = export.render(service.generate(engine, year=2025, agency="ajj"), "md")
    one = md.index("## 一、总体情况")
    assert one < md.index("本局全年主动公开信息57条。") < md.index("2025年，临沂市罗庄区应急管理局共收到") < md.index("## 二、")
    five = md[md.index("## 五、") : md.index("## 六、")]
    assert "一是人员不足。\n\n二是培训不够。" in five and "另行提供" not in five and "去年的问题" not in five
    six = md[md.index("## 六、") :]
    assert six.index("信息处理费") < six.index("本局无其他需要报告的事项。")
    other = export.render(service.generate(engine, year=2025, agency="other"), "md")
    assert "本局全年主动公开信息57条。" not in other and "（本部分内容由本机关另行提供。）" in other

    document = docx.Document(io.BytesIO(export.render(service.generate(engine, year=2025, agency="ajj"), "docx")))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs.index("二是培训不够。") == paragraphs.index("五、存在的主要问题及改进情况") + 2


def test_it_keeps_every_version_with_who_and_when_and_the_table_is_append_only(office):
    engine, _, _ = office
    entries.set_text(engine, agency="ajj", year=2025, section="五", text="初稿。", actor="wangfang")
    entries.set_text(engine, agency="ajj", year=2025, section="五", text="定稿。", actor="zhaomin")
    assert entries.set_text(engine, agency="ajj", year=2025, section="五", text="定稿。\n", actor="zhaomin") == []
    entries.set_items(engine, agency="ajj", year=2025, values={"licensing": "120"}, actor="wangfang")
    entries.set_items(engine, agency="ajj", year=2025, values={"licensing": "126", "fees": "0.5"}, actor="zhaomin")

    _, versions = entries.history(engine, agency="ajj", year=2025)
    got = [(e.kind, e.key, e.version, e.body, e.value, e.entered_by, e.role) for e in versions]
    assert got == [
        ("item", "fees.amount", 1, None, Decimal("0.5"), "zhaomin", "head"),
        ("item", "licensing.decisions", 1, None, Decimal("120"), "wangfang", "clerk"),
        ("item", "licensing.decisions", 2, None, Decimal("126"), "zhaomin", "head"),
        ("text", "五", 1, "初稿。", None, "wangfang", "clerk"),
        ("text", "五", 2, "定稿。", None, "zhaomin", "head"),
    ]
    assert all(e.entered_at.tzinfo is not None for e in versions)
    _, latest = entries.latest(engine, agency="ajj", year=2025)
    assert latest.texts == {"五": "定稿。"} and latest.values == {"licensing.decisions": 126, "fees.amount": Decimal("0.5")}

    entries.set_text(engine, agency="ajj", year=2025, section="五", text=None, actor="zhaomin")
    entries.set_items(engine, agency="ajj", year=2025, values={"fees": ""}, actor="zhaomin")
    _, latest = entries.latest(engine, agency="ajj", year=2025)
    assert latest.texts == {} and latest.values == {"licensing.decisions": 126}
    assert entry_count(engine) == 7  # clearing is a version too

    for statement in ("UPDATE report_entry SET body = 'x'", "DELETE FROM report_entry"):
        with pytest.raises(Exception, match="append-only"), write(engine) as conn:
            conn.execute(text(statement))
    assert entry_count(engine) == 7


def test_section_two_counts_print_in_the_forms_table(office):
    engine, _, _ = office
    values = {"rules.issued": "0", "normative_documents.issued": "2", "normative_documents.in_force": "9",
              "licensing": "126", "penalties": "48", "enforcement": "3", "fees": "1.25"}
    entries.set_items(engine, agency="ajj", year=2025, values=values, actor="zhaomin")
    report = service.generate(engine, year=2025, agency="ajj")

    t2 = docx.Document(io.BytesIO(export.render(report, "docx"))).tables[0]
    assert (len(t2.rows), len(t2.columns)) == (14, 4)
    rows = [[t2.cell(r, c).text for c in range(4)] for r in range(14)]
    assert rows[0] == ["第二十条第（一）项"] * 4 and t2.cell(0, 0)._tc is t2.cell(0, 3)._tc
    assert rows[1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert rows[2] == ["规章", "0", "", ""] and rows[3] == ["行政规范性文件", "2", "", "9"]
    assert rows[5] == ["信息内容"] + ["本年处理决定数量"] * 3 and t2.cell(5, 1)._tc is t2.cell(5, 3)._tc
    assert rows[6] == ["行政许可"] + ["126"] * 3
    assert rows[9][:2] == ["行政处罚", "48"] and rows[10][:2] == ["行政强制", "3"]
    assert rows[11][0] == "第二十条第（八）项" and rows[12][1] == "本年收费金额（单位：万元）"
    assert rows[13][:2] == ["行政事业性收费", "1.25"]

    ws = openpyxl.load_workbook(io.BytesIO(export.render(report, "xlsx")))["表二"]
    assert {"A1:D1", "B6:D6", "B7:D7", "B14:D14"} <= {str(r) for r in ws.merged_cells.ranges}
    assert [ws.cell(row=7, column=c).value for c in (1, 2)] == ["行政许可", 126]
    assert ws.cell(row=14, column=2).value == 1.25

    md = export.render(report, "md")
    two = md[md.index("## 二、") : md.index("## 三、")]
    assert "第二十条第（五）项\n\n| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 126 |" in two
    assert "| 行政事业性收费 | 1.25 |" in two
    html = export.render(report, "html")
    assert '<th class="head" colspan="4">第二十条第（一）项</th>' in html
    assert '<td class="number" colspan="3">126</td>' in html


def test_the_trial_format_takes_its_own_items_and_a_signed_change(office):
    engine, _, _ = office
    entries.set_items(engine, agency="ajj", year=2020, values={"licensing.change": "-4", "procurement.amount": "52.15"},
                      actor="zhaomin")
    with pytest.raises(ValidationError, match="licensing.decisions.*整数"):
        entries.set_items(engine, agency="ajj", year=2020, values={"licensing.decisions": "-4"}, actor="zhaomin")
    with pytest.raises(ValidationError, match="issued"):  # the 2021 form's column, not the trial's
        entries.set_items(engine, agency="ajj", year=2020, values={"rules.issued": "1"}, actor="zhaomin")
    md = export.render(service.generate(engine, year=2020, agency="ajj"), "md")
    assert "| 行政许可 |  | -4 |  |" in md and "| 政府集中采购 |  | 52.15 |" in md


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["section", "set", "--section", "三", "--text-file", "{file}"], "第三部分不由本机关填写正文"),
        (["section", "set", "--section", "五"], "--text-file"),
        (["section", "set", "--section", "五", "--text-file", "{empty}"], "正文为空"),
        (["section", "set", "--section", "五", "--text-file", "{binary}"], "不是文本文件"),
        (["items", "set", "--set", "rule=1"], "没有 'rule' 项"),
        (["items", "set", "--set", "rules=1"], "rules.issued（本年制发件数）"),
        (["items", "set", "--set", "rules.issued=1.5"], "不小于0的整数"),
        (["items", "set", "--set", "licensing=-1"], "不小于0的整数"),
        (["items", "set", "--set", "fees=1.23456"], "最多4位小数"),
        (["items", "set", "--set", "fees=abc"], "须为数字"),
        (["items", "set", "--set", "licensing=1", "--set", "licensing=2"], "重复"),
        (["items", "set", "--set", "licensing"], "ITEM.COLUMN=VALUE"),
    ],
    ids=["no-text-section", "no-file", "empty-file", "binary-file", "unknown-item", "no-column",
         "fraction", "negative", "too-many-decimals", "not-a-number", "twice", "no-value"],
)
def test_it_refuses_bad_entries_in_one_line_with_exit_2_and_writes_nothing(office, tmp_path, args, message):
    engine, _, _ = office
    (tmp_path / "ok.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "empty.txt").write_text(" \n\n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01PK")
    files = {"file": tmp_path / "ok.txt", "empty": tmp_path / "empty.txt", "binary": tmp_path / "bin.txt"}
    args = [a.format(**files) for a in args]
    res = invoke(engine, "report", *args[:2], "--agency", "ajj", "--year", "2025", "--as", "zhaomin", *args[2:])
    assert message in refused(res)
    assert entry_count(engine) == 0


def test_it_refuses_a_user_without_an_entry_role_and_an_unknown_agency(office, tmp_path):
    engine, _, _ = office
    f = tmp_path / "t.txt"
    f.write_text("正文。", encoding="utf-8")
    base = ["report", "section", "set", "--year", "2025", "--section", "五", "--text-file", str(f)]
    res = invoke(engine, *base, "--agency", "ajj", "--as", "chenjie")
    assert "没有填报年度报告的角色（需要 head、clerk 之一）" in refused(res)
    res = invoke(engine, *base, "--agency", "other", "--as", "zhaomin")  # a head of ajj only
    assert "zhaomin 在 other" in refused(res)
    res = invoke(engine, *base, "--agency", "nowhere", "--as", "zhaomin")
    assert "nowhere" in refused(res)
    res = invoke(engine, *base, "--agency", "ajj", "--as", "nobody")
    assert "nobody" in refused(res)
    assert entry_count(engine) == 0


def test_the_commands_set_show_and_list_the_history(office, tmp_path):
    engine, _, _ = office
    f = tmp_path / "five.txt"
    f.write_bytes("一是人员不足。\n二是培训不够。\n".encode("gb18030"))  # as a Chinese Windows editor saves it
    res = invoke(engine, "report", "section", "set", "--agency", "ajj", "--year", "2025", "--section", "五",
                 "--text-file", str(f), "--as", "wangfang")
    assert res.exit_code == 0 and "第 1 版" in res.output, res.output
    res = invoke(engine, "report", "items", "set", "--agency", "ajj", "--year", "2025", "--as", "zhaomin",
                 "--set", "licensing=126", "--set", "normative_documents.in_force=9")
    assert res.exit_code == 0 and "licensing.decisions = 126（第 1 版）" in res.output, res.output
    res = invoke(engine, "report", "section", "show", "--agency", "ajj", "--year", "2025")
    assert "【五、存在的主要问题及改进情况】第 1 版 · wangfang（clerk）" in res.output and "二是培训不够。" in res.output
    res = invoke(engine, "--json", "report", "items", "show", "--agency", "ajj", "--year", "2025")
    cells = {c["cell"]: c for c in json.loads(res.output)["cells"]}
    assert len(cells) == 10 and cells["licensing.decisions"]["value"] == "126"
    assert cells["licensing.decisions"]["entered"]["entered_by"] == "zhaomin" and cells["fees.amount"]["value"] is None
    res = invoke(engine, "report", "section", "set", "--agency", "ajj", "--year", "2025", "--section", "五",
                 "--clear", "--as", "zhaomin")
    assert res.exit_code == 0 and "已清除" in res.output
    res = invoke(engine, "--json", "report", "section", "show", "--agency", "ajj", "--year", "2025", "--history")
    history = json.loads(res.output)["entries"]
    assert [(e["version"], e["entered_by"], e["text"]) for e in history] == [
        (1, "wangfang", "一是人员不足。\n二是培训不够。"),
        (2, "zhaomin", None),
    ]


def test_the_report_command_reminds_of_what_is_still_to_be_entered(office, tmp_path):
    engine, _, _ = office
    entries.set_items(engine, agency="ajj", year=2025, values={"licensing": "1"}, actor="zhaomin")
    out = tmp_path / "r.docx"
    res = invoke(engine, "report", "--year", "2025", "--agency", "ajj", "--format", "docx", "--output", str(out))
    assert res.exit_code == 0 and out.exists()
    assert "第二部分尚有 9 项未填报" in res.stderr and "licensing" not in res.stderr.split("未填报")[1].split("）")[0]
    assert "第五部分尚未填写正文" in res.stderr
