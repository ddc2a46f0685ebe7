"""genai-prices' dated prices as price history (review 24, P1 and P4).

genai-prices dates o3's cut to $2/$8 on 2025-06-10 and the end of Claude Sonnet 5's introductory
$2/$10 on 2026-08-31; the imported routes carried the price of the day models.dev was read
(2026-07-02) on every date. ``importers._dated_prices`` gives them their histories.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from phicompare import Model, ProviderRoute, compare, default_catalog, estimate
from phicompare.importers._dated_prices import (
    History,
    Price,
    accepts,
    dated_prices,
    read_histories,
)
from phicompare.narrative.check import check_claims

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "genai-prices"
TODAY = dt.date(2026, 12, 2)
CUT = dt.date(2025, 6, 10)


def _o3_history(provider: str = "openai") -> History:
    return History(provider, "o3", {"or": [{"equals": "o3"}, {"equals": "o3-2025-04-16"}]},
                   (Price(None, {"input": Decimal(10), "output": Decimal(40), "tiers": ()}),
                    Price(CUT, {"input": Decimal(2), "output": Decimal(8), "tiers": ()})),
                   "https://genai.test/openai.yml", dt.date(2025, 7, 12),
                   ("https://maker.test/post",))


def _route(provider: str, price: tuple[str, str] = ("2", "8"), name: str = "o3",
           checked: dt.date = dt.date(2026, 7, 2)) -> ProviderRoute:
    return ProviderRoute(provider=provider, provider_model_id=name, input=Decimal(price[0]),
                         output=Decimal(price[1]), source="https://models.test", checked=checked)


def _model(*routes: ProviderRoute) -> Model:
    return Model(id="o3", name="o3", vendor="OpenAI", released=dt.date(2025, 4, 16),
                 routes=routes)


def test_match_clauses_as_genai_prices_reads_them() -> None:
    assert accepts({"equals": "o3"}, "o3")
    assert not accepts({"equals": "o3"}, "o3-pro")
    assert accepts({"starts_with": "claude-sonnet-5"}, "claude-sonnet-5@default")
    assert accepts({"contains": "eu.anthropic.claude-sonnet-5"}, "eu.anthropic.claude-sonnet-5")
    assert accepts({"regex": r"^gpt-5\.6-luna-\d{4}"}, "gpt-5.6-luna-2026-07-13")
    assert not accepts({"or": [{"equals": "a"}, {"starts_with": "b"}]}, "ca")
    assert not accepts(None, "o3")


def test_a_route_joins_the_history_its_price_on_its_checked_day_belongs_to() -> None:
    """The route keeps its price and source, dated; the earlier price is cited to genai-prices."""
    (model,), lines = dated_prices([_model(_route("openai"))], [_o3_history()])
    before, after = sorted(model.routes, key=lambda r: r.effective_from or dt.date.min)
    assert (before.input, before.output, before.effective_from) == (
        Decimal(10), Decimal(40), dt.date(2025, 4, 16))
    assert (before.source, before.checked) == ("https://genai.test/openai.yml",
                                               dt.date(2025, 7, 12))
    assert "https://maker.test/post" in (before.notes or "")
    assert (after.input, after.effective_from, after.source) == (
        Decimal(2), CUT, "https://models.test")
    assert len(lines) == 1
    assert lines[0].startswith("o3: openai route o3 ($10 and $40 from 2025-04-16")


def test_a_route_at_another_price_is_left_alone() -> None:
    """A price the history does not give on the route's day: no history (not the same terms)."""
    (model,), lines = dated_prices([_model(_route("openai", ("3", "12")))], [_o3_history()])
    assert [r.effective_from for r in model.routes] == [None]
    assert lines == []


def test_another_provider_at_the_makers_price_follows_it_and_says_so() -> None:
    (model,), _ = dated_prices([_model(_route("openai"), _route("azure-foundry"),
                                       _route("poe", ("1.8", "7.2")))], [_o3_history()])
    azure = sorted((r for r in model.routes if r.provider == "azure-foundry"),
                   key=lambda r: r.effective_from or dt.date.min)
    assert [(r.input, r.effective_from) for r in azure] == [(Decimal(10), dt.date(2025, 4, 16)),
                                                    (Decimal(2), CUT)]
    assert all("taken to change with it" in (r.notes or "") for r in azure)
    poe = [r for r in model.routes if r.provider == "poe"]  # its own price: not the maker's
    assert [(r.input, r.effective_from, r.notes) for r in poe] == [(Decimal("1.8"), None, None)]


