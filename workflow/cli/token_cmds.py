"""``disclosure token create|list|revoke``: the bearer tokens of the HTTP JSON API (``/api/v1/``)."""

from __future__ import annotations

import click

from workflow.cli.common import AppContext, CliError, console, domain_errors, emit, pass_app


@click.group("token")
def token_group() -> None:
    """接口令牌 · API tokens (Authorization: Bearer …); a token acts as its user."""


@token_group.command("create")
@click.argument("user", required=False)
@click.option("--intake", "intake_agency", metavar="AGENCY",
              help="网上申请接入令牌：只能为该机关提交网上申请（不给 USER）")
@click.option("--name", help="令牌名称（如用途）")
@click.option("--expires", "expires_days", type=int, help="有效天数（默认不过期）")
@pass_app
def token_create(app: AppContext, user: str | None, intake_agency: str | None, name: str | None,
                 expires_days: int | None) -> None:
    """创建令牌（只显示这一次） · create a token for USER, or with --intake AGENCY an intake token of a
    government website (it may only submit online applications to that agency); printed once, stored hashed."""
    from workflow.accounts.tokens import create_intake_token, create_token
    from workflow.store.db import write

    if (user is None) == (intake_agency is None):
        raise CliError("请给出用户名，或用 --intake 机关代码 创建网上申请接入令牌（二者选一） / give USER, or "
                       "--intake AGENCY for an intake token (one of the two)")
    with domain_errors(), write(app.engine()) as conn:
        if intake_agency is not None:
            token_id, token, user = create_intake_token(conn, intake_agency, name=name, expires_days=expires_days,
                                                        via="cli")
        else:
            token_id, token = create_token(conn, user, name=name, expires_days=expires_days, via="cli")
    kind = f"网上申请接入令牌（机关 {intake_agency}）" if intake_agency else "令牌"
    emit(app, {"id": token_id, "user": user, "token": token, "intake_agency": intake_agency},
         lambda: click.echo(f"{kind} {token_id}（用户 {user}）: {token}\n请立即妥善保存，此令牌不会再次显示 / "
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

        table = Table("编号", "名称", "用户", "网上申请接入", "状态", "创建", "到期", "最近使用")
        for t in payload:
            table.add_row(str(t["id"]), t["name"], t["user"], t["intake_agency"] or "—", labels[t["status"]],
                          when(t["created_at"]),
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
