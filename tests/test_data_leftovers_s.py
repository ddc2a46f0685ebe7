"""This session's data leftovers (helper dataS): each read from the rebuilt bundled catalog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import (
    Capabilities,
    Model,
    ModelCost,
    ProviderRoute,
    compare,
    default_catalog,
    estimate,
)
from phicompare.importers._identity import table_undated
from phicompare.importers._route_flags import RouteFlags, reflagged


def test_ministral_8b_instruct_names_the_october_2024_model_again() -> None:
    """``ministral-8b-instruct`` named LLMStats' ``ministral-8b-instruct-2410`` (its id without
    the date) until helper dataR joined that record to ``ministral-8b``; the spellings table
    names it that model, so the record's dated name gives its undated one as an alias."""
    assert table_undated("ministral-8b", ("ministral-8b-instruct-2410",)) == (
        "ministral-8b-instruct",)
    catalog = default_catalog()
    assert catalog.model("ministral-8b-instruct").id == "ministral-8b"
    assert "ministral-8b-instruct" in catalog.model("ministral-8b").aliases
    assert catalog.model("ministral-8b-2512").id == "ministral-8b-2512"


def test_ministral_3b_is_dated_by_mistral_s_announcement() -> None:
    """Mistral announced les Ministraux, Ministral 3B and 8B, on 2024-10-16 ("Un Ministral, des
    Ministraux"); the record read 2024-10-22, the day Azure listed it, and its sibling
    Ministral 8B already reads 2024-10-16."""
    catalog = default_catalog()
    model = catalog.model("ministral-3b")
    assert model.released == dt.date(2024, 10, 16)
    assert model.released == catalog.model("ministral-8b").released
    assert "https://mistral.ai/news/ministraux/" in model.sources


def _counts_mistral(cost: ModelCost) -> bool:
    """Whether Mistral's own route is an eligible priced route of the estimate."""
    return any(r.provider_name == "Mistral" and r.eligible and r.monthly is not None
               for r in cost.routes)


def test_the_october_ministrals_leave_mistral_s_latest_aliases() -> None:
    """Mistral's docs model data: Ministral 3B and 8B (24.10) deprecated 2025-12-02, retired
    2025-12-31, and from 2025-12-02 ``ministral-3b-latest`` / ``ministral-8b-latest`` name
    Ministral 3 3B and 8B ($0.10, $0.15); models.dev's files still sold the aliases at the
    October models' $0.04 and $0.10, so a page billed Mistral's route after both days."""
    catalog = default_catalog()
    for model_id, price in (("ministral-3b", "0.04"), ("ministral-8b", "0.10")):
        route = next(r for r in catalog.model(model_id).routes if r.provider == "mistral")
        assert route.provider_model_id == f"{model_id}-latest"
        assert route.deprecated == dt.date(2025, 12, 2)
        assert route.retires == dt.date(2025, 12, 31)
        assert route.input == Decimal(price)
        # (counted before its retirement, not billed: routes at its price that stay in service
        # bill first, review 29, F1)
        assert _counts_mistral(estimate(model_id, as_of=dt.date(2025, 11, 1)))
        assert not _counts_mistral(estimate(model_id, as_of=dt.date(2026, 1, 15)))
        assert estimate(model_id, as_of=dt.date(2026, 1, 15)).provider_name != "Mistral"


def test_mistral_large_2411_s_mistral_route_retires_on_mistral_s_day() -> None:
    """Mistral's docs model data for Mistral Large 2.1 (mistral-large-2411): deprecation date
    2026-02-27, retirement date 2026-05-31, as its sibling Pixtral Large 2411's; the route still
    billed on pages dated after it. (Since helper dataW the deprecation day is keyed too, so the
    page that bills Mistral is dated before it.)"""
    model = default_catalog().model("mistral-large-2411")
    route = next(r for r in model.routes if r.provider == "mistral")
    assert route.retires == dt.date(2026, 5, 31)
    assert route.input == Decimal("2.00")
    assert _counts_mistral(estimate(model.id, as_of=dt.date(2026, 2, 15)))  # (F1, above)
    assert not _counts_mistral(estimate(model.id, as_of=dt.date(2026, 6, 15)))
    assert estimate(model.id, as_of=dt.date(2026, 6, 15)).provider_name != "Mistral"


def test_command_r_plus_04_2024_leaves_bedrock_on_amazon_s_end_of_life() -> None:
    """Amazon's Bedrock card for cohere.command-r-plus-v1:0: "Model EOL date: August 19, 2026";
    the page after it has no bill for the April release, and its check holds (dataS, item 3)."""
    model = default_catalog().model("command-r-plus-04-2024")
    route = next(r for r in model.routes if r.provider == "aws-bedrock")
    assert route.retires == dt.date(2026, 8, 19)
    c = compare("command-r-plus-04-2024", "command-r-plus-08-2024", as_of=dt.date(2026, 12, 1))
    assert c.cost.estimates[0].monthly is None
    assert c.check() == []


def test_magistral_medium_takes_images_on_mistral_s_own_route() -> None:
    """Mistral's page for Magistral Medium 1.2 (API names magistral-medium-2509 and
    magistral-medium-latest) gives input text and image ("released September 2025 with vision
    support"); every file of the alias flagged no vision. The model now takes images, and a
    keyed route flag sets Mistral's own route; the hosts' listings keep their own word."""
    model = default_catalog().model("magistral-medium-latest")
    assert model.input_modalities == ("text", "image")
    assert model.capabilities.vision is True
    by_provider = {r.provider: r for r in model.routes}
    mistral = by_provider["mistral"]
    assert mistral.capabilities is not None
    assert mistral.capabilities.vision is True
    assert mistral.notes is not None
    assert "vision false -> true" in mistral.notes
    for host in ("vercel", "merge-gateway"):
        flags = by_provider[host].capabilities
        assert flags is not None
        assert flags.vision is False


def test_a_keyed_route_flag_changes_that_route_alone() -> None:
    """A keyed route flag names one model's route at one provider; the others are left."""
    route = ProviderRoute(provider="p", source="https://price.test", checked=dt.date(2026, 7, 2),
                          capabilities=Capabilities(vision=False, reasoning=True))
    other = attrs.evolve(route, provider="q")
    fix = RouteFlags("m", "p", (("vision", True),), "https://x.test", dt.date(2026, 12, 2),
                     "the page")
    (out,), lines = reflagged([Model(id="m", name="M", routes=(route, other))], [fix])
    assert out.routes[0].capabilities == Capabilities(vision=True, reasoning=True)
    assert out.routes[1] == other
    assert lines == ["m: p route vision false -> true (https://x.test, read 2026-12-02): the page"]
    assert reflagged([out], [fix]) == ([out], [])
