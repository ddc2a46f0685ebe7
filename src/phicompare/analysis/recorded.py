"""Capabilities a catalog records at all, and the line for one it records for no model.

A capability no model and no route of a catalog sets, either way, is one the catalog says
nothing of (review 18, P4: no record of the bundled catalog sets ``tool_use``). Filtering by it
would rule out every route and list no model, as if every model lacked it; the CLI answers in
one line instead, naming the nearest capability the catalog does record.
"""

from __future__ import annotations

from collections.abc import Iterable

from phicompare.domain.capabilities import Capability
from phicompare.domain.records import Model

__all__ = ["NEAREST", "recorded_capabilities", "unrecorded_line"]

_C = Capability

NEAREST: dict[Capability, tuple[Capability, ...]] = {
    _C.TOOL_USE: (_C.FUNCTION_CALLING, _C.CODE_EXECUTION),
    _C.CODE_EXECUTION: (_C.TOOL_USE, _C.FUNCTION_CALLING),
    _C.FUNCTION_CALLING: (_C.TOOL_USE, _C.STRUCTURED_OUTPUTS),
    _C.STRUCTURED_OUTPUTS: (_C.FUNCTION_CALLING,),
    _C.VISION: (_C.MULTIMODAL,),
    _C.MULTIMODAL: (_C.VISION,),
    _C.REASONING: (),
}
"""Each capability's nearest ones, nearest first: the one to name when a catalog records none."""


def recorded_capabilities(models: Iterable[Model]) -> frozenset[Capability]:
    """The capabilities some model or route of ``models`` sets, ``true`` or ``false``.

    Examples:
        >>> from phicompare.domain.capabilities import Capabilities
        >>> sorted(c.value for c in recorded_capabilities(
        ...     [Model(id="m", name="M", capabilities=Capabilities(vision=False))]))
        ['vision']
    """
    found: set[Capability] = set()
    for model in models:
        tables = [model.capabilities, *[r.capabilities for r in model.routes
                                         if r.capabilities is not None]]
        found.update(c for c in Capability if any(t.flag(c) is not None for t in tables))
        if len(found) == len(Capability):
            break
    return frozenset(found)


def unrecorded_line(capability: Capability, recorded: frozenset[Capability]) -> str | None:
    """The line saying the catalog records ``capability`` for no model, or ``None`` if it does.

    Examples:
        >>> unrecorded_line(Capability.TOOL_USE, frozenset({Capability.FUNCTION_CALLING}))
        'the catalog records no tool use: no model or route in it sets tool_use either way, so \
no model can be told apart by it; the nearest it records is function calling (function_calling)'
        >>> unrecorded_line(Capability.VISION, frozenset({Capability.VISION})) is None
        True
    """
    if capability in recorded:
        return None
    label = capability.label.lower()
    line = (f"the catalog records no {label}: no model or route in it sets {capability.value} "
            f"either way, so no model can be told apart by it")
    near = next((c for c in NEAREST[capability] if c in recorded), None)
    if near is None:
        return line
    return f"{line}; the nearest it records is {near.label.lower()} ({near.value})"
