"""The clerk's commands: register, fire, triggers, show, list, history.

``show`` is on the hot path of a busy office (and of a 100,000-case database): on an SQLite file it
imports neither SQLAlchemy nor Rich, only the definitions and the standard library's sqlite3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from workflow.cli.common import (
    AppContext,
    RegisterFieldOption,
    domain_errors,
    emit,
    parse_date,
    parse_sets,
    pass_app,
)

if TYPE_CHECKING:
    from workflow.views.case_list import CaseList


@click.command("register")
@click.option("--as", "actor", required=True, help="登记人（用户名）")
@click.option("--agency", required=True, help="受理机关代码")
@click.option("--channel", cls=RegisterFieldOption, required=True, help="申请方式")
@click.option("--submitted", help="提交日期 YYYY-MM-DD")
@click.option("--signed-for", "signed_for", help="签收日期 YYYY-MM-DD")
@click.option("--confirmed", help="双方确认日期 YYYY-MM-DD")
@click.option("--applicant-type", cls=RegisterFieldOption, required=True, help="申请人类型")
@click.option("--applicant-name", required=True, help="申请人姓名或名称")
@click.option("--id-number", help="身份证号码")
@click.option("--credit-code", help="统一社会信用代码（法人或者其他组织）")
@click.option("--phone", help="联系电话")
@click.option("--address", help="通信地址")
@click.option("--email", help="电子邮箱")
@click.option("--subject", required=True, help="所需政府信息")
@click.option("--form", cls=RegisterFieldOption, help="获取方式")
@click.option("--delivery", cls=RegisterFieldOption, help="送达方式")
@click.option("--on", "on", help="登记日期（默认今天）")
@pass_app
def register_cmd(app: AppContext, actor: str, on: str | None, **fields: str | None) -> None:
    """登记申请 · register an application; prints its case number."""
    effective = parse_date(on, "--on")
    with domain_errors():
        services = app.services()
        result = services.cases.register(actor, {k: v for k, v in fields.items() if v}, effective)
        made = services.make_letters(result.case_no)
    emit(app, {"case_no": result.case_no, "state": result.to_state, "letters": made.kinds},
         lambda: click.echo(result.case_no))


@click.command("fire")
@click.argument("case_no")
@click.argument("trigger")
@click.option("--as", "actor", required=True, help="操作人（用户名）")
@click.option("--on", "on", help="办理日期（默认今天）")
@click.option("--set", "sets", multiple=True, help="字段 key=value（可重复）")
@click.option("--expect-version", type=int, help="乐观锁: 仅当案件仍为此版本时执行")
@pass_app
def fire_cmd(app: AppContext, case_no: str, trigger: str, actor: str, on: str | None, sets: tuple[str, ...],
             expect_version: int | None) -> None:
    """执行操作 · fire a trigger on a case."""
    effective = parse_date(on, "--on")
    with domain_errors():
        case_no = app.case_no(case_no, actor)
        services = app.services()
        result = services.cases.fire(case_no, trigger, actor, effective, parse_sets(sets),
                                     expected_version=expect_version)
        made = services.make_letters(case_no)  # the letters the transition owes, made now for the clerk
    payload = {"case_no": result.case_no, "trigger": result.trigger, "from": result.from_state,
               "to": result.to_state, "effective": result.effective_on, "seq": result.seq, "late": result.late,
               "letters": made.kinds, "due_dates": result.due_dates}

    def human() -> None:
        click.echo(f"{result.case_no}: {result.trigger} {result.from_state} → {result.to_state}（{result.effective_on}）"
                   + ("  [逾期办理，已记录原因]" if result.late else ""))
        for d in result.due_dates:  # an amended date of receipt re-derived the clocks
            party = f" · {d['party']}" if d["party"] else ""
            click.echo(f"  期限重新计算 / due date moved: {d['label']}{party} {d['due_before'] or '—'} → "
                       f"{d['due_after'] or '—'}")
        for kind in made.kinds:
            click.echo(f"  文书已生成 / letter made: {kind}（disclosure letter {result.case_no} {kind} --format docx）")

    emit(app, payload, human)


@click.command("triggers")
@click.argument("case_no")
@click.option("--as", "actor", required=True, help="用户名")
@pass_app
def triggers_cmd(app: AppContext, case_no: str, actor: str) -> None:
    """当前可执行的操作及其字段 · what this user may do now, with each trigger's fields."""
    from workflow.store.db import read
    from workflow.store.repository import Repository

    with domain_errors():
        case_no = app.case_no(case_no, actor)
        services = app.services()
        with read(services.db) as conn:
            repo = Repository(conn)
            case = repo.load_case(case_no)
            user = repo.actor(actor, case["agency_id"])
            definition = services.registry.get(case["definition_name"], case["definition_version"])
            names = services.cases.allowed_triggers(definition, case["state"], user.roles)
            why_not = services.cases.why_not_now(repo, case, definition, names, services.today())
    payload = {"case_no": case_no, "state": case["state"], "triggers": [
        {"trigger": n, "label": definition.triggers[n].label, "roles": list(definition.triggers[n].roles),
         "available": n not in why_not, "why_not": why_not.get(n),
         "fields": [{"name": f.name, "label": f.label, "type": f.type, "required": f.required,
                     "choices": list(f.choices) or None}
                    for f in definition.all_fields(definition.triggers[n]).values()]}
        for n in sorted(names, key=lambda n: n in why_not)]}

    def human() -> None:
        click.echo(f"{case_no} 当前状态: {definition.states[case['state']].label}（{case['state']}）")
        if not names:
            click.echo(f"  {actor} 当前没有可执行的操作 / nothing this user may do now")
        for t in payload["triggers"]:
            if not t["available"]:
                click.echo(f"  {t['trigger']:<20} {t['label']}  暂不可执行 / not now: {t['why_not']}")
                continue
            fields = ", ".join(("*" if f["required"] else "") + f"{f['name']}（{f['label']}）" for f in t["fields"])
            click.echo(f"  {t['trigger']:<20} {t['label']}  字段: {fields}")

    emit(app, payload, human)


