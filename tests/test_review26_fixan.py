"""Review 26's P9, P10 and P7 (helper fixAN).

P9: models.dev priced Bedrock's AU route of Claude Opus 4.6 at $16.50/$82.50, three times its
global route, where genai-prices and LiteLLM agree on $5.50/$27.50. P10: ``list`` printed
1,050,000 tokens as "1.1M" beside 1,048,576 as "1M". P7: ``pick`` called two equal bills
"about the same, within 5%" and "the same bill" in the next line.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from phicompare import (
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    Recommendation,
    Traffic,
    default_catalog,
    recommend,
)
from phicompare.cli.columns import window
from phicompare.cli.main import main
from phicompare.importers._route_prices import RoutePrice, repriced


def test_bedrocks_au_route_of_opus_4_6_takes_the_price_two_snapshots_agree_on() -> None:
    """P9: $5.50/$27.50 ($0.55 and $6.875 for cache) on the AU listing; the others keep theirs."""
    model = default_catalog().model("claude-opus-4-6")
    bedrock = {r.provider_model_id: r for r in model.routes if r.provider == "aws-bedrock"}
    au = bedrock["au.anthropic.claude-opus-4-6-v1"]
    assert (au.input, au.output) == (Decimal("5.50"), Decimal("27.50"))
    assert (au.cache_read, au.cache_write) == (Decimal("0.55"), Decimal("6.875"))
    assert au.checked == dt.date(2026, 6, 26)
    assert "genai-prices" in au.source
    assert "$16.50 and $82.50 -> $5.50 and $27.50" in (au.notes or "")
    assert "LiteLLM" in (au.notes or "")
    eu = bedrock["eu.anthropic.claude-opus-4-6-v1"]
    assert (eu.input, eu.output) == (Decimal("5.50"), Decimal("27.50"))
    assert "Price corrected" not in (eu.notes or "")
    main = bedrock["anthropic.claude-opus-4-6-v1"]
    assert (main.input, main.output) == (Decimal("5"), Decimal("25"))


def test_a_keyed_price_naming_a_listing_changes_that_listing_alone() -> None:
    day = dt.date(2026, 7, 2)
    routes = tuple(ProviderRoute(provider="p", source=f"https://{n}.test", checked=day,
                                 input=Decimal(i), output=Decimal(i * 5), provider_model_id=n,
                                 cache_write=Decimal(i))
                   for n, i in (("m", 1), ("au.m", 3), ("eu.m", 2)))
    fix = RoutePrice("m", "p", Decimal("1.1"), Decimal("5.5"), (), "https://x.test",
                     dt.date(2026, 6, 26), "two agree", cache_write=Decimal("1.375"),
                     listing="au.m")
    other = RoutePrice("m", "p", Decimal("2.2"), Decimal("11"), (), "https://y.test",
                       dt.date(2026, 6, 26), "the EU one", listing="eu.m")
    out, lines = repriced([Model(id="m", name="M", routes=routes)], [fix, other])
    got = {r.provider_model_id: (r.input, r.output, r.cache_write) for r in out[0].routes}
    assert got == {"m": (Decimal(1), Decimal(5), Decimal(1)),
                   "au.m": (Decimal("1.1"), Decimal("5.5"), Decimal("1.375")),
                   "eu.m": (Decimal("2.2"), Decimal("11"), Decimal(2))}
    assert lines == [
        "m: p route $3 and $15 -> $1.1 and $5.5 (https://x.test, read 2026-06-26): two agree",
        "m: p route $2 and $10 -> $2.2 and $11 (https://y.test, read 2026-06-26): the EU one"]


def test_close_windows_read_alike_in_lists_column_and_none_is_off_by_over_2_percent() -> None:
    """P10: 1,050,000 read "1.1M" (4.8% over) beside 1,048,576's "1M" (4.6% under)."""
    assert window(1_050_000) == window(1_048_576) == "1.05M"
    assert (window(128_000), window(131_072)) == ("128K", "131.1K")  # 2.4% apart: they differ
    assert (window(200_000), window(10_000_000), window(1_000_000)) == ("200K", "10M", "1M")
    counts = [*range(1_000, 20_000, 7), *range(20_000, 3_000_000, 997), 10_000_000, 10_485_760]
    readings = [Decimal(window(n)[:-1]) * {"K": 1000, "M": 10**6}[window(n)[-1]]
                for n in counts]
    assert all(abs(r - n) * 50 <= n for r, n in zip(readings, counts, strict=True))
    assert readings == sorted(readings)  # in order whatever the count
    assert max(len(window(n)) for n in counts) <= 6  # as narrow as "131.1K"


