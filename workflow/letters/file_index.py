"""The index of a case file (案卷目录) as a Word document: one row per document (number, title, date,
pages, size, the member of the package that holds it), and the archive checklist as it stood.

python-docx is imported inside the function, as for the letters, so that importing the module costs
nothing until a package is made.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from workflow.templating import cn_date

if TYPE_CHECKING:
    from workflow.definitions.checklist import ItemStatus

COLUMNS = ("序号", "文件题名", "日期", "页数", "大小", "文件")


@dataclass(frozen=True)
class IndexRow:
    number: int
    title: str
    on: date | None
    pages: int | None
    size: int
    member: str
    note: str = ""  # an uploaded file's own name, or a letter's 文号


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def build_index(
    case: dict[str, Any], agency_name: str, rows: list[IndexRow], statuses: list[ItemStatus], made_on: date
) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = f"{case['case_no']} 案卷目录"
    doc.core_properties.author = agency_name
    heading = doc.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run("案卷目录")
    run.font.size, run.font.bold = Pt(18), True
    for label, value in (
        ("受理机关", agency_name),
        ("案件编号", case["case_no"]),
        ("档案号", case.get("file_no") or "—"),
        ("所需政府信息", case.get("subject") or ""),
        ("编制日期", cn_date(made_on)),
    ):
        doc.add_paragraph(f"{label}：{value}")
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].font.bold = True
    for r in rows:
        title = f"{r.title}（{r.note}）" if r.note else r.title
        values = (
            str(r.number),
            title,
            r.on.isoformat() if r.on else "—",
            str(r.pages) if r.pages else "—",
            human_size(r.size),
            r.member,
        )
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    if statuses:
        doc.add_paragraph()
        doc.add_paragraph("归档清单").runs[0].font.bold = True
        for s in statuses:
            doc.add_paragraph(f"{'☑' if s.done else '☐'} {s.label}{'' if s.done else '（缺）'}")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
