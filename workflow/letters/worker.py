"""The letter worker: makes the letters that transitions owe.

A transition that issues letters writes one ``letter_request`` row in its own transaction (the
letter kinds and the facts a later event may change; see ``LetterHook``), so a letter is owed if
and only if its transition committed, and the transition pays for one small insert, not for
rendering. :func:`make_requested_letters` makes them, one request per write transaction:

1. delete the request (the delete is the claim: of two workers, the second deletes nothing and
   skips it; on PostgreSQL it waits for the first's row lock and then finds the row gone);
2. render each letter from the case as it was at the request's event (``issue_letters``), store it
   in ``letter`` and queue the clerk's notice in the outbox (idempotency key
   ``letter:<case_no>:<kind>:<event_seq>``, as before the letters moved out of the transition).

If anything in 2 fails unexpectedly, the transaction rolls back, the request is back, and its
``attempts`` and ``last_error`` are recorded; after ``MAX_ATTEMPTS`` it is no longer tried and
``disclosure letter-requests`` shows it. A letter whose template lacks a value is not such a
failure: the clerk's notice says what is missing (``workflow.letters.issuing``).

Who runs it: ``disclosure fire`` and ``register`` for their case, right after the transition (the
clerk sees the letter at once); ``disclosure letter`` for its case before printing; and, for every
case, whoever runs the outbox delivery (the scheduler's minute job, ``disclosure outbox deliver``,
the demo) just before it, so that the notices go out in the same run. Safe to run anywhere, any number of times.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from workflow.letters.issuing import issue_letters
from workflow.store.db import read, write
from workflow.store.repository import Repository

if TYPE_CHECKING:
    from workflow.runtime import Runtime

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BATCH = 200


@dataclass
class LetterRun:
    requests: int = 0  # requests made
    letters: int = 0  # letters stored
    unrendered: int = 0  # letters whose template lacked a value (the clerk's notice says which)
    failed: int = 0  # requests that failed unexpectedly (rolled back, tried again later)
    taken_elsewhere: int = 0  # requests another worker made first
    kinds: list[str] = field(default_factory=list)  # the kinds of the letters stored, in order

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def make_requested_letters(services: Runtime, *, case_id: int | None = None) -> LetterRun:
    """Make the letters owed (of one case, or all), oldest request first."""
    run = LetterRun()
    after = 0
    while True:
        with read(services.db) as conn:
            batch = Repository(conn).letter_requests(case_id=case_id, after=after, limit=BATCH,
                                                     max_attempts=MAX_ATTEMPTS)
        for request in batch:
            after = request["id"]
            _make_one(services, request, run)
        if len(batch) < BATCH:
            return run


def _make_one(services: Runtime, request: dict[str, Any], run: LetterRun) -> None:
    try:
        with write(services.db) as conn:
            repo = Repository(conn)
            if not repo.take_letter_request(request["id"]):
                run.taken_elsewhere += 1
                return
            issued = issue_letters(services, repo, request)
    except Exception as exc:  # noqa: BLE001 - one request's fault must not stop the others
        log.warning("letter request %s (case id %s, event %s) failed: %s: %s", request["id"], request["case_id"],
                    request["event_seq"], type(exc).__name__, exc)
        with write(services.db) as conn:
            Repository(conn).letter_request_failed(request["id"], f"{type(exc).__name__}: {exc}")
        run.failed += 1
        return
    run.requests += 1
    run.kinds += [letter.kind for letter in issued if letter.letter_id is not None]
    run.letters += sum(1 for letter in issued if letter.letter_id is not None)
    run.unrendered += sum(1 for letter in issued if letter.letter_id is None)


def make_letters_of_case(services: Runtime, case_no: str) -> LetterRun:
    """Make the letters the case owes (``disclosure fire`` does this right after the transition)."""
    with read(services.db) as conn:
        case_id = Repository(conn).load_case(case_no)["id"]
    return make_requested_letters(services, case_id=case_id)
