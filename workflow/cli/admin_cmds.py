"""Administration: database, agencies, users, the audit trail and the lifecycle diagram."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from workflow.cli.common import AppContext, CliError, console, domain_errors, emit, output_file, pass_app
from workflow.errors import ValidationError

if TYPE_CHECKING:
    from workflow.engine.audit_anchor import Anchor


@click.command("init")
@pass_app
def init_cmd(app: AppContext) -> None:
    """创建或升级数据库 · create or upgrade the database schema."""
    from workflow.store.db import current_revision

    engine = app.engine(migrate=True)
    revision = current_revision(engine)
    url = engine.url.render_as_string(hide_password=True)
    emit(app, {"database": url, "revision": revision},
         lambda: click.echo(f"数据库已就绪 / database ready: {url} (schema {revision})"))


@click.group("agency")
def agency_group() -> None:
    """机关管理 · agencies."""


@agency_group.command("add")
@click.argument("code")
@click.option("--name", required=True, help="机关名称")
@click.option("--parent", "parent_code", help="上级机关代码")
@click.option("--prefix", help="案件编号前缀（默认为机关代码）")
@click.option("--address", help="通信地址（用于文书）")
@click.option("--phone", help="联系电话（用于文书）")
@click.option("--reconsideration-body", help="行政复议机关（本级人民政府；2024年1月1日起答复书所列）")
@click.option("--reconsideration-department", help="上一级主管部门（2024年1月1日前的答复书与本级人民政府并列）")
@click.option("--court", help="管辖法院")
@click.option("--payment-instructions", help="信息处理费缴费方式（收费通知书所列：账户、地点等）")
@pass_app
def agency_add(app: AppContext, code: str, name: str, parent_code: str | None, prefix: str | None,
               address: str | None, phone: str | None, reconsideration_body: str | None,
               reconsideration_department: str | None, court: str | None, payment_instructions: str | None) -> None:
    """添加机关 · add an agency."""
    from workflow.store.db import write
    from workflow.store.repository import Repository

    settings = {k: v for k, v in {"address": address, "phone": phone, "reconsideration_body": reconsideration_body,
                                  "reconsideration_department": reconsideration_department,
                                  "court": court, "payment_instructions": payment_instructions}.items() if v}
    with domain_errors(), write(app.engine()) as conn:
        agency_id = Repository(conn).add_agency(code, name, prefix or code, parent_code, settings)
    emit(app, {"id": agency_id, "code": code, "name": name, "parent": parent_code, "prefix": prefix or code},
         lambda: click.echo(f"已添加机关 {code} {name}"))


@agency_group.command("set")
@click.argument("code")
@click.option("--address", help="通信地址（用于文书）")
@click.option("--phone", help="联系电话（用于文书）")
@click.option("--reconsideration-body", help="行政复议机关（本级人民政府；2024年1月1日起答复书所列）")
@click.option("--reconsideration-department", help="上一级主管部门（2024年1月1日前的答复书与本级人民政府并列）")
@click.option("--court", help="管辖法院")
@click.option("--payment-instructions", help="信息处理费缴费方式（收费通知书所列：账户、地点等）")
@pass_app
def agency_set(app: AppContext, code: str, address: str | None, phone: str | None, reconsideration_body: str | None,
               reconsideration_department: str | None, court: str | None, payment_instructions: str | None) -> None:
    """修改机关的文书设置 · change an agency's letter settings (letters made from now on use them)."""
    from workflow.store.db import write
    from workflow.store.repository import Repository

    given = {"address": address, "phone": phone, "reconsideration_body": reconsideration_body,
             "reconsideration_department": reconsideration_department, "court": court,
             "payment_instructions": payment_instructions}
    changes = {k: v.strip() for k, v in given.items() if v is not None}
    empty = sorted(k for k, v in changes.items() if not v)
    if not changes or empty:
        raise CliError("须给出非空的设置 / give at least one non-empty setting: "
                       "--address, --phone, --reconsideration-body, --reconsideration-department, --court, "
                       "--payment-instructions")
    with domain_errors(), write(app.engine()) as conn:
        settings = Repository(conn).update_agency_settings(code, changes)
    emit(app, {"code": code, "settings": settings},
         lambda: click.echo(f"已修改机关 {code} 的设置：{'、'.join(changes)}"))


@agency_group.command("list")
@pass_app
def agency_list(app: AppContext) -> None:
    """列出机关 · list agencies."""
    from workflow.store.db import read
    from workflow.store.repository import Repository

    with read(app.engine()) as conn:
        rows = Repository(conn).agencies()
    by_id = {r["id"]: r["code"] for r in rows}
    payload = [{"code": r["code"], "name": r["name"], "prefix": r["prefix"], "parent": by_id.get(r["parent_id"])}
               for r in rows]

    def human() -> None:
        from rich.table import Table

        table = Table("代码", "名称", "编号前缀", "上级机关")
        for r in payload:
            table.add_row(r["code"], r["name"], r["prefix"], r["parent"] or "")
        console().print(table)

    emit(app, payload, human)


