"""Letters to applicants and consulted parties, as text, HTML or an official-style .docx.

What a letter is called, what it rests on and which template words it are data in
``notifications/letters.yaml`` (read once, exposed as :data:`LETTER_KINDS` and :func:`letters_index`;
see ``workflow.letters.rules``). A letter is rendered in two steps: its body template (plain
text, one paragraph per line) and, for letters that carry one, the remedies paragraph; then a frame
lays the parts out: ``frame.txt.j2``, ``frame.html.j2`` (autoescaped) or python-docx for ``fmt="docx"``
(``workflow.letters.docx``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from workflow.errors import ValidationError
from workflow.letter_index import letter_number, letters_index

# _docx: workflow.letters.documents imports it from here
from workflow.letters.docx import build_docx as _docx
from workflow.letters.rules import (
    LETTER_KINDS,
    case_regime,
    cite,
    letter_spec,
    reconsideration_bodies,
    remedies_for,
    required_settings,
    resolve_reply,
    withheld_ground,
)
from workflow.templating import (
    RenderedMessage,
    environment,
    one_line,
    render,
    render_memo,
)

REPLY_CLOCK = "reply"
FORMATS = ("txt", "html", "docx")

__all__ = [
    "FORMATS",
    "LETTER_KINDS",
    "cite",
    "letter_context",
    "letter_message",
    "letter_number",
    "letter_parts",
    "letters_index",
    "remedies_for",
    "render_letter",
    "resolve_reply",
]


def _reply_clock(case: dict[str, Any]) -> dict[str, Any] | None:
    for clock in case.get("clocks") or []:
        if clock.get("kind") == REPLY_CLOCK and not clock.get("party"):
            return clock
    return None


def letter_context(
    kind: str, case: dict[str, Any], agency: dict[str, Any], *, issued_on: date
) -> dict[str, Any]:
    """Everything the body, remedies and frame templates see (documented in notifications/README.md)."""
    regime_name, regime = case_regime(case)
    spec = letter_spec(kind, regime, regime_name)
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
    ground, ground_citation = None, ""
    remedies = bool(spec.get("remedies"))
    if "outcomes" in spec:
        reply = resolve_reply(regime_name, case.get("outcome"), case.get("basis"))
        title, template, articles = reply["title"], reply["template"], reply["articles"]
        refusal, basis = reply["refusal_14_16"], reply["basis"]
        remedies = remedies and reply["remedies"]
        if reply["ground_field"] and letter.get(reply["ground_field"]):
            ground = letter[reply["ground_field"]]
            ground_citation = cite(withheld_ground(regime_name, ground), regime["law"])
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
        "ground": ground,
        "ground_citation": ground_citation,
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
    if remedies:
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
    regime_name, regime = case_regime(case)
    required_settings(letter_spec(kind, regime, regime_name), agency)
    if ctx["remedies"]:
        # checked here, not in letter_context: a letter that cannot be made still has its title
        ctx["remedies"] = {**ctx["remedies"], "bodies": reconsideration_bodies(ctx["remedies"], agency)}
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
