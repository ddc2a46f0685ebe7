"""Review 20's data findings (P2, P4, P7): each route and record read as its provider's or
maker's own page gives it."""

from __future__ import annotations

from decimal import Decimal

from phicompare import compare, default_catalog
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
