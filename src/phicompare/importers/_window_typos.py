"""A provider's mistyped window, read as the figure it plainly means (review 24, P8).

NanoGPT's models.dev files give many of Google's models (the Gemini 2.5 and 3 previews,
``gemini-pro-latest``) a window of 1,048,756 tokens: 1,048,576 (2^20, the input limit Google
gives these models) with two digits swapped. The figure became the model window of
records whose only window came from those files, and a route window beside other hosts'
1,048,576, so a page stated a 180-token difference that does not exist. :func:`untypoed` reads
each keyed figure of its provider's routes of its vendor's models as the intended one, and a
model window equal to it where a route of that provider gave it (OpenRouter's own listing of
its stealth model Owl Alpha gives 1,048,756 too, so the figure is not read as a typo
elsewhere); the route's (and model's) notes say so, and ``docs/data-notes.md`` lists each.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from phicompare.domain.records import Model

from ._noted import noted

__all__ = ["WINDOW_TYPOS", "WindowTypo", "untypoed"]


@attrs.frozen
class WindowTypo:
    """A figure a provider's files give a vendor's models' windows, the figure it means, and why.

    Examples:
        >>> WindowTypo("nano-gpt", "Google", 1_048_756, 1_048_576, "digits swapped").meant
        1048576
    """

    provider: str
    vendor: str
    read: int
    meant: int
    why: str


WINDOW_TYPOS: tuple[WindowTypo, ...] = (
    WindowTypo(
        "nano-gpt", "Google", 1_048_756, 1_048_576,
        "NanoGPT's models.dev files give 1,048,756, 1,048,576 (2^20) with two digits swapped: "
        "Google gives the Gemini 2.5 and 3 models an input limit of 1,048,576 tokens, which "
        "their Google, Vertex AI and other hosts' routes here carry; no model is documented "
        "with 1,048,756 (review 24, P8)"),
)
"""Window figures a provider's files mistype, keyed by provider."""


def untypoed(models: Sequence[Model], typos: Sequence[WindowTypo] = WINDOW_TYPOS
             ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed mistyped window read as meant (notes saying it), a line each.

    A route of the typo's provider, of a model of its vendor, whose context window (or output
    limit) is the mistyped figure takes the meant one; so does the model's own window where it
    equals the figure and a route of that provider gave it.

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> route = ProviderRoute(provider="p", source="https://x.test",
        ...                       checked=dt.date(2026, 7, 2), input=Decimal(1),
        ...                       output=Decimal(2), context_window=1_048_756)
        >>> fix = WindowTypo("p", "V", 1_048_756, 1_048_576, "swapped")
        >>> out, lines = untypoed([Model(id="m", name="M", vendor="V", context_window=1_048_756,
        ...                              routes=(route,))], [fix])
        >>> out[0].context_window, out[0].routes[0].context_window
        (1048576, 1048576)
        >>> lines
        ['m: context window 1048756 -> 1048576 (p route and model): swapped']
    """
    out: list[Model] = []
    lines: list[str] = []
    for found in models:
        model = found
        for typo in typos:
            model, line = _untypo(model, typo)
            lines.extend([line] if line else [])
        out.append(model)
    return out, lines


def _untypo(model: Model, typo: WindowTypo) -> tuple[Model, str | None]:
    """``model`` with ``typo`` read as meant on its provider's routes and its own window."""
    if model.vendor != typo.vendor:
        return model, None
    note = (f"Window {typo.read:,} read as {typo.meant:,} ({typo.provider}'s figure with two "
            f"digits swapped; docs/data-notes.md).")
    routes = []
    touched = False
    for route in model.routes:
        window, output = route.context_window, route.max_output_tokens
        if route.provider != typo.provider or typo.read not in (window, output):
            routes.append(route)
            continue
        touched = True
        routes.append(attrs.evolve(
            route, notes=noted(route.notes, note, "; "),
            context_window=typo.meant if window == typo.read else window,
            max_output_tokens=typo.meant if output == typo.read else output))
    if not touched:
        return model, None
    own = model.context_window == typo.read
    fixed = attrs.evolve(
        model, routes=tuple(routes),
        context_window=typo.meant if own else model.context_window,
        max_output_tokens=(typo.meant if model.max_output_tokens == typo.read
                           else model.max_output_tokens),
        notes=noted(model.notes, note) if own else model.notes)
    where = f"{typo.provider} route and model" if own else f"{typo.provider} route"
    return fixed, f"{model.id}: context window {typo.read} -> {typo.meant} ({where}): {typo.why}"
