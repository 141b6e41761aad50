"""The audit trail's hash chain: each event carries the SHA-256 of the one before it in its case."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from json.encoder import encode_basestring
from typing import Any

from workflow.quicktext import iso_date, one_shot_encoder

GENESIS = "0" * 64

# json.dumps with these options would build a new encoder for every call
_CANONICAL = one_shot_encoder(json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                                               default=str))


def canonical_json(data: dict[str, Any]) -> str:
    return _CANONICAL(data)


def event_hash(*, case_no: str, seq: int, actor: str, role: str, trigger: str, from_state: str | None,
               to_state: str, effective_on: date, recorded_at: str, data: str, late: bool, prev_hash: str) -> str:
    effective = iso_date(effective_on)
    texts = {type(case_no), type(actor), type(role), type(trigger), type(to_state), type(recorded_at), type(data),
             type(prev_hash), type(effective), str if from_state is None else type(from_state)}
    if type(seq) is int and texts == {str}:
        payload = _hashed_text(case_no, seq, actor, role, trigger, from_state, to_state, effective, recorded_at, data,
                               bool(late), prev_hash)
    else:
        payload = canonical_json({
            "case_no": case_no, "seq": seq, "actor": actor, "role": role, "trigger": trigger,
            "from": from_state, "to": to_state, "effective": effective, "recorded_at": recorded_at,
            "data": data, "late": bool(late), "prev": prev_hash,
        })
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _hashed_text(case_no: str, seq: int, actor: str, role: str, trigger: str, from_state: str | None, to_state: str,
                 effective: str, recorded_at: str, data: str, late: bool, prev_hash: str) -> str:
    # The canonical JSON of the event's fields written out directly, keys in sorted order: the same
    # text as canonical_json gives for strings, an int and a bool (tests/test_audit.py checks it),
    # at a quarter of its cost on every transition.
    q = encode_basestring
    return "".join((
        '{"actor":', q(actor), ',"case_no":', q(case_no), ',"data":', q(data), ',"effective":', q(effective),
        ',"from":', "null" if from_state is None else q(from_state), ',"late":', "true" if late else "false",
        ',"prev":', q(prev_hash), ',"recorded_at":', q(recorded_at), ',"role":', q(role), ',"seq":', int.__repr__(seq),
        ',"to":', q(to_state), ',"trigger":', q(trigger), "}"))


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
