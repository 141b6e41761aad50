"""SQL of the letter worker's queue (``letter_request``) and of reading a case's history as of one
event: prepared once, run on the transaction's own connection (``workflow.store.prepared``)."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, insert, null, select, update

from workflow.store.models import case_event, disclosure_case, letter_request
from workflow.store.prepared import Prepared

INSERT_REQUEST = Prepared(insert(letter_request), column_keys=(
    "case_id", "event_seq", "kinds", "facts", "attempts", "created_at"))
# the oldest first (a case's letters are made in the order of its events), with the case number
_PENDING = select(letter_request, disclosure_case.c.case_no).join(
    disclosure_case, disclosure_case.c.id == letter_request.c.case_id).where(letter_request.c.id > bindparam("after"),
                                        letter_request.c.attempts < bindparam("max_attempts")).order_by(
    letter_request.c.id).limit(bindparam("limit"))
PENDING = Prepared(_PENDING)
PENDING_OF_CASE = Prepared(_PENDING.where(letter_request.c.case_id == bindparam("case_id")))
# taking a request is deleting it: of two workers, the second deletes nothing and skips it
TAKE = Prepared(delete(letter_request).where(letter_request.c.id == bindparam("request_id")))
FAILED = Prepared(update(letter_request).where(letter_request.c.id == bindparam("request_id")).values(
    attempts=letter_request.c.attempts + 1, last_error=bindparam("error")))
RETRY = Prepared(update(letter_request).where(letter_request.c.id == bindparam("request_id")).values(
    attempts=0, last_error=null()))
EVENT = Prepared(select(case_event.c.seq, case_event.c.trigger, case_event.c.data, case_event.c.effective_on).where(
    case_event.c.case_id == bindparam("case_id"), case_event.c.seq == bindparam("seq")))
# the case's latest event of one trigger up to a given event (the (case_id, seq) index finds it)
LATEST_EVENT_UP_TO = Prepared(
    select(case_event.c.seq, case_event.c.trigger, case_event.c.data, case_event.c.effective_on)
    .where(case_event.c.case_id == bindparam("case_id"), case_event.c.trigger == bindparam("trigger"),
           case_event.c.seq <= bindparam("up_to"))
    .order_by(case_event.c.seq.desc())
    .limit(1)
)
