"""``disclosure calendar …``: the working-day calendar.

``due`` and ``show`` use the calendar the engine uses: the package, the override files in
``config/calendar`` and the years loaded into the database with ``calendar load``. Only when no
database was named and the default file does not exist do they fall back to the files alone, and
say so.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from datetime import date

import click

from workflow.cli.common import AppContext, CliError, console, domain_errors, emit, parse_date, pass_app
from workflow.clocks.calendar import SOURCE_LABELS

WEEKDAYS_ZH = "一二三四五六日"

calendar_group = click.Group("calendar", help="工作日历 / working-day calendar (法定节假日与调休补班)")


NO_DATABASE_NOTE = "未使用数据库（未指定且默认文件不存在）：不含 calendar load 载入的年份 / no database: loaded years not included"


def _calendar(app: AppContext):  # noqa: ANN202 - (WorkCalendar, whether the database's years are in it)
    """The engine's calendar (``Services.calendar``), or the files' one when there is no database."""
    from pathlib import Path

    from workflow.clocks.calendar import default_calendar
    from workflow.clocks.calendar_sources import CalendarError
    from workflow.store.urls import resolve_url, sqlite_file

    path = sqlite_file(resolve_url(app.db_url, app.settings.get("database", {}).get("url")))
    no_database = app.db_url is None and path is not None and not Path(path).exists()
    try:
        if no_database:
            return default_calendar(), False
        with domain_errors():
            return app.services().calendar, True
    except CalendarError as exc:
        raise CliError(str(exc)) from exc


def _weekday(d: date) -> str:
    return "星期" + WEEKDAYS_ZH[d.weekday()]


def _internal_target_days(app: AppContext) -> int:
    value = app.settings.get("deadlines", {}).get("internal_target_working_days", 1)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise CliError(
            f"deadlines.internal_target_working_days 应为非负整数 / expected an integer >= 0, got {value!r}"
        )
    return value


@calendar_group.command("due")
@click.option(
    "--from", "from_", required=True, metavar="DATE", help="起算日（不计入）/ start date, not counted"
)
@click.option("--days", "days", required=True, type=int, metavar="N", help="工作日数 / working days")
@pass_app
def due_cmd(app: AppContext, from_: str, days: int) -> None:
    """第 N 个工作日的到期日 / the N-th working day after DATE."""
    from workflow.clocks.calendar_sources import CalendarError

    start = parse_date(from_, "--from")
    if days < 1:
        raise CliError(f"--days 应为正整数 / expected a positive number of working days, got {days}")
    cal, with_database = _calendar(app)
    target_days = _internal_target_days(app)
    try:
        payload = {**cal.due_summary(start, days, target_days), "database_years": with_database}
    except CalendarError as exc:
        raise CliError(str(exc)) from exc
    due, target, provisional, years = (
        payload["due"],
        payload["internal_target"],
        payload["provisional"],
        payload["years"],
    )

    def human() -> None:
        out = console()
        out.print(f"起算日 / from:            {start} ({_weekday(start)})，不计入 / not counted")
        out.print(f"工作日 / working days:    {days}")
        out.print(f"[bold]法定到期日 / due date:     {due} ({_weekday(due)})[/bold]")
        out.print(f"内部目标 / internal target: {target} ({_weekday(target)})，提前 {target_days} 个工作日")
        for y in years:
            label = SOURCE_LABELS.get(y["source"], y["source"])
            out.print(
                f"日历来源 / source {y['year']}:   {label} / {y['source']} — {y['source_detail']}",
                markup=False,
            )
        if provisional:
            out.print(
                "[yellow]暂定 / PROVISIONAL: 该期间含尚未公布放假安排的年份，到期日可能在官方安排公布后变动 "
                "/ a year in this period has no official arrangement yet; the date may move.[/yellow]"
            )
        else:
            out.print("暂定 / provisional:        否 / no")
        if not with_database:
            out.print(NO_DATABASE_NOTE, markup=False)

    emit(app, payload, human)


def _year_payload(cal, year: int) -> dict:  # noqa: ANN001 - WorkCalendar
    spec = cal.year_spec(year)
    first, last = date(year, 1, 1), date(year, 12, 31)
    return {
        "year": year,
        "source": cal.source(year),
        "source_detail": cal.source_detail(year),
        "provisional": cal.is_provisional(year),
        "fingerprint": cal.fingerprint(year),
        "working_days": cal.working_days_in(first, last) + (1 if cal.is_workday(first) else 0),
        "holidays": [{"date": d, "name": n, "weekday": _weekday(d)} for d, n in spec.holidays.items()],
        "makeup_workdays": [
            {"date": d, "name": n, "weekday": _weekday(d)} for d, n in spec.makeup_workdays.items()
        ],
    }


def _month_table(cal, year: int, month: int):  # noqa: ANN001, ANN202 - rich Table
    from rich.table import Table

    table = Table(title=f"{year}年{month}月", show_edge=False, pad_edge=False, padding=(0, 1))
    for i, wd in enumerate(WEEKDAYS_ZH):
        table.add_column(wd, justify="right", style="dim" if i >= 5 else None, no_wrap=True, min_width=4)
    for week in _stdlib_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        cells = []
        for d in week:
            if d.month != month:
                cells.append("")
                continue
            kind, _name = cal.day_kind(d)
            if kind == "holiday":
                cells.append(f"[red]{d.day}休[/red]")
            elif kind == "makeup_workday":
                cells.append(f"[bold blue]{d.day}班[/bold blue]")
            else:
                cells.append(str(d.day))
        table.add_row(*cells)
    return table


@calendar_group.command("show")
@click.argument("year", type=int)
@pass_app
def show_cmd(app: AppContext, year: int) -> None:
    """一年的月历：休 = 放假，班 = 调休上班 / a year's month grid."""
    from workflow.clocks.calendar_sources import CalendarError

    cal, with_database = _calendar(app)
    try:
        payload = _year_payload(cal, year) | {"database_years": with_database}
    except CalendarError as exc:
        raise CliError(
            f"{year} 年不在工作日历范围内 / year outside the calendar ({cal.first_year}..{cal.last_year})"
        ) from exc

    def human() -> None:
        from rich.columns import Columns

        out = console()
        label = SOURCE_LABELS.get(payload["source"], payload["source"])
        out.print(f"[bold]{year} 年工作日历 / working-day calendar[/bold]")
        out.print(f"来源 / source: {label} / {payload['source']} — {payload['source_detail']}", markup=False)
        if not with_database:
            out.print(NO_DATABASE_NOTE, markup=False)
        if payload["provisional"]:
            out.print(
                "[yellow]暂定 / PROVISIONAL: 尚无官方放假安排，按法定节日推算，不含调休补班 "
                "/ no official arrangement yet: weekdays minus the statutory holidays, no make-up days.[/yellow]"
            )
        else:
            out.print("暂定 / provisional: 否 / no")
        out.print(
            f"工作日 / working days: {payload['working_days']}    休 = 放假 / day off    班 = 调休上班 / make-up workday"
        )
        out.print(Columns([_month_table(cal, year, m) for m in range(1, 13)], padding=(1, 3)))
        for key, title in (
            ("holidays", "放假 / holidays"),
            ("makeup_workdays", "调休上班 / make-up workdays"),
        ):
            days = payload[key]
            out.print(
                f"{title}: "
                + ("、".join(f"{x['date'].isoformat()} {x['name']}" for x in days) or "无 / none")
            )

    emit(app, payload, human)