@click.group("user")
def user_group() -> None:
    """用户管理 · users and roles."""


@user_group.command("add")
@click.argument("name")
@click.option("--agency", "agency_code", required=True, help="所属机关代码")
@click.option("--role", "roles", multiple=True, required=True, help="角色: clerk reviewer head supervisor admin")
@click.option("--email", help="电子邮箱（提醒送达）")
@click.option("--webhook", help="Webhook 地址（提醒送达）")
@click.option("--display-name", help="姓名（页面上显示）")
@click.option("--password-stdin", is_flag=True, help="从标准输入读取网页登录密码（一行）")
@pass_app
def user_add(app: AppContext, name: str, agency_code: str, roles: tuple[str, ...], email: str | None,
             webhook: str | None, display_name: str | None, password_stdin: bool) -> None:
    """添加用户或授予角色 · add a user or grant roles at an agency."""
    password_hash = _password_from_stdin() if password_stdin else None
    from workflow.accounts.users import set_password
    from workflow.definitions.registry import default_registry
    from workflow.store.db import write
    from workflow.store.repository import Repository

    vocab = default_registry().vocabulary
    allowed = [c for c in vocab.codes("roles") if c != "system"]
    for role in roles:
        if role not in allowed:
            raise CliError(f"角色无效 {role!r} / role must be one of: {', '.join(allowed)}")
    with domain_errors(), write(app.engine()) as conn:
        repo = Repository(conn)
        agency_id = repo.agency_id(agency_code)
        user_id = repo.add_user(name, email=email, display_name=display_name,
                                addresses={"webhook": webhook} if webhook else None)
        for role in roles:
            repo.grant_role(user_id, agency_id, role)
        if password_hash is not None:
            set_password(conn, name, password_hash, via="cli")
    labels = "、".join(vocab.label("roles", r) for r in roles)
    emit(app, {"user": name, "agency": agency_code, "roles": list(roles)},
         lambda: click.echo(f"用户 {name} 在 {agency_code} 的角色: {labels}"))


def _password_from_stdin() -> str:
    """One line of standard input, hashed with argon2 (the password itself is never echoed nor stored)."""
    from workflow.accounts.users import hash_password

    try:
        return hash_password(sys.stdin.readline().rstrip("\r\n"))
    except ValidationError as e:
        raise CliError(f"{e} (one line on standard input)") from None


@user_group.command("password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, required=True, help="从标准输入读取新密码（一行）")
@pass_app
def user_password(app: AppContext, name: str, password_stdin: bool) -> None:
    """设置网页登录密码 · set a user's web sign-in password (argon2 hash)."""
    from workflow.accounts.users import set_password
    from workflow.store.db import write

    password_hash = _password_from_stdin()
    with domain_errors(), write(app.engine()) as conn:
        set_password(conn, name, password_hash, via="cli")
    emit(app, {"user": name, "password_set": True}, lambda: click.echo(f"已设置 {name} 的登录密码"))


@user_group.command("disable")
@click.argument("name")
@pass_app
def user_disable(app: AppContext, name: str) -> None:
    """停用用户（不能再登录，已登录的会话立即失效） · disable a user and end their sessions."""
    from workflow.accounts.users import disable_user
    from workflow.store.db import write

    with domain_errors(), write(app.engine()) as conn:
        disable_user(conn, name, via="cli")
    emit(app, {"user": name, "disabled": True}, lambda: click.echo(f"已停用用户 {name}"))


@user_group.command("list")
@pass_app
def user_list(app: AppContext) -> None:
    """列出用户 · users, their roles, and whether they can sign in (never the password hash)."""
    from workflow.accounts.users import list_users
    from workflow.store.db import read

    with read(app.engine()) as conn:
        payload = list_users(conn)

    def human() -> None:
        from rich.table import Table

        table = Table("用户名", "姓名", "角色", "可登录", "状态")
        for u in payload:
            table.add_row(u["name"], u["display_name"] or "", " ".join(u["roles"]),
                          "是" if u["has_password"] else "未设密码", "已停用" if u["disabled"] else "正常")
        console().print(table)

    emit(app, payload, human)


@click.group("audit")
def audit_group() -> None:
    """审计记录 · the audit trail."""


@audit_group.command("verify")
@click.argument("case_no", required=False)
@click.option("--anchor", "anchor_file", type=click.Path(dir_okay=False),
              help="锚点文件：证明日志仍延续其中每个锚点 · an anchor file: prove the log still extends each anchor")
@pass_app
def audit_verify(app: AppContext, case_no: str | None, anchor_file: str | None) -> None:
    """校验审计哈希链 · verify the hash chains (every case's or one's, the global chain, the anchors),
    that each case row is what replaying its events gives, and that each attached file is unchanged."""
    from workflow.engine.audit_replay import ReplaySetting
    from workflow.engine.audit_verify import verify_audit
    from workflow.store.db import read

    with domain_errors():
        anchors = _read_anchors(anchor_file) if anchor_file else []
        case_no = app.case_no(case_no) if case_no else None
        services = app.services()
        setting = ReplaySetting(services.registry, services.calendar, services.target_offset)
    with domain_errors(), read(app.engine()) as conn:
        report = verify_audit(conn, case_no, anchors=anchors, replay=setting, blobs=services.blobs)
    broken = report.broken
    payload = {"cases": report.cases, "events": report.events, "ok": report.ok, "anchors": report.anchors,
               "attachments": report.attachments, "chain": report.chain,
               "broken": [{"case_no": b.case_no, "seq": b.seq, "problem": b.problem} for b in broken]}
    anchored = f", {report.anchors} 个锚点 / anchors" if report.anchors else ""
    anchored += f", {report.attachments} 个附件 / attachments" if report.attachments else ""
    emit(app, payload, lambda: click.echo(
        f"审计链完好 / audit trail intact: {report.cases} 件案件, {report.events} 条事件{anchored}" if report.ok else
        "审计链被篡改 / audit trail broken:\n" + "\n".join(f"  {b}" for b in [*report.chain, *broken])))
    if not report.ok:
        raise SystemExit(1)


def _read_anchors(path: str) -> list[Anchor]:
    from workflow.engine.audit_anchor import parse_anchors

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"无法读取锚点文件 {path} / cannot read the anchor file: {exc}") from None
    return parse_anchors(text, path)


