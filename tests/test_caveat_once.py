"""A rival's listing caveat is said once, not appended to every pick (review 12, L14).

Rule 7, each fact once: a closed-weight model billed on a reseller's listing (no route from its
maker or a major cloud or platform eligible) has that said in the cost section and once in the
summary. A pick whose own bill is on its maker's API does not rest on the rival's listing (with
no such route eligible, the listing is the rival's cheapest bill), so the verdict, the line at
a glance and the FAQ do not repeat it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, ProviderTier, compare

DAY = dt.date(2026, 11, 25)
CAVEAT = "M's bill is on Cheap Host's listing: Cost at your traffic says why"  # (fixZ)


def _route(provider: str, price: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com", checked=dt.date(2026, 11, 1))


def _catalog() -> Catalog:
    """A and B closed, each on its maker's API; M closed from Zeta, on Cheap Host alone."""
    return Catalog(models=(
        Model(id="a", name="A", vendor="Alpha", open_weights=False,
              routes=(_route("alpha", "1"),)),
        Model(id="b", name="B", vendor="Beta", open_weights=False,
              routes=(_route("beta", "2"),)),
        Model(id="m", name="M", vendor="Zeta", open_weights=False,
              routes=(_route("cheap-host", "9"),))),
        providers=(Provider(id="alpha", name="Alpha", tier=ProviderTier.FIRST_PARTY,
                            vendors=("Alpha",)),
                   Provider(id="beta", name="Beta", tier=ProviderTier.FIRST_PARTY,
                            vendors=("Beta",)),
                   Provider(id="zeta", name="Zeta", tier=ProviderTier.FIRST_PARTY,
                            vendors=("Zeta",)),
                   Provider(id="cheap-host", name="Cheap Host", tier=ProviderTier.RESELLER)))


def _cheap() -> Catalog:
    """M on Cheap Host at $1, below B's $2."""
    catalog = _catalog()
    m = next(model for model in catalog.models if model.id == "m")
    cheap = Model(id="m", name="M", vendor="Zeta", open_weights=False,
                  routes=(_route("cheap-host", "1"),))
    return Catalog(models=tuple(cheap if model is m else model for model in catalog.models),
                   providers=catalog.providers)


def test_a_rivals_listing_is_said_once() -> None:
    c = compare("a", "b", "m", catalog=_catalog(), as_of=DAY)
    assert c.cost.estimates[2].fallback
    page = c.to_markdown()
    assert page.count(CAVEAT) == 1, page  # the summary's; the cost section says it its own way
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    glance = " ".join(claim.text for claim in c.narrative.at_a_glance)
    assert "Cheap Host" not in verdict
    assert "Cheap Host" not in glance
    assert "Pick A for the lowest bill at this traffic ($" in verdict
    assert c.check() == []


def test_the_picks_own_listing_is_still_said() -> None:
    """Where the pick's own bill is the listing, the pick says so (review 6, D32 stands)."""
    c = compare("m", "b", catalog=_cheap(), as_of=DAY)
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    assert CAVEAT.replace("M's bill", "its bill", 1) in verdict  # (right after "Pick M": fixAZ)
    assert c.check() == []
