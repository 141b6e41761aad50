"""Delivery channels against real servers on 127.0.0.1: aiosmtpd for SMTP, http.server for webhooks."""

from __future__ import annotations

import base64
import email
import hashlib
import hmac
import json
import shutil
import ssl
import subprocess
import threading
from email import policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from local_servers import SmtpSink, free_port

from workflow.outbox.channels import (
    DeliveryError,
    FileChannel,
    OutgoingMessage,
    SmtpChannel,
    WebhookChannel,
    channel_from_settings,
    key_slug,
    message_id_for,
)
from workflow.paths import config_dir

KEY = "alert:42:reply:overdue:2026-03-27"
TEXT = "案件 SHFG-2026-0007 的答复期限已于2026年3月27日届满，已逾期2个工作日。\n请立即办理。"


def message(**over) -> OutgoingMessage:
    base = dict(
        idempotency_key=KEY,
        to="clerk@example.gov.cn",
        subject="【逾期督办】SHFG-2026-0007 答复期限已逾期",
        text=TEXT,
        html="<p>已逾期</p>",
        kind="alert",
        case_no="SHFG-2026-0007",
    )
    base.update(over)
    return OutgoingMessage(**base)


# --------------------------------------------------------------------------------------------- SMTP


@pytest.fixture
def smtp_server():
    started = []

    def start(**kwargs):
        sink = SmtpSink()
        controller = Controller(sink, hostname="127.0.0.1", port=free_port(), **kwargs)
        controller.start()
        started.append(controller)
        return sink, controller.port

    yield start
    for controller in started:
        controller.stop()


def test_smtp_delivers_utf8_with_message_id_from_key(smtp_server):
    sink, port = smtp_server()
    channel = SmtpChannel("127.0.0.1", port, sender="政府信息公开系统 <noreply@shfg.gov.cn>", timeout=5)
    channel.send(message())
    assert len(sink.envelopes) == 1
    env = sink.envelopes[0]
    assert env.mail_from == "noreply@shfg.gov.cn" and env.rcpt_tos == ["clerk@example.gov.cn"]
    msg = email.message_from_bytes(env.content, policy=policy.default)
    assert msg["Message-ID"] == message_id_for(KEY, "shfg.gov.cn")
    assert msg["Message-ID"].startswith("<alert-42-reply-overdue-2026-03-27.") and msg["Message-ID"].endswith(
        "@shfg.gov.cn>"
    )
    assert msg["Subject"] == "【逾期督办】SHFG-2026-0007 答复期限已逾期"
    assert msg["X-Idempotency-Key"] == KEY and msg["X-Disclosure-Case"] == "SHFG-2026-0007"
    assert "政府信息公开系统" in msg["From"]
    body = msg.get_body(preferencelist=("plain",))
    assert body.get_content_charset() == "utf-8"
    assert body.get_content().rstrip("\n") == TEXT
    assert msg.get_body(preferencelist=("html",)).get_content().strip() == "<p>已逾期</p>"


def test_smtp_resend_has_the_same_message_id(smtp_server):
    sink, port = smtp_server()
    channel = SmtpChannel("127.0.0.1", port, timeout=5)
    channel.send(message())
    channel.send(message())
    channel.send(message(idempotency_key=KEY + ":b"))
    ids = [email.message_from_bytes(e.content, policy=policy.default)["Message-ID"] for e in sink.envelopes]
    assert ids[0] == ids[1] != ids[2]


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtp_login(smtp_server):
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            b"clerk",
            b"s3cret",
        )
        return AuthResult(success=ok, handled=False)

    sink, port = smtp_server(authenticator=authenticator, auth_required=True, auth_require_tls=False)
    SmtpChannel("127.0.0.1", port, username="clerk", password="s3cret", timeout=5).send(message())
    assert len(sink.envelopes) == 1
    with pytest.raises(DeliveryError) as err:
        SmtpChannel("127.0.0.1", port, username="clerk", password="wrong", timeout=5).send(message())
    assert err.value.retryable is False
    with pytest.raises(DeliveryError):  # the server requires login
        SmtpChannel("127.0.0.1", port, timeout=5).send(message())
    assert len(sink.envelopes) == 1


