"""A definition's ``clocks:`` section compiled into frozen rules, checked once when the file is loaded.

Each :class:`ClockRule` knows, for every trigger that names it, which of its parts (start, met,
end, …) that trigger sets off, which pauses it opens and which of its limits a late action breaks,
so applying a trigger to a case's clocks (:class:`workflow.clocks.clockset.ClockSet`) is lookups,
never a walk of the YAML. A rule stands alone: any subset of a definition's rules can be applied
(the ledger import applies the reply clock's alone). The section as written stays on the
definition (``Definition.clocks``) for the pages that show a clock's label, article and length.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from workflow.errors import DefinitionError

# the parts of a rule that a trigger sets off, by ``by:``; pauses are listed apart
RULE_PARTS = ("start", "restart", "stop", "met", "lapse", "end", "extension", "delay")


@dataclass(frozen=True)
class RulePart:
    by: frozenset[str]
    date: str = "effective"  # start: "effective", "received" or "field:<name>"
    field: str | None = None  # extension: the field giving the days; delay: the field giving the date
    late_reason: bool = False  # acting after this part's limit needs a reason


@dataclass(frozen=True)
class PauseRule:
    by: str
    while_clock: str
    label: str = ""
    party_kinds: tuple[str, ...] | None = None


@dataclass(frozen=True)
class PerParty:
    name_field: str
    kind_field: str


_NO_PARTS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ClockRule:
    kind: str
    length: int | None
    due_field: str | None
    per_party: PerParty | None
    parts: Mapping[str, RulePart]
    pauses: tuple[PauseRule, ...]
    # derived from parts and pauses when compiled
    named: Mapping[str, frozenset[str]]  # trigger -> the parts naming it
    pauses_by: Mapping[str, tuple[PauseRule, ...]]  # trigger -> the pauses it opens

    def part(self, name: str) -> RulePart | None:
        return self.parts.get(name)

    def parts_naming(self, trigger: str) -> frozenset[str]:
        return self.named.get(trigger, _NO_PARTS)

    def late_limits(self, trigger: str) -> tuple[bool, bool]:
        """(the met limit applies, the extension limit applies) to a late ``trigger``."""
        named = self.parts_naming(trigger)
        return (("met" in named and self.parts["met"].late_reason),
                ("extension" in named and self.parts["extension"].late_reason))

    @property
    def triggers(self) -> frozenset[str]:
        """Every trigger that changes this clock, pauses included."""
        return frozenset(self.named) | frozenset(self.pauses_by)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _compile_part(file: str, path: str, raw: Any, known: set[str]) -> RulePart:
    if not isinstance(raw, dict) or "by" not in raw:
        raise DefinitionError(file, path, "a mapping with by: trigger(s)")
    for t in _as_list(raw["by"]):
        if t not in known:
            raise DefinitionError(file, f"{path}.by", f"a trigger of this definition, got {t!r}")
    return RulePart(by=frozenset(_as_list(raw["by"])), date=str(raw.get("date", "effective")),
                    field=raw.get("field"), late_reason=bool(raw.get("late_reason")))


def _compile_rule(file: str, kind: str, spec: Any, kinds: Mapping[str, Any], known: set[str]) -> ClockRule:
    path = f"clocks.{kind}"
    if not isinstance(spec, dict) or "start" not in spec:
        raise DefinitionError(file, path, "a mapping with at least start")
    if "length" not in spec and "due_field" not in spec:
        raise DefinitionError(file, path, "a length (working days) or a due_field")
    parts = {name: _compile_part(file, f"{path}.{name}", spec[name], known)
             for name in RULE_PARTS if spec.get(name) is not None}
    pauses = []
    for i, pause in enumerate(spec.get("pauses", [])):
        if pause.get("by") not in known or pause.get("while_clock") not in kinds:
            raise DefinitionError(file, f"{path}.pauses[{i}]", "by: a trigger and while_clock: a clock kind")
        party_kinds = pause.get("party_kinds")
        pauses.append(PauseRule(pause["by"], pause["while_clock"], str(pause.get("label", "")),
                                tuple(party_kinds) if party_kinds else None))
    per_party = spec.get("per_party")
    named: dict[str, set[str]] = {}
    for name, part in parts.items():
        for t in part.by:
            named.setdefault(t, set()).add(name)
    pauses_by: dict[str, tuple[PauseRule, ...]] = {}
    for pause in pauses:
        pauses_by[pause.by] = (*pauses_by.get(pause.by, ()), pause)
    return ClockRule(
        kind=kind,
        length=spec.get("length"),
        due_field=spec.get("due_field"),
        per_party=PerParty(per_party["name_field"], per_party["kind_field"]) if per_party else None,
        parts=MappingProxyType(parts),
        pauses=tuple(pauses),
        named=MappingProxyType({t: frozenset(names) for t, names in named.items()}),
        pauses_by=MappingProxyType(pauses_by),
    )


def compile_clocks(file: str, raw: Any, triggers: set[str]) -> Mapping[str, ClockRule]:
    """The rules of a ``clocks:`` section in the definition's order; ``triggers`` are the names it may use."""
    if not isinstance(raw, dict) or "reply" not in raw:
        raise DefinitionError(file, "clocks", "a mapping of clock kinds including 'reply'")
    known = set(triggers) | {"register"}
    return MappingProxyType({kind: _compile_rule(file, kind, spec, raw, known) for kind, spec in raw.items()})
