"""Review 7, F29: a route's flags are the route's, and a window on routes names those routes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Capability, Model, ProviderRoute, Support, compare

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
    """Not two of the six 128K routes: the 128,000-token ones count, the cheapest first."""
    c = compare("deepseek-r1-distill-llama-8b", "llama-3.1-8b", "qwen3.5-omni-flash")
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    assert "a longer context on routes other than the bill's (128K tokens on Nebius AI Studio" \
        in verdict, verdict
    assert c.check() == []
