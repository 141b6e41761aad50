"""HTTP-level security: CSRF, Origin, the security log's append-only guard, no secrets in pages."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import VALID_ID_NUMBER
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from workflow.store.db import read, write
from workflow.store.models import app_user


def test_it_rejects_post_without_csrf(web):
    c = web.client(web.world.clerk)
    assert c.post("/signout", csrf=False).status_code == 403
    assert c.get("/").status_code == 200  # still signed in: the refused sign-out did nothing


def test_it_rejects_post_with_a_wrong_csrf_token(web):
    c = web.client(web.world.clerk)
    assert c.post("/signout", {"csrf_token": "forged"}).status_code == 403


def test_it_accepts_the_csrf_token_as_the_htmx_header(web):
    c = web.client(web.world.clerk)
    response = c.http.post("/signout", headers={"Origin": "http://testserver", "X-CSRF-Token": c.csrf})
    assert response.status_code == 303


def test_it_rejects_post_from_a_foreign_origin(web):
    c = web.client(web.world.clerk)
    assert c.post("/signout", origin="https://evil.example").status_code == 403


def test_it_rejects_post_without_origin_or_referer(web):
    c = web.client(web.world.clerk)
    assert c.post("/signout", origin=None).status_code == 403


def test_it_accepts_a_same_site_referer_when_origin_is_absent(web):
    c = web.client(web.world.clerk)
    response = c.post("/signout", origin=None, headers={"Referer": "http://testserver/"})
    assert response.status_code == 303


def test_it_sends_a_content_security_policy_that_allows_only_this_site(web):
    response = web.client().get("/signin")
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-frame-options"] == "DENY"


def test_no_page_contains_a_password_hash_or_an_unmasked_id_number_outside_the_case_page(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 20), id_number=VALID_ID_NUMBER, phone="13812345678")
    with read(w.engine) as conn:
        hashes = [h for (h,) in conn.execute(select(app_user.c.password_hash)) if h]
    c = web.client(w.clerk)
    pages = {url: c.get(url).text for url in ("/", "/?tab=mine", f"/?q={case_no}", "/register", "/signin")}
    for url, html in pages.items():
        assert VALID_ID_NUMBER not in html, url
        assert "13812345678" not in html, url
        assert "张三" not in html, url  # a private person's name is masked in lists
        assert not any(h in html for h in hashes), url
        assert "$argon2" not in html, url
    # the case page is the context where the clerk sees the applicant in full
    assert VALID_ID_NUMBER in c.get(f"/cases/{case_no}").text


def test_the_security_log_is_append_only(web):
    web.client().sign_in(web.world.clerk, "wrong")
    with pytest.raises(DBAPIError), write(web.world.engine) as conn:
        conn.execute(text("UPDATE security_log SET kind = 'sign_in'"))
    with pytest.raises(DBAPIError), write(web.world.engine) as conn:
        conn.execute(text("DELETE FROM security_log"))
