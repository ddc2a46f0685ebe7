"""A model out for one required capability is said to lack that one only (review 9, H15).

Qwen3 32B documents function calling and not vision; with both required, the verdict said "none
of its routes documents every capability this page requires (function calling and vision)",
which puts function calling in doubt.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Model, Provider, ProviderRoute, compare

DAY = dt.date(2026, 11, 25)


def _model(mid: str, **flags: bool) -> Model:
    route = ProviderRoute(provider="p", input=Decimal(1), output=Decimal(1),
                          source="https://example.com/prices", checked=DAY)
    return Model(id=mid, name=mid.upper(), context_window=128_000, released=dt.date(2025, 1, 1),
                 capabilities=Capabilities(**flags), routes=(route, route.__class__(
                     provider="q", input=Decimal(2), output=Decimal(2),
                     source="https://example.com/prices", checked=DAY)))


def _page(*models: Model) -> tuple[list[str], str]:
    catalog = Catalog(models=models, providers=(Provider(id="p", name="P"),
                                                Provider(id="q", name="Q")))
    c = compare(*models, catalog=catalog, as_of=DAY, requires={"vision", "function_calling"})
    assert c.check() == []
    return [claim.text for claim in c.narrative.verdict], c.to_markdown()


def test_a_model_out_for_vision_alone_is_said_to_lack_vision_only() -> None:
    verdict, page = _page(_model("a", vision=True, function_calling=True),
                          _model("b", vision=False, function_calling=True))
    # (B documents it lacks vision: "does not support", review 15, P9)
    assert "B: no pick, as it does not support vision, which this page requires." in verdict
    assert "none of them supports vision, which this page requires" in page
    assert "every capability this page requires" not in page


def test_a_model_lacking_both_names_both() -> None:
    verdict, _ = _page(_model("a", vision=True, function_calling=True),
                       _model("b", vision=False, function_calling=False))
    assert ("B: no pick, as it does not support function calling or vision, which this page "
            "requires.") in verdict  # (review 15, P9)
