"""``disclosure report section …`` and ``disclosure report items …``: what the agency enters for
its annual report (the text of a section, section 二's counts), stored per agency and year with
who entered it and when; every change is a new version and ``--history`` lists them all."""

from __future__ import annotations

from pathlib import Path

import click

from workflow.cli.common import AppContext, CliError, console, domain_errors, emit

_YEAR = click.option("--year", type=int, required=True, help="报告年度")
_AGENCY = click.option("--agency", required=True, help="机构代码")


def _read_text_file(path: str) -> str:
    """A text file in UTF-8 (with or without BOM) or, as Chinese Windows editors save it, GB18030."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"无法读取正文文件 {path}: {exc.strerror} / cannot read the text file") from exc
    if b"\x00" in raw:
        raise CliError(f"{path} 不是文本文件（含空字节）；请保存为 UTF-8 或 GB18030 文本 / not a text file")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CliError(f"{path} 的编码无法识别；请保存为 UTF-8 或 GB18030 文本 / not UTF-8 or GB18030 text")


def _who(app: AppContext, e) -> str:  # noqa: ANN001 - entries.Entry
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(str(app.settings.get("time_zone", "Asia/Shanghai")))
    return f"{e.entered_by}（{e.role}） {e.entered_at.astimezone(zone):%Y-%m-%d %H:%M}"


@click.group("section")
def section_group() -> None:
    """本机关填写的报告正文（各部分）· the agency's text of a report section."""


@section_group.command("set")
@_AGENCY
@_YEAR
@click.option("--section", required=True, help="部分序号，如 一、五、六（以该年度报告格式为准）")
@click.option("--text-file", type=click.Path(dir_okay=False), help="正文文件（UTF-8 或 GB18030），每段一行")
@click.option("--clear", is_flag=True, help="清除已填写的正文")
@click.option("--as", "actor", required=True, help="填报人（用户名，须有填报角色）")
@click.pass_context
def section_set_cmd(
    ctx: click.Context, agency: str, year: int, section: str, text_file: str | None, clear: bool, actor: str
) -> None:
    """填写或修改某一部分的正文 · set (or --clear) a section's text; the old version is kept."""
    if (text_file is None) == (not clear):
        raise CliError("需要 --text-file 文件或 --clear 之一 / give exactly one of --text-file or --clear")
    text = None if clear else _read_text_file(text_file)  # type: ignore[arg-type]
    app = ctx.find_object(AppContext)
    from workflow.report import entries

    with domain_errors():
        written = entries.set_text(
            app.engine(), agency=agency, year=year, section=section.strip(), text=text, actor=actor
        )
    payload = {"agency": agency, "year": year, "section": section, "written": [e.as_json() for e in written]}

    def human() -> None:
        if not written:
            click.echo(f"第{section}部分正文未变，未写入 / unchanged")
        else:
            verb = "已清除" if clear else "已保存"
            click.echo(f"{verb} {agency} {year}年度报告第{section}部分正文（第 {written[0].version} 版）")

    emit(app, payload, human)


@section_group.command("show")
@_AGENCY
@_YEAR
@click.option("--section", help="只看这一部分")
@click.option("--history", is_flag=True, help="列出每一版（谁、何时、内容）")
@click.pass_context
def section_show_cmd(ctx: click.Context, agency: str, year: int, section: str | None, history: bool) -> None:
    """本机关填写的正文：当前版本或全部版本 · the section texts entered (latest, or every version)."""
    app = ctx.find_object(AppContext)
    from workflow.report import entries

    with domain_errors():
        layout, versions = entries.history(app.engine(), agency=agency, year=year, kind=entries.TEXT)
    if section is not None and section not in layout.text_sections:
        raise CliError(f"第{section}部分不由本机关填写正文；可填写：{'、'.join(layout.text_sections)}")
    picked = [e for e in versions if section is None or e.key == section]
    if not history:
        latest = {e.key: e for e in picked}
        picked = [latest[n] for n in layout.text_sections if n in latest]
    titles = {s.number: s.title for s in layout.sections}

    def human() -> None:
        if not picked:
            click.echo(f"{agency} {year}年度报告尚未填写正文（可填写：{'、'.join(layout.text_sections)}）")
        for e in picked:
            state = "（已清除）" if e.body is None else ""
            click.echo(f"【{titles.get(e.key, e.key)}】第 {e.version} 版 · {_who(app, e)}{state}")
            if e.body:
                click.echo(e.body)
            click.echo("")

    emit(app, {"agency": agency, "year": year, "entries": [e.as_json() for e in picked]}, human)


