"""``disclosure letter CASE KIND``: print or write a letter of a case (txt, html or .docx).

The letter stored when it was issued is printed as it was sent, its HTML laid out from the stored
text (``--fresh`` renders it again from the case as it is now); a kind the case has not issued yet
is rendered from the case, with the data of the latest event that produces that kind and the
facts given with ``--set key=value``.
"""

from __future__ import annotations

from pathlib import Path

import click

from workflow.cli.common import (
    AppContext,
    CliError,
    domain_errors,
    emit,
    output_file,
    parse_date,
    parse_sets,
    pass_app,
)

FORMATS = ("txt", "html", "docx")
# the trigger that records a letter's service (登记文书送达) in the version-2 definitions
SERVICE_TRIGGER = "record_delivery"


@click.command("letter")
@click.argument("case_no")
@click.argument("kind")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="txt", show_default=True, help="输出格式"
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="写入文件（docx 默认 <案件编号>-<文书类型>.docx）"
)
@click.option("--on", "on", help="落款日期（重新生成时；默认今天）")
@click.option("--id", "letter_id", type=int, help="存档文书编号（同类文书有多份时）")
@click.option("--fresh", is_flag=True, help="不用存档文书，按案件现状重新生成")
@click.option("--set", "sets", multiple=True, help="文书内容 key=value（可重复；按案件现状重新生成）")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@pass_app
def letter_cmd(
    app: AppContext,
    case_no: str,
    kind: str,
    fmt: str,
    output: str | None,
    on: str | None,
    letter_id: int | None,
    fresh: bool,
    sets: tuple[str, ...],
    as_json: bool,
) -> None:
    """打印文书 · a case's letter: the stored one, or rendered now from the case."""
    from workflow.letters.issuing import letter_for_case, letter_kinds

    kinds = letter_kinds()
    if kind not in kinds:
        raise CliError(f"文书类型无效 / unknown letter kind {kind!r}; allowed: {', '.join(kinds)}")
    if as_json:
        app.as_json = True
    issued_on = parse_date(on, "--on")
    overrides = parse_sets(sets)
    if output:
        output_file(output, "--output")

    from workflow.store.db import read
    from workflow.store.repository import Repository

    with domain_errors():
        case_no = app.case_no(case_no)
        services = app.services()
        services.make_letters(case_no)  # a letter still owed by a transition is made (and kept) first
        with read(services.db) as conn:
            doc = letter_for_case(
                services,
                Repository(conn),
                case_no,
                kind,
                issued_on=issued_on,
                letter_id=letter_id,
                fresh=fresh,
                overrides=overrides or None,
            )
        payload = doc.as_json()
        # a stored letter's HTML is laid out from its text here, so a layout error is reported as one
        printed = doc.html if fmt == "html" else doc.text
        if fmt == "docx":
            path = Path(output or f"{doc.case_no}-{kind}.docx")
            data = doc.docx()
            _write(path, data)
            payload["output"] = str(path)
        elif output:
            path = Path(output)
            _write(path, printed.encode("utf-8"))
            payload["output"] = str(path)

    def human() -> None:
        if "output" in payload:
            origin = "存档" if doc.stored else "新生成"
            click.echo(f"{doc.case_no} {doc.title}（{origin}）→ {payload['output']}")
        else:
            click.echo(printed, nl=False)

    emit(app, payload, human)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise CliError(f"无法写入文件 {path} / cannot write: {exc.strerror or exc}") from exc


