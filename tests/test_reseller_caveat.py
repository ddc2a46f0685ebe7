"""Sentences comparing bills say which bill is a reseller's listing of a closed-weight model.

Under ``--route-policy cheapest`` a closed-weight model may be billed on a reseller's listing far
below its maker's price; the cost section says so (``CostEstimate.reseller_bill``), and so must
every other sentence that compares the bills (review 6, D32).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import (
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    RoutePolicy,
    compare,
)

DAY = dt.date(2026, 11, 25)
BOTH = ("Claude Sonnet 4.5's bill on QiHang and GPT-5's on OpenCode Zen are resellers' listings "
        "of closed-weight models")


def _route(provider: str, price: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com", checked=dt.date(2026, 11, 1))


def _catalog(rival: str) -> Catalog:
    """A closed model M (its maker at $3, a reseller at $0.5) and an open model N at ``rival``."""
    providers = (Provider(id="zeta-lab", name="Zeta Lab", tier=ProviderTier.FIRST_PARTY,
                          vendors=("Zeta",)),
                 Provider(id="cheap-host", name="Cheap Host", tier=ProviderTier.RESELLER))
    return Catalog(models=(
        Model(id="m", name="M", vendor="Zeta", open_weights=False,
              routes=(_route("zeta-lab", "3"), _route("cheap-host", "0.5"))),
        Model(id="n", name="N", open_weights=True, routes=(_route("cheap-host", rival),))),
        providers=providers)


def test_every_sentence_comparing_reseller_bills_says_so() -> None:
    """Claude Sonnet 4.5 against GPT-5 under the cheapest policy: summary, at a glance, FAQ and
    verdict each name the listings behind the bills they compare."""
    c = compare("claude-sonnet-4-5", "gpt-5", route_policy=RoutePolicy.CHEAPEST,
                as_of=dt.date(2026, 11, 30))
    n = c.narrative
    summary = next(claim.text for claim in n.summary if claim.key == "cheaper")
    assert summary.endswith(f"Claude Sonnet 4.5 is $2,102.00 cheaper; {BOTH}."), summary
    # (GPT-5's 400K is no longer context since review 7, F9: Claude Sonnet 4.5's routes take 1M)
    assert n.at_a_glance[0].text.startswith(
        f"Claude Sonnet 4.5 for the lower bill at this traffic ({BOTH})"), n.at_a_glance[0].text
    faq = next(q for q in n.faq if q.key == "cheaper")
    assert faq.answer[0].text.endswith(f"gives each bill. {BOTH}."), faq.answer[0].text
    assert n.verdict[0].text == ("Pick Claude Sonnet 4.5 for the lower bill at this traffic "
                                 f"($879.00 a month; {BOTH})."), n.verdict[0].text
    assert c.check() == []
    # the maker-first page compares the makers' bills: no caveat
    plain = compare("claude-sonnet-4-5", "gpt-5", as_of=dt.date(2026, 11, 30))
    assert "resellers' listing" not in plain.to_markdown()


def test_one_reseller_bill_is_named_alone() -> None:
    c = compare("m", "n", catalog=_catalog("2"), as_of=DAY, route_policy="cheapest")
    page = c.to_markdown()
    caveat = "M's bill on Cheap Host is a reseller's listing of a closed-weight model"
    assert f"M is \\$1,575.00 cheaper; {caveat}." in page
    assert f"Pick M for the lower bill at this traffic (\\$525.00 a month; {caveat})." in page
    assert f"M for the lower bill at this traffic ({caveat}); N for" in page
    assert c.check() == []


def test_bills_about_the_same_still_say_whose_is_a_reseller_s() -> None:
    """Bills within the materiality share: the summary and friction's "barely changes" compare
    them too."""
    c = compare("m", "n", catalog=_catalog("0.51"), as_of=DAY, route_policy="cheapest")
    page = c.to_markdown()
    caveat = "M's bill on Cheap Host is a reseller's listing of a closed-weight model"
    assert f"about the same cost, under 5% apart; {caveat}." in page
    assert f"barely changes the monthly bill: under 5%; {caveat}." in page
    assert c.check() == []


def test_two_reseller_bills_on_one_provider_name_it_once() -> None:
    """Both closed models billed on Cheap Host's listings: the provider is named once, not
    "M's bill on Cheap Host and N's on Cheap Host"."""
    providers = (Provider(id="zeta-lab", name="Zeta Lab", tier=ProviderTier.FIRST_PARTY,
                          vendors=("Zeta",)),
                 Provider(id="cheap-host", name="Cheap Host", tier=ProviderTier.RESELLER))
    catalog = Catalog(models=tuple(
        Model(id=k, name=k.upper(), vendor="Zeta", open_weights=False,
              routes=(_route("zeta-lab", "3"), _route("cheap-host", price)))
        for k, price in (("m", "0.5"), ("n", "2"))), providers=providers)
    c = compare("m", "n", catalog=catalog, as_of=DAY, route_policy="cheapest")
    page = c.to_markdown()
    caveat = ("M's and N's bills on Cheap Host are resellers' listings of closed-weight "
              "models")
    assert f"M is \\$1,575.00 cheaper; {caveat}." in page
    assert c.check() == []
