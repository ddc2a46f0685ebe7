"""Foundry's Azure OpenAI retirements and the makers' batch prices (helper dataAP), read from
the bundled catalog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Traffic, route_cost
from phicompare.importers._foundry_openai import FOUNDRY_OPENAI_RETIREMENTS
from phicompare.importers._route_batches import ROUTE_BATCHES
from tests.helpers import provider_routes, route_reasons

_SCHEDULE = "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"


def test_foundry_openai_routes_retire_on_microsoft_s_rendered_schedule() -> None:
    """The schedule's copy rendered 2026-09-02 dates each Foundry route (o3's both price eras);
    no deprecation day is given, so none is recorded."""
    for model_id, retires in (
            ("o1", dt.date(2026, 10, 21)), ("o3", dt.date(2026, 10, 21)),
            ("o3-mini", dt.date(2026, 10, 1)), ("o4-mini", dt.date(2026, 10, 16)),
            ("gpt-4.1-nano", dt.date(2027, 4, 14)), ("gpt-4o", dt.date(2027, 4, 14)),
            ("gpt-4o-mini", dt.date(2027, 4, 14)), ("gpt-4o-2024-08-06", dt.date(2027, 4, 14)),
            ("gpt-4o-2024-05-13", dt.date(2026, 10, 1))):
        routes = provider_routes(model_id, "azure-foundry")
        assert {(r.retires, r.deprecated) for r in routes} == {(retires, None)}, model_id
        assert any(_SCHEDULE in (r.notes or "") for r in routes), model_id


def test_litellm_s_later_foundry_days_are_said_not_taken() -> None:
    """LiteLLM gives the o-series 2026-11-19 and GPT-4o 2024-05-13 2027-01-14: the routes keep
    Microsoft's days and their notes say the sources disagree; where LiteLLM agrees, no
    disagreement is said."""
    later = {f.model for f in FOUNDRY_OPENAI_RETIREMENTS if "the sources disagree" in f.why}
    assert later == {"o1", "o3", "o3-mini", "o4-mini", "gpt-4o-2024-05-13"}
    (route,) = provider_routes("o1", "azure-foundry")
    assert route.notes is not None
    assert "2026-11-19" in route.notes
    assert "the sources disagree" in route.notes


def test_a_retired_foundry_route_no_longer_bills() -> None:
    """A page dated after o3-mini's Foundry day reads the route retired; one before bills it."""
    assert route_reasons("o3-mini", "azure-foundry", dt.date(2026, 9, 30)) == {None}
    after = route_reasons("o3-mini", "azure-foundry", dt.date(2026, 10, 5))
    assert after != {None}
    assert any("retired" in (reason or "") for reason in after)


def test_maker_routes_carry_their_pages_batch_prices() -> None:
    """GPT-5 and Claude Sonnet 4.5 on their makers' APIs: the pages' batch rows, and a bill
    with a batch share pays them."""
    for model_id, provider, batch in (
            ("gpt-5", "openai", (Decimal("0.625"), Decimal("5.00"))),
            ("gpt-4.1", "openai", (Decimal("1.00"), Decimal("4.00"))),
            ("o4-mini", "openai", (Decimal("0.55"), Decimal("2.20"))),
            ("claude-sonnet-4-5", "anthropic", (Decimal("1.50"), Decimal("7.50"))),
            ("claude-opus-4-8", "anthropic", (Decimal("2.50"), Decimal("12.50")))):
        (route,) = provider_routes(model_id, provider)
        assert (route.batch_input, route.batch_output) == batch, model_id
        assert route.notes is not None
        assert "Route batch prices" in route.notes, model_id
    (gpt5,) = provider_routes("gpt-5", "openai")
    bill = route_cost(gpt5, Traffic(batch_share=Decimal("0.5")))
    assert bill.monthly == Decimal("2625.00")
    assert not [n for n in bill.notes if "batch" in n]


def test_batch_rows_stay_beside_their_own_standard_prices() -> None:
    """o3's $10/$40 era keeps no batch price, nor do routes with a long-context tier (a batch
    price would apply above the tier too)."""
    eras = {r.input: (r.batch_input, r.batch_output) for r in provider_routes("o3", "openai")}
    assert eras == {Decimal(10): (None, None), Decimal(2): (Decimal(1), Decimal(4))}
    for model_id, provider in (("gpt-5.4", "openai"), ("claude-opus-4-6", "anthropic")):
        for route in provider_routes(model_id, provider):
            assert (route.batch_input is None) == bool(route.tiers), (model_id, route.tiers)


def test_every_keyed_batch_price_is_found_and_is_the_page_s_half() -> None:
    """Each keyed row sets a route (no row names a model or price the catalog lacks), and every
    row the pages list is half its standard price (a check on the transcription, not a rule
    the prices were computed from)."""
    for fix in ROUTE_BATCHES:
        routes = provider_routes(fix.model, fix.provider)
        assert any((r.batch_input, r.batch_output) == fix.batch for r in routes), fix.model
        assert tuple(p / 2 for p in fix.standard) == fix.batch, fix.model
