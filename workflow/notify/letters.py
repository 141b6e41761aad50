"""Letters to applicants and consulted parties, as text, HTML or an official-style .docx.

What a letter is called, what it rests on and which template words it are data in
``notifications/letters.yaml`` (read once, exposed as :data:`LETTER_KINDS` and :func:`letters_index`).
A letter is rendered in two steps: its body template (plain text, one paragraph per line) and, for
letters that carry one, the remedies paragraph; then a frame lays the parts out: ``frame.txt.j2``,
``frame.html.j2`` (autoescaped) or python-docx for ``fmt="docx"``.
"""

from __future__ import annotations

import io
from datetime import date
from functools import lru_cache
from typing import Any

import yaml

from workflow.errors import ValidationError
from workflow.notify.templating import (
    RenderedMessage,
    cn_date,
    environment,
    one_line,
    render,
    render_memo,
    to_date,
)
from workflow.paths import notifications_dir

INDEX_FILE = "letters.yaml"
REPLY_CLOCK = "reply"
FORMATS = ("txt", "html", "docx")


@lru_cache(maxsize=1)
def letters_index() -> dict[str, Any]:
    """The parsed notifications/letters.yaml."""
    with open(notifications_dir() / INDEX_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _kinds() -> tuple[str, ...]:
    kinds: list[str] = []
    for regime in letters_index()["regimes"].values():
        kinds.extend(k for k in regime["letters"] if k not in kinds)
    return tuple(kinds)


LETTER_KINDS: tuple[str, ...] = _kinds()


def _regime(case: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    regimes = letters_index()["regimes"]
    name = case.get("regime")
    if name not in regimes:
        raise ValidationError(
            f"案件的适用条例版本无效 / case regime {name!r} is not one of {sorted(regimes)}"
        )
    return name, regimes[name]


def _letter_spec(kind: str, regime: dict[str, Any], regime_name: str) -> dict[str, Any]:
    letters = regime["letters"]
    if kind not in letters:
        raise ValidationError(
            f"文书类型无效 / letter kind {kind!r} is not defined for {regime_name}; allowed: {', '.join(letters)}"
        )
    return letters[kind]


def resolve_reply(regime_name: str, outcome: str | None, basis: str | None) -> dict[str, Any]:
    """The reply letter for an outcome and basis: title, template, articles, refusal flag, basis.

    A basis not allowed for the outcome is an error; a missing one falls back to the outcome's
    ``default_basis`` (or its only basis).
    """
    reply = letters_index()["regimes"][regime_name]["letters"]["reply"]
    outcomes, bases = reply["outcomes"], reply["bases"]
    if outcome not in outcomes:
        raise ValidationError(
            f"办理结果无效 / outcome {outcome!r} has no reply letter; allowed: {', '.join(outcomes)}"
        )
    entry = outcomes[outcome]
    allowed = entry.get("bases") or []
    if not basis:
        basis = entry.get("default_basis") or (allowed[0] if len(allowed) == 1 else None)
    elif basis not in allowed:
        raise ValidationError(
            f"答复依据与办理结果不符 / basis {basis!r} does not fit outcome {outcome!r}; allowed: {allowed or 'none'}"
        )
    basis_entry = bases.get(basis, {}) if basis else {}
    articles = list(entry.get("articles") or [])
    articles += [a for a in basis_entry.get("articles") or [] if a not in articles]
    return {
        "outcome": outcome,
        "basis": basis,
        "title": entry.get("title") or reply["title"],
        "template": basis_entry.get("template") or entry["template"],
        "articles": articles,
        "refusal_14_16": bool(entry.get("refusal_14_16")),
    }


def cite(articles: list[str], law: str) -> str:
    """``《…条例》第十四条、第三十六条第（三）项``: bare articles grouped under ``law``; a citation
    starting with 《 stands as written; groups are joined with 和."""
    groups: list[str] = []
    bare: list[str] = []
    for article in articles:
        if article.startswith("《"):
            if bare:
                groups.append(law + "、".join(bare))
                bare = []
            groups.append(article)
        else:
            bare.append(article)
    if bare:
        groups.append(law + "、".join(bare))
    return "和".join(groups)


_sorted_eras: tuple[list[dict[str, Any]], list[dict[str, Any]]] | None = None


def _eras() -> list[dict[str, Any]]:
    """The remedies eras, oldest first: sorted once per index read (every letter with remedies
    looks one up)."""
    global _sorted_eras
    eras = letters_index()["remedies"]["eras"]
    if _sorted_eras is None or _sorted_eras[0] is not eras:
        _sorted_eras = (eras, sorted(eras, key=lambda e: to_date(e["from"])))
    return _sorted_eras[1]


def remedies_for(issued_on: date, *, refusal_14_16: bool, noun: str | None = None) -> dict[str, Any]:
    """The remedies paragraph's data for a letter issued on ``issued_on``: the era in force, and
    whether reconsideration must come first (a refusal under Arts. 14-16 in an era that says so)."""
    spec = letters_index()["remedies"]
    eras = _eras()
    era = next((e for e in reversed(eras) if to_date(e["from"]) <= issued_on), eras[0])
    first = era.get("reconsideration_first")
    return {
        "noun": noun or spec["noun"],
        "reconsideration_days": spec["reconsideration_days"],
        "litigation_period": spec["litigation_period"],
        "after_reconsideration_period": spec["after_reconsideration_period"],
        "reconsideration_article": era["reconsideration_article"],
        "litigation_article": era["litigation_article"],
        "reconsideration_first": bool(first) and refusal_14_16,
        "first_article": first["article"] if first else "",
        "after_article": first["after_article"] if first else "",
        "era_from": to_date(era["from"]),
    }


def _reply_clock(case: dict[str, Any]) -> dict[str, Any] | None:
    for clock in case.get("clocks") or []:
        if clock.get("kind") == REPLY_CLOCK and not clock.get("party"):
            return clock
    return None


def letter_context(
    kind: str, case: dict[str, Any], agency: dict[str, Any], *, issued_on: date
) -> dict[str, Any]:
    """Everything the body, remedies and frame templates see (documented in notifications/README.md)."""
    regime_name, regime = _regime(case)
    spec = _letter_spec(kind, regime, regime_name)
    letter = dict(case.get("letter") or {})
    settings = dict(agency.get("settings") or {})
    index = letters_index()
    title, template, articles, refusal, basis = (
        spec.get("title"),
        spec.get("template"),
        spec.get("articles"),
        False,
        None,
    )
    if "outcomes" in spec:
        reply = resolve_reply(regime_name, case.get("outcome"), case.get("basis"))
        title, template, articles = reply["title"], reply["template"], reply["articles"]
        refusal, basis = reply["refusal_14_16"], reply["basis"]
    if "by_party_kind" in spec:
        party_kind = letter.get("party_kind")
        if party_kind not in spec["by_party_kind"]:
            raise ValidationError(
                f"征求意见对象类型无效 / letter.party_kind {party_kind!r}; allowed: {', '.join(spec['by_party_kind'])}"
            )
        articles = spec["by_party_kind"][party_kind]
    articles = list(articles or [])
    ctx: dict[str, Any] = {
        "kind": kind,
        "case": case,
        "agency": {**agency, "settings": settings},
        "settings": settings,
        "letter": letter,
        "regime": regime_name,
        "law": regime["law"],
        "title": title,
        "articles": articles,
        "citation": cite(articles, regime["law"]),
        "basis": basis,
        "refusal_14_16": refusal,
        "issued_on": issued_on,
        # the case's 文号 is the reply's; other letters carry their own in case.letter.letter_no
        "letter_no": letter.get("letter_no") or (case.get("letter_no") if "outcomes" in spec else None) or "",
        "reply_clock": _reply_clock(case),
        "attachments": list(letter.get("attachments") or []),
        "seal_line": settings.get("seal_line") or index["defaults"]["seal_line"],
        "body_template": template,
        "remedies": None,
    }
    addressee = letter.get("party_name") if spec.get("addressee") == "party" else case.get("applicant_name")
    if addressee:
        ctx["addressee"] = addressee  # else the frame's {{ addressee }} raises UndefinedError
    if spec.get("remedies"):
        ctx["remedies"] = remedies_for(issued_on, refusal_14_16=refusal, noun=spec.get("remedies_noun"))
    return ctx


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def letter_parts(
    kind: str, case: dict[str, Any], agency: dict[str, Any], *, issued_on: date
) -> dict[str, Any]:
    """The letter's context plus ``paragraphs`` (body, remedies, contact line), ``body_paragraphs``
    and ``remedies_paragraphs``."""
    ctx = letter_context(kind, case, agency, issued_on=issued_on)
    body = _paragraphs(render(ctx["body_template"], ctx))
    index = letters_index()
    # the remedies paragraph and the contact line read a few small values (the agency's settings,
    # the remedies era) and recur in every letter: rendered once per distinct value
    remedies = _paragraphs(render_memo(index["remedies"]["template"], ctx)) if ctx["remedies"] else []
    contact = _paragraphs(render_memo(index["contact_template"], ctx))
    ctx["body_paragraphs"] = body
    ctx["remedies_paragraphs"] = remedies
    ctx["paragraphs"] = body + remedies + contact
    return ctx


def render_letter(
    kind: str, case: dict[str, Any], agency: dict[str, Any], *, issued_on: date, fmt: str = "txt"
) -> str | bytes:
    """The letter ``kind`` for ``case`` from ``agency``: ``str`` for txt/html, ``bytes`` for docx.

    ``kind`` is one of :data:`LETTER_KINDS`; for ``reply`` the template is chosen by the case's
    outcome and basis. Raises ValidationError for an unknown kind, regime, outcome or basis and
    jinja2's UndefinedError when the case lacks a value the template needs.
    """
    if fmt not in FORMATS:
        raise ValidationError(f"文书格式无效 / format {fmt!r}; allowed: {', '.join(FORMATS)}")
    parts = letter_parts(kind, case, agency, issued_on=issued_on)
    if fmt == "docx":
        return _docx(parts)
    text = render(letters_index()["frames"][fmt], parts)
    return text.strip() + "\n" if fmt == "txt" else text


def letter_message(
    kind: str, case: dict[str, Any], agency: dict[str, Any], *, issued_on: date
) -> RenderedMessage:
    """The letter as an e-mail: subject (title and letter number or case number), text and HTML."""
    parts = letter_parts(kind, case, agency, issued_on=issued_on)
    env = environment()
    frames = letters_index()["frames"]
    text = env.get_template(frames["txt"]).render(parts).strip() + "\n"
    html = env.get_template(frames["html"]).render(parts)
    subject = one_line(f"{parts['title']}（{parts['letter_no'] or case.get('case_no', '')}）")
    return RenderedMessage(subject=subject, text=text, html=html)


def letter_number(agency: dict[str, Any], *, year: int, seq: int) -> str:
    """The 文号 from the agency's ``letter_no_pattern`` (``{prefix}``, ``{year}``, ``{seq}``)."""
    settings = agency.get("settings") or {}
    pattern = settings.get("letter_no_pattern") or letters_index()["defaults"]["letter_no_pattern"]
    prefix = agency.get("prefix") or settings.get("prefix") or ""
    try:
        return pattern.format(prefix=prefix, year=year, seq=seq)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(f"文号格式无效 / letter_no_pattern {pattern!r}: {exc}") from exc


# ---------------------------------------------------------------------------------------------
# .docx: an official letter (red-head line, centred title, 文号, body with two-character indent).


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


def _docx(parts: dict[str, Any]) -> bytes:
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
