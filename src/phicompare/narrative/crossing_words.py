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

from . import format as fmt

if TYPE_CHECKING:
    from phicompare.analysis.traffic import Traffic

__all__ = ["crossing_reason"]


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
