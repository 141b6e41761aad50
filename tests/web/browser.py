"""Browser tests' support: the app served by uvicorn in a thread on 127.0.0.1, and Debian's chromium
driven by Playwright (never ``playwright install``). Every request to another host is aborted and
recorded, and the test then fails. Without chromium the tests skip with the reason, unless
``DISCLOSURE_REQUIRE_BROWSER=1`` (CI), which makes a missing browser a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("DISCLOSURE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--lang=zh-CN"]  # a clerk's browser: dates as yyyy/mm/dd
VIEWPORT = {"width": 1280, "height": 720}
SHOTS = Path(os.environ.get("DISCLOSURE_WEB_SHOTS", "/tmp/web-shots"))


def require_browser() -> None:
    why = None
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        why = f"chromium not found at {CHROMIUM} (apt-get install chromium fonts-noto-cjk)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            why = "playwright (the Python package) is not installed"
    if why:
        if os.environ.get("DISCLOSURE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"DISCLOSURE_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app under uvicorn in a thread; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@dataclass
class Guard:
    """Aborts every request that is not to ``base`` and remembers it."""

    base: str
    foreign: list[str] = field(default_factory=list)

    def attach(self, context: Any) -> None:
        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith(self.base + "/") or url == self.base:
                r.continue_()
            else:
                self.foreign.append(url)
                r.abort()

        context.route("**/*", route)


def shot(page: Any, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


@dataclass
class Site:
    world: Any
    app: Any
    base: str


def sign_in(page: Any, name: str, password: str | None = None) -> None:
    from webtools import PASSWORD

    page.goto("/signin")
    page.get_by_label("用户名").fill(name)
    page.get_by_label("密码").fill(password or PASSWORD)
    page.get_by_role("button", name="登录").click()
