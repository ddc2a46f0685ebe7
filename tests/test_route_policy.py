"""The route policy: which eligible route sets a bill (a closed model's maker, or any provider)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings, strategies as st

from phicompare import (
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    RoutePolicy,
    Tier,
    Traffic,
    compare,
    estimate,
    recommend,
)
from phicompare.cli.main import main
from phicompare.exceptions import ComparisonError
from phicompare.narrative.listings import choice_text

DAY = dt.date(2026, 11, 25)
CHECKED = dt.date(2026, 11, 1)


def _route(provider: str, price: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com", checked=CHECKED)


ROUTES = (_route("zeta-lab", "3"), _route("big-cloud", "4"), _route("cheap-host", "0.5"),
          _route("other-host", "1"), _route("untiered", "0.25"))


def _catalog(open_weights: bool | None, routes: tuple[ProviderRoute, ...] = ROUTES,
             vendor: str = "Zeta") -> Catalog:
    providers = (
        Provider(id="zeta-lab", name="Zeta Lab", tier=ProviderTier.FIRST_PARTY,
                 vendors=("Zeta",)),
        Provider(id="big-cloud", name="Big Cloud", tier=ProviderTier.CLOUD),
        Provider(id="cheap-host", name="Cheap Host", tier=ProviderTier.RESELLER),
        Provider(id="other-host", name="Other Host", tier=ProviderTier.RESELLER),
        Provider(id="untiered", name="Untiered"),
    )
    return Catalog(models=(Model(id="m", name="M", vendor=vendor, open_weights=open_weights,
                                 routes=routes),
                           Model(id="n", name="N", open_weights=True,
                                 routes=(_route("cheap-host", "2"),))),
                   providers=providers)


def test_a_closed_model_is_billed_at_its_makers_price_and_the_cheaper_listings_are_named() -> None:
    cost = estimate("m", catalog=_catalog(open_weights=False), as_of=DAY)
    assert cost.provider_name == "Zeta Lab"
    assert cost.estimate.preferred_tier is ProviderTier.FIRST_PARTY
    assert cost.estimate.passed_over == ("Untiered", "Cheap Host", "Other Host")
    assert cost.route_policy is RoutePolicy.MAKER_FIRST
    assert cost.choice == ("billed on Zeta Lab, the model maker's own API; a reseller's lower "
                           "listing of a closed-weight model does not set the bill")
    # the figures are facts, worded by the narrative (analysis formats no money)
    bills = cost.estimate.passed_bills
    assert [(b.provider_name, b.monthly) for b in bills] == [
        ("Untiered", Decimal("262.5")), ("Cheap Host", Decimal(525)),
        ("Other Host", Decimal(1050))]
    assert choice_text(cost.estimate) == (
        f"{cost.choice} (Untiered at $262.50 a month, and two more)")
    cheaper = [r.monthly for r in cost.routes if r.provider_name in cost.estimate.passed_over]
    assert all(m is not None and cost.monthly is not None and m < cost.monthly for m in cheaper)


def test_a_first_party_api_serving_another_labs_model_is_a_reseller_of_it() -> None:
    """A lab's API serving another lab's closed model is no maker of it: its listing is a
    reseller's, passed over for the cloud's route (review 8, G6: Perplexity Agent's Claude)."""
    cost = estimate("m", catalog=_catalog(False, vendor="Other Lab"), as_of=DAY)
    assert cost.provider_name == "Big Cloud"
    assert cost.choice is not None
    assert cost.choice.startswith("billed on Big Cloud, a major cloud or platform;")
    assert "Zeta Lab" in cost.estimate.passed_over
    assert "lab's own API" not in cost.choice


def test_with_no_maker_or_cloud_route_a_lab_api_of_another_labs_model_is_a_fallback() -> None:
    """The maker and the clouds left out: the other lab's API bills as any reseller does, under
    the same fallback caveat (review 8, G6: Claude on Perplexity Agent beside GPT-4.1 on Poe)."""
    cost = estimate("m", catalog=_catalog(False, vendor="Other Lab"), as_of=DAY,
                    exclude_providers=["big-cloud", "untiered", "cheap-host", "other-host"])
    assert cost.provider_name == "Zeta Lab"
    assert cost.estimate.fallback
    assert cost.choice is not None
    assert cost.choice.startswith("no route from its maker or from a major cloud or platform is "
                                  "eligible (Big Cloud: provider excluded)")


def test_an_excluded_maker_and_clouds_flag_every_closed_models_fallback_alike() -> None:
    """review 8, G6: Claude Sonnet 4.5 was billed on Perplexity Agent as "a lab's own API" while
    GPT-4.1's fallback was flagged; both fall back alike."""
    c = compare("claude-sonnet-4-5", "gpt-4.1", as_of=dt.date(2026, 12, 1),
                exclude_providers=["anthropic", "openai", "aws-bedrock", "google-vertex",
                                   "azure-foundry"])
    page = c.to_markdown()
    assert "a lab's own API" not in page
    assert all(e.fallback for e in c.cost.estimates)
    assert "Claude Sonnet 4.5's and GPT-4.1's bills" in page or page.count(
        "no route from its maker or from a major cloud or platform is eligible (") == 2
    assert c.check() == []


def test_the_cheapest_policy_counts_every_provider() -> None:
    cost = estimate("m", catalog=_catalog(open_weights=False), as_of=DAY, route_policy="cheapest")
    assert cost.provider_name == "Untiered"
    assert cost.estimate.passed_over == ()
    assert cost.estimate.reseller_bill
    assert cost.choice == "billed on Untiered, a reseller's listing of a closed-weight model"
    maker = cost.estimate.maker_bill
    assert maker is not None
    assert (maker.provider_name, maker.tier, maker.monthly, maker.input_price,
            maker.output_price) == ("Zeta Lab", ProviderTier.FIRST_PARTY, Decimal(3150),
                                    Decimal(3), Decimal(3))
    assert cost.estimate.below_maker == 1 - Decimal("262.5") / Decimal(3150)
    assert choice_text(cost.estimate) == (
        f"{cost.choice}, about 92% below its bill on Zeta Lab, the model maker's own API "
        "($3,150.00 a month, at $3.00 input and $3.00 output per 1M tokens)")
    # an open-weight model's host is no reseller of it: the cheapest route, nothing more
    open_cost = estimate("m", catalog=_catalog(open_weights=True), as_of=DAY,
                         route_policy="cheapest")
    assert open_cost.choice == "the cheapest eligible route"
    assert not open_cost.estimate.reseller_bill


def test_a_reseller_bill_under_the_cheapest_policy_gives_the_maker_s_for_scale() -> None:
    """--route-policy cheapest bills Claude Sonnet 4.5 on QiHang at about 14% of Anthropic's
    price, and the page said nothing of it (review 6, D32): it names the listing and the
    maker's bill, as the maker-first page names the reseller's."""
    # the day before Anthropic retires claude-sonnet-4-5-20250929 on its API (review 15, P1)
    c = compare("claude-sonnet-4-5", "gpt-5", route_policy=RoutePolicy.CHEAPEST,
                as_of=dt.date(2026, 11, 29))
    page = c.to_markdown()
    assert ("Claude Sonnet 4.5: billed on QiHang, a reseller's listing of a closed-weight model, "
            "about 86% below its bill on Anthropic, the model maker's own API (\\$6,150.00 a "
            "month, at \\$3.00 input and \\$15.00 output per 1M tokens).") in page
    assert "GPT-5: billed on OpenCode Zen, a reseller's listing" in page
    assert c.check() == []


def test_a_cloud_sets_the_bill_when_the_maker_has_no_route() -> None:
    routes = tuple(r for r in ROUTES if r.provider != "zeta-lab")
    cost = estimate("m", catalog=_catalog(False, routes), as_of=DAY)
    assert cost.provider_name == "Big Cloud"
    assert cost.choice is not None
    assert cost.choice.startswith("billed on Big Cloud, a major cloud or platform;")


@pytest.mark.parametrize("open_weights", [True, None])
def test_open_or_unknown_weights_take_the_cheapest_route(open_weights: bool | None) -> None:
    cost = estimate("m", catalog=_catalog(open_weights), as_of=DAY)
    assert (cost.provider_name, cost.estimate.passed_over) == ("Untiered", ())


def test_a_closed_model_without_a_maker_or_cloud_route_takes_the_cheapest() -> None:
    routes = (_route("cheap-host", "0.5"), _route("other-host", "1"))
    cost = estimate("m", catalog=_catalog(False, routes), as_of=DAY)
    assert (cost.provider_name, cost.estimate.passed_over) == ("Cheap Host", ())


def test_a_maker_route_that_is_cheapest_passes_nothing_over() -> None:
    routes = (_route("zeta-lab", "0.1"), _route("cheap-host", "0.5"))
    cost = estimate("m", catalog=_catalog(False, routes), as_of=DAY)
    assert (cost.provider_name, cost.estimate.passed_over) == ("Zeta Lab", ())
    assert cost.choice == "the cheapest eligible route"


def test_an_excluded_maker_route_lets_the_resellers_in() -> None:
    cost = estimate("m", catalog=_catalog(False), as_of=DAY,
                    exclude_providers=["zeta-lab", "big-cloud"])
    assert cost.provider_name == "Untiered"


def test_the_page_names_the_route_behind_the_bill_and_its_checks_pass() -> None:
    c = compare("m", "n", catalog=_catalog(open_weights=False), as_of=DAY)
    page = c.to_markdown()
    assert "Route behind the bill" in page
    assert "Cheapest route at your traffic" not in page
    assert "(for a closed-weight model, from its maker or from a major cloud or platform)" in page
    assert "M: billed on Zeta Lab, the model maker's own API;" in page
    assert "at 800M input and 250M output tokens a month and the route behind each bill." in page
    assert "on the routes behind their bills against" in c.to_html()
    assert c.check() == []
    cheapest = compare("m", "n", catalog=_catalog(open_weights=False), as_of=DAY,
                       route_policy=RoutePolicy.CHEAPEST).to_markdown()
    assert "Cheapest route at your traffic" in cheapest
    assert "Route behind the bill" not in cheapest
    assert "route behind each bill" not in cheapest
    assert "lower listing of a closed-weight model" not in cheapest
    assert "M: billed on Untiered, a reseller's listing of a closed-weight model" in cheapest


def test_the_policy_reaches_recommend() -> None:
    maker = recommend(_catalog(open_weights=False), as_of=DAY)
    anywhere = recommend(_catalog(open_weights=False), as_of=DAY, route_policy="cheapest")
    bills = {c.model.id: c.provider_name for c in maker.candidates}
    assert bills["m"] == "Zeta Lab"
    assert {c.model.id: c.provider_name for c in anywhere.candidates}["m"] == "Untiered"


def test_an_unknown_policy_is_refused() -> None:
    with pytest.raises(ComparisonError, match="unknown route policy 'lowest'"):
        compare("m", "n", catalog=_catalog(open_weights=False), route_policy="lowest")


def test_the_cli_takes_the_policy(capsys: pytest.CaptureFixture[str]) -> None:
    def run(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        code = main(list(argv), out=out)
        return code, out.getvalue()

    code, maker = run("gpt-4o", "claude-sonnet-4-5", "--format", "md", "--as-of", "2026-11-25")
    assert code == 0
    assert "Route behind the bill" in maker
    code, cheapest = run("gpt-4o", "claude-sonnet-4-5", "--format", "md", "--as-of",
                         "2026-11-25", "--route-policy", "cheapest")
    assert code == 0
    assert "Cheapest route at your traffic" in cheapest
    code, _ = run("gpt-4o", "claude-sonnet-4-5", "--route-policy", "lowest")
    err = capsys.readouterr().err
    assert code == 2
    assert "--route-policy" in err


_PROVIDERS = ("zeta-lab", "big-cloud", "cheap-host", "other-host", "untiered")
_TRUSTED = {"Zeta Lab", "Big Cloud"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PROVIDERS),  # few prices: ties are frequent
                          st.sampled_from([Decimal("0.5"), Decimal(1), Decimal(2), Decimal(3)])),
                min_size=1, max_size=6, unique_by=lambda r: r[0]),
       st.sampled_from([True, False, None]))
