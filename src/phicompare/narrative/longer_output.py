"""The larger output limit: an advantage the verdict weighs, and a tradeoff (review 23, P4).

o3 against Gemini 2.5 Pro: switch friction said "Maximum output shrinks from 100K tokens on o3
to 64K on Gemini 2.5 Pro", while the tradeoffs left the difference out and the verdict said "The
data records no advantage that favours o3". A model's output limit is an advantage where
friction says every move from it to a contender shrinks the limit (so a limit that is its
window's prompt and output share, nine tenths of the window or more, is none: review 7, F32),
by more than 2.5% and reading apart, and than the most the contender's counted routes allow
where that is more than its record: then those routes are said, as the longer context says its
rivals' ("a larger output limit (100K tokens; Claude Opus 4.1's routes allow up to 64K)", where
ZenMux's 64K alone dropped it: review 25, P3).

The figures are the models' records. Where the route behind the model's own bill allows less
than its record, and not more than a contender's, the words say so, as the longer context's do
(:mod:`.longer`): "a larger output limit on routes other than the bill's (384K tokens on ...;
OpenRouter, behind the bill, allows 65,536)", or "as recorded for the model (..., though P, the
route behind its bill, allows N)" where no other counted route allows it (helper fixAH).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.facts import FrictionKind
from phicompare.analysis.friction import in_service

from . import format as fmt, paths
from .bill_window import bill_row
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context
from .favours import NONE as _NONE, Favours
from .output_forms import output_form, route_output, wider_routes
from .rivals import contenders
from .window_forms import materially_wider

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["OFF_BILL_FIT", "off_bill_once", "output_advantage", "output_fit", "output_tradeoff"]

OFF_BILL_FIT = " on routes other than its bill's"
"""How a decision fit ends that only routes other than the bill's carry (:mod:`.longer` too)."""


def _over(x: Context, i: int, others: tuple[int, ...] | None = None) -> dict[int, int]:
    """Each contender's output limit, where ``i``'s is larger than every one of them; else none.

    ``others``: the models weighed, the contenders unless given (the tradeoffs weigh every
    other model, as they weigh the windows; the decision fit every other where the terms leave
    no contender: :func:`output_fit`; helper fixCJ).

    Larger than what each contender's counted routes allow too, where some allow more than its
    record (:func:`_reaches`): Claude Opus 4.1 is recorded at 32K, ZenMux allows 64K, and o3's
    100K is still the larger limit (review 25, P3, where one such route dropped it).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> _over(context_of(compare("o3", "gemini-2.5-pro")), 0)
        {1: 65536}
        >>> _over(context_of(compare("o3", "gemini-2.5-pro")), 1)
        {}
        >>> _over(context_of(compare("o3", "claude-opus-4-1")), 0)
        {1: 32000}
    """
    return _over_reaching(x, i, others)[0]


def _over_reaching(x: Context, i: int, others: tuple[int, ...] | None = None,
                   ) -> tuple[dict[int, int], dict[int, tuple[int, int]]]:
    """:func:`_over`, with :func:`_reaches` of it (found on the way: the pick says them)."""
    others = contenders(x, i) if others is None else others
    models = x.c.models
    mine = models[i].max_output_tokens
    if mine is None or not others:
        return {}, {}
    found: dict[int, int] = {}
    for o in others:  # the figures first (most models' limit is no larger: said at once)
        theirs = models[o].max_output_tokens
        if theirs is None or not _larger(mine, theirs):
            return {}, {}
        found[o] = theirs
    shrinks = {item.target_index for item in x.c.friction
               if item.source_index == i and item.kind is FrictionKind.OUTPUT_SHRINK}
    if any(o not in shrinks for o in found):
        return {}, {}
    reaches = _reaches(x, found)
    if any(not _larger(mine, widest) for _, widest in reaches.values()):
        return {}, {}  # (a contender's route allows about as much, or more: its routes say it)
    return found, reaches


def _larger(mine: int, theirs: int) -> bool:
    """Whether an output limit of ``mine`` is larger than ``theirs``: by 2.5%, reading apart."""
    return materially_wider(mine, theirs) and fmt.reading(mine) != fmt.reading(theirs)


