"""Review 20's data findings (P2, P4, P7): each route and record read as its provider's or
maker's own page gives it."""

from __future__ import annotations

from decimal import Decimal

from phicompare import Traffic, compare, default_catalog
from phicompare.domain.pricing import ProviderRoute


def _route(model_id: str, provider: str) -> ProviderRoute:
    [route] = [r for r in default_catalog().model(model_id).routes if r.provider == provider]
    return route


def test_qwen3_5_flash_on_alibaba_china_is_billed_at_its_base_price() -> None:
    """P2: the snapshot gave the route $0.172/$1.72 for every prompt, Model Studio's price above
    256K input tokens, so a page billed the maker's dearest tier and called the resellers
    "lower"; the route takes the base price with the 128K and 256K tiers above it."""
    route = _route("qwen3.5-flash", "alibaba-cn")
    assert (route.input, route.output) == (Decimal("0.029"), Decimal("0.287"))
    assert [(t.above_input_tokens, t.input, t.output) for t in route.tiers] == [
        (128_000, Decimal("0.115"), Decimal("1.147")),
        (256_000, Decimal("0.172"), Decimal("1.72"))]
    assert "Price corrected $0.172 and $1.72 -> $0.029 and $0.287" in (route.notes or "")
    page = compare("jais-30b-chat", "qwen3.5-flash").to_markdown()
    assert "$567.60" not in page
    assert "$94.95" in page


def test_qwen3_5_plus_on_alibaba_china_is_billed_at_its_base_price() -> None:
    """P2's sweep: Qwen3.5 Plus's Alibaba (China) route had the same slip, $0.573/$3.44 (its
    256K-1M tier) for every prompt."""
    route = _route("qwen3.5-plus", "alibaba-cn")
    assert (route.input, route.output) == (Decimal("0.115"), Decimal("0.688"))
    assert [(t.above_input_tokens, t.input, t.output) for t in route.tiers] == [
        (128_000, Decimal("0.287"), Decimal("1.72")),
        (256_000, Decimal("0.573"), Decimal("3.44"))]


LLAMA_3_1_CARD = "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md"


def test_llama_3_1_8b_instruct_turbo_reads_meta_s_card() -> None:
    """P4: the record cites Meta's Llama 3.1 card ("The pretraining data has a cutoff of December
    2023") but held Helicone's `knowledge` 2024-07, the release month, and read its vendor as
    "not yet sourced (the name suggests Meta)" with Meta's own card among its sources."""
    model = default_catalog().model("llama-3.1-8b-instruct-turbo")
    assert model.knowledge_cutoff == "2023-12"
    assert (model.vendor, model.vendor_inferred) == ("Meta", False)
    assert LLAMA_3_1_CARD in model.sources
    page = compare("llama-3.1-8b-instruct-turbo", "qwen3.5-27b-bluestar-v2-derestricted"
                   ).to_markdown()
    assert "| Knowledge cutoff | 2023-12 |" in page
    assert "2024-07 |" not in page
    assert "the name suggests Meta" not in page


def test_a_per_search_fee_is_said_not_billed() -> None:
    """P7: OpenRouter prices Sonar Pro Search's web searches ($0.018 a search) besides its
    tokens; the fee is kept as the route's `per_search`, left out of the bill (the traffic gives
    no search count, and no searches-per-request figure is assumed), and the bill says so."""
    from phicompare.analysis.cost import route_cost

    route = _route("sonar-pro-search", "openrouter")
    assert route_cost(route, Traffic()).monthly == Decimal("6150.00")
    c = compare("sonar-pro-search", "qwen3-omni-30b-a3b-thinking", exclude_providers=["kilo"])
    [fee] = c.cost.estimates[0].search_fees
    assert (fee.provider_name, fee.per_search, fee.billed) == ("OpenRouter", Decimal("0.018"), True)
    assert ("Sonar Pro Search: a fee of $0.018 a web search on OpenRouter is not included, as "
            "the traffic gives no search count.") in c.to_markdown().replace("\\$", "$")
    assert c.check() == []


def test_sonar_pro_search_s_bill_says_openrouter_s_search_fee() -> None:
    """P7: the bundled OpenRouter routes of Perplexity's Sonar models carry OpenRouter's
    per-search fee, and a bill on another provider names the fee it does not count."""
    assert _route("sonar-pro-search", "openrouter").per_search == Decimal("0.018")
    assert _route("sonar", "openrouter").per_search == Decimal("0.005")
    assert _route("sonar-pro-search", "kilo").per_search is None
    c = compare("sonar-pro-search", "qwen3-omni-30b-a3b-thinking")
    assert ("Sonar Pro Search: OpenRouter charges $0.018 a web search besides its token prices, "
            "not counted here; no search fee is on record for Kilo Gateway."
            ) in c.to_markdown().replace("\\$", "$")
    assert c.check() == []