def test_the_policy_bills_the_cheapest_trusted_route_and_names_each_cheaper_one(
        prices: list[tuple[str, Decimal]], open_weights: bool | None) -> None:
    """Maker-first equals cheapest unless the model is closed and a maker or cloud route exists;
    then the bill is the cheapest of those, and ``passed_over`` is every cheaper other route."""
    routes = tuple(_route(provider, str(price)) for provider, price in prices)
    catalog = _catalog(open_weights, routes)
    maker = estimate("m", catalog=catalog, as_of=DAY)
    anywhere = estimate("m", catalog=catalog, as_of=DAY, route_policy="cheapest")
    bills = {r.provider_name: r.monthly for r in maker.routes if r.monthly is not None}
    trusted = {name: bill for name, bill in bills.items() if name in _TRUSTED}
    assert anywhere.monthly == min(bills.values())
    assert anywhere.estimate.passed_over == ()
    if open_weights is False and trusted:
        assert maker.monthly == min(trusted.values())
        cheaper = sorted((bill, name) for name, bill in bills.items()
                         if name not in _TRUSTED and bill < min(trusted.values()))
        assert maker.estimate.passed_over == tuple(name for _, name in cheaper)
    else:
        assert maker.monthly == anywhere.monthly
        assert maker.estimate.passed_over == ()
    assert compare("m", "n", catalog=catalog, as_of=DAY).check() == []


