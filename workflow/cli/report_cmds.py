"""``disclosure report``: the annual report (generate and export, explain a cell, record what was
published; the agency's own parts are entered with ``report section`` and ``report items``, in
:mod:`workflow.cli.report_entry_cmds`). A report that fails a check is not exported unless ``--force``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from workflow.cli.common import AppContext, CliError, console, domain_errors, emit, json_default, output_file
from workflow.cli.report_entry_cmds import items_group, section_group
from workflow.report.export import FORMATS


def _read_text(path: str | None, what: str) -> str | None:
    if path is None:
        return None
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"无法读取{what}文件 {path}: {exc}") from exc


@click.group("report", invoke_without_command=True)
@click.option("--year", type=int, help="报告年度")
@click.option("--agency", help="机构代码")
@click.option("--include-subordinates", is_flag=True, help="包括全部下级单位")
@click.option("--by-agency", is_flag=True, help="附分单位统计表")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True, help="输出格式")
@click.option("--output", type=click.Path(dir_okay=False),
              help="输出文件（md、json 缺省输出到屏幕；docx、xlsx 默认 <机关代码>-<年度>-年度报告.<格式>）")
@click.option("--force", is_flag=True, help="校验未通过时仍然导出")
@click.option(
    "--section-two", type=click.Path(exists=True, dir_okay=False), help="第二部分（主动公开）正文文件"
)
@click.option(
    "--section-five", type=click.Path(exists=True, dir_okay=False), help="第五部分（问题及改进）正文文件"
)
@click.pass_context
def report_group(
    ctx: click.Context,
    year: int | None,
    agency: str | None,
    include_subordinates: bool,
    by_agency: bool,
    fmt: str,
    output: str | None,
    force: bool,
    section_two: str | None,
    section_five: str | None,
) -> None:
    """政府信息公开工作年度报告 · generate the annual report (subcommands: section, items, explain,
    record-published)."""
    if ctx.invoked_subcommand is not None:
        return
    if year is None or agency is None:
        raise CliError("需要 --year 和 --agency / --year and --agency are required")
    app = ctx.find_object(AppContext)
    _check_year(app, year)
    if fmt in ("docx", "xlsx") and not output:
        # as `letter` does: a file in the current directory named after what it holds
        output = f"{agency}-{year}-年度报告.{fmt}"
    if output:
        output_file(output, "--output")  # a missing folder is refused before anything is counted
    drafts = {"二": _read_text(section_two, "第二部分"), "五": _read_text(section_five, "第五部分")}
    texts = {number: text for number, text in drafts.items() if text is not None}
    from workflow.report import export, service

    with domain_errors():
        report = service.generate(
            app.engine(),
            year=year,
            agency=agency,
            include_subordinates=include_subordinates,
            by_agency=by_agency,
        )
        if report.failing and not force:
            lines = [c.detail() for c in report.failing]
            raise CliError(
                "报告未通过校验，未导出（可用 --force 强制导出）/ report failed its checks, not exported:\n"
                + "\n".join(lines)
            )
        for c in report.failing:
            click.echo(f"警告: {c.detail()}", err=True)
        wrong = sorted(set(texts) - set(report.layout.text_sections))
        if wrong:
            raise CliError(
                f"{year}年度报告格式（{report.layout.description}）第{'、'.join(wrong)}部分不由本机关填写正文 / "
                f"sections {', '.join(wrong)} take no agency text; allowed: {', '.join(report.layout.text_sections)}"
            )
        if not (app.as_json or fmt == "json"):
            _remind_missing(report, texts)
        if output:
            path = export.export(report, fmt, output, texts=texts)
            emit(
                app,
                {
                    "output": str(path),
                    "format": fmt,
                    "layout": report.layout.name,
                    "checks": report.data["checks"],
                },
                lambda: click.echo(f"已生成 {path}（{report.layout.description}）"),
            )
            return
        if app.as_json or fmt == "json":
            click.echo(json.dumps(report.data, ensure_ascii=False, indent=2, default=json_default))
            return
        content = export.render(report, fmt, texts=texts)
        sys.stdout.write(content if isinstance(content, str) else content.decode("utf-8"))


def _check_year(app: AppContext, year: int) -> None:
    from workflow.report.layout import check_report_year

    with domain_errors():
        check_report_year(year, app.services().today().year)


def _remind_missing(report, texts: dict[str, str]) -> None:  # noqa: ANN001 - a generated Report
    """A note on stderr of the agency's parts still to be entered (printed blank or as placeholder)."""
    from workflow.report import entries

    cells = entries.missing_cells(report.layout, report.entries)
    sections = [n for n in entries.text_sections_missing(report.layout, report.entries) if n not in texts]
    if cells:
        click.echo(
            f"提示: 第二部分尚有 {len(cells)} 项未填报（{'、'.join(cells)}），以空白打印；"
            f"用 `disclosure report items set` 填报",
            err=True,
        )
    if sections:
        click.echo(
            f"提示: 第{'、'.join(sections)}部分尚未填写正文，以“{report.layout.agency_text_missing}”打印；"
            f"用 `disclosure report section set` 填写",
            err=True,
        )


