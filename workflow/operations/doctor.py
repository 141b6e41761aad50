"""``disclosure doctor``: what an installation needs in order to run, checked and explained.

Each check gives :class:`Finding` rows: ``ok``, ``warning`` (it runs, but someone should act) or
``error`` (something clerks rely on is broken), each with what to do. Nothing is written and no
message is sent: an SMTP server gets a connection and EHLO, a webhook host a DNS lookup and a TCP
connection, a folder a probe file that is removed again.
"""

from __future__ import annotations

import os
import shutil
import smtplib
import socket
import ssl
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url

from workflow.app import Services
from workflow.clocks.calendar_sources import CalendarError
from workflow.privacy import redact_credentials
from workflow.store.db import current_revision, known_revisions, make_engine, read
from workflow.store.models import app_user, outbox, scheduler_lease
from workflow.store.repository import aware, utcnow

Level = Literal["ok", "warning", "error"]
EXIT_CODES: dict[Level, int] = {"ok": 0, "warning": 1, "error": 2}
LEVEL_ZH: dict[Level, str] = {"ok": "正常", "warning": "警告", "error": "错误"}

NETWORK_TIMEOUT_SECONDS = 5.0
LOW_DISK_BYTES = 500 * 1024 * 1024
OUTBOX_BACKLOG_AGE = timedelta(minutes=10)
# holiday notices for next year come out in late October or November: warn from then on
NEXT_YEAR_WARNING_FROM = (11, 1)


@dataclass(frozen=True)
class Finding:
    check: str  # a stable key: database, migrations, calendar:2027, channel:smtp, scheduler, outbox, setting:…
    level: Level
    message: str
    action: str = ""

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def exit_code(findings: Iterable[Finding]) -> int:
    """0 when everything is ok, 1 when something warns, 2 when something is broken."""
    return max((EXIT_CODES[f.level] for f in findings), default=0)


@dataclass
class Probes:
    """How the checks reach the outside world (replaced in tests by servers they start themselves)."""

    connect: Callable[..., socket.socket] = socket.create_connection
    resolve: Callable[..., Any] = socket.getaddrinfo
    smtp: Callable[..., smtplib.SMTP] = smtplib.SMTP
    smtp_ssl: Callable[..., smtplib.SMTP] = smtplib.SMTP_SSL


def run_checks(settings: dict[str, Any], db_url: str, *, today: date, now: datetime | None = None,
               probes: Probes | None = None) -> list[Finding]:
    """Every check, in the order an administrator would fix things."""
    now = now or utcnow()
    probes = probes or Probes()
    findings: list[Finding] = []
    engine = _database(db_url, findings)
    services = Services.for_db(engine, settings, today=lambda: today) if engine is not None else None
    findings += check_calendar(services, today)
    findings += check_channels(settings, engine, probes)
    if engine is not None:
        findings += check_scheduler(engine, settings, now)
        findings += check_outbox(engine, now)
    findings += check_settings(settings, db_url)
    return findings


# -- database ---------------------------------------------------------------------------------------


def _database(db_url: str, findings: list[Finding]) -> Engine | None:
    """The engine when the database is reachable and its schema is what this code expects."""
    shown = _hide_password(db_url)
    try:
        engine = make_engine(db_url)
        with read(engine) as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any driver error means "not reachable"; say which
        findings.append(Finding("database", "error", f"无法连接数据库 / cannot reach the database {shown}: "
                                f"{_first_line(exc)}", "检查 database.url、网络与账号 / check database.url, "
                                "the network and the credentials"))
        return None
    findings.append(Finding("database", "ok", f"数据库可连接 / database reachable: {shown}"))
    findings.append(_migrations(engine))
    return engine if findings[-1].level != "error" else None


