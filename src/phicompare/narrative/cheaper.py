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
from .price_caveats import LATER, later_bills, later_checked
from .saving_caveats import bill_caveats
from .unreleased_moves import unreleased
from .unreleased_words import unpriced_words
from .untiered import untiered, untiered_clause

if TYPE_CHECKING:
    from .context import Context

__all__ = ["cheaper_answer"]


def cheaper_answer(x: Context) -> tuple[Claim, ...]:
    """The FAQ's "which is cheaper", led by the answer; the figures stay in the cost section.

    It states the traffic it holds at, and points to no section (the module's docstring). Empty
    when some released model has no estimate: the data does not answer the question. A model
    released after the comparison's date has none: the answer is among the others, and dates
    it, as the summary does ("...; Phi-4 Mini was not released until 2025-02-26"; review 35,
    #7: the question was left out, while the summary compared the released models' bills).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> print(cheaper_answer(context_of(compare("llama-3.1-8b", "mistral-7b-v0.3")))[0].text)
        Llama 3.1 8B, at 800M input and 250M output tokens a month and its cheapest eligible \
route.
    """
    cost = x.c.cost
    missing = [e.model_index for e in cost.estimates if e.monthly is None]
    later = unreleased(x)
    if cost.gap is None or cost.free_indexes or len(missing) > x.n - 2 or any(
            i not in later for i in missing):
        # (the question names every model: a gap between some is no answer, unless the rest
        # were not released by the date, and a bill on a free tier is no price to answer with)
        return ()
    known = [e for e in cost.estimates if e.monthly is not None]
    dated, undated = unpriced_words(x, missing) if missing else ("", Basis(()))
    close = cost.close_indexes
    same = len(close) == len(known)
    # (worded only then, and only where the bills lie within it: see _cheaper)
    tie = cost.gap == 0  # every bill alike: "a tie", as the cost section says
    share = fmt.percent(cost.materiality) if same and not tie and cost.close_by_share else ""
    # the answer's own bills' listings (L14)
    caveat, resale = resold(x, [e.model_index for e in known], close)
    shaky = untiered(x, close) if same and any(r.tier_above is not None
                                               for r in x.c.routes) else []
    shaky_checks = untiered_clause(x, shaky, figured=False)[2]  # (a basis never holds x)
    traffic, stated = traffic_phrase(x)  # the traffic said, no section pointed to (review 32)
    priced_later, dates = _later(x, [e.model_index for e in known], close)
    # the lower bills' caveats, as the summary's saving gives them (its maker's retired
    # route aside: the summary dates that bill in a sentence of its own, the answer briefly)
    own, noted = (bill_caveats(x, close[0], dated=False, later=not priced_later)
                  if len(close) == 1 else ([], ()))
    shared, shared_noted = _shared_caveats(x, close, later=not priced_later)
    noted = (*noted, *shared_noted)

    def basis() -> Basis:
        sold = joined_basis(resale(), Basis((), noted))
        return joined_basis(joined_basis(joined_basis(sold, undated), dates), Basis(
            (*stated, *(Evidence(paths.estimate(e.model_index, "monthly"), e.monthly)
               for e in known),
             *([Evidence(paths.MATERIALITY, cost.materiality, share, EvidenceKind.PERCENT)]
               if share else []),
             *([Evidence(paths.COST_GAP, cost.gap)] if tie else [])),
            (Check(op=CheckOp.IN, paths=(paths.CLOSE,), values=(canonical(close),)),
             *shaky_checks)))

    if same:
        near = fmt.before_rounding([e.monthly for e in known])
        within = ("a tie" if tie else f"within {share} of each other" if share else
                  f"less than a cent apart{near}")
        alike = "the same" if tie else "about the same"
        lead = (f"{fmt.join_words([x.names[e.model_index] for e in known])} cost {alike}"
                if missing else ("Neither" if tie else "Neither by much") if len(known) == 2
                else f"All {fmt.count_word(len(known))} cost {alike}")
        if shaky:  # (a bill without the tier others apply: different bases, see _cheaper)
            lead = "Not known"
            within += (", but a route behind one lists no long-context tier that others "
                       "apply to these requests")
        text = f"{lead}: at {traffic} the bills are {within}{shared}{priced_later}."
    else:
        names = fmt.join_words([x.names[i] for i in close])
        route = ("the route behind each bill" if any(e.passed_over for e in known)
                 else "its cheapest eligible route" if len(close) == 1 else
                 "their cheapest eligible routes")
        if own and priced_later == f", {LATER}":  # (its caveats said in one clause)
            priced_later = f", {fmt.join_words([*own, LATER])}"
        elif own:
            priced_later = f", {fmt.join_words(own)}{priced_later}"
        else:
            priced_later = f"{shared}{priced_later}"
        text = f"{names}, at {traffic} and {route}{priced_later}."
    text = f"{text.removesuffix('.')}; {dated}." if dated else text
    text += f" {caveat}." if caveat else ""
    return (Claim(key="faq:cheaper", text=text, basis=basis),)


def _later(x: Context, known: list[int], close: tuple[int, ...]) -> tuple[str, Basis]:
    """The answer's caveat where a bill it compares is not priced on the comparison's date.

    As the summary and the line at a glance say it: ", at prices checked after the comparison's
    date" where the answer's own bills are such (every bill, or those it names); where only
    others' are, the verdict's note names them: "; what Claude Opus 3's bill was on 2024-07-01
    is not recorded" (stop 53's closing note: the answer said neither). Empty where every bill
    compared is priced on the date.
    """
    found = later_bills(x, known)
    if found is None:
        return "", Basis(())
    day = x.c.as_of
    own = all(later_checked(x.c.cost.estimates[i].route, day) is not None for i in close)
    if found.every or own:  # (the checks alone: the words show no figure)
        return f", {LATER}", Basis((), found.checks)
    return f"; {found.note}", Basis(found.evidence, found.checks)


def _shared_caveats(x: Context, close: tuple[int, ...], *,
                    later: bool) -> tuple[str, tuple[Check, ...]]:
    """The caveats of two close bills or more, as a clause after the answer (helper fixDN).

    Those they share said once (", both bills at prices last checked more than 180 days before
    the comparison's date"), each other one with its bill's model ("Claude Sonnet 3's bill on
    an unconfirmed listing"), as the line at a glance keeps them. A tie of lowest bills lost
    them: the answer named the two models bare while the line at a glance said "(both bills at
    prices last checked more than 180 days before the comparison's date)". Empty for one bill
    (the caller says its caveats) or none.
    """
    if len(close) < 2:
        return "", ()
    each = {i: bill_caveats(x, i, dated=False, later=later) for i in close}
    checks = tuple(dict.fromkeys(c for _, found in each.values() for c in found))
    common = [w for w in each[close[0]][0] if all(w in words for words, _ in each.values())]
    parts = [f"{'both bills' if len(close) == 2 else 'each bill'} {fmt.join_words(common)}"
             ] if common else []
    parts += [f"{x.names[i]}'s bill {fmt.join_words(mine)}" for i in close
              if (mine := [w for w in each[i][0] if w not in common])]
    return (f", {fmt.join_words(parts)}" if parts else ""), checks
