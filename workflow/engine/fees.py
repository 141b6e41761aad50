"""A fee computed from its tariff (``definitions/fees``) when a trigger that names one fires.

The clerk chooses the charge method (and, by volume, gives the pages); the count by month is read
from the cases, and the amount, the standard applied and each band charged are added to the
trigger's data, so the audit event and the fee notice record what was computed and why. The amount
is never typed. What the bands are, and which units one application pays for, is the tariff's
(:mod:`workflow.definitions.tariff`).
"""

from __future__ import annotations

from typing import Any

from workflow.engine import messages as say
from workflow.engine.guards import GuardContext
from workflow.errors import TransitionError

# the keys compute_fee adds to a trigger's data: recorded with the event, not typed by the clerk
COMPUTED_KEYS = frozenset({"fee_basis", "quantity", "amount", "fee_unit", "fee_standard", "fee_lines", "fee_month"})


def _refuse(ctx: GuardContext, reason: str) -> TransitionError:
    return TransitionError(say.guard_failed(ctx.case["case_no"], ctx.trigger.name, ctx.trigger.label, reason))


def compute_fee(ctx: GuardContext) -> dict[str, Any]:
    """The fee the trigger's data and the case come to, by the tariff the trigger names."""
    ref = ctx.trigger.fee_tariff
    assert ref is not None  # the engine calls this only for a trigger that names a tariff
    tariff = ctx.definition.tariffs[ref.tariff]
    method = tariff.methods[ctx.data[ref.method_field]]
    counted = method.counted_field
    for other in {m.counted_field for m in tariff.methods.values()} - {counted, None}:
        if ctx.data.get(other) is not None:
            raise _refuse(ctx, say.fee_field_not_for_method(ctx.label(other), other, method.code, method.label))
    if counted is not None:
        if ctx.data.get(counted) is None:
            raise _refuse(ctx, say.fee_field_needed(ctx.label(counted), counted, method.code, method.label,
                                                    tariff.source + method.article))
        quantity = int(ctx.data[counted])
    else:
        quantity = ctx.repo.applications_in_month(ctx.case["id"])
    charge = method.charge_for(quantity)
    received = ctx.case["received_on"]
    return {
        "fee_basis": method.fee_basis,
        "quantity": quantity,
        "amount": charge.amount,
        "fee_unit": method.unit,
        "fee_standard": tariff.source + method.article,
        "fee_month": f"{received.year}-{received.month:02d}" if counted is None else None,
        "fee_lines": [{"first": x.first, "last": x.last, "units": x.units, "rate": x.rate, "amount": x.amount,
                       "standard": x.standard} for x in charge.lines],
    }