def _migrations(engine: Engine) -> Finding:
    current, known = current_revision(engine), known_revisions()
    if current is None:
        return Finding("migrations", "error", "数据库尚未初始化 / database not initialised",
                       "运行 `disclosure init` / run `disclosure init`")
    if current not in known:
        return Finding("migrations", "error",
                       f"数据库版本 {current} 比本程序新 / the database ({current}) is newer than this code "
                       f"(newest migration {known[-1]})", "升级本程序后再运行 / upgrade the software first")
    if current != known[-1]:
        behind = len(known) - 1 - known.index(current)
        return Finding("migrations", "error",
                       f"数据库落后 {behind} 个迁移 / database {behind} migration(s) behind ({current} → {known[-1]})",
                       "备份后运行 `disclosure init` 升级 / back up, then run `disclosure init`")
    return Finding("migrations", "ok", f"数据库结构为最新 / schema current ({current})")


# -- calendar ---------------------------------------------------------------------------------------


def check_calendar(services: Services | None, today: date) -> list[Finding]:
    """This year's working days must be official; next year's from November on."""
    if services is None:
        from workflow.clocks.calendar import default_calendar

        calendar = default_calendar()
    else:
        calendar = services.calendar
    out = []
    for year in (today.year, today.year + 1):
        load = (f"载入国务院办公厅{year}年节假日安排通知：`disclosure calendar load FILE` / "
                f"load the State Council's {year} holiday notice with `disclosure calendar load FILE`")
        urgent = year == today.year or (today.month, today.day) >= NEXT_YEAR_WARNING_FROM
        try:
            provisional = calendar.is_provisional(year)
        except CalendarError:
            out.append(Finding(f"calendar:{year}", "error" if year == today.year else "warning",
                               f"{year}年不在工作日历内 / {year} is outside the working-day calendar", load))
            continue
        if not provisional:
            out.append(Finding(f"calendar:{year}", "ok",
                               f"{year}年工作日历为正式安排 / {year}: official ({calendar.source_detail(year)})"))
        elif urgent:
            out.append(Finding(f"calendar:{year}", "warning",
                               f"{year}年节假日安排尚为暂定，期限可能不准 / {year}'s holidays are provisional: "
                               f"deadlines that reach into {year} may move", load))
        else:
            out.append(Finding(f"calendar:{year}", "ok",
                               f"{year}年暂定（通知通常于11月发布）/ {year}: provisional until the notice "
                               f"(usually published in November)"))
    return out


# -- channels ---------------------------------------------------------------------------------------


def channels_in_use(settings: dict[str, Any], engine: Engine | None) -> list[str]:
    """The default channel and every channel a user prefers (``addresses.prefer``)."""
    names = {str((settings.get("channels") or {}).get("default") or "file")}
    if engine is not None:
        with read(engine) as conn:
            for addresses in conn.execute(select(app_user.c.addresses)).scalars():
                if isinstance(addresses, dict) and addresses.get("prefer"):
                    names.add(str(addresses["prefer"]))
    return sorted(names)


def check_channels(settings: dict[str, Any], engine: Engine | None, probes: Probes) -> list[Finding]:
    channels = settings.get("channels") or {}
    out = []
    for name in channels_in_use(settings, engine):
        section = channels.get(name)
        if not isinstance(section, dict) and name in ("wecom", "dingtalk"):
            section = {**(channels.get("webhook") or {}), "type": "webhook"}
        if not isinstance(section, dict):
            out.append(Finding(f"channel:{name}", "error", f"发送渠道 {name} 未配置 / channel {name!r} is used "
                               "but not configured", f"在设置的 channels: 下加入 {name} / add it under channels:"))
            continue
        kind = section.get("type") or name
        check = {"file": _file_channel, "smtp": _smtp_channel, "webhook": _webhook_channel}.get(kind)
        if check is None:
            out.append(Finding(f"channel:{name}", "error", f"渠道类型无效 / channel type {kind!r}",
                               "type 可为 file、smtp、webhook / allowed: file, smtp, webhook"))
            continue
        out.append(check(name, section, probes))
    return out


