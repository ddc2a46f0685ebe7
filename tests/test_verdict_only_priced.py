"""The only priced bill, with free tiers counted and beside models with no route (review 12, L9).

L9's fix made the only bill among the models left in a reason to pick its model, and a pick of
a model without a bill say where it would run; two cases were left. With ``include_free`` a
model billed on a free tier alone (usage limits not on record) is no rival to a priced bill,
yet the priced model read "no advantage" and the free-tier model's pick no caveat. And a model
with no route at all was no rival for "the only bill": `phicompare phi-2 phi-1.5 phi-1` gave
Phi-2, the one model with a bill, nothing for it.
"""

from __future__ import annotations

from typing import Any

from phicompare import Catalog, Comparison, compare
from phicompare.domain.pricing import RouteStatus
from phicompare.domain.records import Model

from .test_verdict_unbilled import DAY, _free, _model, _route


def _verdict(*models: Model, **kw: Any) -> tuple[list[str], list[str]]:
    c: Comparison = compare(*models, catalog=Catalog(models=models), as_of=DAY, **kw)
    assert c.check() == []
    return ([claim.text for claim in c.narrative.verdict],
            [claim.text for claim in c.narrative.at_a_glance])


def test_with_free_tiers_counted_a_priced_bill_beside_a_free_tier_alone() -> None:
    a = _model("a", 32_768, _free("github"))
    b = _model("b", 16_384, _route("kilo"))
    verdict, glance = _verdict(a, b, include_free=True)
    assert verdict == [
        ("Pick A for a longer context (32K tokens); it has no priced bill at this traffic, and "
         "would run only on the free tier on github, whose usage limits the data does not "
         "record."),
        ("Pick B if you need a priced route: it is the only one with a priced bill ($105.00 a "
         "month; A has no eligible priced route).")]
    assert glance == [("A, only on a free tier, for a longer context; B if you need a priced "
                       "route, the only one with a priced bill.")]


def test_with_free_tiers_counted_a_free_tier_bill_with_a_priced_route_beside() -> None:
    """Phi-4 beside Phi-4 Reasoning with --include-free: both billed $0.00 on free tiers, Phi-4
    alone with a priced route (its bill without free tiers)."""
    a = _model("a", 32_768, _free("github"))
    b = _model("b", 16_384, _free("github"), _route("kilo"))
    verdict, _ = _verdict(a, b, include_free=True)
    assert verdict[1] == ("Pick B if you need a priced route: it is the only one with a priced "
                          "bill ($105.00 a month on kilo; A has no eligible priced route).")
    assert "it has no priced bill at this traffic" in verdict[0], verdict


def test_models_with_no_route_are_rivals_without_a_bill() -> None:
    """Phi-2 beside Phi-1.5 and Phi-1, which have no provider route in the catalog."""
    a = _model("a", 2_048, _route("kilo"))
    b = _model("b", 4_096)
    c = _model("c", 8_192)
    verdict, _ = _verdict(a, b, c)
    assert verdict[0] == ("Pick A if you need a priced route: it is the only one with a bill "
                          "($105.00 a month; B and C have no provider route in the catalog).")


def test_a_routeless_and_a_free_tier_rival_each_said() -> None:
    a = _model("a", 2_048, _route("kilo"))
    b = _model("b", 4_096, _free("github"))
    c = _model("c", 1_024)
    verdict, _ = _verdict(a, b, c)
    assert verdict[0] == ("Pick A if you need a priced route: it is the only one with a bill "
                          "($105.00 a month; B has no eligible priced route and C no provider "
                          "route in the catalog).")


def test_the_only_bill_on_an_unconfirmed_listing_says_so() -> None:
    """Phi-2's only bill is on Fireworks AI's unconfirmed listing: the pick keeps the caveat."""
    a = _model("a", 2_048, _route("kilo", status=RouteStatus.UNVERIFIED))
    b = _model("b", 4_096)
    verdict, glance = _verdict(a, b)
    assert verdict[0] == ("Pick A if you need a priced route: it is the only one with a bill "
                          "($105.00 a month, on an unconfirmed listing that may have been "
                          "retired; B has no provider route in the catalog).")
    assert "unconfirmed listing" in glance[0], glance


def test_a_free_tier_is_never_the_only_bill() -> None:
    """Helper dataN's leftover: with free tiers counted, the one model left in ran on a free
    tier and read "the only one with a bill ($0.00 a month)": a free tier is no price."""
    # (Qwen3.6 Plus Free, whose weights are not recorded published: Ling 2.6 Flash Free's are,
    # so its deprecated route no longer rules it out; review 20, P5)
    c = compare("qwen3_5-9b-q4_k_m", "qwen3.6-plus-free", include_free=True)
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    assert 0 in c.cost.free_indexes
    assert "the only one with a bill" not in verdict
    assert "$0.00" not in verdict
    assert verdict.startswith("Pick Qwen 3.5 9B (Q4_K_M): the only model here")
    assert c.check() == []