@pytest.fixture
def tls_files(tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_smtp_starttls(smtp_server, tls_files):
    cert, key = tls_files
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    sink, port = smtp_server(tls_context=server_ctx, require_starttls=True)
    client_ctx = ssl.create_default_context(cafile=str(cert))
    SmtpChannel("127.0.0.1", port, security="starttls", ssl_context=client_ctx, timeout=5).send(message())
    assert len(sink.envelopes) == 1
    with pytest.raises(DeliveryError):  # plain delivery is refused by a server that requires TLS
        SmtpChannel("127.0.0.1", port, security="none", timeout=5).send(message())
    with pytest.raises(DeliveryError):  # an untrusted certificate is refused
        SmtpChannel(
            "127.0.0.1", port, security="starttls", ssl_context=ssl.create_default_context(), timeout=5
        ).send(message())
    assert len(sink.envelopes) == 1


def test_smtp_implicit_tls(smtp_server, tls_files):
    cert, key = tls_files
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    sink, port = smtp_server(ssl_context=server_ctx)
    client_ctx = ssl.create_default_context(cafile=str(cert))
    SmtpChannel("127.0.0.1", port, security="ssl", ssl_context=client_ctx, timeout=5).send(message())
    assert len(sink.envelopes) == 1
    msg = email.message_from_bytes(sink.envelopes[0].content, policy=policy.default)
    assert msg["Message-ID"] == message_id_for(KEY, "localhost")


def test_smtp_failures():
    with pytest.raises(DeliveryError) as err:
        SmtpChannel("127.0.0.1", free_port(), timeout=2).send(message())
    assert err.value.retryable is True
    with pytest.raises(DeliveryError) as err:
        SmtpChannel("127.0.0.1", free_port(), timeout=2).send(message(to=""))
    assert err.value.retryable is False
    with pytest.raises(DeliveryError):
        SmtpChannel("127.0.0.1", 25, security="tls-maybe")


# --------------------------------------------------------------------------------------------- webhook


class Receiver(BaseHTTPRequestHandler):
    status = 200
    reply = b'{"ok":true}'
    requests: list = []
    paths: list = []

    def do_POST(self):  # noqa: N802 - http.server hook name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).requests.append((dict(self.headers), body))
        type(self).paths.append(self.path)
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(type(self).reply)))
        self.end_headers()
        self.wfile.write(type(self).reply)

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    handler = type("Handler", (Receiver,), {"requests": [], "paths": [], "status": 200, "reply": b'{"ok":true}'})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()
    thread.join(5)


def verify(headers: dict, body: bytes, secret: str) -> bool:
    """The receiver's check as the README documents it: HMAC-SHA256(secret, timestamp + "." + body)."""
    signed = headers["X-Disclosure-Timestamp"].encode() + b"." + body
    expected = "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(headers["X-Disclosure-Signature"], expected)


def test_webhook_json_is_signed_with_idempotency_key(receiver):
    handler, url = receiver
    WebhookChannel(url, secret="topsecret", timeout=5).send(message())
    [(headers, body)] = handler.requests
    assert verify(headers, body, "topsecret")
    assert not verify(headers, body, "othersecret")
    assert headers["Idempotency-Key"] == KEY
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(body.decode("utf-8")) == {
        "kind": "alert",
        "subject": "【逾期督办】SHFG-2026-0007 答复期限已逾期",
        "text": TEXT,
        "case_no": "SHFG-2026-0007",
        "key": KEY,
    }


def test_webhook_wecom_and_dingtalk_shapes(receiver):
    handler, url = receiver
    handler.reply = b'{"errcode":0,"errmsg":"ok"}'
    WebhookChannel(url, secret="s", shape="wecom", timeout=5).send(message())
    WebhookChannel(url, secret="s", shape="dingtalk", timeout=5).send(message())
    (h1, wecom), (h2, ding) = handler.requests
    assert verify(h1, wecom, "s") and verify(h2, ding, "s")
    wecom, ding = json.loads(wecom), json.loads(ding)
    assert wecom["msgtype"] == "markdown" and set(wecom["markdown"]) == {"content"}
    assert wecom["markdown"]["content"].startswith("### 【逾期督办】SHFG-2026-0007")
    assert "请立即办理。" in wecom["markdown"]["content"]
    assert ding["msgtype"] == "markdown" and set(ding["markdown"]) == {"title", "text"}
    assert ding["markdown"]["title"] == "【逾期督办】SHFG-2026-0007 答复期限已逾期"
    assert "已逾期2个工作日" in ding["markdown"]["text"]


def test_webhook_wecom_content_is_cut_to_its_limit(receiver):
    handler, url = receiver
    WebhookChannel(url, shape="wecom", unsigned=True, timeout=5).send(message(text="很长的内容" * 2000))
    [(headers, body)] = handler.requests
    assert "X-Disclosure-Signature" not in headers  # declared unsigned: no signature
    assert len(json.loads(body)["markdown"]["content"].encode("utf-8")) <= 4096


