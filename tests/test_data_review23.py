"""Review 23's data findings: dead OpenAI routes, o1 reasoning, GPT-4.5's output, release dates.

Each test fails on the catalog before helper dataAL's keyed fixes (main at 69f69b60).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import ProviderRoute, RouteStatus, compare, default_catalog
from phicompare.exceptions import ComparisonError

_DEPRECATIONS = "https://platform.openai.com/docs/deprecations"
_RETIRED_FOUNDRY = "https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"
_TODAY = dt.date(2026, 12, 2)


def _route(model_id: str, provider: str) -> ProviderRoute:
    return next(r for r in default_catalog().model(model_id).routes if r.provider == provider)


@pytest.mark.parametrize(("model_id", "deprecated", "retires"), [
    ("gpt-4.5", dt.date(2025, 4, 14), dt.date(2025, 7, 14)),
    ("o1-preview", dt.date(2025, 4, 28), dt.date(2025, 7, 28)),
    ("o1-mini", dt.date(2025, 4, 28), dt.date(2025, 10, 27)),
    ("gpt-3.5-turbo-0125", dt.date(2026, 4, 22), dt.date(2026, 10, 23)),
    ("gpt-4-0613", dt.date(2026, 4, 22), dt.date(2026, 10, 23)),
])
def test_openai_routes_only_llmstats_lists_carry_openais_shutdown(
        model_id: str, deprecated: dt.date, retires: dt.date) -> None:
    """P1: OpenAI's deprecations page dates each route's notice and shutdown; the route keeps
    LLMStats' price and says where the days come from."""
    route = _route(model_id, "openai")
    assert (route.deprecated, route.retires) == (deprecated, retires)
    assert route.notes is not None
    assert _DEPRECATIONS in route.notes
    assert _DEPRECATIONS in default_catalog().model(model_id).sources
    # the listing is LLMStats' (o1-mini's price is OpenAI's last since helper dataAM, 3)
    assert "LLMStats" in route.source + (route.notes or "")


def test_gpt_4_5_is_no_longer_billed_on_openai_and_its_route_was_a_preview() -> None:
    """P1: "GPT-4.5: $97,500.00 a month on OpenAI" on 2026-12-02, a year after the shutdown.
    Before the notice the page still bills it, and says the route is a preview."""
    route = _route("gpt-4.5", "openai")
    assert route.status is RouteStatus.PREVIEW
    now = compare("gpt-4.5", "gemma-2-9b", as_of=_TODAY)
    assert now.cost.estimates[0].monthly is None
    assert "retired on 2025-07-14" in now.to_markdown()
    assert now.check() == []
    then = compare("gpt-4.5", "gemma-2-9b", as_of=dt.date(2025, 3, 10))
    assert then.cost.estimates[0].provider_name == "OpenAI"
    assert then.cost.estimates[0].monthly == Decimal("97500")
    assert "preview, deprecated from 2025-04-14" in " ".join(then.to_markdown().split())


def test_o1_preview_has_no_route_in_service_after_openai_and_azure_shut_it_down() -> None:
    """P1: Foundry (Microsoft's retired-models page) and NanoGPT's resale of the closed model
    end the day OpenAI and Azure did."""
    for provider in ("azure-foundry", "nano-gpt"):
        assert _route("o1-preview", provider).retires == dt.date(2025, 7, 28)
    assert _route("gpt-4-0613", "azure-foundry").retires == dt.date(2025, 6, 6)
    assert _RETIRED_FOUNDRY in (_route("o1-preview", "azure-foundry").notes or "")
    page = compare("o1-preview", "o3", as_of=_TODAY)
    assert page.cost.estimates[0].monthly is None
    assert page.check() == []
    before = compare("o1-preview", "o3", as_of=dt.date(2025, 4, 1), providers=["openai"])
    assert before.cost.estimates[0].monthly == Decimal("27000")


@pytest.mark.parametrize("model_id", [
    "o1-preview", "o1-mini", "qwq-32b-preview", "mai-ds-r1", "magistral-small-2506",
    "magistral-small-2509"])
def test_reasoning_models_state_reasoning_on_their_own_record(model_id: str) -> None:
    """P3: "NanoGPT offers reasoning mode for OpenAI o1-preview; Microsoft Foundry and OpenAI do
    not list it": the maker's post or card says the model reasons."""
    model = default_catalog().model(model_id)
    assert model.capabilities is not None
    assert model.capabilities.reasoning is True
    page = compare("o1-preview", "gpt-4o", as_of=_TODAY)
    tradeoffs = " ".join(c.text for c in page.narrative.tradeoffs)
    assert "do not list it" not in tradeoffs
    assert "OpenAI o1-preview documents reasoning mode" in tradeoffs


def test_gpt_4_5_output_limit_is_openais_16_384_not_llmstats_4_096() -> None:
    """P5: "Maximum output shrinks from 100K tokens on o3 to 4K on GPT-4.5". On a day GPT-4.5
    was served: its one route retired on 2025-07-14, and no move to it is described after
    (fixAZ)."""
    model = default_catalog().model("gpt-4.5")
    assert model.max_output_tokens == 16_384
    assert "https://platform.openai.com/docs/models/gpt-4.5-preview" in model.sources
    page = " ".join(compare("gpt-4.5", "o3", as_of=dt.date(2025, 6, 1)).to_markdown().split())
    assert "4K on GPT-4.5" not in page
    assert "16K on GPT-4.5" in page


def test_venices_qwen3_next_listing_joins_the_instruct_model_it_is() -> None:
    """P2: Venice's `qwen3-next-80b` (release 2025-04-29, Qwen3's launch day) was a record of
    its own, picked on a page dated before Qwen3-Next existed."""
    catalog = default_catalog()
    model = catalog.model("qwen3-next-80b")
    assert model.id == "qwen3-next-80b-a3b-instruct"
    assert model.released == dt.date(2025, 9, 11)
    assert "venice" in {r.provider for r in model.routes}
    assert all(m.released != dt.date(2025, 4, 29) for m in catalog.models
               if m.id.startswith("qwen3-next"))
    with pytest.raises(ComparisonError, match="are one model"):
        compare("qwen3-next-80b", "qwen3-next-80b-a3b-instruct", as_of=dt.date(2025, 6, 1))


@pytest.mark.parametrize(("model_id", "released"), [
    ("gemma-2-9b", dt.date(2024, 6, 27)), ("gemma-2-2b", dt.date(2024, 7, 31))])
def test_gemma_2_records_carry_their_release_days(model_id: str, released: dt.date) -> None:
    """P7: "Pick Gemma 2 9B: the only model here not known to be released after the
    comparison's date (2024-06-01; no release date is recorded for it)"."""
    assert default_catalog().model(model_id).released == released
    verdict = " ".join(c.text for c in compare(
        "gpt-4.5", model_id, as_of=dt.date(2024, 6, 1)).narrative.verdict)
    assert f"was not released until {released.isoformat()}" in verdict


def test_command_r_plus_08_2024_has_cohere_cards_licence_and_size() -> None:
    """Review 23, below the line: picked "for open weights" with no licence known; the card
    gives a non-commercial licence and 104B parameters."""
    model = default_catalog().model("command-r-plus-08-2024")
    assert model.license == "CC-BY-NC-4.0"
    assert model.parameters_b == Decimal("104")
    assert "https://huggingface.co/CohereForAI/c4ai-command-r-plus-08-2024" in model.sources
