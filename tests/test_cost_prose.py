"""The cost prose agrees with the bills on its page: prices, fallbacks, tiny bills, n models."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from decimal import Decimal

import pytest

from phicompare import Traffic, compare, default_catalog
from phicompare.analysis.choice import NO_TRUSTED, maker_on_record, served_tier
from phicompare.analysis.comparison import Comparison
from phicompare.analysis.facts import RouteRow
from phicompare.domain.records import Model, ProviderTier
from phicompare.narrative import format as fmt
from phicompare.render import tables
from phicompare.render.blocks import Table

MILLION = Decimal(1_000_000)


def _tiered() -> list[tuple[str, int]]:
    """Every bundled model with a long-context tier, with each of its tiers' thresholds."""
    return [(m.id, threshold) for m in default_catalog().models
            for threshold in sorted({t.above_input_tokens for r in m.routes for t in r.tiers})]


def _quoted(c: Comparison, i: int) -> tuple[Decimal, Decimal]:
    """The input and output prices the estimate's sentence quotes, read from its evidence."""
    claim = next(cl for cl in c.narrative.cost if cl.key == f"estimate:{i}")
    found = {str(e.path).rsplit(".", 1)[-1]: e for e in claim.evidence}
    price_in, price_out = found["input_price"], found["output_price"]
    assert f"at {price_in.shown} input and {price_out.shown} output per 1M" in claim.text
    assert isinstance(price_in.value, Decimal)
    assert isinstance(price_out.value, Decimal)
    return price_in.value, price_out.value


def test_quoted_prices_times_tokens_are_the_bill_on_both_sides_of_every_tier() -> None:
    """Every tiered bundled model, just under and just over each threshold: the prices the
    estimate, the scorecard and the pricing table quote, times the tokens, are the bill."""
    tiered = _tiered()
    assert len(tiered) > 20
    partner = "phi-4-mini"
    crossed = 0
    for model, threshold in tiered:
        for size in (threshold - 1_000, threshold + 1_000):
            traffic = Traffic.from_requests(per_day=100, input_tokens=size, output_tokens=500)
            c = compare(model, partner, traffic=traffic, include_free=True)
            e = c.cost.estimates[0]
            if e.monthly is None or e.route is None:
                continue  # no route carries requests of this size
            price_in, price_out = _quoted(c, 0)
            t = c.traffic
            assert (price_in * t.input_tokens + price_out * t.output_tokens) / MILLION \
                == e.monthly, (model, size)
            cell = next(r for r in c.narrative.scorecard if r.key == "route-price").cells[0]
            assert cell.startswith(f"{fmt.price(price_in)} in / {fmt.price(price_out)} out"), cell
            page = c.to_markdown().replace("\\$", "$")
            assert f"| Its input price | {fmt.price(price_in)} |" in page
            assert f"| Its output price | {fmt.price(price_out)} |" in page
            crossed += (price_in, price_out) != (e.route.input, e.route.output)
            assert c.check() == [], (model, size)
    assert crossed > 10  # the property met the tier prices, not only base ones


def test_the_reviewers_page_quotes_the_tier_it_bills() -> None:
    """Gemini 2.5 Pro at 300K-token prompts: $2.50 and $15.00 quoted, base prices named."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=2_000)
    c = compare("gemini-2.5-pro", "claude-sonnet-4-0", traffic=traffic)
    text = next(cl for cl in c.narrative.cost if cl.key == "estimate:0").text
    quoted = "$2.50 input and $15.00 output per 1M tokens at this traffic (base $1.25 and $10.00)"
    assert quoted in text
    assert c.cost.estimates[0].blended == Decimal("6.25")  # 0.7 x 2.50 + 0.3 x 15.00
    assert c.check() == []


@pytest.mark.parametrize("model", ["gemini-2.5-pro", "claude-sonnet-4-5"])
def test_under_the_tier_the_sentence_quotes_base_prices_alone(model: str) -> None:
    """Below the threshold the bill's prices are the route's own: no 'base' aside."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=100_000, output_tokens=2_000)
    c = compare(model, "phi-4-mini", traffic=traffic)
    e = c.cost.estimates[0]
    assert e.route is not None
    assert (e.input_price, e.output_price) == (e.route.input, e.route.output)
    assert "(base " not in next(cl for cl in c.narrative.cost if cl.key == "estimate:0").text


