"""The audit trail's hash chain: each event carries the SHA-256 of the one before it in its case."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

GENESIS = "0" * 64

# json.dumps with these options would build a new encoder for every call; one does for all
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def canonical_json(data: dict[str, Any]) -> str:
    """The one text of a value that is stored and hashed: keys sorted, no spaces, Chinese as
    itself; a date (or anything else JSON lacks) as its ``str``."""
    return _CANONICAL.encode(data)


def event_hash(*, case_no: str, seq: int, actor: str, role: str, trigger: str, from_state: str | None,
               to_state: str, effective_on: date, recorded_at: str, data: str, late: bool, prev_hash: str) -> str:
    """SHA-256 of the canonical JSON of the event's fields. Existing chains are verified against
    it, so its input must never change (tests/fixtures/audit_chain.json pins it)."""
    payload = canonical_json({
        "case_no": case_no, "seq": seq, "actor": actor, "role": role, "trigger": trigger,
        "from": from_state, "to": to_state, "effective": effective_on.isoformat(), "recorded_at": recorded_at,
        "data": data, "late": bool(late), "prev": prev_hash,
    })
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BrokenLink:
    case_no: str
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"{self.case_no} 第{self.seq}条事件: {self.problem}"


def verify_chains(events: Iterable[dict[str, Any]]) -> tuple[int, int, list[BrokenLink]]:
    """Walk events ordered by case and seq; return (cases, events, the first broken link of each case)."""
    broken: list[BrokenLink] = []
    cases = count = 0
    current: str | None = None
    prev = GENESIS
    expected_seq = 1
    failed = False
    for ev in events:
        count += 1
        if ev["case_no"] != current:
            current, prev, expected_seq, failed = ev["case_no"], GENESIS, 1, False
            cases += 1
        if failed:
            continue
        problem = None
        if ev["seq"] != expected_seq:
            problem = f"序号不连续 / sequence gap: expected {expected_seq}, found {ev['seq']}"
        elif ev["prev_hash"] != prev:
            problem = "前一事件哈希不符 / prev_hash does not match the previous event"
        else:
            recomputed = event_hash(case_no=ev["case_no"], seq=ev["seq"], actor=ev["actor"], role=ev["role"],
                                    trigger=ev["trigger"], from_state=ev["from_state"], to_state=ev["to_state"],
                                    effective_on=ev["effective_on"], recorded_at=ev["recorded_at"], data=ev["data"],
                                    late=ev["late"], prev_hash=ev["prev_hash"])
            if recomputed != ev["hash"]:
                problem = "事件内容与哈希不符 / content does not match its hash (altered)"
        if problem:
            broken.append(BrokenLink(ev["case_no"], ev["seq"], problem))
            failed = True
            continue
        prev = ev["hash"]
        expected_seq += 1
    return cases, count, broken
