"""The FAQ's "which is cheaper": the answer, at the traffic it states (split from :mod:`.bills`).

The answer says the traffic it holds at and points to no section: a page may leave the
summary and the cost section out (``--sections faq,verdict``), where it read "at the stated
traffic and its cheapest eligible route; Cost at your traffic gives each bill" on a page that
states no traffic and has no such section (review 32, #2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .assumptions import traffic_phrase
from .bills import joined_basis, resold
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind, canonical
from .untiered import untiered, untiered_clause

if TYPE_CHECKING:
    from .context import Context

__all__ = ["cheaper_answer"]


def cheaper_answer(x: Context) -> tuple[Claim, ...]:
    """The FAQ's "which is cheaper", led by the answer; the figures stay in the cost section.

    It states the traffic it holds at, and points to no section (the module's docstring). Empty
    when some model has no estimate: the data does not answer the question.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> print(cheaper_answer(context_of(compare("llama-3.1-8b", "mistral-7b-v0.3")))[0].text)
        Llama 3.1 8B, at 800M input and 250M output tokens a month and its cheapest eligible \
route.
    """
    cost = x.c.cost
    if cost.gap is None or cost.free_indexes or any(e.monthly is None for e in cost.estimates):
        # (the question names every model: a gap between some is no answer, and a bill on a
        # free tier is no price to answer with)
        return ()
    close = cost.close_indexes
    same = len(close) == len(cost.estimates)
    # (worded only then, and only where the bills lie within it: see _cheaper)
    tie = cost.gap == 0  # every bill alike: "a tie", as the cost section says
    share = fmt.percent(cost.materiality) if same and not tie and cost.close_by_share else ""
    caveat, resale = resold(x, range(x.n), close)  # the answer's own bills' listings (L14)
    shaky = untiered(x, close) if same and any(r.tier_above is not None
                                               for r in x.c.routes) else []
    shaky_checks = untiered_clause(x, shaky, figured=False)[2]  # (a basis never holds x)
    traffic, stated = traffic_phrase(x)  # the traffic said, no section pointed to (review 32)

    def basis() -> Basis:
        sold = resale()
        return joined_basis(sold, Basis(
            (*stated, *(Evidence(paths.estimate(e.model_index, "monthly"), e.monthly)
               for e in cost.estimates),
             *([Evidence(paths.MATERIALITY, cost.materiality, share, EvidenceKind.PERCENT)]
               if share else []),
             *([Evidence(paths.COST_GAP, cost.gap)] if tie else [])),
            (Check(op=CheckOp.IN, paths=(paths.CLOSE,), values=(canonical(close),)),
             *shaky_checks)))

    if same:
        near = fmt.before_rounding([e.monthly for e in cost.estimates])
        within = ("a tie" if tie else f"within {share} of each other" if share else
                  f"less than a cent apart{near}")
        lead = (("Neither" if tie else "Neither by much") if len(cost.estimates) == 2 else
                f"All {fmt.count_word(len(cost.estimates))} cost "
                f"{'the same' if tie else 'about the same'}")
        if shaky:  # (a bill without the tier others apply: different bases, see _cheaper)
            lead = "Not known"
            within += (", but a route behind one lists no long-context tier that others "
                       "apply to these requests")
        text = f"{lead}: at {traffic} the bills are {within}."
    else:
        names = fmt.join_words([x.names[i] for i in close])
        route = ("the route behind each bill" if any(e.passed_over for e in cost.estimates)
                 else "its cheapest eligible route")
        text = f"{names}, at {traffic} and {route}."
    text += f" {caveat}." if caveat else ""
    return (Claim(key="faq:cheaper", text=text, basis=basis),)