@audit_group.command("anchor")
@click.option("--append", "append_to", type=click.Path(dir_okay=False),
              help="同时追加到锚点文件（数据库之外）· also append the line to an anchor file kept outside the database")
@pass_app
def audit_anchor(app: AppContext, append_to: str | None) -> None:
    """审计锚点 · the global chain's head digest with its event count and time, one line to keep outside
    the database (``audit verify --anchor FILE`` checks the log still extends it)."""
    from workflow.engine.audit_anchor import current_anchor
    from workflow.store.db import read

    with domain_errors(), read(app.engine()) as conn:
        anchor = current_anchor(conn)
    if append_to:
        append_anchor(append_to, str(anchor))
    emit(app, {"at": anchor.at, "events": anchor.count, "head": anchor.digest, "appended_to": append_to},
         lambda: click.echo(str(anchor)))


def append_anchor(path: str, line: str) -> None:
    try:
        with Path(path).open("a", encoding="utf-8") as out:
            out.write(line + "\n")
    except OSError as exc:
        raise CliError(f"无法写入锚点文件 {path} / cannot append to the anchor file: {exc}") from None


@click.command("diagram")
@click.option("--regime", default="GIR2019", show_default=True, help="GIR2019 或 GIR2008")
@click.option("--version", "version", default=None, help="定义版本（默认最新）")
@click.option("--svg", "svg_path", type=click.Path(dir_okay=False), help="同时输出 SVG（需要 Graphviz 的 dot）")
@pass_app
def diagram_cmd(app: AppContext, regime: str, version: str | None, svg_path: str | None) -> None:
    """生命周期图（Mermaid）· the lifecycle as a Mermaid state diagram."""
    from workflow.definitions.diagram import graphviz_dot, mermaid
    from workflow.definitions.registry import default_registry

    if svg_path:
        output_file(svg_path, "--svg")
    registry = default_registry()
    candidates = [d for d in registry.definitions.values() if d.name == regime and (version is None or d.version == version)]
    if not candidates:
        known = ", ".join(f"{n} v{v}" for n, v in sorted(registry.definitions))
        raise CliError(f"没有定义 {regime} {version or ''} / unknown definition; known: {known}")
    definition = max(candidates, key=lambda d: d.version)
    text = mermaid(definition)
    emit(app, {"regime": definition.name, "version": definition.version, "mermaid": text}, lambda: click.echo(text))
    if svg_path:
        dot = shutil.which("dot")
        if dot is None:
            raise CliError("未找到 Graphviz 的 dot 命令，无法输出 SVG / Graphviz 'dot' is not on the PATH")
        proc = subprocess.run([dot, "-Tsvg"], input=graphviz_dot(definition).encode("utf-8"), capture_output=True,
                              check=False)
        if proc.returncode != 0:
            raise CliError(f"dot 失败 / dot failed: {proc.stderr.decode(errors='replace').strip()}")
        Path(svg_path).write_bytes(proc.stdout)