def _tiered_route(provider: str, price: str, tier_above: int | None, context: int) -> ProviderRoute:
    tiers = () if tier_above is None else (Tier(above_input_tokens=tier_above,
                                                input=Decimal(price) * 2,
                                                output=Decimal(price) * 2),)
    return attrs.evolve(_route(provider, price), tiers=tiers, context_window=context)


TIERED_ROUTES = (_tiered_route("zeta-lab", "3", 1_000, 100_000),
                 _tiered_route("cheap-host", "0.5", None, 100_000),      # lists no tier
                 _tiered_route("other-host", "1", 50_000, 100_000),      # a tier not crossed
                 _tiered_route("untiered", "0.25", None, 1_500))         # too small a window


def test_a_lower_listing_without_the_tier_the_requests_cross_is_named_as_such() -> None:
    """Requests crossing the maker's long-context tier: a reseller listing no tier is flagged in
    its row and named in the passed-over note; one listing a tier the requests do not cross, or
    whose window cannot take them, is not. Without a request count nothing is flagged."""
    catalog = _catalog(False, TIERED_ROUTES)
    traffic = Traffic.from_requests(per_day=10, input_tokens=2_000, output_tokens=100)
    cost = estimate("m", catalog=catalog, as_of=DAY, traffic=traffic)
    rows = {r.provider_name: r for r in cost.routes}
    assert {name: r.tier_unlisted for name, r in rows.items()} == {
        "Zeta Lab": False, "Cheap Host": True, "Other Host": False, "Untiered": False}
    assert {name: r.tier_above for name, r in rows.items()} == {
        "Zeta Lab": 1_000, "Cheap Host": None, "Other Host": None, "Untiered": None}
    assert (rows["Zeta Lab"].input_price, rows["Zeta Lab"].output_price) == (Decimal(6), Decimal(6))
    assert cost.estimate.passed_over == ("Cheap Host", "Other Host")
    assert [b.tier_unlisted for b in cost.estimate.passed_bills] == [True, False]
    tiering = [r.provider_name for r in cost.routes if r.tier_above is not None]
    text = choice_text(cost.estimate, tiering)
    assert text is not None
    assert text.endswith("a month, and one more; Cheap Host lists no long-context tier, "
                         "though Zeta Lab's route applies one to these requests)")
    c = compare("m", "n", catalog=catalog, as_of=DAY, traffic=traffic)
    page = c.to_markdown().replace("\\$", "$")
    assert "| Zeta Lab | $6.00 (tier; base $3.00) | $6.00 (tier; base $3.00) |" in page
    assert "| $0.32 | yes; lists no long-context tier |" in page
    assert page.count("lists no long-context tier") == 2  # the row, and the note
    assert c.check() == []
    plain = estimate("m", catalog=catalog, as_of=DAY)
    assert not any(r.tier_unlisted or r.tier_above for r in plain.routes)
    assert plain.choice is not None
    assert "long-context" not in plain.choice
