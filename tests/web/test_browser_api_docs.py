"""In a real browser: /api/docs renders every operation of the API from the package's Swagger UI (no
request leaves the site, no policy violation), and a token authorizes a tried-out request."""

from __future__ import annotations

from browser import shot
from playwright.sync_api import expect

from workflow.accounts.tokens import create_token
from workflow.store.db import write


def test_the_docs_page_renders_the_operations_of_the_api(new_context, site):
    page = new_context().new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto("/api/docs")
    doc = page.request.get("/api/v1/openapi.json").json()
    for path, operations in doc["paths"].items():
        for method in operations:
            expect(page.locator(f'.opblock-{method} [data-path="{path}"]')).to_have_count(1)
    expect(page.get_by_text("年度报告 / the annual report")).to_be_visible()
    shot(page, "api-docs")
    assert not problems, problems


def test_a_token_authorizes_a_request_tried_out_on_the_page(new_context, site):
    w = site.world
    with write(w.engine) as conn:
        _, token = create_token(conn, w.clerk, via="test")
    page = new_context().new_page()
    page.goto("/api/docs")
    page.get_by_role("button", name="Authorize").click()
    page.locator(".modal-ux input").fill(token)
    page.locator(".modal-ux .auth-btn-wrapper button.authorize").click()
    page.locator(".modal-ux .auth-btn-wrapper").get_by_text("Close").click()
    page.locator('.opblock-get [data-path="/calendar/due"]').click()
    page.get_by_role("button", name="Try it out").click()
    page.locator('tr[data-param-name="days"] input').fill("10")
    page.get_by_role("button", name="Execute").click()
    expect(page.locator(".live-responses-table tbody .response-col_status").first).to_have_text("200")
    expect(page.locator(".live-responses-table .microlight").first).to_contain_text("internal_target")
    shot(page, "api-docs-tried")
