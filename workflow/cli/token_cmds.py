"""``disclosure token create|list|revoke``: the bearer tokens of the HTTP JSON API (``/api/v1/``)."""

from __future__ import annotations

import click

from workflow.cli.common import AppContext, console, domain_errors, emit, pass_app


@click.group("token")
def token_group() -> None:
    """接口令牌 · API tokens (Authorization: Bearer …); a token acts as its user."""


@token_group.command("create")
@click.argument("user")
@click.option("--name", help="令牌名称（如用途）")
@click.option("--expires", "expires_days", type=int, help="有效天数（默认不过期）")
@pass_app
def token_create(app: AppContext, user: str, name: str | None, expires_days: int | None) -> None:
    """创建令牌（只显示这一次） · create a token for USER; it is printed once and stored hashed."""
    from workflow.accounts.tokens import create_token
    from workflow.store.db import write

    with domain_errors(), write(app.engine()) as conn:
        token_id, token = create_token(conn, user, name=name, expires_days=expires_days, via="cli")
    emit(app, {"id": token_id, "user": user, "token": token},
         lambda: click.echo(f"令牌 {token_id}（用户 {user}）: {token}\n请立即妥善保存，此令牌不会再次显示 / "
                            "store it now: it is not shown again"))


@token_group.command("list")
@click.option("--user", help="只列出该用户的令牌")
@pass_app
def token_list(app: AppContext, user: str | None) -> None:
    """列出令牌（不含令牌本身） · tokens with their user, state and last use; never the token."""
    from workflow.accounts.tokens import list_tokens
    from workflow.store.db import read

    with read(app.engine()) as conn:
        payload = list_tokens(conn, user)

    def human() -> None:
        from rich.table import Table

        labels = {"active": "有效", "revoked": "已撤销", "expired": "已过期"}

        def when(value: object) -> str:
            return f"{value:%Y-%m-%d %H:%M}" if value else "—"

        table = Table("编号", "名称", "用户", "状态", "创建", "到期", "最近使用")
        for t in payload:
            table.add_row(str(t["id"]), t["name"], t["user"], labels[t["status"]], when(t["created_at"]),
                          when(t["expires_at"]), when(t["last_used_at"]))
        console().print(table)

    emit(app, payload, human)


@token_group.command("revoke")
@click.argument("token_id", type=int)
@pass_app
def token_revoke(app: AppContext, token_id: int) -> None:
    """撤销令牌（立即生效） · revoke a token by its id; it stops working at once."""
    from workflow.accounts.tokens import revoke_token
    from workflow.store.db import write

    with domain_errors(), write(app.engine()) as conn:
        done = revoke_token(conn, token_id, via="cli")
    emit(app, done, lambda: click.echo(f"已撤销令牌 {token_id}（{done['name']}，用户 {done['user']}）"))
