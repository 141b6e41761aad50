"""Explainable deadlines and compliance figures (rules.md §3–4).

:func:`explain_case` tells, for each clock of a case, how its due date comes about: the start rule
and date, the statutory length and article (from the definition's ``clocks`` section), the calendar
source of every year it touches, each pause, extension and delayed reply date, recomputations, and
the internal target. It reads the clock rows, the clock ledger and the audit events; every number
and article comes from the definition or the calendar, none from this module.

:func:`compliance` counts, per clock kind, the clocks met in a year and how many on time, with the
list of breaches, by SQL aggregation (GROUP BY) over the clock table.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, or_, select

from workflow.clocks.calendar import SOURCE_LABELS
from workflow.clocks.clockset import derive_due, extension_counted
from workflow.deadlines.fingerprints import touched_years
from workflow.deadlines.on_time import clock_done, clock_late, on_time_rate
from workflow.isotext import iso_or_none
from workflow.store.models import case_event, clock, clock_event, disclosure_case
from workflow.store.repository import Repository

if TYPE_CHECKING:
    from workflow.definitions.model import Definition
    from workflow.runtime import Runtime

# how a restart's date is named, by the trigger that restarts the clock (default: "<trigger label>之日")
RESTART_PHRASES = {"receive_correction": "补正后的申请收到之日"}


def _d(value: Any) -> date | None:
    return value if value is None or isinstance(value, date) else date.fromisoformat(value)


def _rec(keys: str, *values: Any) -> dict[str, Any]:
    """``_rec("a b", 1, 2)`` → ``{"a": 1, "b": 2}``: the JSON parts of an explanation."""
    return dict(zip(keys.split(), values, strict=True))


def _day_phrase(label: str) -> str:
    """「提交日期」→「提交之日」: how a date field is named in a start rule."""
    return label[:-2] + "之日" if label.endswith("日期") else label


def _first_by(part: dict[str, Any] | None) -> str | None:
    if not part:
        return None
    return part["by"] if isinstance(part["by"], str) else part["by"][0]


# --- explain ----------------------------------------------------------------------------------


def explain_case(services: Runtime, repo: Repository, case_no: str) -> dict[str, Any]:
    """The case's clocks, each explained (JSON parts and ``text``, the lines for people)."""
    row = repo.load_case(case_no)
    definition = services.registry.get(row["definition_name"], row["definition_version"])
    rank = {k: i for i, k in enumerate(definition.clocks)}
    clocks = sorted(repo.load_clocks(row["id"]), key=lambda c: (rank.get(c.kind, len(rank)), c.party))
    ctx = _Explainer(services, definition, row, repo)
    out = _rec(
        "case_no state regime definition_version", case_no, row["state"], definition.name, definition.version
    )
    out["received"], out["internal_target_working_days"] = iso_or_none(row["received_on"]), services.target_offset
    out["clocks"] = [ctx.explain(c) for c in clocks]
    return out


