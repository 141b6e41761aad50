"""``disclosure scheduler``, ``disclosure sweep`` and ``disclosure outbox …``: alerts and their delivery."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import Any

import click

from workflow.cli.common import AppContext, CliError, console, domain_errors, emit, parse_date, pass_app

STATUS_ZH = {"pending": "待发送", "sending": "发送中", "sent": "已发送", "failed": "发送失败"}


def _logging(verbose: bool, settings: dict[str, Any] | None = None) -> None:
    from workflow.operations.logs import configure_logging

    configure_logging(settings or {}, logging.INFO if verbose else logging.WARNING, sys.stderr)


@click.command("scheduler")
@click.option(
    "--holder",
    metavar="NAME",
    help="本进程在租约中的名称，各进程须不同（默认 主机名:进程号:随机串）/ lease holder name, unique per process",
)
@click.option("--lease-seconds", type=float, help="租约时长（秒），默认取 scheduler.lease_seconds")
@click.option("--once", is_flag=True, help="只执行一轮（取得租约、扫描、投递）后退出 / one round, then exit")
@click.option("--quiet", is_flag=True, help="只输出警告和错误 / warnings and errors only")
@click.option("--metrics-port", type=click.IntRange(1, 65535),
              help="在此端口提供 Prometheus /metrics（仅本机）/ serve Prometheus metrics on this port (localhost)")
@pass_app
def scheduler_cmd(
    app: AppContext, holder: str | None, lease_seconds: float | None, once: bool, quiet: bool,
    metrics_port: int | None,
) -> None:
    """定时任务：期限扫描、消息投递、每日督办汇总、年报提醒（每个数据库仅一个进程生效）.

    Runs the deadline sweep, outbox delivery, the supervisors' daily digest and the annual-report
    reminders. Start it on several hosts: one holds the lease and works, the others stand by and
    take over within one lease period when it stops.
    """
    from workflow.outbox.delivery import check_channels
    from workflow.scheduling.scheduler import Scheduler

    _logging(not quiet, app.settings)
    with domain_errors():
        services = app.services()
        check_channels(services)  # a channel that cannot work stops the start, not each message later
        sched = Scheduler(services, holder=holder, lease_seconds=lease_seconds)
        if metrics_port and not once:
            _serve_metrics(services, metrics_port, sched.lease.seconds)
        if once:
            led = sched.tick()
            sched.lease.release()
            emit(
                app,
                {"holder": sched.holder, "leader": led},
                lambda: click.echo(
                    f"{sched.holder}: {'已执行一轮 / one round done' if led else '未取得租约 / standby'}"
                ),
            )
            return
        sched.start()


def _serve_metrics(services: Any, port: int, lease_seconds: float) -> None:
    """Prometheus's own exposition server on a daemon thread, on this host only (a reverse proxy or
    Prometheus beside the scheduler reads it)."""
    from prometheus_client import start_http_server

    from workflow.operations.metrics import Metrics

    try:
        start_http_server(port, addr="127.0.0.1", registry=Metrics(services.db, services.today, lease_seconds).registry)
    except OSError as exc:
        raise CliError(f"无法在端口 {port} 提供指标 / cannot serve metrics on port {port}: {exc}") from exc


@click.command("sweep")
@click.option("--on", "on", metavar="DATE", help="业务日期（默认今天，Asia/Shanghai）/ business date")
@pass_app
def sweep_cmd(app: AppContext, on: str | None) -> None:
    """立即执行一次期限扫描，生成到期提醒并排入发送队列 / run one deadline sweep now."""
    from workflow.clocks.calendar_sources import CalendarError
    from workflow.scheduling.sweep import sweep

    day = parse_date(on, "--on")
    with domain_errors():
        services = app.services()
        if day is not None and day > services.today():
            # alerts sent now for a day not yet reached would be spent: that day's real sweep skips them
            raise CliError(f"扫描日期 {day} 晚于今天 {services.today()} / --on {day} is in the future; "
                           "a sweep runs for today or a past business date")
        try:
            result = sweep(services, day or services.today(), holder="cli")
        except CalendarError as exc:
            raise CliError(str(exc)) from exc
    payload = result.as_dict()

    def human() -> None:
        out = console()
        out.print(
            f"期限扫描 {result.business_date}：新增提醒 {result.created} 条，排队消息 {result.queued} 条"
            f"（{result.seconds:.2f} 秒）"
        )
        for level, n in result.by_level.items():
            out.print(f"  {level}: {n}")

    emit(app, payload, human)


outbox_group = click.Group("outbox", help="消息发送队列 / the outbox of queued messages")


def _fmt_time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else ""


@outbox_group.command("list")
@click.option("--status", type=click.Choice(["pending", "sending", "sent", "failed"]), help="只列出该状态")
@click.option("--limit", type=int, default=50, show_default=True)
@pass_app
def outbox_list_cmd(app: AppContext, status: str | None, limit: int) -> None:
    """列出队列中的消息（最新在前）/ list queued messages, newest first."""
    from workflow.outbox.delivery import count_by_status, list_messages

    with domain_errors():
        services = app.services()
        rows = list_messages(services, status, limit)
        counts = count_by_status(services)
    payload: dict[str, Any] = {"counts": counts, "messages": rows}

    def human() -> None:
        from rich.table import Table

        table = Table(
            title="消息队列 / outbox  "
            + "  ".join(f"{STATUS_ZH.get(k, k)} {v}" for k, v in sorted(counts.items()))
        )
        for col in (
            "ID",
            "状态",
            "类型",
            "模板",
            "案件",
            "收件人",
            "渠道",
            "尝试",
            "下次尝试",
            "发送时间",
            "错误",
        ):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(
                str(r["id"]),
                STATUS_ZH.get(r["status"], r["status"]),
                r["kind"],
                r["template"],
                r["case_no"] or "",
                r["recipient"] or (r["address"] or ""),
                r["channel"],
                str(r["attempts"]),
                _fmt_time(r["next_attempt_at"]) if r["status"] == "pending" else "",
                _fmt_time(r["sent_at"]),
                (r["last_error"] or "")[:80],
            )
        console().print(table)
        if not rows:
            console().print("（无 / none）")

    emit(app, payload, human)


@outbox_group.command("retry")
@click.argument("message_id", type=int, metavar="ID")
@pass_app
def outbox_retry_cmd(app: AppContext, message_id: int) -> None:
    """将发送失败的消息重新排队（尝试次数清零）/ put a failed message back in the queue."""
    from workflow.outbox.delivery import retry_message

    with domain_errors():
        result = retry_message(app.services(), message_id)
    emit(app, result, lambda: click.echo(f"消息 {message_id} 已重新排队 / queued again"))


@outbox_group.command("deliver")
@click.option("--limit", type=int, default=None, help="每批条数（默认 outbox.batch_size）")
@pass_app
def outbox_deliver_cmd(app: AppContext, limit: int | None) -> None:
    """立即投递到期的消息（调度器未运行时使用）/ deliver due messages now."""
    from workflow.letters.worker import make_requested_letters
    from workflow.outbox.delivery import check_channels, deliver_all

    with domain_errors():
        services = app.services()
        check_channels(services)
        make_requested_letters(services)  # the letters owed first: their notices are messages too
        result = deliver_all(services, limit=limit)
    emit(
        app,
        result.as_dict(),
        lambda: click.echo(
            f"已发送 {result.sent}，待重试 {result.retried}，失败 {result.failed} / sent, to retry, failed"
        ),
    )