def _trusted(model: Model, provider: str) -> bool:
    """The maker's own API or a cloud, for this model: a lab's API serving another lab's model
    (or one whose vendor only its id suggests) is a reseller of it (review 8, G6 and G8)."""
    found = default_catalog().provider(provider)
    tier = served_tier(model, found)
    return tier is not None and tier.rank <= ProviderTier.CLOUD.rank


@pytest.mark.parametrize("traffic", [Traffic(), Traffic.from_requests(
    per_day=1_000, input_tokens=300_000, output_tokens=2_000)], ids=["default", "300K"])
def test_a_closed_model_billed_off_its_maker_and_clouds_says_so_in_its_own_bill(
        traffic: Traffic) -> None:
    """Bundled closed-weight models (a seeded sample): a bill on a reseller under the
    maker-first policy says why within the model's bill sentence, its name said once; never
    otherwise, and no other sentence of the section repeats it."""
    closed = sorted(m.id for m in default_catalog().models if m.open_weights is False)
    sample = random.Random(7).sample(closed, min(80, len(closed)))
    fell = 0
    for model in sample:
        c = compare(model, "phi-4-mini", traffic=traffic)
        e = c.cost.estimates[0]
        cost = c.narrative.cost
        reseller = e.route is not None and not _trusted(c.models[0], e.route.provider)
        assert e.fallback == reseller, model
        # (a maker not on record: no route can be said not to be its maker's)
        words = NO_TRUSTED[0 if maker_on_record(c.models[0]) else 1]
        said = [cl for cl in cost if words in cl.text]
        assert bool(said) == reseller, model
        if said:
            fell += 1
            assert [cl.key for cl in said] == ["estimate:0"], model
            bill = said[0].text
            assert bill.startswith(f"{c.names[0]}: "), bill
            assert bill.count(c.names[0]) == 1, bill
            assert f"; {words}" in bill
            assert ", so the cheapest eligible route sets the bill" in bill
            assert c.check() == [], model
    assert fell > 3


def test_the_cheapest_policy_never_falls_back() -> None:
    """route_policy="cheapest" has no maker-first rule to fall back from."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=2_000)
    c = compare("claude-sonnet-4-0", "phi-4-mini", traffic=traffic, route_policy="cheapest")
    assert not c.cost.estimates[0].fallback
    assert not [cl for cl in c.narrative.cost if cl.key.startswith("fallback")]


def _pairs(count: int, seed: int) -> list[tuple[str, str]]:
    """A seeded sample of the bundled catalog's pairs."""
    ids = sorted(m.id for m in default_catalog().models)
    pairs = list(itertools.combinations(ids, 2))
    return random.Random(seed).sample(pairs, count)


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_the_faq_cheaper_answer_states_its_traffic_and_points_to_no_section() -> None:
    """Bundled pairs (seeded sample) and the reviewer's page: the answer stands alone, as on a
    page of ``--sections faq`` (review 32, #2). It pointed to the cost section for each bill
    and for where per-token prices cross, which such a page does not have."""
    answered = 0
    for a, b in [("claude-3.5-sonnet", "meta-llama-3.1-405b-instruct"), *_pairs(300, 12)]:
        c = compare(a, b)
        answer = [cl for q in c.narrative.faq for cl in q.answer if cl.key == "faq:cheaper"]
        if not answer:
            continue
        text = answer[0].text
        assert "stated traffic" not in text, (a, b)
        assert "gives each bill" not in text, (a, b)
        assert "has them" not in text, (a, b)
        assert " at 800M input and 250M output tokens a month " in text, (a, b, text)
        answered += 1
    assert answered > 50


@pytest.mark.parametrize(("tokens_in", "tokens_out"), [(1_000, 1_000), (10_000, 2_000),
                                                        (1_000_000, 100_000)])