@click.command("show")
@click.argument("case_no")
@pass_app
def show_cmd(app: AppContext, case_no: str) -> None:
    """案件详情 · a case: state, regime, clocks, outcome, history."""
    from workflow.case_numbers import resolve_case_no
    from workflow.definitions.registry import default_registry
    from workflow.views.case_page import amendment_changes, case_view, event_label

    registry = default_registry()
    with domain_errors(), app.case_reader() as reader:
        view = case_view(registry, reader, resolve_case_no(reader, case_no))
    definition = registry.get(view["regime"], view["definition_version"])

    def human() -> None:
        from workflow.cli.text import clean

        click.echo(f"{view['case_no']}  {clean(view['agency_name'])}  {view['state_label']}（{view['state']}）")
        click.echo(f"  适用: {view['regime']} v{view['definition_version']}  收到申请: {view['received']}"
                   f"（{view['channel_label']}）  办结: {view['concluded'] or '—'}")
        click.echo(f"  申请人: {clean(view['applicant_name'])}（{view['applicant_type_label']}）"
                   + (f"  身份证: {clean(view['id_number'])}" if view["id_number"] else "")
                   + (f"  电话: {clean(view['phone'])}" if view["phone"] else ""))
        click.echo(f"  申请内容: {clean(view['subject'])}")
        if view["outcome"]:
            click.echo(f"  办理结果: {view['outcome_label']}"
                       + (f"  答复依据: {view['basis_label']}" if view["basis"] else ""))
        if view["letter_no"] or view["file_no"]:
            click.echo(f"  答复文号: {clean(view['letter_no'] or '—')}  档案号: {clean(view['file_no'] or '—')}")
        for p in view["proceedings"]:
            click.echo(f"  {p['kind_label']}（编号 {p['id']}）: {p['filed']} {clean(p['body'] or '')}  "
                       f"结果: {p['result_label']}" + (f"（{p['decided']}）" if p["decided"] else ""))
        for sv in view["services"]:
            click.echo(f"  送达: {sv['letter_label']}（第 {sv['event_seq']} 步）{sv['served']} {sv['method_label']}"
                       + (f"  邮件号码 {clean(sv['tracking_no'])}" if sv["tracking_no"] else ""))
        click.echo("  期限:")
        for c in view["clocks"]:
            party = f" · {c['party']}" if c["party"] else ""
            flag = "（暂定，待国务院放假通知）" if c["provisional"] else ""
            late = " 逾期" if c["breached"] else ""
            click.echo(f"    {c['label']}{party}: {c['status_label']}  起算 {c['started'] or '—'}  "
                       f"届满 {c['due'] or '—'}{flag}  内部目标 {c['target'] or '—'}{late}")
        click.echo("  办理记录:")
        for e in view["events"]:
            states = definition.states
            source = states[e["from"]].label if e["from"] in states else (e["from"] or "—")
            target = states[e["to"]].label if e["to"] in states else e["to"]
            click.echo(f"    {e['seq']:>3} {e['effective']} {event_label(definition, registry.vocabulary, e['trigger'])}  {source} → {target}  "
                       f"{clean(e['actor'])}（{registry.vocabulary.label('roles', e['role'])}）"
                       + ("  [逾期]" if e["late"] else ""))
            changes = amendment_changes(definition, e)
            if changes:
                click.echo("        更正: " + "；".join(f"{c['label']} {clean(str(c['before'] or '—'))} → "
                                                     f"{clean(str(c['after'] or '—'))}" for c in changes))

    emit(app, view, human)


