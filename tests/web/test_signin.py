"""Sign-in, sign-out, the session cookie, the idle timeout and the lockout."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from webtools import PASSWORD, csrf_of

from workflow.store.db import read, write
from workflow.store.models import app_user, security_log, web_session


def _log(world) -> list[tuple[str, str]]:
    with read(world.engine) as conn:
        return [(r.kind, r.user_name) for r in conn.execute(select(security_log).order_by(security_log.c.id))]


def test_it_requires_sign_in(web):
    response = web.client().get("/")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/signin")


def test_it_signs_in_with_the_right_password_and_logs_it(web):
    c = web.client()
    response = c.sign_in(web.world.clerk)
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert c.get("/").status_code == 200
    assert ("sign_in", web.world.clerk) in _log(web.world)


def test_it_refuses_a_wrong_password_with_a_message_and_logs_the_failure(web):
    response = web.client().sign_in(web.world.clerk, "wrong password")
    assert response.status_code == 401
    assert "用户名或密码错误" in response.text
    assert "disclosure_session" not in response.headers.get("set-cookie", "")
    assert ("sign_in_failed", web.world.clerk) in _log(web.world)


def test_it_refuses_an_unknown_user_with_the_same_message(web):
    response = web.client().sign_in("nobody", PASSWORD)
    assert response.status_code == 401 and "用户名或密码错误" in response.text


def test_it_refuses_a_disabled_user(web):
    with write(web.world.engine) as conn:
        conn.execute(update(app_user).where(app_user.c.name == web.world.clerk).values(disabled=True))
    assert web.client().sign_in(web.world.clerk).status_code == 401


def test_it_sets_a_signed_httponly_samesite_lax_cookie(web):
    response = web.client().sign_in(web.world.clerk)
    cookie = [h for h in response.headers.get_list("set-cookie") if h.startswith("disclosure_session=")][0]
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower() and "Path=/" in cookie
    value = cookie.split(";", 1)[0].split("=", 1)[1]
    assert "." in value  # token.signature


def test_it_gives_a_fresh_session_id_at_every_sign_in(web):
    c = web.client()
    c.sign_in(web.world.clerk)
    first = c.http.cookies.get("disclosure_session")
    c.sign_in(web.world.clerk)
    second = c.http.cookies.get("disclosure_session")
    assert first and second and first != second


def test_it_rejects_a_tampered_cookie(web):
    c = web.client(web.world.clerk)
    value = c.http.cookies.get("disclosure_session")
    c.http.cookies.set("disclosure_session", value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    assert c.get("/").status_code == 303


def test_it_signs_out_and_the_old_cookie_no_longer_works(web):
    c = web.client(web.world.clerk)
    cookie = c.http.cookies.get("disclosure_session")
    response = c.post("/signout")
    assert response.status_code == 303 and "signed_out" in response.headers["location"]
    other = web.client()
    other.http.cookies.set("disclosure_session", cookie)
    assert other.get("/").status_code == 303
    assert ("sign_out", web.world.clerk) in _log(web.world)


def test_it_times_out_an_idle_session_and_the_sign_in_page_says_why(web):
    c = web.client(web.world.clerk)
    with write(web.world.engine) as conn:
        stale = conn.execute(select(web_session.c.last_seen_at)).scalar_one() - timedelta(minutes=31)
        conn.execute(update(web_session).values(last_seen_at=stale))
    response = c.get("/")
    assert response.status_code == 303 and "why=idle" in response.headers["location"]
    page = c.get(response.headers["location"])
    assert "较长时间未操作" in page.text
    assert ("idle_timeout", web.world.clerk) in _log(web.world)


def test_it_locks_the_account_after_five_failures_in_fifteen_minutes(web):
    c = web.client()
    for _ in range(4):
        assert c.sign_in(web.world.clerk, "wrong").status_code == 401
    fifth = c.sign_in(web.world.clerk, "wrong")
    assert fifth.status_code == 429 and "锁定" in fifth.text
    # even the right password is refused while locked
    assert c.sign_in(web.world.clerk).status_code == 429
    assert ("locked_out", web.world.clerk) in _log(web.world)


def test_it_redirects_only_to_paths_of_this_site_after_sign_in(web):
    c = web.client()
    page = c.get("/signin?next=//evil.example/x")
    response = c.http.post("/signin", data={"csrf_token": csrf_of(page.text), "username": web.world.clerk,
                                            "password": PASSWORD, "next": "//evil.example/x"},
                           headers={"Origin": "http://testserver"})
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_it_rejects_sign_in_without_the_form_token(web):
    response = web.client().http.post("/signin", data={"username": web.world.clerk, "password": PASSWORD},
                                      headers={"Origin": "http://testserver"})
    assert response.status_code == 403
