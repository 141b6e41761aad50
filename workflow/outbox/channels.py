"""Delivery channels: SMTP, a signed JSON webhook (own shape, WeCom, DingTalk) and .eml files.

Every channel has ``send(message) -> None`` and raises :class:`DeliveryError` when the message was
not delivered (``retryable`` tells the outbox whether trying again can help). Each delivery carries
the message's idempotency key, so that a retry after an unclear failure is recognisably the same
message: the SMTP ``Message-ID`` is derived from it, the webhook sends it as ``Idempotency-Key``,
and the file channel names its file after it (a retry overwrites instead of duplicating; the name keeps
the Chinese prefix, so a clerk can find a case's messages in the folder).

Keys hold case numbers, and case numbers begin with an agency's Chinese prefix (罗应急-2026-0001),
while HTTP and mail headers are ASCII: every header that carries a key carries it percent-encoded
(:func:`idempotency_header`; an ASCII key is unchanged), the Message-ID carries an ASCII slug and a
hash of it. A webhook with a ``secret`` signs a timestamp with the body (``workflow.outbox.signing``);
one without must say ``unsigned: true``. Errors name a webhook's URL without its credentials.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import smtplib
import ssl
import tempfile
import time
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from workflow.outbox.signing import dingtalk_query, signed_headers
from workflow.privacy import redact_credentials
from workflow.templating import one_line

DEFAULT_SENDER = "政府信息公开系统 <noreply@localhost>"
DEFAULT_DOMAIN = "disclosure.localhost"
WECOM_MAX_BYTES = 4096  # WeCom's limit on markdown.content
SUBSCRIPTION_CHANNEL = "subscription"  # an agency's webhook subscription (workflow.outbox.webhooks)


class DeliveryError(Exception):
    """The message was not delivered. ``retryable`` is False when trying again cannot help
    (no address, bad configuration, a permanent refusal)."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable


@dataclass
class OutgoingMessage:
    idempotency_key: str
    to: str | None
    subject: str
    text: str
    html: str | None = None
    kind: str = ""
    case_no: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Channel(Protocol):
    name: str

    def send(self, message: OutgoingMessage) -> None: ...


# ---------------------------------------------------------------------------------------------
# Idempotency key → identifiers


def ascii_slug(key: str) -> str:
    """An ASCII form of an idempotency key: its ASCII letters, digits, ``_`` and ``-`` (runs of
    anything else, a Chinese prefix included, become one ``-``) plus a hash of the whole key, so
    distinct keys never collide and the same key always gives the same slug."""
    if not key:
        raise DeliveryError("消息缺少幂等键 / message has no idempotency key", retryable=False)
    readable = re.sub(r"[^A-Za-z0-9_-]+", "-", key).strip("-")[:80] or "msg"
    return f"{readable}.{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"


def key_slug(key: str) -> str:
    """The file-safe form of an idempotency key (the file channel's file name), readable by a clerk:
    letters and digits of any script (the Chinese case-number prefix stays), ``_`` and ``-``; runs of
    anything else (path separators, ``:``, spaces, control and bidirectional characters) become one
    ``-``; then the hash of the whole key, as in :func:`ascii_slug`. At most 200 bytes of UTF-8, far
    under a file system's 255."""
    if not key:
        raise DeliveryError("消息缺少幂等键 / message has no idempotency key", retryable=False)
    readable = re.sub(r"[^\w-]+", "-", unicodedata.normalize("NFC", key)).strip("-")
    while len(readable.encode("utf-8")) > _READABLE_BYTES:
        readable = readable[:-1]
    return f"{readable.rstrip('-') or 'msg'}.{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"


_READABLE_BYTES = 180  # + "." + 16 hex digits + ".eml"


def message_id_for(key: str, domain: str = DEFAULT_DOMAIN) -> str:
    """The RFC 5322 Message-ID of the message with idempotency key ``key``: ``<slug@domain>``, ASCII
    whatever the key holds (a Message-ID admits no encoded words)."""
    return f"<{ascii_slug(key)}@{domain}>"


