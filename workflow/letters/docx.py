"""The .docx form of a letter: an official letter (red-head line, centred title, 文号, body with
two-character indent) laid out with python-docx from the parts ``workflow.letters.composition`` renders.

python-docx is imported inside the functions so that importing the letters module (every CLI
command that renders a text letter) does not pay for it.
"""

from __future__ import annotations

import io
from typing import Any

from workflow.letter_index import letters_index
from workflow.templating import cn_date

__all__ = ["build_docx"]


def _font(run: Any, name: str, size: float, *, color: str | None = None, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _bottom_rule(paragraph: Any, color: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "4"), ("w:color", color)):
        bottom.set(qn(key), value)
    border.append(bottom)
    successors = (
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    )
    ppr.insert_element_before(border, *successors)


def build_docx(parts: dict[str, Any]) -> bytes:
    """The letter as .docx bytes, from the parts :func:`workflow.letters.composition.letter_parts` returns."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    layout = letters_index()["docx"]
    body_font, title_font = layout["body_font"], layout["title_font"]
    size = layout["body_size"]
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    margins = layout["margins_mm"]
    section.top_margin, section.bottom_margin = Mm(margins["top"]), Mm(margins["bottom"])
    section.left_margin, section.right_margin = Mm(margins["left"]), Mm(margins["right"])
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = body_font, Pt(size)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), body_font)
    doc.core_properties.title = parts["title"]
    doc.core_properties.author = parts["agency"]["name"]

    def para(
        text: str,
        *,
        align: Any = None,
        font: str = body_font,
        pt: float = size,
        color: str | None = None,
        indent: bool = False,
        before: float = 0,
    ) -> Any:
        p = doc.add_paragraph()
        _font(p.add_run(text), font, pt, color=color)
        fmt = p.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(0)
        fmt.line_spacing = Pt(layout["line_spacing_pt"])
        if align is not None:
            p.alignment = align
        if indent:
            fmt.first_line_indent = Pt(pt * 2)
            p._p.get_or_add_pPr().get_or_add_ind().set(qn("w:firstLineChars"), "200")
        return p

    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    head = para(
        parts["agency"]["name"],
        align=center,
        font=title_font,
        pt=layout["red_head_size"],
        color=layout["red"],
    )
    _bottom_rule(head, layout["red"])
    para(
        parts["title"],
        align=center,
        font=title_font,
        pt=layout["title_size"],
        before=layout["title_space_pt"],
    )
    if parts["letter_no"]:
        para(parts["letter_no"], align=right)
    para(f"{parts['addressee']}：", before=size)
    for text in parts["paragraphs"]:
        para(text, indent=True)
    for i, attachment in enumerate(parts["attachments"], start=1):
        para(
            ("附件：" if i == 1 else "　　　") + f"{i}. {attachment}",
            indent=True,
            before=size if i == 1 else 0,
        )
    para(parts["agency"]["name"], align=right, before=size * 2)
    para(parts["seal_line"], align=right)
    para(cn_date(parts["issued_on"]), align=right)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
