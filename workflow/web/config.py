"""The web settings (the ``web:`` section of settings.yaml), with their defaults."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class WebSettings:
    idle_minutes: float = 30.0
    lockout_failures: int = 5
    lockout_minutes: float = 15.0
    page_size: int = 50
    secret_key: str = ""
    cookie_name: str = "disclosure_session"
    secure_cookies: bool = False  # set true behind HTTPS
    metrics_token: str = ""  # /metrics: a bearer token, or (empty) this host only
    api_rate_per_minute: int = 600  # requests per API token and worker process; 0 = no limit
    intake_wrong_codes_per_hour: int = 10  # wrong 查询码 per client address and worker process; 0 = no limit

    @classmethod
    def from_settings(cls, settings: dict[str, Any], **overrides: Any) -> WebSettings:
        web = dict(settings.get("web") or {})
        web.update(overrides)
        known = {k: web[k] for k in cls.__dataclass_fields__ if k in web and web[k] is not None}
        made = cls(**known)
        if not made.secret_key:
            # workers of one ``disclosure serve`` share the key through the environment
            key = os.environ.get("DISCLOSURE_WEB_SECRET") or secrets.token_urlsafe(32)
            made = cls(**{**known, "secret_key": key})
        return made
