"""Sentences comparing bills say which bill is a fallback: a closed-weight model billed off its
maker and the major clouds.

Under the default route policy a closed-weight model with no eligible route from its maker or a
major cloud is billed at its cheapest eligible route, whoever lists it (``CostEstimate.fallback``);
the cost section's choice sentence says why, and every other sentence that compares the bills
names the listing and sends the reader there (helper fixZ: the why in full once a page), as
they name a reseller's listing under ``--route-policy cheapest`` (tests/test_reseller_caveat.py).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, ProviderTier, compare

DAY = dt.date(2026, 11, 25)
SHORT = "Cost at your traffic says why"  # (the why in full in the cost section alone: fixZ)
GROK = f"Grok 4 Fast's bill is on Requesty's listing: {SHORT}"
CAVEAT = f"M's bill is on Cheap Host's listing: {SHORT}"


def _route(provider: str, price: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com", checked=dt.date(2026, 11, 1))


def _catalog(rival: str, *, closed_rival: bool = False) -> Catalog:
    """A closed model M listed only by a reseller (at $0.5) and a model N there at ``rival``,
    closed-weight and so billed the same way when ``closed_rival``."""
    providers = (Provider(id="zeta-lab", name="Zeta Lab", tier=ProviderTier.FIRST_PARTY,
                          vendors=("Zeta",)),
                 Provider(id="cheap-host", name="Cheap Host", tier=ProviderTier.RESELLER))
    return Catalog(models=(
        Model(id="m", name="M", vendor="Zeta", open_weights=False,
              routes=(_route("cheap-host", "0.5"),)),
        Model(id="n", name="N", vendor="Zeta", open_weights=not closed_rival,
              routes=(_route("cheap-host", rival),))),
        providers=providers)


def test_every_sentence_comparing_a_fallback_bill_says_so() -> None:
    """Grok 4 Fast against GPT-5 Mini in the bundled catalog: no route from xAI or a major cloud
    is eligible for Grok 4 Fast, so its bill is Requesty's listing; summary, at a glance, FAQ and
    verdict each say so where they compare the bills."""
    c = compare("grok-4-fast", "gpt-5-mini", as_of=dt.date(2026, 11, 30))
    assert c.cost.estimates[0].fallback
    assert not c.cost.estimates[1].fallback
    n = c.narrative
    summary = next(claim.text for claim in n.summary if claim.key == "cheaper")
    # (the model just named: "its bill", not its name again: fixAR)
    its = GROK.replace("Grok 4 Fast's bill", "its bill", 1)
    assert summary.endswith(f"Grok 4 Fast is $415.00 cheaper; {its}."), summary
    assert n.at_a_glance[0].text.startswith(  # (fixAZ: "its bill" there too)
        f"Grok 4 Fast for the lower bill at this traffic ({its})"), n.at_a_glance[0].text
    faq = next(q for q in n.faq if q.key == "cheaper")
    assert faq.answer[0].text.endswith(f"the route behind each bill. {GROK}."), faq.answer[0].text
    assert n.verdict[0].text.startswith("Pick Grok 4 Fast for the lower bill at this traffic "
                                        f"($285.00 a month; {its})"), n.verdict[0].text
    assert c.check() == []


def test_one_fallback_bill_is_named_alone() -> None:
    c = compare("m", "n", catalog=_catalog("2"), as_of=DAY)
    assert c.cost.estimates[0].fallback
    page = c.to_markdown()
    caveat = CAVEAT
    its = caveat.replace("M's bill", "its bill", 1)
    assert f"M is \\$1,575.00 cheaper; {its}." in page
    assert f"Pick M for the lower bill at this traffic (\\$525.00 a month; {its})." in page
    assert f"M for the lower bill at this traffic ({its}); N for" in page
    # (the cost section's own sentence, unchanged)
    assert ("no route from its maker or from a major cloud or platform is eligible, so the "
            "cheapest eligible "
            "route sets the bill") in page
    assert "reseller's listing of a closed-weight model" not in page
    assert c.check() == []


def test_two_fallback_bills_on_one_provider_name_it_once() -> None:
    """Both bills fall back to Cheap Host: the caveat read "M's bill is on Cheap Host's listing
    and N's on Cheap Host's"; the provider is named once."""
    c = compare("m", "n", catalog=_catalog("2", closed_rival=True), as_of=DAY)
    page = c.to_markdown()
    caveat = f"M's and N's bills are both on Cheap Host's listings: {SHORT}"
    assert f"M is \\$1,575.00 cheaper; {caveat}." in page
    assert "N's on Cheap Host's" not in page
    assert c.check() == []


def test_fallback_bills_name_each_provider_once() -> None:
    """Three closed models, two billed on one reseller and one on another: each provider once."""
    providers = (Provider(id="cheap-host", name="Cheap Host", tier=ProviderTier.RESELLER),
                 Provider(id="far-host", name="Far Host", tier=ProviderTier.RESELLER))
    catalog = Catalog(models=tuple(
        Model(id=k, name=k.upper(), vendor="Zeta", open_weights=False,
              routes=(_route(host, price),))
        for k, host, price in (("a", "cheap-host", "0.5"), ("b", "far-host", "2"),
                               ("c", "cheap-host", "3"))), providers=providers)
    c = compare("a", "b", "c", catalog=catalog, as_of=DAY)
    caveat = f"A's and C's bills are both on Cheap Host's listings and B's on Far Host's: {SHORT}"
    assert caveat in c.to_markdown()
    assert c.check() == []


def test_fallback_bills_about_the_same_still_say_so() -> None:
    """Bills within the materiality share: the summary and friction's "barely changes" compare
    them too."""
    c = compare("m", "n", catalog=_catalog("0.51"), as_of=DAY)
    page = c.to_markdown()
    caveat = CAVEAT
    assert f"about the same cost, under 5% apart; {caveat}." in page
    assert f"barely changes the monthly bill: under 5%; {caveat}." in page
    assert c.check() == []


def test_no_fallback_no_caveat() -> None:
    """An open-weight model's bill on a reseller is no fallback: no caveat."""
    c = compare("n", "m", catalog=_catalog("2"), as_of=DAY, route_policy="cheapest")
    assert "no route from its maker" not in c.to_markdown()