def test_webhook_address_of_the_recipient_wins(receiver):
    handler, url = receiver
    WebhookChannel("http://127.0.0.1:9/unused", secret="s", timeout=5).send(message(to=url))
    assert len(handler.requests) == 1


@pytest.mark.parametrize(
    "status, retryable", [(500, True), (503, True), (429, True), (400, False), (404, False)]
)
def test_webhook_non_2xx_is_a_delivery_error(receiver, status, retryable):
    handler, url = receiver
    handler.status = status
    with pytest.raises(DeliveryError) as err:
        WebhookChannel(url, secret="s", timeout=5).send(message())
    assert err.value.retryable is retryable
    assert len(handler.requests) == 1


def test_webhook_robot_refusal_is_a_delivery_error(receiver):
    handler, url = receiver
    handler.reply = b'{"errcode":93000,"errmsg":"invalid webhook url"}'
    with pytest.raises(DeliveryError):
        WebhookChannel(url, shape="wecom", secret="s", timeout=5).send(message())
    WebhookChannel(url, shape="json", secret="s", timeout=5).send(message())  # our own shape does not read the reply


def test_webhook_connection_and_address_errors():
    with pytest.raises(DeliveryError) as err:
        WebhookChannel(f"http://127.0.0.1:{free_port()}/hook", secret="s", timeout=2).send(message())
    assert err.value.retryable is True
    for url in ("", "file:///etc/passwd", "ftp://127.0.0.1/x"):
        with pytest.raises(DeliveryError) as err:
            WebhookChannel(url, secret="s").send(message(to=None))
        assert err.value.retryable is False
    with pytest.raises(DeliveryError):
        WebhookChannel("http://127.0.0.1/x", shape="slack")


# --------------------------------------------------------------------------------------------- files


def test_file_channel_one_eml_per_key(tmp_path):
    channel = FileChannel(tmp_path / "out", sender="系统 <noreply@shfg.gov.cn>")
    channel.send(message())
    files = list((tmp_path / "out").iterdir())
    assert [f.name for f in files] == [f"{key_slug(KEY)}.eml"]
    channel.send(message(text="第二次发送"))  # a retry of the same key overwrites
    files = list((tmp_path / "out").iterdir())
    assert len(files) == 1
    msg = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert msg.get_body(preferencelist=("plain",)).get_content().strip() == "第二次发送"
    assert msg["Message-ID"] == message_id_for(KEY, "shfg.gov.cn")
    assert msg["Subject"] == "【逾期督办】SHFG-2026-0007 答复期限已逾期"
    channel.send(message(idempotency_key="alert:42:reply:overdue_repeat:2026-03-27"))
    assert len(list((tmp_path / "out").iterdir())) == 2


def test_key_slugs_do_not_collide():
    assert key_slug("a:b") != key_slug("a-b") != key_slug("a/b")
    assert key_slug("alert/../../etc").count("/") == 0
    with pytest.raises(DeliveryError):
        key_slug("")


def test_file_channel_unwritable_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DeliveryError):
        FileChannel(blocker / "sub").send(message())


# --------------------------------------------------------------------------------------------- factory


def shipped_settings() -> dict:
    return yaml.safe_load((config_dir() / "settings.yaml").read_text(encoding="utf-8"))


def test_channel_from_shipped_settings(tmp_path):
    settings = shipped_settings()
    default = channel_from_settings("default", settings)
    assert isinstance(default, FileChannel) and default.folder == Path("outbox-mail")
    smtp = channel_from_settings("smtp", settings)
    assert isinstance(smtp, SmtpChannel) and (smtp.host, smtp.port, smtp.security) == (
        "localhost",
        25,
        "none",
    )
    assert smtp.domain == "example.gov.cn"
    settings["channels"]["webhook"]["secret"] = "s"  # shipped empty: see the test of unsigned channels
    webhook = channel_from_settings("webhook", settings["channels"])
    assert isinstance(webhook, WebhookChannel) and webhook.shape == "json"
    assert channel_from_settings("wecom", settings).shape == "wecom"
    assert channel_from_settings("dingtalk", settings).shape == "dingtalk"
    with pytest.raises(DeliveryError):
        channel_from_settings("carrier_pigeon", settings)


def test_channel_from_settings_named_sections(smtp_server):
    sink, port = smtp_server()
    settings = {
        "channels": {
            "default": "ops_mail",
            "ops_mail": {"type": "smtp", "host": "127.0.0.1", "port": port, "timeout": 5},
        }
    }
    channel_from_settings("default", settings).send(message())
    assert len(sink.envelopes) == 1