# --- loading a year into the database, recomputation -------------------------------------------

_json_option = click.option("--json", "as_json", is_flag=True, help="以 JSON 输出 / JSON output")


def _json(app: AppContext, as_json: bool) -> None:
    if as_json:
        app.as_json = True


def _print_moves(summary: dict) -> None:
    out = console()
    out.print(
        f"检查案件 / cases checked: {summary['cases_checked']}    "
        f"到期日变动的案件 / cases recomputed: {summary['cases_recomputed']}    "
        f"变动期限 / clocks moved: {summary['clocks_moved']}    通知 / notices: {summary['notices']}",
        markup=False,
    )
    for m in summary["moves"]:
        party = f" · {m['party']}" if m["party"] else ""
        out.print(f"  {m['case_no']}  {m['label']}{party}: {m['old_due']} → {m['new_due']}", markup=False)
    if summary["flag_changes"]:
        out.print(
            f"仅暂定标记变化（不记审计事件、不通知）/ provisional flag only: {len(summary['flag_changes'])} 个期限",
            markup=False,
        )
    if summary["conflicts"]:
        out.print(
            f"[yellow]并发冲突未处理 / not recomputed (conflicts): {', '.join(summary['conflicts'])}[/yellow]"
        )


def _conflicts(summary: dict) -> None:
    from workflow.cli.common import EXIT_CONFLICT

    if summary["conflicts"]:
        raise CliError(
            f"{len(summary['conflicts'])} 件案件因并发修改未重新计算，请再运行 `disclosure calendar recompute` "
            f"/ {len(summary['conflicts'])} case(s) changed meanwhile: run `disclosure calendar recompute`",
            exit_code=EXIT_CONFLICT,
        )


@calendar_group.command("load")
@click.argument("file", type=click.Path(dir_okay=False))
@_json_option
@pass_app
def load_cmd(app: AppContext, file: str, as_json: bool) -> None:
    """载入一年的放假安排到数据库，并重新计算受影响的期限 / load a year file, recompute open clocks."""
    from workflow.clocks.calendar_sources import CalendarError, implausible_notice, parse_year_file
    from workflow.deadlines.recompute import load_year

    _json(app, as_json)
    try:
        spec = parse_year_file(file)
    except CalendarError as exc:
        raise CliError(str(exc)) from exc
    services = app.services()
    with domain_errors():
        result = load_year(services, spec).to_json()
    warning = implausible_notice(spec)  # a warning, not a refusal: the notice is the authority
    result["warnings"] = [warning] if warning else []

    def human() -> None:
        if warning:
            click.echo(warning, err=True)
        status = {
            "new": "已载入 / loaded",
            "replaced": "已替换 / replaced",
            "unchanged": "未变化 / unchanged",
        }
        console().print(
            f"{result['year']} 年日历{status[result['status']]}：{result['source']}（校验和 {result['checksum'][:16]}）",
            markup=False,
        )
        _print_moves(result)

    emit(app, result, human)
    _conflicts(result)


