"""How a webhook delivery proves where it comes from and when, and how a receiver checks it.

Every request of a webhook channel with a ``secret`` carries two headers:

- ``X-Disclosure-Timestamp``: the Unix time of sending, in whole seconds (ASCII digits);
- ``X-Disclosure-Signature``: ``sha256=`` and the hex HMAC-SHA256, keyed with the secret (UTF-8), of
  the timestamp, one ``.`` and the exact body bytes: ``HMAC(secret, b"1767225600." + body)``.

A receiver (:func:`verify` is a reference implementation it may import or copy):

1. recomputes the HMAC over the timestamp header, ``.`` and the raw body as received (before any
   JSON parsing), and compares it with the signature in constant time;
2. rejects a request whose timestamp is more than ``max_age_seconds`` (``channels.<name>.
   max_age_seconds``, 300 by default) away from its own clock, in either direction: a request
   captured on the way cannot be replayed after that window;
3. within the window, drops a repeat by its ``Idempotency-Key`` (keep the keys seen for at least the
   window). A retry of the same message is signed again with a new timestamp and keeps its key.

Signing the timestamp with the body is what makes the window hold: changing either breaks the
signature. DingTalk robots verify a scheme of their own (加签: HMAC of ``timestamp + "\\n" +
secret``, sent in the URL); :func:`dingtalk_query` computes it for a ``dingtalk`` channel.
WeCom robots verify no signature (the ``key`` in their URL is the credential).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping
from urllib.parse import quote

SIGNATURE_HEADER = "X-Disclosure-Signature"
TIMESTAMP_HEADER = "X-Disclosure-Timestamp"


class SignatureError(Exception):
    """The request is not what the sender signed, or is too old (or too far in the future)."""


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>``."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signed_headers(secret: str, body: bytes, now: float) -> dict[str, str]:
    """The two headers of a request sent at ``now`` (Unix seconds)."""
    timestamp = str(int(now))
    return {TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: signature(secret, timestamp, body)}


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), None)


def verify(
    headers: Mapping[str, str],
    body: bytes,
    secret: str,
    *,
    max_age_seconds: float,
    now: float | None = None,
) -> int:
    """Check a received request; returns its timestamp, raises :class:`SignatureError` if it fails.

    ``max_age_seconds`` is the receiver's window (this project's setting: ``channels.<name>.
    max_age_seconds``, shipped as 300)."""
    if not secret:
        raise SignatureError("no secret to verify with")
    timestamp, given = _header(headers, TIMESTAMP_HEADER), _header(headers, SIGNATURE_HEADER)
    if not timestamp or not given:
        raise SignatureError(f"missing {TIMESTAMP_HEADER} or {SIGNATURE_HEADER}")
    if not (timestamp.isascii() and timestamp.isdigit()):
        raise SignatureError(f"{TIMESTAMP_HEADER} is not a Unix time in seconds: {timestamp!r}")
    if not hmac.compare_digest(given.encode("utf-8"), signature(secret, timestamp, body).encode("ascii")):
        raise SignatureError("signature does not match the timestamp and body")
    age = (time.time() if now is None else now) - int(timestamp)
    if abs(age) > max_age_seconds:
        raise SignatureError(f"timestamp {timestamp} is {age:+.0f} s from now; the window is {max_age_seconds:g} s")
    return int(timestamp)


def dingtalk_query(secret: str, now: float) -> str:
    """``timestamp=<ms>&sign=<...>``: DingTalk's 加签 for a robot whose security setting is a secret."""
    timestamp = str(round(now * 1000))
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    return f"timestamp={timestamp}&sign={quote(base64.b64encode(mac).decode('ascii'), safe='')}"


__all__ = [
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "SignatureError",
    "dingtalk_query",
    "signature",
    "signed_headers",
    "verify",
]
