"""Running an installation: ``doctor`` (check and say what to do), ``backup`` and ``restore``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workflow.cli.common import AppContext, domain_errors, emit, parse_date, pass_app
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


def _database_url(app: AppContext) -> str:
    from workflow.store.urls import resolve_url

    return resolve_url(app.db_url, (app.settings.get("database") or {}).get("url"))


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_app
def backup_cmd(app: AppContext, file: Path) -> None:
    """备份数据库（运行中亦可）· write a consistent backup of the database to FILE (a new .zip)."""
    from workflow.operations.backup import backup

    with domain_errors():
        manifest = backup(_database_url(app), file)
    anchor = manifest.anchor
    emit(app, {"file": str(file), **manifest.as_json()}, lambda: click.echo(
        f"已备份 / backed up: {file}（{manifest.store}，结构 {manifest.revision}，{anchor['cases']} 件案件，"
        f"{anchor['events']} 条审计事件，锚点 {anchor['digest'][:16]}…）"))


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--to", "to_url", required=True, help="恢复到的空数据库（文件路径或 URL）")
@pass_app
def restore_cmd(app: AppContext, file: Path, to_url: str) -> None:
    """从备份恢复到一个空数据库，并校验审计链 · restore FILE into an empty database and verify it."""
    from workflow.operations.backup import restore

    with domain_errors():
        manifest = restore(file, to_url)
    anchor = manifest.anchor
    emit(app, {"restored_to": to_url, **manifest.as_json()}, lambda: click.echo(
        f"已恢复并校验 / restored and verified: {anchor['cases']} 件案件，{anchor['events']} 条审计事件，"
        f"与备份清单一致，审计链完好 / counts and anchor match the manifest, audit trail intact"))
