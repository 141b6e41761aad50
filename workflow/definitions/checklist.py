"""The archive checklist (归档): what a case file (案卷) must hold before ``archive``, by outcome.

A definition declares it under ``file_checklist:`` as data: named items, each met by any one of its
ways (an attachment of a kind, a letter the system made, the service of the letters of a kind, an
event, the channel the application came by), some applying only when a condition holds (an event
happened, a letter was served by a method), and per outcome the items that apply. This module reads
and checks that section (every error names the file and key path) and says, from a case's
:class:`FileFacts`, which items are done; gathering the facts is the store's part and refusing
``archive`` the engine's. Nothing here reads a file or a database.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from workflow.definitions.model import DEFAULT, ChecklistItem, Definition, FileChecklist, Vocabulary, Way
from workflow.errors import DefinitionError

# the ways an item may be met, and what each names
WAYS = MappingProxyType(
    {
        "attachment": "attachment_kinds",  # an attachment of that kind is on the case
        "letter": "letters",  # the system made a letter of that kind
        "served": "letters",  # every letter of that kind the case's events owe is recorded as served
        "event": "triggers",  # the case has an event of that trigger
        "channel": "channels",  # the application came by that channel
    }
)
# the conditions under which an item applies (``when``)
CONDITIONS = MappingProxyType(
    {
        "event": "triggers",  # the case has an event of that trigger
        "service_method": "service_methods",  # a letter was recorded as served by that method
    }
)


@dataclass(frozen=True)
class FactEvent:
    seq: int
    trigger: str
    effective_on: date


@dataclass(frozen=True)
class FactService:
    kind: str
    event_seq: int
    method: str


@dataclass(frozen=True)
class FileFacts:
    """What a case's file holds, as far as the checklist asks."""

    channel: str
    outcome: str | None
    events: tuple[FactEvent, ...]
    letters: frozenset[str]  # the kinds of letter the system made for the case
    services: tuple[FactService, ...]
    attachment_kinds: frozenset[str]


@dataclass(frozen=True)
class ItemStatus:
    name: str
    label: str
    done: bool
    detail: str = ""  # what exactly is missing, when the label alone does not say


# -- reading the section -----------------------------------------------------------------------


def _way(
    file: str, path: str, raw: Any, table: Mapping[str, str], known: Mapping[str, Collection[str]]
) -> Way:
    if not isinstance(raw, dict) or len(raw) != 1:
        raise DefinitionError(file, path, f"a one-key mapping {{{' | '.join(table)}: code or [codes]}}")
    ((kind, value),) = raw.items()
    if kind not in table:
        raise DefinitionError(file, path, f"one of {sorted(table)}, got {kind!r}")
    values = tuple(str(v) for v in (value if isinstance(value, list) else [value]))
    allowed = known[table[kind]]
    unknown = [v for v in values if v not in allowed]
    if not values or unknown:
        raise DefinitionError(
            file,
            f"{path}.{kind}",
            f"codes of {table[kind]} ({', '.join(sorted(allowed))}), got {unknown or values!r}",
        )
    return Way(kind, values)


