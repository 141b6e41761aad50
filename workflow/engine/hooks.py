"""What the engine tells the parts above it after each transition, inside its transaction.

A hook receives one frozen :class:`Transition` and may write through its repository (the rows it
writes commit or roll back with the transition). Parts above the engine (letters, for one) implement
:class:`TransitionHook`; the engine never imports them: the application hands it the hooks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from workflow.clocks.clockset import ClockState
    from workflow.definitions.model import Definition
    from workflow.store.repository import NewEvent, Repository


@dataclass(frozen=True)
class Transition:
    repo: Repository  # the transition's own transaction
    case: dict[str, Any]  # the case row as it is after the transition
    trigger: str
    event: NewEvent
    definition: Definition
    clocks: list[ClockState] | None  # the case's clocks after the transition when the engine loaded them


class TransitionHook(Protocol):
    def __call__(self, transition: Transition) -> None: ...
