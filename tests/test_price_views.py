"""The catalog-wide price views bill the route the bills do (API review 14, A2).

``list --format json`` broke an exact price tie by provider id (GPT-4o "cheapest on Microsoft
Foundry" while every page bills OpenAI) and wrote "2.5"/"10.0" where ``show`` writes
"2.50"/"10.00"; ``catalog_frame`` gave Claude Sonnet 4.5 a reseller's 0.43/2.14, each side the
lowest of any route, where every bill is Anthropic's 3.00/15.00.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from typing import Any

import pytest

from phicompare import catalog_frame, default_catalog, estimate
from phicompare.cli.main import main

DAY = dt.date(2026, 11, 1)  # before Anthropic's own route of Sonnet 4.5 retired (2026-11-30)


def _listed(*argv: str) -> dict[str, Any]:
    out = io.StringIO()
    assert main(["list", "--format", "json", *argv], out=out) == 0
    return {m["id"]: m for m in json.loads(out.getvalue())}


@pytest.fixture(scope="module")
def listed() -> dict[str, Any]:
    return _listed()


@pytest.mark.parametrize("model", ["gpt-4o", "gpt-4.1", "qwen3-coder-plus", "claude-sonnet-4-5",
                                   "phi-4-mini", "qwen3-4b", "ernie-4.5-300b-a47b"])
def test_list_json_names_the_route_the_estimate_bills(listed: dict[str, Any],
                                                      model: str) -> None:
    bill = estimate(model).estimate
    assert bill.route is not None
    cheapest = listed[model]["cheapest"]
    assert cheapest["provider"] == bill.route.provider
    assert (Decimal(cheapest["input"]), Decimal(cheapest["output"])) == (bill.route.input,
                                                                          bill.route.output)


def test_list_json_agrees_with_every_bill(listed: dict[str, Any]) -> None:
    """Each model's listed route is its estimate's at the default terms, or none for both."""
    for model in default_catalog():
        bill = estimate(model.id).estimate
        cheapest = listed[model.id]["cheapest"]
        assert (None if cheapest is None else cheapest["provider"]) == (
            None if bill.route is None else bill.route.provider), model.id


def test_list_json_writes_money_to_the_cent_at_least(listed: dict[str, Any]) -> None:
    assert (listed["gpt-4o"]["cheapest"]["input"], listed["gpt-4o"]["cheapest"]["output"]) == (
        "2.50", "10.00")
    assert listed["phi-4-mini"]["cheapest"]["input"] == "0.075"


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_catalog_frame_bills_the_makers_route_and_flags_a_resale() -> None:
    pytest.importorskip("pandas")
    catalog = default_catalog()
    frame = catalog_frame(catalog, as_of=DAY)
    row = frame.loc["claude-haiku-4-5"]
    assert (row["provider"], row["input"], row["output"]) == (
        "anthropic", Decimal("1.00"), Decimal("5.00"))
    assert not row["reseller_listing"]
    # at their makers' prices, a route that stays in service over one that retires (review 29,
    # F1): Anthropic's Sonnet 4.5 retires on 2026-11-30, OpenAI's GPT-4o on 2027-01-14
    assert frame.loc["claude-sonnet-4-5", "provider"] == "aws-bedrock"
    assert frame.loc["gpt-4o", "provider"] == "azure-foundry"
    anywhere = catalog_frame(catalog, route_policy="cheapest", as_of=DAY).loc["claude-sonnet-4-5"]
    bill = estimate("claude-sonnet-4-5", route_policy="cheapest", as_of=DAY).estimate
    assert bill.route is not None
    assert (anywhere["provider"], anywhere["input"]) == (bill.route.provider, bill.route.input)
    assert anywhere["reseller_listing"]