def _reaches(x: Context, over: dict[int, int]) -> dict[int, tuple[int, int]]:
    """Per contender whose counted routes allow more than its record, the widest: row, size.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("o3", "claude-opus-4-1"))
        >>> row, size = _reaches(x, {1: 32000})[1]
        >>> x.c.routes[row].provider_name, size
        ('ZenMux', 64000)
    """
    found = {}
    for o, theirs in over.items():
        wider = wider_routes(x, o, theirs, output=True)
        if wider:
            found[o] = max(wider, key=lambda pair: pair[1])
    return found


class _Billed(NamedTuple):
    """The route behind a model's bill, where it allows less output than the model's record."""

    row: int
    """Its row among the comparison's routes."""
    allows: int
    """The output tokens it allows."""
    full: tuple[int, ...]
    """The rows of the model's other counted routes that allow about its record, cheapest first."""


def _billed(x: Context, i: int, over: dict[int, int],
            reaches: dict[int, tuple[int, int]] | None = None) -> _Billed | None:
    """The route behind model ``i``'s bill, where its output limit is not the larger one.

    ``None`` where it allows the record's figure, or still more than each contender's (the
    advantage holds at the bill), or where there is no priced bill. A contender's figure is
    the most its counted routes allow, where that is more than its record (``reaches``:
    :func:`_reaches` of ``over``, where found already).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("deepseek-v4-flash", "gpt-5.2-codex"))
        >>> found = _billed(x, 0, _over(x, 0))
        >>> x.c.routes[found.row].provider_name, found.allows, len(found.full)
        ('OpenRouter', 65536, 22)
    """
    bill, mine = bill_row(x, i), x.c.models[i].max_output_tokens
    if bill is None or mine is None:
        return None
    routes = x.c.routes
    allows = route_output(routes[bill].context_window, routes[bill].route.max_output_tokens)
    if reaches is None:  # (what each contender's routes allow, where more: P3)
        reaches = _reaches(x, over)
    if allows is None or allows >= mine or all(
            _larger(allows, reaches[o][1] if o in reaches else theirs)
            for o, theirs in over.items()):
        return None
    model, day = x.c.models[i], x.c.as_of
    rows, ks = x.c.route_groups[i]
    full = [k for row, k in zip(rows, ks, strict=True)
            if k != bill and row.eligible and in_service(row, model, day)
            and (size := route_output(row.context_window, row.route.max_output_tokens)) is not None
            and not materially_wider(mine, size)]
    full.sort(key=lambda k: (routes[k].monthly is None, routes[k].monthly or 0))
    return _Billed(bill, allows, tuple(full))


def _where(x: Context, rows: tuple[int, ...]) -> str:
    """The providers of ``rows``: four named, or three and how many more."""
    names = list(dict.fromkeys([x.c.routes[k].provider_name for k in rows]))
    return (fmt.join_words(names) if len(names) <= 4 else
            f"{', '.join(names[:3])} and {fmt.count_word(len(names) - 3)} more")


