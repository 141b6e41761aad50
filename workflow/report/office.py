"""Word (.docx, python-docx) and Excel (.xlsx, openpyxl) renderings of a report document.

Both draw the tables of :mod:`workflow.report.render` with real merged cells: 申请人情况 and the
corner cell over the header rows, 法人或其他组织 over its five columns, 行政复议 over five columns
and two rows, 行政诉讼 over ten with 未经复议直接起诉 / 复议后起诉 under it. Word text uses the
layout's fonts as East Asian fonts (仿宋 body, 宋体 tables, 黑体 headings); category lines keep their
number cells empty.
"""

from __future__ import annotations

import io

from workflow.report.render import Document, Table


def _set_font(run, name: str, size_pt: float | None = None, bold: bool | None = None) -> None:  # noqa: ANN001
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name  # w:ascii and w:hAnsi
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size_pt is not None:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.font.bold = bold


def _style_font(style, name: str, size_pt: float) -> None:  # noqa: ANN001
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.name = name
    style.font.size = Pt(size_pt)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _write_cell(cell, text: str, font: str, *, center: bool = True, indent_level: int = 0) -> None:  # noqa: ANN001
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    par = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:  # a merge may leave empty paragraphs behind
        extra._element.getparent().remove(extra._element)
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    par.paragraph_format.first_line_indent = Pt(0)
    if indent_level:
        par.paragraph_format.left_indent = Pt(10.5 * indent_level)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if text:
        _set_font(par.add_run(text), font, 10.5)


def _docx_table(document, t: Table, font: str) -> None:  # noqa: ANN001
    table = document.add_table(rows=t.header_rows + len(t.body), cols=t.ncols)
    table.style = "Table Grid"
    rows = table.rows  # Row.cells reads one row; Table.cell() rebuilds the whole grid per call

    for s in t.header:
        cell = rows[s.row].cells[s.col]
        if s.rowspan > 1 or s.colspan > 1:
            cell = cell.merge(rows[s.row + s.rowspan - 1].cells[s.col + s.colspan - 1])
        _write_cell(cell, s.text, font)
    for i, row in enumerate(t.body):
        cells = rows[t.header_rows + i].cells
        for j, value in enumerate(row):
            is_label = j < t.label_cols
            text = "" if value is None else str(value)
            _write_cell(
                cells[j], text, font, center=not is_label, indent_level=t.levels[i] if is_label else 0
            )


def to_docx(doc: Document) -> bytes:
    from docx import Document as new_document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    body_font = doc.fonts.get("body", "仿宋")
    table_font = doc.fonts.get("table", "宋体")
    heading_font = doc.fonts.get("heading", "黑体")
    document = new_document()
    _style_font(document.styles["Normal"], body_font, 16)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(title.add_run(doc.title), heading_font, 22, bold=True)
    for b in doc.blocks:
        if b.kind == "heading":
            p = document.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            _set_font(p.add_run(b.text), heading_font, 16)
        elif b.kind == "paragraph":
            p = document.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            _set_font(p.add_run(b.text), body_font, 16)
        elif b.table is not None:
            _docx_table(document, b.table, table_font)
            document.add_paragraph()
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def to_xlsx(doc: Document) -> bytes:
    """One sheet per table, the header merged as in the form, numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    tables = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    if not tables:
        raise ValueError(
            "该年度报告格式为叙述式，没有表格，无法导出 xlsx / this layout has no tables for xlsx"
        )
    font = Font(name=doc.fonts.get("table", "宋体"), size=10.5)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(t.sheet[:31])
        for s in t.header:
            cell = ws.cell(row=s.row + 1, column=s.col + 1, value=s.text)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if s.rowspan > 1 or s.colspan > 1:
                ws.merge_cells(
                    start_row=s.row + 1,
                    start_column=s.col + 1,
                    end_row=s.row + s.rowspan,
                    end_column=s.col + s.colspan,
                )
        for i, row in enumerate(t.body):
            for j, value in enumerate(row):
                cell = ws.cell(row=t.header_rows + i + 1, column=j + 1, value=value)
                if j < t.label_cols:
                    cell.alignment = Alignment(horizontal="left", vertical="center", indent=2 * t.levels[i])
                else:
                    cell.alignment = Alignment(horizontal="center", vertical="center")
        for row in ws.iter_rows(min_row=1, max_row=t.header_rows + len(t.body), max_col=t.ncols):
            for cell in row:
                cell.border = border
                cell.font = font
        for j in range(t.ncols):
            wide = j < t.label_cols
            ws.column_dimensions[get_column_letter(j + 1)].width = 60 if wide else 11
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
