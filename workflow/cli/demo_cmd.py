"""``disclosure demo``: a year of a district bureau's applications on a fresh SQLite database."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import click

from workflow.cli.common import AppContext, CliError, console, emit, pass_app


@click.command("demo")
@click.option("--db", "demo_db", help="数据库（默认在临时目录新建 SQLite 文件）")
@click.option("--year", type=int, help="演示年度（默认上一年度）")
@click.option("--cases", type=int, default=200, show_default=True, help="该年度的申请件数")
@click.option("--seed", type=int, default=2025, show_default=True)
@click.option("--serve", "serve", is_flag=True, help="建好演示数据后启动网页服务，并打印演示用户及密码")
@click.option("--host", default="127.0.0.1", show_default=True, help="网页服务监听地址（--serve）")
@click.option("--port", default=8000, show_default=True, type=int, help="网页服务端口（--serve）")
@pass_app
def demo_cmd(app: AppContext, demo_db: str | None, year: int | None, cases: int, seed: int, serve: bool,
             host: str, port: int) -> None:
    """演示: 一个区级部门一年的依申请公开办理 · run the demo (``--serve``: then serve it on the web)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from workflow.demo.year import run_demo
    from workflow.store.db import make_engine, upgrade
    from workflow.store.repository import Repository

    started = time.perf_counter()
    if demo_db is None and app.db_url is None:
        folder = Path(tempfile.mkdtemp(prefix="disclosure-demo-"))
        demo_db = str(folder / "demo.db")
    url = demo_db or app.db_url
    engine = make_engine(url)
    upgrade(engine)
    from workflow.store.db import read

    with read(engine) as conn:
        if Repository(conn).count_cases():
            raise CliError(f"演示需要空数据库 / the demo needs an empty database; {url} already has cases")
    from workflow.app import Services

    services = Services.for_db(engine, app.settings)
    year = year or services.today().year - 1
    from workflow.demo.tour import OfficeRoutine

    folder = Path(engine.url.database).parent if engine.url.database else Path.cwd()
    routine = OfficeRoutine(services, folder)
    recent = 8
    out = console()
    with Progress(TextColumn("[bold]办理中 / processing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=out, transient=True, disable=app.as_json) as progress:
        task = progress.add_task("cases", total=cases + recent)
        result = run_demo(services, year=year, cases=cases, recent=recent, seed=seed,
                          progress=lambda n: progress.advance(task, n), on_new_day=routine.on_new_day)
    office = routine.finish(year)
    lines = office.pop("lines")
    elapsed = time.perf_counter() - started
    vocab = services.registry.vocabulary
    definition = services.registry.get("GIR2019", "1")
    payload = {
        "database": engine.url.render_as_string(hide_password=True), "year": year, "cases": result.cases,
        "transitions": result.transitions, "by_state": dict(result.by_state), "by_outcome": dict(result.by_outcome),
        "replied_on_time": result.replied_on_time, "replied_late": result.replied_late,
        "attachments": result.attachments,
        "seconds": round(elapsed, 1), **office,
    }

    def human() -> None:
        from rich.table import Table

        out.print(f"[bold]演示数据库[/bold] {payload['database']}")
        out.print(f"{year} 年度及近期共登记 {result.cases} 件申请，经引擎执行 {result.transitions} 次操作，用时 {elapsed:.1f} 秒")
        out.print(f"案卷附件 {result.attachments} 份（纸质申请的扫描件、邮寄送达的送达回证）")
        states = Table("状态", "件数", title="按状态")
        for state, n in sorted(result.by_state.items(), key=lambda kv: -kv[1]):
            states.add_row(f"{definition.states[state].label}（{state}）", str(n))
        outcomes = Table("办理结果", "件数", title="按办理结果")
        for outcome, n in sorted(result.by_outcome.items(), key=lambda kv: -kv[1]):
            outcomes.add_row(f"{vocab.label('outcomes', outcome)}（{outcome}）", str(n))
        out.print(states)
        out.print(outcomes)
        from workflow.deadlines.on_time import on_time_rate

        total = result.replied_on_time + result.replied_late
        fraction = on_time_rate(result.replied_on_time, total)
        rate = "—" if fraction is None else f"{100 * fraction:.1f}%"
        out.print(f"已答复 {total} 件，其中按期 {result.replied_on_time} 件，逾期 {result.replied_late} 件（按期率 {rate}）")
        for line in lines:
            out.print(line, markup=False)
        out.print(f"试试: disclosure --db {payload['database'].replace('sqlite:///', '')} list")

    if serve:
        payload["web"] = {"url": f"http://{host}:{port}/", "users": _demo_passwords(engine)}
    emit(app, payload, human)
    if serve:
        from workflow.cli.web_cmds import run_server

        click.echo(f"\n网页服务 / web: {payload['web']['url']}   演示用户（用户名 / 密码）:")
        for user in payload["web"]["users"]:
            click.echo(f"  {user['name']:<10} {user['password']:<16} {user['role']}")
        click.echo("按 Ctrl+C 停止 / Ctrl+C to stop")
        run_server(engine.url.render_as_string(hide_password=False), app.config_path, host, port, 1,
                   settings=app.settings)


def _demo_passwords(engine) -> list[dict[str, str]]:  # noqa: ANN001 - sqlalchemy Engine
    """Give each demo user a sign-in password (``<name>-demo``: a demonstration, not an office)."""
    from workflow.accounts.users import hash_password, set_password
    from workflow.demo.year import USERS
    from workflow.store.db import write

    out = []
    with write(engine) as conn:
        for name, (_display, role, _email) in USERS.items():
            password = f"{name}-demo"
            set_password(conn, name, hash_password(password), via="demo")
            out.append({"name": name, "password": password, "role": role})
    return out
