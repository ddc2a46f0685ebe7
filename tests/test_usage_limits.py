"""A free tier's usage limits: the catalog key, the loader's checks, the estimate and the prose.

Review 7, F27: a free tier's limits were never weighed against the stated traffic, so 2,000
requests a day were "$0.00 a month on OpenRouter" although OpenRouter's free models allow 50.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from phicompare import (
    Catalog,
    CatalogError,
    Comparison,
    LimitKind,
    Traffic,
    UsageLimits,
    compare,
    default_catalog,
    load_catalog,
    recommend,
)
from phicompare.analysis.usage import usage_fits
from phicompare.domain.pricing import RouteStatus

DAY = dt.date(2026, 12, 1)

CATALOG = """\
schema = 1

[[providers]]
id = "free-host"
name = "Free Host"

[[providers]]
id = "paid-host"
name = "Paid Host"

[[models]]
id = "m-one"
name = "Model One"
context_window = 131072

[[models.routes]]
provider = "free-host"
provider_model_id = "m-one:free"
input = 0
output = 0
status = "free-tier"
source = "https://free.test/models"
checked = 2026-11-20

[models.routes.limits]
requests_per_minute = 20
requests_per_day = 50
source = "https://free.test/limits"
checked = 2026-12-01
notes = "the lowest account tier"

[[models.routes]]
provider = "paid-host"
input = 0.10
output = 0.40
source = "https://paid.test/pricing"
checked = 2026-11-20

[[models]]
id = "m-two"
name = "Model Two"
context_window = 131072