# --------------------------------------------------------------------------------------------- Chinese case numbers

CN_CASE = "罗应急-2026-0001"  # the README's agency prefix
CN_KEY = f"letter:{CN_CASE}:receipt:1"
CN_SUBJECT = f"【受理回执】{CN_CASE} 政府信息公开申请已登记"
CN_TEXT = f"您的申请（{CN_CASE}）已于2026年11月4日收到。\n请留意答复期限。"


def cn_message(**over) -> OutgoingMessage:
    return message(idempotency_key=CN_KEY, subject=CN_SUBJECT, text=CN_TEXT, case_no=CN_CASE, kind="letter", **over)


def header_block(raw: bytes) -> bytes:
    return raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]


def raw_header(raw: bytes, name: str) -> str:
    """A header's value exactly as it travels (unfolded, not decoded)."""
    found = email.message_from_bytes(header_block(raw) + b"\r\n\r\n", policy=policy.compat32)[name]
    return " ".join(str(found).split())


def check_mail(raw: bytes, domain: str) -> None:
    assert header_block(raw).isascii()  # every header as it travels, the Chinese ones encoded
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Message-ID"] == message_id_for(CN_KEY, domain) and msg["Message-ID"].isascii()
    assert raw_header(raw, "X-Idempotency-Key") == "letter:%E7%BD%97%E5%BA%94%E6%80%A5-2026-0001:receipt:1"
    assert unquote(raw_header(raw, "X-Idempotency-Key")) == CN_KEY
    assert msg["X-Disclosure-Case"] == CN_CASE and msg["Subject"] == CN_SUBJECT
    assert msg.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n").rstrip("\n") == CN_TEXT


def check_request(headers: dict, body: bytes, secret: str) -> dict:
    assert all(k.isascii() and v.isascii() for k, v in headers.items())
    assert headers["Idempotency-Key"] == "letter:%E7%BD%97%E5%BA%94%E6%80%A5-2026-0001:receipt:1"
    assert unquote(headers["Idempotency-Key"]) == CN_KEY
    assert verify(headers, body, secret)
    return json.loads(body.decode("utf-8"))


def test_it_delivers_a_chinese_case_number_over_smtp(smtp_server):
    sink, port = smtp_server()
    SmtpChannel("127.0.0.1", port, sender="政府信息公开系统 <noreply@lzyj.gov.cn>", timeout=5).send(cn_message())
    [env] = sink.envelopes
    check_mail(env.content, "lzyj.gov.cn")


def test_it_delivers_a_chinese_case_number_to_a_file(tmp_path):
    channel = FileChannel(tmp_path / "out", sender="系统 <noreply@lzyj.gov.cn>")
    channel.send(cn_message())
    [path] = (tmp_path / "out").iterdir()
    assert path == channel.path_for(CN_KEY)
    check_mail(path.read_bytes(), "lzyj.gov.cn")


def test_it_delivers_a_chinese_case_number_over_a_webhook(receiver):
    handler, url = receiver
    WebhookChannel(url, secret="topsecret", timeout=5).send(cn_message())
    [(headers, body)] = handler.requests
    payload = check_request(headers, body, "topsecret")
    assert (payload["case_no"], payload["key"], payload["subject"]) == (CN_CASE, CN_KEY, CN_SUBJECT)


@pytest.mark.parametrize("shape, field", [("wecom", "content"), ("dingtalk", "text")])
def test_it_delivers_a_chinese_case_number_to_a_robot(receiver, shape, field):
    handler, url = receiver
    handler.reply = b'{"errcode":0,"errmsg":"ok"}'
    WebhookChannel(url, secret="robot-secret", shape=shape, timeout=5).send(cn_message())
    [(headers, body)] = handler.requests
    content = check_request(headers, body, "robot-secret")["markdown"][field]
    assert content.startswith(f"### {CN_SUBJECT}") and "2026年11月4日收到" in content


def test_message_ids_of_chinese_prefixes_stay_distinct():
    other = CN_KEY.replace("罗应急", "兰应急")  # the same number at another agency
    assert message_id_for(CN_KEY) != message_id_for(other)
    assert message_id_for(CN_KEY) == message_id_for(CN_KEY) and message_id_for(other).isascii()


# --------------------------------------------------------------------------------------------- signing