def _file_channel(name: str, section: dict[str, Any], probes: Probes) -> Finding:
    folder = Path(section.get("folder") or "outbox-mail").expanduser()
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        if existing == folder:
            fd, probe = tempfile.mkstemp(dir=folder, prefix=".doctor-")
            os.close(fd)
            os.unlink(probe)
        elif not os.access(existing, os.W_OK):
            raise PermissionError(f"{existing} is not writable")
    except OSError as exc:
        return Finding(f"channel:{name}", "error", f"邮件文件夹不可写 / folder {folder} not writable: {exc}",
                       "修改 channels.file.folder 或目录权限 / fix the folder or its permissions")
    free = shutil.disk_usage(existing).free
    if free < LOW_DISK_BYTES:
        return Finding(f"channel:{name}", "warning", f"{folder} 所在磁盘仅剩 {free // 2**20} MB / "
                       f"only {free // 2**20} MB free", "清理磁盘 / free some disk space")
    return Finding(f"channel:{name}", "ok", f"邮件文件夹可写 / folder writable: {folder} "
                   f"（剩余 {free // 2**30} GB）")


def _smtp_channel(name: str, section: dict[str, Any], probes: Probes) -> Finding:
    host, port = section.get("host") or "localhost", int(section.get("port") or 25)
    security = section.get("security") or "none"
    try:
        factory = probes.smtp_ssl if security == "ssl" else probes.smtp
        with factory(host, port, timeout=NETWORK_TIMEOUT_SECONDS) as smtp:
            code, _ = smtp.ehlo()
            if security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
                code, _ = smtp.ehlo()
    except (OSError, smtplib.SMTPException) as exc:
        return Finding(f"channel:{name}", "error", f"无法连接邮件服务器 / SMTP {host}:{port}: {_first_line(exc)}",
                       "检查 channels.smtp 的 host、port、security 与防火墙 / check host, port, security and the "
                       "firewall")
    if code != 250:
        return Finding(f"channel:{name}", "error", f"邮件服务器拒绝 EHLO / SMTP {host}:{port} answered EHLO "
                       f"with {code}", "检查邮件服务器设置 / check the mail server")
    return Finding(f"channel:{name}", "ok", f"邮件服务器可连接（EHLO 250，未发送邮件）/ SMTP {host}:{port} "
                   f"answers EHLO ({security})")


def _webhook_channel(name: str, section: dict[str, Any], probes: Probes) -> Finding:
    url = str(section.get("url") or "")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Finding(f"channel:{name}", "error", f"webhook 地址无效 / channels.{name}.url is not an http(s) URL",
                       "填写机器人或接收端的完整地址 / set the receiver's full URL")
    if not section.get("secret") and section.get("unsigned") is not True:
        return Finding(f"channel:{name}", "error", "webhook 未设置签名密钥 / the webhook has no secret and does "
                       "not say unsigned: true (delivery refuses to start)",
                       "设置 secret，或确认接收端不验签后设 unsigned: true / set a secret or unsigned: true")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    target = f"{parts.hostname}:{port}"
    try:
        probes.resolve(parts.hostname, port)
        probes.connect((parts.hostname, port), timeout=NETWORK_TIMEOUT_SECONDS).close()
    except OSError as exc:
        return Finding(f"channel:{name}", "error", f"无法连接 webhook 主机 / cannot reach {target}: "
                       f"{_first_line(exc)}", "检查域名解析、代理与防火墙 / check DNS, proxy and firewall")
    return Finding(f"channel:{name}", "ok", f"webhook 主机可连接（未发送请求）/ {target} reachable, no request sent")


# -- scheduler and outbox ---------------------------------------------------------------------------


def check_scheduler(engine: Engine, settings: dict[str, Any], now: datetime) -> list[Finding]:
    start = "在一台服务器上运行 `disclosure scheduler`（见部署说明）/ run `disclosure scheduler` on one server"
    with read(engine) as conn:
        row = conn.execute(select(scheduler_lease)).first()
    if row is None:
        return [Finding("scheduler", "error", "没有调度器运行过：不会发出期限提醒与信函通知 / no scheduler has "
                        "ever run: no deadline alerts or letter notices are sent", start)]
    expires = aware(row.expires_at)
    if expires < now:
        return [Finding("scheduler", "error", f"调度器租约已于 {expires:%Y-%m-%d %H:%M:%S} UTC 过期（{row.holder}）/ "
                        f"the scheduler lease expired: no scheduler is running", start)]
    lease_seconds = float((settings.get("scheduler") or {}).get("lease_seconds", 30))
    renewed = expires - timedelta(seconds=lease_seconds)
    ago = max(0, int((now - renewed).total_seconds()))
    return [Finding("scheduler", "ok", f"调度器运行中：{row.holder}，{ago} 秒前续租 / scheduler {row.holder} "
                    f"renewed its lease {ago} s ago")]