[[models.routes]]
provider = "paid-host"
input = 0.20
output = 0.80
source = "https://paid.test/pricing"
checked = 2026-11-20
"""


def _catalog(tmp_path: Path, text: str = CATALOG) -> Catalog:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return load_catalog(path)


def _broken(tmp_path: Path, limits: str) -> str:
    text = CATALOG.replace(
        'requests_per_minute = 20\nrequests_per_day = 50\nsource = "https://free.test/limits"\n'
        'checked = 2026-12-01\nnotes = "the lowest account tier"\n', limits)
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    return str(info.value)


def _texts(claims: object) -> str:
    return " ".join(claim.text for claim in claims)  # type: ignore[attr-defined]


def test_the_loader_reads_a_routes_limits(tmp_path: Path) -> None:
    """The figures, their source and date, and the note are read as written."""
    catalog = _catalog(tmp_path)
    limits = catalog.model("m-one").routes[0].limits
    assert limits is not None
    assert limits == UsageLimits(requests_per_minute=20, requests_per_day=50,
                                 source="https://free.test/limits", checked=DAY,
                                 notes="the lowest account tier")
    assert limits.figures() == ((LimitKind.REQUESTS_PER_MINUTE, 20),
                                (LimitKind.REQUESTS_PER_DAY, 50))
    assert catalog.model("m-one").routes[1].limits is None


_CASES = [
    ('requests_per_day = 0\nsource = "https://x.test"\nchecked = 2026-12-01\n',
     ("models[0].routes[0].limits.requests_per_day = 0: is a usage limit: expected a whole "
      "number above zero")),
    ('requests_per_day = 2.5\nsource = "https://x.test"\nchecked = 2026-12-01\n',
     "models[0].routes[0].limits.requests_per_day = 2.5: expected a whole number"),
    ("requests_per_day = 50\n",
     ("models[0].routes[0].limits.source: missing required key: usage limits need the URL "
      "they were read from and the date checked")),
    ('requests_per_dya = 50\nsource = "https://x.test"\nchecked = 2026-12-01\n',
     ("models[0].routes[0].limits.requests_per_dya = 50: unknown key; did you mean "
      "'requests_per_day'?")),
    ('source = "https://x.test"\nchecked = 2026-12-01\n',
     ("usage limits give no figure: set at least one of requests_per_minute, "
      "requests_per_day, tokens_per_minute, tokens_per_day")),
]


@pytest.mark.parametrize(("limits", "expected"), _CASES)
def test_the_loader_names_a_broken_limit_by_its_key_path(tmp_path: Path, limits: str,
                                                         expected: str) -> None:
    """A zero, a fraction, a missing source, a misspelt key, no figure: each a problem."""
    assert expected in _broken(tmp_path, limits)


def test_limits_that_are_not_a_table_are_a_problem(tmp_path: Path) -> None:
    """`limits = 50` is not a table of limits."""
    text = CATALOG.replace("[models.routes.limits]\n", "limits = 50\n[models.routes.other]\n")
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError, match=r"limits = 50: expected a table of usage limits"):
        load_catalog(path)


def test_the_traffic_is_weighed_against_each_recorded_limit(tmp_path: Path) -> None:
    """Requests a day and a minute (the month's average over 30 days); tokens likewise."""
    limited = _catalog(tmp_path).model("m-one").routes[0]
    fits = usage_fits(limited, Traffic.from_requests(per_day=2000, input_tokens=4000,
                                                     output_tokens=1000))
    assert [(f.kind, f.allowed, f.traffic, f.exceeded) for f in fits] == [
        (LimitKind.REQUESTS_PER_MINUTE, 20, Decimal(2000) / 1440, False),
        (LimitKind.REQUESTS_PER_DAY, 50, Decimal(2000), True)]
    # a limit on requests is not weighed against traffic that gives no request count
    assert usage_fits(limited, Traffic(input_tokens=10, output_tokens=10)) == ()
    tokens = attrs.evolve(limited, limits=UsageLimits(
        tokens_per_day=1_000_000, source="https://free.test/limits", checked=DAY))
    assert [(f.traffic, f.exceeded) for f in usage_fits(tokens, Traffic(
        input_tokens=24_000_000, output_tokens=6_000_000))] == [(Decimal(1_000_000), False)]


def test_a_free_tier_the_traffic_exceeds_bills_nothing_and_the_cost_section_says_why(
        tmp_path: Path) -> None:
    """2,000 requests a day on a free tier of 50 a day: the bill is the priced route's, the
    route is ineligible with its reason, and the cost section says so (F27)."""
    catalog = _catalog(tmp_path)
    traffic = Traffic.from_requests(per_day=2000, input_tokens=4000, output_tokens=1000)
    c = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                as_of=DAY)
    one = c.cost.estimates[0]
    assert one.provider_name == "Paid Host"
    assert c.cost.free_indexes == ()
    row = next(r for r in c.routes if r.route.status is RouteStatus.FREE_TIER)
    assert not row.eligible
    assert row.reason == "usage limits: 50 requests a day allowed, 2,000 a day in this traffic"
    cost = _texts(c.narrative.cost)
    assert ("Model One's free tier on Free Host (m-one:free) allows 50 requests a day; this "
            "traffic is 2,000 requests a day, so it cannot carry it.") in cost
    assert "$0.00 a month on Free Host" not in c.to_markdown()
    assert c.check() == []


def test_a_free_tier_retired_by_the_page_s_date_is_not_weighed(tmp_path: Path) -> None:
    """Review 32, #1: a free tier retired before the page's date is out of service; the cost
    section weighs no limits of it ("... allows 50 requests a day; ..., so it cannot carry it")
    while the route table says it retired. In service the day before, it is weighed."""
    text = CATALOG.replace('provider_model_id = "m-one:free"\n',
                           'provider_model_id = "m-one:free"\nretires = 2026-11-30\n')
    catalog = _catalog(tmp_path, text)
    traffic = Traffic.from_requests(per_day=2000, input_tokens=4000, output_tokens=1000)
    gone = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                   as_of=DAY)
    assert "Model One's free tier on Free Host" not in _texts(gone.narrative.cost)
    assert gone.check() == []
    serving = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                      as_of=dt.date(2026, 11, 29))
    assert ("Model One's free tier on Free Host (m-one:free) allows 50 requests a day"
            in _texts(serving.narrative.cost))
    assert serving.check() == []