def test_it_refuses_a_webhook_channel_with_an_empty_secret_unless_declared_unsigned():
    with pytest.raises(DeliveryError, match="empty secret") as err:
        WebhookChannel("https://hooks.example.gov.cn/x")
    assert err.value.retryable is False
    assert WebhookChannel("https://hooks.example.gov.cn/x", unsigned=True).secret == ""
    channels = {"hook": {"type": "webhook", "url": "https://hooks.example.gov.cn/x"}, "webhook": {"url": ""}}
    with pytest.raises(DeliveryError, match=r"channels\.hook\.secret"):
        channel_from_settings("hook", channels)
    with pytest.raises(DeliveryError, match=r"channels\.webhook\.secret"):
        channel_from_settings("wecom", channels)  # a robot without a section of its own uses the webhook one
    assert channel_from_settings("hook", {**channels, "hook": {**channels["hook"], "unsigned": True}})


def test_the_signature_covers_a_timestamp_and_a_retry_is_signed_afresh(receiver):
    handler, url = receiver
    clock = iter([1_767_225_600.9, 1_767_225_660.2])
    channel = WebhookChannel(url, secret="topsecret", timeout=5, clock=lambda: next(clock))
    channel.send(message())
    channel.send(message())  # the same message again, a minute later
    (h1, b1), (h2, b2) = handler.requests
    assert (h1["X-Disclosure-Timestamp"], h2["X-Disclosure-Timestamp"]) == ("1767225600", "1767225660")
    assert b1 == b2 and h1["Idempotency-Key"] == h2["Idempotency-Key"]
    assert h1["X-Disclosure-Signature"] != h2["X-Disclosure-Signature"]
    assert verify(h1, b1, "topsecret") and verify(h2, b2, "topsecret")
    forged = {**h1, "X-Disclosure-Timestamp": h2["X-Disclosure-Timestamp"]}  # an old body, a new time
    assert not verify(forged, b1, "topsecret")


def test_a_dingtalk_channel_signs_its_url_as_dingtalk_verifies(receiver):
    handler, url = receiver
    handler.reply = b'{"errcode":0,"errmsg":"ok"}'
    secret, now = "SEC0123456789abcdef", 1_767_225_600.123
    WebhookChannel(url + "?access_token=tok", secret=secret, shape="dingtalk", timeout=5, clock=lambda: now).send(
        message()
    )
    query = parse_qs(urlsplit(handler.paths[0]).query)
    # DingTalk's documented recipe: HmacSHA256 of timestamp + "\n" + secret, Base64, then URL-encoded
    digest = hmac.new(secret.encode(), f"1767225600123\n{secret}".encode(), hashlib.sha256).digest()
    assert query == {"access_token": ["tok"], "timestamp": ["1767225600123"], "sign": [base64.b64encode(digest).decode()]}


# --------------------------------------------------------------------------------------------- credentials


def test_a_webhook_error_never_shows_the_credentials_of_its_url(receiver):
    handler, url = receiver
    handler.status = 404
    with pytest.raises(DeliveryError) as err:
        WebhookChannel(url + "?key=693a91f6-wecom-key", shape="wecom", unsigned=True, timeout=5).send(message())
    assert "693a91f6" not in str(err.value) and "key=***" in str(err.value)
    with pytest.raises(DeliveryError) as err:
        WebhookChannel(f"http://127.0.0.1:{free_port()}/robot/send?access_token=dd-token-1", secret="s",
                       shape="dingtalk", timeout=2).send(message())  # fmt: skip
    assert "dd-token-1" not in str(err.value)
    with pytest.raises(DeliveryError) as err:
        WebhookChannel("ftp://u:pw@example.gov.cn/x?key=abc", secret="s").send(message(to=None))
    assert "abc" not in str(err.value) and "pw" not in str(err.value)


def test_eml_file_names_keep_the_chinese_case_number(tmp_path):
    channel = FileChannel(tmp_path / "out")
    channel.send(cn_message())
    [written] = (tmp_path / "out").iterdir()
    assert written.name.startswith(f"letter-{CN_CASE}-receipt-1.") and written.name.endswith(".eml")
    other = CN_KEY.replace("罗应急", "兰应急")  # the same number at another agency: its own file
    assert key_slug(other) != key_slug(CN_KEY) and "兰应急" in key_slug(other)


def test_eml_file_names_are_safe_and_bounded_whatever_the_key():
    hostile = "letter:罗应急/../../etc\u202e\x1b[31m:" + "长" * 300
    slug = key_slug(hostile)
    assert "/" not in slug and "\u202e" not in slug and "\x1b" not in slug and not slug.startswith(".")
    assert len(f"{slug}.eml".encode()) <= 255 and slug.startswith("letter-罗应急-etc-31m-长")
