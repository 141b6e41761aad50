"""``disclosure webhook add|list|remove``: an agency's webhooks, POSTed signed JSON on case events."""

from __future__ import annotations

import click

from workflow.cli.common import AppContext, console, domain_errors, emit, pass_app


@click.group("webhook")
def webhook_group() -> None:
    """Webhook 订阅 · an agency's webhooks: case events POSTed as signed JSON through the outbox."""


@webhook_group.command("add")
@click.argument("agency_code", metavar="AGENCY")
@click.argument("url")
@click.option(
    "--events",
    "events",
    multiple=True,
    help="事件（可重复或逗号分隔）: registered state_changed due_soon overdue；默认全部",
)
@click.option("--secret", help="签名密钥（至少 16 个字符）；不给则生成并只显示这一次")
@pass_app
def webhook_add(
    app: AppContext, agency_code: str, url: str, events: tuple[str, ...], secret: str | None
) -> None:
    """订阅 · subscribe URL to the events of AGENCY's cases; prints the signing secret."""
    from workflow.definitions.registry import default_registry
    from workflow.outbox.webhooks import add_webhook
    from workflow.store.db import write

    with domain_errors(), write(app.engine()) as conn:
        made = add_webhook(
            conn, default_registry().vocabulary, agency_code, url, list(events), secret, via="cli"
        )
    emit(
        app,
        made,
        lambda: click.echo(
            f"Webhook {made['id']}（机关 {agency_code}，事件 {', '.join(made['events'])}）\n签名密钥: {made['secret']}\n"
            "接收方用它核对 X-Disclosure-Signature；密钥不会再次显示 / the receiver checks X-Disclosure-Signature with "
            "it; it is not shown again"
        ),
    )


@webhook_group.command("list")
@click.option("--agency", "agency_code", help="只列出该机关的订阅")
@pass_app
def webhook_list(app: AppContext, agency_code: str | None) -> None:
    """列出订阅（不含密钥） · the webhooks with their agency and events; never the secret."""
    from workflow.outbox.webhooks import list_webhooks
    from workflow.store.db import read

    with domain_errors(), read(app.engine()) as conn:
        payload = list_webhooks(conn, agency_code)

    def human() -> None:
        from rich.table import Table

        table = Table("编号", "机关", "地址", "事件", "创建")
        for h in payload:
            table.add_row(
                str(h["id"]), h["agency"], h["url"], ", ".join(h["events"]), f"{h['created_at']:%Y-%m-%d}"
            )
        console().print(table)

    emit(app, payload, human)


@webhook_group.command("remove")
@click.argument("webhook_id", type=int)
@pass_app
def webhook_remove(app: AppContext, webhook_id: int) -> None:
    """删除订阅 · remove a webhook; its deliveries still waiting fail instead of being sent."""
    from workflow.outbox.webhooks import remove_webhook
    from workflow.store.db import write

    with domain_errors(), write(app.engine()) as conn:
        done = remove_webhook(conn, webhook_id, via="cli")
    emit(app, done, lambda: click.echo(f"已删除 Webhook {webhook_id}（机关 {done['agency']}）"))
