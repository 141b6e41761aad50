"""``disclosure serve`` behind a reverse proxy: X-Forwarded-For is trusted only from the proxies named."""

from __future__ import annotations

import uvicorn

from workflow.cli.web_cmds import run_server


def served_with(monkeypatch, settings) -> dict:
    seen: dict = {}
    for name in ("DISCLOSURE_DATABASE_URL", "DISCLOSURE_WEB_SECRET"):  # run_server sets them: put them back after
        monkeypatch.setenv(name, "")
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: seen.update(kwargs))
    run_server("sqlite:///x.db", None, "127.0.0.1", 8000, 1, settings=settings)
    return seen


def test_it_trusts_forwarded_headers_only_from_the_configured_proxy(monkeypatch):
    seen = served_with(monkeypatch, {"web": {"forwarded_allow_ips": "127.0.0.1"}})
    assert seen["proxy_headers"] is True and seen["forwarded_allow_ips"] == "127.0.0.1"


def test_it_trusts_no_forwarded_headers_by_default(monkeypatch):
    seen = served_with(monkeypatch, {})
    assert seen["proxy_headers"] is False


def test_its_logs_follow_the_logging_format(monkeypatch):
    seen = served_with(monkeypatch, {"logging": {"format": "json"}})
    assert seen["log_config"]["handlers"]["default"]["formatter"] == "json"