def test_the_free_tier_whose_limits_are_unknown_is_named_by_its_provider() -> None:
    """Review 32, #1: after the retired GitHub Models tier's sentence went, "Whether a free tier
    carries this traffic is unknown" named none; it names iFlow's, whose limits are not recorded."""
    c = compare("deepseek-r1", "deepseek-v3", traffic=Traffic.parse("10000/day@2000:500"),
                route_policy="cheapest", include_free=True, as_of=dt.date(2026, 12, 3))
    cost = _texts(c.narrative.cost)
    assert "free tier on GitHub Models" not in cost
    assert ("Whether the free tier on iFlow carries this traffic is unknown: its limits are "
            "not recorded; on the cheapest eligible priced routes") in cost
    assert c.check() == []


def test_a_free_tier_the_traffic_fits_says_the_limits_it_is_within(tmp_path: Path) -> None:
    """10 requests a day on a free tier of 20 a minute and 50 a day: its bill says both."""
    catalog = _catalog(tmp_path)
    traffic = Traffic.from_requests(per_day=10, input_tokens=4000, output_tokens=1000)
    c = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                as_of=DAY)
    assert c.cost.free_indexes == (0,)
    cost = _texts(c.narrative.cost)
    assert ("Model One: $0.00 a month on Free Host, a free tier whose recorded limits this "
            "traffic is within (it allows 20 requests a minute and 50 a day; this traffic is "
            "under 0.1 requests a minute on average and 10 a day), at $0.00 input") in cost
    assert ("Beside the free tiers, on the cheapest eligible priced route, Model One would "
            "cost") in cost
    assert "Whether a free tier carries this traffic is unknown" not in cost
    assert c.check() == []


def test_limits_on_requests_are_not_weighed_against_token_traffic(tmp_path: Path) -> None:
    """Traffic of tokens alone gives no request count: the bill says its limits cannot be
    weighed, never that the traffic fits them."""
    catalog = _catalog(tmp_path)
    c = compare("m-one", "m-two", catalog=catalog, traffic=Traffic(input_tokens=1000,
                                                                   output_tokens=1000),
                include_free=True, as_of=DAY)
    cost = _texts(c.narrative.cost)
    assert ("a free tier whose recorded limits (20 requests a minute and 50 requests a day) "
            "this traffic cannot be weighed against: it gives no request count") in cost
    assert c.check() == []


def test_the_limits_page_is_in_the_sources(tmp_path: Path) -> None:
    """The page the limits were read from is cited with its date, as a route's price is."""
    catalog = _catalog(tmp_path)
    traffic = Traffic.from_requests(per_day=10, input_tokens=4000, output_tokens=1000)
    c = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                as_of=DAY)
    assert "https://free.test/limits" in c.to_markdown()


def test_a_comparison_with_limits_round_trips_through_json(tmp_path: Path) -> None:
    """The route's limits and the estimate's usage are in to_dict and come back equal."""
    catalog = _catalog(tmp_path)
    traffic = Traffic.from_requests(per_day=10, input_tokens=4000, output_tokens=1000)
    c = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                as_of=DAY)
    data = c.to_dict()
    estimate = data["cost"]["estimates"][0]
    assert estimate["route"]["limits"]["requests_per_day"] == 50
    assert estimate["usage"][1] == {"kind": "requests_per_day", "allowed": 50,
                                    "traffic": "10", "exceeded": False,
                                    "window": None, "cap": None, "cap_allowed": None}
    assert Comparison.from_dict(data) == c


def test_pick_lists_no_free_tier_the_traffic_exceeds(tmp_path: Path) -> None:
    """`pick --include-free` at 2,000 requests a day: the free tier of 50 a day is not among
    the free tiers (the model is ranked on its priced route); at 10 a day it is, said to be
    within its recorded limits."""
    catalog = _catalog(tmp_path)
    heavy = recommend(catalog=catalog, include_free=True, as_of=DAY,
                      traffic=Traffic.from_requests(per_day=2000, input_tokens=4000,
                                                    output_tokens=1000))
    assert heavy.free_tiers == ()
    assert [c.estimate.provider_name for c in heavy.candidates] == ["Paid Host", "Paid Host"]
    light = recommend(catalog=catalog, include_free=True, as_of=DAY,
                      traffic=Traffic.from_requests(per_day=10, input_tokens=4000,
                                                    output_tokens=1000))
    assert [c.model.id for c in light.free_tiers] == ["m-one"]
    text = " ".join(claim.text for claim in light.reasons.summary)
    assert ("One model meets every requirement on a free tier, not ranked: a free tier is not "
            "a price; this traffic is within the recorded usage limits of Model One on Free "
            "Host.") in text
    assert light.check() == []


