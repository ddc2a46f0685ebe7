"""A capability only a model's routes offer, undocumented for another, is named (review 11, K9).

``phicompare mistral-small-3.1 qwen2.5-vl-72b-instruct`` read "The data records no advantage
that favours Qwen2.5-VL 72B Instruct: Mistral Small 3.1's routes offer the function calling
documented for Qwen2.5-VL 72B Instruct", silent on the structured outputs its routes offer,
which the tradeoffs and friction give it ("test it before moving traffic"). As a capability
the model documents and another leaves undocumented, it is no advantage known on both sides,
and the verdict says so. See docs/narrative.md ("A recommendation rests on a difference known
on both sides").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 12, 1)


def _route(provider: str, price: str = "0.10", **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal("0.20"),
                         source="https://example.com/p", checked=dt.date(2026, 11, 1), **kw)


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def _verdict(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.verdict]


def test_a_route_offered_capability_undocumented_for_the_other_is_named() -> None:
    a = Model(id="a", name="A", context_window=128_000, released=dt.date(2024, 1, 1),
              routes=(_route("pa"),))
    b = Model(id="b", name="B", context_window=128_000, released=dt.date(2024, 1, 1),
              routes=(_route("lister", "0.20", capabilities=Capabilities(structured_outputs=True)),
                      _route("plain", "0.20")))
    c = _compare(a, b)
    assert _verdict(c)[1] == (
        "The data records no advantage known on both sides that favours B: lister offers "
        "structured outputs for it, which is not documented for A.")
    assert c.check() == []


def test_documented_absence_keeps_the_route_offered_reading() -> None:
    """Where the other is documented not to support it, review 9's sentence stands."""
    a = Model(id="a", name="A", context_window=128_000, released=dt.date(2024, 1, 1),
              routes=(_route("pa"),), capabilities=Capabilities(structured_outputs=False))
    b = Model(id="b", name="B", context_window=128_000, released=dt.date(2024, 1, 1),
              routes=(_route("lister", "0.20",
                             capabilities=Capabilities(structured_outputs=True)),))
    c = _compare(a, b)
    assert "known on both sides" not in " ".join(_verdict(c))
    assert c.check() == []


def test_the_page_of_the_finding() -> None:
    c = compare("mistral-small-3.1", "qwen2.5-vl-72b-instruct", as_of=DAY)
    assert _verdict(c)[1] == (
        "The data records no advantage known on both sides that favours Qwen2.5-VL 72B Instruct: "
        "Nebius AI Studio, OpenRouter and OVHcloud AI Endpoints offer structured outputs for it, "
        "which is not documented for Mistral Small 3.1.")  # its card documents function calling
    # (review 19): no longer only its routes' offer
    assert c.check() == []
    c = compare("llama-3.3-70b-instruct", "mistral-small-3.1", "qwen2.5-vl-72b-instruct",
                requires={"vision", "function_calling"}, exclude_providers=["openrouter"],
                as_of=DAY)
    assert _verdict(c)[2] == (
        "The data records no advantage known on both sides that favours Qwen2.5-VL 72B Instruct: "
        "Nebius AI Studio and OVHcloud AI Endpoints offer structured outputs for it, which is "
        "not documented for Mistral Small 3.1.")
    assert c.check() == []
