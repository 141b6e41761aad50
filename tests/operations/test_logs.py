"""Logs of the scheduler and the web: readable or JSON lines, personal data and credentials masked."""

from __future__ import annotations

import io
import json
import logging
import logging.config

import pytest

from workflow.operations.logs import JsonFormatter, configure_logging, uvicorn_log_config


@pytest.fixture(autouse=True)
def root_logger():
    """Each test configures the root logger; what pytest had there is put back after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def record(message: str, **extra) -> logging.LogRecord:
    made = logging.LogRecord("workflow.outbox.delivery", logging.WARNING, __file__, 1, message, None, None)
    made.__dict__.update(extra)
    return made


def test_a_json_line_has_the_case_number_and_user_in_their_own_fields():
    line = JsonFormatter().format(record("delivery failed", case_no="罗应急-2026-0001", user="liujun"))
    event = json.loads(line)
    assert event["case_no"] == "罗应急-2026-0001" and event["user"] == "liujun"
    assert event["level"] == "warning" and event["logger"] == "workflow.outbox.delivery"
    assert event["time"].endswith("+00:00")


def test_id_numbers_phones_and_webhook_keys_are_masked_in_every_format():
    message = "applicant 11010519491231002X phone 13812345678 via https://qyapi.weixin.qq.com/send?key=SECRETKEY"
    for kind in ("json", "text"):
        stream = io.StringIO()
        configure_logging({"logging": {"format": kind}}, logging.INFO, stream)
        logging.getLogger("workflow.test").warning(message)
        out = stream.getvalue()
        assert "11010519491231002X" not in out and "1101**********002X" in out
        assert "13812345678" not in out and "138****5678" in out
        assert "SECRETKEY" not in out


def test_uvicorn_logs_go_through_the_same_formatter():
    config = uvicorn_log_config({"logging": {"format": "json"}}, "info")
    logging.config.dictConfig(config)
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler.formatter, JsonFormatter)
    assert logging.getLogger("uvicorn.access").propagate
