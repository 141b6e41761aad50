"""Letters issued by transitions: rendered, stored with the case and announced to its clerk.

A trigger's ``letters:`` list in the definition names the letters it produces (``request_correction``
→ ``correction_notice``; ``consult`` → ``consultation_letter`` + ``consultation_notice_applicant``;
``sign_off`` → ``reply``; …). :func:`install_letter_hook` adds a transition hook to a
:class:`~workflow.service.Services` that, inside the transition's own transaction:

1. reads the case as it is after the transition (``case_view`` through the same Repository: the
   transaction sees its own writes) and the agency's letter settings;
2. adds the letter's extras (``case["letter"]``) from the trigger's validated data, the clocks and,
   for the reply, the latest ``decide`` event;
3. renders the letter (text and HTML) and stores it in table ``letter`` (kind, 文号, date of issue =
   the effective date, the audit event's seq), so a later change of the templates never changes
   what was sent;
4. queues one outbox message (kind ``letter``, template ``letter_notice``) to the case's clerk, who
   prints and sends it; idempotency key ``letter:<case_no>:<kind>:<event_seq>``. The message
   context holds no personal data in full: the ID number and a private person's name are masked.

A letter whose template lacks a value (e.g. a partial disclosure decided without reasons) does not
block the transition (the engine never blocks a real-world action for a paperwork reason): nothing
is stored and the clerk's message says what is missing and how to print the letter with it
(``disclosure letter CASE KIND --set key=value``).

:func:`letter_for_case` is what ``disclosure letter`` prints: the stored letter of that kind (the
latest, or ``letter_id``) or, when none is stored, a fresh rendering from the case as it is now.
Triggers without letters cost one dictionary lookup; nothing is imported from Jinja until a letter
is rendered.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select

from workflow.errors import NotFoundError, ValidationError
from workflow.identity import mask_id_number, mask_name
from workflow.store.fastpath import Prepared
from workflow.store.models import agency, app_user, disclosure_case

if TYPE_CHECKING:
    from workflow.definitions import Definition, TriggerDef
    from workflow.service import Services
    from workflow.store.repository import NewEvent, Repository

log = logging.getLogger(__name__)

OUTBOX_KIND = "letter"
NOTICE_TEMPLATE = "letter_notice"
REPLY = "reply"
# the effect that gives the case its 文号 (workflow.guards.EFFECTS): the reply it issues carries it
ISSUES_LETTER_NO = "issue_reply"
# trigger data that is bookkeeping, never a letter's content
_NOT_EXTRAS = {"late_reason", "note", "outcome", "basis"}


# -- the hook ---------------------------------------------------------------------------------------


class LetterHook:
    """The transition hook (``Services.hooks``): issues the letters the trigger's definition lists."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def __call__(
        self, repo: Repository, case: dict[str, Any], trigger: str, event: NewEvent, definition: Definition
    ) -> None:
        trig = trigger_def(definition, trigger)
        if trig is None or not trig.letters:
            return
        issue_letters(self.services, repo, case, trig, event)


def install_letter_hook(services: Services) -> None:
    """Add the letter hook to ``services`` (once)."""
    if not any(isinstance(h, LetterHook) for h in services.hooks):
        services.hooks.append(LetterHook(services))


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


def issue_letters(
    services: Services, repo: Repository, row: dict[str, Any], trig: TriggerDef, event: NewEvent
) -> list[IssuedLetter]:
    """Render, store and announce the letters ``trig`` produces, in the caller's transaction.

    ``row`` is the engine's (partial) case dict; what the letters need is read through ``repo``,
    which sees the transition's own writes.
    """
    view, agency, clerk = letter_view(services, repo, row["id"])
    case_no = view["case_no"]
    data = json.loads(event.data) if event.data else {}
    issued_on = event.effective_on
    events = _EventCache(repo, row["id"])
    issued: list[IssuedLetter] = []
    for kind in trig.letters:
        letter_no = view["letter_no"] if kind == REPLY and ISSUES_LETTER_NO in trig.effects else None
        case = {**view, "letter_no": letter_no}
        case["letter"] = letter_extras(kind, case, data, issued_on, events)
        try:
            doc = render_document(kind, case, agency, issued_on)
        except LetterRenderError as exc:
            log.warning("%s: letter %s not generated: %s", case_no, kind, exc)
            issued.append(IssuedLetter(kind, None, exc.title or kind, letter_no, str(exc)))
        else:
            letter_id = repo.store_letter(
                row["id"],
                kind,
                issued_on=issued_on,
                body_text=doc.text,
                body_html=doc.html,
                letter_no=letter_no or None,
                event_seq=event.seq,
            )
            issued.append(IssuedLetter(kind, letter_id, doc.title, letter_no or None))
        if clerk is not None:
            _notify(services, repo, row["id"], view, clerk, issued[-1], case["letter"], issued_on, event.seq)
    return issued