class _Explainer:
    def __init__(self, services: Runtime, definition: Definition, row: dict, repo: Repository) -> None:
        self.definition, self.case, self.vocab = definition, row, services.registry.vocabulary
        self.cal = services.calendar
        self.ledger = repo.clock_ledger(row["id"])
        self.events = {e["seq"]: {**e, "data": json.loads(e["data"])} for e in repo.events(row["id"])}

    def _lines(self, c: Any, action: str) -> list[dict[str, Any]]:
        key = (c.kind, c.party, action)
        return [e for e in self.ledger if (e["clock_kind"], e["party"], e["kind"]) == key]

    def _trigger(self, entry: dict[str, Any] | None) -> str | None:
        ev = self.events.get(entry["event_seq"]) if entry and entry.get("event_seq") else None
        return ev["trigger"] if ev else None

    def _trigger_def(self, name: str | None) -> Any:
        return self.definition.register if name == "register" else self.definition.triggers.get(name or "")

    def _trigger_label(self, name: str | None) -> str:
        trig = self._trigger_def(name)
        return trig.label if trig else (name or "")

    def _field_label(self, trigger: str | None, name: str) -> str:
        trig = self._trigger_def(trigger)
        f = trig.fields.get(name) if trig else None
        return f.label if f else name

    def explain(self, c: Any) -> dict[str, Any]:
        rule, spec = self.definition.clocks.get(c.kind, {}), c.spec
        out = _rec(
            "case_no kind label", self.case["case_no"], c.kind, self.vocab.label("clock_kinds", c.kind)
        )
        out |= _rec("party party_kind status", c.party or None, spec.get("party_kind"), c.status)
        out["status_label"] = self.vocab.label("clock_statuses", c.status)
        out |= _rec("article length", rule.get("article"), rule.get("length", spec.get("length")))
        out["start"], out["pauses"] = self._start(c, rule), self._pauses(c, rule)
        op = spec.get("open_pause")
        text = op and f"自 {op['since']} 起暂停计算（{op.get('reason')}），恢复后到期日顺延"
        out["open_pause"] = op and _rec("since reason text", op["since"], op.get("reason"), text)
        out["extension"] = self._extension(spec, rule)
        out["delayed"] = self._delayed(c)
        out["fixed_due"] = self._fixed(spec, rule)
        out |= self._dates(c, out)
        out["calendar"] = self._calendar(c)
        out["recomputations"] = [
            _rec("on due_before due_after", *(iso_or_none(e[k]) for k in ("on_date", "due_before", "due_after")))
            | {k: e["data"].get(k) for k in ("provisional_before", "provisional", "year", "source")}
            for e in self._lines(c, "recompute")
        ]
        out |= self._ending(c)
        out["text"] = _text(out)
        return out

    def _start(self, c: Any, rule: dict[str, Any]) -> dict[str, Any]:
        on = iso_or_none(c.started_on)
        restarts = self._lines(c, "restart")
        if restarts:
            trig = self._trigger(restarts[-1])
            phrase = RESTART_PHRASES.get(trig or "") or f"{self._trigger_label(trig)}之日"
            return _rec(
                "rule date trigger text", "restart", on, trig, f"{phrase} {on} 重新起算，起算日不计入"
            )
        start = rule.get("start") or {}
        how, trig = start.get("date", "effective"), _first_by(start)
        if how == "received":
            channel = self.vocab.get("channels", self.case["channel"])
            field = channel.extra.get("receipt_from") if channel else None
            how_got = (
                f"（{channel.label}：{_day_phrase(self._field_label('register', field))}）" if field else ""
            )
            text = f"收到申请之日 {on}{how_got}起算，起算日不计入"
        elif how.startswith("field:"):
            phrase = _day_phrase(self._field_label(trig, how[len("field:") :]))
            begun = self._lines(c, "start")
            sent = f"（{self._trigger_label(trig)}：{iso_or_none(begun[-1]['on_date'])}）" if begun else ""
            text = f"{phrase} {on}{sent}起算，起算日不计入"
        else:
            text = f"{self._trigger_label(trig)}之日 {on} 起算，起算日不计入"
        return _rec("rule date trigger text", how, on, trig, text)

    def _pauses(self, c: Any, rule: dict[str, Any]) -> list[dict[str, Any]]:
        labels = {p["by"]: p.get("label", p["by"]) for p in rule.get("pauses", [])}
        out = []
        for s, r in c.spec.get("pauses") or []:
            s_d, r_d = _d(s), _d(r)
            causes = [e for e in self.events.values() if e["trigger"] in labels and e["effective_on"] == s_d]
            resumed = [e["data"].get("reason") for e in self._lines(c, "resume") if e["on_date"] == r_d]
            reason = "、".join(dict.fromkeys(labels[e["trigger"]] for e in causes)) or next(
                iter(resumed), None
            )
            parties = [e["data"]["party_name"] for e in causes if e["data"].get("party_name")]
            removed = self.cal.working_days_in(s_d, r_d)
            who = f"（{'、'.join(parties)}）" if parties else ""
            text = f"暂停 ({s}, {r}]：{reason or '暂停'}{who}，扣除 {removed} 个工作日"
            out.append(
                _rec("from to removed_working_days reason parties text", s, r, removed, reason, parties, text)
            )
        return out

    def _extension(self, spec: dict[str, Any], rule: dict[str, Any]) -> dict[str, Any] | None:
        ext, ext_rule = spec.get("extension"), rule.get("extension") or {}
        if not ext:
            return None
        role = ext_rule.get("approver_role")
        trig = self.definition.triggers.get(ext_rule.get("by", ""))
        article = trig.article if trig else None
        role_label = self.vocab.label("roles", role) if role else ""
        counted = extension_counted(spec, self.cal) > 0
        text = (
            f"延期 {ext['days']} 个工作日（{article or self._trigger_label(ext_rule.get('by'))}），"
            f"经{role_label} {ext.get('approved_by')} 于 {ext.get('on')} 同意；理由：{ext.get('reason') or '—'}"
        )
        if not counted:
            text += "；批准时答复期限已届满，延期不计入"
        out = ext | _rec("approver_role approver_role_label article text", role, role_label, article, text)
        return out | {"counted": counted}

    def _delayed(self, c: Any) -> dict[str, Any] | None:
        due = c.spec.get("delayed_to")
        if not due:
            return None
        last = (self._lines(c, "delay") or [None])[-1]
        trig = self._trigger(last)
        article = getattr(self._trigger_def(trig), "article", None)
        data = last["data"] if last else {}
        reason, set_by, on = data.get("reason"), data.get("set_by"), iso_or_none(last["on_date"]) if last else None
        text = f"答复期限确定为 {due}（{article or self._trigger_label(trig)}），由 {set_by} 于 {on} 确定"
        text += f"；理由：{reason or '—'}"
        return _rec(
            "date reason set_by on trigger article text", due, reason, set_by, on, trig, article, text
        )

    def _fixed(self, spec: dict[str, Any], rule: dict[str, Any]) -> dict[str, Any] | None:
        if not spec.get("fixed_due"):
            return None
        trig = _first_by(rule.get("start"))
        label = self._field_label(trig, rule.get("due_field", ""))
        text = f"期限由{self._trigger_label(trig)}确定：{label} {spec['fixed_due']}"
        return _rec("date field field_label text", spec["fixed_due"], rule.get("due_field"), label, text)

    def _dates(self, c: Any, out: dict[str, Any]) -> dict[str, Any]:
        paused = sum(p["removed_working_days"] for p in out["pauses"])
        ext = int((out["extension"] or {}).get("days", 0)) if (out["extension"] or {}).get("counted") else 0
        length = c.spec.get("length")
        computed = derive_due(c.spec, self.cal) if c.status != "stopped" else None
        formula = None
        if length is not None and not out["delayed"] and not out["fixed_due"] and c.started_on:
            formula = f"{c.started_on} 之后第 {length}" + (f" + {paused}（暂停）" if paused else "")
            formula += (f" + {ext}（延期）" if ext else "") + f" = {int(length) + paused + ext} 个工作日"
            formula += f" → {computed}" if computed else ""
        stale = bool(c.is_open and computed and computed != c.due_on)
        out = _rec(
            "paused_working_days formula due target", paused, formula, iso_or_none(c.due_on), iso_or_none(c.target_on)
        )
        return out | _rec("provisional computed_due stale", bool(c.provisional), iso_or_none(computed), stale)

    def _calendar(self, c: Any) -> list[dict[str, Any]]:
        cal, keys = self.cal, "year source source_detail provisional fingerprint"
        return [
            _rec(keys, y, cal.source(y), cal.source_detail(y), cal.is_provisional(y), cal.fingerprint(y))
            for y in touched_years(c.started_on, c.due_on, c.target_on, c.spec)
            if cal.first_year <= y <= cal.last_year
        ]

    def _ending(self, c: Any) -> dict[str, Any]:
        out = _rec("ended breached late_reason", iso_or_none(c.ended_on), bool(c.breached), None)
        met = self._lines(c, "met")
        ev = self.events.get(met[-1]["event_seq"]) if met and met[-1].get("event_seq") else None
        if ev and ev["late"]:
            out["late_reason"] = ev["data"].get("late_reason")
        stop = self._lines(c, "stop")
        if c.status == "stopped" and stop:
            trig = self._trigger(stop[-1])
            out["stopped"] = _rec(
                "on trigger label", iso_or_none(stop[-1]["on_date"]), trig, self._trigger_label(trig)
            )
        return out


