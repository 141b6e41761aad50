"""What a letter says beyond the case itself (``case["letter"]``): from the producing trigger's data,
the clocks after it and, for the reply, the earlier steps it recites (the latest decision, the
correction request, the fee notice, the withdrawal), read from the audit log one event at a time.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workflow.store.repository import Repository

REPLY = "reply"
# trigger data that is bookkeeping, never a letter's content
_NOT_LETTER_CONTENT = {"late_reason", "note", "outcome", "basis"}


class EventCache:
    """The case's latest audit event of a trigger, read once each when a letter needs an earlier
    event's data (one indexed row, not the whole history)."""

    def __init__(self, repo: Repository, case_id: int, *, up_to: int | None = None) -> None:
        """``up_to``: the seq of the event the letter belongs to; later events are not seen."""
        self.repo, self.case_id, self.up_to = repo, case_id, up_to
        self._latest: dict[str, dict[str, Any] | None] = {}

    def latest(self, trigger: str) -> dict[str, Any] | None:
        if trigger not in self._latest:
            self._latest[trigger] = self.repo.latest_event(self.case_id, trigger, up_to=self.up_to)
        return self._latest[trigger]

    def latest_data(self, trigger: str) -> tuple[dict[str, Any], date | None]:
        ev = self.latest(trigger)
        return (json.loads(ev["data"]), ev["effective_on"]) if ev else ({}, None)


def _clock(case: dict[str, Any], kind: str, party: str | None = None) -> dict[str, Any] | None:
    for c in case.get("clocks") or []:
        if c["kind"] == kind and (c.get("party") or None) == (party or None):
            return c
    return None


def _due(case: dict[str, Any], kind: str, party: str | None = None) -> str | None:
    c = _clock(case, kind, party)
    return c["due"] if c else None


def _items(value: Any) -> Any:
    """Correction items: several lines become a numbered list, one line stays a sentence."""
    if value is None or isinstance(value, list):
        return value
    lines = [line.strip() for line in str(value).splitlines() if line.strip()]
    return lines if len(lines) > 1 else (lines[0] if lines else None)


def event_facts(
    kind: str, case: dict[str, Any], data: dict[str, Any], issued_on: date | None, events: EventCache
) -> dict[str, Any]:
    """``case["letter"]`` for ``kind``: the producing trigger's ``data``, the clocks after it and,
    for the reply, the latest decision (reasons, where published) or what ended the case.
    Values that are not known are left out (the template then says what it misses)."""
    sent = issued_on.isoformat() if issued_on else None
    x: dict[str, Any] = {}
    if kind == "correction_notice":
        x = {
            "items": _items(data.get("items")),
            "correct_by": data.get("correct_by") or _due(case, "correction_period"),
        }
    elif kind == "extension_notice":
        reply = _clock(case, "reply") or {}
        x = {
            "days": data.get("days"),
            "reason": data.get("reason"),
            "new_due": reply.get("due"),
            "provisional": reply.get("provisional"),
        }
    elif kind in ("consultation_letter", "consultation_notice_applicant", "public_interest_notice"):
        x = {"party_kind": data.get("party_kind"), "party_name": data.get("party_name"), "sent_on": sent}
        if data.get("party_name"):
            x["answer_due"] = _due(case, "consultation", data["party_name"])
        x.update({k: v for k, v in data.items() if k in ("reasons", "content", "disclose_on")})
    elif kind == "fee_notice":
        # the fee as the engine computed it from the tariff (fee_*), or as typed under version 1
        x = {k: data.get(k) for k in ("fee_basis", "quantity", "amount", "cost_items", "fee_unit", "fee_standard",
                                      "fee_lines", "fee_month")}
        x["pay_by"] = data.get("pay_by") or _due(case, "fee_payment")
    elif kind == "reasons_request":
        x = {"answer_by": data.get("answer_by")}
    elif kind == "delayed_reply_notice":
        reply = _clock(case, "reply") or {}
        x = {"due": data.get("due") or reply.get("due"), "reason": data.get("reason")}
    elif kind == REPLY:
        x = _reply_facts(case, data, sent, events)
    if _spec(case, kind).get("facts") == "reasons":
        x.update(_reasons_facts(events))
    return {k: v for k, v in x.items() if v is not None and v != ""}


def _spec(case: dict[str, Any], kind: str) -> dict[str, Any]:
    from workflow.letter_index import letters_index

    return letters_index()["regimes"].get(case.get("regime"), {}).get("letters", {}).get(kind, {})


def _reasons_facts(events: EventCache) -> dict[str, Any]:
    """Art. 35: when the applicant was asked for reasons, by when, and when they answered (after the
    request); nothing when they were never asked."""
    from workflow.letter_index import letters_index

    names = letters_index()["fact_events"]["reasons"]
    asked = events.latest(names["asked"])
    if asked is None:
        return {}
    answered = events.latest(names["answered"])
    return {
        "reasons_asked": asked["effective_on"].isoformat(),
        "answer_by": json.loads(asked["data"]).get(names["answer_by"]),
        "reasons_answered": answered["effective_on"].isoformat()
        if answered is not None and answered["seq"] > asked["seq"] else None,
    }


def _reply_facts(
    case: dict[str, Any], data: dict[str, Any], sent: str | None, events: EventCache
) -> dict[str, Any]:
    outcome = case.get("outcome")
    x: dict[str, Any] = {}
    decided, _ = events.latest_data("decide")
    if decided and decided.get("outcome") == outcome:
        x.update({k: v for k, v in decided.items() if k not in _NOT_LETTER_CONTENT})
    facts = _spec(case, REPLY).get("outcomes", {}).get(outcome, {}).get("facts")
    if facts == "correction":
        asked, asked_on = events.latest_data("request_correction")
        x["correction_sent"] = asked_on.isoformat() if asked_on else None
        x["correct_by"] = asked.get("correct_by")
    elif facts == "fee":
        _, fee_on = events.latest_data("notify_fee")
        x["fee_notice_sent"] = fee_on.isoformat() if fee_on else None
        x["pay_by"] = _due(case, "fee_payment")
    elif facts == "withdrawal":
        withdrawn, withdrawn_on = events.latest_data("withdraw")
        withdrawn = data if "how" in data else withdrawn
        if withdrawn.get("how"):
            x["how"] = withdrawn["how"]
        # the day of the withdrawal, not of the letter (a letter made again later keeps it)
        if withdrawn_on is not None or withdrawn.get("how"):
            x["withdrawn_on"] = withdrawn_on.isoformat() if withdrawn_on else sent
    elif facts == "reasons":
        x.update(_reasons_facts(events))
    x.update({k: v for k, v in data.items() if k not in _NOT_LETTER_CONTENT and k not in ("letter_no", "how")})
    return x
