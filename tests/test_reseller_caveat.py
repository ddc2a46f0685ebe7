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
_FLIP = "at Zeta Lab's price M's bill would be $3,150.00 a month, above N's $2,100.00 on Cheap Host"
BOTH_FLIP = (f"{BOTH}; at Anthropic's price Claude Sonnet 4.5's bill would be $6,150.00 a month, "
             "above GPT-5's $3,500.00 on OpenAI")


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
    # the day before Anthropic retires claude-sonnet-4-5-20250929 on its API (review 15, P1)
    c = compare("claude-sonnet-4-5", "gpt-5", route_policy=RoutePolicy.CHEAPEST,
                as_of=dt.date(2026, 11, 29))
    n = c.narrative
    summary = next(claim.text for claim in n.summary if claim.key == "cheaper")
    its = BOTH_FLIP.replace("Claude Sonnet 4.5's bill on", "its bill on", 1)  # (fixAR)
    assert summary.endswith(f"Claude Sonnet 4.5 is $2,102.00 cheaper; {its}."), summary
    # (GPT-5's 400K is no longer context since review 7, F9: Claude Sonnet 4.5's routes take 1M)
    # (at a glance and in the verdict, "its bill" right after the pick's name too: fixAZ)
    mine = BOTH.replace("Claude Sonnet 4.5's bill on", "its bill on", 1)
    assert n.at_a_glance[0].text.startswith(
        f"Claude Sonnet 4.5 for the lower bill at this traffic ({mine})"), n.at_a_glance[0].text
    faq = next(q for q in n.faq if q.key == "cheaper")
    assert faq.answer[0].text.endswith(f"cheapest eligible route. {BOTH_FLIP}."), \
        faq.answer[0].text  # (the traffic stated, no section pointed to: review 32, #2)
    assert n.verdict[0].text == ("Pick Claude Sonnet 4.5 for the lower bill at this traffic "
                                 f"($879.00 a month; {its})."), n.verdict[0].text
    assert c.check() == []
    # the maker-first page compares the makers' bills: no caveat
    plain = compare("claude-sonnet-4-5", "gpt-5", as_of=dt.date(2026, 11, 29))
    assert "resellers' listing" not in plain.to_markdown()


def test_one_reseller_bill_is_named_alone() -> None:
    c = compare("m", "n", catalog=_catalog("2"), as_of=DAY, route_policy="cheapest")
    page = c.to_markdown()
    caveat = "M's bill on Cheap Host is a reseller's listing of a closed-weight model"
    flip = _FLIP.replace("$", "\\$")  # (at its maker's price M's bill is above N's: review 9, H9)
    its = caveat.replace("M's bill", "its bill", 1)  # (the model just named: fixAR)
    assert f"M is \\$1,575.00 cheaper; {its}; {flip}." in page
    assert f"Pick M for the lower bill at this traffic (\\$525.00 a month; {its}; {flip})." \
        in page
    assert f"M for the lower bill at this traffic ({its}); N for" in page  # (fixAZ)
    assert c.check() == []


def test_bills_about_the_same_still_say_whose_is_a_reseller_s() -> None:
    """Bills within the materiality share: the summary and friction's "barely changes" compare
    them too."""
    c = compare("m", "n", catalog=_catalog("0.51"), as_of=DAY, route_policy="cheapest")
    page = c.to_markdown()
    caveat = "M's bill on Cheap Host is a reseller's listing of a closed-weight model"
    flip = ("at Zeta Lab's price M's bill would be \\$3,150.00 a month, above N's \\$535.50 on "
            "Cheap Host")
    assert f"about the same cost, under 5% apart; {caveat}; {flip}." in page
    assert f"barely changes the monthly bill: under 5%; {caveat}; {flip}." in page
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



def test_lowest_bill_a_reseller_s_says_the_maker_s_price_reverses_the_order() -> None:
    """M billed on a reseller at $525.00 is the lower bill, but at its maker's price ($3,150.00)
    it would be above N's $2,100.00: the summary, FAQ and verdict say so (review 9, H9)."""
    c = compare("m", "n", catalog=_catalog("2"), as_of=DAY, route_policy="cheapest")
    n = c.narrative
    summary = next(claim.text for claim in n.summary if claim.key == "cheaper")
    assert summary.endswith(f"reseller's listing of a closed-weight model; {_FLIP}."), summary
    faq = next(q for q in n.faq if q.key == "cheaper")
    assert faq.answer[0].text.endswith(f"; {_FLIP}."), faq.answer[0].text
    assert n.verdict[0].text.startswith(
        "Pick M for the lower bill at this traffic ($525.00 a month; its bill on Cheap Host is a "
        f"reseller's listing of a closed-weight model; {_FLIP})"), n.verdict[0].text
    assert c.check() == []


def test_maker_s_price_that_keeps_the_order_adds_nothing() -> None:
    """N at $4.00: at its maker's price M's bill ($3,150.00) is still the lower."""
    c = compare("m", "n", catalog=_catalog("4"), as_of=DAY, route_policy="cheapest")
    assert "would be" not in c.to_markdown()
    assert c.check() == []


def test_rival_on_a_reseller_too_is_weighed_at_its_own_maker_s_price() -> None:
    """Both closed and resold: the rival's bill at its maker's price is the one compared."""
    providers = (Provider(id="zeta-lab", name="Zeta Lab", tier=ProviderTier.FIRST_PARTY,
                          vendors=("Zeta",)),
                 Provider(id="eta-lab", name="Eta Lab", tier=ProviderTier.FIRST_PARTY,
                          vendors=("Eta",)),
                 Provider(id="cheap-host", name="Cheap Host", tier=ProviderTier.RESELLER))
    catalog = Catalog(models=(
        Model(id="m", name="M", vendor="Zeta", open_weights=False,
              routes=(_route("zeta-lab", "3"), _route("cheap-host", "0.5"))),
        Model(id="n", name="N", vendor="Eta", open_weights=False,
              routes=(_route("eta-lab", "2"), _route("cheap-host", "1.8")))),
        providers=providers)
    c = compare("m", "n", catalog=catalog, as_of=DAY, route_policy="cheapest")
    flip = ("at Zeta Lab's price M's bill would be $3,150.00 a month, above N's $2,100.00 on "
            "Eta Lab")
    assert flip in c.narrative.verdict[0].text, c.narrative.verdict[0].text
    assert c.check() == []
