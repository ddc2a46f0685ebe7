"""Batch prices of Gemini and Claude 5 routes on their makers' APIs (helper dataAS, review 28 P5),
read from the bundled catalog: Gemini 2.5 Flash, 2.5 Flash-Lite, 3 Flash Preview, 3.1 Flash-Lite
Preview, Claude Sonnet 5 and Fable 5."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from phicompare import Traffic, default_catalog, route_cost
from tests.helpers import provider_routes

_PRICING = "https://ai.google.dev/gemini-api/docs/pricing"

# (model id, standard input and output, the Batch pane's input and output)
_ROWS = (
    ("gemini-2.5-flash", ("0.30", "2.50"), ("0.15", "1.25")),
    ("gemini-2.5-flash-lite", ("0.10", "0.40"), ("0.05", "0.20")),
    ("gemini-3-flash-preview", ("0.50", "3.00"), ("0.25", "1.50")),
    ("gemini-3.1-flash-lite-preview", ("0.25", "1.50"), ("0.125", "0.75")),
)

# Maker routes LiteLLM gives a batch price for, at the route's own standard price, that no
# maker page in the stored corpora prices: unknown, not half of the standard price.
# Keyed by the model and the id its route sells.
_UNSOURCED = {
    ("gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite"):
        "the stored copy of Google's page heads its pane with the preview id only",
}


def _decimals(pair: tuple[str, str]) -> tuple[Decimal, Decimal]:
    return Decimal(pair[0]), Decimal(pair[1])


def test_gemini_routes_carry_the_batch_pane_s_prices() -> None:
    """Each Google route at the Standard pane's price takes the Batch pane's row, cited, dated."""
    for model_id, standard, batch in _ROWS:
        (route,) = [r for r in provider_routes(model_id, "google")
                    if (r.input, r.output) == _decimals(standard)
                    and r.provider_model_id == model_id]
        assert (route.batch_input, route.batch_output) == _decimals(batch), model_id
        assert route.notes is not None
        assert f"Route batch prices ${batch[0]} input" in route.notes, model_id
        assert f"{_PRICING}, read 2026-12-03" in route.notes, model_id


def test_claude_5_routes_carry_the_batch_page_s_prices() -> None:
    """Anthropic's batch page (its copy fetched 2026-09-20) lists Claude Sonnet 5 at $1/$5 and
    Fable 5 at $5/$25: the routes at the overview pages' $2/$10 and $10/$50 take them; Sonnet 5's
    $3/$15 era (from 2026-09-01) is not the price the page pairs them with, and keeps none."""
    batches = {(r.input, r.output): (r.batch_input, r.batch_output)
               for r in provider_routes("claude-sonnet-5", "anthropic")}
    assert batches == {(Decimal(2), Decimal(10)): (Decimal(1), Decimal(5)),
                       (Decimal(3), Decimal(15)): (None, None)}
    (route,) = provider_routes("claude-fable-5", "anthropic")
    assert (route.input, route.output) == (Decimal(10), Decimal(50))
    assert (route.batch_input, route.batch_output) == (Decimal(5), Decimal(25))
    assert route.notes is not None
    assert "batch-processing, read 2026-12-03" in route.notes


def test_the_ga_flash_lite_route_does_not_take_the_preview_s_pane() -> None:
    """The page's pane is headed gemini-3.1-flash-lite-preview: the route selling the GA id
    gemini-3.1-flash-lite, at the same standard price, keeps no batch price."""
    (route,) = [r for r in provider_routes("gemini-3.1-flash-lite-preview", "google")
                if r.provider_model_id == "gemini-3.1-flash-lite"]
    assert (route.batch_input, route.batch_output) == (None, None)


def test_gemini_3_flash_preview_under_batch_traffic_bills_the_batch_price() -> None:
    """Half the tokens through the Batch API: $862.50 (it was $1,150.00, every token at the
    standard price, with "no batch price is listed")."""
    (route,) = provider_routes("gemini-3-flash-preview", "google")
    bill = route_cost(route, Traffic(batch_share=Decimal("0.5")))
    assert bill.monthly == Decimal("862.50")
    assert not [n for n in bill.notes if "batch" in n]


def test_no_untiered_maker_route_lacks_a_batch_price_litellm_gives(shared_data: Path) -> None:
    """A Google or Anthropic route with no tiers whose standard prices LiteLLM's entry gives,
    with batch prices, carries a batch price, or is one a maker page leaves unpriced (listed)."""
    entries = json.loads((shared_data / "litellm" / "model_prices_and_context_window.json")
                         .read_text(encoding="utf-8"))
    million = Decimal(1_000_000)
    missing = set()
    for model in default_catalog().models:
        for route in model.routes:
            if route.provider not in ("google", "anthropic") or route.tiers:
                continue
            built = dt.date(2026, 11, 30)
            if route.batch_input is not None or route.retired(built) or route.input is None:
                continue
            name = route.provider_model_id or model.id
            entry = entries.get(f"gemini/{name}" if route.provider == "google" else name)
            if not entry or entry.get("input_cost_per_token_batches") is None:
                continue
            listed = (Decimal(str(entry["input_cost_per_token"])) * million,
                      Decimal(str(entry["output_cost_per_token"])) * million)
            if listed == (route.input, route.output):
                missing.add((model.id, name))
    assert missing <= set(_UNSOURCED), missing - set(_UNSOURCED)
