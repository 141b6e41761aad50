"""The one place that talks to the ``transitions`` library.

One ``Machine`` per definition version (``auto_transitions=False``), built without a model: a case
is a row, not a model object. To route a trigger, :meth:`LifecycleMachine.route` takes a small model
that serves one call at a time (added to the Machine once, then reused), puts it in the case's state,
fires the trigger the Machine's own way and reads where it ended: the destination. A routing condition (``when:`` in the definition) is a
question the model puts to the engine only when the Machine reaches a transition that names it, so
a condition no transition asks about is never computed. The Machine never writes anything; the
engine does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from transitions import EventData, Machine

from workflow.definitions.model import SAME, Definition


def _unasked(condition: str) -> bool:
    raise RuntimeError(f"routing condition {condition} asked outside a call")


class _Call:
    """The model of one call: the Machine sets its ``state``; ``holds`` answers a routing condition."""

    state: str
    trigger: Callable[[str], bool]  # added by Machine.add_model

    def __init__(self) -> None:
        self.holds: Callable[[str], bool] = _unasked


def _condition(name: str) -> Callable[[EventData], bool]:
    def holds(event: EventData) -> bool:
        return event.model.holds(name)

    holds.__name__ = name
    return holds


class LifecycleMachine:
    def __init__(self, definition: Definition) -> None:
        self.definition = definition
        transitions: list[dict[str, Any]] = []
        for trig in definition.triggers.values():
            for t in trig.transitions:
                for source in t.sources:
                    transitions.append({
                        "trigger": trig.name,
                        "source": source,
                        # a trigger that keeps the state is an internal transition: it neither leaves nor
                        # re-enters the state, so the Machine runs no exit or enter step for it
                        "dest": None if t.dest == SAME else t.dest,
                        "conditions": [_condition(t.when)] if t.when else [],
                    })
        self._machine = Machine(
            model=None,
            states=list(definition.states),
            transitions=transitions,
            initial=definition.initial,
            auto_transitions=False,
            send_event=True,
        )
        self._idle: list[_Call] = []
        self._allowed = {s: [t for t in self._machine.get_triggers(s) if t in definition.triggers]
                         for s in definition.states}

    def triggers_from(self, state: str) -> list[str]:
        return self._allowed.get(state, [])

    def route(self, state: str, trigger: str, holds: Callable[[str], bool]) -> str | None:
        """Where ``trigger`` takes a case in ``state``, or None when no transition's conditions hold."""
        call = self._take()
        call.holds = holds
        self._machine.set_state(state, model=call)
        try:
            moved = call.trigger(trigger)
            return call.state if moved else None  # an internal transition leaves call.state as it was
        finally:
            call.holds = _unasked
            self._idle.append(call)

    def _take(self) -> _Call:
        # Adding a model binds every trigger and state to it, which costs more than the routing; so a
        # model is added once and reused by one call at a time. list.pop and append are atomic: the
        # pool grows to the number of calls routing at once and no further.
        try:
            return self._idle.pop()
        except IndexError:
            call = _Call()
            self._machine.add_model(call)
            return call
