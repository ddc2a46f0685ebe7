"""Helper dataAM's data leftovers: OpenAI's other shutdowns, dated from its deprecations page.

Each test fails on the catalog before this helper's keyed fixes (main at 72477f43).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import ProviderRoute, compare, default_catalog

_DEPRECATIONS = "https://platform.openai.com/docs/deprecations"
_TODAY = dt.date(2026, 12, 2)
_APRIL, _MAY = dt.date(2026, 4, 22), dt.date(2026, 5, 8)
_JULY, _AUGUST, _OCTOBER = dt.date(2026, 7, 23), dt.date(2026, 8, 10), dt.date(2026, 10, 23)


def _route(model_id: str, provider: str) -> ProviderRoute:
    """The provider's route in force today (a dated price history keeps its older prices)."""
    routes = [r for r in default_catalog().model(model_id).routes if r.provider == provider]
    return max(routes, key=lambda r: r.effective_from or dt.date.min)


@pytest.mark.parametrize(("model_id", "deprecated", "retires"), [
    *((m, _APRIL, _JULY) for m in (
        "gpt-5-chat-latest", "gpt-5-codex", "gpt-5.1-chat-latest", "gpt-5.1-codex",
        "gpt-5.1-codex-max", "gpt-5.1-codex-mini", "gpt-5.2-codex", "o3-deep-research",
        "o4-mini-deep-research")),
    *((m, _APRIL, _OCTOBER) for m in (
        "gpt-3.5-turbo", "gpt-4", "gpt-4-turbo", "gpt-4o-2024-05-13", "o1", "o1-pro", "o3-mini",
        "o4-mini", "gpt-4.1-nano")),
    ("gpt-5.2-chat-latest", _MAY, _AUGUST),
    ("gpt-5.3-chat-latest", _MAY, _AUGUST),
])
def test_openai_routes_the_snapshots_still_list_carry_openais_shutdown(
        model_id: str, deprecated: dt.date, retires: dt.date) -> None:
    """OpenAI's page dates each route's notice and shutdown; the route keeps its price."""
    route = _route(model_id, "openai")
    assert (route.deprecated, route.retires) == (deprecated, retires)
    assert _DEPRECATIONS in (route.notes or "")
    assert _DEPRECATIONS in default_catalog().model(model_id).sources
    assert route.is_priced


@pytest.mark.parametrize(("model_id", "retires"), [
    *((m, dt.date(2026, 12, 11)) for m in ("gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-pro",
                                            "o3", "o3-pro")),
    *((m, dt.date(2027, 1, 14)) for m in ("gpt-4o", "gpt-4o-2024-08-06", "gpt-4o-2024-11-20",
                                           "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini")),
])
def test_announced_shutdowns_after_the_build_are_coming_days_and_still_billed(
        model_id: str, retires: dt.date) -> None:
    """A shutdown announced for after 2026-11-30 is the route's coming day, no deprecation."""
    route = _route(model_id, "openai")
    assert (route.deprecated, route.retires) == (None, retires)
    assert "notice date" in (route.notes or "")


def test_a_page_bills_o3_until_its_day_and_no_longer_bills_o1() -> None:
    """o3 on OpenAI is billed and flagged; o1's OpenAI route is retired on 2026-10-23."""
    page = compare("o3", "o1", as_of=_TODAY, providers=["openai"])
    assert page.cost.estimates[0].monthly == Decimal("3600")
    assert page.cost.estimates[1].monthly is None
    text = " ".join(page.to_markdown().split())
    assert "(the route retires on 2026-12-11)" in text
    assert "OpenAI: retired on 2026-10-23" in text
    assert page.check() == []
    before = compare("o1", "o3", as_of=dt.date(2026, 4, 1), providers=["openai"])
    assert before.cost.estimates[0].provider_name == "OpenAI"


@pytest.mark.parametrize(("model_id", "retires"), [("o1-pro", _OCTOBER),
                                                    ("o4-mini-deep-research", _JULY)])
def test_nanogpt_resales_of_closed_models_no_host_serves_end(model_id: str,
                                                             retires: dt.date) -> None:
    """NanoGPT's resale of a closed model ends the day its last host shut it down."""
    assert _route(model_id, "nano-gpt").retires == retires
    assert _route("o3-mini", "nano-gpt").retires is None  # Azure served it: left


def test_gpt_3_5_turbo_0125_reads_openais_output_cap_and_window() -> None:
    """models.dev's Azure files gave 16,384 for both; OpenAI's page gives 16,385 and 4,096."""
    model = default_catalog().model("gpt-3.5-turbo-0125")
    assert (model.context_window, model.max_output_tokens) == (16_385, 4_096)
    assert "https://platform.openai.com/docs/models/gpt-3-5-turbo" in (model.notes or "")


def test_o1_minis_retired_openai_route_reads_openais_last_price() -> None:
    """LLMStats' launch $3/$12 became OpenAI's $1.10/$4.40; a page before the notice bills it."""
    route = _route("o1-mini", "openai")
    assert (route.input, route.output, route.cache_read) == (
        Decimal("1.10"), Decimal("4.40"), Decimal("0.55"))
    assert route.checked == dt.date(2025, 7, 4)
    assert route.retires == dt.date(2025, 10, 27)
    page = compare("o1-mini", "o3", as_of=dt.date(2025, 3, 1), providers=["openai"])
    assert page.cost.estimates[0].monthly == Decimal("1980")


@pytest.mark.parametrize(("model_id", "reasons", "source"), [
    ("qwen3-max-thinking", True, "providers/kilo/models/qwen/qwen3-max-thinking.toml"),
    ("magistral-small", True, "providers/mistral/models/magistral-small.toml"),
    ("grok-4.20-non-reasoning-beta", False, "grok-4.20-non-reasoning-beta.toml"),
    ("grok-4-fast-reasoning", True, "docs.oracle.com"),
    ("grok-4-1-fast-non-reasoning", False, "vertex-ai"),
    ("glm-4.1v-thinking-flash", True, "huggingface.co/zai-org/GLM-4.1V-9B-Thinking"),
    ("gemini-2.0-flash-thinking-exp-1219", True, "thinking-mode"),
    ("k2-think", True, "huggingface.co/LLM360/K2-Think"),
])
def test_models_named_for_reasoning_read_their_listings_or_a_page(
        model_id: str, reasons: bool, source: str) -> None:
    """The listings' own flags, where all agree with the name, or a page, set the mode."""
    model = default_catalog().model(model_id)
    assert model.capabilities is not None
    assert model.capabilities.reasoning is reasons
    assert any(source in s for s in model.sources)


def test_models_whose_listing_denies_their_name_and_no_page_decides_stay_unknown() -> None:
    """Doubao 1.5 Thinking Pro's listings disagree and no maker's page was read: unknown."""
    for model_id in ("doubao-1.5-thinking-pro", "maestro-reasoning", "l3.3-electra-r1-70b"):
        caps = default_catalog().model(model_id).capabilities
        assert caps is None or caps.reasoning is None