def test_a_bill_that_is_not_zero_never_prints_as_zero(tokens_in: int, tokens_out: int) -> None:
    """Bundled pairs (seeded sample) at tiny traffics: every bill and gap that is not zero
    shows a figure that is not $0.00, in the prose and in the tables; check() agrees."""
    seen = 0
    for a, b in [("phi-2", "phi-4-mini"), ("claude-sonnet-4-5", "gemini-2.5-pro"),
                 *_pairs(40, 23)]:
        c = compare(a, b, traffic=Traffic(input_tokens=tokens_in, output_tokens=tokens_out))
        page = " ".join(c.to_text().split())
        bills = [e.monthly for e in c.cost.estimates if e.monthly]
        for amount in bills:
            assert fmt.money(amount) != "$0.00", amount
            assert fmt.money(amount) in page
        if c.cost.gap:  # stated or not, never as $0.00
            assert fmt.money(c.cost.gap) != "$0.00"
        seen += len(bills)
        assert "$0.00 cheaper" not in page
        assert "($0.00 a month)" not in page
        for e in c.cost.estimates:
            for line in e.lines:
                assert not line.amount or fmt.money(line.amount) != "$0.00"
        assert c.check() == [], (a, b)
    assert seen > 20


@pytest.mark.parametrize(("amount", "shown"), [
    ("0.0002", "under $0.01"), ("0.000375", "under $0.01"), ("0.004999", "under $0.01"),
    ("0.005", "under $0.01"), ("0.0099", "under $0.01"), ("0.01", "$0.01"), ("0.0149", "$0.01"),
    ("-0.0002", "over -$0.01"), ("-0.006", "over -$0.01"), ("0", "$0.00"),
    ("0.00", "$0.00"), ("1E-9", "under $0.01")])
def test_money_under_a_cent_is_under_a_cent(amount: str, shown: str) -> None:
    """The one money formatter, one precision: under a cent, "under $0.01" (never "$0.01":
    review 7, F21); zero $0.00."""
    assert fmt.money(Decimal(amount)) == shown


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_with_three_models_a_crossover_names_the_two_it_concerns() -> None:
    """Bundled triples (seeded sample) and the reviewer's: each crossover sentence names both
    models whose prices point apart and says which of the two costs less, never "their"."""
    ids = sorted(m.id for m in default_catalog().models)
    rng = random.Random(5)
    triples = [("phi-2", "phi-4-mini", "gemma-2-2b")]
    triples += [tuple(rng.sample(ids, 3)) for _ in range(150)]  # type: ignore[misc]
    stated = 0
    for triple in triples:
        c = compare(*triple)
        claims = [cl for cl in (*c.narrative.summary, *c.narrative.cost)
                  if cl.key.startswith("crossover:")]
        for claim in claims:
            _, ci, co = claim.key.split(":")
            cheap_in, cheap_out = c.names[int(ci)], c.names[int(co)]
            assert "their" not in claim.text.casefold(), claim.text
            first, second = sorted((int(ci), int(co)))
            assert f"the prices of {c.names[first]} and {c.names[second]}" in claim.text
            assert (f"{cheap_in} would cost less than {cheap_out}" in claim.text
                    # (the traffic past the crossover: the other way round)
                    or f"{cheap_out} would cost less than {cheap_in}" in claim.text
                    or (f"{cheap_out} costs less than {cheap_in}" in claim.text
                        and f"{cheap_in} is cheaper on input than {cheap_out}" in claim.text)), \
                claim.text
            stated += 1
        assert c.check() == [], triple
    assert stated > 5


_BILLS = re.compile(r"the bills are (.+?) (under \$0\.01|\$[\d,.]+) and (.+?) (under \$0\.01|"
                    r"\$[\d,.]+): (.*)")


@pytest.mark.parametrize(("tokens_in", "tokens_out"), [(30_000, 30_000), (1_000_000, 100_000),
                                                        (12_345_678, 3_210_987),
                                                        (800_000_000, 250_000_000)])
def test_a_stated_gap_is_the_difference_of_the_bills_shown(tokens_in: int,
                                                           tokens_out: int) -> None:
    """Bundled pairs (seeded sample): where the summary states the two bills and a gap, the
    gap is the difference of the bills as printed; bills that print alike, or differ by under
    a cent, are never a reason to pick one ("less than a cent apart")."""
    stated = alike = 0
    for a, b in [("phi-2", "phi-4-mini"), *_pairs(60, 31)]:
        c = compare(a, b, traffic=Traffic(input_tokens=tokens_in, output_tokens=tokens_out))
        claim = next((cl for cl in c.narrative.summary if cl.key in ("cheaper", "about-same")),
                     None)
        if claim is None:
            continue
        found = _BILLS.search(claim.text)
        assert found, claim.text
        first, second, rest = found.group(2), found.group(4), found.group(5)
        if first == second or (c.cost.gap or 0) < Decimal("0.01"):
            alike += 1
            assert claim.key == "about-same", claim.text
            assert "cheaper" not in rest, claim.text
            assert all("lower bill" not in v.text for v in c.narrative.verdict), (a, b)
        elif claim.key == "cheaper":
            stated += 1
            gap = re.search(r"is (\$[\d,.]+) cheaper", rest)
            assert gap, claim.text
            shown = [Decimal(m.replace("$", "").replace(",", "")) if m.startswith("$")
                     else Decimal(0) for m in (first, second)]
            if "under" in first + second:  # a bill printed "under $0.01": the exact gap
                assert gap.group(1) == fmt.money(abs(c.cost.gap or Decimal(0))), claim.text
            else:
                assert gap.group(1) == fmt.money(abs(shown[0] - shown[1])), claim.text
        assert c.check() == [], (a, b)
    assert stated > 5 or tokens_in < 100_000
    assert alike > 0 or tokens_in > 100_000