def check_outbox(engine: Engine, now: datetime) -> list[Finding]:
    with read(engine) as conn:
        counts = dict(conn.execute(select(outbox.c.status, func.count()).group_by(outbox.c.status)).all())
        waiting = conn.execute(select(func.count()).select_from(outbox).where(
            outbox.c.status.in_(("pending", "sending")), outbox.c.created_at < now - OUTBOX_BACKLOG_AGE)).scalar_one()
    out = []
    failed = int(counts.get("failed", 0))
    if failed:
        out.append(Finding("outbox:failed", "warning", f"{failed} 条通知发送失败 / {failed} message(s) failed",
                           "查看 `disclosure outbox list --status failed`，修正渠道后重试 / fix the channel, "
                           "then retry"))
    if waiting:
        out.append(Finding("outbox:backlog", "warning", f"{waiting} 条通知等待超过 "
                           f"{int(OUTBOX_BACKLOG_AGE.total_seconds() // 60)} 分钟 / {waiting} message(s) waiting "
                           "longer than that", "确认调度器在运行、渠道可连接 / check the scheduler and the channel"))
    if not out:
        out.append(Finding("outbox", "ok", f"通知队列正常：待发 {counts.get('pending', 0)}，已发 "
                           f"{counts.get('sent', 0)} / outbox draining"))
    return out


# -- settings ---------------------------------------------------------------------------------------


def check_settings(settings: dict[str, Any], db_url: str) -> list[Finding]:
    """Settings that are fine for a demo and wrong for a server clerks rely on."""
    web = settings.get("web") or {}
    channels = settings.get("channels") or {}
    out = []
    if not web.get("secret_key") and not os.environ.get("DISCLOSURE_WEB_SECRET"):
        out.append(Finding("setting:web.secret_key", "warning", "未设置 web.secret_key：每次重启网页服务都会使"
                           "所有人退出登录 / no web.secret_key: every restart signs everyone out",
                           "设置 web.secret_key（或 DISCLOSURE_WEB_SECRET）为随机长字符串 / set a long random key"))
    if not web.get("secure_cookies"):
        out.append(Finding("setting:web.secure_cookies", "warning", "web.secure_cookies 为 false：登录凭据可经"
                           "明文 HTTP 发送 / session cookies may travel over plain HTTP",
                           "经 HTTPS 提供服务并设 secure_cookies: true / serve over HTTPS and set it true"))
    smtp = channels.get("smtp") or {}
    if smtp.get("username") and (smtp.get("security") or "none") == "none":
        out.append(Finding("setting:channels.smtp.security", "warning", "SMTP 以明文发送口令 / the SMTP password "
                           "is sent unencrypted", "设 security: starttls 或 ssl / use starttls or ssl"))
    if db_url.startswith("sqlite"):
        out.append(Finding("setting:database.url", "ok", "SQLite：适用于单台服务器、单个网页进程；多进程或多台"
                           "服务器请用 PostgreSQL / SQLite suits one server and one web worker"))
    return out


# -- helpers ----------------------------------------------------------------------------------------


def _first_line(exc: BaseException) -> str:
    """The error on one line (a driver's message may span several), credentials masked."""
    cause = getattr(exc, "orig", None) or exc  # a DBAPI error without SQLAlchemy's background link
    return redact_credentials(" ".join(str(cause).split()) or type(exc).__name__)


def _hide_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparseable URL is shown as given, credentials redacted
        return url

