"""The lifecycle drawn from its definition: Mermaid text, and Graphviz DOT for an SVG."""

from __future__ import annotations

from workflow.definitions.model import SAME, Definition


def _edges(definition: Definition) -> list[tuple[str, str, str]]:
    edges: list[tuple[str, str, str]] = []
    for trig in definition.triggers.values():
        for t in trig.transitions:
            for source in t.sources:
                dest = source if t.dest == SAME else t.dest
                label = f"{trig.name} {trig.label}" + (f" [{t.when}]" if t.when else "")
                edges.append((source, dest, label))
    return edges


def mermaid(definition: Definition) -> str:
    lines = ["stateDiagram-v2", f"    %% {definition.label} · {definition.name} v{definition.version}"]
    for state in definition.states.values():
        lines.append(f"    {state.name}: {state.name} {state.label}")
    lines.append(f"    [*] --> {definition.initial}: register {definition.register.label}")
    for source, dest, label in _edges(definition):
        lines.append(f"    {source} --> {dest}: {label}")
    for state in definition.states.values():
        if state.kind == "final":
            lines.append(f"    {state.name} --> [*]")
    return "\n".join(lines) + "\n"


def graphviz_dot(definition: Definition) -> str:
    lines = ["digraph lifecycle {", '  rankdir=LR; node [shape=box, style=rounded, fontname="Noto Sans CJK SC"];']
    for state in definition.states.values():
        shape = ", peripheries=2" if not state.is_open else ""
        lines.append(f'  {state.name} [label="{state.label}\\n{state.name}"{shape}];')
    for source, dest, label in _edges(definition):
        lines.append(f'  {source} -> {dest} [label="{label}", fontsize=9];')
    lines.append("}")
    return "\n".join(lines) + "\n"
