"""Reading the lifecycle YAML: one definition file or the vocabulary, validated into frozen objects.

Every error names the file, the key path and what was expected, so an administrator can fix a
definition without reading Python. Finding the files and caching the result is
:func:`workflow.definitions.registry.load_registry`'s part; the objects built are those of
:mod:`workflow.definitions.model`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from workflow.definitions.checklist import parse_checklist
from workflow.definitions.clockrules import ClockRule, compile_clocks
from workflow.definitions.model import (
    CHOICE_SOURCES,
    DECLARABLE_EFFECTS,
    FIELD_TYPES,
    GUARDS,
    ROUTING_CONDITIONS,
    SAME,
    STATE_KINDS,
    Code,
    Definition,
    FeeTariffRef,
    FieldDef,
    StateDef,
    Step,
    TransitionDef,
    TriggerDef,
    TriggerPlan,
    Vocabulary,
)
from workflow.definitions.tariff import Tariff
from workflow.errors import DefinitionError
from workflow.paths import definitions_dir

# the field types whose value lands in a column of a declared length (``max_length``)
BOUNDED_TYPES = ("string", "text", "phone", "email")

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when available: 5x faster


class _UniqueKeyLoader(_BaseLoader):
    """PyYAML silently keeps the last of two equal keys; a duplicated trigger must be an error."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_UniqueKeyLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise DefinitionError(path.name, "(file)", f"valid YAML without duplicate keys ({exc})".replace("\n", " ")) from exc


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    path = path or definitions_dir() / "vocabulary.yaml"
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise DefinitionError(path.name, "(root)", "a mapping of code lists")
    lists: dict[str, tuple[Code, ...]] = {}
    for name, items in raw.items():
        if not isinstance(items, list):
            raise DefinitionError(path.name, name, "a list of {code, label}")
        codes = []
        for i, item in enumerate(items):
            if not isinstance(item, dict) or "code" not in item or "label" not in item:
                raise DefinitionError(path.name, f"{name}[{i}]", "a mapping with code and label")
            extra = {k: v for k, v in item.items() if k not in ("code", "label")}
            if any(c.code == str(item["code"]) for c in codes):
                raise DefinitionError(path.name, f"{name}[{i}].code", f"a code not already in {name}, got {item['code']!r}")
            codes.append(Code(str(item["code"]), str(item["label"]), extra))
        lists[name] = tuple(codes)
    return Vocabulary(lists)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _parse_field(file: str, path: str, name: str, raw: Any, vocab: Vocabulary) -> FieldDef:
    if not isinstance(raw, dict):
        raise DefinitionError(file, path, "a mapping with type, label and optionally required")
    ftype = raw.get("type")
    if ftype not in FIELD_TYPES:
        raise DefinitionError(file, f"{path}.type", f"one of {sorted(FIELD_TYPES)}, got {ftype!r}")
    choices: tuple[str, ...] = ()
    src = None
    if ftype == "choice":
        if "choices_from" in raw:
            src = raw["choices_from"]
            if src not in CHOICE_SOURCES:
                raise DefinitionError(file, f"{path}.choices_from", f"one of {sorted(CHOICE_SOURCES)}, got {src!r}")
            exclude = set(_as_list(raw.get("exclude")))
            unknown = sorted(exclude - set(vocab.codes(src)))
            if unknown:
                raise DefinitionError(file, f"{path}.exclude", f"codes of {src}, got {unknown}")
            choices = tuple(c for c in vocab.codes(src) if c not in exclude)
        elif "choices" in raw:
            choices = tuple(str(c) for c in _as_list(raw["choices"]))
        if not choices:
            raise DefinitionError(file, path, "a choice field needs choices or choices_from")
    max_length = raw.get("max_length")
    if max_length is not None and (ftype not in BOUNDED_TYPES or not isinstance(max_length, int)
                                   or isinstance(max_length, bool) or max_length < 1):
        raise DefinitionError(file, f"{path}.max_length", "a positive whole number, on a string, text, phone or email field")
    default = raw.get("default")
    constant = None
    if default not in (None, "effective"):
        # a constant default: one of a choice field's choices, or a whole number for an integer field
        if not ((ftype == "choice" and str(default) in choices) or (ftype == "integer" and type(default) is int)):
            raise DefinitionError(file, f"{path}.default", "'effective' (the trigger's date), one of the field's "
                                                           "choices, or a whole number for an integer field")
        constant = default
    return FieldDef(
        name=name,
        type=ftype,
        label=str(raw.get("label", name)),
        required=bool(raw.get("required", False)),
        choices=choices,
        minimum=raw.get("min"),
        maximum=raw.get("max"),
        default_effective=default == "effective",
        default=constant,
        choices_from=src,
        help=str(raw.get("help") or ""),
        max_length=max_length,
    )


