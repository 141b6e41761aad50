"""Word (.docx, python-docx) and Excel (.xlsx, openpyxl) renderings of a report document.

Both draw the grids of :mod:`workflow.report.grid` with real merged cells (the corner and
申请人情况 over table 三's header, 三、本年度办理结果 down the first label column, 行政复议 over five
columns and two rows, section 二's item titles across the table) and lay the document out to be
printed as the layout's ``print`` section says: the page and its margins, the point sizes and every
column's width. Word gets a fixed table layout (so the widths hold), header rows repeated on each
page and rows that do not break across pages; Excel gets each sheet printed one page wide on the
paper, with the header rows repeated and the section's title in the page header. Word text uses
the layout's fonts as East Asian fonts (仿宋 body, 宋体 tables, 黑体 headings).
"""

from __future__ import annotations

import io
import math

from workflow.report.grid import LABEL, Grid
from workflow.report.layout_model import PrintSpec
from workflow.report.render import Document

TABLE_STYLE = "Report Table"
MM_PER_PT = 25.4 / 72
# Excel's column width unit: the width of a digit of the workbook's default font (Calibri 11, 7
# pixels at 96 dpi) plus 5 pixels of padding
_EXCEL_DIGIT_PX, _EXCEL_PADDING_PX, _PX_PER_MM = 7, 5, 96 / 25.4
# Excel's paper size codes of the ISO sizes a layout may name, by (width, height) in mm
_EXCEL_PAPER = {(210, 297): 9, (297, 420): 8, (148, 210): 11}


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


def _table_style(document, font: str, size_pt: float):  # noqa: ANN001, ANN202
    """A paragraph style for table cells: its own size on the paragraph mark too, so that a line is
    as high as the table's text and not the body's; single spacing, no indent."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    style = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    _style_font(style, font, size_pt)
    fmt = style.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    fmt.first_line_indent = Pt(0)
    return style


def _row_flag(row, tag: str) -> None:  # noqa: ANN001
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _table_geometry(table, widths_mm: tuple[float, ...], cell_margin_mm: float) -> None:  # noqa: ANN001
    """Fixed layout with the layout's widths: the grid columns, the table width and the cell margins."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table.autofit = False  # w:tblLayout fixed: Word keeps the widths instead of fitting the text
    tbl = table._tbl
    for col, width in zip(tbl.tblGrid.gridCol_lst, widths_mm, strict=True):
        col.w = Mm(width)
    tbl_w = tbl.tblPr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl.tblPr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(Mm(sum(widths_mm)).twips))
    tbl_w.set(qn("w:type"), "dxa")
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(Mm(cell_margin_mm).twips))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl.tblPr.append(margins)


def _write_cell(cell, text: str, style, *, center: bool) -> None:  # noqa: ANN001
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    par = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:  # a merge leaves the merged cells' paragraphs behind
        extra._element.getparent().remove(extra._element)
    par.style = style
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if text:
        _set_font(par.add_run(text), style.font.name, style.font.size.pt)


