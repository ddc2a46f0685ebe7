"""The verdict's "no advantage" line names the capabilities the page shows for a model elsewhere.

Finding N9: "The data records no advantage that favours X" where the tradeoffs say only X's
routes offer reasoning mode, or where the decision fit lists capabilities X documents that the
other model's routes offer too. See docs/narrative.md ("A recommendation rests on a difference
known on both sides").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 11, 25)


def _route(provider: str, price: str, **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com/p", checked=DAY, **kw)


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def _verdict(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.verdict]


def test_a_capability_only_its_routes_offer_is_named() -> None:
    """As Qwen3 235B A22B Thinking 2507 against the Instruct model (reasoning mode)."""
    cheap = Model(id="a", name="A", capabilities=Capabilities(reasoning=False),
                  routes=(_route("p", "0.10"),))
    thinking = Model(id="b", name="B", routes=(
        _route("q", "1.00", capabilities=Capabilities(reasoning=True)),
        _route("r", "1.00", capabilities=Capabilities(reasoning=True))))
    c = _compare(cheap, thinking)
    assert _verdict(c)[1] == (
        "The data records no advantage that favours B: its own record in the data does not state "
        "the reasoning mode its routes offer (which A does not support).")
    assert c.check() == []


def test_a_documented_capability_other_routes_offer_too_is_named() -> None:
    """As DeepSeek-R1 against R1 0528 (reasoning mode and function calling)."""
    both = Capabilities(reasoning=True, function_calling=True)
    r1 = Model(id="a", name="A", capabilities=both, routes=(_route("p", "1.00"),))
    newer = Model(id="b", name="B", context_window=131_072,
                  routes=(_route("q", "0.10", capabilities=both),))
    c = _compare(r1, newer)
    # (A named, not "it": after "B's routes" an "it" reads as B, review 6, D22)
    assert _verdict(c)[0] == ("The data records no advantage that favours A: B's routes offer "
                              "the reasoning mode and function calling documented for A.")
    assert c.check() == []


def test_the_pages_of_the_finding() -> None:
    # The finding's own pairs (Qwen3 235B A22B Thinking 2507, DeepSeek R1 0528) now record the
    # capabilities on the models (review 6, D19), as do Command A Reasoning and DeepSeek V3.2 Exp,
    # and the April 2025 Qwen3 hybrids (Qwen3 14B, 8B: brief data7), the next pairs; Qwen3 Coder
    # Next's record still leaves reasoning mode to its routes (Qwen3.5-Flash's copy, the pair's
    # second model here once, is Qwen3.5 Flash since review 9, H7).
    coder = compare("qwen3-235b-a22b-instruct-2507", "qwen3-coder-next")
    assert "reasoning mode its routes offer" in _verdict(coder)[1]
    plus = compare("qwen3-next-80b-a3b-thinking", "qwen3-coder-next")
    assert ("reasoning mode and function calling documented for Qwen3-Next 80B-A3B (Thinking)"
            in _verdict(plus)[0])
    assert coder.check() == plus.check() == []


def test_a_qwen3_hybrid_documents_its_reasoning_mode_on_its_page() -> None:
    """Qwen3 8B and 14B state thinking mode on their records: no 'routes offer' line for it."""
    for other, model in (("qwen3-235b-a22b-instruct-2507", "qwen3-14b"),
                         ("qwen3-235b-a22b", "qwen3-8b")):
        c = compare(other, model)
        assert not any("reasoning mode its routes offer" in t
                       or "routes offer the reasoning mode" in t for t in _verdict(c))
        assert c.check() == []
