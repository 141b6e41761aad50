"""A letter as a document: rendered from a case, or as it was stored when issued; printed as text,
HTML or .docx.

The words of a letter are its text: ``frame.txt.j2`` around the body, remedies and contact
paragraphs. That is what is stored when a letter is issued (:func:`render_document` renders only
the text). HTML and .docx are presentation: a stored letter is laid out from its text's parts
(:func:`parts_from_text`) when it is printed, with the current ``frame.html.j2`` or the .docx layout.
A letter is stored with its HTML only when its text would not lay out to the HTML it would have had
when issued (:func:`html_to_store`), and letters stored with HTML earlier keep printing it.

Nothing is imported from Jinja until a letter is rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from workflow.errors import ValidationError


class LetterRenderError(ValidationError):
    """The letter cannot be rendered from what the case holds (a missing value, an invalid code)."""

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.title = title


@dataclass
class LetterDocument:
    """One letter, stored or freshly rendered: what ``disclosure letter`` prints or writes.

    ``parts`` is the full rendering context of a fresh letter (empty for a stored one, whose parts
    come from its text); ``stored_html`` is the HTML stored with a letter, if any."""

    case_no: str
    kind: str
    title: str
    letter_no: str | None
    issued_on: date
    text: str
    stored: bool = False
    letter_id: int | None = None
    parts: dict[str, Any] = field(default_factory=dict, repr=False)
    stored_html: str | None = field(default=None, repr=False)

    @property
    def html(self) -> str:
        """The HTML letter: as stored, else ``frame.html.j2`` around this letter's parts."""
        if self.stored_html is not None:
            return self.stored_html
        from jinja2.exceptions import TemplateError

        from workflow.letter_index import letters_index
        from workflow.templating import render

        parts = self.parts or parts_from_text(self.text, self.issued_on)
        try:
            return render(letters_index()["frames"]["html"], parts)
        except TemplateError as exc:
            raise _template_error(self.kind, exc, self.title) from exc

    def docx(self) -> bytes:
        from workflow.letters.docx import build_docx as _docx

        return _docx(self.parts or parts_from_text(self.text, self.issued_on))

    def as_json(self) -> dict[str, Any]:
        return {
            "case_no": self.case_no,
            "kind": self.kind,
            "title": self.title,
            "letter_no": self.letter_no,
            "issued": self.issued_on.isoformat(),
            "text": self.text,
            "stored": self.stored,
            "letter_id": self.letter_id,
        }


def _template_error(kind: str, exc: Exception, title: str | None) -> LetterRenderError:
    """What the clerk is told about a template error: the missing value and how to supply it."""
    what = str(getattr(exc, "message", None) or exc)
    name = re.search(r"has no attribute '(\w+)'|'(\w+)' is undefined", what)
    missing = next((g for g in name.groups() if g), None) if name else None
    hint = f"缺少 {missing}（--set {missing}=…） / missing value {missing!r}" if missing else what
    return LetterRenderError(f"文书 {kind} 无法生成：{hint}", title)


def render_document(
    kind: str, case: dict[str, Any], agency: dict[str, Any], issued_on: date
) -> LetterDocument:
    """Render the text of ``kind`` for ``case`` (its HTML is laid out from the same parts when asked for)."""
    from jinja2.exceptions import TemplateError

    from workflow.letter_index import letters_index
    from workflow.letters.composition import letter_parts
    from workflow.templating import render

    try:
        parts = letter_parts(kind, case, agency, issued_on=issued_on)
        text = render(letters_index()["frames"]["txt"], parts).strip() + "\n"
    except TemplateError as exc:
        raise _template_error(kind, exc, _title(kind, case, agency, issued_on)) from exc
    except (ValidationError, ValueError) as exc:
        raise LetterRenderError(
            f"文书 {kind} 无法生成 / letter {kind} cannot be rendered: {exc}",
            _title(kind, case, agency, issued_on),
        ) from exc
    return LetterDocument(
        case["case_no"], kind, parts["title"], parts["letter_no"] or None, issued_on, text, parts=parts
    )


def _title(kind: str, case: dict[str, Any], agency: dict[str, Any], issued_on: date) -> str | None:
    """The letter's title when its body cannot be rendered (for the clerk's notice)."""
    from workflow.letters.composition import letter_context

    try:
        return letter_context(kind, case, agency, issued_on=issued_on)["title"]
    except Exception:  # noqa: BLE001 - the title is a courtesy; the error says what went wrong
        return None