def test_a_change_of_a_long_context_tier_alone_is_not_followed() -> None:
    from phicompare.domain.pricing import Tier
    tiered = (Tier(above_input_tokens=200_000, input=Decimal(6), output=Decimal("22.5")),)
    history = History("anthropic", "s", {"equals": "s"},
                      (Price(None, {"input": Decimal(3), "output": Decimal(15),
                                    "tiers": tiered}),
                       Price(dt.date(2026, 3, 13), {"input": Decimal(3), "output": Decimal(15),
                                                    "tiers": ()})),
                      "https://genai.test/anthropic.yml", dt.date(2026, 7, 29))
    model = Model(id="s", name="S", vendor="Anthropic", routes=(
        _route("anthropic", ("3", "15"), "s"), _route("vertex", ("3", "15"), "s")))
    (out,), _ = dated_prices([model], [history])
    assert [r.provider for r in out.routes if r.effective_from is not None] == ["anthropic"]
    assert [r.effective_from for r in out.routes if r.provider == "vertex"] == [None]


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared genai-prices snapshot")
def test_the_snapshots_histories_with_the_makers_pages() -> None:
    histories = {(h.provider, h.entry): h for h in read_histories(SHARED)}
    assert len(histories) == 13  # openai 3, anthropic 3, aws 4, google 2, openrouter 1
    o3 = histories["openai", "o3"]
    assert [p.start for p in o3.prices] == [None, CUT]
    assert o3.cites == (
        "https://community.openai.com/t/o3-is-80-cheaper-and-introducing-o3-pro/1284925",)
    sonnet = histories["anthropic", "claude-sonnet-5"]
    assert "https://www.anthropic.com/news/claude-sonnet-5" in sonnet.cites
    assert sonnet.checked == dt.date(2026, 7, 29)
    assert [p.fields["input"] for p in histories["aws-bedrock",
                                                 "regional.anthropic.claude-sonnet-5-v1:0"]
            .prices] == [Decimal("2.2"), Decimal("3.3")]
    assert histories["google", "gemini-3.6-flash"].prices[1].start == dt.date(2027, 1, 1)


def test_claude_sonnet_5_is_billed_at_its_standard_price_from_september() -> None:
    """P1: $3/$15 from 2026-09-01 on every route from its maker or a major cloud."""
    assert estimate("claude-sonnet-5", as_of=TODAY).monthly == Decimal("6150.00")
    assert estimate("claude-sonnet-5", as_of=dt.date(2026, 8, 1)).monthly == Decimal("4100.00")
    model = default_catalog().model("claude-sonnet-5")
    now = {(r.provider, r.provider_model_id): (r.input, r.output) for r in model.routes
           if r.effective_from == dt.date(2026, 9, 1)}
    assert now[("google-vertex", "claude-sonnet-5@default")] == (Decimal(3), Decimal(15))
    assert now[("aws-bedrock", "eu.anthropic.claude-sonnet-5")] == (Decimal("3.3"),
                                                                    Decimal("16.5"))


def test_o3_before_its_cut_is_billed_at_its_launch_price_and_the_bill_says_so() -> None:
    """P4: on 2025-06-01 o3 cost $10/$40; the bill dates the price, it does not call it unknown."""
    c = compare("o3", "claude-sonnet-4-0", as_of=dt.date(2025, 6, 1))
    bill = c.cost.estimates[0]
    assert (bill.input_price, bill.output_price) == (Decimal(10), Decimal(40))
    assert bill.monthly == Decimal("18000.00")
    text = next(cl for cl in c.narrative.cost if cl.key == "estimate:0").text
    assert ("prices as last checked on 2025-07-12, after the comparison's date, for the price "
            "dated from 2025-04-16") in text
    assert "what it cost on 2025-06-01 is not recorded" not in text
    assert check_claims(c.narrative, c) == []
    later = compare("o3", "claude-sonnet-4-0", as_of=dt.date(2025, 7, 1)).cost.estimates[0]
    assert (later.input_price, later.output_price) == (Decimal(2), Decimal(8))


def test_show_says_from_when_each_price_of_a_history_applies() -> None:
    """Two rows of one route ($2/$10, $3/$15) read alike without their dates (P1)."""
    import io

    from phicompare.cli.main import main
    out = io.StringIO()
    assert main(["show", "claude-sonnet-5", "--width", "160"], out=out) == 0
    rows = [line for line in out.getvalue().splitlines() if line.startswith("Google Vertex AI")]
    assert len(rows) == 2
    assert "$2.00" in rows[0]
    assert "price from 2026-06-30" in rows[0]
    assert "$3.00" in rows[1]
    assert "price from 2026-09-01" in rows[1]


def test_validate_asks_no_re_check_of_a_past_price_of_a_history() -> None:
    """A price a later one replaced cannot be read again; the one in force still can."""
    from phicompare.catalog.lint import strict_problems
    old, new = dt.date(2025, 7, 12), dt.date(2025, 8, 1)
    past = attrs.evolve(_route("openai", ("10", "40"), checked=old),
                        effective_from=dt.date(2025, 4, 16))
    now = attrs.evolve(_route("openai", checked=new), effective_from=CUT)
    stale = [p.path for p in strict_problems([(_model(past, now), "o3.toml", "models[0]")],
                                             today=TODAY) if "re-check" in p.message]
    assert stale == ["models[0].routes[1].checked"]