report_group.add_command(section_group)
report_group.add_command(items_group)


@report_group.command("explain")
@click.option("--year", type=int, required=True, help="报告年度")
@click.option("--agency", required=True, help="机构代码")
@click.option("--row", required=True, help="表三行代码，如 carried_over_in、disclosed")
@click.option("--column", default="total", show_default=True, help="列代码，如 natural_person、total")
@click.option("--include-subordinates", is_flag=True, help="包括全部下级单位")
@click.pass_context
def explain_cmd(
    ctx: click.Context, year: int, agency: str, row: str, column: str, include_subordinates: bool
) -> None:
    """列出表三某一单元格背后的案件 · list the cases behind a table-三 cell."""
    app = ctx.find_object(AppContext)
    _check_year(app, year)
    from workflow.report import service

    with domain_errors():
        cases = service.explain(
            app.engine(),
            year=year,
            agency=agency,
            row=row,
            column=column,
            include_subordinates=include_subordinates,
        )

    def human() -> None:
        from rich.table import Table

        table = Table(title=f"{year}年 {agency} · {row} · {column}：{len(cases)}件")
        for head in ("案号", "收到日期", "办结日期", "办理结果", "申请人", "承办人"):
            table.add_column(head)
        for c in cases:
            table.add_row(
                c["case_no"],
                str(c["received"]),
                str(c["concluded"] or "—"),
                c["outcome"] or "—",
                c["applicant"],
                c["clerk"] or "—",
            )
        console().print(table)

    emit(
        app,
        {"year": year, "agency": agency, "row": row, "column": column, "count": len(cases), "cases": cases},
        human,
    )


@report_group.command("record-published")
@click.option("--year", type=int, required=True, help="已公开报告的年度")
@click.option("--agency", required=True, help="机构代码")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def record_published_cmd(ctx: click.Context, year: int, agency: str, file: str) -> None:
    """登记本机关已公开的年度报告数据（JSON）· record the figures the agency published."""
    app = ctx.find_object(AppContext)
    _check_year(app, year)
    try:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CliError(f"无法读取 JSON 文件 {file}: {str(exc).splitlines()[0]}") from exc
    from workflow.report import service

    with domain_errors():
        result = service.record_published(app.engine(), year=year, agency=agency, data=data)
    emit(
        app,
        result,
        lambda: click.echo(f"已{'更新' if result['replaced'] else '登记'} {agency} {year}年公开数据"),
    )


# -- ledger import (``disclosure import cases|proceedings FILE``) ---------------------------------------


@click.group("import")
def import_group() -> None:
    """导入台账（CSV 或 XLSX）· import an office's ledger of cases or of reconsideration/litigation."""


def _import_options(func):  # noqa: ANN001, ANN202 - a click decorator
    func = click.option("--as", "as_user", help="以该用户（须有承办人角色）记录；缺省为用户 import")(func)
    func = click.option("--skip-invalid", is_flag=True, help="跳过错误行，写入其余各行")(func)
    func = click.option("--dry-run", is_flag=True, help="只检查并列出错误行，不写入")(func)
    return click.argument("file", type=click.Path(exists=True, dir_okay=False))(func)


@import_group.command("cases")
@_import_options
@click.pass_context
def import_cases_cmd(
    ctx: click.Context, file: str, dry_run: bool, skip_invalid: bool, as_user: str | None
) -> None:
    """导入申请台账 · import applications (one row per case)."""
    _run_import(ctx, "cases", file, dry_run, skip_invalid, as_user)


