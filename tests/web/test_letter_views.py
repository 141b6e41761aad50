"""Letters on the case page: docx download (opened with python-docx), html view, scope."""

from __future__ import annotations

import io
import re
from datetime import date
from urllib.parse import quote

import docx
from webtools import add_agency_b


def _letter_links(html: str) -> list[str]:
    return re.findall(r'href="(/cases/[^"]+/letters/\d+\.docx)"', html)


def test_it_requires_sign_in(web):
    case_no = web.world.register(on=date(2026, 11, 2))
    assert web.client().get(f"/cases/{quote(case_no)}/letters/1.docx").status_code == 303


def test_the_acknowledgement_downloads_as_a_docx_that_python_docx_opens(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2))
    c = web.client(w.clerk)
    links = _letter_links(c.get(f"/cases/{quote(case_no)}").text)
    assert links
    response = c.get(links[0])
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response.headers["content-disposition"]
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert case_no in text or "张三" in text


def test_the_letter_is_viewable_as_html(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2))
    c = web.client(w.clerk)
    link = _letter_links(c.get(f"/cases/{quote(case_no)}").text)[0].replace(".docx", ".html")
    response = c.get(link)
    assert response.status_code == 200 and "<html" in response.text.lower()


def test_another_agencys_letter_is_404(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2))
    link = _letter_links(web.client(w.clerk).get(f"/cases/{quote(case_no)}").text)[0]
    other = web.client(add_agency_b(w))
    assert other.get(link).status_code == 404
    assert other.get(link.replace(".docx", ".html")).status_code == 404


def test_a_letter_id_of_another_case_is_404(web):
    w = web.world
    first = w.register(on=date(2026, 11, 2))
    second = w.register(on=date(2026, 11, 3))
    c = web.client(w.clerk)
    link = _letter_links(c.get(f"/cases/{quote(first)}").text)[0]
    assert c.get(link.replace(quote(first), quote(second)).replace(first, second)).status_code == 404
