"""Review 7, F29: a route's flags are the route's, and a window on routes names those routes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Capability, Model, ProviderRoute, Support, compare
from tests.helpers import pqr_catalog

CHECKED = dt.date(2026, 7, 2)


def test_routes_that_do_not_list_a_capability_leave_it_not_documented() -> None:
    """One reseller's listing without function calling is no "does not support" for the model."""
    route = ProviderRoute(provider="p", source="https://p.example", checked=CHECKED,
                          input=Decimal(0), output=Decimal(0),
                          capabilities=Capabilities(function_calling=False))
    model = Model(id="m", name="M", routes=(route,))
    assert model.support(Capability.FUNCTION_CALLING) is Support.UNKNOWN
    documented = Model(id="m", name="M", routes=(route,),
                       capabilities=Capabilities(function_calling=False))
    assert documented.support(Capability.FUNCTION_CALLING) is Support.NO


def test_qwen_omni_flash_free_listing_flags_are_not_the_model_s() -> None:
    """NanoGPT's free-tier listing, its only route, lists no function calling: not documented."""
    c = compare("deepseek-r1-distill-llama-8b", "llama-3.1-8b", "qwen3.5-omni-flash")
    page = c.to_markdown()
    assert "Qwen3.5 Omni Flash does not support" not in page
    assert "Omni Flash do not support" not in page
    assert c.check() == []


def test_a_longer_context_on_other_routes_names_every_route_that_takes_it() -> None:
    """Not two of the six 128K routes: the 128,000-token ones count, the cheapest first.

    The bundled case (Llama 3.1 8B billed on OpenRouter's 16,384-token listing) is gone since
    review 33, #1 gave that route OpenRouter's later 131,072: the same shape, built here."""
    def route(provider: str, price: str, window: int) -> ProviderRoute:
        return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                             source="https://p.example", checked=CHECKED, context_window=window)
    a = Model(id="a", name="A", released=dt.date(2025, 1, 1), context_window=131_072,
              routes=(route("p", "0.1", 16_384), route("q", "0.3", 128_000),
                      route("r", "0.2", 131_072)))
    b = Model(id="b", name="B", released=dt.date(2025, 1, 1), context_window=32_768)
    c = compare(a, b, catalog=pqr_catalog(a, b), as_of=CHECKED)
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    assert ("a longer context on routes other than the bill's (128K tokens on R and Q; P, behind "
            "the bill, takes 16,384)") in verdict, verdict
    assert c.check() == []
