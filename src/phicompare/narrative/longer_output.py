"""The larger output limit: an advantage the verdict weighs, and a tradeoff (review 23, P4).

o3 against Gemini 2.5 Pro: switch friction said "Maximum output shrinks from 100K tokens on o3
to 64K on Gemini 2.5 Pro", while the tradeoffs left the difference out and the verdict said "The
data records no advantage that favours o3". A model's output limit is an advantage where
friction says every move from it to a contender shrinks the limit (so a limit that is its
window's prompt and output share, nine tenths of the window or more, is none: review 7, F32),
by more than 2.5% and reading apart, and no route of the contender allows more than its record
(then the contender's routes, not its record, say what it allows).
"""

from __future__ import annotations

from phicompare.analysis.facts import FrictionKind

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context
from .favours import NONE as _NONE, Favours
from .output_forms import output_form, wider_routes
from .rivals import contenders
from .window_forms import materially_wider

__all__ = ["output_advantage", "output_fit", "output_tradeoff"]


def _over(x: Context, i: int) -> dict[int, int]:
    """Each contender's output limit, where ``i``'s is larger than every one of them; else none.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> _over(context_of(compare("o3", "gemini-2.5-pro")), 0)
        {1: 65536}
        >>> _over(context_of(compare("o3", "gemini-2.5-pro")), 1)
        {}
    """
    others = contenders(x, i)
    models = x.c.models
    mine = models[i].max_output_tokens
    if mine is None or not others:
        return {}
    found: dict[int, int] = {}
    for o in others:  # the figures first (most models' limit is no larger: said at once)
        theirs = models[o].max_output_tokens
        if theirs is None or not materially_wider(mine, theirs) \
                or fmt.reading(mine) == fmt.reading(theirs):
            return {}
        found[o] = theirs
    shrinks = {item.target_index for item in x.c.friction
               if item.source_index == i and item.kind is FrictionKind.OUTPUT_SHRINK}
    if any(o not in shrinks or wider_routes(x, o, theirs, output=True)
           for o, theirs in found.items()):
        return {}
    return found


def _basis(x: Context, i: int, over: dict[int, int], *, all_shown: bool) -> Basis:
    """The limits said, and that ``i``'s is larger than each."""
    form = output_form(x)
    kind = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    mine = x.c.models[i].max_output_tokens
    limit = paths.model(i, "max_output_tokens")
    shown = [Evidence(paths.model(o, "max_output_tokens"), theirs, form(theirs), kind)
             for o, theirs in over.items()] if all_shown else []
    return Basis((Evidence(limit, mine, form(mine or 0), kind), *shown),
                 tuple([Check(op=CheckOp.GREATER,
                              paths=(limit, paths.model(o, "max_output_tokens")))
                        for o in over]))


def output_advantage(x: Context, i: int) -> Favours:
    """"a larger output limit (100K tokens)", where model ``i``'s is larger than each contender's.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> output_advantage(context_of(compare("o3", "gemini-2.5-pro")), 0).phrases
        ['a larger output limit (100K tokens)']
    """
    over = _over(x, i)
    mine = x.c.models[i].max_output_tokens
    if not over or mine is None:
        return _NONE
    than = "" if len(over) == x.n - 1 else f" than {fmt.join_words([x.names[o] for o in over])}"
    return Favours([f"a larger output limit{than} ({output_form(x)(mine)} tokens)"],
                   lambda: _basis(x, i, over, all_shown=False))


def output_fit(x: Context, i: int) -> tuple[str, Basis] | None:
    """The decision fit's "long outputs" where the verdict gives ``i`` the larger output limit.

    Named over the contenders where they are not every other model, as the verdict's phrase
    says; the basis holds the figures, which the row does not show.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> output_fit(context_of(compare("o3", "gemini-2.5-pro")), 0)[0]
        'long outputs'
    """
    over = _over(x, i)
    if not over:
        return None
    named = "" if len(over) == x.n - 1 else f" over {fmt.join_words([x.names[o] for o in over])}"
    found = _basis(x, i, over, all_shown=False)
    return f"long outputs{named}", Basis(
        tuple([Evidence(e.path, e.value, None, e.kind) for e in found.evidence]), found.checks)


def output_tradeoff(x: Context) -> Claim | None:
    """The tradeoff of the model whose output limit is larger than every other's, if one's is.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> output_tradeoff(context_of(compare("o3", "gemini-2.5-pro"))).text
        'o3 allows longer responses: up to 100K output tokens, against 64K for Gemini 2.5 Pro.'
    """
    for i in range(x.n):
        over = _over(x, i)
        mine = x.c.models[i].max_output_tokens
        if over and mine is not None and len(over) == x.n - 1:
            form = output_form(x)
            against = fmt.join_words([f"{form(theirs)} for {x.names[o]}"
                                      for o, theirs in over.items()])
            return Claim(
                key=f"output-limit:{x.c.models[i].id}",
                text=(f"{x.names[i]} allows longer responses: up to {form(mine)} output tokens, "
                      f"against {against}."),
                basis=lambda i=i, over=over: _basis(x, i, over, all_shown=True))  # type: ignore[misc]
    return None
