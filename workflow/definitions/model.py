"""What a lifecycle definition is, once loaded: frozen data classes, and the Registry that finds a version.

The sets below are what a definition may name (field types, state kinds, choice lists, guards,
routing conditions); :mod:`workflow.definitions.parse` checks the YAML against them and builds these
objects. Nothing here reads a file, so the engine, the machine and the guards can use the types
without the loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from workflow.errors import DefinitionError

FIELD_TYPES = {"string", "text", "date", "integer", "amount", "choice", "id_number", "bool"}
STATE_KINDS = {"open", "concluded", "final"}
CHOICE_SOURCES = {"channels", "applicant_types", "outcomes", "bases", "proceeding_kinds"}
GUARD_NAMES = {
    "date_field_after_effective",
    "date_field_not_before_effective",
    "date_field_not_after_effective",
    "date_field_not_before_clock_due",
    "once",
    "clock_expired",
    "party_clock_running",
    "party_clock_not_running",
    "party_clock_expired",
    "basis_fits_outcome",
    "delivery_recorded_in",
    "proceeding_pending",
    "has_corrected_proceeding",
}
ROUTING_CONDITIONS = {"outcome_releases_information", "consultations_outstanding"}
SAME = "same"


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Vocabulary:
    lists: dict[str, tuple[Code, ...]]

    def codes(self, name: str) -> list[str]:
        return [c.code for c in self.lists[name]]

    def get(self, name: str, code: str) -> Code | None:
        return next((c for c in self.lists[name] if c.code == code), None)

    def label(self, name: str, code: str | None) -> str:
        item = self.get(name, code) if code else None
        return item.label if item else (code or "")


@dataclass(frozen=True)
class FieldDef:
    name: str
    type: str
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    default_effective: bool = False


@dataclass(frozen=True)
class TransitionDef:
    sources: tuple[str, ...]
    dest: str  # a state name, or SAME
    when: str | None = None


@dataclass(frozen=True)
class TriggerDef:
    name: str
    label: str
    roles: tuple[str, ...]
    transitions: tuple[TransitionDef, ...]
    fields: dict[str, FieldDef]
    guards: tuple[tuple[str, Any], ...] = ()
    sets_outcome: str | None = None
    concludes: bool = False
    letters: tuple[str, ...] = ()
    article: str | None = None
    effects: tuple[str, ...] = ()

    def sources(self) -> list[str]:
        return sorted({s for t in self.transitions for s in t.sources})


@dataclass(frozen=True)
class StateDef:
    name: str
    label: str
    kind: str

    @property
    def is_open(self) -> bool:
        return self.kind == "open"


@dataclass(frozen=True)
class Definition:
    name: str
    version: str
    label: str
    file: str
    applies_from: date
    applies_until: date | None
    initial: str
    states: dict[str, StateDef]
    register: TriggerDef
    triggers: dict[str, TriggerDef]
    clocks: dict[str, dict[str, Any]]
    common_fields: dict[str, FieldDef]

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, self.version)

    def applies_to(self, received: date) -> bool:
        return self.applies_from <= received and (self.applies_until is None or received <= self.applies_until)

    def open_states(self) -> list[str]:
        return [s.name for s in self.states.values() if s.is_open]

    def concluded_states(self) -> list[str]:
        return [s.name for s in self.states.values() if not s.is_open]

    def clocks_touched_by(self, trigger: str) -> bool:
        return trigger in _clock_triggers(self)

    def all_fields(self, trigger: TriggerDef) -> dict[str, FieldDef]:
        return {**trigger.fields, **self.common_fields}


def _clock_triggers(defn: Definition) -> frozenset[str]:
    # keyed by name and version, but checked by identity: another registry (a test, a reload) may hold
    # a different definition under the same key
    hit = _CLOCK_TRIGGERS.get(defn.key)
    if hit is None or hit[0] is not defn:
        names: set[str] = set()
        for spec in defn.clocks.values():
            for key in ("start", "restart", "stop", "met", "end", "lapse", "delay", "extension"):
                part = spec.get(key)
                if part:
                    on = part["by"]
                    names.update([on] if isinstance(on, str) else on)
            for pause in spec.get("pauses", []):
                names.add(pause["by"])
        hit = _CLOCK_TRIGGERS[defn.key] = (defn, frozenset(names))
    return hit[1]


_CLOCK_TRIGGERS: dict[tuple[str, str], tuple[Definition, frozenset[str]]] = {}


@dataclass
class Registry:
    """Every definition version found, and the vocabulary they share."""

    vocabulary: Vocabulary
    definitions: dict[tuple[str, str], Definition]

    def get(self, name: str, version: str) -> Definition:
        try:
            return self.definitions[(name, version)]
        except KeyError:
            known = ", ".join(f"{n} v{v}" for n, v in sorted(self.definitions))
            raise DefinitionError("definitions/", f"{name} v{version}", f"a loaded definition ({known})") from None

    def for_received(self, received: date) -> Definition:
        """The newest version of the regime in force on the date of receipt."""
        matching = [d for d in self.definitions.values() if d.applies_to(received)]
        if not matching:
            raise DefinitionError("definitions/", "applies_to_received",
                                  f"a definition covering the date of receipt {received.isoformat()}")
        return max(matching, key=lambda d: (d.applies_from, _version_key(d.version)))


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in version.split("."))