def _basis(x: Context, i: int, over: dict[int, int], *, all_shown: bool,
           billed: _Billed | None = None) -> Basis:
    """The limits said, and that ``i``'s is larger than each; the bill's route, where said."""
    form = output_form(x)
    kind = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    mine = x.c.models[i].max_output_tokens
    limit = paths.model(i, "max_output_tokens")
    shown = [Evidence(paths.model(o, "max_output_tokens"), theirs, form(theirs), kind)
             for o, theirs in over.items()] if all_shown else []
    checks = [Check(op=CheckOp.GREATER, paths=(limit, paths.model(o, "max_output_tokens")))
              for o in over]
    if billed is not None:  # the bill is on that route, which allows less than the record
        routes, at = x.c.routes, paths.route(billed.row, "route.max_output_tokens")
        shown += [Evidence(paths.route(billed.row, "provider_name"),
                           routes[billed.row].provider_name, routes[billed.row].provider_name),
                  Evidence(at, billed.allows, fmt.exact_tokens(billed.allows),
                           EvidenceKind.TOKENS_EXACT),
                  *(Evidence(paths.route(k, "provider_name"), routes[k].provider_name)
                    for k in billed.full)]
        checks += [Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                                  paths.route(billed.row, "provider_name"))),
                   Check(op=CheckOp.LESS, paths=(at, limit)),
                   *(Check(op=CheckOp.LESS, paths=(at, paths.route(k, "route.max_output_tokens")))
                     for k in billed.full)]
    for o, (row, widest) in _reaches(x, over).items():  # "Claude Opus 4.1's routes allow up
        at = paths.route(row, "route.max_output_tokens")  # to 64K": each below ``i``'s (P3)
        shown.append(Evidence(at, widest, form(widest), kind))
        checks += [Check(op=CheckOp.GREATER, paths=(at, paths.model(o, "max_output_tokens"))),
                   Check(op=CheckOp.LESS, paths=(at, paths.route(row, "context_window"))),
                   *(Check(op=CheckOp.GREATER,
                           paths=(limit, paths.route(r, "route.max_output_tokens")))
                     for r, _ in wider_routes(x, o, over[o], output=True))]
    return Basis((Evidence(limit, mine, form(mine or 0), kind), *shown), tuple(checks))


def _beyond(x: Context, over: dict[int, int], form: Callable[[int], str], lead: str = "",
            reaches: dict[int, tuple[int, int]] | None = None) -> list[str]:
    """What the contenders' routes allow beyond their records (review 25, P3).

    "Claude Opus 4.1's routes allow up to 64K" (``lead``: "some of " first), one a contender
    whose counted routes allow more than its record, as the longer context says its rivals'.
    """
    return [f"{lead}{x.names[o]}'s routes allow up to {form(widest)}"
            for o, (_, widest) in (_reaches(x, over) if reaches is None else reaches).items()]


def output_advantage(x: Context, i: int) -> Favours:
    """"a larger output limit (100K tokens)", where model ``i``'s is larger than each contender's.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> output_advantage(context_of(compare("o3", "gemini-2.5-pro")), 0).phrases
        ['a larger output limit (100K tokens)']
        >>> output_advantage(context_of(compare("o3", "claude-opus-4-1")), 0).phrases
        ["a larger output limit (100K tokens; Claude Opus 4.1's routes allow up to 64K)"]
    """
    over, reaches = _over_reaching(x, i)
    mine = x.c.models[i].max_output_tokens
    if not over or mine is None:
        return _NONE
    than = "" if len(over) == x.n - 1 else f" than {fmt.join_words([x.names[o] for o in over])}"
    form = output_form(x)  # (every output figure on the page: worked out once here)
    shown, billed = form(mine), _billed(x, i, over, reaches)
    beyond = "".join(f"; {words}" for words in _beyond(x, over, form, reaches=reaches))
    if billed is None:
        return Favours([f"a larger output limit{than} ({shown} tokens{beyond})"],
                       lambda: _basis(x, i, over, all_shown=False))
    # the bill's route allows less (and no more than a contender's): whose the figure is (fixAH)
    provider = x.c.routes[billed.row].provider_name
    allows = fmt.exact_tokens(billed.allows)
    text = (f"a larger output limit{than} on routes other than the bill's ({shown} tokens on "
            f"{_where(x, billed.full)}; {provider}, behind the bill, allows {allows}{beyond})"
            if billed.full else
            f"a larger output limit{than} as recorded for the model ({shown} tokens, though "
            f"{provider}, the route behind its bill, allows {allows}{beyond})")
    return Favours([text], lambda: _basis(x, i, over, all_shown=False, billed=billed))


