"""Administration of one case: ``case repin`` moves an in-flight case to a newer version of its regime;
``case reassign`` gives it to another clerk of its agency."""

from __future__ import annotations

import click

from workflow.cli.common import AppContext, domain_errors, emit, parse_date, pass_app


@click.group("case")
def case_group() -> None:
    """案件管理 · administration of a case."""


@case_group.command("repin")
@click.argument("case_no")
@click.option("--to", "to", required=True, help="目标版本，如 2 或 GIR2019-2")
@click.option("--as", "actor", required=True, help="操作人（须为系统管理员 admin）")
@click.option("--dry-run", is_flag=True, help="只显示将发生的变化，不写入")
@pass_app
def repin_cmd(app: AppContext, case_no: str, to: str, actor: str, dry_run: bool) -> None:
    """变更适用的定义版本 · move an in-flight case to a newer version of its regime when its history is
    valid under it; shows each due date before and after."""
    with domain_errors():
        services = app.services()
        result = services.cases.repin(case_no, to, actor, dry_run=dry_run)
    vocab = services.registry.vocabulary

    def status(code: str | None) -> str:
        return vocab.label("clock_statuses", code) if code else "—"

    def human() -> None:
        done = "（试运行，未写入 / dry run: nothing written）" if result.dry_run else f"（审计事件 #{result.seq}）"
        click.echo(f"{result.case_no}: {result.regime} v{result.from_version} → v{result.to_version}  "
                   f"{result.state_label}（{result.state}）{done}")
        for c in result.clocks:
            if not (c.changed or c.live):
                continue  # a clock that was over before and stays as it was
            party = f" · {c.party}" if c.party else ""
            flag = "（暂定）" if c.provisional and c.due_after else ""
            click.echo(f"  {c.label}{party}: 届满 {c.due_before or '—'} → {c.due_after or '—'}{flag}  "
                       f"{status(c.status_before)} → {status(c.status_after)}" + ("  [变更]" if c.changed else ""))

    emit(app, result.to_json(), human)


@case_group.command("reassign")
@click.argument("case_no")
@click.option("--to", "clerk", required=True, help="新经办人（须为该机关的 clerk）")
@click.option("--reason", required=True, help="改派理由")
@click.option("--as", "actor", required=True, help="操作人（督办人员 supervisor 或机关负责人 head）")
@click.option("--on", "on", metavar="YYYY-MM-DD", help="生效日期（默认今天）")
@pass_app
def reassign_cmd(app: AppContext, case_no: str, clerk: str, reason: str, actor: str, on: str | None) -> None:
    """改派经办人 · reassign an open case to another clerk of its agency (audited, with a reason)."""
    with domain_errors():
        services = app.services()
        result = services.cases.reassign(app.case_no(case_no, actor), clerk, actor, reason, parse_date(on, "--on"))
    emit(app, result.__dict__, lambda: click.echo(
        f"{result.case_no}: 经办人 {result.previous or '（无）'} → {result.clerk}（审计事件 #{result.seq}）"))
