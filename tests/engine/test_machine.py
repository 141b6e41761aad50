"""The Machine routes a trigger by its own rules: the first transition whose conditions hold."""

from __future__ import annotations

import pytest

from workflow.definitions.registry import load_registry
from workflow.engine.machine import LifecycleMachine

REGISTRY = load_registry()
GIR2019 = REGISTRY.get("GIR2019", "1")


def _route(state: str, trigger: str, answers: dict[str, bool]) -> tuple[str | None, list[str]]:
    asked: list[str] = []

    def holds(condition: str) -> bool:
        asked.append(condition)
        return answers[condition]

    return LifecycleMachine(GIR2019).route(state, trigger, holds), asked


@pytest.mark.parametrize(("answer", "dest"), [(True, "consulting"), (False, "in_review")])
def test_a_condition_picks_the_first_transition_that_holds(answer, dest):
    assert _route("consulting", "record_opinion", {"consultations_outstanding": answer}) == (
        dest, ["consultations_outstanding"])


def test_an_unconditional_route_asks_nothing():
    assert _route("received", "accept", {}) == ("in_review", [])


def test_a_trigger_stays_in_its_state_when_the_definition_says_same():
    machine = LifecycleMachine(GIR2019)
    same = [(s, t.name) for t in GIR2019.triggers.values() for tr in t.transitions if tr.dest == "same"
            for s in tr.sources if not tr.when]
    assert same, "the definition has a transition to the same state"
    state, trigger = same[0]
    assert machine.route(state, trigger, lambda _c: False) == state


def test_triggers_from_a_state_are_the_definitions():
    machine = LifecycleMachine(GIR2019)
    for state in GIR2019.states:
        expected = {t.name for t in GIR2019.triggers.values() for tr in t.transitions if state in tr.sources}
        assert set(machine.triggers_from(state)) == expected