def test_bills_under_a_cent_apart_are_close_whatever_their_share() -> None:
    """Phi-2 and Phi-4 Mini at 30K:30K: $0.006 and $0.01125, 87% apart but under a cent: the
    page calls them about the same cost, less than a cent apart, and picks neither for it."""
    c = compare("phi-2", "phi-4-mini",
                traffic=Traffic(input_tokens=30_000, output_tokens=30_000))
    assert c.cost.close_indexes == (0, 1)
    assert not c.cost.close_by_share
    assert c.cost.shown_gap == Decimal("0.01")  # "under $0.01" and "$0.01": $0.00525
    page = " ".join(c.to_text().split())
    assert "about the same cost, less than a cent apart" in page
    assert "cheaper." not in page.replace("cheaper on", "")
    assert "under 5% apart" not in page
    assert c.check() == []


def _route_cells(c: Comparison, i: int) -> list[tuple[RouteRow, tuple[object, ...]]]:
    """Model ``i``'s route rows beside their cells in the page's table of every route."""
    parts = tables.model_tables(c, c.names)
    table = tables.pricing(c, c.names, parts)[1 + i]
    assert isinstance(table, Table)
    rows = sorted(c.route_groups[i][0], key=lambda r: r.provider_name.casefold())
    return list(zip(rows, table.rows, strict=True))


def test_every_route_row_quotes_the_prices_its_monthly_applied() -> None:
    """Every tiered bundled model, just under and just over each threshold: each row of the
    table of every route leads with the prices that, times the tokens, are its Monthly; a
    tier's price names the base price beside it; the Counted cell flags exactly the rows
    that list no tier where another priced route applies one to these requests."""
    tiered_rows = flagged = 0
    for model, threshold in _tiered():
        for size in (threshold - 1_000, threshold + 1_000):
            traffic = Traffic.from_requests(per_day=100, input_tokens=size, output_tokens=500)
            c = compare(model, "phi-4-mini", traffic=traffic, include_free=True)
            t = c.traffic
            rows = c.route_groups[0][0]
            applies = any(r.tier_above is not None for r in rows if r.monthly is not None)
            for row, cells in _route_cells(c, 0):
                cell_in, cell_out, monthly, counted = cells[1], cells[2], cells[5], cells[6]
                assert isinstance(cell_in, str)
                assert isinstance(cell_out, str)
                assert isinstance(counted, str)
                if row.monthly is None or row.route.per_request:
                    continue
                price_in, price_out = row.input_price, row.output_price
                assert price_in is not None
                assert price_out is not None
                assert (price_in * t.input_tokens + price_out * t.output_tokens) / MILLION \
                    == row.monthly, (model, size, row.provider_name)
                assert monthly == fmt.money(row.monthly)
                assert cell_in.startswith(fmt.price(price_in)), cell_in
                assert cell_out.startswith(fmt.price(price_out)), cell_out
                assert ("(tier; base " in cell_in) == (
                    row.tier_above is not None and price_in != row.route.input), cell_in
                tiered_rows += "(tier; base " in cell_in
                fits = row.context_window is None or t.request_tokens is None \
                    or t.request_tokens <= row.context_window
                unlisted = applies and not row.route.tiers and fits
                assert row.tier_unlisted == unlisted, (model, size, row.provider_name)
                assert counted.endswith("; lists no long-context tier") == unlisted, counted
                flagged += unlisted
            assert c.check() == [], (model, size)
    assert tiered_rows > 20
    assert flagged > 10