@import_group.command("proceedings")
@_import_options
@click.pass_context
def import_proceedings_cmd(
    ctx: click.Context, file: str, dry_run: bool, skip_invalid: bool, as_user: str | None
) -> None:
    """导入行政复议、行政诉讼台账 · import reconsideration and litigation records of concluded cases."""
    _run_import(ctx, "proceedings", file, dry_run, skip_invalid, as_user)


@import_group.command("columns")
@click.argument("kind", type=click.Choice(["cases", "proceedings"]), default="cases")
@click.pass_context
def import_columns_cmd(ctx: click.Context, kind: str) -> None:
    """列出台账可用的列（英文字段名与中文表头）和一行示例 · the accepted headers, with an example row."""
    from workflow.definitions.registry import default_registry
    from workflow.importer.columns import column_guide
    from workflow.importer.ledger import load_ledger_spec

    app = ctx.find_object(AppContext)
    with domain_errors():
        guide = column_guide(load_ledger_spec(default_registry().vocabulary), kind)

    def human() -> None:
        from rich.table import Table

        out = console()
        title = {"cases": "申请台账 / cases", "proceedings": "复议、诉讼台账 / proceedings"}[kind]
        table = Table(title=f"{title}：可用的列（表头写英文字段名或任一中文表头，不区分全角半角和空格）")
        for name in ("字段 / field", "中文表头 / headers", "必填", "类型 / type", "示例 / example"):
            table.add_column(name, overflow="fold")
        for c in guide["columns"]:
            limit = f"（≤{c['max_length']}字）" if c["max_length"] and not c["choices"] else ""
            table.add_row(c["key"], "、".join(c["headers"]), "是" if c["required"] else "",
                          c["type_label"] + limit, c["example"])
        out.print(table)
        for c in guide["columns"]:
            if c["choices"]:
                choices = "、".join(f"{x['label']}({x['code']})" for x in c["choices"])
                out.print(f"{c['headers'][0]} / {c['key']}（名称或代码）: {choices}", markup=False)
        out.print("示例（CSV，UTF-8；第一行为表头）/ example row:", markup=False)
        click.echo(guide["example_csv"], nl=False)

    emit(app, guide, human)


_PHASES = {"check": "检查", "write": "写入"}
PROGRESS_FROM_ROWS = 2000


def _run_import(
    ctx: click.Context, kind: str, file: str, dry_run: bool, skip_invalid: bool, as_user: str | None
) -> None:
    from contextlib import ExitStack

    from workflow.importer import jobs as importer

    app = ctx.find_object(AppContext)
    services = app.services()
    run = importer.import_cases if kind == "cases" else importer.import_proceedings
    with ExitStack() as stack, domain_errors():
        bars: dict[str, int] = {}
        progress = None
        if not app.as_json:
            from rich.console import Console
            from rich.progress import Progress

            bar = Progress(console=Console(stderr=True), transient=True)

            def progress(phase: str, done: int, total: int) -> None:
                if max(done, total) < PROGRESS_FROM_ROWS:
                    return
                if not bars:
                    stack.enter_context(bar)
                if phase not in bars:
                    bars[phase] = bar.add_task(_PHASES.get(phase, phase), total=total or None)
                bar.update(bars[phase], completed=done, total=total or None)

        result = run(
            services, file, dry_run=dry_run, skip_invalid=skip_invalid, as_user=as_user, progress=progress
        )
    payload = result.as_json()

    def human() -> None:
        verb = "可导入" if dry_run else "已导入"
        line = f"{result.file}: 共 {result.rows} 行，{verb} {result.valid if dry_run else result.imported} 行"
        if result.updated:
            line += f"，更新结果 {result.updated} 行"
        line += f"，此前已导入 {result.already} 行，错误 {result.invalid_rows} 行"
        click.echo(line + ("（试运行，未写入）" if dry_run else ""))
        if result.ignored_columns:
            click.echo(f"未识别的列（已忽略）: {'、'.join(result.ignored_columns)}")
        if result.errors:
            from rich.table import Table

            table = Table("行", "列", "值", "原因")
            for e in payload["errors"]:
                table.add_row(str(e["row"]), e["header"] or e["column"] or "整行", e["value"], e["reason"])
            console().print(table)

    emit(app, payload, human)
    if result.errors and not skip_invalid:
        raise CliError(
            f"{result.invalid_rows} 行有错误，未写入任何数据（可用 --skip-invalid 只导入正确的行）/ "
            f"{result.invalid_rows} bad row(s); nothing was written"
        )
