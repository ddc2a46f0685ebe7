"""Every section that reads prompts or request sizes reads the input limit (review 13, M4).

A prompt is input: a model that takes at most 272,000 input tokens of a 400,000-token window
takes no prompt over 272,000, and requests whose input passes that limit are out for the limit,
not for their size, which the window takes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, Traffic, compare

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source=URL, checked=DAY)


def _catalog(*extra: Model) -> Catalog:
    capped = Model(id="capped", name="Capped", context_window=400_000,
                   max_input_tokens=272_000, routes=(_route("p", "1"), _route("q", "1")))
    wide = Model(id="wide", name="Wide", context_window=1_000_000, routes=(_route("p", "2"),))
    return Catalog(models=(capped, wide, *extra),
                   providers=(Provider(id="p", name="P"), Provider(id="q", name="Q")))


def _said(c: object, section: str) -> str:
    return " ".join(claim.text for claim in getattr(c.narrative, section))  # type: ignore[attr-defined]


def test_the_tradeoff_compares_prompts_at_the_input_limit() -> None:
    """'Wide takes longer prompts: 1M tokens against 272K for Capped', not against 400K."""
    c = compare("capped", "wide", catalog=_catalog(), as_of=DAY)
    said = _said(c, "tradeoffs")
    assert ("Wide takes longer prompts: 1M tokens against 272K for Capped (its input limit, of "
            "a 400K-token window).") in said, said
    assert c.check() == []


def test_a_larger_window_whose_input_limit_is_shorter_takes_shorter_prompts() -> None:
    """Capped's 400K window passes Mid's 300K, its 272K input limit does not: Mid takes the
    longer prompts."""
    mid = Model(id="mid", name="Mid", context_window=300_000, routes=(_route("p", "3"),))
    c = compare("capped", "mid", catalog=_catalog(mid), as_of=DAY)
    said = _said(c, "tradeoffs")
    assert ("Mid takes longer prompts: 300K tokens against 272K for Capped (its input limit, of "
            "a 400K-token window).") in said, said
    assert c.check() == []


def test_requests_over_the_input_limit_are_out_for_the_limit() -> None:
    """300,000 input and 2,000 output tokens fit the 400,000 window: the verdict and the deep
    dive name the input limit, not the requests' 302,000 tokens."""
    traffic = Traffic.from_requests(per_day=100, input_tokens=300_000, output_tokens=2_000)
    c = compare("capped", "wide", catalog=_catalog(), traffic=traffic, as_of=DAY)
    text = c.to_markdown()
    assert ("Capped: no pick, as its input limit (272,000 tokens) is below these requests' "
            "300,000 input tokens.") in _said(c, "verdict")
    assert ("Capped has two routes in the catalog; none of them takes these requests, as its "
            "input limit (272,000 tokens) is below their 300,000 input tokens.") in " ".join(
                text.split())
    assert "302,000" not in text
    assert c.check() == []


def test_requests_within_the_input_limit_but_over_the_window_are_out_for_their_size() -> None:
    """250,000 input and 160,000 output tokens: within the input limit, past the window. One
    rule with cost's eligibility: no route takes them, for their size."""
    traffic = Traffic.from_requests(per_day=100, input_tokens=250_000, output_tokens=160_000)
    c = compare("capped", "wide", catalog=_catalog(), traffic=traffic, as_of=DAY)
    assert c.estimate("capped").monthly is None
    assert all("context window" in (r.reason or "") for r in c.routes if r.model.id == "capped")
    assert "input limit" not in _said(c, "verdict")
    assert "none of its routes takes requests of 410,000 tokens" in _said(c, "verdict")
    assert c.check() == []


def test_prompts_alike_at_the_input_limit_are_no_tradeoff() -> None:
    """Capped's 400K window against Same's 272K: the prompts each takes are alike, so the
    tradeoffs hold no context bullet (the summary compares the windows)."""
    same = Model(id="same", name="Same", context_window=272_000, routes=(_route("p", "3"),))
    c = compare("capped", "same", catalog=_catalog(same), as_of=DAY)
    said = _said(c, "tradeoffs")
    assert "longer prompts" not in said, said
    assert "context window" not in said, said
    assert c.check() == []
