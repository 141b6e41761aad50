"""The ``disclosure`` command line.

Subcommands are imported lazily (Click's documented LazyGroup pattern) so that a quick command such
as ``show`` does not pay for Word, Excel, Jinja2 or the scheduler at start-up. A delivery layer:
it may import ``workflow.app`` and every part below it, never the web application.
"""

from __future__ import annotations

import importlib
import sys

import click

from workflow.cli.common import AppContext, CliError

# command name -> "module:attribute"; each area of the product owns one module
LAZY_COMMANDS: dict[str, str] = {
    "init": "workflow.cli.admin_cmds:init_cmd",
    "agency": "workflow.cli.admin_cmds:agency_group",
    "user": "workflow.cli.admin_cmds:user_group",
    "register": "workflow.cli.case_cmds:register_cmd",
    "fire": "workflow.cli.case_cmds:fire_cmd",
    "triggers": "workflow.cli.case_cmds:triggers_cmd",
    "show": "workflow.cli.case_cmds:show_cmd",
    "list": "workflow.cli.case_cmds:list_cmd",
    "history": "workflow.cli.case_cmds:history_cmd",
    "case": "workflow.cli.case_admin_cmds:case_group",
    "audit": "workflow.cli.admin_cmds:audit_group",
    "diagram": "workflow.cli.admin_cmds:diagram_cmd",
    "demo": "workflow.cli.demo_cmd:demo_cmd",
    "calendar": "workflow.cli.calendar_cmds:calendar_group",
    "deadline": "workflow.cli.calendar_cmds:deadline_group",
    "compliance": "workflow.cli.calendar_cmds:compliance_cmd",
    "scheduler": "workflow.cli.notify_cmds:scheduler_cmd",
    "sweep": "workflow.cli.notify_cmds:sweep_cmd",
    "outbox": "workflow.cli.notify_cmds:outbox_group",
    "letter": "workflow.cli.letter_cmds:letter_cmd",
    "letter-requests": "workflow.cli.letter_cmds:letter_requests_cmd",
    "letter-served": "workflow.cli.letter_cmds:letter_served_cmd",
    "report": "workflow.cli.report_cmds:report_group",
    "import": "workflow.cli.report_cmds:import_group",
    "serve": "workflow.cli.web_cmds:serve_cmd",
    "doctor": "workflow.cli.operations_cmds:doctor_cmd",
    "backup": "workflow.cli.operations_cmds:backup_cmd",
    "restore": "workflow.cli.operations_cmds:restore_cmd",
    "token": "workflow.cli.token_cmds:token_group",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(LAZY_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = LAZY_COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None
            raise
        return getattr(module, attr, None)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_url", envvar="DISCLOSURE_DATABASE_URL", help="数据库 URL 或 SQLite 文件路径")
@click.option("--config", "config_path", type=click.Path(), help="配置文件 (YAML)")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None, config_path: str | None, as_json: bool) -> None:
    """政府信息公开申请办理系统 · disclosure workflow engine."""
    ctx.obj = AppContext(db_url=db_url, config_path=config_path, as_json=as_json)


def main() -> None:
    try:
        _refuse_undecodable_arguments(sys.argv[1:])
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("已取消 / aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except CliError as exc:
        click.echo(f"错误: {exc}", err=True)
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        click.echo(f"错误: {_one_line(exc)}", err=True)
        sys.exit(_exit_code(exc))
    else:
        sys.exit(0)


def _refuse_undecodable_arguments(args: list[str]) -> None:
    """Python hands bytes that are not UTF-8 over as lone surrogates, which no database, file or
    terminal can take: refuse them before a command runs rather than fail half-way."""
    for position, arg in enumerate(args, start=1):
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise CliError(f"第 {position} 个参数不是 UTF-8 文本 / argument {position} is not valid UTF-8: {shown}")


def _one_line(exc: BaseException) -> str:
    from workflow.errors import DisclosureError

    if isinstance(exc, DisclosureError):
        return str(exc)
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    kind = type(exc).__name__
    if kind in ("OperationalError", "InterfaceError"):
        return f"无法访问数据库 / database unavailable: {text[0] if text else kind}"
    return f"{kind}: {text[0] if text else ''} (内部错误 / internal error; please report it)"


def _exit_code(exc: BaseException) -> int:
    from workflow.errors import ConflictError, DisclosureError

    if isinstance(exc, ConflictError):
        return 3
    return 2 if isinstance(exc, DisclosureError) else 1
