"""A letter of a case as text, HTML or Word; another agency's case is 404; a bad kind or format 422."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from zipfile import ZipFile

from webtools import add_agency_b


def _accepted(w) -> str:
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 3))
    return case_no


def _kind(w, case_no: str) -> str:
    from workflow.store.db import read
    from workflow.store.repository import Repository

    with read(w.engine) as conn:
        repo = Repository(conn)
        return repo.letters(repo.load_case(case_no)["id"])[0]["kind"]


def test_a_stored_letter_comes_as_text_html_or_word(api):
    w = api.world
    case_no = _accepted(w)
    kind = _kind(w, case_no)
    c = api.client(w.clerk)
    text = c.get(f"/api/v1/cases/{case_no}/letters/{kind}")
    html = c.get(f"/api/v1/cases/{case_no}/letters/{kind}?format=html")
    docx = c.get(f"/api/v1/cases/{case_no}/letters/{kind}?format=docx")
    assert text.status_code == html.status_code == docx.status_code == 200
    assert text.headers["content-type"].startswith("text/plain") and case_no in text.text
    assert html.headers["content-type"].startswith("text/html") and "<" in html.text
    assert "attachment" in docx.headers["content-disposition"]
    assert "word/document.xml" in ZipFile(BytesIO(docx.content)).namelist()


def test_another_agencys_letter_is_404(api):
    w = api.world
    case_no = _accepted(w)
    kind = _kind(w, case_no)
    response = api.client(add_agency_b(w)).get(f"/api/v1/cases/{case_no}/letters/{kind}")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_an_unknown_kind_or_format_is_422_on_that_parameter(api):
    w = api.world
    case_no = _accepted(w)
    c = api.client(w.clerk)
    bad_kind = c.get(f"/api/v1/cases/{case_no}/letters/poem")
    bad_format = c.get(f"/api/v1/cases/{case_no}/letters/{_kind(w, case_no)}?format=pdf")
    assert bad_kind.status_code == 422 and bad_kind.json()["field"] == "kind"
    assert bad_format.status_code == 422 and bad_format.json()["field"] == "format"


def test_a_kind_the_case_was_never_issued_is_404(api):
    w = api.world
    case_no = _accepted(w)
    response = api.client(w.clerk).get(f"/api/v1/cases/{case_no}/letters/correction_notice")
    assert response.status_code == 404 and "correction_notice" in response.json()["message"]["en"]