@click.command("letter-requests")
@click.option("--retry", "retry_id", type=int, metavar="ID", help="重试一条生成失败的文书请求（尝试次数清零）")
@click.option("--make", "make", is_flag=True, help="立即生成全部待生成文书（调度器未运行时使用）")
@pass_app
def letter_requests_cmd(app: AppContext, retry_id: int | None, make: bool) -> None:
    """待生成文书 · letters transitions owe that are not made yet, and why (the worker makes them)."""
    from workflow.letters.worker import MAX_ATTEMPTS, make_requested_letters
    from workflow.store.db import read, write
    from workflow.store.repository import Repository

    with domain_errors():
        services = app.services()
        if retry_id is not None:
            with write(services.db) as conn:
                if not Repository(conn).retry_letter_request(retry_id):
                    raise CliError(f"没有编号为 {retry_id} 的待生成文书请求 / no letter request {retry_id}; "
                                   f"see disclosure letter-requests")
        made = make_requested_letters(services) if make or retry_id is not None else None
        with read(services.db) as conn:
            rows = Repository(conn).letter_requests(limit=500)
    owed = [{"id": r["id"], "case_no": r["case_no"], "event_seq": r["event_seq"], "kinds": r["kinds"],
             "attempts": r["attempts"], "given_up": r["attempts"] >= MAX_ATTEMPTS, "last_error": r["last_error"]}
            for r in rows]
    payload = {"made": made.as_dict() if made else None, "owed": owed}

    def human() -> None:
        if made is not None:
            click.echo(f"已生成文书 {made.letters} 份，失败 {made.failed} 条 / letters made, requests failed")
        for r in owed:
            state = "已停止重试" if r["given_up"] else ("待重试" if r["attempts"] else "待生成")
            click.echo(f"{r['id']:>6}  {r['case_no']}  事件 {r['event_seq']}  {'、'.join(r['kinds'])}  {state}"
                       + (f"（{r['attempts']} 次）{(r['last_error'] or '')[:80]}" if r["attempts"] else ""))
        if not owed:
            click.echo("没有待生成的文书 / no letters owed")

    emit(app, payload, human)


@click.command("letter-served")
@click.argument("case_no")
@click.argument("kind")
@click.option("--on", "on", required=True, help="送达日期 YYYY-MM-DD")
@click.option("--method", required=True, help="送达方式（post 邮寄、in_person 直接送达、email 电子邮件、online 网站……）")
@click.option("--tracking-no", "tracking_no", help="邮件号码")
@click.option("--as", "actor", required=True, help="登记人（用户名）")
@click.option("--recorded-on", "recorded_on", help="登记日期（默认今天）")
@pass_app
def letter_served_cmd(app: AppContext, case_no: str, kind: str, on: str, method: str, tracking_no: str | None,
                      actor: str, recorded_on: str | None) -> None:
    """登记文书送达 · record that a letter with a remedies paragraph (reply, closure letter, decision
    to disclose) was served: its date and method, audited; archiving waits for it."""
    served_on = parse_date(on, "--on")
    effective = parse_date(recorded_on, "--recorded-on")
    data = {"letter": kind, "served_on": served_on, "method": method}
    if tracking_no:
        data["tracking_no"] = tracking_no
    with domain_errors():
        case_no = app.case_no(case_no, actor)
        result = app.services().cases.fire(case_no, SERVICE_TRIGGER, actor, effective, data)
    payload = {"case_no": result.case_no, "letter": kind, "served": served_on, "method": method, "seq": result.seq}
    emit(app, payload, lambda: click.echo(f"{result.case_no}: {kind} 已登记送达 {served_on}（{method}），第 {result.seq} 步"))


@click.command("archive-package")
@click.argument("case_no")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="写入文件（默认 <案件编号>-案卷.zip）")
@pass_app
def archive_package_cmd(app: AppContext, case_no: str, output: str | None) -> None:
    """案卷包 · a zip of the case file: its attachments, its letters (docx), the index 案卷目录 (docx)
    and manifest.json with every member's SHA-256."""
    import zipfile

    from workflow.letters.archive_package import MANIFEST, build_package
    from workflow.store.db import read
    from workflow.store.repository import Repository

    if output:
        output_file(output, "--output")
    with domain_errors():
        case_no = app.case_no(case_no)
        services = app.services()
        services.make_letters(case_no)  # a letter still owed by a transition goes in too
        with read(services.db) as conn:
            data = build_package(services, Repository(conn), case_no, services.attachments.content)
    path = Path(output or f"{case_no}-案卷.zip")
    _write(path, data)
    with zipfile.ZipFile(path) as zf:
        members = [n for n in zf.namelist() if n != MANIFEST]
    payload = {"case_no": case_no, "output": str(path), "members": members, "size": len(data)}
    emit(app, payload, lambda: click.echo(f"{case_no} 案卷包：{len(members)} 个文件（含案卷目录）及 {MANIFEST} → {path}"))
