"""The annual report laid out as the national form and to be printed: the 2025 demo report in Word
and Excel read back cell by cell (merged cells, section 二's counts, the agency's texts), the
column widths and page set-up written into the files, and, where LibreOffice is installed, the
pages they print on; HTML and Markdown beside them; the layout's print section validated."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx.shared import Mm
from openpyxl.utils import get_column_letter
from report_fixtures import FORM_MERGES, form_lines

from workflow.cli import cli
from workflow.errors import DefinitionError
from workflow.report import export, service
from workflow.report.layout import default_dir, layout_by_name
from workflow.report.layout_parse import parse_layout
from workflow.store.db import make_engine

NATIONAL = layout_by_name("national-2021")
DEMO_AGENCY = "LZYJ"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo of 2025 as `disclosure demo --year 2025` builds it: its database, the Word and Excel
    reports it wrote, and the report regenerated from its database."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.db"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db), "--year", "2025"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    engine = make_engine(str(db))
    report = service.generate(engine, year=2025, agency=DEMO_AGENCY)
    engine.dispose()
    return {
        "folder": folder,
        "docx": folder / f"{DEMO_AGENCY}-2025-年度报告.docx",
        "xlsx": folder / f"{DEMO_AGENCY}-2025-年度报告.xlsx",
        "report": report,
    }


def test_the_2025_demo_report_in_word_is_the_form_with_its_merged_cells(demo):
    report = demo["report"]
    document = docx.Document(str(demo["docx"]))
    t2, t3, t4 = document.tables
    assert (len(t3.rows), len(t3.columns)) == (28, 10)
    for text, (r0, r1, c0, c1) in FORM_MERGES.items():
        assert t3.cell(r0, c0).text == text and t3.cell(r0, c0)._tc is t3.cell(r1, c1)._tc, text
    for r, (label, nums) in enumerate(form_lines(report), start=3):
        assert t3.cell(r, 2).text == label
        assert [int(t3.cell(r, c).text) for c in range(3, 10)] == nums, label
    assert [int(t3.cell(3, c).text) for c in range(3, 10)][-1] == 200  # the demo's 200 applications
    assert (len(t4.rows), len(t4.columns)) == (4, 15) and t4.cell(0, 0)._tc is t4.cell(1, 4)._tc
    # section 二's counts and the bureau's texts, as the demo entered them, in place
    assert (len(t2.rows), len(t2.columns)) == (14, 4) and t2.cell(0, 0)._tc is t2.cell(0, 3)._tc
    assert [t2.cell(6, c).text for c in range(2)] == ["行政许可", "126"]
    paragraphs = [p.text for p in document.paragraphs]
    five = paragraphs.index("五、存在的主要问题及改进情况")
    assert paragraphs[five + 1].startswith("一是部分答复文书")
    assert paragraphs[paragraphs.index("一、总体情况") + 1].startswith("2025年，本局坚持以公开为常态")


def test_the_2025_demo_report_in_excel_is_the_form_with_its_merged_cells(demo):
    report = demo["report"]
    wb = openpyxl.load_workbook(demo["xlsx"])
    assert wb.sheetnames == ["表二", "表三", "表四"]
    ws = wb["表三"]
    assert (ws.max_row, ws.max_column) == (28, 10)
    assert {str(r) for r in ws.merged_cells.ranges} == {
        f"{get_column_letter(c0 + 1)}{r0 + 1}:{get_column_letter(c1 + 1)}{r1 + 1}"
        for r0, r1, c0, c1 in FORM_MERGES.values()
    }
    for r, (label, nums) in enumerate(form_lines(report), start=4):
        assert [c.value for c in ws[r][:3] if c.value is not None][-1] == label
        assert [ws.cell(row=r, column=c).value for c in range(4, 11)] == nums, label
    ws2 = wb["表二"]
    assert [ws2.cell(row=7, column=c).value for c in (1, 2)] == ["行政许可", 126]
    assert "B7:D7" in {str(r) for r in ws2.merged_cells.ranges}


def test_word_tables_have_the_layouts_widths_fixed_and_table_three_fits_the_page(demo):
    document = docx.Document(str(demo["docx"]))
    section = document.sections[0]
    spec = NATIONAL.print
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == spec.margins_mm["left"] and round(section.top_margin.mm) == spec.margins_mm["top"]
    for table, name in zip(document.tables, ("active_disclosure", "table3", "table4"), strict=True):
        widths = spec.widths_mm[name]
        tbl = table._tbl
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed", name
        assert [int(c.get(qn("w:w"))) for c in tbl.tblGrid.gridCol_lst] == [Mm(w).twips for w in widths], name
        assert round(sum(widths), 3) <= spec.text_width_mm
    t3 = document.tables[1]
    # the last label column holds a numbered line on one or two lines, not six
    assert spec.widths_mm["table3"][2] >= 45
    # a line's label merged across the three label columns is as wide as the three
    tc_width = t3.cell(3, 0)._tc.tcPr.find(qn("w:tcW"))
    assert int(tc_width.get(qn("w:w"))) == Mm(sum(spec.widths_mm["table3"][:3])).twips
    header = [r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None for r in t3.rows]
    assert header == [True] * 3 + [False] * 25  # the header rows repeat on a second page
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in t3.rows)


def test_excel_sheets_print_one_page_wide_with_the_header_rows_repeated(demo):
    from workflow.report.office import excel_width

    wb = openpyxl.load_workbook(demo["xlsx"])
    spec = NATIONAL.print
    for ws, name, header in zip(wb.worksheets, ("active_disclosure", "table3", "table4"), (None, "$1:$3", "$1:$3"),
                                strict=True):
        setup = ws.page_setup
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert (int(setup.paperSize), setup.orientation) == (9, "portrait")
        assert ws.print_title_rows == header
        widths = [ws.column_dimensions[get_column_letter(j + 1)].width for j in range(ws.max_column)]
        assert widths == [excel_width(w) for w in spec.widths_mm[name]]
    assert wb["表三"].column_dimensions["C"].width > 3 * wb["表三"].column_dimensions["D"].width


def _pdf(path: Path, out: Path) -> list[str]:
    """The text of each page of ``path`` printed to PDF by LibreOffice (``pdftotext -layout``)."""
    missing = [tool for tool in ("soffice", "pdftotext") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed: the printed pages are checked only where "
                    "LibreOffice and poppler-utils are (apt-get install libreoffice-writer-nogui "
                    "libreoffice-calc-nogui poppler-utils); the widths in the file are checked always")
    out.mkdir(exist_ok=True)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{out}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = out / (path.stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    return text.decode("utf-8").split("\f")


def test_printed_from_word_table_three_takes_at_most_two_pages(demo, tmp_path):
    pages = _pdf(demo["docx"], tmp_path)
    first = next(i for i, p in enumerate(pages) if "一、本年新收政府信息公开申请数量" in p)
    last = next(i for i, p in enumerate(pages) if "四、结转下年度继续办理" in p)
    assert last - first + 1 <= 2
    assert all("申请人情况" in pages[i] for i in range(first, last + 1))  # the header repeated


def test_printed_from_excel_each_line_of_table_three_has_its_numbers_beside_it(demo, tmp_path):
    pages = _pdf(demo["xlsx"], tmp_path)
    table3 = [p for p in pages if "申请人情况" in p]
    assert table3 and all("本年新收" in p or "结转下年度" in p or "本年度办理结果" in p for p in table3)
    lines = [ln for p in table3 for ln in p.splitlines()]
    report = demo["report"]
    for label, nums in form_lines(report):
        if len(label) <= 16:  # a label on one line of its cell: its numbers are on that line
            line = next(ln for ln in lines if label in ln)
            assert re.findall(r"\d+", line.split(label, 1)[1]) == [str(n) for n in nums], label


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[dict[str, str]]]] = {}
        self.current: list[list[dict[str, str]]] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs = dict(attrs)
        if tag == "table":
            self.current = self.tables.setdefault(attrs["class"], [])
        elif tag == "tr" and self.current is not None:
            self.current.append([])
        elif tag in ("td", "th") and self.current is not None:
            self.current[-1].append({"rowspan": attrs.get("rowspan", "1"), "colspan": attrs.get("colspan", "1"),
                                     "class": attrs.get("class", ""), "text": ""})

    def handle_data(self, data: str) -> None:
        if self.current and self.current[-1]:
            self.current[-1][-1]["text"] += data


def test_html_lays_table_three_out_as_the_form(demo):
    parser = _Cells()
    parser.feed(export.render(demo["report"], "html"))
    rows = parser.tables["table3"]
    assert len(rows) == 28
    covered = [[False] * 10 for _ in range(28)]  # every row covers its 10 columns exactly once
    for r, cells in enumerate(rows):
        c = 0
        for cell in cells:
            while covered[r][c]:
                c += 1
            for dr in range(int(cell["rowspan"])):
                for dc in range(int(cell["colspan"])):
                    assert not covered[r + dr][c + dc]
                    covered[r + dr][c + dc] = True
            text = cell["text"]
            if text in FORM_MERGES:
                r0, r1, c0, c1 = FORM_MERGES[text]
                assert (r, c, int(cell["rowspan"]), int(cell["colspan"])) == (r0, c0, r1 - r0 + 1, c1 - c0 + 1), text
    assert all(all(row) for row in covered)
    html = export.render(demo["report"], "html")
    assert '<td class="category" rowspan="22">三、本年度办理结果</td>' in html
    assert "<colgroup>" + "".join(f'<col style="width:{w:g}mm">' for w in NATIONAL.print.widths_mm["table3"]) in html


def test_markdown_keeps_the_applicant_heading_and_the_category_lines(demo):
    md = export.render(demo["report"], "md")
    header = next(ln for ln in md.splitlines() if ln.startswith("| （本列数据的勾稽关系为"))
    cells = [c.strip() for c in header.strip("|").split("|")]
    assert cells[1:] == ["申请人情况·自然人"] + [
        f"申请人情况·法人或其他组织·{x}" for x in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
    ] + ["申请人情况·总计"]
    assert "| 三、本年度办理结果 |  |  |  |  |  |  |  |" in md
    assert "| 　（三）不予公开 |  |  |  |  |  |  |  |" in md


def _national() -> dict:
    return yaml.safe_load((default_dir() / "national-2021.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["print"]["widths_mm"].update(table3=[13, 19, 47, 11, 11, 11, 11, 11, 11]),
         r"print\.widths_mm\.table3: 10 positive widths"),
        (lambda d: d["print"]["widths_mm"].update(table3=[30, 30, 47, 11, 11, 11, 11, 11, 11, 11]),
         r"print\.widths_mm\.table3: widths adding up to at most the text width 156 mm"),
        (lambda d: d["print"]["widths_mm"].pop("active_disclosure"), r"print\.widths_mm\.active_disclosure"),
        (lambda d: d["table3"].update(label_columns=2), r"table3\.label_columns"),
        (lambda d: d["sections"][4]["blocks"][0].update(agency_text="maybe"), r"agency_text: one of placeholder, omit"),
        (lambda d: d["active_disclosure"]["groups"][0]["columns"][0].update(kind="money"), r"kind: one of count"),
        (lambda d: d["sections"][1].update(number="一"), r"sections: unique section numbers"),
        (lambda d: d["entries"].update(roles=[]), r"entries\.roles"),
    ],
    ids=["widths-count", "widths-too-wide", "widths-missing", "label-columns", "text-missing-rule", "item-kind",
         "section-number", "no-roles"],
)
def test_the_layout_refuses_a_print_or_form_part_that_cannot_be_laid_out(change, message):
    data = copy.deepcopy(_national())
    change(data)
    with pytest.raises(DefinitionError, match=message):
        parse_layout(data, "x.yaml")
