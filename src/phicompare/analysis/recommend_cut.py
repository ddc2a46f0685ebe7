"""Where a recommendation's limit cuts its ranking: the bills past it near or equal to listed ones.

``pick --limit 1`` listed Llama 3.2 11B Vision Instruct ($51.45) as "the cheapest one" while
Gemma 3 27B ($51.50) and Gemma 3 4B ($52.00), not listed, cost about the same (review 17, P2,
and its leftover); ``pick --requires vision --requires reasoning --limit 2`` listed "the
cheapest two" while Doubao Seed 2.0 Mini, not listed, costs exactly the second's $94.00. The
ranking keeps both kinds of model left out (:func:`cut`), so its words can say them.
Pure functions over the ranked candidates.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from decimal import Decimal

    from .recommend import Candidate

__all__ = ["close_count", "cut"]


def cut(candidates: Sequence[Candidate], limit: int | None,
        materiality: Decimal) -> tuple[tuple[Candidate, ...], tuple[Candidate, ...]]:
    """The candidates past ``limit`` near the first's bill, and those equal to the last's.

    Those within ``materiality`` of the first's bill, and those whose bill is exactly the last
    listed one's (``close_unlisted``, ``tied_unlisted``), each in rank order.
    """
    if limit is None or len(candidates) <= limit:
        return (), ()
    first, last = candidates[0].monthly, candidates[limit - 1].monthly
    past = candidates[limit:]
    close = tuple(c for c in past if first is not None and c.monthly is not None
                  and c.monthly - first <= first * materiality)
    return close, tuple(itertools.takewhile(lambda c: c.monthly == last, past))


def close_count(candidates: Sequence[Candidate], close_unlisted: Sequence[Candidate],
                materiality: Decimal) -> int:
    """How many bills are within ``materiality`` of the first's, the first's own among them.

    Listed or not: ``candidates`` and ``close_unlisted``; 0 with no candidate.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import recommend
        >>> recommend(requires=["vision"], budget=300, limit=1,
        ...           as_of=dt.date(2026, 12, 2)).close_count
        3
    """
    if not candidates or (first := candidates[0].monthly) is None:
        return 0
    return len(close_unlisted) + sum(1 for c in candidates if c.monthly is not None
                                     and c.monthly - first <= first * materiality)
