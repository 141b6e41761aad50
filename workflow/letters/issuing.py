"""Letters issued by transitions: owed by the transition, made after it, stored with the case and
announced to its clerk.

A trigger's ``letters:`` list in the definition names the letters it produces (``request_correction``
→ ``correction_notice``; ``consult`` → ``consultation_letter`` + ``consultation_notice_applicant``;
``sign_off`` → ``reply``; …). :func:`install_letter_hook` adds a transition hook to a
:class:`~workflow.app.Runtime` that, inside the transition's own transaction, writes one
``letter_request`` row: the letter kinds and the facts a later event may change (state, outcome,
basis, the reply's 文号, the clocks after the transition). Rendering and storing a letter
costs more than the rest of the transition, so it is not done there (``bench/engine.py`` times
both); the letter worker
(:mod:`workflow.letters.worker`) makes the letters with :func:`issue_letters`, in a transaction of
its own:

1. reads the case row (the applicant and the request, fixed since registration), the agency's
   letter settings and the clerk, and overlays the request's facts: the case as it was at the event;
2. adds the letter's facts (``case["letter"]``) from the event's data, the clocks and, for the
   reply, the latest ``decide`` event *up to that event*;
3. renders the letter's text and stores it in table ``letter`` (kind, 文号, date of issue = the
   event's effective date, the event's seq), so a later change of the templates never changes the
   words that were sent. The HTML is laid out from the stored text when it is printed (as the
   .docx is), so it is not stored (:mod:`workflow.letters.documents`);
4. queues one outbox message (kind ``letter``, template ``letter_notice``) to the case's clerk, who
   prints and sends it; idempotency key ``letter:<case_no>:<kind>:<event_seq>``. The message
   context holds no personal data in full: the ID number and a private person's name are masked.

``disclosure fire`` runs the worker for its case right after the transition, so the clerk has the
letter at once; the outbox delivery runs it for every case.

A letter whose template lacks a value (e.g. a partial disclosure decided without reasons) does not
block anything (the engine never blocks a real-world action for a paperwork reason): nothing is
stored and the clerk's message says what is missing and how to print the letter with it
(``disclosure letter CASE KIND --set key=value``).

:func:`letter_for_case` is what ``disclosure letter`` prints: the stored letter of that kind (the
latest, or ``letter_id``) or, when none is stored, a fresh rendering from the case as it is now.
Triggers without letters cost one dictionary lookup; nothing is imported from Jinja until a letter
is rendered. A letter renders two templates (body and text frame; the remedies paragraph and
contact line are rendered once per distinct agency settings and era).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select

from workflow.engine.hooks import Transition
from workflow.errors import NotFoundError, ValidationError
from workflow.isotext import iso_or_none
from workflow.letters.documents import (
    LetterDocument,
    LetterRenderError,
    html_to_store,
    render_document,
    stored_document,
)
from workflow.letters.event_facts import REPLY, EventCache, event_facts
from workflow.outbox.recipients import queue_to_user
from workflow.privacy import mask_id_number, mask_name
from workflow.store.models import agency, app_user, disclosure_case
from workflow.store.prepared import Prepared

if TYPE_CHECKING:
    from workflow.clocks.clockset import ClockState
    from workflow.definitions.model import Definition, TriggerDef
    from workflow.runtime import Runtime
    from workflow.store.repository import Repository

log = logging.getLogger(__name__)

OUTBOX_KIND = "letter"
NOTICE_TEMPLATE = "letter_notice"
# the effect that gives the case its 文号 (workflow.engine.effects.EFFECTS): the reply it issues carries it
ISSUES_LETTER_NO = "issue_reply"
# the case row's columns a letter request's facts give as they were at its event
_FACTS_OF_ROW = ("state", "outcome", "basis", "letter_no")
# letters to a consulted party: the clerk's notice names the party
_PARTY_LETTERS = {"consultation_letter", "public_interest_notice"}


# -- the hook ---------------------------------------------------------------------------------------


class LetterHook:
    """The transition hook (``Runtime.hooks``): owes the letters the trigger's definition lists."""

    def __init__(self, services: Runtime) -> None:
        self.services = services

    def __call__(self, transition: Transition) -> None:
        trig = trigger_def(transition.definition, transition.trigger)
        if trig is None or not trig.letters:
            return
        case, repo = transition.case, transition.repo
        clocks = transition.clocks if transition.clocks is not None else repo.load_clocks(case["id"])
        repo.request_letters(case["id"], transition.event.seq, trig.letters, letter_facts(case, clocks))


