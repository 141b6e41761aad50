"""A generated report in one of the formats an office uses: Markdown, HTML and JSON text, Word and
Excel bytes; the format names are the ones ``disclosure report --format`` and the web accept."""

from __future__ import annotations

from pathlib import Path

from workflow.errors import ValidationError
from workflow.report import office
from workflow.report import render as r
from workflow.report.model import Report

FORMATS = ("md", "html", "docx", "xlsx", "json")


def render(report: Report, fmt: str, *, texts: dict[str, str] | None = None) -> str | bytes:
    """The report as md, html or json text, or docx or xlsx bytes; ``texts`` (section number ->
    text) stand in for the texts the agency entered."""
    if fmt == "json":
        return r.to_json(report)
    doc = r.build_document(report, texts)
    if fmt == "md":
        return r.to_markdown(doc)
    if fmt == "html":
        return r.to_html(doc)
    if fmt == "docx":
        return office.to_docx(doc)
    if fmt == "xlsx":
        try:
            return office.to_xlsx(doc)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
    raise ValidationError(f"未知的报告格式 {fmt!r} / unknown format; use one of {', '.join(FORMATS)}")


def export(report: Report, fmt: str, output: str | Path, *, texts: dict[str, str] | None = None) -> Path:
    content = render(report, fmt, texts=texts)
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