def _text(x: dict[str, Any]) -> list[str]:
    """The explanation of one clock, line by line, in Chinese."""
    lines = [x["start"]["text"]]
    if x["length"] is not None and not x["fixed_due"]:
        lines.append(f"法定期限：{x['length']} 个工作日（{x['article'] or '—'}）")
    lines += [p["text"] for p in x["pauses"]]
    lines += [x[k]["text"] for k in ("open_pause", "extension", "delayed", "fixed_due") if x[k]]
    if x["formula"]:
        lines.append(f"计算：{x['formula']}")
    for y in x["calendar"]:
        provisional = "（暂定，待国务院放假通知）" if y["provisional"] else ""
        lines.append(
            f"{y['year']} 年日历：{SOURCE_LABELS.get(y['source'], y['source'])} — {y['source_detail']}{provisional}"
        )
    for r in x["recomputations"]:
        change = f"{r['due_before']} → {r['due_after']}"
        if r["due_before"] == r["due_after"]:
            change = f"到期日 {r['due_after']} 不变" + ("，暂定标记解除" if r["provisional_before"] else "")
        lines.append(f"{r['on']} 按 {r['year']} 年日历（{r['source']}）重新计算：{change}")
    if x.get("stopped"):
        lines.append(f"已中止：{x['stopped']['label']}（{x['stopped']['on']}），收到补正后重新起算")
    elif x["due"]:
        provisional = "（暂定）" if x["provisional"] else ""
        lines.append(f"法定到期日：{x['due']}{provisional}；内部目标：{x['target']}")
    if x["stale"]:
        lines.append(f"注意：按当前日历应为 {x['computed_due']}，待重新计算（disclosure calendar recompute）")
    if x["ended"]:
        reason = f"；逾期原因：{x['late_reason']}" if x["late_reason"] else ""
        lines.append(
            f"逾期办结：{x['ended']}{reason}" if x["breached"] else f"{x['status_label']}：{x['ended']}"
        )
    return lines