def _parse_fields(file: str, path: str, raw: Any, vocab: Vocabulary) -> dict[str, FieldDef]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise DefinitionError(file, path, "a mapping of field name to field definition")
    return {name: _parse_field(file, f"{path}.{name}", name, spec, vocab) for name, spec in raw.items()}


def _parse_trigger(file: str, name: str, raw: Any, states: dict[str, StateDef], vocab: Vocabulary,
                   roles: set[str], *, creating: bool = False, tariffs: Mapping[str, Tariff] | None = None,
                   register: TriggerDef | None = None) -> TriggerDef:
    tariffs = tariffs or {}
    path = "register" if creating else f"triggers.{name}"
    if not isinstance(raw, dict):
        raise DefinitionError(file, path, "a mapping with label, roles and transitions")
    trig_roles = tuple(_as_list(raw.get("roles")))
    if not trig_roles:
        raise DefinitionError(file, f"{path}.roles", "at least one role that may fire the trigger")
    for role in trig_roles:
        if role not in roles:
            raise DefinitionError(file, f"{path}.roles", f"a role of {sorted(roles)}, got {role!r}")
    transitions: list[TransitionDef] = []
    for i, t in enumerate(_as_list(raw.get("transitions"))):
        tpath = f"{path}.transitions[{i}]"
        if not isinstance(t, dict) or "from" not in t or "to" not in t:
            raise DefinitionError(file, tpath, "a mapping with from and to")
        sources = tuple(str(s) for s in _as_list(t["from"]))
        for s in sources:
            if s not in states:
                raise DefinitionError(file, f"{tpath}.from", f"a known state ({', '.join(states)}), got {s!r}")
        dest = str(t["to"])
        if dest != SAME and dest not in states:
            raise DefinitionError(file, f"{tpath}.to", f"a known state or 'same', got {dest!r}")
        when = t.get("when")
        if when is not None and when not in ROUTING_CONDITIONS:
            raise DefinitionError(file, f"{tpath}.when", f"one of {sorted(ROUTING_CONDITIONS)}, got {when!r}")
        transitions.append(TransitionDef(sources, dest, when))
    if not transitions and not creating:
        raise DefinitionError(file, f"{path}.transitions", "at least one transition")
    guards: list[tuple[str, Any]] = []
    for i, g in enumerate(_as_list(raw.get("guards"))):
        if not isinstance(g, dict) or len(g) != 1:
            raise DefinitionError(file, f"{path}.guards[{i}]", "a one-key mapping {guard: parameter}")
        (gname, param), = g.items()
        if gname not in GUARDS:
            raise DefinitionError(file, f"{path}.guards[{i}]", f"a guard of {sorted(GUARDS)}, got {gname!r}")
        guards.append((gname, param))
    effects = _as_list(raw.get("effects"))
    for i, effect in enumerate(effects):
        if effect not in DECLARABLE_EFFECTS:
            raise DefinitionError(file, f"{path}.effects[{i}]",
                                  f"a known effect ({', '.join(sorted(DECLARABLE_EFFECTS))}), got {effect!r}")
        # the link's other case is the one the guard checked, named by the guard's field
        if effect == "link_repeat" and not any(g == "repeat_of_same_applicant" for g, _ in guards):
            raise DefinitionError(file, f"{path}.guards", "a repeat_of_same_applicant guard (the link_repeat effect's case)")
    own = _parse_fields(file, f"{path}.fields", raw.get("fields"), vocab)
    amends = _amends(file, path, raw.get("amends"), own, register)
    # an amended field is the registration's own, optional: a field left out keeps its value
    amended = {n: replace(register.fields[n], required=False, default=None, default_effective=False)
               for n in amends} if register else {}
    fields = {**amended, **own}
    sets_outcome = raw.get("sets_outcome")
    if sets_outcome is not None and vocab.get("outcomes", sets_outcome) is None:
        raise DefinitionError(file, f"{path}.sets_outcome", f"an outcome code of vocabulary.yaml, got {sets_outcome!r}")
    return TriggerDef(
        name=name,
        label=str(raw.get("label", name)),
        roles=trig_roles,
        transitions=tuple(transitions),
        fields=fields,
        guards=tuple(guards),
        sets_outcome=sets_outcome,
        concludes=bool(raw.get("concludes", False)),
        letters=tuple(_as_list(raw.get("letters"))),
        article=raw.get("article"),
        effects=tuple(effects),
        fee_tariff=_fee_tariff(file, path, raw.get("fee_tariff"), fields, tariffs),
        amends=amends,
    )