def letter_facts(case: dict[str, Any], clocks: list[ClockState]) -> dict[str, Any]:
    """What the letters read that a later event may change, as it is after this event: the state,
    outcome, basis, reply number and the clocks (JSON-ready). Everything else they read is either
    fixed at registration (the applicant, the request, the dates of receipt) or in the audit trail."""
    return {
        "state": case["state"],
        "outcome": case.get("outcome"),
        "basis": case.get("basis"),
        "letter_no": case.get("letter_no"),
        "clocks": [[c.kind, c.party, c.status, iso_or_none(c.started_on), iso_or_none(c.due_on),
                    iso_or_none(c.target_on), iso_or_none(c.ended_on),
                    bool(c.provisional), bool(c.breached)] for c in clocks],
    }


def clocks_from_facts(facts: dict[str, Any]) -> list[ClockState]:
    from workflow.clocks.clockset import ClockState

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    return [ClockState(kind=kind, party=party, status=status, started_on=day(started), due_on=day(due),
                       target_on=day(target), ended_on=day(ended), provisional=provisional, breached=breached)
            for kind, party, status, started, due, target, ended, provisional, breached in facts["clocks"]]


def trigger_def(definition: Definition, trigger: str) -> TriggerDef | None:
    if trigger == "register":
        return definition.register
    return definition.triggers.get(trigger)


def producing_triggers(definition: Definition, kind: str) -> list[str]:
    """The triggers whose ``letters:`` list names ``kind``."""
    names = ["register"] if kind in definition.register.letters else []
    return names + [t.name for t in definition.triggers.values() if kind in t.letters]


# -- issuing ----------------------------------------------------------------------------------------


@dataclass
class IssuedLetter:
    kind: str
    letter_id: int | None
    title: str
    letter_no: str | None
    error: str | None = None


def issue_letters(services: Runtime, repo: Repository, request: dict[str, Any]) -> list[IssuedLetter]:
    """Render, store and announce the letters of one ``letter_request`` row, in the caller's
    transaction, from the case as it was at the request's event: its facts (state, outcome, basis,
    reply number, clocks), the event's own data and date, and the earlier events up to it. The
    applicant and the request are read from the case row (they do not change after registration);
    the agency's letter settings and the clerk are those in force when the letter is made.
    """
    case_id, seq, facts = request["case_id"], request["event_seq"], request["facts"]
    event = repo.event_at(case_id, seq)
    if event is None:
        raise NotFoundError(f"案件 {case_id} 没有第 {seq} 号事件 / no event {seq} on case id {case_id}")
    view, agency, clerk = letter_view(services, repo, case_id, clocks=clocks_from_facts(facts), as_of=facts)
    trig = trigger_def(services.registry.get(view["regime"], view["definition_version"]), event["trigger"])
    case_no = view["case_no"]
    data = json.loads(event["data"]) if event["data"] else {}
    issued_on = event["effective_on"]
    events = EventCache(repo, case_id, up_to=seq)
    issued: list[IssuedLetter] = []
    for kind in request["kinds"]:
        letter_no = view["letter_no"] if kind == REPLY and trig is not None and ISSUES_LETTER_NO in trig.effects \
            else None
        case = {**view, "letter_no": letter_no}
        case["letter"] = event_facts(kind, case, data, issued_on, events)
        try:
            doc = render_document(kind, case, agency, issued_on)
        except LetterRenderError as exc:
            log.warning("%s: letter %s not generated: %s", case_no, kind, exc)
            issued.append(IssuedLetter(kind, None, exc.title or kind, letter_no, str(exc)))
        else:
            letter_id = repo.store_letter(
                case_id,
                kind,
                issued_on=issued_on,
                body_text=doc.text,
                body_html=html_to_store(doc),  # None: laid out from the text when printed
                letter_no=letter_no or None,
                event_seq=seq,
            )
            issued.append(IssuedLetter(kind, letter_id, doc.title, letter_no or None))
        if clerk is not None:
            _notify(services, repo, case_id, view, clerk, issued[-1], case["letter"], issued_on, seq)
    return issued