def test_the_bundled_free_tiers_cite_their_limits() -> None:
    """OpenRouter's `:free` routes carry 20 a minute and 50 a day, from OpenRouter's page."""
    routes = [r for m in default_catalog().models for r in m.routes
              if r.provider == "openrouter" and (r.provider_model_id or "").endswith(":free")]
    assert routes
    for route in routes:
        assert route.limits is not None
        assert (route.limits.requests_per_minute, route.limits.requests_per_day) == (20, 50)
        assert route.limits.source.startswith("https://openrouter.ai/docs/")
        assert route.limits.checked == DAY


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_pick_with_the_bundled_free_tiers_weighs_their_limits() -> None:
    """At 2,000 requests a day no OpenRouter free model (50 a day) is listed among the free
    tiers; at 5 a day those with recorded limits are said to be within them, the rest unknown."""
    heavy = recommend(requires=["reasoning"], include_free=True, limit=500, as_of=DAY,
                      traffic=Traffic.from_requests(per_day=2000, input_tokens=4000,
                                                    output_tokens=1000))
    assert not [c for c in heavy.free_tiers if c.provider_name == "OpenRouter"]
    light = recommend(requires=["reasoning"], include_free=True, limit=500, as_of=DAY,
                      traffic=Traffic.from_requests(per_day=5, input_tokens=1000,
                                                    output_tokens=200))
    assert [c for c in light.free_tiers if c.estimate.usage]
    text = " ".join(claim.text for claim in light.reasons.summary)
    assert "this traffic is within the recorded usage limits of " in text
    assert "the data does not record the usage limits of " in text
    assert light.check() == []


def test_two_free_tiers_without_recorded_limits_are_named_in_one_plural_clause() -> None:
    """Beside a free tier within its recorded limits, two without any: "Whether the free tiers
    of A and B carry ...", not "Whether A and B's free tier carries ..." (rule 9). Dated before
    GitHub Models, Grok 3's free tier with recorded limits, closed on 2026-07-30."""
    c = compare("grok-3", "gpt-oss-20b", "llama-3.3-70b-instruct", include_free=True,
                as_of=dt.date(2026, 7, 29),
                traffic=Traffic.from_requests(per_day=5, input_tokens=1000, output_tokens=200))
    cost = _texts(c.narrative.cost)
    assert ("Whether the free tiers of GPT OSS 20B and Llama-3.3-70B-Instruct on NVIDIA NIM (API "
            "catalog) carry this traffic is unknown: their limits are not recorded; on the "
            "cheapest eligible priced routes") in cost
    assert c.check() == []


