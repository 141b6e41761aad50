"""The case file on the command line: ``attach`` a file, list a case's ``attachments``, write one out
with ``attachment``. A refused file (its kind, size or content) is one line, exit 2, nothing written."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from workflow.cli.common import AppContext, CliError, domain_errors, emit, output_file, pass_app
from workflow.cli.text import clean, fit


def _read(path: str, limit: int) -> bytes:
    """The file's bytes; a file over the limit is refused before it is read."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limit:
            raise CliError(
                f"文件过大 / the file is too large: {size:,} bytes, at most {limit // (1024 * 1024)} MB "
                f"(attachments.max_mb)",
                field="file",
            )
        return p.read_bytes()
    except OSError as exc:
        raise CliError(
            f"无法读取文件 {path} / cannot read the file: {exc.strerror or exc}", field="file"
        ) from None


def _local(moment: datetime, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


@click.command("attach")
@click.argument("case_no")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--kind",
    required=True,
    help="附件类别：application 申请书、correction_materials 补正材料、"
    "consultation_letter 征求意见函、third_party_opinion 第三方意见、approval_sheet 审批签发单、"
    "sealed_reply 答复书（盖章件）、proof_of_service 送达回证、other 其他",
)
@click.option("--event", "event_seq", type=int, help="附到案件的第几条事件（默认附到案件）")
@click.option("--name", "filename", help="显示的文件名（默认取 FILE 的文件名）")
@click.option("--as", "actor", required=True, help="上传人（用户名）")
@pass_app
def attach_cmd(
    app: AppContext,
    case_no: str,
    file: str,
    kind: str,
    event_seq: int | None,
    filename: str | None,
    actor: str,
) -> None:
    """添加附件 · attach a file to a case's file (its type read from its content; recorded in the audit trail)."""
    with domain_errors():
        services = app.services()
        content = _read(file, services.attachments.limits.max_bytes)
        result = services.attachments.attach(
            app.case_no(case_no, actor),
            actor,
            content,
            filename=filename or Path(file).name,
            kind=kind,
            event_seq=event_seq,
        )
    a = result.attachment
    vocab = services.registry.vocabulary
    on_event = f"，附于第 {a.event_seq} 条事件" if a.event_seq else ""
    emit(
        app,
        result.to_json(),
        lambda: click.echo(
            f"{result.case_no}: 已添加附件 #{a.id} {vocab.label('attachment_kinds', a.kind)} {clean(a.filename)}"
            f"（{a.media_type}，{a.size:,} 字节{on_event}；SHA-256 {a.sha256[:16]}…）（审计事件 #{result.seq}）"
        ),
    )


_COLUMNS = (
    ("编号", 5),
    ("类别", 16),
    ("文件名", 32),
    ("类型", 16),
    ("大小", 12),
    ("事件", 5),
    ("上传人", 10),
    ("上传时间", 17),
)


@click.command("attachments")
@click.argument("case_no")
@pass_app
def attachments_cmd(app: AppContext, case_no: str) -> None:
    """案卷附件 · the files attached to a case."""
    with domain_errors():
        services = app.services()
        case, records = services.attachments.listing(app.case_no(case_no))
    vocab = services.registry.vocabulary
    payload = {
        "case_no": case["case_no"],
        "attachments": [
            {**r.to_json(), "kind_label": vocab.label("attachment_kinds", r.kind)} for r in records
        ],
    }

    def human() -> None:
        if not records:
            click.echo(f"{case['case_no']}: 没有附件 / no attachments")
            return
        click.echo("  ".join(fit(title, w) for title, w in _COLUMNS) + "  SHA-256")
        for r in records:
            cells = (
                r.id,
                vocab.label("attachment_kinds", r.kind),
                r.filename,
                r.media_type.split(";")[0],
                f"{r.size:,}",
                r.event_seq or "—",
                r.uploaded_by,
                _local(r.uploaded_at, services.time_zone),
            )
            click.echo(
                "  ".join(fit(v, w) for v, (_, w) in zip(cells, _COLUMNS, strict=True))
                + f"  {r.sha256[:16]}…"
            )

    emit(app, payload, human)


@click.command("attachment")
@click.argument("case_no")
@click.argument("attachment_id", type=int)
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="写入的文件")
@pass_app
def attachment_cmd(app: AppContext, case_no: str, attachment_id: int, output: str) -> None:
    """取出附件 · write an attached file out (only if it still matches the hash recorded)."""
    target = output_file(output, "--output")
    with domain_errors():
        services = app.services()
        record = services.attachments.record(app.case_no(case_no), attachment_id)
        content = services.attachments.content(record)
    try:
        target.write_bytes(content)
    except OSError as exc:
        raise CliError(f"--output: 无法写入 / cannot write {target}: {exc.strerror or exc}") from None
    emit(
        app,
        {**record.to_json(), "output": str(target)},
        lambda: click.echo(f"已写入 / written: {target}（{clean(record.filename)}，{record.size:,} 字节）"),
    )