def parse_checklist(
    file: str, raw: Any, vocab: Vocabulary, triggers: Collection[str], letters: Collection[str]
) -> FileChecklist | None:
    """The ``file_checklist`` section (None when the definition has none); ``triggers`` and
    ``letters``: the definition's trigger names and the letter kinds its triggers owe."""
    if raw is None:
        return None
    path = "file_checklist"
    if not isinstance(raw, dict) or set(raw) != {"items", "outcomes"}:
        raise DefinitionError(file, path, "a mapping with items and outcomes")
    known = {
        "attachment_kinds": vocab.codes("attachment_kinds") if "attachment_kinds" in vocab.lists else [],
        "channels": vocab.codes("channels"),
        "service_methods": vocab.codes("service_methods"),
        "triggers": triggers,
        "letters": letters,
    }
    if not isinstance(raw["items"], dict) or not raw["items"]:
        raise DefinitionError(file, f"{path}.items", "a mapping of item name to {label, any_of, when}")
    items: dict[str, ChecklistItem] = {}
    for name, spec in raw["items"].items():
        where = f"{path}.items.{name}"
        if (
            not isinstance(spec, dict)
            or not spec.get("label")
            or not set(spec) <= {"label", "any_of", "when"}
        ):
            raise DefinitionError(file, where, "a mapping with label, any_of and optionally when")
        ways = spec.get("any_of")
        if not isinstance(ways, list) or not ways:
            raise DefinitionError(file, f"{where}.any_of", "a list of at least one way the item is met")
        when = spec.get("when")
        items[str(name)] = ChecklistItem(
            name=str(name),
            label=str(spec["label"]),
            ways=tuple(_way(file, f"{where}.any_of[{i}]", w, WAYS, known) for i, w in enumerate(ways)),
            when=None if when is None else _way(file, f"{where}.when", when, CONDITIONS, known),
        )
    outcomes = raw["outcomes"]
    if not isinstance(outcomes, dict) or DEFAULT not in outcomes:
        raise DefinitionError(
            file,
            f"{path}.outcomes",
            f"a mapping of outcome code to item names, with {DEFAULT!r} for the outcomes not named",
        )
    codes = set(vocab.codes("outcomes"))
    by_outcome: dict[str, tuple[str, ...]] = {}
    for outcome, names in outcomes.items():
        where = f"{path}.outcomes.{outcome}"
        if outcome != DEFAULT and outcome not in codes:
            raise DefinitionError(
                file, where, f"{DEFAULT!r} or an outcome code of vocabulary.yaml, got {outcome!r}"
            )
        if not isinstance(names, list) or not names:
            raise DefinitionError(file, where, "a list of item names")
        unknown = [n for n in names if n not in items]
        if unknown:
            raise DefinitionError(file, where, f"items of {path}.items ({', '.join(items)}), got {unknown}")
        by_outcome[str(outcome)] = tuple(str(n) for n in names)
    unused = [n for n in items if not any(n in names for names in by_outcome.values())]
    if unused:
        raise DefinitionError(
            file, f"{path}.items", f"every item listed for some outcome; unused: {', '.join(unused)}"
        )
    return FileChecklist(MappingProxyType(items), MappingProxyType(by_outcome))


# -- evaluating it ---------------------------------------------------------------------------


def owed_letters(definition: Definition, events: tuple[FactEvent, ...], kind: str) -> list[FactEvent]:
    """The events whose trigger owes a letter of ``kind``, oldest first."""
    out = []
    for ev in events:
        trig = (
            definition.register
            if ev.trigger == definition.register.name
            else definition.triggers.get(ev.trigger)
        )
        if trig is not None and kind in trig.letters:
            out.append(ev)
    return out


def unserved(definition: Definition, facts: FileFacts, kind: str) -> list[FactEvent]:
    served = {s.event_seq for s in facts.services if s.kind == kind}
    return [ev for ev in owed_letters(definition, facts.events, kind) if ev.seq not in served]


def _holds(definition: Definition, facts: FileFacts, way: Way) -> bool:
    if way.kind == "attachment":
        return any(v in facts.attachment_kinds for v in way.values)
    if way.kind == "letter":
        return any(v in facts.letters for v in way.values)
    if way.kind == "served":
        return all(not unserved(definition, facts, v) for v in way.values)
    if way.kind == "event":
        return any(ev.trigger in way.values for ev in facts.events)
    if way.kind == "channel":
        return facts.channel in way.values
    if way.kind == "service_method":
        return any(s.method in way.values for s in facts.services)
    raise AssertionError(way.kind)  # parse_checklist admits no other


def _detail(definition: Definition, vocab: Vocabulary, facts: FileFacts, item: ChecklistItem) -> str:
    """For an item met only by service: which letter waits for it (the step that made it, and when)."""
    out = []
    for way in item.ways:
        if way.kind != "served":
            continue
        for kind in way.values:
            for ev in unserved(definition, facts, kind):
                trig = definition.triggers.get(ev.trigger)
                out.append(
                    f"第 {ev.seq} 步「{trig.label if trig else ev.trigger}」{ev.effective_on} 作出的"
                    f"{vocab.label('served_letters', kind)}尚未登记送达"
                )
    return "，".join(out)


def evaluate(definition: Definition, vocab: Vocabulary, facts: FileFacts) -> list[ItemStatus]:
    """The items of the case's outcome that apply to it, each done or not; [] without a checklist."""
    checklist = definition.file_checklist
    if checklist is None:
        return []
    out = []
    for item in checklist.for_outcome(facts.outcome):
        if item.when is not None and not _holds(definition, facts, item.when):
            continue
        done = any(_holds(definition, facts, w) for w in item.ways)
        out.append(
            ItemStatus(item.name, item.label, done, "" if done else _detail(definition, vocab, facts, item))
        )
    return out
