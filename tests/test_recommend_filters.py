"""recommend() under provider filters: a capability only left-out providers offer is not met.

``judge`` reads a model's support within the request's providers, by the rule
``analysis.profile.within`` applies on a comparison page (review 7, F23): a capability that only
routes on left-out providers flag is the model's own flag there, not "met".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from phicompare import (
    Capabilities,
    Catalog,
    Fit,
    Model,
    Provider,
    ProviderRoute,
    RequirementKind,
    recommend,
)

DAY = dt.date(2026, 11, 25)
LEFT_OUT = "; only providers the provider filters leave out offer it."


def _route(provider: str, capabilities: Capabilities | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal("0.10"), output=Decimal("0.10"),
                         source="https://example.com", checked=DAY, capabilities=capabilities)


def _catalog(own: bool | None = None) -> Catalog:
    """Model M on P0 (silent on structured outputs) and P1 (flags them); M's own flag ``own``."""
    model = Model(id="m", name="M", capabilities=Capabilities(structured_outputs=own),
                  routes=(_route("p0"), _route("p1", Capabilities(structured_outputs=True))))
    return Catalog(models=(model,), benchmarks=(),
                   providers=(Provider(id="p0", name="P0"), Provider(id="p1", name="P1")))


def _capability(catalog: Catalog, **filters: Any) -> tuple[Fit, str | None, list[str]]:
    r = recommend(catalog, requires=["structured_outputs"], explain_rejected=True, as_of=DAY,
                  **filters)
    assert r.check() == []
    found = [*r.candidates, *r.rejected]
    (check,) = [k for k in found[0].checks if k.requirement.kind is RequirementKind.CAPABILITY]
    return check.fit, check.actual, [c.text for claims in r.reasons.rejected for c in claims]


def test_unfiltered_a_route_s_capability_is_met() -> None:
    assert _capability(_catalog())[:2] == (Fit.MET, "yes")


@pytest.mark.parametrize("filters", [{"exclude_providers": ["p1"]}, {"providers": ["p0"]}])
def test_a_capability_only_a_left_out_provider_offers_is_not_met(filters: dict[str, Any]) -> None:
    """It read "met" (actual "yes") in the rejected model's checks, though no allowed route
    offers it; the reason now says that only left-out providers offer it."""
    fit, actual, texts = _capability(_catalog(), **filters)
    assert (fit, actual) == (Fit.UNKNOWN, None)
    assert texts == ["M: structured outputs not documented" + LEFT_OUT], texts
    fit, actual, texts = _capability(_catalog(own=False), **filters)
    assert (fit, actual) == (Fit.NOT_MET, "no")
    assert texts == ["M: documents no structured outputs" + LEFT_OUT], texts


def test_the_model_s_own_flag_stands_whatever_the_filters() -> None:
    """A model that documents the capability itself meets it on any allowed route."""
    r = recommend(_catalog(own=True), requires=["structured_outputs"], as_of=DAY,
                  exclude_providers=["p1"])
    assert [c.model.id for c in r.candidates] == ["m"]
    assert r.check() == []
