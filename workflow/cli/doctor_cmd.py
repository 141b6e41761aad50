"""``disclosure doctor``: check an installation and say what to do (exit 0 ok, 1 warnings, 2 errors)."""

from __future__ import annotations

import sys

import click

from workflow.cli.common import AppContext, emit, parse_date, pass_app
from workflow.cli.text import clean

MARKS = {"ok": "[green]正常[/green]", "warning": "[yellow]警告[/yellow]", "error": "[red]错误[/red]"}


@click.command("doctor")
@click.option("--on", "on", metavar="YYYY-MM-DD", help="按该日检查日历覆盖（默认今天）· check calendar coverage as of this day")
@pass_app
def doctor_cmd(app: AppContext, on: str | None) -> None:
    """检查运行环境 · check the database, calendar, channels, scheduler, outbox and settings."""
    from workflow.operations.doctor import exit_code, run_checks
    from workflow.store.urls import resolve_url

    settings = app.settings
    url = resolve_url(app.db_url, (settings.get("database") or {}).get("url"))
    today = parse_date(on, "--on")
    if today is None:
        from workflow.engine.cases import today_in

        today = today_in(str(settings.get("time_zone", "Asia/Shanghai")))
    findings = run_checks(settings, url, today=today)
    code = exit_code(findings)

    def human() -> None:
        from rich.markup import escape

        from workflow.cli.common import console

        out = console()
        for f in findings:
            out.print(f"{MARKS[f.level]}  {escape(f.check)}  {escape(clean(f.message))}")
            if f.action and f.level != "ok":
                out.print(f"        → {escape(clean(f.action))}")
        counts = {level: sum(f.level == level for f in findings) for level in MARKS}
        out.print(f"\n{counts['ok']} 项正常，{counts['warning']} 项警告，{counts['error']} 项错误 / "
                  f"{counts['ok']} ok, {counts['warning']} warning(s), {counts['error']} error(s)")

    emit(app, {"as_of": today, "status": ["ok", "warning", "error"][code],
               "findings": [f.as_json() for f in findings]}, human)
    sys.exit(code)