def html_to_store(doc: LetterDocument) -> str | None:
    """The HTML to store with a freshly rendered letter: None when the HTML laid out later from the
    stored text is the HTML the letter has now, which is the case for every letter the shipped
    templates make; else the HTML, rendered now.

    Checked, not assumed: ``frame.html.j2`` must read nothing but the parts :func:`parts_from_text`
    recovers (for ``agency``, only ``agency.name``), and each of those must come back from the text
    as the same value of the same type. An edited frame that reads more, or a value the text layout
    cannot carry (a line break in a name, an attachment that is not a string), keeps its HTML."""
    from workflow.letter_index import letters_index
    from workflow.templating import environment, template_reads

    reads = template_reads(environment().get_template(letters_index()["frames"]["html"]))
    if reads is not None and doc.parts:
        try:
            rebuilt = parts_from_text(doc.text, doc.issued_on)
        except ValidationError:
            rebuilt = None
        if rebuilt is not None and all(
            name in rebuilt and name in doc.parts and _seen_alike(doc.parts[name], rebuilt[name], reads.attrs[name])
            for name in reads.names
        ):
            return None
    return doc.html


def _seen_alike(a: Any, b: Any, attrs: frozenset[str] | None) -> bool:
    """Whether a template that reads ``a`` / ``b`` (or only their ``.attr`` for ``attrs``) sees the same."""
    # ``x.attr`` on a dict is its key unless dict has such an attribute (``x.items``: the method)
    if attrs is not None and type(a) is dict and type(b) is dict and not any(hasattr(dict, k) for k in attrs):
        return all((k in a) == (k in b) and _same(a.get(k), b.get(k)) for k in attrs)
    return _same(a, b)


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same types, that print alike (``1`` and ``True`` are equal but do not)."""
    kind = type(a)
    if kind is not type(b):
        return False
    if kind is str or a is None or kind in (int, bool, date, datetime):
        return bool(a == b)
    if kind is float:
        return repr(a) == repr(b)  # 0.0 == -0.0
    if kind in (list, tuple):
        if len(a) != len(b):
            return False
        if all(type(x) is str for x in a) and all(type(y) is str for y in b):
            return bool(a == b)  # the common case (paragraphs): one comparison
        return all(map(_same, a, b))
    if kind is dict:
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return False  # a type whose printing is not known here: the text may not carry it


def parts_from_text(text: str, issued_on: date) -> dict[str, Any]:
    """The parts of a stored plain-text letter (``frame.txt.j2``) for the HTML frame and the .docx
    builder: the head lines (agency, title, 文号), the addressee line, the indented paragraphs and
    attachments and the closing lines (agency, seal line, date). The stored words are used as they
    are."""
    indent = "　　"
    lines = [line.rstrip() for line in text.splitlines()]
    body_at = [i for i, line in enumerate(lines) if line.startswith(indent)]
    if not body_at:
        raise ValidationError(
            "存档文书无法排版 / the stored letter has no body to lay out; use --format txt"
        )
    head = [line.strip() for line in lines[: body_at[0]] if line.strip()]
    tail = [line.strip() for line in lines[body_at[-1] + 1 :] if line.strip()]
    if len(head) < 3 or not head[-1].endswith("：") or len(tail) < 2:
        raise ValidationError(
            "存档文书格式无法识别 / the stored letter's layout is not recognised; use --format txt"
        )
    paragraphs: list[str] = []
    attachments: list[str] = []
    in_attachments = False
    for line in lines[body_at[0] : body_at[-1] + 1]:
        if not line.strip():
            continue
        content = line.strip()
        if content == "附件：":
            in_attachments = True
        elif in_attachments:
            number, _, name = content.partition(". ")
            attachments.append(name if number.isdigit() else content)
        else:
            paragraphs.append(content)
    return {
        "agency": {"name": head[0]},
        "title": head[1],
        "letter_no": head[2] if len(head) > 3 else "",
        "addressee": head[-1][:-1],
        "paragraphs": paragraphs,
        "attachments": attachments,
        "seal_line": tail[-2] if len(tail) >= 3 else "",
        "issued_on": issued_on,
    }


def stored_document(case_no: str, s: dict[str, Any]) -> LetterDocument:
    """The document of a stored ``letter`` row."""
    try:
        title = parts_from_text(s["body_text"], s["issued_on"])["title"]
    except ValidationError:
        title = s["kind"]
    return LetterDocument(
        case_no,
        s["kind"],
        title,
        s["letter_no"],
        s["issued_on"],
        s["body_text"],
        stored=True,
        letter_id=s["id"],
        stored_html=s["body_html"],
    )
