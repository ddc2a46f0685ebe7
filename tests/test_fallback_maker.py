"""A fallback bill of a model whose maker is not on record says so, not "no route from its maker".

Under the default route policy a closed-weight model with no eligible route from its maker or a
major cloud or platform is billed at its cheapest eligible route (``CostEstimate.fallback``).
Where the catalog does not record the maker (no vendor, or one only the model's id suggests:
``Model.vendor_inferred``), "no route from its maker is eligible" is a claim the data cannot back:
the provider billed may well be the maker (Qwen Deep Research, whose vendor only its id
suggested, billed on Alibaba (China)'s own API: since review 18, P5 that listing sources its
vendor). Every sentence that says the fallback says instead that the maker is not on record, and
checks the vendor; a model with a known maker keeps the words of tests/test_fallback_caveat.py.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import (
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    compare,
    estimate,
    recommend,
)
from phicompare.narrative.reasons import check_reasons

DAY = dt.date(2026, 11, 25)
UNKNOWN = "its maker is not on record, and no route from a major cloud or platform is eligible"
KNOWN = "no route from its maker or from a major cloud or platform is eligible"
SHORT = "Cost at your traffic says why"  # (the why in full in the cost section alone: fixZ)


def _route(provider: str, price: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com", checked=dt.date(2026, 11, 1))


PROVIDERS = (Provider(id="zeta-lab", name="Zeta Lab", tier=ProviderTier.FIRST_PARTY),
             Provider(id="big-cloud", name="Big Cloud", tier=ProviderTier.CLOUD),
             Provider(id="cheap-host", name="Cheap Host", tier=ProviderTier.RESELLER))


def _catalog(rival: str = "2") -> Catalog:
    """U (no vendor) and G (a vendor its id suggests) closed, on Cheap Host at $0.5 (G also on
    Zeta Lab's API, dearer); M closed from Zeta, billed there too; N open-weight at ``rival``;
    V like U at $3."""
    return Catalog(models=(
        Model(id="u", name="U", open_weights=False, routes=(_route("cheap-host", "0.5"),)),
        Model(id="v", name="V", open_weights=False, routes=(_route("cheap-host", "3"),)),
        Model(id="g", name="G", vendor="Zeta", vendor_inferred=True, open_weights=False,
              routes=(_route("cheap-host", "0.5"), _route("zeta-lab", "0.75"))),
        Model(id="m", name="M", vendor="Zeta", open_weights=False,
              routes=(_route("cheap-host", "3"),)),
        Model(id="n", name="N", open_weights=True, routes=(_route("cheap-host", rival),))),
        providers=PROVIDERS)


def test_a_bundled_guess_says_its_maker_is_not_on_record() -> None:
    """The finding's words, in the summary and the cost section (at a glance and in the verdict
    the pick, GPT-5 Nano, does not rest on it: review 12, L14). The finding's Qwen Deep
    Research is billed on Alibaba (China), which its maker's own API is: since review 18, P5 its
    vendor is sourced by that listing (tests/test_maker_listed.py); Gemini 2.5 Flash Lite
    Preview 06-17's "Google" is still only its id's, and only resellers list it."""
    c = compare("gemini-2.5-flash-lite-preview-06-17", "gpt-5-nano", as_of=dt.date(2026, 12, 1))
    e = c.cost.estimates[0]
    assert e.fallback
    assert c.models[0].vendor_inferred
    page = c.to_markdown()
    assert "no route from its maker" not in page
    caveat = f"Gemini 2.5 Flash Lite Preview 06-17's bill is on Jiekou.AI's listing: {SHORT}"
    summary = next(claim.text for claim in c.narrative.summary if claim.key == "cheaper")
    assert summary.endswith(f"GPT-5 Nano is $22.00 cheaper; {caveat}."), summary
    assert e.choice is not None
    assert e.choice.startswith(f"{UNKNOWN}, so the cheapest eligible route sets the bill")
    assert f"; {UNKNOWN}, so the cheapest eligible route sets the bill" in page
    # the pick (GPT-5 Nano, on its maker's API) does not rest on the rival's listing: at a
    # glance and in the verdict it is not said again (review 12, L14; it is the cost section's)
    assert "Jiekou.AI's listing" not in c.narrative.at_a_glance[0].text
    assert page.count(caveat) == 1
    assert c.check() == []


def test_one_fallback_bill_without_a_maker_says_so_everywhere() -> None:
    c = compare("u", "n", catalog=_catalog(), as_of=DAY)
    assert c.cost.estimates[0].fallback
    page = c.to_markdown()
    caveat = f"its bill is on Cheap Host's listing: {SHORT}"  # (after U's name: fixAR, fixAZ)
    assert f"U is \\$1,575.00 cheaper; {caveat}." in page
    assert f"Pick U for the lower bill at this traffic (\\$525.00 a month; {caveat})." in page
    assert f"U for the lower bill at this traffic ({caveat}); N for" in page
    assert f"; {UNKNOWN}, so the cheapest eligible route sets the bill." in page
    assert "no route from its maker" not in page
    assert c.check() == []


def test_a_vendor_only_the_id_suggests_is_no_maker_on_record() -> None:
    """G's vendor is a guess: Zeta Lab's API is no maker's route for it (review 8, G6, G8), and
    the cheaper listing sets the bill with the maker not on record."""
    c = compare("g", "n", catalog=_catalog(), as_of=DAY)
    assert c.cost.estimates[0].provider_name == "Cheap Host"
    page = c.to_markdown()
    assert f"G's bill is on Cheap Host's listing: {SHORT}" in page
    assert f"; {UNKNOWN}, so the cheapest eligible route sets the bill." in page
    assert "no route from its maker" not in page
    assert c.check() == []


def test_two_fallback_bills_without_makers_say_it_once() -> None:
    c = compare("u", "v", catalog=_catalog(), as_of=DAY)
    page = c.to_markdown()
    caveat = f"U's and V's bills are both on Cheap Host's listings: {SHORT}"
    assert f"U is \\$2,625.00 cheaper; {caveat}." in page
    assert page.count(UNKNOWN) == 2  # (each bill's own sentence in the cost section)
    assert c.check() == []


def test_a_known_maker_and_an_unknown_one_are_said_apart() -> None:
    """M's maker is on record (Zeta), U's is not: each caveat is true of its own bill, in its
    own bill's sentence in the cost section; the summary names the one listing once (fixZ)."""
    c = compare("u", "m", catalog=_catalog(), as_of=DAY)
    page = c.to_markdown()
    caveat = f"U's and M's bills are both on Cheap Host's listings: {SHORT}"
    assert f"U is \\$2,625.00 cheaper; {caveat}." in page, page
    # the pick says its own bill's listing, not M's (review 12, L14)
    own = f"its bill is on Cheap Host's listing: {SHORT}"  # (right after "Pick U": fixAZ)
    assert f"Pick U for the lower bill at this traffic (\\$525.00 a month; {own})." in page
    assert f"; {KNOWN}, so the cheapest eligible route sets the bill." in page
    assert f"; {UNKNOWN}, so the cheapest eligible route sets the bill." in page
    assert c.check() == []