# the case row with its agency and clerk, in one statement (a transition with letters runs it once)
_CLERK = app_user.alias("clerk")
_LETTER_CASE = Prepared(
    select(
        disclosure_case,
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
    services: Services, repo: Repository, case_id: int
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]:
    """The case as ``case_view`` shows it (without proceedings and events), its agency row and its
    clerk's user row (or None), from two statements."""
    from workflow.views import case_fields

    r = _LETTER_CASE.first(repo.conn, {"case_id": case_id})
    if r is None:
        raise NotFoundError(f"案件不存在 / unknown case id {case_id}")
    settings = r["a_settings"]
    agency_row = {
        "id": r["agency_id"],
        "code": r["a_code"],
        "name": r["a_name"],
        "prefix": r["a_prefix"],
        "settings": json.loads(settings) if isinstance(settings, str) else (settings or {}),
    }
    clerk = None
    if r["clerk_id"] is not None:
        addresses = r["u_addresses"]
        clerk = {
            "id": r["clerk_id"],
            "name": r["u_name"],
            "display_name": r["u_display_name"],
            "email": r["u_email"],
            "addresses": json.loads(addresses) if isinstance(addresses, str) else (addresses or {}),
        }
    view = case_fields(services, r, agency_code=r["a_code"], agency_name=r["a_name"],
                       clerk=clerk["name"] if clerk else None, clocks=repo.load_clocks(case_id))
    return view, agency_row, clerk


def _notify(
    services: Services,
    repo: Repository,
    case_id: int,
    view: dict[str, Any],
    clerk: dict[str, Any],
    letter: IssuedLetter,
    extras: dict[str, Any],
    issued_on: date,
    event_seq: int,
) -> bool:
    """Queue the clerk's notice of a letter to print and send (or of one that could not be made)."""
    from workflow.outbox import recipient_channel

    channel, address = recipient_channel(clerk, services.settings)
    private = view["applicant_type"] == "natural_person"
    to_party = extras.get("party_name") if letter.kind in _PARTY_LETTERS else None
    context = {
        "case_no": view["case_no"],
        "letter_kind": letter.kind,
        "title": letter.title,
        "letter_id": letter.letter_id,
        "letter_no": letter.letter_no,
        "issued_on": issued_on,
        "to_party": to_party,
        "error": letter.error,
        "command": f"disclosure letter {view['case_no']} {letter.kind}"
        + (f" --id {letter.letter_id}" if letter.letter_id else "")
        + " --format docx",
        # personal data masked (rules.md section 8): only the letter itself carries it in full
        "case": {
            "case_no": view["case_no"],
            "applicant_name": mask_name(view["applicant_name"]) if private else view["applicant_name"],
            "applicant_type": view["applicant_type"],
            "id_number": mask_id_number(view["id_number"]) or None,
            "state": view["state"],
            "state_label": view["state_label"],
        },
    }
    tag = "文书未生成" if letter.error else "文书待发"
    return repo.enqueue(
        key=f"letter:{view['case_no']}:{letter.kind}:{event_seq}",
        kind=OUTBOX_KIND,
        channel=channel,
        template=NOTICE_TEMPLATE,
        context=context,
        case_id=case_id,
        recipient_user_id=clerk["id"],
        address=address,
        subject=f"【{tag}】{view['case_no']} {letter.title}",
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# -- the letter's extras ----------------------------------------------------------------------------

_PARTY_LETTERS = {"consultation_letter", "public_interest_notice"}


class _EventCache:
    """The case's audit events, read once when a letter needs an earlier event's data."""

    def __init__(self, repo: Repository, case_id: int) -> None:
        self.repo, self.case_id = repo, case_id
        self._events: list[dict[str, Any]] | None = None

    def all(self) -> list[dict[str, Any]]:
        if self._events is None:
            self._events = self.repo.events(self.case_id)
        return self._events

    def latest(self, trigger: str) -> dict[str, Any] | None:
        for ev in reversed(self.all()):
            if ev["trigger"] == trigger:
                return ev
        return None

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


def letter_extras(
    kind: str, case: dict[str, Any], data: dict[str, Any], issued_on: date | None, events: _EventCache
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
        x = {
            "fee_basis": data.get("fee_basis"),
            "quantity": data.get("quantity"),
            "amount": data.get("amount"),
            "pay_by": data.get("pay_by") or _due(case, "fee_payment"),
            "pay_method": data.get("pay_method"),
        }
    elif kind == REPLY:
        x = _reply_extras(case, data, sent, events)
    return {k: v for k, v in x.items() if v is not None and v != ""}


def _reply_extras(
    case: dict[str, Any], data: dict[str, Any], sent: str | None, events: _EventCache
) -> dict[str, Any]:
    from workflow.notify.letters import letters_index

    outcome = case.get("outcome")
    x: dict[str, Any] = {}
    decided, _ = events.latest_data("decide")
    if decided and decided.get("outcome") == outcome:
        x.update({k: v for k, v in decided.items() if k not in _NOT_EXTRAS})
    reply = letters_index()["regimes"].get(case.get("regime"), {}).get("letters", {}).get(REPLY, {})
    facts = reply.get("outcomes", {}).get(outcome, {}).get("facts")
    if facts == "correction":
        asked, asked_on = events.latest_data("request_correction")
        x["correction_sent"] = asked_on.isoformat() if asked_on else None
        x["correct_by"] = asked.get("correct_by")
    elif facts == "fee":
        _, fee_on = events.latest_data("notify_fee")
        x["fee_notice_sent"] = fee_on.isoformat() if fee_on else None
        x["pay_by"] = _due(case, "fee_payment")
    elif facts == "withdrawal":
        withdrawn = data if "how" in data else events.latest_data("withdraw")[0]
        if withdrawn.get("how"):
            x["how"] = withdrawn["how"]
            x["withdrawn_on"] = sent
    x.update({k: v for k, v in data.items() if k not in _NOT_EXTRAS and k not in ("letter_no", "how")})
    return x


# -- rendering --------------------------------------------------------------------------------------


class LetterRenderError(ValidationError):
    """The letter cannot be rendered from what the case holds (a missing value, an invalid code)."""

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.title = title


@dataclass
class LetterDocument:
    """One letter, stored or freshly rendered: what ``disclosure letter`` prints or writes."""

    case_no: str
    kind: str
    title: str
    letter_no: str | None
    issued_on: date
    text: str
    html: str | None
    stored: bool = False
    letter_id: int | None = None
    parts: dict[str, Any] = field(default_factory=dict, repr=False)

    def docx(self) -> bytes:
        from workflow.notify.letters import _docx

        return _docx(self.parts or parts_from_text(self.text, self.issued_on))

    def as_json(self) -> dict[str, Any]:
        return {
            "case_no": self.case_no,
            "kind": self.kind,
            "title": self.title,
            "letter_no": self.letter_no,
            "issued_on": self.issued_on.isoformat(),
            "text": self.text,
            "stored": self.stored,
            "letter_id": self.letter_id,
        }


def render_document(
    kind: str, case: dict[str, Any], agency: dict[str, Any], issued_on: date
) -> LetterDocument:
    """Render ``kind`` for ``case`` as text and HTML (one body rendering for both)."""
    from jinja2.exceptions import TemplateError

    from workflow.notify.letters import letter_parts, letters_index
    from workflow.notify.templating import render

    try:
        parts = letter_parts(kind, case, agency, issued_on=issued_on)
        frames = letters_index()["frames"]
        text = render(frames["txt"], parts).strip() + "\n"
        html = render(frames["html"], parts)
    except TemplateError as exc:
        what = str(getattr(exc, "message", None) or exc)
        name = re.search(r"has no attribute '(\w+)'|'(\w+)' is undefined", what)
        missing = next((g for g in name.groups() if g), None) if name else None
        hint = f"缺少 {missing}（--set {missing}=…） / missing value {missing!r}" if missing else what
        raise LetterRenderError(
            f"文书 {kind} 无法生成：{hint}", _title(kind, case, agency, issued_on)
        ) from exc
    except (ValidationError, ValueError) as exc:
        raise LetterRenderError(
            f"文书 {kind} 无法生成 / letter {kind} cannot be rendered: {exc}",
            _title(kind, case, agency, issued_on),
        ) from exc
    title = parts["title"]
    return LetterDocument(
        case["case_no"], kind, title, parts["letter_no"] or None, issued_on, text, html, parts=parts
    )


def _title(kind: str, case: dict[str, Any], agency: dict[str, Any], issued_on: date) -> str | None:
    """The letter's title when its body cannot be rendered (for the clerk's notice)."""
    from workflow.notify.letters import letter_context

    try:
        return letter_context(kind, case, agency, issued_on=issued_on)["title"]
    except Exception:  # noqa: BLE001 - the title is a courtesy; the error says what went wrong
        return None


def parts_from_text(text: str, issued_on: date) -> dict[str, Any]:
    """The parts of a stored plain-text letter (``frame.txt.j2``) for the .docx builder: the head
    lines (agency, title, 文号), the addressee line, the indented paragraphs and attachments and the
    closing lines (agency, seal line, date). The stored words are used as they are."""
    indent = "　　"
    lines = [line.rstrip() for line in text.splitlines()]
    body_at = [i for i, line in enumerate(lines) if line.startswith(indent)]
    if not body_at:
        raise ValidationError(
            "存档文书无法排版为 docx / the stored letter has no body to lay out; use --format txt"
        )
    head = [line.strip() for line in lines[: body_at[0]] if line.strip()]
    tail = [line.strip() for line in lines[body_at[-1] + 1 :] if line.strip()]
    if len(head) < 3 or not head[-1].endswith("：") or len(tail) < 2:
        raise ValidationError(
            "存档文书格式无法识别 / the stored letter's layout is not recognised; use --format txt"
        )
    paragraphs: list[str] = []
    attachments: list[str] = []
    in_attachments = False
    for line in lines[body_at[0] : body_at[-1] + 1]:
        if not line.strip():
            continue
        content = line.strip()
        if content == "附件：":
            in_attachments = True
        elif in_attachments:
            number, _, name = content.partition(". ")
            attachments.append(name if number.isdigit() else content)
        else:
            paragraphs.append(content)
    return {
        "agency": {"name": head[0]},
        "title": head[1],
        "letter_no": head[2] if len(head) > 3 else "",
        "addressee": head[-1][:-1],
        "paragraphs": paragraphs,
        "attachments": attachments,
        "seal_line": tail[-2] if len(tail) >= 3 else "",
        "issued_on": issued_on,
    }


# -- what the command prints ------------------------------------------------------------------------


def letter_kinds() -> tuple[str, ...]:
    from workflow.notify.letters import LETTER_KINDS

    return LETTER_KINDS


def letter_for_case(
    services: Services,
    repo: Repository,
    case_no: str,
    kind: str,
    *,
    issued_on: date | None = None,
    letter_id: int | None = None,
    fresh: bool = False,
    extras: dict[str, Any] | None = None,
) -> LetterDocument:
    """The letter ``kind`` of the case: the stored one (``letter_id``, else the latest of that kind)
    unless ``fresh`` or ``extras`` is given or none is stored; else rendered now from the case as it
    is, with the data of the latest event that produces that kind, on ``issued_on`` (default today)."""
    kinds = letter_kinds()
    if kind not in kinds:
        raise ValidationError(f"文书类型无效 / unknown letter kind {kind!r}; allowed: {', '.join(kinds)}")
    row = repo.load_case(case_no)
    if letter_id is not None or not (fresh or extras):
        stored = repo.letters(row["id"], kind)
        if letter_id is not None:
            stored = [s for s in stored if s["id"] == letter_id]
            if not stored:
                raise NotFoundError(
                    f"{case_no} 没有编号为 {letter_id} 的 {kind} 文书 / no stored {kind} letter "
                    f"with id {letter_id} on this case"
                )
        if stored:
            return _stored_document(case_no, stored[-1])
    definition = services.registry.get(row["definition_name"], row["definition_version"])
    view, agency, _clerk = letter_view(services, repo, row["id"])
    events = _EventCache(repo, row["id"])
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
    case["letter"] = {**letter_extras(kind, case, data, event_on, events), **(extras or {})}
    return render_document(kind, case, agency, issued_on or services.today())


def _stored_document(case_no: str, s: dict[str, Any]) -> LetterDocument:
    try:
        title = parts_from_text(s["body_text"], s["issued_on"])["title"]
    except ValidationError:
        title = s["kind"]
    return LetterDocument(
        case_no,
        s["kind"],
        title,
        s["letter_no"],
        s["issued_on"],
        s["body_text"],
        s["body_html"],
        stored=True,
        letter_id=s["id"],
    )