@click.group("items")
def items_group() -> None:
    """第二部分统计表（第二十条各项的数量）· section 二's counts of Art. 20 items."""


@items_group.command("set")
@_AGENCY
@_YEAR
@click.option(
    "--set", "sets", multiple=True, required=True,
    help="项目.栏目=数值，如 rules.issued=2、licensing=320（单栏目项目可省略栏目）、fees=1.25；空值清除",
)
@click.option("--as", "actor", required=True, help="填报人（用户名，须有填报角色）")
@click.pass_context
def items_set_cmd(ctx: click.Context, agency: str, year: int, sets: tuple[str, ...], actor: str) -> None:
    """填报第二部分统计表的数值（一次写入）· set section 二's counts in one transaction."""
    values: dict[str, str] = {}
    for pair in sets:
        if "=" not in pair:
            raise CliError(f"--set 参数格式应为 项目.栏目=数值 / --set expects ITEM.COLUMN=VALUE, got {pair!r}")
        name, value = pair.split("=", 1)
        if name.strip() in values:
            raise CliError(f"{name.strip()} 重复给出 / {name.strip()} given twice")
        values[name.strip()] = value
    app = ctx.find_object(AppContext)
    from workflow.report import entries

    with domain_errors():
        written = entries.set_items(app.engine(), agency=agency, year=year, values=values, actor=actor)
    payload = {"agency": agency, "year": year, "written": [e.as_json() for e in written]}

    def human() -> None:
        if not written:
            click.echo("数值未变，未写入 / unchanged")
        for e in written:
            value = "（已清除）" if e.value is None else entries.plain(e.value)
            click.echo(f"{e.key} = {value}（第 {e.version} 版）")

    emit(app, payload, human)


@items_group.command("show")
@_AGENCY
@_YEAR
@click.option("--history", is_flag=True, help="列出每一版（谁、何时、数值）")
@click.pass_context
def items_show_cmd(ctx: click.Context, agency: str, year: int, history: bool) -> None:
    """第二部分统计表：每格的代码、名称和已填数值 · section 二's table with its codes and values."""
    app = ctx.find_object(AppContext)
    from workflow.report import entries

    with domain_errors():
        layout, versions = entries.history(app.engine(), agency=agency, year=year, kind=entries.ITEM)
    if layout.items is None:
        raise CliError(f"{year}年度报告格式（{layout.description}）第二部分没有统计表 / no section 二 table")
    latest = {e.key: e for e in versions}
    cells = layout.items.cells()
    rows = [
        {
            "cell": key, "group": g.title, "item": label, "column": col.label,
            "value": None if key not in latest or latest[key].value is None else entries.plain(latest[key].value),
            "entered": None if key not in latest else latest[key].as_json(),
        }
        for key, g, label, col in cells
    ]

    def human() -> None:
        from rich.table import Table

        if history:
            table = Table("代码", "版本", "数值", "填报人及时间", title=f"{agency} {year}年度报告第二部分 · 全部版本")
            for e in versions:
                table.add_row(e.key, str(e.version), "（已清除）" if e.value is None else entries.plain(e.value), _who(app, e))
        else:
            table = Table("代码", "项", "信息内容", "栏目", "数值", "填报人及时间", title=f"{agency} {year}年度报告第二部分")
            for r in rows:
                e = latest.get(r["cell"])
                table.add_row(r["cell"], r["group"], r["item"], r["column"], r["value"] or "—", _who(app, e) if e else "")
        console().print(table)

    payload = {"agency": agency, "year": year, "cells": rows}
    if history:
        payload["history"] = [e.as_json() for e in versions]
    emit(app, payload, human)
