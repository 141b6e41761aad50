"""The ASGI entry point that ``disclosure serve`` hands to uvicorn (``workflow.web.asgi:build``, a
factory), so that every worker process builds its own engine and services from the environment:
``DISCLOSURE_DATABASE_URL`` (or the settings' database), ``DISCLOSURE_CONFIG`` (a settings file) and
``DISCLOSURE_WEB_SECRET`` (the cookie signing key the workers share)."""

from __future__ import annotations

import os

from fastapi import FastAPI

from workflow.app import Services
from workflow.settings import load_settings
from workflow.store.db import make_engine
from workflow.store.urls import resolve_url
from workflow.web.app import create_app


def build() -> FastAPI:
    settings = load_settings(os.environ.get("DISCLOSURE_CONFIG") or None)
    url = resolve_url(os.environ.get("DISCLOSURE_DATABASE_URL"), settings.get("database", {}).get("url"))
    services = Services.for_db(make_engine(url), settings)
    return create_app(services)
