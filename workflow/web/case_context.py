"""What the case page shows, read in one transaction through the scope check."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from workflow.deadlines.explain import explain_case
from workflow.definitions.checklist import evaluate
from workflow.definitions.model import AMEND_DUE_DATES, AMEND_PREVIOUS
from workflow.engine.reassign import may_take
from workflow.letters.documents import stored_document
from workflow.store.case_file import file_facts
from workflow.store.models import outbox
from workflow.store.repository import Repository
from workflow.views.case_page import amendment_changes, case_view, checklist_view, event_label
from workflow.web.attachment_context import ATTACH_EVENT, attach_details
from workflow.web.forms import choice_label
from workflow.web.scope import Scope, case_in_scope

if TYPE_CHECKING:
    from workflow.app import Services
    from workflow.definitions.model import Definition, Vocabulary


def allowed_for(services: Services, definition: Definition, state: str, roles: frozenset[str]) -> list[str]:
    """The triggers this user may fire now: the same rule as ``disclosure triggers``."""
    return services.cases.allowed_triggers(definition, state, roles)


def case_context(services: Services, conn: Connection, scope: Scope, case_no: str) -> dict[str, Any]:
    row = case_in_scope(conn, scope, case_no)
    repo = Repository(conn)
    registry = services.registry
    vocab = registry.vocabulary
    definition = registry.get(row["definition_name"], row["definition_version"])
    view = case_view(registry, repo, case_no, calendar=services.calendar,
                     repeat_min_similarity=services.case_settings["repeat_min_similarity"])
    explanation = explain_case(services, repo, case_no)
    letters = []
    for s in repo.letters(row["id"]):
        doc = stored_document(case_no, s)
        letters.append({"id": s["id"], "kind": s["kind"], "title": doc.title, "letter_no": s["letter_no"],
                        "issued_on": s["issued_on"], "event_seq": s["event_seq"]})
    notices = [dict(r) for r in conn.execute(
        select(outbox.c.id, outbox.c.kind, outbox.c.subject, outbox.c.status, outbox.c.channel, outbox.c.created_at)
        .where(outbox.c.case_id == row["id"]).order_by(outbox.c.id)).mappings()]
    triggers = [(n, definition.triggers[n].label)
                for n in allowed_for(services, definition, row["state"], scope.roles_at(row["agency_id"]))]

    def state_label(name: str | None) -> str:
        return definition.states[name].label if name and name in definition.states else (name or "")

    timeline = [{**e, "trigger_label": event_label(definition, vocab, e["trigger"]),
                 "role_label": vocab.label("roles", e["role"]),
                 "to_label": state_label(e["to"]), "from_label": state_label(e["from"]),
                 "details": _details(definition, vocab, e)} for e in view["events"]]
    # the file is judged once the case is concluded: before that its outcome, and so its list, is open
    checklist = None
    if definition.file_checklist is not None and not definition.states[row["state"]].is_open:
        checklist = checklist_view(evaluate(definition, vocab, file_facts(repo, row)))
    return {"case": view, "row": row, "definition": definition, "explanation": explanation, "letters": letters,
            "notices": notices, "triggers": triggers, "trigger_names": {n for n, _ in triggers}, "timeline": list(reversed(timeline)),
            "checklist": checklist,
            "may_take": may_take(row, scope.roles_at(row["agency_id"]))}


def _details(definition: Definition, vocab: Vocabulary, event: dict[str, Any]) -> list[tuple[str, str]]:
    if event["trigger"] == ATTACH_EVENT:
        return attach_details(vocab, event["data"])
    trig = definition.register if event["trigger"] == "register" else definition.triggers.get(event["trigger"])
    fields = definition.all_fields(trig) if trig else {}
    # an amendment: each field and due date as before → after (the trail keeps ID numbers and phones masked)
    changes = amendment_changes(definition, event)
    out = [(c["label"], f"{c['before'] or '—'} → {c['after'] or '—'}") for c in changes]
    shown = {c["field"] for c in changes} | ({AMEND_PREVIOUS, AMEND_DUE_DATES} if changes else set())
    for key, value in event["data"].items():
        if key in shown:
            continue
        f = fields.get(key)
        out.append((f.label if f else key, choice_label(vocab, f, str(value)) if f and f.type == "choice" else str(value)))
    return out