def output_fit(x: Context, i: int) -> tuple[str, Basis] | None:
    """The decision fit's "long outputs" where the verdict gives ``i`` the larger output limit.

    Named over the contenders where they are not every other model, as the verdict's phrase
    says; the basis holds the figures, which the row does not show. Where the page's terms
    leave no contender, every other model is weighed, as the fit weighs the windows: Gemini 2.5
    Pro's 64K beside Gemini 1.5 Pro's 8K, whose only route is retired (helper fixCJ: the row
    kept 1.5 Pro's "long context" and left out 2.5 Pro's "long outputs").

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> output_fit(context_of(compare("o3", "gemini-2.5-pro")), 0)[0]
        'long outputs'
        >>> output_fit(context_of(compare("gemini-1.5-pro", "gemini-2.5-pro")), 1)[0]
        'long outputs'
    """
    over = _over(x, i, contenders(x, i) or x.others(i))
    if not over:
        return None
    named = "" if len(over) == x.n - 1 else f" over {fmt.join_words([x.names[o] for o in over])}"
    billed = _billed(x, i, over)  # (the bill's route allows less: said as the verdict says it)
    named += ("" if billed is None else OFF_BILL_FIT if billed.full
              else " as recorded for the model, not on its bill's route")
    found = _basis(x, i, over, all_shown=False, billed=billed)
    return f"long outputs{named}", Basis(
        tuple([Evidence(e.path, e.value, None, e.kind) for e in found.evidence]), found.checks)


def off_bill_once(fits: list[str]) -> list[str]:
    """Long context and long outputs both on routes other than the bill's: the clause once.

    "long context and long outputs, both on routes other than its bill's", not the clause
    after each (as at a glance says it: :func:`~.glance_words.merge_off_bill`; helper fixAI).
    The two stay two fits, so that another fit before them reads "vision, long context and
    long outputs, both ...".

    Examples:
        >>> off_bill_once([f"long context{OFF_BILL_FIT}", f"long outputs{OFF_BILL_FIT}"])
        ['long context', "long outputs, both on routes other than its bill's"]
        >>> off_bill_once(["vision", f"long outputs{OFF_BILL_FIT}"])
        ['vision', "long outputs on routes other than its bill's"]
    """
    if len(fits) < 2 or not all(fit.endswith(OFF_BILL_FIT) for fit in fits):
        return fits
    cut = len(OFF_BILL_FIT)
    return [fits[0][:-cut], f"{fits[1][:-cut]}, both{OFF_BILL_FIT}"]


def output_tradeoff(x: Context) -> Claim | None:
    """The tradeoff of the model whose output limit is larger than every other's, if one's is.

    Every other model is weighed, whatever the page's terms or routes, as the windows are: a
    spec tradeoff (helper fixCJ: GPT-4.1's 32K against GPT-4's 8K went once GPT-4 retired).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> output_tradeoff(context_of(compare("o3", "gemini-2.5-pro"))).text
        'o3 allows longer responses: up to 100K output tokens, against 64K for Gemini 2.5 Pro.'
        >>> output_tradeoff(context_of(compare("o3", "claude-opus-4-1"))).text[86:]
        "as recorded for the model; some of Claude Opus 4.1's routes allow up to 64K."
    """
    for i in range(x.n):
        over = _over(x, i, x.others(i))
        mine = x.c.models[i].max_output_tokens
        if over and mine is not None and len(over) == x.n - 1:
            form = output_form(x)
            against = fmt.join_words([f"{form(theirs)} for {x.names[o]}"
                                      for o, theirs in over.items()])
            billed = _billed(x, i, over)  # (its bill's route allows less: said, fixAH)
            beyond = _beyond(x, over, form, "some of ")  # (routes that allow more: P3)
            recorded = "" if not beyond else (
                f" as recorded for the model{'s' if len(over) > 1 else ''}; "
                f"{fmt.join_words(beyond)}")
            whose = f"{x.names[i]}'s" if beyond else "its"
            bill = "" if billed is None else (
                f"; {x.c.routes[billed.row].provider_name}, the route behind {whose} bill, "
                f"allows {fmt.exact_tokens(billed.allows)}")
            return Claim(
                key=f"output-limit:{x.c.models[i].id}",
                text=(f"{x.names[i]} allows longer responses: up to {form(mine)} output tokens, "
                      f"against {against}{recorded}{bill}."),
                basis=lambda i=i, over=over, billed=billed: _basis(  # type: ignore[misc]
                    x, i, over, all_shown=True, billed=billed))
    return None
