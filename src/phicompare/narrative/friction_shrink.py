"""Switch friction's shrinks: a context window or output limit a move lowers.

Split from :mod:`.friction`: the sentence of a context window or output limit a move lowers,
with the routes of the target that take more, the prompts it cuts, and the routes behind the
bills (review 6, D3, D11; review 7, F32; review 8, G13; review 25, P4, P6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.facts import FrictionKind

from . import format as fmt, output_forms as outputs, paths
from .bill_window import billed_shrink
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .input_cut import capped_source, prompt_cut, uncut
from .output_forms import output_checks, output_text, wider_routes
from .reach_cut import window_form
from .window_forms import outreached
from .window_notes import noted_target

if TYPE_CHECKING:
    from phicompare.analysis.facts import FrictionItem

    from .context import Context
    from .paths import ModelField, RouteField

__all__ = ["shrink_claim"]

_KEYS = {kind: kind.value for kind in (FrictionKind.CONTEXT_SHRINK, FrictionKind.OUTPUT_SHRINK)}
"""Each shrink's key, its kind's value (read once: an enum's value is slow)."""


def shrink_claim(x: Context, item: FrictionItem, k: int) -> Claim | None:
    """A context window or output limit the move lowers (``None``: the two read alike).

    1,048,576 and 1,047,576 tokens both read 1M: no step to take (review 6, D11). Where routes
    of the target in service take a longer context than its model records, the sentence says
    what they take, not that prompts must be cut (review 6, D3).
    """
    before, after = int(item.before or 0), int(item.after or 0)
    s, t = item.source_index, item.target_index
    context = item.kind is FrictionKind.CONTEXT_SHRINK
    shrinks = None if context else x.output_shrinks  # (an output's: found once a page)
    if shrinks is not None and k in shrinks.wider:  # (a shrink said: its figures read apart)
        wider = shrinks.wider[k]
    elif _read(x, s, before) == _read(x, t, after):
        return None
    else:
        wider = wider_routes(x, t, after, output=not context)
    src, dst = x.names[s], x.names[t]
    top = max([w for _, w in wider], default=after)
    # 131,072 to 128,000, not 128K to 128K; a window to the token where the page or its
    # summary so writes them (review 11, K12); an output figure in one form a page (I16)
    form = window_form(x, (before, after, top)) if shrinks is None else shrinks.form
    was, now = form(before), form(after)
    if not context:  # a limit some routes exceed is one provider's cap (review 7, F32)
        text = output_text(src, dst, form, before, after, top if wider else None)
    elif wider and outreached(before, [top]):  # no shrink where routes take as much (G3)
        text = (f"{dst} is recorded at {now} tokens of context against {was} on {src}; only its "
                f"routes that take more (up to {form(top)}) carry prompts over {now}.")
    elif wider:
        text = (f"Context shrinks from {was} tokens on {src} to {now} on {dst} as recorded for "
                f"the model; some of its routes take more, up to {form(top)} tokens.")
    shown = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    cut = prompt_cut(x, t, after, form, shown) if context and not wider else None
    if cut is not None and (kept := uncut(x, s, t, after, form, shown)) is not None:
        cut, text = kept, f"Context shrinks from {was} tokens on {src} to {now} on {dst}{kept.why}."
    elif cut is not None:  # at the input limit where it is lower (L1), from one (review 25, P6)
        whence, cut = capped_source(x, s, t, was, form, cut)
        text = (f"Context shrinks from {whence} to {now} on {dst}; prompts over "
                f"{cut.at} tokens must be cut{cut.why}.")
    field: ModelField = "context_window" if context else "max_output_tokens"
    limit: RouteField = "context_window" if context else "route.max_output_tokens"

    def basis() -> Basis:
        widest = [r for r, w in wider if w == top][:1]
        return Basis(
            (Evidence(paths.friction(k, "kind"), item.kind),
             Evidence(paths.friction(k, "before"), item.before, was, shown),
             Evidence(paths.friction(k, "after"), item.after, now, shown),
             *[Evidence(paths.route(r, limit), top, form(top), shown) for r in widest],
             *(cut.evidence if cut is not None else ())),
            (Check(op=CheckOp.LESS, paths=(paths.model(t, field), paths.model(s, field))),
             *(cut.checks if cut is not None else ()),
             *[Check(op=CheckOp.GREATER, paths=(paths.route(r, limit),
                                                paths.model(t, field))) for r, _ in wider],
             # a route's output limit is not its whole window (review 8, G13)
             *[Check(op=CheckOp.LESS, paths=(paths.route(r, limit),
                                             paths.route(r, "context_window")))
               for r, _ in wider if not context],
             *[c for r in widest if not context for c in output_checks(r, s, before, top)]))

    claim = Claim(key=_KEYS[item.kind], text=text, basis=basis)  # either bill's route: below
    return (noted_target(x, t, after, billed_shrink(x, s, before, form, claim)) if context
            else outputs.billed_output(x, s, t, before, after, form, claim))


def _read(x: Context, i: int, count: int) -> int:
    """What ``count`` reads as (:func:`~.format.reading`); model ``i``'s window's, read once."""
    found = x.windows.readings[i] if x.windows.sizes[i] == count else None
    return fmt.reading(count) if found is None else found
