"""The case page: what ``show`` prints, as a plain dict (also its JSON shape).

It reads the case through anything with the Repository's read verbs (``load_case``,
``agency_row``, ``user_row``, ``load_clocks``, ``proceedings``, ``services``, ``events``,
``earlier_applications``, ``case_links``, ``proactive_conversion``): the Repository itself,
or on an SQLite file the standard-library reader of ``workflow.store.sqlite_case_page``, which
keeps SQLAlchemy off the command a clerk runs most. Nothing here imports SQLAlchemy.

Personal data: the case page shows the applicant in full, as the clerk needs it for letters; lists
and histories (``workflow.views.case_list``) mask ID numbers, phones and private persons' names (rules.md §8).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Protocol

from workflow.definitions.model import AMEND_DUE_DATES, AMEND_PREVIOUS
from workflow.isotext import iso_or_none
from workflow.views.remedies import decision_deadlines, service_deadlines
from workflow.views.repeats import MEASURE, link_views, repeat_suggestions

if TYPE_CHECKING:
    from workflow.clocks.calendar import WorkCalendar
    from workflow.clocks.clockset import ClockState
    from workflow.definitions.checklist import ItemStatus
    from workflow.definitions.model import Registry
    from workflow.definitions.remedies import RemedyRules


class CaseReader(Protocol):
    def load_case(self, case_no: str) -> dict[str, Any]: ...
    def agency_row(self, agency_id: int) -> dict[str, Any]: ...
    def user_row(self, user_id: int) -> dict[str, Any] | None: ...
    def load_clocks(self, case_id: int) -> list[ClockState]: ...
    def proceedings(self, case_id: int) -> list[dict[str, Any]]: ...
    def services(self, case_id: int) -> list[dict[str, Any]]: ...
    def events(self, case_id: int) -> list[dict[str, Any]]: ...
    def earlier_applications(self, case_id: int, limit: int = 200) -> list[dict[str, Any]]: ...
    def case_links(self, case_id: int) -> list[dict[str, Any]]: ...
    def proactive_conversion(self, case_id: int) -> dict[str, Any] | None: ...


def clock_view(registry: Registry, c: Any) -> dict[str, Any]:
    vocab = registry.vocabulary
    return {
        "kind": c.kind,
        "label": vocab.label("clock_kinds", c.kind),
        "party": c.party or None,
        "status": c.status,
        "status_label": vocab.label("clock_statuses", c.status),
        "started": iso_or_none(c.started_on),
        "due": iso_or_none(c.due_on),
        "target": iso_or_none(c.target_on),
        "ended": iso_or_none(c.ended_on),
        "provisional": bool(c.provisional),
        "breached": bool(c.breached),
    }


def event_label(definition: Any, vocab: Any, trigger: str) -> str:
    """What an audit event is called: its lifecycle trigger's label, else the record event's (a holiday
    notice's recomputation, a repin, a reassignment, an import), else its code."""
    if trigger == definition.register.name:
        return definition.register.label
    trig = definition.triggers.get(trigger)
    if trig is not None:
        return trig.label
    return vocab.label("record_events", trigger) if vocab.get("record_events", trigger) else trigger


def amendment_changes(definition: Any, event: dict[str, Any]) -> list[dict[str, Any]]:
    """What an amendment (a trigger with ``amends``) changed, from its event (``event_view``): each field
    amended, then each due date a new date of receipt moved; label, before and after. The trail keeps
    ID numbers and phones masked, so they are shown masked here too. Empty for any other event."""
    trig = definition.triggers.get(event["trigger"])
    if trig is None or not trig.amends:
        return []
    data = event["data"]
    previous = data.get(AMEND_PREVIOUS) or {}
    out = [{"field": n, "label": trig.fields[n].label, "before": previous.get(n), "after": data[n]}
           for n in trig.amends if n in data]
    out += [{"field": d["kind"], "label": d["label"] + (f" · {d['party']}" if d.get("party") else ""),
             "before": d.get("due_before"), "after": d.get("due_after")} for d in data.get(AMEND_DUE_DATES) or []]
    return out


def event_view(ev: dict[str, Any]) -> dict[str, Any]:
    return {
        "seq": ev["seq"],
        "trigger": ev["trigger"],
        "from": ev["from_state"],
        "to": ev["to_state"],
        "effective": iso_or_none(ev["effective_on"]),
        "recorded_at": ev["recorded_at"],
        "actor": ev["actor"],
        "role": ev["role"],
        "late": bool(ev["late"]),
        "data": json.loads(ev["data"]),
        "hash": ev["hash"],
    }


def case_fields(registry: Registry, case: Any, *, agency_code: str, agency_name: str, clerk: str | None,
                clocks: list[Any]) -> dict[str, Any]:
    """The case page's fields from a case row (a mapping with the table's column names)."""
    definition = registry.get(case["definition_name"], case["definition_version"])
    vocab = registry.vocabulary
    order = list(definition.clocks)
    clocks = sorted(clocks, key=lambda c: (order.index(c.kind) if c.kind in order else 99, c.party))
    return {
        "case_no": case["case_no"],
        "agency": agency_code,
        "agency_name": agency_name,
        "state": case["state"],
        "state_label": definition.states[case["state"]].label,
        "regime": case["definition_name"],
        "definition_version": case["definition_version"],
        "outcome": case["outcome"],
        "outcome_label": vocab.label("outcomes", case["outcome"]) if case["outcome"] else None,
        "basis": case["basis"],
        "basis_label": vocab.label("bases", case["basis"]) if case["basis"] else None,
        "received": iso_or_none(case["received_on"]),
        "concluded": iso_or_none(case["concluded_on"]),
        "channel": case["channel"],
        "channel_label": vocab.label("channels", case["channel"]),
        "submitted": iso_or_none(case["submitted_on"]),
        "signed_for": iso_or_none(case["signed_for_on"]),
        "confirmed": iso_or_none(case["confirmed_on"]),
        "applicant_type": case["applicant_type"],
        "applicant_type_label": vocab.label("applicant_types", case["applicant_type"]),
        "applicant_name": case["applicant_name"],
        "id_number": case["id_number"],
        "phone": case["phone"],
        "address": case["address"],
        "email": case["email"],
        "subject": case["subject"],
        "clerk": clerk,
        "letter_no": case["letter_no"],
        "file_no": case["file_no"],
        "version": case["version"],
        "clocks": [clock_view(registry, c) for c in clocks],
    }


def case_view(registry: Registry, repo: CaseReader, case_no: str, *, with_events: bool = True,
              calendar: WorkCalendar | None = None, remedies: RemedyRules | None = None,
              repeat_min_similarity: int | None = None) -> dict[str, Any]:
    """The case page. ``calendar`` (default: the package's and config/calendar's years) rolls a
    remedies period's last day off a rest day; ``remedies`` defaults to definitions/remedies;
    ``repeat_min_similarity`` (default: the setting's default) is how alike an earlier application's
    subject must be to be suggested as repeated."""
    if calendar is None:
        from workflow.clocks.calendar import default_calendar

        calendar = default_calendar()
    if remedies is None:
        from workflow.definitions.remedies import default_remedies

        remedies = default_remedies()
    case = repo.load_case(case_no)
    agency_row = repo.agency_row(case["agency_id"])
    clerk = repo.user_row(case["clerk_id"]) if case["clerk_id"] else None
    view = case_fields(registry, case, agency_code=agency_row["code"], agency_name=agency_row["name"],
                       clerk=clerk["name"] if clerk else None, clocks=repo.load_clocks(case["id"]))
    vocab = registry.vocabulary
    view["proceedings"] = [
        {"id": p["id"], "kind": p["kind"], "kind_label": vocab.label("proceeding_kinds", p["kind"]),
         "filed": iso_or_none(p["filed_on"]), "body": p["body"], "result": p["result"] or "pending",
         "result_label": vocab.label("proceeding_results", p["result"] or "pending"),
         "decided": iso_or_none(p["decided_on"]), "deadlines": decision_deadlines(remedies, calendar, p)}
        for p in repo.proceedings(case["id"])
    ]
    view["services"] = [
        {"letter": s["kind"], "letter_label": vocab.label("served_letters", s["kind"]), "event_seq": s["event_seq"],
         "recorded_seq": s["recorded_seq"], "letter_id": s["letter_id"], "served": iso_or_none(s["served_on"]), "method": s["method"],
         "method_label": vocab.label("service_methods", s["method"]), "tracking_no": s["tracking_no"],
         "deadlines": service_deadlines(remedies, calendar, s, case["outcome"])}
        for s in repo.services(case["id"])
    ]
    links = link_views(vocab, repo.case_links(case["id"]))
    view["links"] = links
    view["repeat_suggestions"] = []
    definition = registry.get(case["definition_name"], case["definition_version"])
    if definition.states[case["state"]].kind == "open":
        if repeat_min_similarity is None:
            from workflow.settings_schema import CaseSettings

            repeat_min_similarity = CaseSettings().repeat_min_similarity
        linked = {x["case_no"] for x in links if x["direction"] == "earlier"}
        view["repeat_suggestions"] = repeat_suggestions(vocab, case["subject"], repo.earlier_applications(case["id"]),
                                                        linked, repeat_min_similarity)
    view["similarity_measure"] = MEASURE
    conversion = repo.proactive_conversion(case["id"])
    view["proactive"] = None if conversion is None else {
        "published": iso_or_none(conversion["published_on"]), "location": conversion["location"],
        "ground": conversion["ground"],
        "ground_label": vocab.label("proactive_grounds", conversion["ground"]) if conversion["ground"] else None,
    }
    if with_events:
        view["events"] = [event_view(e) for e in repo.events(case["id"])]
    return view


def checklist_view(statuses: list[ItemStatus]) -> dict[str, Any]:
    """The archive checklist of a concluded case (``workflow.definitions.checklist.evaluate``): each
    item done or missing, and whether the file is complete (``archive`` is allowed)."""
    items = [{"item": s.name, "label": s.label, "done": s.done, "detail": s.detail or None} for s in statuses]
    return {"items": items, "complete": all(s.done for s in statuses),
            "missing": [s.label for s in statuses if not s.done]}