def test_the_reviewers_page_quotes_each_routes_applied_prices() -> None:
    """Gemini 2.5 Pro against Claude Sonnet 4 at 300K-token prompts (the reviewer's command)."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=1_000)
    # dated before 2026-12-01, when Google shuts gemini-2.5-pro down on its API
    c = compare("gemini-2.5-pro", "claude-sonnet-4-0", traffic=traffic, as_of=dt.date(2026, 11, 25))
    page = c.to_markdown().replace("\\$", "$")
    # (review 7, F4: "1M" beside "1.1M" for 16,959 tokens more: the column is to the token)
    assert ("| Google | $2.50 (tier; base $1.25) | $15.00 (tier; base $10.00) | 1,048,576 "
            "| GA | $22,950.00 | yes |") in page
    # Poe's listing of 1,065,535 is above Google's 1,048,576: not recorded, the route runs on
    # the model's window (dataAJ)
    assert ("| Poe | $0.87 | $7.00 | 1,048,576, the model's | GA | $8,040.00 | yes; lists no "
            "long-context tier |") in page
    assert ("(Poe at $8,040.00 a month, and 12 more; none of the 13 lists a long-context tier, "
            "though 13 other routes apply one to these requests)") in page
    assert ("Gemini 2.5 Pro: requests of 300,000 input tokens exceed its long-context tier's "
            "200,000, so the tier's prices apply to the whole request.") in page
    bill = next(cl for cl in c.narrative.cost if cl.key == "estimate:1").text
    assert bill == (
        "Claude Sonnet 4: $23,790.00 a month on Poe, at $2.60 input and $13.00 output "
        "per 1M tokens, prices as last checked on 2026-07-02 (a listing whose context window, "
        "983,040 tokens, is above the model's own 200,000, which requests of 301,000 tokens "
        "need; the route lists no long-context tier, though DigitalOcean, OpenCode Zen and "
        "OpenRouter apply one to these requests); no "
        "route from its maker or from a major cloud or platform is eligible (Anthropic: retired "
        "on 2026-06-15; Google Vertex AI: deprecated; Amazon Bedrock: requests of 301,000 tokens "
        "exceed a 200,000-token context window), so the cheapest eligible route sets the bill.")
    # (review 15, P1: Anthropic retired claude-sonnet-4-20250514 on 2026-06-15)
    assert c.check() == []
    html, text = c.to_html(), c.to_text()  # (text wraps a cell between its words)
    assert "$2.50 (tier; base $1.25)" in html
    assert "yes; lists no long-context tier" in html
    assert "(tier;" in text
    assert "long-context" in text


def test_a_rounded_crossover_share_is_about_it() -> None:
    """Phi-2 and Phi-4 Mini cross at 8/9 of tokens as input (88.888...%): "Phi-2 costs less while
    input is under 88.9%" was false between 88.89% and 88.9%."""
    c = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 25))
    md = c.to_markdown()
    assert "Phi-2 costs less while input is under about 88.9% of tokens" in md
    assert "with more than about 88.9% of tokens as input" in md
    assert c.check() == []


def test_a_rounded_monthly_token_count_is_about_it() -> None:
    """"At 2.3B input and 12M output tokens a month" stood for 2,250,000,000 input tokens."""
    day = dt.date(2026, 11, 25)
    c = compare("phi-4", "phi-4-mini", as_of=day,
                traffic=Traffic(input_tokens=2_250_000_000, output_tokens=12_000_000))
    md = c.to_markdown()
    assert "At about 2.3B input and 12M output tokens a month" in md
    assert "Estimates assume about 2.3B input" in md
    assert c.check() == []
    exact = compare("phi-4", "phi-4-mini", as_of=day).to_markdown()
    assert "At 800M input and 250M output tokens a month" in exact
    assert "about 800M" not in exact


