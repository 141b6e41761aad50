"""The engine resolves a trigger from the Machine's tables; the Machine itself must agree."""

from __future__ import annotations

import itertools

import pytest

from workflow.definitions.registry import load_registry
from workflow.engine.machine import machine_for

REGISTRY = load_registry()


@pytest.mark.parametrize("key", sorted(REGISTRY.definitions), ids=lambda k: f"{k[0]}-{k[1]}")
def test_table_resolution_agrees_with_firing_the_machine(key):
    definition = REGISTRY.definitions[key]
    machine = machine_for(definition)
    checked = routed = 0
    for state in definition.states:
        for trigger in definition.triggers:
            conditions = sorted(machine.conditions_for(trigger, state))
            routed += bool(conditions)
            for values in itertools.product((False, True), repeat=len(conditions)):
                answers = dict(zip(conditions, values, strict=True))
                assert machine.resolve(state, trigger, answers) == machine.fire_probe(state, trigger, answers), (
                    state, trigger, answers)
                checked += 1
    assert routed > 0  # the definitions do have conditional routes, so both paths were exercised
    assert checked > len(definition.states)


def test_a_trigger_not_allowed_in_a_state_resolves_to_nothing():
    definition = REGISTRY.definitions[sorted(REGISTRY.definitions)[-1]]
    machine = machine_for(definition)
    state = definition.initial
    forbidden = next(t for t in definition.triggers if t not in machine.triggers_from(state))
    assert machine.resolve(state, forbidden, {}) is None
    assert machine.fire_probe(state, forbidden, {}) is None
