"""Keyed price histories, applied with genai-prices' own by :func:`~._dated_prices.dated_prices`.

genai-prices dates no change of ``gpt-4o``: it files every GPT-4o snapshot under one price,
$2.50 and $10 per 1M tokens. OpenAI's ``gpt-4o`` alias served ``gpt-4o-2024-05-13`` at its launch
price, $5 and $15, until it moved to ``gpt-4o-2024-08-06`` ($2.50 and $10) on 2024-10-02, so a
page dated before that billed GPT-4o at the later price (review 25, P8: the pick against Claude
Sonnet 3.5 on 2024-07-01 reversed). A :class:`~._dated_prices.History` here is such a change
read from the sources named, in genai-prices' shape: the route whose price on its checked day is
the history's takes that price's date, the earlier price becomes a route of its own, and other
providers' routes that carried the maker's price follow it (their own days are not recorded; their
notes say so).

The sources: the $5 and $15 is LiteLLM's ``gpt-4o-2024-05-13`` entry (v1.110.2, citing OpenAI's
pricing page; the catalog's ``gpt-4o-2024-05-13`` OpenAI route agrees), the $2.50 and $10 the
route's own; the day of the move, 2024-10-02, is the one OpenAI's models page of the time gave,
read secondhand (that page is not among the stored pages; OpenAI's forum confirms only that
``gpt-4o`` now points to ``gpt-4o-2024-08-06``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ._dated_prices import History, Price

__all__ = ["KEYED_HISTORIES"]

_LITELLM = ("https://github.com/BerriAI/litellm/blob/v1.110.2/litellm/"
            "model_prices_and_context_window_backup.json")

KEYED_HISTORIES: tuple[History, ...] = (
    History(
        "openai", "gpt-4o", {"equals": "gpt-4o"},
        (Price(None, {"input": Decimal("5.00"), "output": Decimal("15.00"), "tiers": ()}),
         Price(dt.date(2024, 10, 2),
               {"input": Decimal("2.50"), "output": Decimal("10.00"), "tiers": ()})),
        _LITELLM, dt.date(2026, 9, 29),
        ("https://developers.openai.com/api/docs/pricing",
         "https://platform.openai.com/docs/models/gpt-4o"),
        by="a keyed history of the gpt-4o alias (review 25, P8; docs/data-notes.md)",
        exact=True),  # the dated snapshots kept their own prices: only the alias moved
)
"""Price histories read from the sources each names, in genai-prices' shape."""
