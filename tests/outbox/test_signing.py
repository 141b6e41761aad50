"""The webhook signature as a receiver checks it (``workflow.outbox.signing``): a timestamp signed
with the body, and a window beyond which a captured request is refused."""

from __future__ import annotations

import pytest
import yaml

from workflow.outbox import signing
from workflow.outbox.signing import signed_headers
from workflow.paths import config_dir


def test_a_receiver_rejects_replays_older_than_its_window():
    body, sent = b'{"kind":"alert"}', 1_767_225_600
    headers = signed_headers("topsecret", body, sent)
    assert signing.verify(headers, body, "topsecret", max_age_seconds=300, now=sent + 299) == sent
    lower = {k.lower(): v for k, v in headers.items()}  # header names are case-insensitive
    assert signing.verify(lower, body, "topsecret", max_age_seconds=300, now=sent) == sent
    rejected = [
        (headers, body, "topsecret", sent + 301),  # replayed after the window
        (headers, body, "topsecret", sent - 301),  # dated too far ahead
        (headers, body + b" ", "topsecret", sent),  # another body
        (headers, body, "othersecret", sent),
        ({**headers, "X-Disclosure-Timestamp": str(sent + 1)}, body, "topsecret", sent),
        ({"X-Disclosure-Signature": headers["X-Disclosure-Signature"]}, body, "topsecret", sent),
        ({**headers, "X-Disclosure-Timestamp": "1e9"}, body, "topsecret", sent),
        (headers, body, "", sent),
    ]
    for h, b, secret, now in rejected:
        with pytest.raises(signing.SignatureError):
            signing.verify(h, b, secret, max_age_seconds=300, now=now)


def test_the_window_is_a_setting_shipped_beside_the_secret():
    webhook = yaml.safe_load((config_dir() / "settings.yaml").read_text(encoding="utf-8"))["channels"]["webhook"]
    assert (webhook["max_age_seconds"], webhook["unsigned"], webhook["secret"]) == (300, False, "")
    body, sent = b"{}", 1_767_225_600
    headers = signed_headers("k", body, sent)
    window = webhook["max_age_seconds"]
    assert signing.verify(headers, body, "k", max_age_seconds=window, now=sent + window) == sent
    with pytest.raises(signing.SignatureError, match="window is 300 s"):
        signing.verify(headers, body, "k", max_age_seconds=window, now=sent + window + 1)
