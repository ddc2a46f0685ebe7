"""The line at a glance keeps a bill's caveats when it merges several close bills into one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, ProviderTier, compare
from phicompare.domain.pricing import RouteStatus

DAY = dt.date(2026, 11, 25)


def _route(price: str, status: RouteStatus = RouteStatus.GA) -> ProviderRoute:
    return ProviderRoute(provider="h", input=Decimal(price), output=Decimal(price), status=status,
                         source="https://example.com", checked=dt.date(2026, 11, 1))


def _catalog(first: RouteStatus) -> Catalog:
    """A and B within 5% of each other (A's route ``first``), C far dearer."""
    return Catalog(models=(Model(id="a", name="A", open_weights=True, routes=(_route("1", first),)),
                           Model(id="b", name="B", open_weights=True, routes=(_route("1.02"),)),
                           Model(id="c", name="C", open_weights=True, routes=(_route("5"),))),
                   providers=(Provider(id="h", name="Host"),))


def test_merged_close_bills_keep_an_unconfirmed_listing_s_caveat() -> None:
    """"A and B for the lowest bills, about the same cost." dropped the caveat the verdict gives
    A's bill ("on an unconfirmed listing that may have been retired")."""
    c = compare("a", "b", "c", catalog=_catalog(RouteStatus.UNVERIFIED), as_of=DAY)
    assert "on an unconfirmed listing that may have been retired" in c.narrative.verdict[0].text
    assert c.narrative.at_a_glance[0].text == (
        "A and B for the lowest bills, about the same cost (A's bill on an unconfirmed listing "
        "that may have been retired).")
    assert c.check() == []


def test_merged_close_bills_without_a_caveat_say_none() -> None:
    c = compare("a", "b", "c", catalog=_catalog(RouteStatus.GA), as_of=DAY)
    assert c.narrative.at_a_glance[0].text == "A and B for the lowest bills, about the same cost."


def test_merged_close_bills_keep_a_reseller_listing_s_caveat() -> None:
    """Under the cheapest policy a closed model's bill on a reseller's listing says so there too
    (review 6, D32)."""
    catalog = Catalog(models=(
        Model(id="m", name="M", vendor="Zeta", open_weights=False,
              routes=(ProviderRoute(provider="zeta", input=Decimal(3), output=Decimal(3),
                                    source="https://example.com", checked=DAY), _route("0.5"))),
        Model(id="n", name="N", open_weights=True, routes=(_route("0.51"),)),
        Model(id="o", name="O", open_weights=True, routes=(_route("5"),))),
        providers=(Provider(id="h", name="Host", tier=ProviderTier.RESELLER),
                   Provider(id="zeta", name="Zeta Lab", tier=ProviderTier.FIRST_PARTY,
                            vendors=("Zeta",))))
    c = compare("m", "n", "o", catalog=catalog, as_of=DAY, route_policy="cheapest")
    assert c.narrative.at_a_glance[0].text == (
        "M and N for the lowest bills, about the same cost (M's bill on Host is a reseller's "
        "listing of a closed-weight model); N and O for open weights.")  # (review 10, I10)
    assert c.check() == []


def _bracketed() -> Catalog:
    """M, a closed-weight model whose maker is not on record, billed on "Host (China)"."""
    def route(provider: str, price: str) -> ProviderRoute:
        return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                             source="https://example.com", checked=dt.date(2026, 11, 1))
    return Catalog(models=(Model(id="m", name="M", open_weights=False, routes=(route("h", "1"),)),
                           Model(id="n", name="N", open_weights=True, routes=(route("o", "1.02"),)),
                           Model(id="o", name="O", open_weights=True, routes=(route("o", "5"),))),
                   providers=(Provider(id="h", name="Host (China)"),
                              Provider(id="o", name="Other")))


def test_a_provider_name_in_brackets_is_kept_whole_at_a_glance() -> None:
    """Review 10, I17: "Qwen3-Omni Flash's bill is on Alibaba's listing" at a glance, where
    every other section says "Alibaba (China)'s": the bracketed part of a provider's name went
    as a figure would, and the bill's figure stayed. The name is kept whole, the figures go."""
    c = compare("m", "o", catalog=_bracketed(), as_of=DAY)
    assert "$" in c.narrative.verdict[0].text
    assert c.narrative.at_a_glance[0].text.startswith(
        "M for the lower bill at this traffic (its bill is on Host (China)'s listing: Cost at "
        "your traffic says why)"), \
        c.narrative.at_a_glance[0].text
    assert c.check() == []
    merged = compare("m", "n", "o", catalog=_bracketed(), as_of=DAY)
    assert merged.narrative.at_a_glance[0].text.startswith(
        "M and N for the lowest bills, about the same cost (M's bill is on Host (China)'s "
        "listing: Cost at your traffic says why"), merged.narrative.at_a_glance[0].text
    assert merged.check() == []


def test_a_bill_at_prices_checked_after_the_page_s_date_keeps_its_caveat() -> None:
    """``phicompare o3 claude-sonnet-4-0 --as-of 2025-06-01`` said at a glance "o3 for the lower
    bill at this traffic" where the verdict adds "at prices checked on 2026-07-02, after the
    comparison's date" (review 24, P4)."""
    c = compare("a", "c", catalog=_catalog(RouteStatus.GA), as_of=dt.date(2026, 10, 1))
    # no bill priced by the page's date: the pick is at the later prices (review 25, P8), said
    # once (fixCE: "...; what the bills were on 2026-10-01 is not recorded" said it again)
    assert ("the lower bill at prices checked after the comparison's date ($1,050.00 a month, "
            "as checked on 2026-11-01)") in c.narrative.verdict[0].text
    assert c.narrative.at_a_glance[0].text.startswith(  # (bracketed: review 32, #3)
        "A for the lower bill (at prices checked after the comparison's date)")
    assert c.check() == []
    merged = compare("a", "b", "c", catalog=_catalog(RouteStatus.GA), as_of=dt.date(2026, 10, 1))
    assert merged.narrative.at_a_glance[0].text.startswith(
        "A and B for the lowest bills, about the same cost (both bills at prices checked after "
        "the comparison's date)")
