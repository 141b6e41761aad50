"""Fixtures of the web tests: ``world`` (make_world with passwords) and ``web`` (the app on the
``engine`` fixture, SQLite and PostgreSQL; ``web.client(name)`` is a client signed in as ``name``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser import ARGS, CHROMIUM, VIEWPORT, Guard, Site, require_browser, serving, shot
from fastapi.testclient import TestClient
from helpers import make_world
from webtools import ORIGIN, TODAY, Web, WebClient, add_agency_b, set_password

from workflow.store.blobs import DirectoryBlobStore
from workflow.store.db import make_engine, upgrade
from workflow.web.app import create_app

# the letters with a remedies paragraph name the reconsideration body (issue 12)
AGENCY_SETTINGS = {"reconsideration_body": "上海市黄浦区人民政府"}


@pytest.fixture
def world(engine, tmp_path):
    w = make_world(engine, today=TODAY, agency_settings=AGENCY_SETTINGS)
    set_password(w, *w.users.values())
    w.services.blobs = DirectoryBlobStore(tmp_path / "blobs")  # attached files: never the working directory
    return w


@pytest.fixture
def web(world):
    app = create_app(world.services, {"secret_key": "test-secret", "lockout_failures": 5})
    clients: list[TestClient] = []

    def make() -> WebClient:
        c = TestClient(app, base_url=ORIGIN, follow_redirects=False)
        clients.append(c)
        return WebClient(c)

    yield Web(world, app, make)
    for c in clients:
        c.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # the browser tests take a screenshot when a test fails: they read the outcome from the item
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


# -- fixtures (imported by the browser test modules: one server and one browser per module) -----------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A served world on an SQLite file: agency ``sjj`` (four users) and ``other`` (``clerk_other``)."""
    require_browser()
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'web.db'}")
    upgrade(engine)
    world = make_world(engine, today=TODAY, agency_settings=AGENCY_SETTINGS)
    set_password(world, *world.users.values())
    add_agency_b(world)
    app = create_app(world.services, {"secret_key": "browser-test"})
    with serving(app) as base:
        yield Site(world, app, base)
    engine.dispose()


@pytest.fixture(scope="module")
def browser(site: Site) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright  # imported once the browser is known to be there

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def new_context(request: pytest.FixtureRequest, browser: Any, site: Site) -> Iterator[Any]:
    """``new_context()`` opens a browser context (1280x720, downloads on, other hosts blocked)."""
    made: list[tuple[Any, Guard]] = []

    def make() -> Any:
        context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="zh-CN",
                                      base_url=site.base)
        guard = Guard(site.base)
        guard.attach(context)
        made.append((context, guard))
        return context

    yield make
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    for i, (context, _guard) in enumerate(made):
        if failed:
            for j, page in enumerate(context.pages):
                shot(page, f"failed-{request.node.name}-{i}-{j}")
        context.close()
    foreign = [url for _, g in made for url in g.foreign]
    assert not foreign, f"the page tried to load from another host: {foreign}"

