"""The agency's own parts of the annual report on the web: section texts and section 二's counts, saved
as new versions (only what changed), refused cell by cell when wrong, for the entry roles only."""

from __future__ import annotations

from webtools import add_agency_b

from workflow.report.entries import history

QUERY = "year=2025&agency=sjj"


def first_cell(client) -> str:
    """The first of section 二's cells on the entry page (ITEM.COLUMN)."""
    page = client.get(f"/reports/entries?{QUERY}").text
    return page.split('name="item:', 1)[1].split('"', 1)[0]


def test_it_requires_sign_in(web):
    assert web.client().get(f"/reports/entries?{QUERY}").status_code == 303


def test_it_shows_the_sections_that_take_the_agencys_text_and_the_item_cells(web):
    html = web.client(web.world.head).get(f"/reports/entries?{QUERY}").text
    assert 'name="text:一"' in html and 'name="text:五"' in html
    assert 'name="item:licensing.decided"' in html or 'name="item:' in html


def test_the_head_saves_a_text_and_a_count_as_new_versions(web):
    w = web.world
    head = web.client(w.head)
    cell = first_cell(head)
    response = head.post(f"/reports/entries?{QUERY}", {"text:一": "本年度，本局认真贯彻落实《条例》。", f"item:{cell}": "12"})
    assert response.status_code == 303 and "saved=2" in response.headers["location"]
    _, entries = history(w.engine, agency="sjj", year=2025)
    assert {(e.key, e.entered_by) for e in entries} == {("一", w.head), (cell, w.head)}
    again = head.post(f"/reports/entries?{QUERY}", {"text:一": "本年度，本局认真贯彻落实《条例》。", f"item:{cell}": "12"})
    assert "saved=0" in again.headers["location"]
    assert len(history(w.engine, agency="sjj", year=2025)[1]) == 2


def test_a_wrong_count_is_refused_at_its_cell_and_nothing_is_written(web):
    w = web.world
    head = web.client(w.head)
    cell = first_cell(head)
    response = head.post(f"/reports/entries?{QUERY}", {"text:一": "正文", f"item:{cell}": "十二"})
    assert response.status_code == 422
    assert 'aria-invalid="true"' in response.text and "须为" in response.text
    assert history(w.engine, agency="sjj", year=2025)[1] == []


def test_a_user_without_an_entry_role_is_refused(web):
    w = web.world
    response = web.client(w.supervisor).post(f"/reports/entries?{QUERY}", {"text:一": "正文"})
    assert response.status_code == 403
    assert history(w.engine, agency="sjj", year=2025)[1] == []


def test_another_agency_is_404(web):
    add_agency_b(web.world)
    assert web.client("clerk_other").get(f"/reports/entries?{QUERY}").status_code == 404
