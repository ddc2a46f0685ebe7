"""A window no eligible route takes, beside the bill's route that takes less, in plain words.

Helper fixZ, item 3: the tradeoffs read "A takes them as recorded for the model, on no route
counted here; Host, behind its bill, takes 128K" and switch friction "Context shrinks from 256K
tokens on A (as recorded for the model, on no route counted here; ...)". They now say it as the
reader would: "no eligible route takes A's 256K", "(no eligible route takes that much; ...)".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, compare

DAY = dt.date(2026, 12, 1)


def _route(provider: str, window: int) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal("0.5"), output=Decimal("0.5"),
                         context_window=window, source="https://example.com", checked=DAY)


def _texts() -> list[str]:
    catalog = Catalog(models=(
        Model(id="a", name="A", open_weights=True, context_window=262_144,
              routes=(_route("host", 128_000),)),
        Model(id="b", name="B", open_weights=True, context_window=32_768,
              routes=(_route("host", 32_768),))),
        providers=(Provider(id="host", name="Host"),))
    c = compare("a", "b", catalog=catalog, as_of=DAY)
    assert c.check() == []
    return [claim.text for _, claims in c.narrative.sections() for claim in claims]


def test_the_tradeoffs_say_no_eligible_route_takes_the_window() -> None:
    texts = _texts()
    assert not any("on no route counted here" in t for t in texts), texts
    assert ("A takes longer prompts: 256K tokens against 32K for B; no eligible route takes A's "
            "256K; Host, behind its bill, takes 128K.") in texts, texts


def test_the_shrink_says_it_too() -> None:
    texts = _texts()
    assert ("Context shrinks from 256K tokens on A (no eligible route takes that much; Host, "
            "behind its bill, takes 128K) to 32K on B; prompts over 32K tokens must be cut."
            ) in texts, texts