def idempotency_header(key: str) -> str:
    """The key as an ASCII header value: percent-encoded UTF-8 (``letter:%E7%BD%97…-2026-0001:receipt:1``),
    ``urllib.parse.unquote`` gives the key back; an ASCII key of letters, digits and ``:-_.~`` is
    unchanged."""
    if not key:
        raise DeliveryError("消息缺少幂等键 / message has no idempotency key", retryable=False)
    return quote(key, safe=":")


def _sender_domain(sender: str) -> str:
    addr = parseaddr(sender)[1]
    domain = addr.rpartition("@")[2] if "@" in addr else ""
    return domain or DEFAULT_DOMAIN


def build_email(message: OutgoingMessage, *, sender: str, domain: str | None = None) -> EmailMessage:
    """The MIME message: UTF-8 text, optional HTML alternative, Message-ID from the key."""
    msg = EmailMessage()
    try:
        msg["Subject"] = one_line(message.subject)
        msg["From"] = sender
        if message.to:
            msg["To"] = message.to
        msg["Date"] = format_datetime(_now())
        msg["Message-ID"] = message_id_for(message.idempotency_key, domain or _sender_domain(sender))
        msg["X-Idempotency-Key"] = idempotency_header(message.idempotency_key)
        if message.kind:
            msg["X-Disclosure-Kind"] = one_line(message.kind)
        if message.case_no:
            msg["X-Disclosure-Case"] = one_line(message.case_no)
    except (ValueError, TypeError) as exc:
        raise DeliveryError(f"邮件头无效 / invalid mail header: {exc}", retryable=False) from exc
    msg.set_content(message.text, charset="utf-8")
    if message.html:
        msg.add_alternative(message.html, subtype="html", charset="utf-8")
    return msg


def _now() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------------------------------------
# SMTP


class SmtpChannel:
    name = "smtp"
    SECURITY = ("none", "starttls", "ssl")

    def __init__(
        self,
        host: str = "localhost",
        port: int = 25,
        *,
        security: str = "none",
        username: str = "",
        password: str = "",
        sender: str = DEFAULT_SENDER,
        timeout: float = 30.0,
        message_id_domain: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if security not in self.SECURITY:
            raise DeliveryError(
                f"SMTP security {security!r} 无效; allowed: {', '.join(self.SECURITY)}", retryable=False
            )
        self.host, self.port, self.security = host, int(port), security
        self.username, self.password = username or "", password or ""
        self.sender, self.timeout = sender or DEFAULT_SENDER, float(timeout)
        self.domain = message_id_domain or _sender_domain(self.sender)
        self.ssl_context = ssl_context

    def _context(self) -> ssl.SSLContext:
        return self.ssl_context or ssl.create_default_context()

    def send(self, message: OutgoingMessage) -> None:
        if not message.to:
            raise DeliveryError("收件地址为空 / no recipient address", retryable=False)
        msg = build_email(message, sender=self.sender, domain=self.domain)
        envelope_from = parseaddr(self.sender)[1] or None
        try:
            if self.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=self._context()
                )
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with smtp:
                if self.security == "starttls":
                    smtp.starttls(context=self._context())
                if self.username:
                    smtp.login(self.username, self.password)
                smtp.send_message(msg, from_addr=envelope_from, to_addrs=[message.to])
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise DeliveryError(
                f"SMTP 拒收 / recipient refused: {exc.recipients}", retryable=not all(c >= 500 for c in codes)
            ) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(
                f"SMTP 登录失败 / authentication failed: {exc.smtp_code}", retryable=False
            ) from exc
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(
                f"SMTP 错误 / {exc.smtp_code} {exc.smtp_error!r}", retryable=exc.smtp_code < 500
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"SMTP 发送失败 / {type(exc).__name__}: {exc}") from exc


# ---------------------------------------------------------------------------------------------
# Webhook