def test_token_traffic_beyond_what_the_request_limits_can_carry_is_weighed(
        tmp_path: Path) -> None:
    """Review 9, H6: a free tier of 15 requests a day was billed $0.00 for 1.05B tokens a month,
    "whether it carries this traffic is unknown", as the traffic gave no request count. The
    fewest requests those tokens need, each at most the route's window, are weighed: 1.05B
    tokens need at least 8,011 requests of 131,072 tokens (about 267 a day), over the 50 a day
    allowed, so the free tier cannot carry the traffic at any request size."""
    catalog = _catalog(tmp_path)
    traffic = Traffic(input_tokens=800_000_000, output_tokens=250_000_000)
    limited = catalog.model("m-one").routes[0]
    fits = usage_fits(limited, traffic, 131_072)
    assert [(f.kind, f.traffic, f.window, f.exceeded) for f in fits] == [
        (LimitKind.REQUESTS_PER_DAY, Decimal(8_011) / 30, 131_072, True)]  # (a minute: 0.19)
    c = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                as_of=DAY)
    assert c.cost.free_indexes == ()
    assert c.cost.estimates[0].provider_name == "Paid Host"
    row = next(r for r in c.routes if r.route.status is RouteStatus.FREE_TIER)
    assert row.reason == ("usage limits: 50 requests a day allowed, about 267 a day or more in "
                          "this traffic, in requests of at most 131,072 tokens")
    cost = _texts(c.narrative.cost)
    assert ("Model One's free tier on Free Host (m-one:free) allows 50 requests a day; this "
            "traffic is about 267 requests a day or more (its tokens in requests of at most the "
            "route's 131,072-token context window), so it cannot carry it.") in cost
    assert "Whether a free tier carries this traffic is unknown" not in cost
    assert c.check() == []
    # tokens the limits could carry in requests of the whole window: not weighed, as before
    small = Traffic(input_tokens=1_000_000, output_tokens=0)
    assert usage_fits(limited, small, 131_072) == ()


def test_per_request_token_caps_are_read_and_weighed(tmp_path: Path) -> None:
    """Review 9, H12: a free tier whose record noted an unrecorded per-request token cap was
    "within recorded limits" for 60,000-token requests. The caps are fields now, weighed
    against the traffic's average request: 60,000 input tokens exceed 4,000 a request."""
    text = CATALOG.replace('notes = "the lowest account tier"\n',
                           'input_tokens_per_request = 4000\noutput_tokens_per_request = 4000\n'
                           'notes = "the lowest account tier"\n')
    catalog = _catalog(tmp_path, text)
    limits = catalog.model("m-one").routes[0].limits
    assert limits is not None
    assert (limits.input_tokens_per_request, limits.output_tokens_per_request) == (4000, 4000)
    long = Traffic.from_requests(per_day=5, input_tokens=60_000, output_tokens=3_000)
    c = compare("m-one", "m-two", catalog=catalog, traffic=long, include_free=True, as_of=DAY)
    assert c.cost.free_indexes == ()
    row = next(r for r in c.routes if r.route.status is RouteStatus.FREE_TIER)
    assert row.reason == ("usage limits: 4,000 input tokens a request allowed, 60,000 a request "
                          "in this traffic")
    cost = _texts(c.narrative.cost)
    assert ("Model One's free tier on Free Host (m-one:free) allows 4,000 input tokens a request; "
            "this traffic is 60,000 input tokens a request, so it cannot carry it.") in cost
    assert "whose recorded limits this traffic is within" not in cost
    assert c.check() == []
    short = Traffic.from_requests(per_day=5, input_tokens=3_000, output_tokens=1_000)
    fits = compare("m-one", "m-two", catalog=catalog, traffic=short, include_free=True,
                   as_of=DAY)
    assert ("a free tier whose recorded limits this traffic is within (it allows 20 requests a "
            "minute, 50 a day, 4,000 input tokens a request and 4,000 output tokens a request; "
            "this traffic is under 0.1 requests a minute on average, 5 a day, 3,000 input tokens"
            " a request and 1,000 output tokens a request)") in _texts(fits.narrative.cost)
    assert fits.check() == []


def test_the_bundled_github_free_tiers_record_their_token_caps() -> None:
    """GitHub's rate-limit table: 4,000 in and 4,000 out a request (Grok-3-Mini 8,000 out)."""
    routes = {m.id: next(r for r in m.routes if r.provider == "github-models" and r.limits)
              for m in (default_catalog().model(i) for i in ("grok-3", "grok-3-mini", "o3"))}
    caps = {k: (r.limits.input_tokens_per_request, r.limits.output_tokens_per_request)
            for k, r in routes.items() if r.limits is not None}
    assert caps == {"grok-3": (4000, 4000), "grok-3-mini": (4000, 8000), "o3": (4000, 4000)}
    assert all("not recorded" not in (r.limits.notes or "") for r in routes.values()
               if r.limits is not None)
