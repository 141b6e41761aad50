"""The guards and effects of repeat applications (重复申请, 条例 Art. 36 item (六)) and of the
conversion of released information to proactive disclosure (Art. 44).

A link is confirmed by a trigger (``link_repeat`` in the definitions), so it is in the audit trail;
the reply may decline a case as a repeat only after one (``event_required_for``). Bound into
:data:`workflow.engine.guards.GUARDS` and :data:`workflow.engine.effects.EFFECTS`.
"""

from __future__ import annotations

from typing import Any

from workflow.case_numbers import normalise_case_no
from workflow.engine import messages as say
from workflow.errors import TransitionError
from workflow.views.repeats import similarity

# a workflow.engine.guards.GuardContext: guards.py imports this module, so it is not imported back
GuardContext = Any

LINK_KIND = "repeat"


def _fail(ctx: GuardContext, reason: str) -> None:
    raise TransitionError(say.guard_failed(ctx.case["case_no"], ctx.trigger.name, ctx.trigger.label, reason))


def _earlier_case(ctx: GuardContext, field: str) -> tuple[str, dict[str, Any] | None, list[dict[str, Any]]]:
    wanted = normalise_case_no(str(ctx.data.get(field) or ""))
    earlier = ctx.repo.earlier_applications(ctx.case["id"])
    return wanted, next((r for r in earlier if r["case_no"] == wanted), None), earlier


def repeat_of_same_applicant(ctx: GuardContext, field: str) -> None:
    """The case named in ``field`` is an earlier application of the same applicant to this agency,
    already answered (Art. 36 item (六): 已就申请人提出的政府信息公开申请作出答复), not linked yet."""
    wanted, row, earlier = _earlier_case(ctx, field)
    if row is None:
        known = "、".join(r["case_no"] for r in earlier[:5]) or "无 / none"
        _fail(
            ctx,
            f"{ctx.label(field)} {wanted} 不是同一申请人此前向本机关提出的申请（可选：{known}） / "
            f"{wanted} is not an earlier application of the same applicant to this agency",
        )
    assert row is not None
    if row["concluded_on"] is None:
        _fail(
            ctx,
            f"{wanted} 尚未作出答复，不能作为重复申请的依据（第三十六条第（六）项） / "
            f"{wanted} has not been answered yet",
        )
    if any(
        link["other_case_no"] == wanted and link["direction"] == "earlier"
        for link in ctx.repo.case_links(ctx.case["id"])
    ):
        _fail(ctx, f"已与 {wanted} 关联 / already linked to {wanted}")


def event_required_for(ctx: GuardContext, param: dict[str, Any]) -> None:
    """``{event, outcomes, article}``: one of these outcomes only after the trigger ``event`` (e.g.
    declined_repeat only once the link to the earlier application is confirmed)."""
    outcome = ctx.data.get("outcome")
    if outcome not in (param.get("outcomes") or []) or ctx.repo.has_event(ctx.case["id"], param["event"]):
        return
    needed = ctx.definition.triggers.get(param["event"])
    label = needed.label if needed else param["event"]
    cited = f"（{param['article']}）" if param.get("article") else ""
    _fail(
        ctx,
        f"办理结果为「{ctx.vocabulary.label('outcomes', outcome)}」{outcome} 须先执行 {param['event']}"
        f"（{label}）{cited} / outcome {outcome} needs {param['event']} first",
    )


def link_repeat(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    """The link to the case the trigger's ``repeat_of_same_applicant`` guard checked (its field)."""
    field = next(p for g, p in ctx.trigger.guards if g == "repeat_of_same_applicant")
    _wanted, row, _earlier = _earlier_case(ctx, field)
    assert row is not None  # the guard refused otherwise
    subject = ctx.repo.load_case(ctx.case["case_no"])["subject"]
    ctx.repo.link_cases(
        ctx.case["id"],
        row["id"],
        LINK_KIND,
        similarity=similarity(subject, row["subject"]),
        recorded_seq=ctx.case["last_event_seq"] + 1,
    )


def record_proactive(ctx: GuardContext, changes: dict[str, Any], _param: Any) -> None:
    ctx.repo.record_proactive(
        ctx.case,
        ctx.data["published"],
        location=ctx.data.get("location"),
        ground=ctx.data.get("ground"),
        recorded_seq=ctx.case["last_event_seq"] + 1,
    )
