"""Sign-in and sign-out."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from workflow.accounts.users import check_sign_in
from workflow.store.db import write
from workflow.web.security import (
    PRE_COOKIE,
    Current,
    check_pre_token,
    csrf_checked,
    posted_form,
    pre_token,
    remote_of,
)

router = APIRouter()

WHY = {
    "idle": "您已较长时间未操作，为保护信息安全已自动退出，请重新登录。",
    "signed_out": "您已安全退出。",
}


def _safe_next(target: str | None) -> str:
    # only a path of this site (never //host or a scheme): no open redirect
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def _page(request: Request, *, error: str | None = None, name: str = "", status: int = 200) -> HTMLResponse:
    token, new_cookie = pre_token(request)
    web = request.app.state.web
    response = request.app.state.templates.TemplateResponse(request, "signin.html", {
        "who": None, "csrf_token": token, "error": error, "name": name,
        "notice": WHY.get(request.query_params.get("why", "")),
        "next": _safe_next(request.query_params.get("next")),
    }, status_code=status)
    if new_cookie:
        response.set_cookie(PRE_COOKIE, new_cookie, httponly=True, samesite="lax", secure=web.secure_cookies,
                            path="/signin")
    return response


@router.get("/signin", response_class=HTMLResponse)
def sign_in_page(request: Request) -> HTMLResponse:
    return _page(request)


@router.post("/signin")
def sign_in(request: Request, form: FormData = Depends(posted_form)) -> Response:
    check_pre_token(request, form)
    state = request.app.state
    web = state.web
    name = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    if not name or not password:
        return _page(request, error="请输入用户名和密码。", name=name, status=400)
    with write(state.services.db) as conn:
        result = check_sign_in(conn, name, password, failures=web.lockout_failures,
                               window=timedelta(minutes=web.lockout_minutes), remote=remote_of(request))
        cookie = None
        if result.user_id is not None:
            # a fresh session id at every sign-in; an earlier cookie of this browser is simply replaced
            cookie, _session = state.sessions.start(conn, result.user_id)
    if result.problem == "locked":
        return _page(request, name=name, status=429,
                     error=f"登录失败次数过多，账户已暂时锁定，请 {web.lockout_minutes:g} 分钟后再试。")
    if cookie is None:
        return _page(request, error="用户名或密码错误。", name=name, status=401)
    response = RedirectResponse(_safe_next(str(form.get("next") or "")), status_code=303)
    response.set_cookie(web.cookie_name, cookie, httponly=True, samesite="lax", secure=web.secure_cookies, path="/")
    response.delete_cookie(PRE_COOKIE, path="/signin")
    return response


@router.post("/signout")
def sign_out(request: Request, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, _form = checked
    state = request.app.state
    with write(state.services.db) as conn:
        state.sessions.end(conn, who.session, remote_of(request))
    response = RedirectResponse("/signin?why=signed_out", status_code=303)
    response.delete_cookie(state.web.cookie_name, path="/")
    return response