def test_bills_about_the_same_say_it_too() -> None:
    """Bills within the materiality share: the summary and friction's "barely changes"."""
    c = compare("u", "n", catalog=_catalog("0.51"), as_of=DAY)
    page = c.to_markdown()
    caveat = f"U's bill is on Cheap Host's listing: {SHORT}"
    assert f"about the same cost, under 5% apart; {caveat}." in page
    assert f"barely changes the monthly bill: under 5%; {caveat}." in page
    assert c.check() == []


def test_the_clouds_left_out_are_named_after_the_unknown_maker() -> None:
    catalog = attrs.evolve(_catalog(), models=(Model(
        id="u", name="U", open_weights=False,
        routes=(_route("cheap-host", "0.5"), _route("big-cloud", "4"))),))
    cost = estimate("u", catalog=catalog, as_of=DAY, exclude_providers=["big-cloud"])
    assert cost.estimate.fallback
    assert cost.choice == (f"{UNKNOWN} (Big Cloud: provider excluded), so the cheapest eligible "
                           "route sets the bill")


def test_the_sentences_check_the_vendor() -> None:
    """A page that says the maker is not on record where it is (or the reverse) is caught."""
    c = compare("u", "m", catalog=_catalog(), as_of=DAY)
    u, m = c.models
    named = attrs.evolve(c, models=(attrs.evolve(u, vendor="Zeta"), m))
    assert any("models[0].vendor" in p for p in named.check()), named.check()
    guessed = attrs.evolve(c, models=(u, attrs.evolve(m, vendor_inferred=True)))
    assert any("models[1].vendor_inferred" in p for p in guessed.check()), guessed.check()
    c = compare("g", "n", catalog=_catalog(), as_of=DAY)
    g, n = c.models
    sure = attrs.evolve(c, models=(attrs.evolve(g, vendor_inferred=False), n))
    assert any("models[0].vendor_inferred" in p for p in sure.check()), sure.check()


def test_pick_says_the_maker_is_not_on_record() -> None:
    r = recommend(catalog=_catalog(), open_weights=False, as_of=DAY)
    texts = [" ".join(claim.text for claim in claims) for claims in r.reasons.candidates]
    first = next(t for t in texts if t.startswith("U:"))
    assert f"; {UNKNOWN}, so the cheapest eligible route sets the bill." in first, first
    known = next(t for t in texts if t.startswith("M:"))
    assert f"; {KNOWN}, so the cheapest eligible route sets the bill." in known, known
    assert not r.check()
    u = next(k for k, cand in enumerate(r.candidates) if cand.model.id == "u")
    named = attrs.evolve(r.candidates[u], model=attrs.evolve(r.candidates[u].model,
                                                               vendor="Zeta"))
    broken = attrs.evolve(r, candidates=(*r.candidates[:u], named, *r.candidates[u + 1:]))
    assert any("model.vendor" in p for p in check_reasons(r.reasons, broken))
