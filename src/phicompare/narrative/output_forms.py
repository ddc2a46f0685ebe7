"""Output limits in switch friction: one form a page, and what a target's routes allow.

An output figure reads one way in the switch friction of a page (review 10, I16): where two of
the figures its sentences show would print alike or out of order in short form (Claude Sonnet
4's 64,000 beside Gemini 2.5 Pro's 65,536, both "64K"), every one is written to the token, in
every bullet, not "64,000" in one and "64K" in the next. A target's routes that allow more
output than its record are said against the source's figure too: "as much (65,536)" where they
allow the source's, "more than Claude Sonnet 4 does" where they allow more, never "shrinks from
64K ... up to 64K". Where the route behind a model's bill states an output limit of its own,
the move is judged at the bills' routes, as the windows are (:func:`billed_output`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.facts import FrictionKind
from phicompare.analysis.friction import WINDOW_SHARE, in_service

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .window_forms import materially_wider

if TYPE_CHECKING:
    from collections.abc import Callable

    from .context import Context

__all__ = ["OutputShrinks", "bill_output", "billed_output", "output_checks", "output_form",
           "output_shrinks", "output_text", "route_output", "wider_routes"]


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
    if not output and window == model.context_window:  # its own window: kept with the catalog
        return list(x.wider[t])
    rows, indexes = x.c.route_groups[t]
    found = []
    for row, r in zip(rows, indexes, strict=True):
        size = row.route.max_output_tokens if output else row.context_window
        if output and size is not None and (row.context_window is None  # (no window to share)
                                            or size * 10 >= row.context_window * WINDOW_SHARE):
            continue
        # (most routes take their model's own figure: no wider, nothing more to ask)
        if size is not None and size > window and materially_wider(size, window) \
                and row.eligible and in_service(row, model, day):
            found.append((r, size))
    return found


class OutputShrinks(NamedTuple):
    """The output limits a page's switch friction lowers, read once a page."""

    form: Callable[[int], str]
    """How the page writes every output figure (:func:`output_form`)."""
    wider: dict[int, list[tuple[int, int]]]
    """By friction item (its index): the target's routes that allow materially more output
    than the item's ``after`` (:func:`wider_routes`), for each shrink said (one that reads
    alike is not)."""
    bills: tuple[tuple[int, int] | None, ...]
    """Per model: :func:`bill_output`."""


def output_shrinks(x: Context) -> OutputShrinks:
    """:class:`OutputShrinks` of the page: use :attr:`.context.Context.output_shrinks`."""
    bills = tuple([bill_output(x, i) for i in range(x.n)])
    shown: set[int] = set()
    tops: dict[int, int] = {}  # per target: the most its routes allow (its record's the floor)
    wider: dict[int, list[tuple[int, int]]] = {}
    for k, item in enumerate(x.c.friction):
        if item.kind is not FrictionKind.OUTPUT_SHRINK:
            continue
        before, after = int(item.before or 0), int(item.after or 0)
        if fmt.reading(before) == fmt.reading(after):  # (a step that reads alike is not said)
            continue
        t = item.target_index
        wider[k] = found = wider_routes(x, t, after, output=True)
        if t not in tops:
            tops[t] = max([w for _, w in found], default=after)
        shown |= {before, after, tops[t]}
        shown |= {bill[1] for i in (item.source_index, t)  # the bills' routes' (fixAI)
                  if (bill := bills[i]) is not None}
    return OutputShrinks(fmt.token_formatter(shown), wider, bills)


def output_form(x: Context) -> Callable[[int], str]:
    """How switch friction writes every output figure on the page (review 10, I16).

    Short, unless two of the figures its sentences show (each shrink's two limits, and the
    most the target's routes allow) would print alike or out of order: then to the token.
    Found once a page (:attr:`.context.Context.output_shrinks`).
    """
    return x.output_shrinks.form


def route_output(row_window: int | None, size: int | None) -> int | None:
    """A route's output figure, unless it is its window's prompt and output share (none).

    Examples:
        >>> route_output(32_768, 7_168), route_output(163_840, 163_840), route_output(None, 8)
        (7168, None, 8)
    """
    if size is None or (row_window is not None and size * 10 >= row_window * WINDOW_SHARE):
        return None
    return size