def _truncate_utf8(text: str, max_bytes: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[: max_bytes - 3].decode("utf-8", errors="ignore") + "…"


def webhook_payload(message: OutgoingMessage, shape: str) -> dict[str, Any]:
    """The JSON body for ``shape``: ``json`` (ours), ``wecom`` or ``dingtalk`` (markdown robots), or
    ``event`` (an agency's webhook subscription: the payload ``workflow.outbox.webhooks`` made)."""
    if shape == "event":
        return {**message.extra["webhook"]["payload"], "key": message.idempotency_key}
    if shape == "json":
        return {
            "kind": message.kind,
            "subject": message.subject,
            "text": message.text,
            "case_no": message.case_no,
            "key": message.idempotency_key,
        }
    lines = [line for line in message.text.splitlines() if line.strip()]
    if shape == "wecom":
        content = f"### {one_line(message.subject)}\n" + "\n".join(lines)
        return {"msgtype": "markdown", "markdown": {"content": _truncate_utf8(content, WECOM_MAX_BYTES)}}
    if shape == "dingtalk":
        text = f"### {one_line(message.subject)}\n\n" + "\n\n".join(lines)
        return {"msgtype": "markdown", "markdown": {"title": one_line(message.subject), "text": text}}
    raise DeliveryError(f"webhook shape {shape!r} 无效; allowed: json, wecom, dingtalk", retryable=False)


class WebhookChannel:
    """POSTs the message as JSON. With a ``secret`` every request is signed (a timestamp with the body,
    ``workflow.outbox.signing``; a ``dingtalk`` channel also signs its URL the way DingTalk robots
    verify); without one the channel must be declared ``unsigned`` or it refuses to start."""

    name = "webhook"
    SHAPES = ("json", "wecom", "dingtalk", "event")

    def __init__(
        self,
        url: str = "",
        *,
        secret: str = "",
        unsigned: bool = False,
        shape: str = "json",
        timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
        channel: str = "webhook",
    ) -> None:
        if shape not in self.SHAPES:
            raise DeliveryError(
                f"webhook shape {shape!r} 无效; allowed: {', '.join(self.SHAPES)}", retryable=False
            )
        if not secret and not unsigned:
            raise DeliveryError(
                f"发送渠道 {channel} 未设置签名密钥 / webhook channel {channel!r} has an empty secret: set "
                f"channels.{channel}.secret, or unsigned: true to send without a signature",
                retryable=False,
            )
        self.url, self.secret, self.shape, self.timeout = url or "", secret or "", shape, float(timeout)
        self.clock = clock

    def _target(self, message: OutgoingMessage) -> str:
        url = message.to if message.to and message.to.startswith(("http://", "https://")) else self.url
        if not url:
            raise DeliveryError("未配置 webhook 地址 / no webhook URL", retryable=False)
        if not url.startswith(("http://", "https://")):
            raise DeliveryError(
                f"webhook 地址必须为 http(s) / not an http(s) URL: {redact_credentials(url)!r}", retryable=False
            )
        return url

    def request(self, message: OutgoingMessage) -> urllib.request.Request:
        """The signed request for ``message`` (every header ASCII)."""
        url = self._target(message)
        body = json.dumps(
            webhook_payload(message, self.shape), ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Idempotency-Key": idempotency_header(message.idempotency_key),
            "User-Agent": "disclosure-workflow",
        }
        if self.secret:
            now = self.clock()
            headers.update(signed_headers(self.secret, body, now))
            if self.shape == "dingtalk":
                url += ("&" if "?" in url else "?") + dingtalk_query(self.secret, now)
        return urllib.request.Request(url, data=body, headers=headers, method="POST")

    def send(self, message: OutgoingMessage) -> None:
        request = self.request(message)
        shown = redact_credentials(request.full_url)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - scheme checked
                status, reply = response.status, response.read()
        except urllib.error.HTTPError as exc:
            retryable = exc.code >= 500 or exc.code in (408, 429)
            raise DeliveryError(f"webhook 返回 HTTP {exc.code} / {shown}", retryable=retryable) from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = redact_credentials(f"{type(exc).__name__}: {exc}")
            raise DeliveryError(f"webhook 连接失败 / {shown}: {reason}") from exc
        if not 200 <= status < 300:
            raise DeliveryError(f"webhook 返回 HTTP {status} / {shown}")
        if self.shape in ("wecom", "dingtalk"):
            self._check_robot_reply(reply)

    @staticmethod
    def _check_robot_reply(reply: bytes) -> None:
        """WeCom and DingTalk answer 200 with ``errcode`` != 0 when they refuse a message."""
        try:
            data = json.loads(reply or b"{}")
        except ValueError:
            return
        if isinstance(data, dict) and data.get("errcode", 0) not in (0, "0"):
            raise DeliveryError(
                f"机器人拒收 / robot refused: errcode={data.get('errcode')} {data.get('errmsg', '')}"
            )


class SubscriptionChannel:
    """Sends an agency webhook subscription's row to its URL (the row's address), signed with the
    subscription's own secret, which ``workflow.outbox.webhooks`` read when the row was composed."""

    name = SUBSCRIPTION_CHANNEL

    def __init__(self, timeout: float = 10.0) -> None:
        self.timeout = timeout

    def send(self, message: OutgoingMessage) -> None:
        hook = message.extra.get("webhook") or {}
        if not hook.get("secret"):
            raise DeliveryError("Webhook 订阅已删除 / the webhook subscription was removed", retryable=False)
        WebhookChannel(message.to or "", secret=hook["secret"], shape="event", timeout=self.timeout,
                       channel=SUBSCRIPTION_CHANNEL).send(message)


# ---------------------------------------------------------------------------------------------
# Files


class FileChannel:
    """Writes each message as ``<folder>/<key slug>.eml``; a resend of the same key overwrites."""

    name = "file"

    def __init__(self, folder: str | Path, *, sender: str = DEFAULT_SENDER) -> None:
        self.folder = Path(folder)
        self.sender = sender or DEFAULT_SENDER

    def path_for(self, key: str) -> Path:
        return self.folder / f"{key_slug(key)}.eml"

    def send(self, message: OutgoingMessage) -> None:
        data = build_email(message, sender=self.sender).as_bytes(policy=SMTP_POLICY)
        target = self.path_for(message.idempotency_key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".eml")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise DeliveryError(f"写入邮件文件失败 / cannot write {target}: {exc}") from exc


# ---------------------------------------------------------------------------------------------
# Factory


def channel_from_settings(name: str, settings: dict[str, Any]) -> Channel:
    """The channel ``name`` configured in the ``channels:`` section of the settings.

    ``settings`` is the whole settings dict or its ``channels`` section. ``default`` resolves to
    ``channels.default``. A section's ``type`` (file | smtp | webhook) defaults to its name;
    ``wecom`` and ``dingtalk`` without a section of their own use the ``webhook`` section with
    that shape.
    """
    channels = settings.get("channels", settings) if isinstance(settings, dict) else {}
    if name == SUBSCRIPTION_CHANNEL:  # agencies' webhook subscriptions: URL and secret per row, not per section
        return SubscriptionChannel(timeout=float((channels.get("webhook") or {}).get("timeout") or 10))
    if name == "default":
        name = channels.get("default") or "file"
    section, section_name = channels.get(name), name
    if section is None and name in ("wecom", "dingtalk"):
        section = {**(channels.get("webhook") or {}), "shape": name, "type": "webhook"}
        section_name = "webhook"
    if not isinstance(section, dict):
        known = sorted(k for k, v in channels.items() if isinstance(v, dict))
        raise DeliveryError(
            f"未配置发送渠道 / channel {name!r} is not configured; configured: {known}", retryable=False
        )
    kind = section.get("type") or name
    smtp_sender = (channels.get("smtp") or {}).get("sender") or DEFAULT_SENDER
    if kind == "file":
        return FileChannel(
            section.get("folder") or "outbox-mail", sender=section.get("sender") or smtp_sender
        )
    if kind == "smtp":
        context = ssl.create_default_context(cafile=section["cafile"]) if section.get("cafile") else None
        return SmtpChannel(
            section.get("host") or "localhost",
            int(section.get("port") or 25),
            security=section.get("security") or "none",
            username=section.get("username") or "",
            password=section.get("password") or "",
            sender=section.get("sender") or DEFAULT_SENDER,
            timeout=float(section.get("timeout") or 30),
            ssl_context=context,
            message_id_domain=section.get("message_id_domain"),
        )
    if kind in ("webhook", "wecom", "dingtalk"):
        shape = section.get("shape") or (kind if kind != "webhook" else "json")
        return WebhookChannel(
            section.get("url") or "",
            secret=section.get("secret") or "",
            unsigned=section.get("unsigned") is True,
            shape=shape,
            timeout=float(section.get("timeout") or 10),
            channel=section_name,
        )
    raise DeliveryError(
        f"发送渠道类型无效 / channel type {kind!r}; allowed: file, smtp, webhook", retryable=False
    )
