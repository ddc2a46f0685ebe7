"""Batch prices of OpenAI's older models on its own API (helper dataAR), read from the bundled
catalog: GPT-4o, GPT-4o mini, o1, o1-pro, GPT-4 Turbo, GPT-4 and GPT-3.5 Turbo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Traffic, compare, route_cost
from tests.helpers import provider_routes

_PRICING = "https://platform.openai.com/docs/pricing"

# (model id, standard input and output, the Batch pane's input and output)
_ROWS = (
    ("gpt-4o", ("2.50", "10.00"), ("1.25", "5.00")),
    ("gpt-4o-2024-05-13", ("5.00", "15.00"), ("2.50", "7.50")),
    ("gpt-4o-mini", ("0.15", "0.60"), ("0.075", "0.30")),
    ("o1", ("15.00", "60.00"), ("7.50", "30.00")),
    ("o1-pro", ("150.00", "600.00"), ("75.00", "300.00")),
    ("gpt-4-turbo", ("10.00", "30.00"), ("5.00", "15.00")),
    ("gpt-4", ("30.00", "60.00"), ("15.00", "30.00")),
    ("gpt-4-0613", ("30.00", "60.00"), ("15.00", "30.00")),
    ("gpt-3.5-turbo", ("0.50", "1.50"), ("0.25", "0.75")),
    ("gpt-3.5-turbo-0125", ("0.50", "1.50"), ("0.25", "0.75")),
)


def _decimals(pair: tuple[str, str]) -> tuple[Decimal, Decimal]:
    return Decimal(pair[0]), Decimal(pair[1])


def test_openai_routes_of_older_models_carry_the_batch_pane_s_prices() -> None:
    """Each route at the Standard pane's price takes the Batch pane's row, cited and dated."""
    for model_id, standard, batch in _ROWS:
        (route,) = [r for r in provider_routes(model_id, "openai")
                    if (r.input, r.output) == _decimals(standard)]
        assert (route.batch_input, route.batch_output) == _decimals(batch), model_id
        assert route.notes is not None
        assert f"Route batch prices ${batch[0]} input" in route.notes, model_id
        assert f"{_PRICING}, read 2026-12-03" in route.notes, model_id


def test_an_alias_route_takes_its_snapshot_s_row_and_says_why() -> None:
    """The Batch pane names gpt-4-0613, not gpt-4: the route of the alias says the
    deprecations page lists the two as one row, and that LiteLLM's alias entry has none."""
    for alias, snapshot in (("gpt-4", "gpt-4-0613"), ("gpt-4-turbo", "gpt-4-turbo-2024-04-09"),
                            ("gpt-3.5-turbo", "gpt-3.5-turbo-0125")):
        (route,) = provider_routes(alias, "openai")
        assert route.notes is not None
        assert f"gives {snapshot} $" in route.notes, alias
        assert f"not the alias {alias} this route sells" in route.notes, alias
        assert f"LiteLLM's entry {alias} gives no batch price" in route.notes, alias


def test_prices_the_page_does_not_pair_stay_unknown() -> None:
    """GPT-4o's $5/$15 era (the alias before 2024-10-02) keeps no batch price: unknown, not the
    later row's, not half of anything. (The snapshots 2024-08-06 and 2024-11-20 take the rows
    an earlier copy of the page gives them: tests/test_data_cm.py, helper dataCM.)"""
    eras = {r.input: (r.batch_input, r.batch_output) for r in provider_routes("gpt-4o", "openai")}
    assert eras == {Decimal(5): (None, None),
                    Decimal("2.50"): (Decimal("1.25"), Decimal("5.00"))}


def test_gpt_4o_under_batch_traffic_bills_the_batch_price() -> None:
    """Half the tokens through the Batch API: $3,375.00 on OpenAI (it was $4,500.00, every
    token at the standard price, with "no batch price is listed")."""
    (route,) = [r for r in provider_routes("gpt-4o", "openai") if r.input == Decimal("2.50")]
    bill = route_cost(route, Traffic(batch_share=Decimal("0.5")))
    assert bill.monthly == Decimal("3375.00")
    assert not [n for n in bill.notes if "batch" in n]


def test_the_page_no_longer_says_gpt_4o_has_no_batch_price() -> None:
    """`phicompare phi-4 gpt-4o --batch 0.5`: GPT-4o's bill is the batch one; only Phi-4 is
    said to have no batch price."""
    page = compare("phi-4", "gpt-4o", traffic=Traffic(batch_share=Decimal("0.5")),
                   as_of=dt.date(2026, 12, 3))
    gpt4o = page.cost.estimates[1]
    assert gpt4o.provider_name == "OpenAI"
    assert gpt4o.monthly == Decimal("3375.00")
    words = " ".join(c.text for c in page.narrative.cost)
    assert "no batch price is listed for either" not in words
    assert "Phi-4: no batch price is listed" in words


def test_o1_bills_its_batch_price_on_a_page_dated_before_its_shutdown() -> None:
    """o1 left OpenAI's API in 2026; a page dated 2026-01-15 bills its route at the pane's
    $7.50 and $30 for the batch half."""
    page = compare("o1", "gpt-4o", traffic=Traffic(batch_share=Decimal("0.5")),
                   as_of=dt.date(2026, 1, 15), providers=["openai"])
    o1 = page.cost.estimates[0]
    # 400M x $15 + 125M x $60 + 400M x $7.50 + 125M x $30 per 1M tokens
    assert o1.monthly == Decimal("20250.00")