@click.command("list")
@click.option("--agency", "agency_code", help="机关代码（含下级机关）")
@click.option("--state", help="状态（含已办结的状态）")
@click.option("--clerk", help="承办人")
@click.option("--all", "include_concluded", is_flag=True, help="包括已办结案件（默认仅未办结）")
@click.option("--overdue", is_flag=True, help="仅已超期")
@click.option("--due-within", type=click.IntRange(min=0), help="N 个工作日内到期")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True, help="最多显示条数")
@pass_app
def list_cmd(app: AppContext, agency_code: str | None, state: str | None, clerk: str | None, include_concluded: bool,
             overdue: bool, due_within: int | None, limit: int) -> None:
    """案件列表 · the open cases, nearest due date first (personal data masked)."""
    from workflow.store.db import read
    from workflow.store.repository import Repository
    from workflow.views.case_list import list_cases

    with domain_errors():
        services = app.services()
        with read(services.db) as conn:
            listing = list_cases(services, Repository(conn), agency_code=agency_code, state=state, clerk=clerk,
                                 include_concluded=include_concluded, overdue=overdue, due_within=due_within,
                                 limit=limit)
            if app.as_json:
                rows = list(listing.rows)
                emit(app, {"total": listing.total, "shown": len(rows), "cases": rows})
            else:
                _print_case_lines(listing)


_LIST_COLUMNS = (("案件编号", 18), ("状态", 10), ("收到日期", 10), ("申请人", 12), ("承办人", 10), ("答复期限", 16))


def _print_case_lines(listing: CaseList) -> None:
    """One line per case as it is read (a table of 100,000 rows would be built whole before printing)."""
    from workflow.cli.text import fit

    click.echo("  ".join(fit(title, width) for title, width in _LIST_COLUMNS) + "  剩余工作日")
    shown = 0
    for r in listing.rows:
        shown += 1
        due = (r["reply_due"] or "—") + ("（暂定）" if r["provisional"] and r["reply_due"] else "")
        if r["overdue"]:
            left = f"已逾期{-r['working_days_left']}个工作日" if r["working_days_left"] else "已逾期"
        else:
            left = "" if r["working_days_left"] is None else str(r["working_days_left"])
        cells = (r["case_no"], r["state_label"], r["received"], r["applicant"], r["clerk"] or "", due)
        click.echo("  ".join(fit(v, width) for v, (_, width) in zip(cells, _LIST_COLUMNS, strict=True)) + "  " + left)
    if shown < listing.total:
        click.echo(f"显示 {shown} 件，共 {listing.total} 件（--limit 可调整）/ showing {shown} of {listing.total}")
    else:
        click.echo(f"共 {listing.total} 件 / {listing.total} cases")


@click.command("history")
@click.argument("case_no")
@pass_app
def history_cmd(app: AppContext, case_no: str) -> None:
    """办理记录 · a case's audit trail."""
    from workflow.case_numbers import resolve_case_no
    from workflow.views.case_page import event_view

    with domain_errors(), app.case_reader() as reader:
        events = [event_view(e) for e in reader.events(reader.load_case(resolve_case_no(reader, case_no))["id"])]

    def human() -> None:
        for e in events:
            data = ", ".join(f"{k}={v}" for k, v in e["data"].items())
            click.echo(f"{e['seq']:>3} {e['effective']} {e['trigger']:<20} {e['from'] or '—'} → {e['to']}  "
                       f"{e['actor']}（{e['role']}）{'  [逾期]' if e['late'] else ''}  {data}")

    emit(app, events, human)