# the agency decides the case number and who may act on the case: registered once, never amended
_NOT_AMENDABLE = frozenset({"agency"})


def _amends(file: str, path: str, raw: Any, own: dict[str, FieldDef], register: TriggerDef | None) -> tuple[str, ...]:
    """``amends: [field, ...]``: fields of the registration, none of them also a field of the trigger."""
    names = tuple(str(n) for n in _as_list(raw))
    if not names:
        return ()
    allowed = sorted(set(register.fields) - _NOT_AMENDABLE) if register else []
    for i, n in enumerate(names):
        if n not in allowed or n in own or names.index(n) != i:
            raise DefinitionError(file, f"{path}.amends[{i}]", f"a registration field, once, not also among the "
                                                               f"trigger's fields ({', '.join(allowed)}), got {n!r}")
    return names


def _fee_tariff(file: str, path: str, raw: Any, fields: dict[str, FieldDef],
                tariffs: Mapping[str, Tariff]) -> FeeTariffRef | None:
    """``{tariff, method_field}``: the tariff is one of ``definitions/fees``, the method field a choice
    field of the trigger whose choices are the tariff's methods, and a method that counts a field
    counts one of the trigger's integer fields."""
    if raw is None:
        return None
    where = f"{path}.fee_tariff"
    if not isinstance(raw, dict) or set(raw) != {"tariff", "method_field"}:
        raise DefinitionError(file, where, "a mapping {tariff, method_field}")
    tariff = tariffs.get(str(raw["tariff"]))
    if tariff is None:
        raise DefinitionError(file, f"{where}.tariff", f"a tariff of definitions/fees ({', '.join(sorted(tariffs)) or 'none'}), "
                                                       f"got {raw['tariff']!r}")
    method = fields.get(str(raw["method_field"]))
    if method is None or method.type != "choice" or not set(method.choices) <= set(tariff.methods):
        raise DefinitionError(file, f"{where}.method_field", f"a choice field of the trigger among {sorted(tariff.methods)}")
    for m in tariff.methods.values():
        counted = m.counted_field
        if counted is not None and (counted not in fields or fields[counted].type != "integer"):
            raise DefinitionError(file, f"{where}.tariff", f"an integer field {counted!r} for method {m.code}")
    return FeeTariffRef(tariff.name, method.name)


def _plan(trig: TriggerDef, common: dict[str, FieldDef], rules: Mapping[str, ClockRule]) -> TriggerPlan:
    extension = rules["reply"].part("extension")
    extension_field = extension.field if extension and trig.name in extension.by else None
    effects: list[Step] = []
    if trig.sets_outcome:
        effects.append(Step("set_outcome", trig.sets_outcome))
    elif "outcome" in trig.fields:
        effects.append(Step("record_outcome"))
    if trig.concludes:
        effects.append(Step("conclude"))
    if trig.amends:
        effects.append(Step("amend_registration", trig.amends))
    if extension_field is not None:
        effects.append(Step("record_extension", extension_field))
    effects += [Step(name) for name in trig.effects]
    conditions = {t.when for t in trig.transitions if t.when}
    return TriggerPlan(
        fields=MappingProxyType({**trig.fields, **common}),
        # an amendment of the date of receipt re-derives the clocks
        needs_clocks=(bool(trig.amends) or any(trig.name in rule.triggers for rule in rules.values())
                      or any(GUARDS[g].reads_clocks for g, _ in trig.guards)
                      or any(ROUTING_CONDITIONS[c].reads_clocks for c in conditions)),
        extension_field=extension_field,
        effects=tuple(effects))