@calendar_group.command("recompute")
@_json_option
@pass_app
def recompute_cmd(app: AppContext, as_json: bool) -> None:
    """按当前日历重新计算所有未结期限（升级 chinesecalendar 或修改 config/calendar 之后）/ recompute open clocks."""
    from workflow.deadlines.recompute import recompute_all

    _json(app, as_json)
    with domain_errors():
        summary = recompute_all(app.services()).to_json()
    emit(app, summary, lambda: _print_moves(summary))
    _conflicts(summary)


# --- deadline explain ----------------------------------------------------------------------------

deadline_group = click.Group("deadline", help="期限 / statutory deadlines of a case")


@deadline_group.command("explain")
@click.argument("case_no")
@_json_option
@pass_app
def explain_cmd(app: AppContext, case_no: str, as_json: bool) -> None:
    """逐项说明一件案件各期限的计算 / explain every due date of a case."""
    from workflow.deadlines.explain import explain_case
    from workflow.store.db import read
    from workflow.store.repository import Repository

    _json(app, as_json)
    with domain_errors():
        case_no = app.case_no(case_no)
        services = app.services()
        with read(services.db) as conn:
            view = explain_case(services, Repository(conn), case_no)

    def human() -> None:
        out = console()
        out.print(
            f"[bold]{view['case_no']}[/bold]  {view['regime']} v{view['definition_version']}  收到申请 {view['received']}"
        )
        for c in view["clocks"]:
            party = f" · {c['party']}" if c["party"] else ""
            out.print(f"\n[bold]{c['label']}{party}[/bold]（{c['kind']}，{c['status_label']}）")
            for line in c["text"]:
                out.print(f"  {line}", markup=False)

    emit(app, view["clocks"], human)


# --- compliance ----------------------------------------------------------------------------------


@click.command("compliance")
@click.option("--year", "year", required=True, type=int, help="年度 / year")
@click.option("--agency", "agency", help="机关代码（含下级机关）/ agency code, with the agencies below it")
@_json_option
@pass_app
def compliance_cmd(app: AppContext, year: int, agency: str | None, as_json: bool) -> None:
    """按期办结率与超期情况 / on-time rates and breaches of statutory limits in a year."""
    from workflow.deadlines.explain import compliance
    from workflow.store.db import read
    from workflow.store.repository import Repository

    _json(app, as_json)
    with domain_errors():
        services = app.services()
        with read(services.db) as conn:
            report = compliance(services, Repository(conn), year, agency)

    def human() -> None:
        from rich.markup import escape
        from rich.table import Table

        out = console()
        scope = f"{agency}（含下级机关）" if agency else "全部机关"
        if report["year_over"]:
            overdue, as_of = "年末超期未结", f"截至 {report['as_of']}"
        else:
            overdue = "超期未结"
            as_of = f"截至 {report['as_of']}，年度尚未结束 / as of {report['as_of']} (the year is not over)"
        out.print(f"[bold]{year} 年期限执行情况 / compliance[/bold]  {escape(scope)}  {as_of}")
        table = Table(show_edge=False)
        for title in ("期限", "办结", "按期", "逾期办结", "按期率", overdue):
            table.add_column(title, justify="left" if title == "期限" else "right")
        for k in report["kinds"]:
            rate = f"{k['on_time_rate']:.1%}" if k["on_time_rate"] is not None else "—"
            note = "" if k["agency_obligation"] else "（对方期限）"
            table.add_row(
                f"{k['label']}{note}",
                str(k["met"]),
                str(k["on_time"]),
                str(k["late"]),
                rate,
                str(k["overdue_open"]) if k["agency_obligation"] else "—",
            )
        out.print(table)
        t = report["totals"]
        rate = f"{t['on_time_rate']:.1%}" if t["on_time_rate"] is not None else "—"
        out.print(
            f"本机关期限合计 / agency limits: 办结 {t['met']}，按期 {t['on_time']}（{rate}），超期 {t['breaches']}"
        )
        kinds = {"late": "逾期办结", "late_extension": "逾期延期", "overdue_open": overdue}
        for b in report["breaches"]:
            party = f" · {b['party']}" if b["party"] else ""
            out.print(
                f"  {b['case_no']}  {b['label']}{party}  {kinds[b['type']]}  到期 {b['due']}  办理 {b['done'] or '—'}"
                + (f"  原因：{b['late_reason']}" if b["late_reason"] else ""),
                markup=False,
            )

    emit(app, report, human)