def test_a_tier_one_reseller_applies_is_named_as_its() -> None:
    """Gemini 2.5 Flash's Google bill read "the route lists no long-context tier, though other
    routes apply one to these requests": one route, QiHang's, lists a tier; Google does not
    tier 2.5 Flash."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=1_000)
    c = compare("gpt-4o", "gemini-2.5-flash", traffic=traffic, as_of=dt.date(2026, 11, 25))
    bill = next(cl for cl in c.narrative.cost if cl.key == "estimate:1").text
    # (on Google Vertex AI, which does not retire, over Google's route retiring on 2026-12-01
    # at the same price: review 29, F1)
    assert bill.startswith("Gemini 2.5 Flash: $2,775.00 a month on Google Vertex AI")
    assert ("(the route lists no long-context tier, though QiHang's route applies one to these "
            "requests)") in bill
    assert c.check() == []


def test_a_reason_no_route_is_eligible_is_said_once_after_its_routes() -> None:
    """GPT-4o at 300K-token prompts said "requests of 301,000 tokens exceed its 128,000-token
    context window" fourteen times, once a route."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=1_000)
    c = compare("gpt-4o", "gemini-2.5-flash", traffic=traffic, as_of=dt.date(2026, 11, 25))
    reason = c.cost.estimates[0].reason or ""
    assert reason.count("exceed a 128,000-token context window") == 1
    assert "Microsoft Foundry, " in reason
    assert c.check() == []


def test_grouped_reasons_name_a_provider_with_two_routes_by_each_id() -> None:
    """DeepSeek V3.1 at 300K-token prompts: NanoGPT stood unnamed in two groups of routes, and
    each group's window read as the model's own ("exceed its 128,000-token ...")."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=1_000)
    c = compare("deepseek-v3.1", "gemini-2.5-flash", traffic=traffic,
                as_of=dt.date(2026, 11, 25))
    reason = c.cost.estimates[0].reason or ""
    served = [r.route.provider_model_id for r in c.routes_of(0) if r.provider_name == "NanoGPT"]
    assert len(served) == 2
    assert all(f"NanoGPT ({model_id})" in reason for model_id in served)
    assert "NanoGPT," not in reason
    assert "exceed its" not in reason
    assert c.check() == []


def test_a_gap_from_a_bill_under_half_a_cent_is_the_exact_gap_to_the_cent() -> None:
    """GPT-4.1 nano's $0.0150 and Llama 3.1 8B's $0.0021 print "$0.02" and "under $0.01": the
    page said "Llama 3.1 8B is $0.02 cheaper" for a $0.0129 gap."""
    c = compare("gpt-4.1-nano", "llama-3.1-8b", as_of=dt.date(2026, 11, 25),
                traffic=Traffic(input_tokens=30_000, output_tokens=30_000))
    md = c.to_markdown().replace("\\$", "$")
    assert "Llama 3.1 8B is $0.01 cheaper" in md
    assert "The gap is $0.01 a month" in md
    assert "$0.02 cheaper" not in md
    assert c.check() == []


def test_a_summary_crossover_the_traffic_has_passed_says_the_other_way() -> None:
    """At 60M input and 18M output tokens (76.9% input), Phi-4 already costs less than Gemma 2 9B,
    whose prices cross at 75%: the summary said "with more than 75% of tokens as input, Phi-4
    would cost less"."""
    c = compare("gemma-2-9b", "phi-4", as_of=dt.date(2026, 11, 25),
                traffic=Traffic(input_tokens=60_000_000, output_tokens=18_000_000))
    summary = " ".join(claim.text for claim in c.narrative.summary)
    assert "with less than 75% of tokens as input, Gemma 2 9B would cost less." in summary
    assert "Phi-4 would cost less" not in summary
    assert c.check() == []


def test_bills_under_a_cent_apart_that_print_a_cent_apart_say_before_rounding() -> None:
    """GPT-4o mini's $0.01575 and Qwen2.5-VL 72B's $0.01113 print "$0.02" and "$0.01": the page
    called them "less than a cent apart" beside figures a cent apart (review 4, N7)."""
    c = compare("gpt-4o-mini", "qwen2-5-vl-72b-instruct", as_of=dt.date(2026, 11, 25),
                traffic=Traffic(input_tokens=21_000, output_tokens=21_000))
    md = c.to_markdown().replace("\\$", "$")
    assert "the bills are GPT-4o mini $0.02 and Qwen2.5-VL 72B Instruct $0.01" in md
    assert md.count("less than a cent") == md.count("less than a cent apart before rounding") \
        + md.count("less than a cent a month before rounding")
    assert "less than a cent" in md
    assert c.check() == []
    same = compare("gpt-4o-mini", "qwen2-5-vl-72b-instruct", as_of=dt.date(2026, 11, 25),
                   traffic=Traffic(input_tokens=10_000, output_tokens=10_000))
    assert "before rounding" not in same.to_markdown()  # $0.01 and $0.01
