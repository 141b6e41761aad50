"""What a lifecycle definition is, once loaded: frozen data classes, and the Registry that finds a version.

The tables below are what a definition may name (field types, state kinds, choice lists, guards,
routing conditions, effects); :mod:`workflow.definitions.parse` checks the YAML against them and
builds these objects, so an unknown name is a load error naming the file and key path. The names are
data here because the definitions sit below the engine and may not import it: the engine binds an
implementation to every name once, when it is imported, and refuses to start if one is missing.
Whether a guard or routing condition reads clocks is declared here too, so each trigger's
:class:`TriggerPlan` (fields, clocks needed, effects) is worked out once, at load. Nothing here
reads a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from workflow.definitions.clockrules import ClockRule
from workflow.definitions.tariff import Tariff
from workflow.errors import DefinitionError

FIELD_TYPES = {"string", "text", "date", "integer", "amount", "choice", "id_number", "credit_code", "bool", "phone",
               "email"}
STATE_KINDS = {"open", "concluded", "final"}
CHOICE_SOURCES = {"channels", "applicant_types", "outcomes", "bases", "proceeding_kinds", "proceeding_results",
                  "provision_forms", "delivery_methods", "party_kinds", "opinions", "fee_bases", "service_methods",
                  "served_letters", "charge_methods", "attachment_kinds",
                  "proactive_grounds"}
@dataclass(frozen=True)
class Check:
    """A guard or routing condition a definition may name; the engine binds what it means."""

    name: str
    reads_clocks: bool = False  # the engine loads the case's clocks before a trigger that uses it
    # whether it looks at the trigger's data; one that does not can be asked before the clerk fills
    # in the form (``triggers`` says which actions the case allows now, and why not)
    reads_data: bool = False


def _table(*checks: Check) -> Mapping[str, Check]:
    return MappingProxyType({c.name: c for c in checks})


GUARDS = _table(
    Check("date_field_after_effective", reads_data=True),
    Check("date_field_not_before_effective", reads_data=True),
    Check("date_field_not_after_effective", reads_data=True),
    Check("date_field_not_before_clock_due", reads_clocks=True, reads_data=True),
    Check("once"),
    Check("clock_expired", reads_clocks=True),
    Check("within_clock_period", reads_clocks=True),
    Check("party_clock_running", reads_clocks=True, reads_data=True),
    Check("party_clock_not_running", reads_clocks=True, reads_data=True),
    Check("party_clock_expired", reads_clocks=True, reads_data=True),
    Check("basis_fits_outcome", reads_data=True),
    Check("delivery_recorded_in"),
    Check("letter_to_serve", reads_data=True),
    Check("letters_served"),
    Check("file_complete"),  # the definition's file_checklist: everything the case's outcome needs is on file
    Check("date_field_not_before_receipt", reads_data=True),
    Check("decided_not_before_filing", reads_data=True),
    Check("proceeding_pending", reads_data=True),
    Check("has_corrected_proceeding"),
    Check("after_event"),
    Check("field_required_for"),
    Check("reasons_heard"),
    Check("party_objected"),
    Check("case_outcome_releases_information"),
    Check("fee_tariff_in_force"),
    Check("agency_setting"),
    Check("amount_against_fee_due", reads_data=True),
    Check("within_days_after_conclusion"),
    Check("repeat_of_same_applicant", reads_data=True),
    Check("event_required_for", reads_data=True),
)
ROUTING_CONDITIONS = _table(
    Check("outcome_releases_information"),
    Check("consultations_outstanding", reads_clocks=True),
)
# the effects a trigger may list under ``effects:``
DECLARABLE_EFFECTS = frozenset({
    "open_fee_notice", "pay_fee_notice", "waive_fee_notice", "open_proceeding", "decide_proceeding",
    "record_delivery", "set_file_no", "issue_reply", "reduce_fee_notice", "link_repeat", "record_proactive",
})
# the effects the loader adds from a trigger's other keys (sets_outcome, an outcome field, concludes,
# the reply clock's extension), so that ``fire`` knows no trigger by its keys
# and the amendment of registration data (``amends``)
IMPLIED_EFFECTS = frozenset({"set_outcome", "record_outcome", "conclude", "record_extension", "amend_registration"})
EFFECT_NAMES = DECLARABLE_EFFECTS | IMPLIED_EFFECTS

SAME = "same"
# what an amendment's event records besides the fields it amends (the engine writes them, the case
# page and ``show`` read them): the values replaced, and the due dates a new date of receipt moved
AMEND_PREVIOUS = "previous"
AMEND_DUE_DATES = "due_dates"


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
    default: Any = None  # a constant the field takes when not given (a choice or a whole number)
    choices_from: str | None = None  # the vocabulary list the choices and their labels come from
    help: str = ""  # what a form shows under the input
    max_length: int | None = None  # string and text: at most this many characters (the column's length)


@dataclass(frozen=True)
class TransitionDef:
    sources: tuple[str, ...]
    dest: str  # a state name, or SAME
    when: str | None = None


@dataclass(frozen=True)
class FeeTariffRef:
    """A trigger that charges by a tariff: which one, and the field naming the charge method."""

    tariff: str
    method_field: str


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
    # the trigger charges a fee by a tariff: {tariff: <name in definitions/fees>, method_field: <field>}
    fee_tariff: FeeTariffRef | None = None
    # the registration fields the trigger corrects (更正登记信息): each is the register field itself,
    # optional here, so that a corrected value passes the checks it passed at registration
    amends: tuple[str, ...] = ()

    def sources(self) -> list[str]:
        return sorted({s for t in self.transitions for s in t.sources})


@dataclass(frozen=True)
class Step:
    """One effect of a trigger, with its parameter."""

    name: str
    param: Any = None


@dataclass(frozen=True)
class TriggerPlan:
    """What a transition needs to know of its trigger that only the definition decides, worked out at load."""

    fields: Mapping[str, FieldDef]  # the trigger's fields and the common ones
    needs_clocks: bool  # a clock rule names the trigger, or one of its guards or routing conditions reads clocks
    extension_field: str | None  # the trigger extends the reply: the field giving the days
    effects: tuple[Step, ...]  # in the order they apply


# -- the archive checklist (``file_checklist:``; read and judged in workflow.definitions.checklist) --

DEFAULT = "default"  # the outcomes a checklist does not name


@dataclass(frozen=True)
class Way:
    kind: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistItem:
    name: str
    label: str
    ways: tuple[Way, ...]  # any one suffices
    when: Way | None = None  # the item applies only when this holds


@dataclass(frozen=True)
class FileChecklist:
    items: Mapping[str, ChecklistItem]
    by_outcome: Mapping[str, tuple[str, ...]]  # outcome code (or ``default``) -> item names

    def for_outcome(self, outcome: str | None) -> list[ChecklistItem]:
        names = self.by_outcome.get(outcome or DEFAULT, self.by_outcome[DEFAULT])
        return [self.items[n] for n in names]


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
    clocks: dict[str, dict[str, Any]]  # the section as written, for the pages that show it
    common_fields: dict[str, FieldDef]
    clock_rules: Mapping[str, ClockRule]
    plans: Mapping[str, TriggerPlan]  # by trigger name, "register" included
    tariffs: Mapping[str, Tariff] = field(default_factory=dict)  # the fee tariffs its triggers charge by
    file_checklist: FileChecklist | None = None  # what the case file must hold before archiving

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, self.version)

    def applies_to(self, received: date) -> bool:
        return self.applies_from <= received and (self.applies_until is None or received <= self.applies_until)

    def open_states(self) -> list[str]:
        return [s.name for s in self.states.values() if s.is_open]

    def concluded_states(self) -> list[str]:
        return [s.name for s in self.states.values() if not s.is_open]

    def all_fields(self, trigger: TriggerDef) -> dict[str, FieldDef]:
        return {**trigger.fields, **self.common_fields}


@dataclass
class Registry:
    """Every definition version found, and the vocabulary they share."""

    vocabulary: Vocabulary
    definitions: dict[tuple[str, str], Definition]
    tariffs: dict[str, Tariff] = field(default_factory=dict)

    def get(self, name: str, version: str) -> Definition:
        try:
            return self.definitions[(name, version)]
        except KeyError:
            known = ", ".join(f"{n} v{v}" for n, v in sorted(self.definitions))
            raise DefinitionError("definitions/", f"{name} v{version}", f"a loaded definition ({known})") from None

    def versions(self, name: str) -> list[str]:
        """The loaded versions of the regime ``name``, oldest first."""
        return sorted((v for n, v in self.definitions if n == name), key=_version_key)

    def for_received(self, received: date) -> Definition:
        """The newest version of the regime in force on the date of receipt."""
        matching = [d for d in self.definitions.values() if d.applies_to(received)]
        if not matching:
            raise DefinitionError("definitions/", "applies_to_received",
                                  f"a definition covering the date of receipt {received.isoformat()}")
        return max(matching, key=lambda d: (d.applies_from, _version_key(d.version)))


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in version.split("."))

