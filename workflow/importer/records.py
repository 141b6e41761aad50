"""The table rows an imported case becomes: the case, its clocks, their ledger and its fee notice.

``case_clocks`` runs the clock rules of a checked ``CaseRow`` (registration on the date of receipt,
then the trigger that concludes a case with its outcome); ``case_record`` and its siblings turn the
row into dicts with every column, so that ``workflow.importer.bulk.insert_many`` writes a batch as
one executemany.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from workflow.clocks.clockset import ClockSet, ClockState, LedgerEntry, TriggerContext
from workflow.engine.audit import canonical_json

if TYPE_CHECKING:  # importer_rows re-exports this module's functions: a runtime import would be a cycle
    from workflow.importer.rows import CaseRow

REPLY_CLOCK = "reply"  # every definition has it (definitions_parse.py refuses one without)


def case_clocks(row: CaseRow, cal: Any, offset: int, memo: dict[tuple, Any] | None = None) -> None:
    """The clocks a registration starts on the date of receipt, finished as the outcome's trigger would.

    Only the reply clock once the case has left the definition's initial state (the others, such as
    the correction-notice window, end when a case is accepted). Rows with the same definition and
    dates get the same clocks: ``memo`` shares them (they are only read afterwards).
    """
    memo = {} if memo is None else memo
    defn, received, concluded = row.definition, row.values["received"], row.values.get("concluded")
    keep_all = not row.concluding_trigger and row.state == defn.initial
    rules = defn.clock_rules if keep_all else {REPLY_CLOCK: defn.clock_rules[REPLY_CLOCK]}
    key = (defn.key, received, keep_all)
    started = memo.get(key)
    if started is None:
        clocks = ClockSet(rules, [], cal, offset)
        clocks.apply(TriggerContext("register", received, received, {}, ""))
        started = memo[key] = (list(clocks.clocks.values()), _interned(memo, clocks.ledger), False)
    if row.concluding_trigger is None:
        row.clocks, row.ledger, row.late = started
        return
    key = (defn.key, received, concluded, row.concluding_trigger)
    found = memo.get(key)
    if found is None:
        reply = started[0][0]
        clocks = ClockSet(rules, [replace(reply, spec=dict(reply.spec))], cal, offset)
        clocks.apply(TriggerContext(row.concluding_trigger, concluded, received, {}, ""))
        reply, shared = clocks.get(REPLY_CLOCK), started[0][0].spec
        if reply.spec == shared:  # share the spec object: the bulk insert serialises it once
            reply.spec = shared
        found = memo[key] = ([reply], started[1] + _interned(memo, clocks.ledger), reply.breached)
    row.clocks, row.ledger, row.late = found


def _interned(memo: dict[tuple, Any], ledger: list[LedgerEntry]) -> list[LedgerEntry]:
    """The ledger with equal data dicts shared (the bulk insert serialises each object once)."""
    return [replace(e, data=memo.setdefault(("data", canonical_json(e.data)), e.data)) for e in ledger]


_CASE_COLUMNS = ("outcome", "basis", "channel", "applicant_type", "applicant_name", "id_number", "phone",
                 "address", "email", "subject")  # fmt: skip
_RECEIPT_DATES = ("submitted", "signed_for", "confirmed")


def case_record(row: CaseRow, case_no: str, clerk_id: int, event_hash: str, now: datetime) -> dict[str, Any]:
    """The ``disclosure_case`` row of an imported case (every key, so that a batch is one executemany)."""
    v = row.values
    out = {k: v.get(k) for k in _CASE_COLUMNS}
    out |= {f"{d}_on": v["received"] if d == row.receipt_field else None for d in _RECEIPT_DATES}
    return out | {
        "case_no": case_no, "agency_id": row.agency_id, "clerk_id": clerk_id, "state": row.state,
        "definition_name": row.definition.name, "definition_version": row.definition.version, "version": 1,
        "received_on": v["received"], "concluded_on": v.get("concluded"), "extension_days": 0,
        "last_event_seq": 1, "last_event_on": v.get("concluded") or v["received"], "last_event_hash": event_hash,
        "import_fingerprint": row.fingerprint, "created_at": now, "updated_at": now,
    }  # fmt: skip


_CLOCK_KEYS = ("kind", "party", "status", "started_on", "due_on", "target_on", "ended_on", "provisional",
               "breached", "spec")  # fmt: skip


def clock_record(case_id: int, c: ClockState) -> dict[str, Any]:
    return {"case_id": case_id, **{k: getattr(c, k) for k in _CLOCK_KEYS}}


def ledger_record(case_id: int, clock_id: int, e: LedgerEntry) -> dict[str, Any]:
    dates = {k: getattr(e, k) for k in ("on_date", "due_before", "due_after")}
    return {
        "clock_id": clock_id,
        "case_id": case_id,
        "event_seq": 1,
        "kind": e.action,
        "data": e.data,
        **dates,
    }


def fee_record(case_id: int, row: CaseRow) -> dict[str, Any] | None:
    """A fee notice from fee_amount / fee_paid: sent on the date of receipt unless the ledger says;
    paid on the payment date, else the date concluded, else the date sent."""
    v = row.values
    if v.get("fee_amount") is None:
        return None
    sent = v.get("fee_sent") or v["received"]
    paid_on = (v.get("fee_paid_on") or v.get("concluded") or sent) if v.get("fee_paid") is not None else None
    return {
        "case_id": case_id, "agency_id": row.agency_id, "sent_on": sent, "received_on": sent,
        "basis": "per_application", "quantity": 1, "amount": v["fee_amount"], "paid_amount": v.get("fee_paid"),
        "paid_on": paid_on,
    }  # fmt: skip