# --- compliance -------------------------------------------------------------------------------


def obligation_kinds(services: Runtime) -> set[str]:
    """Clock kinds that limit the agency itself (a late action needs a reason), per the definitions."""
    return {
        kind
        for d in services.registry.definitions.values()
        for kind, rule in d.clocks.items()
        if (rule.get("met") or {}).get("late_reason") or (rule.get("extension") or {}).get("late_reason")
    }


def compliance(services: Runtime, repo: Repository, year: int, agency_code: str | None = None) -> dict:
    """Per clock kind: clocks met in ``year``, on time, the rate, open clocks overdue at year end; breaches.

    Done, late and the rate are those of :mod:`workflow.deadlines.on_time` (the annual report's
    paragraph uses the same). Only the agency's own limits
    (clocks whose definition asks a ``late_reason``) make breaches; a party's deadline (consultation
    answer, fee payment) is counted but is not the agency's breach. "Overdue at year end": due
    before 1 January (or before today, for the current year) and not done by then.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    as_of = min(last + timedelta(days=1), services.today())
    where = []
    if agency_code:
        where.append(disclosure_case.c.agency_id.in_(repo.agency_subtree(repo.agency_id(agency_code))))
    late = clock_late()
    met = and_(clock_done(), clock.c.ended_on >= first, clock.c.ended_on <= last)
    still_open = or_(clock.c.status == "running", clock.c.ended_on >= as_of)
    overdue = and_(clock.c.started_on <= last, clock.c.due_on < as_of, still_open)
    joined = clock.join(disclosure_case, disclosure_case.c.id == clock.c.case_id)
    counts = select(
        clock.c.kind,
        func.sum(case((met, 1), else_=0)).label("met"),
        func.sum(case((and_(met, late), 1), else_=0)).label("late"),
        func.sum(case((overdue, 1), else_=0)).label("overdue"),
    )
    rows = repo.conn.execute(
        counts.select_from(joined).where(or_(met, overdue), *where).group_by(clock.c.kind)
    )
    obligations, vocab = obligation_kinds(services), services.registry.vocabulary
    rank = {k: i for i, k in enumerate(vocab.codes("clock_kinds"))}
    kinds = []
    for r in sorted(rows, key=lambda r: (rank.get(r.kind, len(rank)), r.kind)):
        n_met, n_late, mine = int(r.met or 0), int(r.late or 0), r.kind in obligations
        overdue_open = int(r.overdue or 0) if mine else 0
        kinds.append(
            _rec("kind label agency_obligation", r.kind, vocab.label("clock_kinds", r.kind), mine)
            | _rec("met on_time late", n_met, n_met - n_late, n_late)
            | _rec(
                "on_time_rate overdue_open",
                on_time_rate(n_met - n_late, n_met),
                overdue_open,
            )
            | {"breaches": n_late + overdue_open if mine else 0}
        )
    breaches = _breaches(repo.conn, joined, where, (late, met, overdue), obligations, vocab)
    ours = [k for k in kinds if k["agency_obligation"]]
    n_met, n_on_time = sum(k["met"] for k in ours), sum(k["on_time"] for k in ours)
    totals = _rec("met on_time", n_met, n_on_time) | {
        "on_time_rate": on_time_rate(n_on_time, n_met)
    }
    totals |= _rec("overdue_open breaches", sum(k["overdue_open"] for k in ours), len(breaches))
    out = _rec("year agency as_of", year, agency_code, iso_or_none(as_of - timedelta(days=1)))
    # a year not over yet counts what is overdue so far: no "year end" has been reached
    out["year_over"] = as_of > last
    return out | _rec("kinds totals breaches", kinds, totals, breaches)


def _breaches(
    conn: Any, joined: Any, where: list, conds: tuple, obligations: set[str], vocab: Any
) -> list[dict]:
    """Each breach: case, clock, due date, the day it was done, and the late_reason of its audit event."""
    late, met, overdue = conds
    mine = clock.c.kind.in_(sorted(obligations))
    cols = (
        disclosure_case.c.case_no,
        clock.c.id,
        clock.c.kind,
        clock.c.party,
        clock.c.due_on,
        clock.c.ended_on,
    )
    # the audit event behind a late clock: the one that met it late, or the late extension
    ce, ev = clock_event, case_event
    meeting = and_(ce.c.kind == "met", clock.c.breached.is_(True), ce.c.on_date == clock.c.ended_on)
    late_ext = and_(ce.c.kind == "extend", clock.c.breached.is_(False), ev.c.late.is_(True))
    with_events = joined.join(ce, ce.c.clock_id == clock.c.id).join(
        ev, and_(ev.c.case_id == ce.c.case_id, ev.c.seq == ce.c.event_seq)
    )
    stmt = select(*cols, clock.c.breached, ce.c.due_before, ce.c.on_date, ev.c.data).select_from(with_events)
    found: dict[int, dict[str, Any]] = {}
    for r in conn.execute(stmt.where(mine, met, late, or_(meeting, late_ext), *where).order_by(ce.c.id)):
        due, done = (r.due_on, r.ended_on) if r.breached else (r.due_before, r.on_date)
        reason = json.loads(r.data).get("late_reason")
        found[r.id] = _breach(r, vocab, "late" if r.breached else "late_extension", due, done, reason)
    out = list(found.values())
    for r in conn.execute(select(*cols).select_from(joined).where(mine, overdue, *where)):
        out.append(_breach(r, vocab, "overdue_open", r.due_on, r.ended_on, None))
    return sorted(out, key=lambda b: (b["case_no"], b["kind"], b["party"] or "", b["type"]))


def _breach(r: Any, vocab: Any, kind: str, due: date | None, done: date | None, reason: str | None) -> dict:
    out = _rec(
        "case_no kind label party", r.case_no, r.kind, vocab.label("clock_kinds", r.kind), r.party or None
    )
    return out | _rec("type due done late_reason", kind, iso_or_none(due), iso_or_none(done), reason)
