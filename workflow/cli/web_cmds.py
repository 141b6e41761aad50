"""``disclosure serve``: the web application for clerks, under uvicorn.

The command line and the web are both delivery layers and do not import each other: uvicorn is
given the application's import string (``workflow.web.asgi:build``, a factory) and each worker
builds its own services from the environment this command sets.
"""

from __future__ import annotations

import os
import secrets

import click

from workflow.cli.common import AppContext, CliError, domain_errors, pass_app

APP_FACTORY = "workflow.web.asgi:build"


def run_server(db_url: str, config_path: str | None, host: str, port: int, workers: int,
               log_level: str = "warning", settings: dict | None = None) -> None:
    """Serve the web application on ``db_url`` until interrupted."""
    import uvicorn

    from workflow.operations.logs import uvicorn_log_config

    os.environ["DISCLOSURE_DATABASE_URL"] = db_url
    if config_path:
        os.environ["DISCLOSURE_CONFIG"] = config_path
    # the workers must sign cookies with one key; a configured web.secret_key takes precedence
    os.environ.setdefault("DISCLOSURE_WEB_SECRET", secrets.token_urlsafe(32))
    # behind a reverse proxy the client's address comes from X-Forwarded-For, trusted only from the
    # proxies listed (sign-in lockouts, the security log and /metrics's this-host rule depend on it)
    trusted = str(((settings or {}).get("web") or {}).get("forwarded_allow_ips") or "")
    uvicorn.run(APP_FACTORY, factory=True, host=host, port=port, workers=workers if workers > 1 else None,
                log_level=log_level, proxy_headers=bool(trusted), forwarded_allow_ips=trusted or None,
                server_header=False,
                log_config=uvicorn_log_config(settings or {}, log_level))


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址")
@click.option("--port", default=8000, show_default=True, type=int, help="端口")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="工作进程数")
@pass_app
def serve_cmd(app: AppContext, host: str, port: int, workers: int) -> None:
    """启动网页服务 · serve the web application for clerks on the configured database."""
    from workflow.store.db import current_revision, upgrade

    engine = app.engine()  # refuses a database that was never initialised
    revision = current_revision(engine)
    url = engine.url.render_as_string(hide_password=False)
    if revision is None:
        raise CliError("数据库尚未初始化 / run `disclosure init` first")
    with domain_errors():  # a database a newer release made is refused
        upgrade(engine)  # bring the schema to the version this code needs (e.g. the web accounts)
    click.echo(f"网页服务 / serving http://{host}:{port}/  (数据库 {engine.url.render_as_string(hide_password=True)}，"
               f"{workers} 个工作进程；Ctrl+C 停止)")
    run_server(url, app.config_path, host, port, workers, settings=app.settings)
