"""A reseller's request-mode listing priced below its own plain listing of the model.

A request mode written into a name (NanoGPT's ``o3-mini-high``, ``:thinking``) is a route of the
model (:func:`~._listings.request_mode`). Where the same provider also lists the model plainly,
under the same name without the mode, at higher prices, and sets the mode per request
(NanoGPT's o3-mini takes reasoning effort low, medium or high), the provider gives two prices
for one product: the mode listing's cannot be the model's price there, and as the cheaper it
would be the route a page bills the model on (brief data11). It is left out, said in the
model's notes and listed in ``docs/data-notes.md``. A mode listing dearer than the plain one
(Gemini 2.5 Flash's thinking output, Google's own price for it) stays, as does one whose provider
lists the model under no plain name (a serving variant such as a ``TEE/`` listing is another
product, not the plain name).
"""

from __future__ import annotations

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._listings import _MODE, request_mode
from ._noted import noted

__all__ = ["undercut_modes"]


def _plain(name: str) -> str:
    """A mode listing's name without its mode (``openai/o3-mini-high`` is ``openai/o3-mini``)."""
    head, slash, last = name.casefold().rpartition("/")
    return f"{head}{slash}{_MODE.sub('', last)}"


def _below(mode: ProviderRoute, plain: ProviderRoute) -> bool:
    if mode.input is None or mode.output is None or plain.input is None or plain.output is None:
        return False
    return (mode.input <= plain.input and mode.output <= plain.output
            and (mode.input, mode.output) != (plain.input, plain.output))


def undercut_modes(model: Model) -> tuple[Model, tuple[str, ...]]:
    """``model`` without a mode listing priced below its provider's plain one, and a line each.

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> def route(name: str, price: str) -> ProviderRoute:
        ...     return ProviderRoute(provider="p", source="https://x.test",
        ...                          checked=dt.date(2026, 7, 2), provider_model_id=name,
        ...                          input=Decimal(price), output=Decimal(price))
        >>> out, lines = undercut_modes(Model(id="m", name="M",
        ...                                   routes=(route("m", "2"), route("m:thinking", "1"))))
        >>> [r.provider_model_id for r in out.routes], lines
        (['m'], ('m: p m:thinking at $1/$1 below p m at $2/$2: left out',))
    """
    plain = [r for r in model.routes if not request_mode(r.provider_model_id or "")]
    kept: list[ProviderRoute] = []
    lines: list[str] = []
    notes: list[str] = []
    for route in model.routes:
        name = route.provider_model_id or ""
        under = [p for p in plain if p.provider == route.provider and _below(route, p)
                 and (p.provider_model_id or "").casefold() == _plain(name)]
        if not request_mode(name) or not under:
            kept.append(route)
            continue
        other = under[0]
        lines.append(f"{model.id}: {route.provider} {name} at ${route.input}/${route.output} "
                     f"below {other.provider} {other.provider_model_id} at "
                     f"${other.input}/${other.output}: left out")
        notes.append(f"Left out: {route.provider}'s {name} listing (${route.input} in, "
                     f"${route.output} out per 1M), as the same provider lists the model as "
                     f"{other.provider_model_id} at ${other.input} and ${other.output}, the mode "
                     "set per request, so the cheaper mode listing is not the model's price "
                     "there (docs/data-notes.md).")
    if not lines:
        return model, ()
    note = " ".join(notes)
    return attrs.evolve(model, routes=tuple(kept),
                        notes=noted(model.notes, note)), tuple(lines)