# the case row with its agency and clerk, in one statement (a transition with letters runs it once),
# less the bookkeeping columns: no letter shows them, and their timestamps cost a parse each
_CLERK = app_user.alias("clerk")
_NOT_SHOWN = {"created_at", "updated_at", "last_event_seq", "last_event_on", "last_event_hash", "import_fingerprint"}
_LETTER_CASE = Prepared(
    select(
        *(c for c in disclosure_case.c if c.name not in _NOT_SHOWN),
        agency.c.code.label("a_code"),
        agency.c.name.label("a_name"),
        agency.c.prefix.label("a_prefix"),
        agency.c.settings.label("a_settings"),
        _CLERK.c.name.label("u_name"),
        _CLERK.c.display_name.label("u_display_name"),
        _CLERK.c.email.label("u_email"),
        _CLERK.c.addresses.label("u_addresses"),
    )
    .join(agency, agency.c.id == disclosure_case.c.agency_id)
    .outerjoin(_CLERK, _CLERK.c.id == disclosure_case.c.clerk_id)
    .where(disclosure_case.c.id == bindparam("case_id"))
)


def letter_view(
    services: Runtime,
    repo: Repository,
    case_id: int,
    *,
    clocks: list[ClockState] | None = None,
    as_of: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]:
    """The case as ``case_view`` shows it (without proceedings and events), its agency row and its
    clerk's user row (or None), from one statement, and the case's ``clocks`` (read when not given);
    ``as_of``: a letter request's facts, which replace the row's state, outcome, basis and number."""
    from workflow.views.case_page import case_fields

    r = _LETTER_CASE.first(repo.conn, {"case_id": case_id})
    if r is None:
        raise NotFoundError(f"案件不存在 / unknown case id {case_id}")
    if as_of is not None:
        r.update({k: as_of[k] for k in _FACTS_OF_ROW})
    agency_row = {
        "id": r["agency_id"],
        "code": r["a_code"],
        "name": r["a_name"],
        "prefix": r["a_prefix"],
        "settings": r["a_settings"] or {},  # JSON columns come back parsed (Prepared's result processors)
    }
    clerk = None
    if r["clerk_id"] is not None:
        clerk = {
            "id": r["clerk_id"],
            "name": r["u_name"],
            "display_name": r["u_display_name"],
            "email": r["u_email"],
            "addresses": r["u_addresses"] or {},
        }
    view = case_fields(services.registry, r, agency_code=r["a_code"], agency_name=r["a_name"],
                       clerk=clerk["name"] if clerk else None,
                       clocks=repo.load_clocks(case_id) if clocks is None else clocks)
    return view, agency_row, clerk


def _notify(
    services: Runtime,
    repo: Repository,
    case_id: int,
    view: dict[str, Any],
    clerk: dict[str, Any],
    letter: IssuedLetter,
    facts: dict[str, Any],
    issued_on: date,
    event_seq: int,
) -> bool:
    """Queue the clerk's notice of a letter to print and send (or of one that could not be made)."""
    to_party = facts.get("party_name") if letter.kind in _PARTY_LETTERS else None
    context = {
        "case_no": view["case_no"],
        "letter_kind": letter.kind,
        "title": letter.title,
        "letter_id": letter.letter_id,
        "letter_no": letter.letter_no,
        "issued_on": issued_on.isoformat(),  # what the outbox's JSON would make of the date
        "to_party": to_party,
        "error": letter.error,
        "command": f"disclosure letter {view['case_no']} {letter.kind}"
        + (f" --id {letter.letter_id}" if letter.letter_id else "")
        + " --format docx",
        # personal data masked (rules.md section 8): only the letter itself carries it in full
        "case": {
            "case_no": view["case_no"],
            "applicant_name": mask_name(view["applicant_name"], view["applicant_type"]),
            "applicant_type": view["applicant_type"],
            "id_number": mask_id_number(view["id_number"]) or None,
            "state": view["state"],
            "state_label": view["state_label"],
        },
    }
    tag = "文书未生成" if letter.error else "文书待发"
    return queue_to_user(repo, services.settings, clerk, key=f"letter:{view['case_no']}:{letter.kind}:{event_seq}",
                         kind=OUTBOX_KIND, template=NOTICE_TEMPLATE, context=context, case_id=case_id,
                         subject=f"【{tag}】{view['case_no']} {letter.title}")


