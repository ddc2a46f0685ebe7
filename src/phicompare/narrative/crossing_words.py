"""Why two bills' crossover is the bills' own, not their listed prices': the words.

A long-context tier prices a whole request once its input crosses the tier; a cached, batch or
cache-write share bills part of the tokens at other prices than the listed input and output
ones. Either way the listed prices do not say where two bills meet, so the page says where the
bills do (``Crossover.tiered``, ``Crossover.shares``) and why (review 17, P1: with a 50% cache
share the summary put the crossover at the list prices' 76.3% on a page whose bills meet at
71.8%, and told a traffic of 76.2% input that the cheaper model "would" cost less).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import CostEstimate
    from phicompare.analysis.traffic import Traffic

__all__ = ["crossing_reason", "listed_caveat", "off_list"]


def crossing_reason(traffic: Traffic, *, tiered: bool) -> tuple[str, str, str]:
    """What is kept as the input share moves, why the bills cross there, what is counted.

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare import Traffic
        >>> crossing_reason(Traffic(cached_share=Decimal("0.5")), tiered=False)[2]
        "the traffic's cache share"
        >>> crossing_reason(Traffic(cached_share=Decimal("0.5"), batch_share=Decimal("0.2")),
        ...                 tiered=False)[0]
        "the month's tokens and its cache and batch shares"
    """
    if tiered:
        why = ("a long-context tier's prices apply to a whole request once its input crosses "
               "the tier")
        return "the month's tokens and requests", why, "long-context tiers"
    named = [word for word, share in (("cache", traffic.cached_share),
                                      ("cache-write", traffic.cache_write_share),
                                      ("batch", traffic.batch_share)) if share]
    shares = f"{fmt.join_words(named)} share{'s' if len(named) > 1 else ''}" if named \
        else "shares"
    why = (f"at this traffic's {shares} a bill's tokens are not all billed at its listed input "
           "and output prices")
    return f"the month's tokens and its {shares}", why, f"the traffic's {shares}"


_OFF_LIST = {"cached input": "cache-read", "cache writes": "cache-write",
             "cache writes (1 hour)": "cache-write", "batch input": "batch",
             "batch output": "batch"}
"""A bill's lines that may bill tokens at another price than the listed input and output ones,
by the kind of price they bill at."""


def off_list(e: CostEstimate) -> list[int]:
    """The positions of the bill's lines at a price per token other than its listed ones.

    Cached input, cache writes and batch input at a price other than ``input_price``, batch
    output at one other than ``output_price`` (a line billed at the listed price, as cached
    input where no cache-read price is listed, is the listed price's).

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare import Traffic, estimate
        >>> cost = estimate("gemma-3-27b-it", Traffic(cached_share=Decimal("0.5")),
        ...                 requires=["vision"])
        >>> [cost.estimate.lines[k].item for k in off_list(cost.estimate)]
        ['cached input']
    """
    return [k for k, line in enumerate(e.lines) if line.item in _OFF_LIST
            and line.unit_price != (e.output_price if line.item == "batch output"
                                    else e.input_price)]


def listed_caveat(estimates: Sequence[CostEstimate],
                  names: Sequence[str]) -> tuple[str, list[Evidence], list[Check]]:
    """Which bills pay prices a blend of the listed input and output prices leaves out.

    "Gemma 3 27B's bill also pays a cache-read price", one clause for the bills that have
    lines at other prices per token of the same kinds (:func:`off_list`; "the bills of A and B
    also pay batch prices"), with each such line's price as evidence and a check that it is not
    the listed price; empty where no bill has one.
    """
    groups: dict[tuple[str, ...], list[str]] = {}  # the bills that pay the same kinds
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for e in estimates:
        ks = off_list(e)
        if not ks:
            continue
        kinds = tuple(dict.fromkeys(_OFF_LIST[e.lines[k].item] for k in ks))
        groups.setdefault(kinds, []).append(names[e.model_index])
        for k in ks:
            listed: paths.EstimateField = ("output_price" if e.lines[k].item == "batch output"
                                           else "input_price")
            evidence.append(Evidence(paths.estimate_line(e.model_index, k),
                                     e.lines[k].unit_price, None, EvidenceKind.PRICE))
            checks.append(Check(op=CheckOp.NOT_EQUAL, paths=(
                paths.estimate_line(e.model_index, k), paths.estimate(e.model_index, listed))))
    clauses = [f"{named[0]}'s bill also pays a {kinds[0]} price" if len(named) == 1
               and len(kinds) == 1 else
               f"{named[0]}'s bill also pays {fmt.join_words(kinds)} prices" if len(named) == 1
               else f"the bills of {fmt.join_words(named)} also pay {fmt.join_words(kinds)} "
                    "prices"
               for kinds, named in groups.items()]
    return fmt.join_words(clauses), evidence, checks