def _docx_grid(document, g: Grid, style, spec: PrintSpec) -> None:  # noqa: ANN001
    from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
    from docx.shared import Mm

    table = document.add_table(rows=g.nrows, cols=g.ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _table_geometry(table, g.widths_mm, spec.cell_margin_mm)
    rows = table.rows  # Row.cells reads one row; Table.cell() rebuilds the whole grid per call
    for i, row in enumerate(rows):
        for cell, width in zip(row.cells, g.widths_mm, strict=True):
            cell.width = Mm(width)  # before merging: a merged cell's width is the sum of its columns
        row.height, row.height_rule = Mm(spec.row_height_mm), WD_ROW_HEIGHT_RULE.AT_LEAST
        _row_flag(row, "w:cantSplit")
        if i < g.header_rows:
            _row_flag(row, "w:tblHeader")
    for c in g.cells:
        cell = rows[c.row].cells[c.col]
        if c.rowspan > 1 or c.colspan > 1:
            cell = cell.merge(rows[c.row + c.rowspan - 1].cells[c.col + c.colspan - 1])
        _write_cell(cell, c.text, style, center=c.kind != LABEL)


def to_docx(doc: Document) -> bytes:
    from docx import Document as new_document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    spec = doc.print
    points = spec.points
    body_font = doc.fonts.get("body", "仿宋")
    heading_font = doc.fonts.get("heading", "黑体")
    document = new_document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(spec.page_mm[0]), Mm(spec.page_mm[1])
    section.top_margin, section.bottom_margin = Mm(spec.margins_mm["top"]), Mm(spec.margins_mm["bottom"])
    section.left_margin, section.right_margin = Mm(spec.margins_mm["left"]), Mm(spec.margins_mm["right"])
    _style_font(document.styles["Normal"], body_font, points["body"])
    table_style = _table_style(document, doc.fonts.get("table", "宋体"), points["table"])

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(title.add_run(doc.title), heading_font, points["title"], bold=True)
    for b in doc.blocks:
        if b.kind in ("heading", "paragraph"):
            p = document.add_paragraph()
            size = points["heading" if b.kind == "heading" else "body"]
            p.paragraph_format.first_line_indent = Pt(2 * size)  # two characters, as 公文 indent
            _set_font(p.add_run(b.text), heading_font if b.kind == "heading" else body_font, size)
        elif b.grid is not None:
            _docx_grid(document, b.grid, table_style, spec)
            document.add_paragraph()
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# -- Excel --------------------------------------------------------------------------------------


def excel_width(mm: float) -> float:
    """A width in millimetres as Excel's column width unit."""
    return round((mm * _PX_PER_MM - _EXCEL_PADDING_PX) / _EXCEL_DIGIT_PX, 2)


def text_lines(text: str, width_mm: float, size_pt: float) -> int:
    """How many lines ``text`` wraps to in a cell ``width_mm`` wide: a Chinese character is as wide
    as the font is high, a Latin letter or digit about half that."""
    if not text:
        return 1
    em = size_pt * MM_PER_PT
    needed = sum(em if ord(ch) > 0x2E7F else em / 2 for ch in text)
    return max(1, math.ceil(needed / max(width_mm, em)))


def _row_heights(g: Grid, spec: PrintSpec) -> dict[int, float]:
    """Each row's height in points, from its cells that span one row (Excel does not fit a row to
    wrapped text on opening a file, LibreOffice does; both keep a height that is set)."""
    size = spec.points["table"]
    lines = dict.fromkeys(range(g.nrows), 1)
    for c in g.cells:
        if c.rowspan == 1:
            width = sum(g.widths_mm[c.col : c.col + c.colspan]) - 2 * spec.cell_margin_mm
            lines[c.row] = max(lines[c.row], text_lines(c.text, width, size))
    least = spec.row_height_mm / MM_PER_PT
    return {r: round(max(least, n * size * 1.3 + 4), 1) for r, n in lines.items()}


def _xlsx_sheet(wb, g: Grid, caption: str, doc: Document) -> None:  # noqa: ANN001
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    spec = doc.print
    size = spec.points["table"]
    font = Font(name=doc.fonts.get("table", "宋体"), size=size)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.create_sheet(g.sheet[:31])
    for c in g.cells:
        cell = ws.cell(row=c.row + 1, column=c.col + 1, value=c.value)
        cell.alignment = Alignment(
            horizontal="left" if c.kind == LABEL else "center", vertical="center", wrap_text=True
        )
        if c.rowspan > 1 or c.colspan > 1:
            ws.merge_cells(
                start_row=c.row + 1, start_column=c.col + 1, end_row=c.row + c.rowspan, end_column=c.col + c.colspan
            )
    for row in ws.iter_rows(min_row=1, max_row=g.nrows, max_col=g.ncols):
        for cell in row:
            cell.border = border
            cell.font = font
    for j, width in enumerate(g.widths_mm):
        ws.column_dimensions[get_column_letter(j + 1)].width = excel_width(width)
    for r, height in _row_heights(g, spec).items():
        ws.row_dimensions[r + 1].height = height

    setup = ws.page_setup
    w, h = spec.page_mm
    paper = _EXCEL_PAPER.get((round(min(w, h)), round(max(w, h))))
    if paper is not None:
        setup.paperSize = paper
    setup.orientation = "portrait" if w <= h else "landscape"
    setup.fitToWidth, setup.fitToHeight = 1, 0  # one page wide, as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    margins = ws.page_margins
    margins.top, margins.bottom = spec.margins_mm["top"] / 25.4, spec.margins_mm["bottom"] / 25.4
    margins.left, margins.right = spec.margins_mm["left"] / 25.4, spec.margins_mm["right"] / 25.4
    ws.print_options.horizontalCentered = True
    if g.header_rows:
        ws.print_title_rows = f"1:{g.header_rows}"
    ws.print_area = f"A1:{get_column_letter(g.ncols)}{g.nrows}"
    ws.oddHeader.center.text = caption
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def to_xlsx(doc: Document) -> bytes:
    """One sheet per table, merged as in the form, numbers as numbers, set up to print."""
    from openpyxl import Workbook

    if not any(b.grid is not None for b in doc.blocks):
        raise ValueError(
            "该年度报告格式为叙述式，没有表格，无法导出 xlsx / this layout has no tables for xlsx"
        )
    wb = Workbook()
    wb.remove(wb.active)
    heading = ""
    for b in doc.blocks:
        if b.kind == "heading":
            heading = b.text
        elif b.grid is not None:
            _xlsx_sheet(wb, b.grid, f"{doc.title} {heading}", doc)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
