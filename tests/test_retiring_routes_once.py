"""Routes of one provider retiring on one day are said once (helper dataW).

Mistral sells Mistral Nemo under two ids (``mistral-nemo``, ``open-mistral-nemo``), both retiring
on 2026-07-31: a page dated within 90 days of it said "Mistral's route for Mistral Nemo retires
on 2026-07-31, 60 days after 2026-06-01." twice, and its check failed (a repeated sentence).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, compare

_CHECKED = dt.date(2026, 7, 2)
_RETIRES = dt.date(2026, 7, 31)


def _route(provider: str, model_id: str, price: str, retires: dt.date | None = None
           ) -> ProviderRoute:
    return ProviderRoute(provider=provider, provider_model_id=model_id, input=Decimal(price),
                         output=Decimal(price), source="https://example.com", checked=_CHECKED,
                         retires=retires)


def test_a_provider_s_routes_retiring_alike_are_one_sentence() -> None:
    """Two of a provider's routes retiring on one day read "Maker's two routes for M retire on
    ...", once; a third provider's route keeps its own sentence."""
    catalog = Catalog(
        models=(Model(id="m", name="M", open_weights=True, routes=(
                    _route("host", "m", "0.10"),
                    _route("maker", "m-2407", "0.15", _RETIRES),
                    _route("maker", "m-latest", "0.15", _RETIRES),
                    _route("other", "m", "0.20", dt.date(2026, 8, 15)))),
                Model(id="n", name="N", open_weights=True,
                      routes=(_route("host", "n", "0.30"),))),
        providers=(Provider(id="host", name="Host"), Provider(id="maker", name="Maker"),
                   Provider(id="other", name="Other")))
    c = compare("m", "n", catalog=catalog, as_of=dt.date(2026, 6, 1))
    assert c.check() == []
    page = c.to_markdown()
    said = "Maker's two routes for M retire on 2026-07-31, 60 days after 2026-06-01."
    assert page.count(said) == 1
    assert "Maker's route for M retires" not in page
    assert page.count("Other's route for M retires on 2026-08-15, 75 days after 2026-06-01.") == 1


def test_mistral_nemo_s_two_mistral_routes_retire_in_one_sentence() -> None:
    """The bundled catalog's case: the page on Mistral Nemo within 90 days of 2026-07-31."""
    c = compare("mistral-large-2411", "mistral-nemo", as_of=dt.date(2026, 6, 1))
    assert c.check() == []
    assert c.to_markdown().count("Mistral's two routes for Mistral Nemo retire on 2026-07-31") == 1