def _check_reachable(file: str, initial: str, states: dict[str, StateDef], triggers: dict[str, TriggerDef]) -> None:
    edges: dict[str, set[str]] = {s: set() for s in states}
    for trig in triggers.values():
        for t in trig.transitions:
            for s in t.sources:
                edges[s].add(s if t.dest == SAME else t.dest)
    seen, queue = {initial}, deque([initial])
    while queue:
        for nxt in edges[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    unreachable = [s for s in states if s not in seen]
    if unreachable:
        raise DefinitionError(file, "states", f"every state reachable from {initial!r}; unreachable: {', '.join(unreachable)}")


def parse_definition(path: Path, vocab: Vocabulary, tariffs: Mapping[str, Tariff] | None = None) -> Definition:
    """One lifecycle file; ``tariffs``: the fee tariffs of ``definitions/fees`` its triggers may charge by."""
    file = path.name
    tariffs = tariffs or {}
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise DefinitionError(file, "(root)", "a mapping")
    for key in ("name", "version", "initial", "states", "triggers", "register", "applies_to_received", "clocks"):
        if key not in raw:
            raise DefinitionError(file, key, "present (required key)")
    states: dict[str, StateDef] = {}
    if not isinstance(raw["states"], dict) or not raw["states"]:
        raise DefinitionError(file, "states", "a mapping of state name to {label, kind}")
    for name, spec in raw["states"].items():
        if not isinstance(spec, dict) or spec.get("kind") not in STATE_KINDS:
            raise DefinitionError(file, f"states.{name}.kind", f"one of {sorted(STATE_KINDS)}")
        states[name] = StateDef(name, str(spec.get("label", name)), spec["kind"])
    initial = raw["initial"]
    if initial not in states:
        raise DefinitionError(file, "initial", f"a known state, got {initial!r}")
    if not any(not s.is_open for s in states.values()):
        raise DefinitionError(file, "states", "at least one concluded state (kind: concluded or final)")
    roles = set(vocab.codes("roles"))
    if not isinstance(raw["triggers"], dict):
        raise DefinitionError(file, "triggers", "a mapping of trigger name to trigger definition")
    register = _parse_trigger(file, "register", raw["register"], states, vocab, roles, creating=True)
    triggers = {name: _parse_trigger(file, name, spec, states, vocab, roles, tariffs=tariffs, register=register)
                for name, spec in raw["triggers"].items()}
    _check_reachable(file, initial, states, triggers)
    span = raw["applies_to_received"]
    if not isinstance(span, dict) or not isinstance(span.get("from"), date):
        raise DefinitionError(file, "applies_to_received.from", "a date (YYYY-MM-DD)")
    until = span.get("until")
    if until is not None and not isinstance(until, date):
        raise DefinitionError(file, "applies_to_received.until", "a date or null")
    common = _parse_fields(file, "common_fields", raw.get("common_fields"), vocab)
    rules = compile_clocks(file, raw["clocks"], set(triggers))
    owed = {kind for t in (register, *triggers.values()) for kind in t.letters}
    checklist = parse_checklist(file, raw.get("file_checklist"), vocab, set(triggers), owed)
    for trig in triggers.values():
        if checklist is None and any(g == "file_complete" for g, _ in trig.guards):
            raise DefinitionError(file, f"triggers.{trig.name}.guards", "file_complete only with a file_checklist section")
    return Definition(
        name=str(raw["name"]),
        version=str(raw["version"]),
        label=str(raw.get("label", raw["name"])),
        file=file,
        applies_from=span["from"],
        applies_until=until,
        initial=initial,
        states=states,
        register=register,
        triggers=triggers,
        clocks=raw["clocks"],
        common_fields=common,
        clock_rules=rules,
        plans=MappingProxyType({t.name: _plan(t, common, rules) for t in (register, *triggers.values())}),
        tariffs=MappingProxyType({t.fee_tariff.tariff: tariffs[t.fee_tariff.tariff]
                                  for t in triggers.values() if t.fee_tariff}),
        file_checklist=checklist,
    )
