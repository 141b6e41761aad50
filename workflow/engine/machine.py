"""The one place that talks to the ``transitions`` library.

One ``Machine`` per definition version (``auto_transitions=False``), shared by every case: a case
is a row, not a model object. Where a trigger may go from a state is read once from the Machine's
own tables (its events, their transitions and conditions, in the Machine's order) and resolved the
way the Machine resolves it: the first transition whose conditions all hold. ``fire_probe`` does
the same by firing the trigger on a probe model under a lock; the tests check that both agree for
every trigger, state and answer. The Machine never writes anything; the engine does.
"""

from __future__ import annotations

import threading
from typing import Any

from transitions import Machine, MachineError

from workflow.definitions.model import ROUTING_CONDITIONS, SAME, Definition


class _Probe:
    """The shared model; routing conditions read the answers the engine precomputed."""

    def __init__(self) -> None:
        self.answers: dict[str, bool] = {}


for _name in ROUTING_CONDITIONS:
    setattr(_Probe, _name, lambda self, event=None, _n=_name: bool(self.answers.get(_n)))


class LifecycleMachine:
    def __init__(self, definition: Definition) -> None:
        self.definition = definition
        self._probe = _Probe()
        self._lock = threading.Lock()
        transitions: list[dict[str, Any]] = []
        for trig in definition.triggers.values():
            for t in trig.transitions:
                for source in t.sources:
                    transitions.append({
                        "trigger": trig.name,
                        "source": source,
                        "dest": source if t.dest == SAME else t.dest,
                        "conditions": [t.when] if t.when else [],
                    })
        self._machine = Machine(
            model=self._probe,
            states=list(definition.states),
            transitions=transitions,
            initial=definition.initial,
            auto_transitions=False,
            send_event=True,
        )

        # Read once from the Machine's own tables: what each state allows, and where each trigger
        # leads from it under which routing conditions (resolving needs no probe and no lock).
        self._allowed = {s: [t for t in self._machine.get_triggers(s) if t in definition.triggers]
                         for s in definition.states}
        # (trigger, source) -> [(((condition, required answer), ...), dest), ...] in the Machine's order
        self._routes: dict[tuple[str, str], list[tuple[tuple[tuple[str, bool], ...], str]]] = {
            (name, source): [(tuple((c.func, bool(c.target)) for c in t.conditions), t.dest) for t in candidates]
            for name, event in self._machine.events.items()
            for source, candidates in event.transitions.items()
        }
        self._conditions = {key: frozenset(name for conditions, _ in routes for name, _ in conditions)
                            for key, routes in self._routes.items()}

    def triggers_from(self, state: str) -> list[str]:
        return self._allowed.get(state, [])

    def conditions_for(self, trigger: str, state: str) -> frozenset[str]:
        """The routing conditions of ``trigger``'s transitions from ``state``."""
        return self._conditions.get((trigger, state), frozenset())

    def resolve(self, state: str, trigger: str, answers: dict[str, bool]) -> str | None:
        """The destination of ``trigger`` from ``state``, or None when no transition applies."""
        for conditions, dest in self._routes.get((trigger, state), ()):
            if all(bool(answers.get(name)) is wanted for name, wanted in conditions):
                return dest
        return None

    def fire_probe(self, state: str, trigger: str, answers: dict[str, bool]) -> str | None:
        """What the Machine itself does: fire ``trigger`` on the probe put in ``state``."""
        with self._lock:
            self._machine.set_state(state, model=self._probe)
            self._probe.answers = answers
            try:
                moved = self._probe.trigger(trigger)
            except MachineError:
                return None
            return self._probe.state if moved else None


_MACHINES: dict[tuple[str, str], LifecycleMachine] = {}
_MACHINES_LOCK = threading.Lock()


def machine_for(definition: Definition) -> LifecycleMachine:
    machine = _MACHINES.get(definition.key)
    if machine is None or machine.definition is not definition:
        with _MACHINES_LOCK:
            machine = _MACHINES[definition.key] = LifecycleMachine(definition)
    return machine
