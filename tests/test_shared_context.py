"""A longer context several models share is a reason to pick each, over the rest (review 9, H11).

As a capability some models share ("vision (shared with ...)", review 7, F20): three models at
about 128K tokens against one at 16,384 read "no advantage" for two of them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, compare

DAY = dt.date(2026, 11, 25)


def _model(key: str, window: int, price: str) -> Model:
    return Model(id=key, name=key.upper(), vendor="Acme", context_window=window,
                 routes=(ProviderRoute(provider="host", input=Decimal(price),
                                       output=Decimal(price), source="https://example.com",
                                       checked=dt.date(2026, 11, 1)),))


def _catalog(*windows: int) -> Catalog:
    return Catalog(providers=(Provider(id="host", name="Host"),), models=tuple(
        _model(key, window, str(k + 1)) for k, (key, window) in enumerate(
            zip(("a", "b", "c", "d"), windows, strict=False))))


def test_a_longer_context_three_of_four_share_is_a_pick_for_each() -> None:
    """A at 16,384 tokens, B at 131,072, C and D at 128,000 (all read 128K): B, C and D are
    each picked for a longer context than A, shared with the other two; the scorecard's fit
    says "long context over A"."""
    c = compare("a", "b", "c", "d", catalog=_catalog(16_384, 131_072, 128_000, 128_000),
                as_of=DAY)
    verdict = [claim.text for claim in c.narrative.verdict]
    # (the bills are $1,050.00, $2,100.00, $3,150.00 and $4,200.00: review 10, I10)
    assert verdict[1] == ("Pick B for a lower bill than C and D ($2,100.00 a month) and a longer "
                          "context than A (about 128K tokens, which C and D share)."), verdict
    assert verdict[2] == ("Pick C for a lower bill than D ($3,150.00 a month) and a longer "
                          "context than A (about 128K tokens, which B and D share)."), verdict
    assert verdict[3].startswith("Pick D for a longer context than A (about 128K"), verdict
    assert "long context over A" in c.to_markdown()
    assert c.check() == []


def test_equal_windows_are_said_without_about() -> None:
    c = compare("a", "b", "c", catalog=_catalog(8_192, 32_768, 32_768), as_of=DAY)
    assert c.narrative.verdict[1].text == (
        "Pick B for a lower bill than C ($2,100.00 a month) and a longer context than A (32K "
        "tokens, which C shares).")
    assert c.check() == []


def test_a_window_between_shares_nothing() -> None:
    """A at 8K, B at 64K, C and D at 128K: C and D share a longer context than A and B; B's
    window, longer than A's only, is no reason to pick it."""
    c = compare("a", "b", "c", "d", catalog=_catalog(8_192, 65_536, 131_072, 131_072),
                as_of=DAY)
    verdict = [claim.text for claim in c.narrative.verdict]
    # (its bill, lower than C's and D's, is: review 10, I10)
    assert verdict[1] == "Pick B for a lower bill than C and D ($2,100.00 a month).", verdict
    assert verdict[2] == ("Pick C for a lower bill than D ($3,150.00 a month) and a longer "
                          "context than A and B (128K tokens, which D shares)."), verdict
    assert c.check() == []
