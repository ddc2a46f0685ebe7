"""Output limits in switch friction: one form a page, and what a target's routes allow.

An output figure reads one way in the switch friction of a page (review 10, I16): where two of
the figures its sentences show would print alike or out of order in short form (Claude Sonnet
4's 64,000 beside Gemini 2.5 Pro's 65,536, both "64K"), every one is written to the token, in
every bullet, not "64,000" in one and "64K" in the next. A target's routes that allow more
output than its record are said against the source's figure too: "as much (65,536)" where they
allow the source's, "more than Claude Sonnet 4 does" where they allow more, never "shrinks from
64K ... up to 64K".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.facts import FrictionKind
from phicompare.analysis.friction import WINDOW_SHARE, in_service

from . import format as fmt, paths
from .claims import Check, CheckOp
from .window_forms import materially_wider

if TYPE_CHECKING:
    from collections.abc import Callable

    from .context import Context

__all__ = ["output_checks", "output_form", "output_text", "wider_routes"]


def wider_routes(x: Context, t: int, window: int, *,
                 output: bool = False) -> list[tuple[int, int]]:
    """Model ``t``'s routes that take materially more than ``window`` tokens: index, size.

    ``output``: that allow materially more than ``window`` output tokens (their
    ``max_output_tokens``), not counting a route whose figure is nine tenths of its window or
    more: that is the window prompt and output share, no output limit (``WINDOW_SHARE``, the
    rule the models' figures follow: review 8, G13). Routes the page counts (in service,
    priced, left in by its terms), each more than 2.5% wider
    (:func:`~.window_forms.materially_wider`): not a free tier the page leaves out, nor a route
    160 tokens wider (review 7, F4).
    """
    model, day = x.c.models[t], x.c.as_of
    rows, indexes = x.c.route_groups[t]
    found = []
    for row, r in zip(rows, indexes, strict=True):
        size = row.route.max_output_tokens if output else row.context_window
        if output and size is not None and (row.context_window is None  # (no window to share)
                                            or size * 10 >= row.context_window * WINDOW_SHARE):
            continue
        if size is not None and materially_wider(size, window) and row.eligible \
                and in_service(row, model, day):
            found.append((r, size))
    return found


def output_form(x: Context) -> Callable[[int], str]:
    """How switch friction writes every output figure on the page (review 10, I16).

    Short, unless two of the figures its sentences show (each shrink's two limits, and the
    most the target's routes allow) would print alike or out of order: then to the token.
    """
    shown: set[int] = set()
    tops: dict[int, int] = {}  # per target: the most its routes allow (its record's the floor)
    for item in x.c.friction:
        if item.kind is not FrictionKind.OUTPUT_SHRINK:
            continue
        before, after = int(item.before or 0), int(item.after or 0)
        if fmt.reading(before) == fmt.reading(after):  # (a step that reads alike is not said)
            continue
        t = item.target_index
        if t not in tops:
            tops[t] = max([w for _, w in wider_routes(x, t, after, output=True)], default=after)
        shown |= {before, after, tops[t]}
    return fmt.token_formatter(shown)


def output_text(src: str, dst: str, form: Callable[[int], str], before: int, after: int,
                top: int | None) -> str:
    """The sentence of an output limit a move lowers; ``top``: the most the routes allow.

    Examples:
        >>> output_text("G", "M", fmt.exact_tokens, 65_536, 16_384, 65_536)[-42:]
        'some of its routes allow as much (65,536).'
        >>> output_text("S", "M", fmt.tokens, 64_000, 16_384, None)
        'Maximum output shrinks from 64K tokens on S to 16K on M.'
    """
    text = f"Maximum output shrinks from {form(before)} tokens on {src} to {form(after)} on {dst}"
    if top is None:
        return text + "."
    text += " as recorded for the model; some of its routes allow "
    if top == before:
        return text + f"as much ({form(top)})."
    return text + (f"more than {src} does, up to " if top > before else "more, up to ") + \
        f"{form(top)} tokens."


def output_checks(route: int, s: int, before: int, top: int) -> tuple[Check, ...]:
    """That the route named allows less than, as much as or more than ``s``'s limit, as said."""
    op = CheckOp.LESS if top < before else CheckOp.EQUAL if top == before else CheckOp.GREATER
    return (Check(op=op, paths=(paths.route(route, "route.max_output_tokens"),
                                paths.model(s, "max_output_tokens"))),)