def test_list_prints_gpt_5_4_and_gemini_3_1_pro_windows_alike() -> None:
    out = io.StringIO()
    assert main(["list", "--vendor", "OpenAI", "--vendor", "Google", "--sort", "context",
                 "--width", "200"], out=out) == 0
    rows = {line.split()[0]: line for line in out.getvalue().splitlines()}
    assert "  1.05M  " in rows["gpt-5.4"]
    assert "  1.05M  " in rows["gemini-3.1-pro-preview"]
    assert "two where one is over 2% off" in out.getvalue()


def _pick(limit: int) -> Recommendation:
    """The review's ``pick --closed-weights --requires vision,reasoning --min-context 1M
    --traffic 2000/day@300K:4K``, on the review's day."""
    r = recommend(traffic=Traffic.parse("2000/day@300K:4K"), requires=["vision", "reasoning"],
                  min_context=1_000_000, open_weights=False, limit=limit,
                  as_of=dt.date(2026, 12, 3))
    assert r.check() == []
    return r


def _rank(r: Recommendation, i: int) -> str:
    return next(c.text for c in r.reasons.candidates[i] if c.key.startswith("rank:"))


def test_pick_says_two_equal_bills_are_the_same_bill_in_both_lines() -> None:
    """P7: the first's line said "about the same, within 5% of its bill" of a bill equal to its
    own, which the next line calls "the same bill"."""
    r = _pick(6)
    first, second = r.candidates[:2]
    assert first.monthly == second.monthly == Decimal("1706.40")
    assert _rank(r, 0) == ("Ranked first: no model that meets every requirement costs less, "
                           f"though {second.model.name} has the same bill.")
    assert _rank(r, 1).startswith(f"Ranked second: the same bill as {first.model.name}")
    assert "within 5%" not in " ".join(r.to_text(width=200).split())


def test_a_tie_left_out_by_the_limit_is_said_as_a_tie() -> None:
    """--limit 1: "Of the two cheapest, all within 5% of each other" of two equal bills."""
    r = _pick(1)
    name = r.close_unlisted[0].model.name
    assert _rank(r, 0).endswith(f"though {name} (not listed) has the same bill.")
    assert (f"Only one is listed, the first by bill; {name}, not listed, costs the same as "
            "the first, $1,706.40 a month.") in " ".join(r.to_text(width=200).split())


def test_equal_and_near_bills_are_each_said_their_way() -> None:
    """A bill equal to the first's is "the same bill"; one within 5% but not equal keeps it."""
    day = dt.date(2026, 6, 1)
    models = tuple(Model(id=f"m{i}", name=f"Model {i}", routes=(ProviderRoute(
        provider="p0", input=Decimal(price), output=Decimal(price), source="https://x.test",
        checked=day),)) for i, price in enumerate(("1", "1", "1.02", "1.5")))
    catalog = Catalog(models=models, providers=(Provider(id="p0", name="P0",
                                                         tier=ProviderTier.FIRST_PARTY),))
    r = recommend(catalog, as_of=day, limit=None)
    assert r.check() == []
    assert _rank(r, 0) == ("Ranked first: no model that meets every requirement costs less, "
                           "though Model 1 has the same bill and Model 2 costs about the same, "
                           "within 5% of its bill.")
    assert _rank(r, 2).endswith("within 5% of its bill: about the same cost.")