def bill_output(x: Context, i: int) -> tuple[int, int] | None:
    """The route behind model ``i``'s bill and its output limit, where it differs from the record.

    ``None`` where the model has no priced bill, its route states no output limit of its own
    (or only its window's share: :func:`route_output`), or the limit reads as the record's.
    """
    return x.bill_outputs[i]  # (each model's own, kept with the catalog: :mod:`.own`)


def billed_output(x: Context, s: int, t: int, before: int, after: int,
                  form: Callable[[int], str], claim: Claim) -> Claim:
    """Switch friction's output shrink from ``s`` to ``t``, judged at the bills' routes.

    The records' figures (``before``, ``after``) stand where neither bill's route states an
    output limit of its own that reads apart from its record: ``claim`` as it was. Otherwise each
    side's figure is its bill's route's where known, its record's else, and the sentence says
    which: "Maximum output shrinks on the bills' routes from 7,168 tokens behind DeepSeek V3.1's
    bill on Kilo Gateway to 4,096 on GPT-4 Turbo Preview; as recorded for the models, 32,768
    against 4,096", or, where the bills' routes shrink nothing, "..., as recorded for the models;
    not on the bills' routes: Nebius AI Studio, behind A's bill, allows 8,192, against B's 16K"
    (helper fixAI: it compared the records alone).
    """
    bills = x.output_shrinks.bills
    sb, tb = bills[s], bills[t]
    if sb is None and tb is None:
        return claim
    was, now = (sb[1] if sb else before), (tb[1] if tb else after)
    src, dst, routes = x.names[s], x.names[t], x.c.routes
    at = [(i, found) for i, found in ((s, sb), (t, tb)) if found is not None]
    kind = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    path_of = {i: paths.route(found[0], "route.max_output_tokens") if found else
               paths.model(i, "max_output_tokens") for i, found in ((s, sb), (t, tb))}
    shrinks = now < was and materially_wider(was, now) and form(was) != form(now)
    if shrinks:
        mine = f"behind {src}'s bill on {routes[sb[0]].provider_name}" if sb else f"on {src}"
        theirs = (f"on {dst}" if tb is None else
                  f"behind {dst}'s on {routes[tb[0]].provider_name}" if sb else
                  f"behind {dst}'s bill on {routes[tb[0]].provider_name}")
        text = (f"Maximum output shrinks on the bills' routes from {form(was)} tokens {mine} to "
                f"{form(now)} {theirs}; as recorded for the models, {form(before)} against "
                f"{form(after)}.")
        tested = Check(op=CheckOp.LESS, paths=(path_of[t], path_of[s]))
    else:
        said = "; ".join([f"{routes[found[0]].provider_name}, behind {x.names[i]}'s bill, "
                          f"allows {fmt.exact_tokens(found[1])}" for i, found in at])
        other = (f", against {dst}'s {form(after)}" if tb is None else  # (its name first)
                 f", against {src}'s {form(before)}" if sb is None else "")
        text = (f"Maximum output shrinks from {form(before)} tokens on {src} to {form(after)} on "
                f"{dst} as recorded for the models; not on the bills' routes: {said}{other}.")
        tested = (Check(op=CheckOp.AT_MOST, paths=(path_of[s], path_of[t])) if now >= was else
                  Check(op=CheckOp.WITHIN, paths=(path_of[s], path_of[t]), values=("0.025",)))

    shown = form if shrinks else fmt.exact_tokens  # (a route's figure to the token, as fixAH's)
    kind = kind if shrinks else EvidenceKind.TOKENS_EXACT

    def grounds() -> Basis:
        return Basis(  # (the record's sentence's figures that this one shows: routes it drops)
            (*[e for e in claim.evidence if e.shown is None or e.shown in text],
             *[e for i, (row, size) in at for e in (
                 Evidence(paths.route(row, "provider_name"), routes[row].provider_name),
                 Evidence(paths.route(row, "route.max_output_tokens"), size, shown(size), kind))]),
            (*claim.checks, tested,
             *[c for i, (row, _) in at for c in (
                 Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                                paths.route(row, "provider_name"))),
                 Check(op=CheckOp.LESS, paths=(paths.route(row, "route.max_output_tokens"),
                                               paths.route(row, "context_window")))
                 if routes[row].context_window is not None else None) if c is not None]))

    return Claim(key=claim.key, text=text, basis=grounds)


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