# -- what the command prints ------------------------------------------------------------------------


def letter_kinds() -> tuple[str, ...]:
    from workflow.letters.rules import LETTER_KINDS

    return LETTER_KINDS


def letter_for_case(
    services: Runtime,
    repo: Repository,
    case_no: str,
    kind: str,
    *,
    issued_on: date | None = None,
    letter_id: int | None = None,
    fresh: bool = False,
    overrides: dict[str, Any] | None = None,
) -> LetterDocument:
    """The letter ``kind`` of the case: the stored one (``letter_id``, else the latest of that kind)
    unless ``fresh`` or ``overrides`` (facts that replace the computed ones) is given or none is stored; else rendered now from the case as it
    is, with the data of the latest event that produces that kind, on ``issued_on`` (default today)."""
    kinds = letter_kinds()
    if kind not in kinds:
        raise ValidationError(f"文书类型无效 / unknown letter kind {kind!r}; allowed: {', '.join(kinds)}")
    row = repo.load_case(case_no)
    if letter_id is not None or not (fresh or overrides):
        stored = repo.letters(row["id"], kind)
        if letter_id is not None:
            stored = [s for s in stored if s["id"] == letter_id]
            if not stored:
                raise NotFoundError(
                    f"{case_no} 没有编号为 {letter_id} 的 {kind} 文书 / no stored {kind} letter "
                    f"with id {letter_id} on this case"
                )
        if stored:
            return stored_document(case_no, stored[-1])
    definition = services.registry.get(row["definition_name"], row["definition_version"])
    view, agency, _clerk = letter_view(services, repo, row["id"])
    events = EventCache(repo, row["id"])
    latest = None
    for name in producing_triggers(definition, kind):
        ev = events.latest(name)
        if ev is not None and (latest is None or ev["seq"] > latest["seq"]):
            latest = ev
    data, event_on = (json.loads(latest["data"]), latest["effective_on"]) if latest else ({}, None)
    produced_by = trigger_def(definition, latest["trigger"]) if latest else None
    if kind == REPLY and not (produced_by and ISSUES_LETTER_NO in produced_by.effects):
        view = {**view, "letter_no": None}  # the case's 文号 is the signed-off reply's
    case = dict(view)
    facts = event_facts(kind, case, data, event_on, events)
    _check_letter_request(definition, kind, row, facts, overrides or {}, issued_on, services.today())
    case["letter"] = {**facts, **(overrides or {})}
    return render_document(kind, case, agency, issued_on or services.today())


def _check_letter_request(definition: Definition, kind: str, case: dict[str, Any], facts: dict[str, Any],
                          overrides: dict[str, Any], issued_on: date | None, today: date) -> None:
    """A letter is dated between the receipt of the application and today, and ``overrides`` name only
    facts a letter can have: those it computes and the fields the lifecycle's triggers record (a
    letter reads the data of several events: the reply, a decision's reasons)."""
    if issued_on is not None and not case["received_on"] <= issued_on <= today:
        raise ValidationError(
            f"落款日期 {issued_on} 不在收到申请之日 {case['received_on']} 至今天 {today} 之间 / "
            f"--on {issued_on} must be between the date of receipt {case['received_on']} and today {today}")
    known = set(facts) | set(definition.common_fields) | set(definition.register.fields)
    for trigger in definition.triggers.values():
        known |= set(trigger.fields)
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ValidationError(f"文书 {kind} 没有这些内容项 / unknown fields for the {kind} letter: {', '.join(unknown)}; "
                              f"allowed: {', '.join(sorted(known))}")
