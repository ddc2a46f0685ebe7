"""Switch friction under the page's terms: providers it excludes, licences and weights, output
limits that are no limits (review 7, F23, F31, F32)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Comparison, Model, Provider, ProviderRoute, Traffic, compare

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str = "1") -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source=URL, checked=DAY)


def _catalog(*models: Model) -> Catalog:
    return Catalog(models=models, providers=(Provider(id="p", name="P"),
                                             Provider(id="q", name="Q"),
                                             Provider(id="r", name="R")))


def _friction(c: Comparison) -> list[str]:
    return [claim.text for _, _, claims in (*c.narrative.friction_shared, *c.narrative.friction)
            for claim in claims]


def test_an_excluded_provider_is_no_place_both_run() -> None:
    """--exclude-provider deepinfra: DeepInfra is not named where both models run (F23)."""
    c = compare("llama-3.1-8b", "qwen2.5-7b", traffic=Traffic(input_tokens=10**9,
                                                              output_tokens=10**9),
                exclude_providers=["deepinfra", "together"], as_of=DAY)
    shared = [t for t in _friction(c) if "both run on" in t]
    assert shared
    assert not any("DeepInfra" in t or "Together" in t for t in shared)
    assert c.check() == []


def test_models_sharing_only_an_excluded_provider_share_none_this_page_allows() -> None:
    """Sharing only a provider the page excludes: no provider it allows serves both (F23)."""
    a = Model(id="a", name="A", routes=(_route("p"), _route("q")))
    b = Model(id="b", name="B", routes=(_route("q"), _route("r")))
    c = compare("a", "b", catalog=_catalog(a, b), exclude_providers=["q"], as_of=DAY)
    text = " ".join(_friction(c))
    assert "both run on" not in text
    assert "No provider this page allows serves both A and B" in text
    assert c.check() == []
    plain = compare("a", "b", catalog=_catalog(a, b), as_of=DAY)
    assert "A and B both run on Q." in _friction(plain)
